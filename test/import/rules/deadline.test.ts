// The deadline rules: one deadline (with its zone, or the place's zone for a date alone), application windows and rolling cut-offs.
import { describe, expect, it } from "vitest";
import { deadlineRules } from "../../../src/import/rules/deadline.js";
import { headerRules } from "../../../src/import/rules/header.js";
import { fieldsOf, read } from "./read.js";

describe("deadline rules", () => {
  it("reads a labelled deadline with its time and zone", () => {
    const r = read("Deadline for applications: 20 October 2025 at 12:00 noon (Brussels time)", deadlineRules);
    expect(r.facts).toMatchObject({ deadline: { local: "2025-10-20T12:00", zone: "Europe/Brussels", quote: "Deadline for applications: 20 October 2025 at 12:00 noon (Brussels time)" } });
    expect(fieldsOf(r.missing)).toEqual([]);
  });

  it("reads a French deadline with the label, hour and zone words of the French lexicon", () => {
    const r = read("Date limite : 23 mars 2027 à 12 heures (heure de Luxembourg)", deadlineRules, "fr");
    expect(r.facts).toMatchObject({ deadline: { local: "2027-03-23T12:00", zone: "Europe/Luxembourg" } });
  });

  it("reads a date alone in the zone of the place of employment, for the whole day", () => {
    const r = read("Place of employment: Luxembourg\nDeadline: 7 June 2027", [...headerRules, ...deadlineRules]);
    expect(r.facts).toMatchObject({ deadline: { zone: "Europe/Luxembourg" } });
    expect((r.facts.deadline as { local: string }).local.startsWith("2027-06-07")).toBe(true);
    expect(r.found.find((f) => f.field === "deadline")?.value).toMatch(/the whole day/);
  });

  it("reads application windows, and the last window's closing as the deadline", () => {
    const r = read(
      [
        "  Traineeship period                        Application window",
        "  1 October 2027 – 29 February 2028         1 March 2027 – 31 March 2027, 23:59 (Brussels time)",
        "  1 March 2028 – 31 July 2028               1 October 2027 – 31 October 2027, 23:59 (Brussels time)",
      ].join("\n"),
      deadlineRules,
    );
    expect(r.facts.deadlines).toMatchObject({ kind: "windows", zone: "Europe/Brussels", windows: [{ opens: "2027-03-01", closes: "2027-03-31T23:59" }, { opens: "2027-10-01", closes: "2027-10-31T23:59" }] });
    expect(r.facts.deadline).toMatchObject({ local: "2027-10-31T23:59", zone: "Europe/Brussels" });
    expect(fieldsOf(r.missing)).toEqual([]);
  });

  it("reads rolling cut-offs up to the final closing date, at the cut-offs' time of day", () => {
    const r = read(
      [
        "Place of employment:       Valletta Harbour, Malta",
        "Closing date:              open until 31 December 2028",
        "Cut-off dates:             31 March, 30 June, 30 September and 31 December of each year",
        "",
        "Applications submitted by 23:59 (Valletta time) on a cut-off date are assessed in the round that closes on that date.",
      ].join("\n"),
      [...headerRules, ...deadlineRules],
    );
    expect(r.facts.deadlines).toMatchObject({ kind: "rolling", zone: "Europe/Malta", time: "23:59", final: "2028-12-31T23:59", cutoffs: [{ day: 31, month: 3 }, { day: 30, month: 6 }, { day: 30, month: 9 }, { day: 31, month: 12 }] });
    expect(r.facts.deadline).toMatchObject({ local: "2028-12-31T23:59", zone: "Europe/Malta" });
  });

  it("says why a deadline without a zone is not read, and leaves several closing dates unsaid", () => {
    const r = read("Deadline: 20 October 2025 at 12:00", deadlineRules);
    expect(r.facts.deadline).toBeUndefined();
    expect(r.missing).toEqual([expect.objectContaining({ field: "deadline", reason: expect.any(String) })]);
  });
});
