// Notices of shapes the samples lack, imported with no hand edits (test/fixtures/notices/new/): a Spanish call
// with a long deadline label and a reserve-list date, a German "STELLENAUSSCHREIBUNG" with an unlabelled title
// and reference and everything else in prose, a PDF copy with running headers and footers at page breaks and
// numbered capital headings run into their text, a careers web page, an Italian call with two profiles.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDeadline } from "../../src/import/dates.js";
import { readDocument } from "../../src/import/document.js";
import { importNotice, readImportReference } from "../../src/import/import.js";
import { dateWordsOf, zonesInLanguage } from "../../src/import/words.js";

const fixtures = fileURLToPath(new URL("../fixtures/notices/new/", import.meta.url));
const read = (name: string) => readFileSync(join(fixtures, name), "utf8");
const reference = readImportReference();
const imported = new Map<string, ReturnType<typeof importNotice>>();
const load = (name: string) => {
  if (!imported.has(name)) imported.set(name, importNotice(read(name), { reference }));
  return imported.get(name)!;
};
type Facts = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const facts = (name: string) => load(name).facts as Facts;

describe("a zone named by a place or a country another lexicon knows", () => {
  it.each([
    ["es", "Fecha límite: 15 de julio de 2027 a las 13:00 horas (hora de Alicante)", "2027-07-15T13:00", "Europe/Madrid"],
    ["en", "Closing date: 16 August 2027 at 12:00 noon (Irish time)", "2027-08-16T12:00", "Europe/Dublin"],
    ["de", "Bewerbungsschluss ist der 12. Oktober 2027 um 23:59 Uhr (Kölner Zeit).", "2027-10-12T23:59", "Europe/Berlin"],
  ])("%s: %s", (language, passage, local, zone) => {
    const zones = zonesInLanguage(reference.zoneIndex, reference.words, language);
    expect(readDeadline(passage, zones, undefined, dateWordsOf(reference.words, language))).toMatchObject({ ok: true, local, zone });
  });
});

describe("the deadline", () => {
  it("is read from a label that runs on before its colon, not from the reserve list's date", () => {
    expect(facts("euipo-ca-fgiv-es.txt").deadline).toMatchObject({ local: "2027-07-15T13:00", zone: "Europe/Madrid" });
  });

  it("is read from a German sentence with an ordinal day ('der 12. Oktober 2027'), which does not end the sentence", () => {
    expect(facts("easa-ta-ad7-de.txt").deadline).toMatchObject({ local: "2027-10-12T23:59", zone: "Europe/Berlin" });
    const doc = readDocument("Bewerbungsschluss ist der 12. Oktober 2027 um 23:59 Uhr. Danach nicht mehr.");
    expect(doc.units[0]!.sentences.map((s) => s.clean)).toEqual(["Bewerbungsschluss ist der 12. Oktober 2027 um 23:59 Uhr.", "Danach nicht mehr."]);
  });

  it("keeps the web page's own closing date, not the similar jobs'", () => {
    expect(facts("frontex-ca-fgiii-web.txt").deadline).toMatchObject({ local: "2027-09-20T23:59", zone: "Europe/Warsaw" });
  });
});

describe("an unlabelled reference and title", () => {
  it("reads a reference standing alone under the title ('EASA/TA/AD/2027/017'), and the title above it", () => {
    const f = facts("easa-ta-ad7-de.txt");
    expect(f.reference.value).toBe("EASA/TA/AD/2027/017");
    expect(f.title.value).toContain("Lufttüchtigkeitsnormen");
    expect(load("easa-ta-ad7-de.txt").isNotice).toBe(true);
  });

  it("reads a reference leading the title line, and the line's rest as the title", () => {
    const f = facts("etf-2profili-it.txt");
    expect(f.reference.value).toBe("ETF/REP/2027/05");
    expect(f.title.value).toContain("Agenti temporanei per due profili");
    expect(load("etf-2profili-it.txt").isNotice).toBe(true);
  });

  it("does not take a code without figures or a date for a reference", () => {
    const r = importNotice("EU-OSHA\n\nCOVID-19 guidance\n\n12/05/2027\n\nSome text.", { reference });
    expect(r.facts.reference).toBeUndefined();
  });
});

describe("a PDF copy", () => {
  const r = load("eurofound-sne-pdf.txt");

  it("drops the running header and footer at each page break, though no blank line surrounds them", () => {
    expect(r.dropped.filter((d) => d.kind === "page-furniture").map((d) => d.text)).toEqual(["Page 1 of 3", "Eurofound – Call for SNE – EF-SNE-2027-03", "Page 2 of 3", "Eurofound – Call for SNE – EF-SNE-2027-03", "Page 3 of 3"]);
    expect(r.text).toBe(read("eurofound-sne-pdf.txt"));
  });

  it("reads a numbered title in capitals run into its text as a heading, and the symbol-font bullets under it", () => {
    const doc = readDocument("3. ELIGIBILITY CRITERIA\nCandidates must:\n\u2022 be nationals of a Member State;\n\u2022 have three years of experience.");
    expect(doc.units.map((u) => u.kind)).toEqual(["heading", "paragraph", "bullet", "bullet"]);
    expect(readDocument("1. EU\nThe text.").units[0]!.kind).not.toBe("heading");
  });

  it("reads the deadline in Irish time and the criterion cut by the page break whole", () => {
    expect(r.facts.deadline).toMatchObject({ local: "2027-08-16T12:00", zone: "Europe/Dublin" });
    const experience = (r.facts.eligibility as Facts).experience;
    expect(experience?.quote ?? "").not.toContain("Page 1 of 3");
  });
});

describe("contract length, probation and grade stated only in prose, in the notice's language", () => {
  it.each([
    ["euipo-ca-fgiv-es.txt", 3, 6],
    ["easa-ta-ad7-de.txt", 5, 9],
    ["etf-2profili-it.txt", 5, 9],
    ["frontex-ca-fgiii-web.txt", 4, 9],
  ])("%s: a first contract of %i years, a probation of %i months", (name, years, months) => {
    const contract = facts(name).contract;
    expect(contract?.firstContract?.years).toBe(years);
    expect(contract?.probation?.months).toBe(months);
  });

  it("reads the grade named with the language's word ('Besoldungsgruppe AD7')", () => {
    expect(facts("easa-ta-ad7-de.txt").grades).toMatchObject({ min: "AD7", max: "AD7" });
  });
});

describe("pay and a common part in a notice with several profiles, in the notice's language", () => {
  it.each([
    ["euipo-ca-fgiv-es.txt", "4 166,55 EUR"],
    ["easa-ta-ad7-de.txt", "7 259,63 EUR"],
    ["frontex-ca-fgiii-web.txt", "EUR 3,955.18"],
  ])("%s: the salary figure stated in prose (%s), with the language's pay words, also on a page of plain titles", (name, figure) => {
    expect(facts(name).contract?.salary?.figures).toEqual([figure]);
  });

  it("reads the nationality rule under 'REQUISITI COMUNI' for both profiles, and each profile's own salary", () => {
    const f = facts("etf-2profili-it.txt");
    expect(f.eligibility.criteria.map((c: { type: string }) => c.type)).toContain("citizenship");
    expect(f.profiles.map((p: Facts) => [p.label, p.eligibility.criteria.some((c: { type: string }) => c.type === "citizenship"), p.contract?.salary?.figures])).toEqual([
      ["A", true, ["6 016,55 EUR"]],
      ["B", true, ["4 339,82 EUR"]],
    ]);
  });
});

describe("facts stated in prose (staff category, function group and grade, documents, no salary)", () => {
  it("reads the staff category and the grade a sentence gives, in German, English and French", () => {
    expect(facts("easa-ta-ad7-de.txt").staffCategory).toMatchObject({ value: expect.stringMatching(/auf Zeit$/), fixedTerm: true });
    expect(facts("frontex-ca-fgiii-web.txt").grades).toMatchObject({ min: "FG III (grade 8)" });
    expect(facts("era-ca-fgiii-fr.txt").staffCategory).toMatchObject({ value: "agent contractuel", fixedTerm: true });
    expect(facts("era-ca-fgiii-fr.txt").grades).toMatchObject({ min: "FG III (grade 9)" });
  });

  it("reads the documents a sentence or a list names", () => {
    expect(facts("frontex-ca-fgiii-web.txt").application.documents.value).toEqual(["CV", "motivation letter"]);
    expect(facts("era-ca-fgiii-fr.txt").application.documents.value).toEqual(["curriculum vitae", "lettre de motivation"]);
    expect(facts("eurofound-sne-pdf.txt").application.documents.value).toEqual([expect.stringMatching(/curriculum vitae/), expect.stringMatching(/employer/)]);
  });

  it("reads that a seconded expert's salary is not paid by the body", () => {
    expect(facts("eurofound-sne-pdf.txt").contract.unpaid.quote).toMatch(/does not pay a salary/);
    for (const name of ["easa-ta-ad7-de.txt", "frontex-ca-fgiii-web.txt", "euipo-ca-fgiv-es.txt", "era-ca-fgiii-fr.txt"]) expect(facts(name).contract.unpaid).toBeUndefined();
  });

  it("reads French routes of two levels joined by 'ou' as two routes", () => {
    const education = facts("era-ca-fgiii-fr.txt").eligibility.criteria.find((c: { type: string }) => c.type === "education");
    expect(education.routes).toMatchObject([{ level: "post-secondary" }, { level: "secondary", experienceYears: 3 }]);
  });
});
