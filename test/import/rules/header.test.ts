// The header rules: reference, title, directorate and service, domain, place, staff category, grades, posts.
import { describe, expect, it } from "vitest";
import { headerRules } from "../../../src/import/rules/header.js";
import { fieldsOf, read } from "./read.js";

describe("header rules", () => {
  it("reads the header block above a labelled reference: title, directorate and service", () => {
    const r = read(
      ["IT Security Officer", "", "Directorate-General for Digital Services CERT-EU of the European Commission", "", "Selection reference: DIGIT/COM/2025/1194", "Grade range: AD6-AD9", "Place of employment: Brussels.", "Staff category: Temporary agent - Administrator (AD)"].join("\n"),
      headerRules,
    );
    expect(r.facts).toMatchObject({
      reference: { value: "DIGIT/COM/2025/1194", quote: "Selection reference: DIGIT/COM/2025/1194" },
      title: { value: "IT Security Officer" },
      directorate: { value: "Directorate-General for Digital Services" },
      service: { value: "CERT-EU" },
      place: { value: "Brussels" },
      grades: { min: "AD6", max: "AD9" },
      staffCategory: { value: "Temporary agent", functionGroup: "Administrator (AD)", fixedTerm: true },
    });
  });

  it("reads the reference in a notice's numbered title line, and the title on the line after it", () => {
    const r = read("VACANCY NOTICE No 27/AST/142\nSecretary to the Director\n\nThe place of employment will be Thessaloniki.", headerRules);
    expect(r.facts).toMatchObject({ reference: { value: "27/AST/142" }, title: { value: "Secretary to the Director" }, place: { value: "Thessaloniki" } });
  });

  it("reads grades in a sentence, a range joined by a short word, and posts in words", () => {
    const r = read("Reference: EMA/2027/TA\n\nWHAT WE PROPOSE\n\nThe successful candidates will be recruited at grades AD 8 to 10. We are looking for two experts.", headerRules);
    expect(r.facts).toMatchObject({ grades: { min: "AD8", max: "AD10" }, posts: { value: 2 } });
  });

  it("says what it did not find, and quotes only the notice", () => {
    const r = read("Some text without any header.", headerRules);
    expect(fieldsOf(r.missing)).toEqual(["reference", "title", "directorate", "service", "domain", "place", "staffCategory", "grades", "posts"]);
    expect(r.found).toEqual([]);
  });

  it("records per rule the passage it read", () => {
    const r = read("Selection reference: EPSO/AD/400/27\nPlace of employment: Luxembourg", headerRules);
    expect(r.reads.find((x) => x.field === "reference")).toEqual({ field: "reference", outcome: "fact", quotes: ["Selection reference: EPSO/AD/400/27"] });
    expect(r.reads.find((x) => x.field === "place")).toEqual({ field: "place", outcome: "fact", quotes: ["Place of employment: Luxembourg"] });
    expect(r.reads.find((x) => x.field === "grades")).toEqual({ field: "grades", outcome: "nothing found", quotes: [] });
  });

  it("reads a label in the notice's own language from its lexicon", () => {
    const r = read("Lieu d'affectation : Luxembourg", headerRules, "fr");
    expect(r.facts).toMatchObject({ place: { value: "Luxembourg" } });
  });
});
