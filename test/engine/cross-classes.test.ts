// The classes the cross-language held-out set revealed (test/fixtures/heldout/cross.jsonl): the same data
// shape and code for every language.
// - A subject often left open that the notice does speak of (the mode of the interview, several applications)
//   is answered from its passages, found with words.json `notice.topics` of the notice's language.
// - A short message every word of which is one language's own, read by the detectors as another.
// - Letters that do not decompose (ø, æ, œ, ß) typed without them.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot, loadKnowledge, renderText, type Bot } from "../../src/index.js";
import { importNotice, readImportReference, writeImport } from "../../src/import/import.js";
import { normalizeForMatch } from "../../src/text/normalize.js";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const shapes = fileURLToPath(new URL("../fixtures/knowledge/shapes/", import.meta.url));
let dir: string;
let europol: Bot;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vacancy-bot-cross-classes-"));
  const id = "EUROPOL-2027-TA-AD6";
  writeImport(dir, importNotice(readFileSync(join(shapes, id, "notice.txt"), "utf8"), { reference: readImportReference(), id }));
  europol = createBot({ knowledge: loadKnowledge(dir), noticeId: id });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let turn = 0;
const ask = (bot: Bot, text: string) => {
  const a = bot.ask({ sessionId: `cross-classes-${turn++}`, text, now: "2027-03-01T09:00:00Z" });
  return { ...a, text: renderText(a) };
};

describe("a subject often left open, which this notice does speak of, is answered from its passages", () => {
  it.each([
    ["en", "is the interview online or in person?"],
    ["fr", "l'entretien peut se faire en visio ?"],
    ["de", "findet das Gespräch per Videokonferenz statt?"],
  ])("%s: “%s” quotes where the interview is held, not “the notice does not say”", (_language, q) => {
    const a = ask(europol, q);
    expect(a.text).toContain("videoconference");
    expect(a.gap).toBeUndefined();
  });

  it("a notice with no passage on the subject still says it does not say", () => {
    const cti = botFor(projectKnowledgeDir);
    const a = last(cti, "is the interview online or in person?", { now: "2025-10-06T08:00:00Z" });
    expect(a.gap).toBe("not_in_notice");
  });
});

describe("a detail asked that stands inside a passage on another subject is quoted from it", () => {
  // Europol types no selection language; its steps sentence says "… a written test and an interview, both in English."
  it.each([
    ["en", "in which language is the interview?"],
    ["fr", "l'entretien se passe en quelle langue ?"],
    ["de", "in welcher Sprache ist das Interview?"],
    ["es", "en qué idioma es la entrevista?"],
    ["pt", "em que língua é a entrevista?"],
  ])("%s: “%s” quotes the steps sentence naming the language, not “the notice does not say”", (_language, q) => {
    const a = ask(europol, q);
    expect(a.intent).toBe("selection");
    expect(a.citations.map((c) => c.quote).join(" ")).toContain("both in English");
    expect(a.gap).toBeUndefined();
    expect(a.text).not.toMatch(/does not say|ne donne aucune|keine Angaben|no dice nada|não diz nada/);
  });
});

describe("a short message made only of one language's own words", () => {
  const cti = botFor(projectKnowledgeDir);
  it.each([
    ["mt", "kif napplika?"],
    ["ga", "ca bhfuil an post?"],
    ["fr", "c remunere le stage ?"],
  ])("%s: “%s” is answered in that language", (language, q) => {
    expect(last(cti, q, { now: "2025-10-06T08:00:00Z" }).language).toBe(language);
  });
});

describe("letters that do not decompose are folded like accents", () => {
  it("ø, æ, œ and ß typed without them match", () => {
    expect(normalizeForMatch("Hvad er lønnen? Nordmænd, cœur, Straße")).toBe(normalizeForMatch("hvad er lonnen? nordmaend, coeur, strasse"));
  });
});
