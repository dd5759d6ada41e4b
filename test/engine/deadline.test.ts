// The deadline against the clock: zones named or known, daylight saving, the last minutes, after closing.
import { describe, expect, it } from "vitest";
import { botFor, fixtureKnowledgeDir, last, projectKnowledgeDir } from "../helpers/bot.js";

const cti = botFor(projectKnowledgeDir);
const jrc = botFor(fixtureKnowledgeDir, "JRC-LUX-2026-0042");
const before = "2025-10-06T08:00:00Z";

describe("deadline on the CTI notice (12:00 Brussels summer time, CEST)", () => {
  it("gives the date, the time and the zone, citing the notice", () => {
    const a = last(cti, "When is the deadline?", { now: before });
    expect(a.intent).toBe("deadline");
    expect(a.text).toContain("Monday 20 October 2025 at 12:00 Brussels time (CEST, UTC+02:00)");
    expect(a.citations[0]?.quote).toBe("Publication deadline: 20.10.2025 - 12.00 (Brussels time)");
  });

  it.each([
    ["Europe/Helsinki", "13:00"],
    ["Europe/Lisbon", "11:00"],
    ["UTC", "10:00"],
    ["America/New_York", "06:00"],
    ["Asia/Tokyo", "19:00"],
    ["Australia/Sydney", "21:00"],
  ])("converts to the channel's zone %s: %s", (zone, time) => {
    expect(last(cti, "What time is the deadline for me?", { now: before, zone }).text).toMatch(new RegExp(`that is Monday 20 October 2025 at ${time}`));
  });

  it.each([
    ["What time is the deadline in Tokyo?", "19:00"],
    ["I'm in Dublin, when do applications close?", "11:00"],
    ["deadline in UTC please", "10:00"],
    ["When's the closing date in UTC+3?", "13:00"],
    ["when is the deadline for someone in Munich", "12:00"],
    ["what's the deadline in New York time?", "06:00"],
  ])("reads a zone named in the question: %s", (q, time) => {
    expect(last(cti, q, { now: before }).text).toContain(time);
  });

  it("answers a zone follow-up and remembers the zone for later questions", () => {
    const answers = ["When do applications close?", "What time is that in Lisbon?", "How long do I have left?"];
    const a = last(cti, answers, { now: before });
    expect(a.text).toContain("Lisbon time");
  });

  it.each([
    ["2025-10-10T09:00:00Z", "10 days and 1 hour"],
    ["2025-10-20T09:30:00Z", "30 minutes"],
    ["2025-10-20T09:59:00Z", "1 minute"],
    ["2025-10-19T10:00:00Z", "1 day left"],
  ])("counts down at %s: %s", (now, left) => {
    const a = last(cti, "How much time is left?", { now });
    expect(a.text).toContain(left);
    expect(a.text).not.toMatch(/closed|no longer/);
  });

  it.each(["2025-10-20T10:00:00Z", "2026-11-27T12:00:00Z"])("is closed from the deadline's minute on (%s)", (now) => {
    const a = last(cti, "Can I still apply?", { now });
    expect(a.text).toMatch(/^No, applications closed on Monday 20 October 2025 at 12:00/);
    expect(a.text).toMatch(/after the deadline/);
  });
});

describe("yes or no first, when the question asks it", () => {
  it.each([
    ["Is it too late to apply?", "2025-10-20T09:00:00Z", /^No, it is not too late: applications are still open\./],
    ["Can I still apply?", "2025-10-20T09:00:00Z", /^Yes, you can still apply/],
    ["Is it too late to apply?", "2025-10-20T11:00:00Z", /^Yes, it is too late: applications closed on/],
    ["Have I missed the deadline?", "2025-10-21T08:00:00Z", /^Yes, it is too late/],
  ])("%s at %s", (q, now, lead) => {
    expect(last(cti, q, { now }).text).toMatch(lead);
  });
});

describe("deadline on the fixture notice (17:00 Luxembourg winter time, CET)", () => {
  it("states winter time and converts with the winter offset", () => {
    const a = last(jrc, "When is the deadline?", { now: "2026-01-10T08:00:00Z", zone: "America/New_York" });
    expect(a.text).toContain("Thursday 15 January 2026 at 17:00 Luxembourg time (CET, UTC+01:00)");
    expect(a.text).toContain("Thursday 15 January 2026 at 11:00");
  });

  it("counts real time across the change from summer to winter time", () => {
    // 18:00 CEST on 25 October 2025 to 17:00 CET on 15 January 2026: 82 days of real time exactly.
    const a = last(jrc, "How long do I have left?", { now: "2025-10-25T16:00:00Z" });
    expect(a.text).toContain("82 days left");
  });

  it("counts across the night the clocks go back", () => {
    // 01:00 CEST on 26 October is 23:00 UTC on the 25th; the deadline is 16:00 UTC on 15 January.
    const a = last(jrc, "How much time is left?", { now: "2025-10-25T23:00:00Z" });
    expect(a.text).toContain("81 days and 17 hours");
  });
});

describe("a closed deadline in the user's zone", () => {
  it("says what time it was there", () => {
    const a = last(cti, "When was the deadline?", { now: "2026-01-01T00:00:00Z", zone: "Europe/Helsinki" });
    expect(a.text).toContain("In Helsinki time that was Monday 20 October 2025 at 13:00");
  });
});
