// The normalisation stage: PDF and web-page remnants out, words rejoined, every character mapped back to
// the notice as published so that quotes stay verbatim.
import { describe, expect, it } from "vitest";
import { normalizeNotice, originalSlice } from "../../src/import/normalize.js";
import { furnitureOf, readLanguageWords } from "../../src/import/words.js";

const furniture = furnitureOf(readLanguageWords());
const footer = (n: number) => `\n\n                              ABC/2027/07 – page ${n}/4\n\n`;

describe("normalizeNotice", () => {
  const pdf = [
    "Education: a level of secondary education giving access to post-",
    "secondary education, followed by 3 years of profes-",
    "sional experience.",
    footer(1),
    "A selection board checks the eligibility of the can-",
    footer(2),
    "didates. A post is offered to one of them. They can do more.",
    footer(3),
    "\uF0B7 draft press releases;",
    "\uF0B7 manage social media.",
    footer(4),
  ].join("\n");
  const n = normalizeNotice(pdf, furniture);

  it("drops running footers and joins words split across lines, also across a footer", () => {
    expect(n.text).not.toContain("page 2/4");
    expect(n.text).toContain("professional experience");
    expect(n.text).toContain("eligibility of the candidates.");
    expect(n.dropped.filter((d) => d.kind === "page-furniture")).toHaveLength(4);
  });

  it("keeps the hyphen of a real compound whose halves are words of the notice", () => {
    expect(n.text).toContain("post-secondary education");
    expect(n.joined).toContain("post-secondary");
  });

  it("reads symbol-font bullets as bullets", () => {
    expect(n.text).toMatch(/^• draft press releases;$/m);
    expect(n.text).toMatch(/^• manage social media\.$/m);
  });

  it("maps every slice back to the notice as published", () => {
    const at = n.text.indexOf("professional experience");
    expect(originalSlice(pdf, n, at, at + "professional experience".length)).toBe("profes-\nsional experience");
    const c = n.text.indexOf("candidates");
    expect(originalSlice(pdf, n, c, c + 10)).toContain("ABC/2027/07 – page 2/4");
  });

  it("drops web-page furniture, menus, cookie banners and the list of other jobs, but not a table's header", () => {
    const page = [
      "Skip to main content",
      "",
      "We use cookies to improve the site. Accept all cookies or set your cookie preferences.",
      "",
      "Home  >  Careers  >  Jobs  >  Data Officer",
      "",
      "Data Officer",
      "",
      "Profile   Grade    Posts",
      "A         AD7      1",
      "",
      "Deadline for applications: 02/07/2027",
      "",
      "Apply now",
      "",
      "Similar jobs",
      "",
      "Legal Officer",
      "Deadline for applications: 15/07/2027",
    ].join("\n");
    const w = normalizeNotice(page, furniture);
    expect(w.text).not.toMatch(/Skip to main|cookies|Careers|Apply now|15\/07\/2027|Similar jobs/);
    expect(w.text).toContain("Profile   Grade    Posts");
    expect(w.text).toContain("Deadline for applications: 02/07/2027");
    expect(w.dropped.map((d) => d.kind)).toEqual(["web-furniture", "cookie-banner", "menu", "web-furniture", "other-jobs", "other-jobs"]);
  });
});
