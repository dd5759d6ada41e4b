import { describe, expect, it } from "vitest";
import { readDeadline } from "../../src/import/dates.js";
import { readImportReference } from "../../src/import/import.js";
import { deadlineInstant } from "../../src/time/deadline.js";

const zones = readImportReference().zoneIndex;

describe("readDeadline", () => {
  it.each([
    ["Publication deadline: 20.10.2025 - 12.00 (Brussels time)", "2025-10-20T12:00", "Europe/Brussels"],
    ["Deadline: 20 October 2025 at 12:00 (midday) Brussels time", "2025-10-20T12:00", "Europe/Brussels"],
    ["Deadline for applications: 20/10/2025 at 12:00 (Brussels time)", "2025-10-20T12:00", "Europe/Brussels"],
    ["Closing date: 14 July 2026 at 12:00 (midday) Luxembourg time", "2026-07-14T12:00", "Europe/Luxembourg"],
    ["Deadline for applications: 15/01/2027, 13:00 CET", "2027-01-15T13:00", "Europe/Brussels"],
    ["Deadline: 12:00 noon on 3 March 2026 (Brussels local time)", "2026-03-03T12:00", "Europe/Brussels"],
    ["Applications must be received by 1 December 2025 at midnight, Brussels time", "2025-12-01T23:59", "Europe/Brussels"],
    ["Deadline: October 20, 2025, 5 p.m. (Lisbon time)", "2025-10-20T17:00", "Europe/Lisbon"],
    ["Deadline: 2025-10-20 12:00 UTC+1", "2025-10-20T12:00", "UTC+1"],
    ["Applications must be submitted no later than 28 May 2027 at noon (Brussels time)", "2027-05-28T12:00", "Europe/Brussels"],
    ["Closing date for applications: 5 February 2027 at 12:00 midday (Brussels time)", "2027-02-05T12:00", "Europe/Brussels"],
    ["Deadline: 14 April 2027, 23:59 hrs (Amsterdam time)", "2027-04-14T23:59", "Europe/Amsterdam"],
    ["Closing date: 30/09/2027 23:59 CEST", "2027-09-30T23:59", "Europe/Brussels"],
    ["Deadline for applications: 7 January 2027, 12:00 Central European Time", "2027-01-07T12:00", "Europe/Brussels"],
    ["Applications must be received by noon Brussels time on 3 February 2027.", "2027-02-03T12:00", "Europe/Brussels"],
  ])("readDeadline(%j) is %s in %s", (text, local, zone) => {
    expect(readDeadline(text, zones)).toMatchObject({ ok: true, local, zone });
  });

  it("keeps the wall-clock time the notice states, in summer time and in winter time", () => {
    const summer = readDeadline("Deadline: 14.07.2026 - 12.00 (Brussels time)", zones);
    const winter = readDeadline("Deadline: 15.01.2027 - 12.00 (Brussels time)", zones);
    if (!summer.ok || !winter.ok) throw new Error("not read");
    expect(deadlineInstant(summer).toUTC().toISO()).toBe("2026-07-14T10:00:00.000Z");
    expect(deadlineInstant(winter).toUTC().toISO()).toBe("2027-01-15T11:00:00.000Z");
  });

  it("reads a date without a time of day as that whole day in the zone it is given (the place of employment)", () => {
    const reading = readDeadline("Closing date: 12 March 2027", zones, { zone: "Europe/Malta", words: "Valletta" });
    expect(reading).toMatchObject({ ok: true, local: "2027-03-12", zone: "Europe/Malta", dateOnly: true });
    if (reading.ok) expect(deadlineInstant(reading).toUTC().toISO()).toBe("2027-03-12T22:59:59.999Z");
  });

  it.each([
    ["Deadline: 20/10/2025", /without a time of day/],
    ["Deadline: 20.10.2025 - 12.00", /does not say which time zone/],
    ["Deadline: 31.02.2026 - 12.00 (Brussels time)", /is not a date/],
    ["Deadline: soon", /no date/],
  ])("readDeadline(%j) is not read, and says why", (text, reason) => {
    const reading = readDeadline(text, zones);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toMatch(reason);
  });
});
