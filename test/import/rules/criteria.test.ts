// The criteria rules: the typed eligibility criteria (and the legacy misses they cover), doctoral research, and the terms table.
import { describe, expect, it } from "vitest";
import { criteriaRules, termsRules } from "../../../src/import/rules/criteria.js";
import { eligibilityRules } from "../../../src/import/rules/eligibility.js";
import { readDocument } from "../../../src/import/document.js";
import { fieldsOf, read } from "./read.js";

const typesOf = (facts: Record<string, unknown>) => ((facts.eligibility as { criteria?: { type: string }[] } | undefined)?.criteria ?? []).map((c) => c.type);

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

  it("reads a question heading with its text on the next lines, no blank line between, as the heading of the part in any language", () => {
    const en = ["THE JOB", "", "Who can apply?", "- be a national of a Member State of the European Union;", "- have at least 5 years of professional experience."].join("\n");
    expect(readDocument(en).units.find((u) => u.kind === "bullet")?.sub).toEqual(["Who can apply?"]);
    expect(typesOf(read(en, criteriaRules).facts)).toEqual(expect.arrayContaining(["citizenship", "experience"]));
    const fr = ["LE POSTE", "", "Qui peut postuler ?", "- être ressortissant d'un État membre de l'Union européenne ;", "- justifier d'une expérience professionnelle d'au moins 5 ans."].join("\n");
    expect(readDocument(fr).units.find((u) => u.kind === "bullet")?.sub).toEqual(["Qui peut postuler ?"]);
    expect(typesOf(read(fr, criteriaRules, "fr").facts).length).toBeGreaterThan(0);
    const de = ["DIE STELLE", "", "Wer kann sich bewerben?", "- Staatsangehörigkeit eines Mitgliedstaats der Europäischen Union;"].join("\n");
    expect(readDocument(de).units.find((u) => u.kind === "bullet")?.sub).toEqual(["Wer kann sich bewerben?"]);
  });

  it("does not take a hard-wrapped paragraph whose first line ends a question for a heading", () => {
    const doc = readDocument("THE JOB\n\nDo you want to help shape the future of Europe?\nthen join us in Brussels.");
    expect(doc.units.filter((u) => u.kind === "heading").map((u) => u.clean)).toEqual(["THE JOB"]);
  });
});

