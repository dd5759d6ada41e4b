// What a message asks, answered whole and first (issue 17): the topic a yes/no question asks leads the answer,
// without a false "the notice does not state that detail"; one-word requests joined by "and" each answered; two
// criteria asked together both given; a country after the under-represented list asked about the list; where one
// lives asked as a requirement answered from the criteria, not from the place of work.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot, loadKnowledge, renderText, type Bot } from "../../src/index.js";
import { importNotice, readImportReference, writeImport } from "../../src/import/import.js";
import { botFor, converse, last, projectKnowledgeDir } from "../helpers/bot.js";

const fixtures = fileURLToPath(new URL("../fixtures/notices/open-world", import.meta.url));
let dir: string;
let rolling: Bot;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vacancy-bot-asked-"));
  writeImport(dir, importNotice(readFileSync(join(fixtures, "rolling-call.txt"), "utf8"), { reference: readImportReference(), id: "ROLLING" }));
  rolling = createBot({ knowledge: loadKnowledge(dir), noticeId: "ROLLING" });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("the topic a yes/no question asks leads its answer", () => {
  it("applying again, asked beside the cut-off dates: the rule on a new application first, no false silence", () => {
    const turns = ["What happens if I'm not placed on the reserve list?", "My application for the 31 March 2027 cut-off failed. Can I send a new one for the 30 September 2027 cut-off?"];
    const sessionId = "asked-rolling";
    const answers = turns.map((text) => rolling.ask({ sessionId, text, now: "2027-06-20T08:00:00Z" }));
    const answer = answers.at(-1)!;
    expect(answer.parts[0]).toContain("no earlier than 12 months");
    expect(renderText(answer)).not.toContain("does not state that detail");
  });
});

describe("every request of a short message", () => {
  it.each([
    ["deadline and salary?", ["20 October 2025", "basic salary"]],
    ["probation and salary?", ["9-month", "basic salary"]],
    ["date limite et salaire ?", ["20 octobre 2025", "salaire"]],
  ])("%s", (question, wanted) => {
    const text = last(bot, question, { now }).text;
    for (const w of wanted) expect(text).toContain(w);
  });
  it("two criteria asked together are both given", () => {
    const text = last(bot, "do i need eu citizenship and what degree", { now }).text;
    expect(text).toContain("citizen of a Member State");
    expect(text).toContain("3 years");
  });
});

describe("a country after the under-represented list", () => {
  it("“based in Luxembourg?” stays the place, “I'm in India” the deadline", () => {
    expect(last(bot, "Is the job based in Luxembourg?", { now }).intent).toBe("place");
    expect(last(bot, "I'm in India (IST) - what's the deadline in Indian time?", { now }).intent).toBe("deadline");
  });
  it("“and Spain?” asks whether it is on the list, though Spain names a clock too", () => {
    const text = converse(bot, ["is finland underrepresented", "and spain?"], { now }).at(-1)!.text;
    expect(text).toContain("Spain is not on");
  });
});

describe("where one lives, asked as a requirement", () => {
  it.each([
    ["do i need to live in belgium already to apply?", "Where you live is not among"],
    ["do i have to be resident in belgium to apply?", "Where you live is not among"],
  ])("%s: not a criterion; citizenship is", (question, lead) => {
    const a = last(bot, question, { now });
    expect(a.text.startsWith(lead)).toBe(true);
    expect(a.intent).toBe("criteria");
    expect(a.citations.some((c) => c.quote.includes("citizen of a Member State"))).toBe(true);
  });
  it("a nationality named beside the place is the question: that nationality against the rule", () => {
    const a = last(bot, "asking for a friend: she's brazilian, lives in lisbon for 10 yrs with residence permit. can she apply?", { now });
    expect(a.text).toContain("Brazil");
    expect(a.text).not.toContain("Where you live");
  });
});
