// The subjects a notice may leave open and the user's facts, read in every language from its words (words.json
// `uncovered`, `workedAs`, `experiencePart`, `afterDiploma`, `certificate`, `publicEmployer`; issue 17, "one
// understanding"): English once had pattern sections of its own for them (lexicon.json `uncovered` patterns, `factWords`).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { subjectMatcher, subjectMatchers, numberPattern } from "../../src/engine/subject-words.js";
import { completeLexicon, referenceWithNames } from "../../src/engine/language-pack.js";
import { createReader } from "../../src/engine/understand.js";
import { wordsSchema } from "../../src/knowledge/schema.js";
import { normalizeForMatch } from "../../src/text/normalize.js";
import { knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";

const dir = join(projectKnowledgeDir, "lexicon");
const languages = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const wordsOf = (l: string) => wordsSchema.parse(JSON.parse(readFileSync(join(dir, l, "words.json"), "utf8")));
const subjectsOf = (l: string, text: string) => subjectMatchers(wordsOf(l)).filter((m) => m.test(normalizeForMatch(text))).map((m) => m.id);

const knowledge = knowledgeAt(projectKnowledgeDir);
const subjects = [...knowledge.lexicons.values()].flatMap((l) => l.uncovered);
const readers = new Map<string, ReturnType<typeof createReader>>();
const readerOf = (l: string) => {
  let r = readers.get(l);
  if (!r) {
    const lex = completeLexicon({ ...knowledge.lexicons.get(l)!, uncovered: subjects });
    const reference = referenceWithNames(knowledge.reference, lex);
    readers.set(l, (r = createReader(lex, reference, reference.zones, [], () => false)));
  }
  return r;
};

describe("every language names the same subjects", () => {
  const english = Object.keys(wordsOf("en").uncovered).sort();
  it("English names every subject of the list, and the list holds no pattern", () => {
    expect(english).toEqual(subjects.map((s) => s.id).sort());
    expect(subjects.every((s) => !("patterns" in s))).toBe(true);
    expect(knowledge.lexicons.get("en")!.factWords).toBeUndefined();
  });
  it.each(languages)("%s", (l) => {
    const w = wordsOf(l);
    expect(Object.keys(w.uncovered).sort()).toEqual(english);
    for (const [id, phrases] of Object.entries(w.uncovered)) expect(phrases.length, `${l} ${id}`).toBeGreaterThan(0);
    for (const key of ["workedAs", "experiencePart", "afterDiploma", "certificate", "publicEmployer"] as const) expect(w[key].length, `${l} ${key}`).toBeGreaterThan(0);
  });
});

describe("a subject a notice may leave open, read from the language's words", () => {
  it.each([
    ["en", "do I need a visa?", "visa"],
    ["fr", "faut-il un visa pour travailler ?", "visa"],
    ["de", "brauche ich eine Arbeitserlaubnis?", "visa"],
    ["es", "¿hay límite de edad?", "age"],
    ["it", "c'è un limite di età?", "age"],
    ["pl", "czy będzie lista rezerwowa?", "reserve-list"],
    ["nl", "komt er een reservelijst?", "reserve-list"],
    ["pt", "há um código de vestuário?", "dress"],
    ["sv", "finns det parkering?", "car-parking"],
    ["da", "hvor mange feriedage får man?", "leave"],
    ["fi", "tarvitaanko ajokortti?", "driving"],
    ["et", "kas on vanusepiirang?", "age"],
    ["lv", "vai ir vecuma ierobežojums?", "age"],
    ["lt", "ar reikia vairuotojo pažymėjimo?", "driving"],
    ["cs", "je tam dress code?", "dress"],
    ["sk", "je možný čiastočný úväzok?", "part-time"],
    ["sl", "ali je možen krajši delovni čas?", "part-time"],
    ["hr", "tko je u povjerenstvu za odabir?", "panel-members"],
    ["hu", "mikor lesznek az interjúk?", "interview-dates"],
    ["ro", "este nevoie de permis de conducere?", "driving"],
    ["bg", "има ли възрастова граница?", "age"],
    ["el", "υπάρχει όριο ηλικίας;", "age"],
    ["mt", "hemm lista ta' riżerva?", "reserve-list"],
    ["ga", "an bhfuil cead oibre ag teastáil?", "visa"],
  ])("%s: %s → %s", (l, q, id) => {
    expect(subjectsOf(l, q)).toContain(id);
  });

  it("an everyday word that looks like a subject once accents are dropped is not one", () => {
    expect(subjectsOf("cs", "musím být občan EU?")).not.toContain("housing");
    expect(subjectsOf("lt", "negaliu rasti formos")).not.toContain("disability");
    expect(subjectsOf("it", "ho visto l'annuncio ieri")).not.toContain("visa");
  });

  it("'!' leaves a longer phrase out, ' … ' reads parts a few words apart, {nn} two digits", () => {
    const n = numberPattern(wordsOf("en"));
    const tests = subjectMatcher("tests", ["test*", "!medical test*"], n)!;
    expect(tests.test("is there a medical test?")).toBe(false);
    expect(tests.test("a medical test and a written test?")).toBe(true);
    const apart = subjectMatcher("x", ["age … matter | limit"], n)!;
    expect(apart.test("does my age really matter?")).toBe(true);
    expect(apart.test("age. it does not matter")).toBe(false);
    const age = subjectMatcher("age", ["i'm {nn}", "!i'm {nn} years of"], n)!;
    expect(age.test("i'm 45, can i apply?")).toBe(true);
    expect(age.test("i'm 10 years of experience")).toBe(false);
    expect(age.test("i'm 123")).toBe(false);
  });
});

describe("the user's facts, read from the language's words", () => {
  const profile = (l: string, text: string) => readerOf(l).read(text, { checking: true }).profile;
  it.each([
    ["en", "I have 5 years as a nurse", 5],
    ["fr", "j'ai 5 ans comme développeur", 5],
    ["de", "ich habe 5 Jahre als Entwickler gearbeitet", 5],
    ["es", "tengo 6 años como analista", 6],
    ["en", "a 4-year degree and 4 years of experience", 4],
    ["en", "never finished uni (dropped out after 2 yrs) but i have 8 years experience", 8],
  ])("%s: %s → %i years of experience", (l, text, years) => {
    expect(profile(l, text).experienceYears).toBe(years);
  });

  it("studies not finished stay unfinished when the phrase holds a contrast word ('still doing')", () => {
    const p = profile("en", "I'm Slovak and still doing my bachelor in cybersecurity, I graduate next July");
    expect(p.educationLevel).toBeUndefined();
  });

  it.each([
    ["en", "I passed the CAST test for FG IV", "IV"],
    ["fr", "j'ai réussi le CAST pour le GF III", "III"],
    ["de", "ich habe den CAST für die Funktionsgruppe II bestanden", "II"],
  ])("%s: %s → certificate %s", (l, text, group) => {
    const p = profile(l, text);
    expect(p.certificate).toBe(true);
    expect(p.certificateGroup).toBe(group);
  });

  it.each([
    ["en", "I worked for the ministry of finance for 18 months"],
    ["fr", "j'ai travaillé au ministère des finances"],
    ["pl", "jestem urzędnikiem państwowym"],
  ])("%s: %s → a public employer", (l, text) => {
    expect(profile(l, text).publicEmployer).toBe(true);
  });

  it("an official language is no official, an official is one; 'English, but not French' denies French", () => {
    expect(profile("en", "English is one of the official languages I speak").official).toBeUndefined();
    expect(profile("en", "I'm an EU official, AD6").official).toBe(true);
    expect(profile("en", "I speak English C1, but not French").languages).toEqual({ English: "C1" });
  });
});
