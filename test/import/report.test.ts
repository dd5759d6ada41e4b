// The import report for a person (issue 21, item 4): in words, what to check by hand first, what was read
// (most important first), what the notice does not mention; the field-by-field detail after it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importNotice, readImportReference } from "../../src/import/import.js";
import { renderReport, subjectInWords, valueInWords } from "../../src/import/report.js";

const cti = fileURLToPath(new URL("../../knowledge/DIGIT-COM-2025-1194/notice.txt", import.meta.url));

describe("renderReport for a person", () => {
  const report = renderReport(importNotice(readFileSync(cti, "utf8"), { reference: readImportReference() }));
  const people = report.slice(0, report.indexOf("In detail"));

  it("opens with a summary in words that keeps what the notice lacks apart from what needs a check", () => {
    expect(people).toMatch(/^Import of a notice: DIGIT-COM-2025-1194\n\nIn short: \d+ facts read from the notice; (?:nothing|\d+ passages?) to check by hand;? \d+ usual subjects? the notice does not mention\./);
    expect(people).not.toMatch(/not found/);
  });

  it("lists what was read in words, the deadline first, with no field names or codes", () => {
    const read = people.slice(people.indexOf("Read from the notice, most important first:")).split("\n").filter((l) => l.startsWith("  • "));
    expect(read[0]).toMatch(/^  • Deadline: 2025-10-20 12:00/);
    expect(read.join("\n")).toContain("  • Eligibility, citizenship: nationals of an EU member state");
    for (const line of read) expect(line).not.toMatch(/eligibility\.criteria|criterion:|\(passage\)|\b\d+y\b/);
  });

  it("keeps the field-by-field detail after the words", () => {
    expect(report.indexOf("✓ deadline (deadline): 2025-10-20 12:00 Europe/Brussels")).toBeGreaterThan(report.indexOf("In detail"));
  });
});

describe("the report's words", () => {
  it.each([
    ["eu", "nationals of an EU member state"],
    ["eu-eea + NO, IS, LI", "nationals of an EU or EEA state, and of Norway, Iceland, Liechtenstein"],
    ["university 4y OR university 3y OR doctorate", "university 4 years, or university 3 years, or doctorate"],
    ["1×, 5 years each, then indefinite", "once, 5 years each, then indefinite"],
  ])("valueInWords(%j) is %j", (value, words) => {
    expect(valueInWords(value)).toBe(words);
  });

  it.each([
    [{ field: "eligibility.criteria", label: "criterion: condition" }, "Eligibility condition"],
    [{ field: "eligibility.criteria", label: "criterion: languages" }, "Eligibility, languages"],
    [{ field: "grades", label: "grade range" }, "Grade range"],
  ])("subjectInWords(%j) is %j", (f, words) => {
    expect(subjectInWords(f)).toBe(words);
  });
});

describe("renderReport --rules", () => {
  const result = importNotice(readFileSync(cti, "utf8"), { reference: readImportReference() });

  it("ends with every rule, in the order they ran, and the passage each read", () => {
    const report = renderReport(result, { rules: true });
    const rules = report.slice(report.indexOf("Rules, in the order they ran, and the passage each read:"));
    expect(rules).toMatch(/^Rules, in the order they ran, and the passage each read:\n✓ reference: fact\n {4}“Selection reference: DIGIT\/COM\/2025\/1194”/);
    expect(rules).toMatch(/✗ [\w.]+: nothing found/);
    expect(result.reads.map((r) => r.field)[0]).toBe("reference");
  });

  it("is left out unless asked for", () => {
    expect(renderReport(result)).not.toContain("Rules, in the order they ran");
  });
});
