// Importing the CTI notice reproduces the curated facts file: every value, year, level and list agrees.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultKnowledgeDir } from "../../src/knowledge/load.js";
import { factsSchema, type Facts } from "../../src/knowledge/schema.js";
import { comparable } from "../../src/knowledge/text.js";
import { importNotice, readImportReference, validateImport } from "../../src/import/import.js";
import { renderReport } from "../../src/import/report.js";

const folder = join(defaultKnowledgeDir, "DIGIT-COM-2025-1194");
const text = readFileSync(join(folder, "notice.txt"), "utf8");
const curated = factsSchema.parse(JSON.parse(readFileSync(join(folder, "facts.json"), "utf8")));
const reference = readImportReference();
const result = importNotice(text, { reference });
const imported: Facts = factsSchema.parse(result.facts);

/** The facts with every quote taken out: what is left are the values, years, levels and lists. */
function values(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(values);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "quote").map(([k, v]) => [k, values(v)]));
  return value;
}

/** Two quotes are the same passage when one holds the other (markup removed, white space folded). */
function samePassage(a: string, b: string): boolean {
  const [x, y] = [comparable(a), comparable(b)];
  return x.includes(y) || y.includes(x);
}

describe("importNotice(the CTI notice)", () => {
  it("validates as start-up validates knowledge", () => {
    expect(() => validateImport(result, reference)).not.toThrow();
  });

  it("takes the id from the selection reference", () => {
    expect(result.id).toBe("DIGIT-COM-2025-1194");
    expect(result.isNotice).toBe(true);
  });

  it.each([
    "reference", "title", "directorate", "service", "domain", "place", "staffCategory", "grades", "posts", "deadline",
    "application", "contract", "selection", "recruitment", "underRepresented",
  ] as const)("agrees with the curated %s", (key) => {
    expect(values(imported[key])).toEqual(values(curated[key]));
  });

  it("agrees with the curated eligibility: every criterion, level, year and condition", () => {
    expect(values(imported.eligibility)).toEqual(values(curated.eligibility));
  });

  it("finds the same assets with the same minimum years", () => {
    expect(imported.assets.map((a) => a.minYears)).toEqual(curated.assets.map((a) => a.minYears));
    imported.assets.forEach((a, i) => expect(samePassage(a.quote, curated.assets[i]!.quote)).toBe(true));
  });

  it("quotes the same passages for each passage-only fact", () => {
    const pairs: [string | undefined, string | undefined][] = [
      [imported.application.singlePdf?.quote, curated.application.singlePdf?.quote],
      [imported.application.noLateApplications?.quote, curated.application.noLateApplications?.quote],
      [imported.eligibility.citizenship?.quote, curated.eligibility.citizenship?.quote],
      [imported.eligibility.when?.quote, curated.eligibility.when?.quote],
      [imported.eligibility.diplomaRecognition?.quote, curated.eligibility.diplomaRecognition?.quote],
      [imported.contract.type?.quote, curated.contract.type?.quote],
      [imported.contract.grading?.quote, curated.contract.grading?.quote],
      [imported.contract.pay?.quote, curated.contract.pay?.quote],
      [imported.contract.tax?.quote, curated.contract.tax?.quote],
      [imported.selection.panel?.quote, curated.selection.panel?.quote],
      [imported.selection.onlyShortlistedNotified?.quote, curated.selection.onlyShortlistedNotified?.quote],
      [imported.recruitment.evidence?.quote, curated.recruitment.evidence?.quote],
      [imported.recruitment.vetting?.quote, curated.recruitment.vetting?.quote],
      [imported.underRepresented?.noReservation?.quote, curated.underRepresented?.noReservation?.quote],
    ];
    for (const [mine, theirs] of pairs) {
      expect(mine && theirs && samePassage(mine, theirs), `${mine} ≠ ${theirs}`).toBe(true);
    }
  });

  it("reads the same duties, knowledge, skills and benefits, one passage each", () => {
    const same = (a: { quote: string }[] = [], b: { quote: string }[] = []) => {
      expect(a.length).toBe(b.length);
      a.forEach((p, i) => expect(samePassage(p.quote, b[i]!.quote), p.quote).toBe(true));
    };
    same(imported.role?.duties, curated.role?.duties);
    same(imported.profile?.knowledge, curated.profile?.knowledge);
    same(imported.profile?.skills, curated.profile?.skills);
    same(imported.benefits, curated.benefits);
  });

  it("covers every curated passage of the role summary and of the service", () => {
    for (const p of [...(curated.role?.summary ?? []), ...curated.about])
      expect([...(imported.role?.summary ?? []), ...imported.about].some((q) => samePassage(q.quote, p.quote)), p.quote).toBe(true);
  });

  it("reports every fact with its quote and lists what it did not find", () => {
    const report = renderReport(result);
    expect(report).toContain("Import of a notice: DIGIT-COM-2025-1194");
    expect(report).toContain("✓ deadline (deadline): 2025-10-20 12:00 Europe/Brussels");
    expect(report).toContain("“Publication deadline: 20.10.2025 - 12.00 (Brussels time)”");
    expect(report).toContain("✗ eligibility.experience");
    // What the CTI notice does not hold: an experience criterion, selection criteria, a refused channel, a salary figure, a list of selection steps, a reserve list.
    expect(result.missing.map((m) => m.field).sort()).toEqual(["application.refused", "contract.salary", "eligibility.experience", "reserveList", "selection.steps", "selectionCriteria"]);
  });

  it("types every eligibility criterion and leaves no passage untyped", () => {
    expect(imported.eligibility.criteria.map((c) => c.type)).toEqual(["citizenship", "condition", "condition", "condition", "education", "languages"]);
    expect(result.unread).toEqual([]);
    expect(renderReport(result)).toContain("✓ eligibility.criteria (criterion: languages): C1 in an official EU language; B2 in an official EU language");
  });
});
