// The first message's own words voting for a language (src/i18n/detect-words.ts): short, diacritic-less and
// code-switched messages the letter detectors give to English or to a neighbour ("jaki jest deadline?", "quanto e o
// salario"), told apart by how often each language's own data uses their words. Same code, every language's data.
import { describe, expect, it } from "vitest";
import { voteOfWords, wordFrequencies } from "../../src/i18n/detect-words.js";
import { normalizeForMatch } from "../../src/text/normalize.js";
import { botFor, converse, projectKnowledgeDir } from "../helpers/bot.js";

describe("voteOfWords", () => {
  const tables = new Map([
    ["en", wordFrequencies(["what is the deadline", "what is the salary"], normalizeForMatch)],
    ["pl", wordFrequencies(["jaki jest termin", "jaki jest deadline", "ile płacą"], normalizeForMatch)],
    ["sv", wordFrequencies(["vad är lönen", "lön?"], normalizeForMatch)],
    ["da", wordFrequencies(["hvad er lønnen", "løn?"], normalizeForMatch)],
  ]);
  const vote = (text: string) => voteOfWords(text, normalizeForMatch, [...tables.keys()], (l) => tables.get(l)!, "en");

  it("gives a word to the languages that use it, by how often each does", () => {
    const [top, next] = vote("jaki jest deadline?");
    expect(top!.language).toBe("pl");
    expect(top!.score).toBeGreaterThan(2 * (next?.score ?? 0));
  });

  it("counts apart the words the default language does not use", () => {
    const pl = vote("jaki jest deadline?").find((v) => v.language === "pl")!;
    expect(pl.apart).toBeCloseTo(2, 5);
    expect(vote("deadline?").find((v) => v.language === "en")!.apart).toBe(0);
  });

  it("reads a word with diacritics by the languages that write it so, a plain one by its folded form", () => {
    expect(vote("lön?")[0]).toMatchObject({ language: "sv", score: 1 });
    expect(vote("lon?").slice(0, 2).map((v) => v.language).sort()).toEqual(["da", "sv"]);
  });
});

describe("the first message's language, with no locale", () => {
  const bot = botFor(projectKnowledgeDir);
  it.each([
    ["jaki jest deadline?", "pl"],
    ["je to remote? kolik dni home office?", "cs"],
    ["gehalt brutto ca? gibts ne salary range", "de"],
    ["mennyi a fizu", "hu"],
    ["kam pošljem cv?", "sl"],
    ["quanto e o salario", "pt"],
    ["lön?", "sv"],
    ["Frist?", "de"],
  ])("%j is %s", (text, language) => {
    expect(converse(bot, [text], { now: "2025-10-06T08:00:00Z" })[0]!.language).toBe(language);
  });

  it.each(["deadline??", "salary?", "grade", "thanks", "Brussels or Lux?", "pension plan??", "wen is the dedline", "is this in lux or bxl", "ok thx thats all 👍"])(
    "%j stays English: its words are English's too",
    (text) => {
      expect(converse(bot, [text], { now: "2025-10-06T08:00:00Z" })[0]!.language).toBe("en");
    },
  );
});
