// Experience that depends on the degree's length (issue 18): "studies of at least four years and six years of
// experience after the diploma; or studies of three years and seven years of experience" is one education
// criterion with a route per length, each with its own experience, read with the notice language's words; not one
// experience rule taking the first "N years" (the studies' four) as the experience asked. The routes stand in one
// paragraph, as a PDF copy gives them (test/fixtures/notices/new3/frontex-2profile-pdf-pl.txt).
import { describe, expect, it } from "vitest";
import { criteriaRules } from "../../src/import/rules/criteria.js";
import { read } from "./rules/read.js";

type Criterion = { type: string; routes?: { level: string; minYears?: number; experienceYears?: number }[]; minYears?: number };
const criteria = (text: string, language: string) => (read(text, criteriaRules, language).facts.eligibility as { criteria: Criterion[] }).criteria;

const PASSAGES: [string, string][] = [
  [
    "en",
    "ELIGIBILITY CRITERIA\n\nCandidates must have a level of education which corresponds to completed university studies of at least four years attested by a diploma, and at least six years of professional experience gained after the award of the diploma; or\na level of education which corresponds to completed university studies of three years attested by a diploma, and at least seven years of professional experience gained after the award of the diploma.",
  ],
  [
    "pl",
    "KRYTERIA KWALIFIKOWALNOŚCI\n\nKandydaci muszą posiadać wykształcenie odpowiadające pełnemu cyklowi studiów uniwersyteckich trwających co najmniej cztery lata, potwierdzone dyplomem, oraz co najmniej sześć lat doświadczenia zawodowego zdobytego po uzyskaniu dyplomu; albo\nwykształcenie odpowiadające pełnemu cyklowi studiów uniwersyteckich trwających trzy lata, potwierdzone dyplomem, oraz co najmniej siedem lat doświadczenia zawodowego zdobytego po uzyskaniu dyplomu.",
  ],
];

describe("experience that depends on the degree's length", () => {
  it.each(PASSAGES)("in %s: one education rule, a route per length with its own years of experience", (language, text) => {
    const found = criteria(text, language);
    const education = found.find((c) => c.type === "education");
    expect(education?.routes).toMatchObject([
      { level: "university", minYears: 4, experienceYears: 6 },
      { level: "university", minYears: 3, experienceYears: 7 },
    ]);
    // The studies' four years are not read as the experience asked.
    expect(found.filter((c) => c.type === "experience").map((c) => c.minYears)).not.toContain(4);
  });
});
