// Open world: a topic with no typed fact (or a partial one) is answered from the notice's passages on it, in
// its own words; a second aspect of one question gets its passage; a date of another job's listed on a pasted
// page is said to be another job's; "the notice does not say" only where no passage speaks of the detail.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot, loadKnowledge, renderText, type Answer, type Bot } from "../../src/index.js";
import { importNotice, readImportReference, writeImport } from "../../src/import/import.js";
import { findRemnants } from "../../src/engine/open-world.js";

const fixtures = fileURLToPath(new URL("../fixtures/notices/open-world", import.meta.url));
const reference = readImportReference();
let dir: string;
let web: Bot;
let fr: Bot;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vacancy-bot-open-"));
  for (const [file, id] of [
    ["coastal-webpage.txt", "COASTAL-WEB"],
    ["controle-fr.txt", "CONTROLE-FR"],
  ] as const)
    writeImport(dir, importNotice(readFileSync(join(fixtures, file), "utf8"), { reference, id }));
  const knowledge = loadKnowledge(dir);
  web = createBot({ knowledge, noticeId: "COASTAL-WEB" });
  fr = createBot({ knowledge, noticeId: "CONTROLE-FR" });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let turn = 0;
function ask(bot: Bot, text: string, now = "2027-05-10T09:00:00Z"): Answer & { text: string; quotes: string } {
  const answer = bot.ask({ sessionId: `open-${turn++}`, text, now });
  return { ...answer, text: renderText(answer), quotes: answer.citations.map((c) => c.quote).join("\n") };
}

describe("a topic answered from its passages", () => {
  it("an extension asked where no renewal is typed quotes the passage that refuses it", () => {
    const a = ask(web, "Can the contract be extended?");
    expect(a.text).toContain("cannot be prolonged");
    expect(a.text).not.toMatch(/does not say anything about extending/i);
  });
  it.each([["Do I need to speak Spanish?", "Spanish would be an advantage"]])("%s: the passage naming the language, which says it is an advantage", (question, words) => {
    const a = ask(web, question);
    expect(a.text.replace(/\s+/g, " ")).toContain(words);
    expect(a.quotes).toContain("English");
  });
  it("pay without a figure: no figure, and the passage on pay", () => {
    const a = ask(web, "What is the salary?");
    expect(a.text).toContain("exempt from national income tax");
    expect(a.text).not.toMatch(/EUR \d/);
  });
  it("e-mail instead of the portal: no, online, and no page furniture quoted", () => {
    const a = ask(web, "Can I send my application by e-mail instead?");
    expect(a.text).toMatch(/^No/);
    expect(a.text).toContain("careers portal");
    expect(a.quotes).not.toContain("Share this job");
  });
  it("the same in French, on a French notice", () => {
    const a = ask(fr, "Puis-je envoyer ma candidature par courriel ?");
    expect(a.text).toContain("uniquement en ligne");
    expect(a.text).toContain("ne seront pas acceptées");
  });
});

describe("a second aspect of one question", () => {
  it.each([
    [() => web, "Where is the post located? Will I have to travel?", ["Porto", "30 working days"]],
    [() => fr, "Où le poste est-il basé ? Faut-il voyager ?", ["Bruxelles", "15 jours"]],
  ])("%#: the place and the travel passage", (bot, question, words) => {
    const a = ask(bot(), question);
    for (const w of words) expect(a.text).toContain(w);
  });
});

describe("page remnants", () => {
  it("finds the blocks of a list of other jobs after its heading", () => {
    const text = readFileSync(join(fixtures, "coastal-webpage.txt"), "utf8");
    const blocks = findRemnants(text, ["similar jobs"]);
    expect(blocks.map((b) => b.text.split("\n")[0])).toEqual(["Oceanographer – Remote Sensing", "Data Steward – Marine Observations", "Create a job alert"]);
    expect(findRemnants(text, [])).toEqual([]);
  });
  it("a date of the similar-jobs list is another job's, with that block quoted", () => {
    const a = ask(web, "The page gives the deadline as 30/09/2027, so I have until the end of September, right?");
    expect(a.text).toMatch(/another job/);
    expect(a.text).toContain("Oceanographer");
    expect(a.quotes).toContain("30/09/2027");
  });
  it("a date the notice itself gives is not called another job's", () => {
    expect(ask(web, "Is the deadline 28/05/2027?").text).not.toMatch(/another job/);
  });
});

describe("does not say", () => {
  it("a detail no passage speaks of is said to be missing, in the question's language", () => {
    const a = ask(fr, "L'Agence rembourse-t-elle les frais de déménagement des lauréats ?");
    expect(a.text).toMatch(/ne précise pas|aucune information|ne donne/);
  });
});
