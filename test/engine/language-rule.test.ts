// The language rule read with the user's words in their scope, and details the notice does not state (issue 17,
// classes 5 and 6): a language name is not a nationality, "only" and "zero" scope over the language named, a
// language asked about gets the passages naming it, and a topic the notice covers without the detail asked says so.
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createReader } from "../../src/engine/understand.js";
import { completeLexicon, referenceWithNames } from "../../src/engine/language-pack.js";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const knowledge = loadKnowledge(projectKnowledgeDir);
const readers = new Map<string, ReturnType<typeof createReader>>();
function read(language: string, text: string) {
  let reader = readers.get(language);
  if (!reader) {
    const lexicon = completeLexicon(knowledge.lexicons.get(language)!);
    const reference = referenceWithNames(knowledge.reference, lexicon);
    readers.set(language, (reader = createReader(lexicon, reference, reference.zones, [])));
  }
  return reader.read(text);
}

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("a name that is a people's and a language's", () => {
  it.each([
    ["de", "Ist Englisch Pflicht?"],
    ["de", "Ich spreche nur Englisch. Kann ich mich bewerben?"],
    ["es", "Solo hablo inglés. ¿Puedo presentarme?"],
    ["es", "¿Es obligatorio el inglés?"],
    ["it", "Parlo solo inglese. Posso candidarmi?"],
    ["pt", "Só falo inglês. Posso candidatar-me?"],
    ["fr", "Je ne parle que l'anglais. Puis-je postuler ?"],
  ])("%s “%s” is the language English, never a British nationality", (language, text) => {
    const u = read(language, text);
    expect(u.languages.map((l) => l.name)).toContain("English");
    expect(u.profile.nationalities ?? []).not.toContain("GB");
    expect(u.asked.nationalities ?? []).not.toContain("GB");
  });

  it.each([
    ["en", "I'm English, can I apply?"],
    ["es", "Soy inglés y hablo francés."],
    ["fr", "Je suis anglais, puis-je postuler ?"],
    ["de", "Ich bin britischer Staatsbürger und spreche Englisch."],
  ])("%s “%s” is a British nationality: the user says they are one", (language, text) => {
    expect(read(language, text).profile.nationalities).toContain("GB");
  });

  it.each([
    ["en", "I only speak English. Can I apply?"],
    ["fr", "Je ne parle que l'anglais. Puis-je postuler ?"],
    ["de", "Ich spreche nur Englisch. Kann ich mich bewerben?"],
    ["nl", "Ik spreek alleen Engels. Mag ik solliciteren?"],
  ])("%s “%s”: the only language the user speaks", (language, text) => {
    expect(read(language, text).profile.languagesComplete).toBe(true);
  });

  it("“Est-ce que l'anglais est obligatoire ?” does not say French is the user's only language", () => {
    expect(read("fr", "Est-ce que l'anglais est obligatoire ?").asked.languagesComplete).toBeUndefined();
  });
});

describe("a level goes to the language it follows, not across “and”", () => {
  it.each([
    ["fr", "Je parle allemand niveau C2 et anglais niveau B2."],
    ["it", "Parlo tedesco a livello C2 e inglese a livello B2."],
    ["en", "I speak German at C2 and English at B2."],
  ])("%s “%s” → German C2, English B2", (language, text) => {
    expect(read(language, text).profile.languages).toMatchObject({ German: "C2", English: "B2" });
  });
});

describe("the language rule asked about one language", () => {
  it("“english is obligatory or not?” gives the rule and the passages naming English: skills sought and the selection", () => {
    const a = last(bot, "is German compulsory for this job or not?", { now });
    expect(a.intent).toBe("languages");
    expect(a.text).toMatch(/not required as such/);
    const b = last(bot, "is English compulsory for this job or not?", { now });
    const quotes = b.citations.map((c) => c.quote).join("\n");
    expect(quotes).toContain("Excellent communication skills in English");
    expect(quotes).toContain("carried out in English");
  });

  it("a check where the user lacks a language the notice names quotes that passage, and still meets the rule", () => {
    const a = last(bot, "I have German C1 and French B2 but zero English. Do I meet the language requirements?", { now });
    expect(a.criteria?.find((c) => c.id === "languages")?.status).toBe("met");
    expect(a.citations.map((c) => c.quote).join("\n")).toContain("Excellent communication skills in English");
  });

  it.each([
    ["I'm from Ireland - English is my mother tongue and I have B2 Irish from school. Does Irish count as my second language?", /^Yes, Irish/],
    ["Je suis irlandais, anglais langue maternelle et irlandais B2. L'irlandais compte-t-il comme deuxième langue ?", /^Oui/],
  ])("“%s”: whether it counts first, then the check that keeps the user's nationality", (text, first) => {
    const a = last(bot, text, { now });
    expect(a.parts[0]).toMatch(first);
    expect(a.criteria?.find((c) => c.id === "citizenship")?.status).toBe("met");
  });
});

describe("the topic is there, the detail asked is not", () => {
  it("days of annual leave: the notice does not say, and what it says of working conditions", () => {
    const a = last(bot, "how many days of annual leave would I get?", { now });
    expect(a.text).toMatch(/does not say/);
    expect(a.citations.map((c) => c.quote).join("\n")).toMatch(/working conditions/);
  });

  it("an exact grade and step: the range and how it is set, and that the exact one is not stated", () => {
    const a = last(bot, "which exact grade and step would I get with a master's?", { now });
    expect(a.text).toContain("AD5");
    expect(a.text).toContain("Art. 13");
    expect(a.text).toContain("The notice does not state that detail.");
  });
});

describe("a field of study asked where the education rule names none", () => {
  it.each([
    "My degree is in political science (3-year BA). Do I need a computer science degree?",
    "Mein Abschluss ist in Politikwissenschaft (3-jähriger Bachelor). Brauche ich ein Informatikstudium?",
  ])("“%s”: the rule names no field of study", (text) => {
    const a = last(bot, text, { now });
    expect(a.criteria?.find((c) => c.id === "education")?.status).toBe("met");
    expect(a.parts.some((p) => /field of study|Studienrichtung/.test(p))).toBe(true);
  });
});
