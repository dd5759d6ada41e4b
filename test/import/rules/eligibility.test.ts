// The eligibility rules (legacy fields): when, citizenship, education and experience in years, diplomas, language levels, conditions, clearance.
import { describe, expect, it } from "vitest";
import { eligibilityRules } from "../../../src/import/rules/eligibility.js";
import { fieldsOf, read } from "./read.js";

const part = [
  "ELIGIBILITY CRITERIA",
  "",
  "Candidates must satisfy the following eligibility criteria on the closing date for applications:",
  "- be a national of one of the Member States of the European Union;",
  "- have a level of education which corresponds to completed university studies of at least 3 years attested by a diploma;",
  "- have a thorough knowledge of one of the official languages of the European Union (minimum level C1) and a satisfactory knowledge of another language (minimum level B2);",
  "- have fulfilled any obligations imposed by the applicable laws concerning military service;",
  "- be physically fit to perform the duties linked to the post.",
  "",
  "The official languages of the European Union are: Bulgarian, Croatian, Czech, Danish, Dutch, English.",
  "The successful candidate will be required to hold or obtain a security clearance at EU SECRET level.",
].join("\n");

describe("eligibility rules", () => {
  it("reads each criterion of the part with its passage", () => {
    const r = read(part, eligibilityRules);
    expect(r.facts.eligibility).toMatchObject({
      when: { quote: "Candidates must satisfy the following eligibility criteria on the closing date for applications:" },
      citizenship: { quote: "be a national of one of the Member States of the European Union;" },
      education: { minYears: 3 },
      languages: { main: { level: "C1" }, second: { level: "B2" }, officialLanguages: {} },
      otherConditions: [{ id: "military-service" }, { id: "fitness" }],
      clearance: { level: "EU SECRET" },
    });
    expect(fieldsOf(r.found)).toEqual(expect.arrayContaining(["eligibility.languages.main", "eligibility.languages.second", "eligibility.languages.officialLanguages"]));
  });

  it("reads years of experience required, but not years of experience that are an asset", () => {
    const required = read("ELIGIBILITY\n\nCandidates must have at least five years of professional experience.", eligibilityRules);
    expect(required.facts.eligibility).toMatchObject({ experience: { minYears: 5 } });
    const asset = read("WHAT WE ARE LOOKING FOR\n\nThe following would be an asset:\n- five years of professional experience in audit.", eligibilityRules);
    expect(fieldsOf(asset.missing)).toContain("eligibility.experience");
  });

  it("says why education and languages are not read when the notice gives no length and no level", () => {
    const r = read("ELIGIBILITY\n\nCandidates must have a level of education attested by a diploma and a thorough knowledge of a language of the EU.", eligibilityRules);
    const reasons = Object.fromEntries(r.missing.map((m) => [m.field, m.reason]));
    expect(reasons["eligibility.education"]).toMatch(/no length in years/);
    expect(reasons["eligibility.languages.main"]).toMatch(/no CEFR level/);
  });
});
