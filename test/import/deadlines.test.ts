// Several closing dates: application windows and rolling cut-offs, read from a notice's words and answered
// as the one in force at `now`; dates, hours and zones in the notice's own language.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { createPlaceZones, readDaysOfYear, readDeadline, readWindow } from "../../src/import/dates.js";
import { importNotice, readImportReference } from "../../src/import/import.js";
import { dateWordsOf, readLanguageWords, zonesInLanguage } from "../../src/import/words.js";
import { deadlineInForce, factsAt, type Deadlines } from "../../src/time/deadline.js";

const reference = readImportReference();
const zones = createPlaceZones(reference.zones);
const languages = readLanguageWords();
const at = (iso: string) => DateTime.fromISO(iso, { zone: "utc" });

describe("dates in the notice's language", () => {
  it("reads a French deadline with its hour words and zone words", () => {
    const r = readDeadline("Date limite : 3 juin 2031 à 17 heures (heure de Bruxelles)", zonesInLanguage(zones, languages, "fr"), undefined, dateWordsOf(languages, "fr"));
    expect(r).toMatchObject({ ok: true, local: "2031-06-03T17:00", zone: "Europe/Brussels" });
  });

  it("reads a Spanish date with 'de' between its parts, and noon in words", () => {
    const r = readDeadline("Plazo: 9 de abril de 2031 a mediodía, hora de Madrid", zones, undefined, dateWordsOf(languages, "es"));
    expect(r).toMatchObject({ ok: true, local: "2031-04-09T12:00", zone: "Europe/Madrid" });
  });

  it("does not read 'full time' beside a place as a zone", () => {
    const r = readDeadline("Deadline: 02/07/2031 Location: Luxembourg Contract type: Permanent, full time", zones, undefined, dateWordsOf(languages, "en"));
    expect(r.ok).toBe(false);
  });

  it("reads a window and days of the year", () => {
    expect(readWindow("2 May 2031 – 30 May 2031, 17:00 (Lisbon time)", zones, dateWordsOf(languages, "en"))).toEqual({ opens: "2031-05-02", closes: "2031-05-30T17:00", zone: "Europe/Lisbon" });
    expect(readDaysOfYear("15 January, 15 May and 15 September of each year")).toEqual([
      { month: 1, day: 15 },
      { month: 5, day: 15 },
      { month: 9, day: 15 },
    ]);
  });
});

describe("the closing date in force", () => {
  const windows: Deadlines = {
    kind: "windows",
    zone: "Europe/Lisbon",
    windows: [
      { label: "autumn intake", opens: "2031-05-02", closes: "2031-05-30T17:00", quote: "row 1" },
      { label: "spring intake", opens: "2031-11-03", closes: "2031-11-28T17:00", quote: "row 2" },
    ],
    cutoffs: [],
    quote: "rows",
  };
  it("is the open window, then the next one (saying when it opens), then the last", () => {
    expect(deadlineInForce(windows, at("2031-05-10T12:00"))).toMatchObject({ local: "2031-05-30T17:00", label: "autumn intake" });
    expect(deadlineInForce(windows, at("2031-07-01T12:00"))).toMatchObject({ local: "2031-11-28T17:00", opens: "2031-11-03" });
    expect(deadlineInForce(windows, at("2032-01-01T12:00"))).toMatchObject({ local: "2031-11-28T17:00" });
  });

  const rolling: Deadlines = { kind: "rolling", zone: "Europe/Malta", windows: [], cutoffs: [{ month: 3, day: 31 }, { month: 9, day: 30 }], time: "23:59", final: "2032-09-30T23:59", quote: "cut-offs" };
  it("is the next cut-off, up to the final closing date", () => {
    expect(deadlineInForce(rolling, at("2031-04-02T12:00"))?.local).toBe("2031-09-30T23:59");
    expect(deadlineInForce(rolling, at("2031-10-02T12:00"))?.local).toBe("2032-03-31T23:59");
    expect(deadlineInForce(rolling, at("2032-09-01T12:00"))?.local).toBe("2032-09-30T23:59");
    expect(deadlineInForce(rolling, at("2033-01-01T12:00"))?.local).toBe("2032-09-30T23:59");
  });

  it("gives facts whose deadline is the one in force, the same object for the same date", () => {
    const facts = { deadline: { local: "2032-09-30T23:59", zone: "Europe/Malta", quote: "final" }, deadlines: rolling };
    const a = factsAt(facts, at("2031-04-02T12:00"));
    expect(a.deadline?.local).toBe("2031-09-30T23:59");
    expect(factsAt(facts, at("2031-04-03T12:00"))).toBe(a);
    expect(factsAt({ deadline: facts.deadline }, at("2031-04-02T12:00")).deadline).toBe(facts.deadline);
  });
});

describe("imports with several closing dates", () => {
  it("reads a table of windows into facts.deadlines, labelled by the period they are for", () => {
    const text = [
      "CALL FOR APPLICATIONS: ENGINEERING INTERNSHIPS",
      "",
      "Reference: XYZ/INT/2031",
      "Staff category: trainee",
      "",
      "PERIODS AND WINDOWS",
      "",
      "  Internship period                 Application window",
      "  1 September 2031 – 31 January 2032   2 May 2031 – 30 May 2031, 17:00 (Lisbon time)",
      "  1 March 2032 – 31 July 2032          3 November 2031 – 28 November 2031, 17:00 (Lisbon time)",
      "",
      "HOW TO APPLY",
      "",
      "Apply online through the internship portal.",
    ].join("\n");
    const r = importNotice(text, { reference, id: "XYZ" });
    expect(r.facts.deadlines).toMatchObject({ kind: "windows", zone: "Europe/Lisbon", windows: [{ opens: "2031-05-02", closes: "2031-05-30T17:00", label: "1 September 2031 – 31 January 2032" }, { closes: "2031-11-28T17:00" }] });
    expect(r.facts.deadline?.local).toBe("2031-11-28T17:00");
  });

  it("reads rolling cut-offs with the final closing date and the cut-offs' time", () => {
    const text = [
      "CALL FOR EXPRESSIONS OF INTEREST",
      "",
      "Reference: ABC/CEI/2031",
      "Place of employment: Valletta",
      "Grade: FG III",
      "Closing date: open until 30 September 2032",
      "Cut-off dates: 31 March and 30 September of each year",
      "",
      "Applications submitted by 23:59 (Valletta time) on a cut-off date are assessed in that round.",
    ].join("\n");
    const r = importNotice(text, { reference, id: "ABC" });
    expect(r.facts.deadlines).toMatchObject({ kind: "rolling", zone: "Europe/Malta", cutoffs: [{ month: 3, day: 31 }, { month: 9, day: 30 }], time: "23:59", final: "2032-09-30T23:59" });
    expect(r.facts.deadlines?.quote).toContain("open until 30 September 2032");
  });

  it("reads a French notice's language and header", () => {
    const text = "AVIS DE VACANCE\n\nRéférence : XYZ/2031/AD/04\nIntitulé du poste : Juriste\nGroupe de fonctions/grade : AD6 à AD8\nLieu d’affectation : Luxembourg\nDate limite : 3 juin 2031 à 12 heures (heure de Luxembourg)\n\nLes candidats doivent être ressortissants d’un des États membres de l’Union.";
    const r = importNotice(text, { reference, id: "XYZ" });
    expect(r.facts.language).toBe("fr");
    expect(r.facts.grades).toMatchObject({ min: "AD6", max: "AD8" });
    expect(r.facts.place?.value).toBe("Luxembourg");
    expect(r.facts.deadline).toMatchObject({ local: "2031-06-03T12:00", zone: "Europe/Luxembourg" });
  });
});
