// Notices the importer was not fitted to: each one's own values come out, and what is not there is reported.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { factsSchema } from "../../src/knowledge/schema.js";
import { importNotice, readImportReference, validateImport } from "../../src/import/import.js";
import { renderReport } from "../../src/import/report.js";

const reference = readImportReference();
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/notices/${name}`, import.meta.url)), "utf8");
const load = (name: string) => {
  const result = importNotice(fixture(name), { reference });
  return { result, facts: factsSchema.parse(result.facts), missing: result.missing.map((m) => m.field) };
};

describe("importNotice(a Eurostat notice: Luxembourg, summer deadline, two posts)", () => {
  const { result, facts, missing } = load("estat-data-scientist.txt");

  it("validates, and takes its id from its own reference", () => {
    expect(() => validateImport(result, reference)).not.toThrow();
    expect(result.id).toBe("ESTAT-COM-2026-0317");
  });

  it("reads the header: title, directorate, place, category, grades, posts", () => {
    expect(facts.title?.value).toBe("Data Scientist – Official Statistics and Machine Learning");
    expect(facts.directorate?.value).toBe("Directorate-General Eurostat");
    expect(facts.service?.value).toBe("Directorate B – Methodology and Innovation in Official Statistics");
    expect(facts.place?.value).toBe("Luxembourg");
    expect(facts.staffCategory).toMatchObject({ value: "Temporary agent 2b", functionGroup: "Administrator (AD)" });
    expect(facts.grades).toMatchObject({ min: "AD6", max: "AD9" });
    expect(facts.posts?.value).toBe(2);
  });

  it("reads the deadline in Luxembourg time", () => {
    expect(facts.deadline).toMatchObject({ local: "2026-07-14T12:00", zone: "Europe/Luxembourg" });
  });

  it("reads the application, eligibility and contract with this notice's numbers", () => {
    expect(facts.application.address?.value).toBe("ESTAT-SELECTIONS@ec.europa.eu");
    expect(facts.application.subjectReference?.value).toBe("ESTAT/COM/2026/0317");
    expect(facts.application.documents?.value).toEqual(["your CV in Europass format", "a motivation letter (maximum one page)", "completed application form"]);
    expect(facts.eligibility.education?.minYears).toBe(4);
    expect(facts.eligibility.languages?.main.level).toBe("C1");
    expect(facts.eligibility.languages?.second?.level).toBe("B1");
    expect(facts.eligibility.clearance?.level).toBe("EU CONFIDENTIAL");
    expect(facts.eligibility.otherConditions.map((c) => c.id)).toEqual(["military-service", "fitness", "character-references"]);
    expect(facts.contract.firstContract?.years).toBe(3);
    expect(facts.contract.extension).toMatchObject({ times: 1, maxYears: 2 });
    expect(facts.contract.probation?.months).toBe(6);
    expect(facts.selection.language?.value).toEqual(["English", "French"]);
    expect(facts.assets.map((a) => a.minYears)).toEqual([undefined, 5]);
  });

  it("names the under-represented states by their reference names (the Slovak Republic is Slovakia)", () => {
    expect(facts.underRepresented?.states).toEqual(["Belgium", "Denmark", "Ireland", "Latvia", "Slovakia", "Sweden"]);
  });

  it("reports what this notice does not say, and leaves it out", () => {
    expect(missing).toEqual([
      "eligibility.experience", "eligibility.languages.officialLanguages", "selectionCriteria", "application.refused", "contract.salary", "contract.allowances",
      "selection.steps", "reserveList", "selection.priority", "recruitment.vetting",
    ]);
    expect(facts.recruitment.vetting).toBeUndefined();
    expect(facts.selection.priority).toBeUndefined();
  });
});

describe("importNotice(a JRC notice: Seville, winter deadline in CET, three AST posts, other phrasings)", () => {
  const { result, facts, missing } = load("jrc-project-assistants.txt");

  it("validates, and takes its id from its vacancy reference", () => {
    expect(() => validateImport(result, reference)).not.toThrow();
    expect(result.id).toBe("JRC-SVQ-2027-0008");
  });

  it("reads the header with its own labels", () => {
    expect(facts.title?.value).toBe("Project Assistant – Scientific Data Management");
    expect(facts.directorate?.value).toBe("Joint Research Centre");
    expect(facts.place?.value).toBe("Seville, Spain");
    expect(facts.staffCategory).toMatchObject({ value: "Temporary agent 2(f)", functionGroup: "Assistant (AST)" });
    expect(facts.grades).toMatchObject({ min: "AST3", max: "AST5" });
    expect(facts.posts?.value).toBe(3);
    expect(facts.deadline).toMatchObject({ local: "2027-01-15T13:00", zone: "Europe/Brussels" });
  });

  it("reads a list of under-represented states set out as bullets", () => {
    expect(facts.underRepresented?.states).toEqual(["Croatia", "Cyprus", "Lithuania", "Luxembourg", "Portugal", "Slovenia"]);
  });

  it("reads experience as the criterion, not as years of study, and levels stated in one sentence", () => {
    expect(facts.eligibility.experience?.minYears).toBe(3);
    expect(facts.eligibility.education).toBeUndefined();
    expect(result.missing.find((m) => m.field === "eligibility.education")?.reason).toMatch(/no length in years/);
    expect(facts.eligibility.languages?.main.level).toBe("B2");
    expect(facts.eligibility.languages?.second?.level).toBe("B1");
  });

  it("reads a contract renewable twice and a probation written in words", () => {
    expect(facts.contract.firstContract?.years).toBe(2);
    expect(facts.contract.extension).toMatchObject({ times: 2, maxYears: 2 });
    expect(facts.contract.probation?.months).toBe(9);
    expect(facts.selection.language?.value).toEqual(["English"]);
    expect(facts.application.documents?.value).toEqual(["a CV", "a cover letter of no more than two pages"]);
    expect(facts.assets).toHaveLength(1);
  });

  it("reports the single-PDF rule, clearance and tax as not found", () => {
    expect(missing).toEqual(expect.arrayContaining(["application.singlePdf", "eligibility.clearance", "contract.tax", "benefits"]));
    expect(facts.application.singlePdf).toBeUndefined();
    expect(facts.eligibility.clearance).toBeUndefined();
  });
});

describe("importNotice(a Markdown notice without the contract part of the annex)", () => {
  const { result, facts, missing } = load("env-policy-officer.md");

  it("validates and reads the Markdown header", () => {
    expect(() => validateImport(result, reference)).not.toThrow();
    expect(result.id).toBe("ENV-COM-2026-0555");
    expect(facts.title?.value).toBe("Policy Officer – Circular Economy");
    expect(facts.directorate?.value).toBe("Directorate-General for Environment");
    expect(facts.service?.value).toBe("Directorate B – Circular Economy");
    expect(facts.place?.value).toBe("Brussels");
    expect(facts.grades).toMatchObject({ min: "AD7", max: "AD10" });
    expect(facts.deadline).toMatchObject({ local: "2026-03-02T17:00", zone: "Europe/Brussels" });
    expect(facts.role?.duties).toHaveLength(3);
  });

  it("reads education and experience stated in one sentence", () => {
    expect(facts.eligibility.education?.minYears).toBe(3);
    expect(facts.eligibility.experience?.minYears).toBe(6);
  });

  it("leaves every contract fact out and lists each in the report", () => {
    expect(facts.contract).toEqual({});
    const contract = ["contract.type", "contract.firstContract", "contract.extension", "contract.probation", "contract.grading", "contract.pay", "contract.tax"];
    expect(missing).toEqual(expect.arrayContaining(contract));
    const report = renderReport(result);
    for (const field of contract) expect(report).toContain(`✗ ${field} `);
  });

  it("does not count posts from 'a policy officer'", () => {
    expect(facts.posts).toBeUndefined();
    expect(missing).toContain("posts");
  });
});

describe("importNotice(a short contract-agent notice: header in one block, everything inline)", () => {
  const { result, facts, missing } = load("comp-contract-agent.txt");

  it("validates and reads the header lines written without blank lines between them", () => {
    expect(() => validateImport(result, reference)).not.toThrow();
    expect(result.id).toBe("COMP-COM-2025-0871");
    expect(facts.title?.value).toBe("Legal Officer");
    expect(facts.directorate?.value).toBe("Directorate-General for Competition");
    expect(facts.service?.value).toBe("Unit A.1");
    expect(facts.staffCategory).toMatchObject({ value: "Contract agent 3b", functionGroup: "Function group IV" });
    expect(facts.grades).toMatchObject({ min: "FG IV", max: "FG IV" });
    expect(facts.deadline).toMatchObject({ local: "2025-12-05T12:00", zone: "Europe/Brussels" });
    expect(facts.posts?.value).toBe(2);
  });

  it("reads documents, levels and contract terms written inline", () => {
    expect(facts.application.documents?.value).toEqual(["CV", "motivation letter"]);
    expect(facts.application.subjectReference?.value).toBe("COMP/COM/2025/0871");
    expect(facts.eligibility.languages?.main.level).toBe("C1");
    expect(facts.eligibility.languages?.second?.level).toBe("B2");
    expect(facts.eligibility.education?.minYears).toBe(4);
    expect(facts.contract.firstContract?.years).toBe(3);
    expect(facts.contract.extension).toMatchObject({ times: 1, maxYears: 3 });
    expect(facts.contract.probation?.months).toBe(6);
  });

  it("reports the annex parts it does not have", () => {
    expect(missing).toEqual(expect.arrayContaining(["eligibility.citizenship", "underRepresented", "selection.panel", "recruitment.medical"]));
  });
});

describe("importNotice(a text that is not a notice)", () => {
  const { result, facts } = load("not-a-notice.txt");

  it("is not a notice: nothing found, every fact reported missing, no id", () => {
    expect(result.isNotice).toBe(false);
    expect(result.id).toBeUndefined();
    expect(result.found).toEqual([]);
    expect(facts.deadline).toBeUndefined();
    expect(renderReport(result)).toContain("does not look like a vacancy notice");
  });

  it.each(["", "   \n\n", "ANNEX\n\n- \n\n➤", "Deadline: 32.13.2025 - 25.00 (Atlantis time)", "x".repeat(50_000)])("never throws (%#)", (text) => {
    expect(() => importNotice(text, { reference })).not.toThrow();
  });
});
