// Reading the user's own facts for the criteria: degree levels across names, experience (never years of study),
// age, statuses, and the scope of "no", "never", "not yet" and "but".
import { describe, expect, it } from "vitest";
import { createFactReader } from "../../../src/engine/eligibility/read.js";
import { normalizeForMatch } from "../../../src/text/normalize.js";
import { createReader } from "../../../src/engine/understand.js";
import { completeLexicon } from "../../../src/engine/language-pack.js";
import { knowledgeAt, projectKnowledgeDir } from "../../helpers/bot.js";

const k = knowledgeAt(projectKnowledgeDir);
const read = createFactReader(k.lexicons.get("en")!, k.reference);
// The reader as the engine builds it: the lexicon completed from its words (the nationality phrases are words since patterns-en-3).
const english = completeLexicon(k.lexicons.get("en")!);
const facts = (s: string) => read(normalizeForMatch(s));

describe("createFactReader: education level", () => {
  it.each([
    ["I have a PhD in hydrology", "doctorate"],
    ["I don't have a PhD, but after my master's I did 6 years of research", "master"],
    ["a master's in computer science and 3 years at NOAA, but no PhD", "master"],
    ["a 3-year BA in criminology", "university"],
    ["my licenciatura took four years", "university"],
    ["a laurea triennale in economics", "university"],
    ["a 2-year post-secondary diploma in accounting", "post-secondary"],
    ["a ciclo de grado superior in administration", "post-secondary"],
    ["I only have a secondary school diploma (it gives access to university)", "secondary"],
    ["I have a high school diploma", "secondary"],
  ])("%s → %s", (s, level) => {
    expect(facts(s).educationLevel).toBe(level);
  });
});

describe("createFactReader: a degree name is found in any case its pattern takes as equal (only names whose first word is in the message are tried)", () => {
  it.each([
    ["I HOLD A MASTER'S IN LAW", "master"],
    ["ΠΑΝΕΠΙΣΤΗΜΙΑΚΟ ΠΤΥΧΙΟ στην οικονομία", "university"],
    // The long s folds to "s" in a case-insensitive pattern: the message is still searched for "master's".
    ["a maſter's in physics", "master"],
    ["a Ph.D. after a Master-of-Science", "doctorate"],
    ["I hold no degree", undefined],
  ])("%s → %s", (s, level) => {
    expect(read(s).educationLevel).toBe(level);
  });
});

describe("a degree's length, said with its name or usual for it", () => {
  const reader = createReader(english, k.reference, k.reference.zones, []);
  it.each([
    ["I hold a licenciatura (4 years) in pharmacy", 4, undefined],
    ["I have an hbo-bachelor", 4, undefined],
    ["I have a 4-year hbo-bachelor", 4, undefined],
    ["a licencjat in economics", 3, true],
    ["I have a laurea magistrale in law", 5, true],
    ["a bachelor's of 180 ECTS", 3, undefined],
    ["a 240 ECTS bachelor", 4, undefined],
  ])("%s → %d years of study", (s, years, atLeast) => {
    const p = reader.read(s, { checking: true }).profile;
    expect(p.studyYears).toBe(years);
    expect(p.studyYearsAtLeast).toBe(atLeast);
    expect(p.experienceYears).toBeUndefined();
  });
});

describe("nationalities in any wording, and languages a negation leaves out", () => {
  const reader = createReader(english, k.reference, k.reference.zones, []);
  it.each([
    ["I'm half Greek, half Turkish. Can I apply?", ["EL", "TR"]],
    ["Dual Irish/US citizen, am I eligible?", ["US", "IE"]],
    ["I have both Italian and Argentinian passports. Am I eligible?", ["AR", "IT"]],
    ["I'm a US citizen but I have French citizenship too", ["US", "FR"]],
  ])("%s → %j", (s, codes) => {
    expect([...(reader.read(s).profile.nationalities ?? [])].sort()).toEqual([...codes].sort());
  });

  it("'English, but not French' is English alone", () => {
    expect(Object.keys(reader.read("I speak English, but not French", { checking: true }).profile.languages ?? {})).toEqual(["English"]);
  });
});

describe("createFactReader: experience", () => {
  it.each([
    ["4 years of experience as a criminal analyst since graduating", 4, undefined],
    ["I have worked 7 years since graduating, the last 4 as an operational analyst", 7, 4],
    ["after my master's I did 6 years of full-time research", 6, undefined],
    ["6 years as a journalist in Nairobi", 6, undefined],
    ["10 years of experience in clinical pharmacology", 10, undefined],
  ])("%s → %d years (part %s)", (s, years, part) => {
    const f = facts(s);
    expect(f.experienceYears).toBe(years);
    expect(f.experiencePartYears).toBe(part);
  });

  it.each(["a 5-year master's degree in pharmacy", "I studied for 4 years at university", "a 3-year BA"])("years of study are never experience: %s", (s) => {
    expect(facts(s).experienceYears).toBeUndefined();
  });
});

describe("createFactReader: age", () => {
  it.each([
    ["I'm 64. Am I too old?", 64],
    ["I'm Icelandic and 45 years old", 45],
    ["I'm Norwegian, 52, with a master's", 52],
    ["aged 38", 38],
  ])("%s → %d", (s, age) => {
    expect(facts(s).age).toBe(age);
  });

  it.each(["I have 12 years of experience", "I'm 5 years into my career"])("a number that is not an age: %s", (s) => {
    expect(facts(s).age).toBeUndefined();
  });
});

describe("createFactReader: statuses, with the scope of a negation", () => {
  it.each([
    ["I'm an AST2 official at the European Parliament", { official: true, officialGroup: "AST" }],
    ["I'm not an EU official and I've never passed an EPSO competition", { official: false, laureate: false }],
    ["I'm a laureate of competition EPSO/AST/160/25", { laureate: true, competitions: ["EPSO/AST/160/25"] }],
    ["I'm on the reserve list of EPSO/AST/160/25", { laureate: true, competitions: ["EPSO/AST/160/25"] }],
    ["I passed the EPSO CAST test for function group IV in 2025", { certificate: true, certificateGroup: "IV" }],
    ["I haven't taken any EPSO CAST test", { certificate: false }],
    ["I have not yet passed CAST, but I am an official", { certificate: false, official: true }],
    ["I'm not yet a laureate, but I'm on the reserve list of EPSO/AD/400/24", { laureate: true, competitions: ["EPSO/AD/400/24"] }],
  ])("%s", (s, want) => {
    expect(facts(s)).toMatchObject(want);
  });

  it("an official language is not an official", () => {
    expect(facts("Greek is an official language of the EU").official).toBeUndefined();
  });
});
