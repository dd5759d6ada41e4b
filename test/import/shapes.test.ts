// Notices of other shapes (test/fixtures/knowledge/shapes: Europol's numbered sections and key–value header,
// the EEAS's capital headings, the Council's Roman sections, EMA's Markdown table, the JRC's question headings,
// and an invented call with every kind of criterion) import with their own criteria, channels and deadline.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { importNotice, readImportReference, validateImport } from "../../src/import/import.js";
import { renderReport } from "../../src/import/report.js";
import { factsSchema, type Facts } from "../../src/knowledge/schema.js";
import { deadlineInstant } from "../../src/time/deadline.js";

const reference = readImportReference();
const dir = fileURLToPath(new URL("../fixtures/knowledge/shapes/", import.meta.url));
function load(id: string) {
  const result = importNotice(readFileSync(`${dir}${id}/notice.txt`, "utf8"), { id, reference });
  return { result, facts: factsSchema.parse(result.facts) as Facts };
}
const types = (f: Facts) => [...new Set(f.eligibility.criteria.map((c) => c.type))].sort();

describe.each([
  { id: "EUROPOL-2027-TA-AD6", utc: "2027-04-14T21:59:00.000Z", kinds: ["online"], allowed: "eu", types: ["citizenship", "condition", "education", "experience", "languages"] },
  { id: "EEAS-2027-CA-FGIV-NAIROBI", utc: "2027-02-05T11:00:00.000Z", kinds: ["email"], allowed: "eu", types: ["citizenship", "condition", "education", "experience", "languages", "status"] },
  { id: "COUNCIL-2027-AST3", utc: "2027-05-28T10:00:00.000Z", kinds: ["online"], allowed: undefined, types: ["education", "languages", "status"] },
  { id: "EMA-2027-TA-AD8", utc: "2027-09-30T21:59:00.000Z", kinds: ["online"], allowed: "eu-eea", types: ["age", "citizenship", "condition", "education", "experience", "languages"] },
  { id: "JRC-2027-GH-CAT30", utc: "2027-01-07T11:00:00.000Z", kinds: ["online"], allowed: "any", types: ["citizenship", "education", "languages"] },
  { id: "EUAT-2027-TA-07", utc: "2027-03-15T12:00:00.000Z", kinds: ["online"], allowed: "eu-eea", types: ["age", "citizenship", "education", "experience", "languages"] },
  { id: "EAP-2027-CA-03", utc: "2027-06-20T10:00:00.000Z", kinds: ["email"], allowed: "eu", types: ["citizenship", "education", "experience", "languages"] },
  { id: "SNE-2027-CLIMA-04", utc: "2027-02-03T11:00:00.000Z", kinds: ["intermediary"], allowed: "named", types: ["check", "citizenship", "experience", "languages", "status"] },
  { id: "EAES-2027-AST-009", utc: "2027-03-12T22:59:59.999Z", kinds: ["intermediary"], allowed: "named", types: ["age", "check", "citizenship", "condition", "education", "experience", "languages", "status"] },
])("importNotice($id)", ({ id, utc, kinds, allowed, types: expected }) => {
  const { result, facts } = load(id);

  it("validates as start-up validates knowledge", () => {
    expect(() => validateImport(result, reference)).not.toThrow();
  });

  it(`reads the deadline as the instant ${utc}`, () => {
    expect(deadlineInstant(facts.deadline!).toUTC().toISO()).toBe(DateTime.fromISO(utc, { zone: "UTC" }).toISO());
  });

  it(`types its eligibility criteria as ${expected.join(", ")}`, () => {
    expect(types(facts)).toEqual(expected);
  });

  it(`reads citizenship as ${allowed ?? "no rule of its own"}`, () => {
    expect(facts.eligibility.criteria.find((c) => c.type === "citizenship")?.type === "citizenship" ? (facts.eligibility.criteria.find((c) => c.type === "citizenship") as { allowed: string }).allowed : undefined).toBe(allowed);
  });

  it(`reads how to apply: ${kinds.join(", ")}`, () => {
    expect(facts.application.channels.map((c) => c.kind)).toEqual(kinds);
  });

  it("lists every criterion with its quote in the report", () => {
    const report = renderReport(result);
    for (const c of facts.eligibility.criteria.filter((x) => x.type !== "check")) expect(report).toContain(`criterion: ${c.type}`);
  });
});

describe("importNotice on the particulars of each shape", () => {
  it("Europol: 6 years after the diploma, 3 in the field; the 1 year of a 3-year degree is not counted twice", () => {
    const { facts } = load("EUROPOL-2027-TA-AD6");
    const exp = facts.eligibility.criteria.find((c) => c.type === "experience");
    expect(exp).toMatchObject({ minYears: 6, afterDiploma: true, part: { minYears: 3 } });
    const edu = facts.eligibility.criteria.find((c) => c.type === "education");
    expect(edu?.type === "education" && edu.routes.map((r) => [r.minYears, r.experienceYears, r.experienceIntegral])).toEqual([[4, undefined, undefined], [3, 1, true]]);
  });

  it("Europol: languages without CEFR levels; the only e-mail addresses are not for applications", () => {
    const { facts } = load("EUROPOL-2027-TA-AD6");
    const lang = facts.eligibility.criteria.find((c) => c.type === "languages");
    expect(lang?.type === "languages" && lang.requirements.map((r) => r.level ?? r.wording)).toEqual(["thorough knowledge", "satisfactory knowledge"]);
    expect(facts.application.refused?.kinds).toEqual(["email", "post"]);
    expect(facts.application.notForApplications.map((n) => n.value)).toEqual(["dpo@europol.europa.eu", "edps@edps.europa.eu"]);
    expect(facts.contract.renewal).toMatchObject({ times: 1, years: 5, indefiniteAfter: true });
    expect(facts.reserveList?.until).toBe("2028-12-31");
  });

  it("Council: officials of AST or laureates of the named competition; French or English", () => {
    const { facts } = load("COUNCIL-2027-AST3");
    const status = facts.eligibility.criteria.find((c) => c.type === "status");
    expect(status?.type === "status" && status.routes.map((r) => r.kind)).toEqual(["official", "laureate"]);
    const lang = facts.eligibility.criteria.find((c) => c.type === "languages");
    expect(lang?.type === "languages" && lang.requirements.map((r) => r.languages ?? r.level)).toEqual(["C1", "B2", ["French", "English"]]);
    expect(facts.selection.languageChoice).toBeDefined();
    expect(facts.reference?.value).toBe("27/AST/142");
    expect(facts.title?.value).toBe("Assistant – Financial Initiation and Contract Management (AST3)");
  });

  it("EMA: a net pay range as written, 40% in the office", () => {
    const { facts } = load("EMA-2027-TA-AD8");
    expect(facts.contract.salary).toMatchObject({ figures: ["EUR 9,000", "EUR 10,000"], basis: "net", range: true });
    expect(facts.telework?.minOfficeShare).toBe(40);
  });

  it("JRC: a grant that is no employment contract, 3 years in total", () => {
    const { facts } = load("JRC-2027-GH-CAT30");
    expect(facts.contract.notStaff?.quote).toMatch(/not an employment contract/);
    expect(facts.contract.renewal?.totalMaxYears).toBe(3);
    expect(facts.contract.extension).toBeUndefined();
  });

  it("a secondment: EFTA nationals, a public employer for 12 months, 'up to a total of 4 years', no written test", () => {
    const { facts } = load("SNE-2027-CLIMA-04");
    const c = facts.eligibility.criteria;
    expect(c.find((x) => x.type === "citizenship")).toMatchObject({ countries: ["IS", "LI", "NO", "CH"] });
    expect(c.find((x) => x.type === "status")).toMatchObject({ routes: [{ kind: "employer", months: 12 }] });
    expect(c.find((x) => x.type === "experience")).toMatchObject({ minYears: 3 });
    expect(facts.contract.renewal?.totalMaxYears).toBe(4);
    expect(facts.contract.firstContract?.years).toBe(2);
    expect(facts.selection.steps?.value).toEqual(["interview"]);
  });

  it("an invented call: a date without a time of day counts to the end of the day in the place's zone; an untypeable rule is kept", () => {
    const { result, facts } = load("EAES-2027-AST-009");
    expect(facts.deadline).toMatchObject({ local: "2027-03-12", zone: "Europe/Malta" });
    expect(result.unread.map((u) => u.quote)).toEqual(["hold a driving licence valid in the European Union."]);
    expect(renderReport(result)).toContain("Could not type");
  });
});
