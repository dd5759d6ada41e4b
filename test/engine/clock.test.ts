// What the user says of the clock, against the deadline on the deadline's own date (issue 17): a time given in a
// zone ("my mail says 09:58 UTC"), an offset believed ("Brussels is UTC+1"), the clocks changing. The CTI notice's
// deadline is 20 October 2025 at 12:00 Brussels time, summer time (CEST, UTC+2); the clocks go back on 26 October.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { nextClockChange, readStatedClock, statedInstant } from "../../src/time/stated.js";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const cti = botFor(projectKnowledgeDir);
const before = "2025-10-06T08:00:00Z";
/** After the change to winter time: today Brussels is UTC+1, on the deadline's date it was UTC+2. */
const afterChange = "2025-10-28T09:00:00Z";

describe("stated clock facts (shapes only)", () => {
  it("reads a time followed by its zone, and an offset a place is said to be on", () => {
    const text = "brussels is utc+1 , so the deadline is 11:00 utc , correct?";
    const places = [{ zone: "Europe/Brussels", start: 0, end: 8 }, { zone: "UTC", start: text.indexOf("utc ,"), end: text.indexOf("utc ,") + 3 }];
    const c = readStatedClock(text, places, false)!;
    expect(c.offsets).toEqual([{ zone: "Europe/Brussels", offset: "UTC+1" }]);
    expect(c.times).toEqual([{ hour: 11, minute: 0, zone: "UTC" }]);
  });

  it("takes a stated time on the deadline's date in that zone", () => {
    const deadline = DateTime.fromISO("2025-10-20T12:00", { zone: "Europe/Brussels" });
    expect(statedInstant({ hour: 9, minute: 58, zone: "UTC" }, deadline).toUTC().toISO()).toBe("2025-10-20T09:58:00.000Z");
  });

  it("finds the clock change from the zone rules, never written down", () => {
    const change = nextClockChange("Europe/Brussels", DateTime.fromISO(before));
    expect(change?.at.toUTC().toISO()).toBe("2025-10-26T01:00:00.000Z");
    expect([change?.from, change?.to]).toEqual([120, 60]);
    expect(nextClockChange("Asia/Tokyo", DateTime.fromISO(before))).toBeUndefined();
  });
});

describe("a time the user gives, compared with the deadline on its own date", () => {
  it.each([
    ["en", "The deadline was 12:00 Brussels time - what was that in UTC? my sent mail says 09:58 UTC", /2 minutes before the deadline \(10:00 UTC\): in time/],
    ["fr", "La date limite était à 12h00 heure de Bruxelles, mon e-mail est parti à 09:58 UTC, c'était dans les temps ?", /2 minutes avant la date limite \(10:00 UTC\)/],
    ["de", "Meine Mail ging um 09:58 UTC raus, war das noch vor der Frist?", /2 Minuten vor dem Fristende \(10:00 UTC\)/],
    ["it", "La mia email è partita alle 09:58 UTC, ero in tempo?", /2 minuti prima della scadenza \(10:00 UTC\)/],
  ])("%s: after the change to winter time, the deadline was still 10:00 UTC", (_, q, says) => {
    const a = last(cti, q, { now: afterChange });
    expect(a.intent).toBe("deadline");
    expect(a.text).toMatch(says);
    expect(a.text).not.toMatch(/11:00 UTC/);
  });

  it("a time after the deadline is said to be too late", () => {
    expect(last(cti, "I sent it at 10:30 UTC on the day, was that ok?", { now: afterChange }).text).toMatch(/30 minutes after the deadline \(10:00 UTC\): too late/);
  });
});

describe("an offset the user believes, on the deadline's date", () => {
  it.each([
    ["en", "Brussels is UTC+1, so the deadline is 11:00 UTC, correct?", /^No\b/],
    ["fr", "Bruxelles est en UTC+1, donc la date limite est à 11h00 UTC, c'est bien ça ?", /^Non\b/],
    ["es", "Bruselas está en UTC+1, así que el plazo termina a las 11:00 UTC, ¿verdad?", /^No\b/],
    ["pl", "Bruksela to UTC+1, więc termin mija o 11:00 UTC, prawda?", /^Nie\b/],
  ])("%s: a wrong offset is answered No first, with the offset of that date and the deadline in UTC", (_, q, first) => {
    const a = last(cti, q, { now: before });
    expect(a.intent).toBe("deadline");
    expect(a.text).toMatch(first);
    expect(a.text).toMatch(/UTC\+02:00/);
    expect(a.text).toMatch(/\b10:00 UTC\b/);
  });

  it("a right offset is not contradicted", () => {
    const a = last(cti, "Brussels is UTC+2 on that day, so the deadline is 10:00 UTC?", { now: before });
    expect(a.text).not.toMatch(/^No\b/);
    expect(a.text).toMatch(/exactly the deadline/);
  });
});

describe("the clocks changing", () => {
  it.each([
    ["en", "the clocks go back at the end of october - does that change the deadline time?", /26 October 2025[\s\S]*after the deadline: the change does not affect it/],
    ["de", "Ändert die Zeitumstellung Ende Oktober etwas an der Frist?", /26\. Oktober 2025[\s\S]*nach dem Fristende/],
    ["nl", "Verandert de overgang naar wintertijd eind oktober iets aan de deadline?", /26 oktober 2025[\s\S]*na de deadline/],
    ["el", "Η αλλαγή ώρας στο τέλος Οκτωβρίου αλλάζει την προθεσμία;", /26 Οκτωβρίου 2025[\s\S]*μετά την προθεσμία/],
  ])("%s: the change after the deadline does not move it (dates from the zone rules)", (_, q, says) => {
    const a = last(cti, q, { now: before });
    expect(a.intent).toBe("deadline");
    expect(a.text).toMatch(says);
    expect(a.text).toMatch(/CEST, UTC\+02:00/);
  });
});
