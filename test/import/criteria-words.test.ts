// Eligibility criteria read with the words of the notice's language (words.json `notice.criteria`): a French
// notice and its English twin (test/fixtures/knowledge/words-criteria) give the same rules, from the same code.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readGradeTable } from "../../src/import/criteria-words.js";
import { readDocument } from "../../src/import/document.js";
import { importNotice, readImportReference, validateImport } from "../../src/import/import.js";
import { factsSchema, type Facts } from "../../src/knowledge/schema.js";

const reference = readImportReference();
const dir = fileURLToPath(new URL("../fixtures/knowledge/words-criteria/", import.meta.url));
const text = (id: string) => readFileSync(`${dir}${id}/notice.txt`, "utf8");
const load = (id: string) => {
  const result = importNotice(text(id), { id, reference });
  return { result, facts: factsSchema.parse(result.facts) as Facts };
};
const rule = <T extends string>(f: Facts, type: T) => f.eligibility.criteria.find((c) => c.type === type) as Extract<Facts["eligibility"]["criteria"][number], { type: T }>;

describe.each([
  { id: "EAE-2027-FR", language: "fr", notCounted: "Les stages ne sont pas pris en compte." },
  { id: "EAE-2027-EN", language: "en", notCounted: "Traineeships are not taken into account." },
])("importNotice($id) reads its criteria with the words of its language", ({ id, language, notCounted }) => {
  const { result, facts } = load(id);

  it(`is read as ${language} and validates as start-up validates knowledge`, () => {
    expect(facts.language).toBe(language);
    expect(() => validateImport(result, reference)).not.toThrow();
  });

  it("types citizenship, a condition, education, experience and languages", () => {
    expect([...new Set(facts.eligibility.criteria.map((c) => c.type))].sort()).toEqual(["citizenship", "condition", "education", "experience", "languages"]);
    expect(rule(facts, "citizenship").allowed).toBe("eu");
  });

  it("reads the studies' length written as a number word (four years)", () => {
    expect(rule(facts, "education").routes).toMatchObject([{ level: "university", minYears: 4 }]);
  });

  it("reads the experience after the diploma, and that traineeships do not count, with the passage saying so", () => {
    const e = rule(facts, "experience");
    expect(e).toMatchObject({ minYears: 5, afterDiploma: true, notCounted: { kinds: ["traineeship"] } });
    expect(e.notCounted!.quote).toBe(notCounted);
  });

  it("reads 'one of these two languages must be English' as the rule's languages, one of which must be English", () => {
    const languages = rule(facts, "languages");
    expect(languages.requirements.map((r) => [r.level, r.languages ?? []]).slice(0, 2)).toEqual([
      ["C1", []],
      ["B2", []],
    ]);
    // Read either as a requirement of its own (English at the lesser level) or as the rule's named language.
    const named = [...(languages.including ?? []), ...languages.requirements.flatMap((r) => r.languages ?? [])];
    expect(named).toContain("English");
  });

  it("reads the grade table by years of experience", () => {
    expect(facts.contract.gradeByExperience?.rows).toEqual([
      { grade: "AD6", minYears: 5, belowYears: 8 },
      { grade: "AD7", minYears: 8 },
    ]);
  });
});

describe("readGradeTable", () => {
  const words = reference.words;
  it("reads a row bounded only from above after the language's 'less than'", () => {
    const doc = readDocument("GRADING\n\n  less than 4 years     AST3\n  4 years or more       AST4\n");
    expect(readGradeTable(doc, words, "en")?.rows).toEqual([
      { grade: "AST3", minYears: 0, belowYears: 4 },
      { grade: "AST4", minYears: 4 },
    ]);
  });

  it("finds no table in lines that name one grade each but no years", () => {
    expect(readGradeTable(readDocument("Grades\n\nAD5\nAD6\n"), words, "en")).toBeUndefined();
  });

  it("reads nothing for a language whose words are empty", () => {
    expect(readGradeTable(readDocument("  5 vuotta   AD6\n  8 vuotta   AD7\n"), words, "xx")).toBeUndefined();
  });
});
