// Markdown notices keep their sections, and a table row reads as its label and value (issue 21, item 5).
import { describe, expect, it } from "vitest";
import { findSection, quoteAsWritten, splitSections } from "../../src/knowledge/sections.js";

const md = [
  "# Vacancy Notice – Senior Engineer (M/F)",
  "",
  "| Reference | Grade | Place |",
  "|---|---|---|",
  "| XYZ/AD/1 | Temporary agent AD8 | Barcelona, Spain |",
  "",
  "## The post",
  "You will follow up the manufacturing of large components.",
  "",
  "## Eligibility criteria",
  "",
  "### Languages",
  "- a thorough knowledge (at least level C1) of one official language;",
  "",
  "## Selection criteria",
  "",
  "| Essential | Advantageous |",
  "|---|---|",
  "| Five years of experience | A PhD |",
].join("\n");

describe("splitSections on a Markdown notice", () => {
  const sections = splitSections(md);

  it("makes a section of every heading, the sub-headings under their parent, the title before the first ##", () => {
    expect(sections.map((s) => s.heading)).toEqual(["Vacancy Notice – Senior Engineer (M/F)", "The post", "Eligibility criteria › Languages", "Selection criteria"]);
  });

  it("reads a table row as its cells under their column names", () => {
    expect(sections[0]!.paragraphs).toEqual(["Reference: XYZ/AD/1 · Grade: Temporary agent AD8 · Place: Barcelona, Spain"]);
    expect(sections[3]!.paragraphs).toEqual(["Essential: Five years of experience · Advantageous: A PhD"]);
  });

  it("finds the section of a quote that is a raw table row, and cites the row as the notice writes it (issue 18)", () => {
    const quote = "| XYZ/AD/1 | Temporary agent AD8 | Barcelona, Spain |";
    const section = findSection(sections, quote);
    expect(section?.heading).toBe("Vacancy Notice – Senior Engineer (M/F)");
    expect(quoteAsWritten(section, quote)).toBe("XYZ/AD/1 | Temporary agent AD8 | Barcelona, Spain");
    expect(quoteAsWritten(findSection(sections, "You will follow up"), "You will follow up")).toBe("You will follow up");
  });

  it("cites a row quoted as read (its cells under their column names) as written, and a quote of the header and the row as the row", () => {
    const words = "Reference: XYZ/AD/1 · Grade: Temporary agent AD8 · Place: Barcelona, Spain";
    expect(quoteAsWritten(findSection(sections, words), words)).toBe("XYZ/AD/1 | Temporary agent AD8 | Barcelona, Spain");
    const whole = "| Reference | Grade | Place |\n|---|---|---|\n| XYZ/AD/1 | Temporary agent AD8 | Barcelona, Spain |";
    expect(quoteAsWritten(findSection(sections, whole), whole)).toBe("XYZ/AD/1 | Temporary agent AD8 | Barcelona, Spain");
  });
});
