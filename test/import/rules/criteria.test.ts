// The criteria rules: the typed eligibility criteria (and the legacy misses they cover), doctoral research, and the terms table.
import { describe, expect, it } from "vitest";
import { criteriaRules, termsRules } from "../../../src/import/rules/criteria.js";
import { eligibilityRules } from "../../../src/import/rules/eligibility.js";
import { fieldsOf, read } from "./read.js";

describe("criteria rules", () => {
  it("types the eligibility criteria, and a legacy field they cover is no longer 'not found'", () => {
    const r = read(
      ["ELIGIBILITY CRITERIA", "", "- be a national of a Member State of the European Union;", "- have at least 5 years of professional experience after the diploma."].join("\n"),
      [...eligibilityRules, ...criteriaRules],
    );
    const types = (r.facts.eligibility as { criteria: { type: string }[] }).criteria.map((c) => c.type);
    expect(types).toEqual(expect.arrayContaining(["citizenship", "experience"]));
    expect(fieldsOf(r.missing)).not.toContain("eligibility.experience");
    expect(r.found.filter((f) => f.field === "eligibility.criteria").map((f) => f.label)).toEqual(expect.arrayContaining(["criterion: citizenship", "criterion: experience"]));
  });

  it("says the criteria are not found where the notice has no eligibility part", () => {
    expect(fieldsOf(read("A text about something else.", criteriaRules).missing)).toEqual(["eligibility.criteria"]);
  });

  it("applies the terms read by src/import/terms.ts as facts of the table", () => {
    const r = read("HOW TO APPLY\n\nApplications must be submitted through the online application form. Applications sent by e-mail will not be accepted.", termsRules);
    expect(r.facts.application).toMatchObject({ channels: [expect.objectContaining({ kind: "online" })] });
    expect(r.reads[0]).toMatchObject({ field: "application.channels", outcome: "fact" });
  });
});
