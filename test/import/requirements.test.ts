// Requirements stated outside the eligibility section (a careers page's "What you bring"), items said to be an
// advantage kept out of the criteria, a selection table read by column, and doctoral research counted as
// experience: each read from the notice's words with the language's words.json (test/fixtures/knowledge/requirements).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDoctorateCredit } from "../../src/engine/eligibility/doctorate-credit.js";
import { readDocument } from "../../src/import/document.js";
import { importNotice, readImportReference } from "../../src/import/import.js";
import { requirementUnits, selectionTable } from "../../src/import/requirements.js";
import { readLanguageWords } from "../../src/import/words.js";
import { factsSchema, type Facts, type RuleOf } from "../../src/knowledge/schema.js";

const reference = readImportReference();
const dir = fileURLToPath(new URL("../fixtures/knowledge/requirements/", import.meta.url));
const load = (id: string) => factsSchema.parse(importNotice(readFileSync(`${dir}${id}/notice.txt`, "utf8"), { id, reference }).facts) as Facts;
const rule = <T extends RuleOf<"education">["type"] | "experience" | "languages">(f: Facts, type: T) => f.eligibility.criteria.find((c) => c.type === type) as RuleOf<T> | undefined;
const words = readLanguageWords();
const notice = (lang: string) => words.get(lang)!.words.notice;

describe("requirements under a heading of their own", () => {
  const f = load("NORDBANK-2027-RISK");

  it("reads the degree, the experience and the language under “What you bring” beside the nationality under “Eligibility”", () => {
    expect([...new Set(f.eligibility.criteria.map((c) => c.type))].sort()).toEqual(["citizenship", "education", "experience", "languages"]);
    expect(rule(f, "education")!.routes.map((r) => r.level)).toEqual(["master"]);
    expect(rule(f, "experience")!.minYears).toBe(4);
  });

  it("keeps the language named as required, and the one said to be an advantage out", () => {
    const languages = rule(f, "languages")!;
    expect(languages.requirements.map((r) => r.languages)).toEqual([["English"]]);
    expect(JSON.stringify(f.eligibility.criteria)).not.toMatch(/Spanish/);
  });

  it.each([
    ["en", "What you bring\n\n- A master's degree in law.\n- Good English. German would be an asset.\n\nWhat we offer\n\n- A salary.", ["A master's degree in law.", "Good English."]],
    ["fr", "Votre profil\n\n- Un master en droit.\n- Anglais courant. L’allemand serait un atout.\n\nNous offrons\n\n- Un salaire.", ["Un master en droit.", "Anglais courant."]],
  ])("in %s, the items under the heading, an advantage left out", (lang, text, want) => {
    expect(requirementUnits(readDocument(text), notice(lang)).map((u) => u.clean)).toEqual(want);
  });

  it("reads nothing under a heading that introduces no requirements", () => {
    expect(requirementUnits(readDocument("What we offer\n\n- A master's degree paid for by the employer."), notice("en"))).toEqual([]);
  });
});

describe("experience that depends on the degree's length, and a doctorate counted as experience", () => {
  const f = load("FUSIONLAB-2027-ENG");

  it("reads each route with its length and the experience that follows it; the counting sentences are no route", () => {
    expect(rule(f, "education")!.routes.map((r) => [r.level, r.minYears, r.experienceYears])).toEqual([
      ["university", 4, 6],
      ["university", 3, 7],
    ]);
  });

  it("reads the doctorate's cap", () => {
    expect(f.eligibility.doctorateCredit).toMatchObject({ maxYears: 2, awarded: true });
  });

  it.each([
    ["en", "Periods of doctoral research count as professional experience for a maximum of 3 years.", 3],
    ["fr", "Les années de doctorat sont comptabilisées comme expérience professionnelle dans la limite de 3 ans.", 3],
    ["en", "A doctorate is an advantage.", undefined],
  ])("in %s: %s → %s", (lang, clean, years) => {
    expect(readDoctorateCredit({ raw: clean, clean }, notice(lang))?.maxYears).toBe(years);
  });
});

describe("a selection table read by column", () => {
  it("makes each cell essential or advantageous by its column, never by its row", () => {
    const f = load("FUSIONLAB-2027-ENG");
    expect(f.selectionCriteria).toEqual([
      { essential: true, quote: "Experience in the design of cryogenic plants" },
      { essential: false, quote: "A doctorate in low-temperature physics" },
      { essential: true, quote: "Excellent command of English, at least at level C1" },
      { essential: false, quote: "Working knowledge of German" },
    ]);
    expect(JSON.stringify(f.eligibility.criteria)).not.toMatch(/doctorate in low-temperature|German/);
  });

  it("reads a French table with the French column words", () => {
    expect(selectionTable("| Critères essentiels | Atout |\n|---|---|\n| Anglais C1 | Un doctorat |", notice("fr"))).toEqual([
      { essential: true, quote: "Anglais C1" },
      { essential: false, quote: "Un doctorat" },
    ]);
  });

  it("leaves a table of other columns alone", () => {
    expect(selectionTable("| Reference | Grade |\n|---|---|\n| X/1 | AD5 |", notice("en"))).toEqual([]);
  });
});
