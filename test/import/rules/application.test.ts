// The application rules: the address, the reference in the subject, the documents, the single-PDF rule, late applications.
import { describe, expect, it } from "vitest";
import { applicationRules } from "../../../src/import/rules/application.js";
import { headerRules } from "../../../src/import/rules/header.js";
import { fieldsOf, read } from "./read.js";

const notice = [
  "Selection reference: DIGIT/COM/2025/1194",
  "",
  "HOW TO APPLY",
  "",
  "Please send your application to secretariat@cert.europa.eu, indicating the reference DIGIT/COM/2025/1194 in the subject of the e-mail.",
  "",
  "The application must include the following documents, in this order:",
  "- your CV;",
  "- completed application form.",
  "",
  "All documents must be sent in a single PDF file. No applications will be accepted after the deadline.",
  "For questions, contact info@cert.europa.eu.",
].join("\n");

describe("application rules", () => {
  it("reads the address, the subject's reference, the documents in order and the two rules", () => {
    const r = read(notice, [...headerRules, ...applicationRules]);
    expect(r.facts.application).toMatchObject({
      address: { value: "secretariat@cert.europa.eu" },
      subjectReference: { value: "DIGIT/COM/2025/1194" },
      documents: { value: ["your CV", "completed application form"] },
      singlePdf: { quote: "All documents must be sent in a single PDF file." },
      noLateApplications: { quote: "No applications will be accepted after the deadline." },
    });
  });

  it("reads the documents named in the sentence that sends them", () => {
    const r = read("HOW TO APPLY\n\nCandidates should send their CV and motivation letter to jobs@example.europa.eu.", applicationRules);
    expect(r.facts.application).toMatchObject({ address: { value: "jobs@example.europa.eu" }, documents: { value: ["CV", "motivation letter"] } });
  });

  it("does not take an address for questions as the one applications go to", () => {
    const r = read("HOW TO APPLY\n\nFor questions, contact info@example.europa.eu.", applicationRules);
    expect(fieldsOf(r.missing)).toContain("application.address");
  });
});
