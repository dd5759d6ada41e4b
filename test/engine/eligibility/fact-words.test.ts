// The user's facts beyond nationality, languages and studies — years of experience, age, the statuses of official
// and laureate — read in every language by the same code from the language's words (words.json `experience`,
// `units.year`, `numbers`, `age`, `official`, `laureate`, `negation`): no language has patterns of its own for them.
import { describe, expect, it } from "vitest";
import { createFactReader } from "../../../src/engine/eligibility/read.js";
import { completeLexicon, factWordsOf } from "../../../src/engine/language-pack.js";
import { normalizeForMatch } from "../../../src/text/normalize.js";
import { knowledgeAt, projectKnowledgeDir } from "../../helpers/bot.js";

const k = knowledgeAt(projectKnowledgeDir);
const readers = new Map<string, (s: string) => ReturnType<ReturnType<typeof createFactReader>>>();
const facts = (language: string, s: string) => {
  let r = readers.get(language);
  if (!r) {
    const read = createFactReader(completeLexicon(k.lexicons.get(language)!), k.reference);
    readers.set(language, (r = (t: string) => read(normalizeForMatch(t))));
  }
  return r(s);
};

describe("years of experience: a number and a year next to an experience word", () => {
  it.each([
    ["fr", "J'ai 5 ans d'expérience professionnelle", 5],
    ["fr", "j'ai travaillé pendant 7 ans dans une banque", 7],
    ["de", "Ich habe 5 Jahre Berufserfahrung", 5],
    ["de", "mit 10 Jahren Erfahrung", 10],
    ["es", "Tengo 5 años de experiencia profesional", 5],
    ["it", "Ho 8 anni di esperienza lavorativa", 8],
    ["pl", "Mam 10 lat doświadczenia zawodowego", 10],
    ["nl", "Ik heb 6 jaar werkervaring", 6],
    ["pt", "Tenho 4 anos de experiência profissional", 4],
  ])("%s: %s → %i", (language, s, years) => {
    expect(facts(language, s).experienceYears).toBe(years);
  });

  it("never takes the length of studies for experience", () => {
    expect(facts("fr", "J'ai un master de 5 ans").experienceYears).toBeUndefined();
    expect(facts("de", "Ich habe 5 Jahre studiert").experienceYears).toBeUndefined();
  });
});

describe("an age: the language's age phrases around a number, never years of work or study", () => {
  it.each([
    ["fr", "J'ai 58 ans, y a-t-il une limite d'âge ?", 58],
    ["de", "Ich bin 58 Jahre alt", 58],
    ["es", "Tengo 45 años", 45],
    ["it", "Ho 45 anni", 45],
    ["pl", "Mam 45 lat", 45],
    ["nl", "Ik ben 45 jaar oud", 45],
    ["pt", "Tenho 45 anos", 45],
  ])("%s: %s → %i", (language, s, age) => {
    expect(facts(language, s).age).toBe(age);
  });

  it.each([
    ["fr", "J'ai 12 ans d'expérience"],
    ["es", "Tengo 15 años de experiencia"],
    ["pl", "Mam 20 lat doświadczenia"],
    ["de", "Ich habe 20 Jahre Berufserfahrung"],
  ])("%s: %s is experience, not an age", (language, s) => {
    expect(facts(language, s).age).toBeUndefined();
  });
});

describe("the statuses of official and laureate, and their negation", () => {
  it.each([
    ["fr", "Je suis fonctionnaire de l'UE", true],
    ["fr", "Je ne suis pas fonctionnaire", false],
    ["de", "Ich bin EU-Beamter", true],
    ["de", "Ich bin kein Beamter", false],
    ["es", "Soy funcionario de la UE", true],
    ["it", "Sono un funzionario dell'UE", true],
    ["pl", "Jestem urzędnikiem UE", true],
    ["nl", "Ik ben EU-ambtenaar", true],
    ["pt", "Não sou funcionário", false],
  ])("%s: %s → official %s", (language, s, official) => {
    expect(facts(language, s).official).toBe(official);
  });

  it.each([
    ["fr", "Je suis lauréat d'un concours EPSO"],
    ["de", "Ich bin Laureat eines EPSO-Auswahlverfahrens"],
    ["pl", "Jestem laureatem konkursu EPSO"],
    ["nl", "Ik sta op de reservelijst"],
  ])("%s: %s → laureate", (language, s) => {
    expect(facts(language, s).laureate).toBe(true);
  });

  it("reads a competition's reference the same in every language", () => {
    expect(facts("fr", "lauréat du concours EPSO/AD/403/22").competitions).toEqual(["EPSO/AD/403/22"]);
  });
});

describe("built by one function from any language's words", () => {
  it("gives a language with no words for a fact no pattern for it, and one with words the patterns", () => {
    const none = factWordsOf({ ...k.lexicons.get("fr")!.words, age: [], official: [], laureate: [] });
    expect(none.age).toEqual([]);
    expect(none.official).toEqual([]);
    const fr = factWordsOf(k.lexicons.get("fr")!.words);
    // One pattern per age phrase, and the shape shared by every language ("Belge, 45, avec un doctorat").
    expect(fr.age.length).toBe(k.lexicons.get("fr")!.words.age.length + 1);
    expect(fr.official).toHaveLength(1);
  });
});
