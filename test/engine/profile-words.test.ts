// The user's facts that English once read with a pattern section of its own (lexicon.json `profile`: nationality
// cues, where a diploma is from, no degree, a recognised diploma, a complete list of languages, the user's own facts,
// the place of their clock; issue 17, "one understanding"), now read in every language from its words (words.json
// `nationality`, `zone`, `diplomaFrom`, `noDegree`, `recognised`, `languagesComplete`, `possession`).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { completeLexicon, referenceWithNames } from "../../src/engine/language-pack.js";
import { createReader } from "../../src/engine/understand.js";
import { slotPatterns } from "../../src/engine/subject-words.js";
import { wordsSchema } from "../../src/knowledge/schema.js";
import { knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";

const dir = join(projectKnowledgeDir, "lexicon");
const languages = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const wordsOf = (l: string) => wordsSchema.parse(JSON.parse(readFileSync(join(dir, l, "words.json"), "utf8")));
const knowledge = knowledgeAt(projectKnowledgeDir);
const readers = new Map<string, ReturnType<typeof createReader>>();
const read = (l: string, text: string) => {
  let r = readers.get(l);
  if (!r) {
    const lex = completeLexicon(knowledge.lexicons.get(l)!);
    const reference = referenceWithNames(knowledge.reference, lex);
    readers.set(l, (r = createReader(lex, reference, reference.zones, [], () => false)));
  }
  return r.read(text);
};

describe("English writes no profile patterns", () => {
  it("its lexicon's profile section is gone", () => {
    const raw = JSON.parse(readFileSync(join(dir, "en", "lexicon.json"), "utf8")) as Record<string, unknown>;
    expect(raw.profile).toBeUndefined();
  });
  it.each(languages)("%s says no degree, a recognised diploma and a complete list of languages in its words", (l) => {
    const w = wordsOf(l);
    expect(w.noDegree.length).toBeGreaterThan(0);
    expect(w.recognised.length).toBeGreaterThan(0);
    expect(w.languagesComplete.length).toBeGreaterThan(0);
  });
});

describe("phrases around a name", () => {
  it("hold the name once per pattern, optional words and the words after it that make it something else", () => {
    const { yes } = slotPatterns(["i'm [a/an] [proud] {X} | {X} citizen*", "!{X} speaker"], "\\d");
    expect(yes).toHaveLength(2);
    const re = new RegExp(yes[0]!.replaceAll("{X}", "(?<x>zqc\\d+zqc)"), "iu");
    expect(re.exec("i'm a proud zqc0zqc")?.groups?.x).toBe("zqc0zqc");
    expect(re.test("i'm zqc0zqc speaker")).toBe(false);
  });
});

describe("English reads the user's facts from its words", () => {
  it.each([
    ["I'm a proud Belgian, can I apply?", ["BE"]],
    ["I'm 23 and Polish.", ["PL"]],
    ["Scottish HND (2 years). I'm a British and Irish dual citizen, English native.", ["GB", "IE"]],
    ["dual citizen: Serbian and Croatian, I live in Belgrade.", ["RS", "HR"]],
    ["I want to work in Germany, what's the deadline?", undefined],
  ])("%s → %j", (text, nationalities) => {
    expect(read("en", text).profile.nationalities?.sort()).toEqual(nationalities?.sort());
  });
  it("a diploma from a country outside the EU is neither a nationality nor a language", () => {
    const p = read("en", "I'm Swedish with a 2-year associate degree from a US community college").profile;
    expect(p.nationalities).toEqual(["SE"]);
    expect(p.diplomaOutsideEu).toBe(true);
  });
  it("no degree, a diploma recognised or not", () => {
    expect(read("en", "I don't have a university degree but 10 years in IT").profile.studyYears).toBe(0);
    expect(read("en", "my 4-year BSc is from Toronto and it has been officially recognised").profile.diplomaRecognised).toBe(true);
    expect(read("en", "my degree from Toronto has not been recognised yet").profile.diplomaRecognised).toBe(false);
  });
  it("a list of languages said complete; a diploma held 'only' is no list of languages", () => {
    expect(read("en", "I only speak English, C1").profile.languagesComplete).toBe(true);
    expect(read("en", "English C1 and French B2, no other languages").profile.languagesComplete).toBe(true);
    expect(read("en", "I only have a secondary-school diploma, English C1").profile.languagesComplete).toBeUndefined();
  });
  it("facts beside a requirement asked stay the question's; 'with a' makes them the user's", () => {
    expect(read("en", "do I need a master's degree?").hypothetical).toBe(true);
    expect(read("en", "can I apply with a Turkish passport?").hypothetical).toBe(false);
  });
  it("a number word is a whole word and a short study word too", () => {
    expect(read("en", "are there any data scientist jobs at the commission").profile.experienceYears).toBeUndefined();
    expect(read("en", "It says temp agent - so after 4 years I'm out, no way to extend?").profile.studyYears).toBeUndefined();
  });
  it("the place of the user's clock: after a preposition, before 'time', or a message that is the place alone", () => {
    expect(read("en", "what's the deadline in Lisbon time?").zone).toBe("Europe/Lisbon");
    expect(read("en", "and Austria?").zone).toBe("Europe/Vienna");
    expect(read("en", "Portugal is underrepresented so I get priority, right?").zone).toBeUndefined();
    expect(read("en", "nice one, thanks").zone).toBeUndefined();
  });
});

describe("other languages read the same facts from their words", () => {
  it.each([
    ["fr", "je suis belge, sans diplôme universitaire mais 10 ans d'expérience", { studyYears: 0 }],
    ["de", "Ich bin Österreicher, Deutsch C2, keine anderen Sprachen", { languagesComplete: true }],
    ["es", "soy español, mi título de Marruecos ha sido homologado", { diplomaRecognised: true }],
    ["pl", "jestem Polakiem, nie mam dyplomu, ale mam 8 lat doświadczenia", { studyYears: 0 }],
  ])("%s: %s", (l, text, facts) => {
    expect(read(l, text).profile).toMatchObject(facts);
  });
});
