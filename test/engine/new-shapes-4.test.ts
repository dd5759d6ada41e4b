// Classes found by the fourth set of new-shape notices (test/fixtures/notices/new4, issue 18), tried on those notices
// (and a short page for the list of other jobs): headings in capitals that drop their accents and list items lettered in another script, a
// notice whose only headings are titles in sentence case, a list of other jobs right under its heading, a call with
// no closing date, the language of a quoted notice named in every language, and a function word that folds into a
// place name ("para" and the state of Pará).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot, loadKnowledge, renderText, type Bot } from "../../src/index.js";
import { importNotice, readImportReference, writeImport } from "../../src/import/import.js";
import { normalizeNotice } from "../../src/import/normalize.js";
import { furnitureOf, readLanguageWords } from "../../src/import/words.js";
import { factsSchema } from "../../src/knowledge/schema.js";

const reference = readImportReference();
const facts = (text: string) => factsSchema.parse(importNotice(text, { reference, id: "N" }).facts);

const folder = fileURLToPath(new URL("../fixtures/notices/new4/", import.meta.url));
const fixture = (id: string) => readFileSync(join(folder, `${id}.txt`), "utf8");

describe("a notice in Greek: capitals without accents, items lettered α) … στ)", () => {
  const f = facts(fixture("enisa-ta-ad6-el"));
  it("reads the eligibility section under 'ΚΡΙΤΗΡΙΑ ΕΠΙΛΕΞΙΜΟΤΗΤΑΣ' (the words have accents, the heading none)", () => {
    expect(f.language).toBe("el");
    expect([...new Set(f.eligibility.criteria.map((c) => c.type))]).toEqual(expect.arrayContaining(["citizenship", "education", "languages"]));
  });
  it("reads the experience written 'πείρα' (with the degree) and both language requirements", () => {
    expect(JSON.stringify(f.eligibility.criteria.find((c) => c.type === "education"))).toMatch(/"minYears":3/);
    const languages = f.eligibility.criteria.find((c) => c.type === "languages");
    expect(languages && "requirements" in languages ? languages.requirements : []).toHaveLength(2);
  });
});

describe("a page whose only headings are titles in sentence case", () => {
  it("reads what is offered there (it was all taken for the employer's introduction)", () => {
    const f = facts(fixture("echa-ca-fgiii-web-fi"));
    expect(f.telework?.quote.replace(/\s+/g, " ")).toContain("Etätyö on mahdollista enintään 60 % työajasta");
    expect(f.reserveList?.until).toBe("2028-12-31");
  });
});

describe("a list of other jobs right under its heading", () => {
  it("is dropped with its heading, its deadlines with it", () => {
    const page = ["Hakuaika päättyy: 12.10.2031", "", "Samankaltaiset työpaikat", "Tieteellinen virkamies — hakuaika päättyy 30.10.2031", "Näytä kaikki avoimet työpaikat"].join("\n");
    const n = normalizeNotice(page, furnitureOf(readLanguageWords()));
    expect(n.text).not.toContain("30.10.2031");
    expect(n.dropped.map((d) => d.kind)).toEqual(["other-jobs"]);
  });
});

let dir: string;
let open: Bot;
let helsinki: Bot;
const now = "2027-09-20T09:00:00Z";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vacancy-bot-new4-"));
  writeImport(dir, importNotice(fixture("euspa-cast-register-en"), { reference, id: "register" }));
  writeImport(dir, importNotice(fixture("echa-ca-fgiii-web-fi"), { reference, id: "helsinki" }));
  const knowledge = loadKnowledge(dir);
  open = createBot({ knowledge, noticeId: "register" });
  helsinki = createBot({ knowledge, noticeId: "helsinki" });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a call with no closing date", () => {
  it.each(["When is the deadline?", "Do kdy se můžu přihlásit?", "¿Hasta cuándo puedo presentar mi candidatura?"])("%s: quotes the passage saying so, never 'does not say'", (text) => {
    const answer = renderText(open.ask({ sessionId: `open-${text}`, text, now }));
    expect(answer).toContain("This call has no closing date");
  });
});

describe("the language of a quoted notice, named in the answer's language", () => {
  const LANGUAGES = ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"];
  it.each(LANGUAGES)("%s names all 24 notice languages (answers said 'in language.el')", (language) => {
    const messages = JSON.parse(readFileSync(fileURLToPath(new URL(`../../knowledge/lexicon/${language}/messages/common.json`, import.meta.url)), "utf8")) as Record<string, string>;
    for (const code of LANGUAGES) expect(messages[`language.${code}`], code).toBeTruthy();
  });
  it("labels a Finnish quote in an English answer", () => {
    const answer = renderText(helsinki.ask({ sessionId: "label", text: "how long is the reserve list valid?", now }));
    expect(answer).not.toContain("language.");
  });
});

describe("a function word folded into a place name", () => {
  it("'para mim' is not the state of Pará: the user's own zone is used", () => {
    const answer = renderText(helsinki.ask({ sessionId: "para", text: "A que horas fecha o prazo para mim?", now, zone: "Europe/Lisbon" }));
    expect(answer).toContain("21:59");
    expect(answer).not.toContain("Belém");
  });
});
