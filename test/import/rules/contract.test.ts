// The contract rules: type, first contract, extension, probation, grading, pay, tax, and the grade-by-experience table.
import { describe, expect, it } from "vitest";
import { contractRules, gradeTableRule } from "../../../src/import/rules/contract.js";
import { fieldsOf, read } from "./read.js";

const terms = [
  "WHAT WE OFFER",
  "",
  "The successful candidate will be recruited as a temporary agent under Article 2(f) of the Conditions of Employment of Other Servants (CEOS).",
  "The first contract will be for a period of 3 years. The contract may be renewed once for a further period of 2 years.",
  "Recruitment is subject to a 9-month probationary period.",
  "The basic monthly salary for grade AD6 step 1 is EUR 6 000.",
  "Salaries are subject to a Community tax deducted at source and are exempt from national tax.",
].join("\n");

describe("contract rules", () => {
  it("reads the contract's terms from their sentences", () => {
    const r = read(terms, contractRules);
    expect(r.facts.contract).toMatchObject({
      type: {},
      firstContract: { years: 3 },
      extension: { times: 1, maxYears: 2 },
      probation: { months: 9 },
      pay: { quote: "The basic monthly salary for grade AD6 step 1 is EUR 6 000." },
      tax: {},
    });
  });

  it("reads a header's 'Duration' as the first contract only when it gives years alone", () => {
    expect(read("Duration of the contract: 2 years", contractRules).facts.contract).toMatchObject({ firstContract: { years: 2 } });
    expect(fieldsOf(read("Duration: up to 3 years", contractRules).missing)).toContain("contract.firstContract");
  });

  it("keeps an extension without a number of times out, and says why", () => {
    const r = read("WHAT WE OFFER\n\nThe contract may be extended by 2 years.", contractRules);
    expect(r.missing.find((m) => m.field === "contract.extension")?.reason).toMatch(/how many times/);
  });

  it("is silent when a notice has no grade table", () => {
    const r = read("WHAT WE OFFER\n\nA good salary.", [gradeTableRule]);
    expect(r.missing).toEqual([]);
    expect(r.reads).toEqual([{ field: "contract.gradeByExperience", outcome: "nothing found", quotes: [] }]);
  });
});
