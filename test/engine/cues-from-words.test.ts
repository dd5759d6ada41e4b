// The shapes of a message (a follow-up opener, a requirement asked, a supposition or someone else's facts, the first
// person, "and me?", a short question referring back, a yes/no question) are built from each language's words by
// one function (src/engine/language-pack.ts `cuesOf`); no lexicon.json writes patterns for them (issue 17,
// "one understanding": English's own cue patterns are gone).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cuesOf } from "../../src/engine/language-pack.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { normalizeForMatch } from "../../src/text/normalize.js";
import { projectKnowledgeDir } from "../helpers/bot.js";

const knowledge = loadKnowledge(projectKnowledgeDir);
const languages = [...knowledge.lexicons.keys()].sort();
const cuesFor = (language: string) => cuesOf(knowledge.lexicons.get(language)!.words);
const has = (language: string, cue: keyof ReturnType<typeof cuesOf>, message: string) => cuesFor(language)[cue].some((p) => new RegExp(p, "iu").test(normalizeForMatch(message)));

describe("cues from words, the same for every language", () => {
  it("no lexicon.json writes cue patterns of its own", () => {
    const folder = join(projectKnowledgeDir, "lexicon");
    for (const lang of readdirSync(folder, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name))
      expect(Object.keys(JSON.parse(readFileSync(join(folder, lang, "lexicon.json"), "utf8"))), lang).not.toContain("cues");
  });

  it("every language has the words every cue is built from", () => {
    expect(languages).toHaveLength(24);
    for (const language of languages) {
      const w = knowledge.lexicons.get(language)!.words;
      for (const key of ["followUp", "requirement", "supposition", "yesNoStart", "anaphora", "which", "self", "yes", "no"] as const) expect(w[key].length, `${language} ${key}`).toBeGreaterThan(0);
    }
  });

  it.each([
    ["en", "and me?"],
    ["fr", "et pour moi ?"],
    ["de", "und ich?"],
    ["es", "¿y yo?"],
    ["pl", "a ja?"],
    ["fi", "entä minä?"],
  ])("%s: '%s' turns the question back to the user", (language, message) => {
    expect(has(language, "backToMe", message)).toBe(true);
  });

  it.each([
    ["en", "what level?"],
    ["fr", "quel niveau ?"],
    ["de", "welches Niveau?"],
    ["pl", "jaki poziom?"],
    ["en", "is that permanent?"],
    ["fr", "c'est renouvelable, ça ?"],
  ])("%s: '%s' refers back to the last answer", (language, message) => {
    expect(has(language, "refersBack", message)).toBe(true);
  });

  it.each([
    ["en", "Is a master's degree mandatory?"],
    ["fr", "Un master est-il obligatoire ?"],
    ["de", "Ist ein Master erforderlich?"],
    ["it", "La laurea magistrale è obbligatoria?"],
    ["nl", "Is een master verplicht?"],
    ["sv", "Krävs det en masterexamen?"],
  ])("%s: '%s' asks about a requirement", (language, message) => {
    expect(has(language, "requirement", message)).toBe(true);
  });

  it.each([
    ["en", "my friend is Turkish, can he apply?"],
    ["fr", "mon ami est turc, peut-il postuler ?"],
    ["de", "meine Frau ist Türkin, kann sie sich bewerben?"],
    ["pt", "a minha mulher é turca, pode candidatar-se?"],
  ])("%s: '%s' is someone else's facts", (language, message) => {
    expect(has(language, "supposition", message)).toBe(true);
  });

  it.each([
    ["en", "Is the contract 5 years?", true],
    ["fr", "Est-ce que le contrat dure 5 ans ?", true],
    ["pl", "Czy umowa jest na 5 lat?", true],
    ["fi", "Onko sopimus viisivuotinen?", true],
    ["en", "How long is the contract?", false],
    ["fr", "Combien de temps dure le contrat ?", false],
  ])("%s: '%s' wants a yes or a no: %s", (language, message, yesNo) => {
    expect(has(language, "yesNoQuestion", message)).toBe(yesNo);
  });
});
