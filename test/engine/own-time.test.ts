// "and if I send it at 11:30 my time?": a time on the user's own clock, with no place beside it, is read in the
// conversation's zone — the place stated earlier, or the zone the bot is given — and set against the deadline on
// its own date (11:30 London on 20 October is 12:30 Brussels: too late). The words of one's own clock are data
// (words.json `ownTime`) in every language; with no zone known, the bot asks where the user is.
import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { botFor, converse, projectKnowledgeDir } from "../helpers/bot.js";
import { OWN_ZONE, readStatedClock } from "../../src/time/stated.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("a time on the user's own clock", () => {
  it.each([
    ["en", "What's the deadline?", "and if I send it at 11:30 my time?", "too late"],
    ["fr", "Quelle est la date limite ?", "et si je l'envoie à 11h30 mon heure ?", "trop tard"],
    ["de", "Bis wann läuft die Frist?", "und wenn ich um 11:30 meiner Zeit schicke?", "zu spät"],
    ["it", "Qual è la scadenza?", "e se invio alle 11:30 ora mia?", "troppo tardi"],
    ["pl", "Jaki jest termin?", "a jak wyślę o 11:30 mojego czasu?", "za późno"],
  ])("%s: read in the zone the bot is given (London)", (_lang, first, second, late) => {
    const text = converse(bot, [first, second], { now, zone: "Europe/London" }).at(-1)!.text;
    expect(text).toContain("11:30");
    expect(text).toContain(late);
  });
  it("read in the place stated earlier in the conversation", () => {
    const text = converse(bot, ["I'm in Dublin", "What's the deadline?", "would 11:15 my time be ok?"], { now }).at(-1)!.text;
    expect(text).toContain("15 minutes after the deadline");
  });
  it("in time where the zone is ahead of Brussels", () => {
    const text = converse(bot, ["What's the deadline?", "and at 11:30 my time?"], { now, zone: "Europe/Helsinki" }).at(-1)!.text;
    expect(text).toContain("before the deadline");
  });
  it("with no zone known, asks where the user is instead of guessing", () => {
    const text = converse(bot, ["What's the deadline?", "and at 11:30 my time?"], { now }).at(-1)!.text;
    expect(text).toContain("Tell me where you are");
    expect(text).not.toContain("too late");
  });
  it("the reader marks the time as the user's own, a place beside it still wins", () => {
    const own = readStatedClock("at 11:30 my time", [{ zone: OWN_ZONE, start: 9, end: 16 }], false);
    expect(own?.times).toEqual([{ hour: 11, minute: 30, zone: OWN_ZONE }]);
    const placed = readStatedClock("at 11:30 lisbon my time", [{ zone: "Europe/Lisbon", start: 9, end: 15 }, { zone: OWN_ZONE, start: 16, end: 23 }], false);
    expect(placed?.times[0]?.zone).toBe("Europe/Lisbon");
    expect(DateTime.fromISO(now).isValid).toBe(true);
  });
});
