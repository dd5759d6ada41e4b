// Clock facts a user states in a message: a time in a zone ("my mail says 09:58 UTC", "12:00 Brussels time"), an
// offset they believe a place is on ("Brussels is UTC+1"), and whether they speak of the clocks changing. Only the
// shapes of values are read here (a clock time, an offset); places are found by the caller from each language's
// names, the clock-change words come from each language's words.json. Every comparison takes the deadline's own
// date, never today's: an offset depends on the day (daylight saving time), which luxon knows.
import { DateTime } from "luxon";
import { offsetZone } from "./zones.js";

/** A time of day the user gives in a zone. */
export type StatedTime = { hour: number; minute: number; zone: string };
/** An offset the user says a place's zone is on ("Brussels is UTC+1"): the zone and the offset as luxon reads it ("UTC+1"). */
export type StatedOffset = { zone: string; offset: string };
export type StatedClock = { times: StatedTime[]; offsets: StatedOffset[]; change: boolean };

/**
 * The zone of a time stated on the user's own clock ("11:30 my time"): the conversation's zone, which the caller
 * knows (the place stated earlier, or the zone the engine is given), not the text.
 */
export const OWN_ZONE = "own";

/** A place found in the text, by character offsets (zone OWN_ZONE: the words of the user's own clock). */
export type PlaceAt = { zone: string; start: number; end: number };

const TIME = /(?<![\p{N}:.,])([01]?\d|2[0-3])[:.h]([0-5]\d)(?![\p{N}])/gu;
const OFFSET = /(?<![\p{L}])(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?(?![\p{N}])/giu;
/** At most this many words between a time and its zone ("12:00 heure de Bruxelles"), or a place and its offset ("Brussels is UTC+1"). */
const GAP_WORDS = 3;

const wordsBetween = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * The clock facts of a normalised message: each time followed (within a few words) by a zone, an offset or a place;
 * each place followed (within a few words, no time between) by an offset. `change` says the message names the
 * clocks changing (the caller's words).
 */
export function readStatedClock(text: string, places: PlaceAt[], change: boolean): StatedClock | undefined {
  const offsets = [...text.matchAll(OFFSET)].map((m) => ({ start: m.index, end: m.index + m[0].length, zone: offsetZone(m[0].replace(/\s+/g, "")) })).filter((o): o is { start: number; end: number; zone: string } => o.zone !== undefined);
  const timesAt = [...text.matchAll(TIME)].map((m) => ({ start: m.index, end: m.index + m[0].length, hour: Number(m[1]), minute: Number(m[2]) }));
  const zones = [...offsets, ...places].sort((a, b) => a.start - b.start);
  const times: StatedTime[] = [];
  for (const t of timesAt) {
    const next = zones.find((z) => z.start >= t.end && wordsBetween(text.slice(t.end, z.start)) <= GAP_WORDS && !timesAt.some((o) => o.start > t.end && o.start < z.start));
    if (next) times.push({ hour: t.hour, minute: t.minute, zone: next.zone });
  }
  const claimed: StatedOffset[] = [];
  for (const p of places) {
    const o = offsets.find((x) => x.start >= p.end && wordsBetween(text.slice(p.end, x.start)) <= GAP_WORDS && !timesAt.some((t) => t.start >= p.end && t.start < x.start));
    // A place whose own zone is a fixed offset (UTC) claims nothing; nor do the words of the user's own clock.
    if (o && !/^UTC/.test(p.zone) && p.zone !== OWN_ZONE) claimed.push({ zone: p.zone, offset: o.zone });
  }
  return times.length || claimed.length || change ? { times, offsets: claimed, change } : undefined;
}

/** The instant a stated time means: that time of day, in its zone, on the day the deadline falls on there. */
export function statedInstant(time: StatedTime, deadline: DateTime): DateTime {
  const day = deadline.setZone(time.zone);
  return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute }, { zone: time.zone });
}

/** The offset in minutes a fixed-offset zone name stands for ("UTC+1" → 60). */
export function offsetMinutes(offset: string): number {
  return DateTime.fromMillis(0, { zone: offset }).offset;
}

/** A change of a zone's offset (daylight saving time starting or ending), as the first instant on the new offset. */
export type ClockChange = { at: DateTime; from: number; to: number };

/**
 * The first change of `zone`'s offset after `from`, looked for up to a year ahead (undefined for a zone that keeps
 * one offset). Found day by day, then to the millisecond by halving: luxon knows the zone's rules, nothing is written down.
 */
export function nextClockChange(zone: string, from: DateTime): ClockChange | undefined {
  const start = from.setZone(zone);
  let before = start;
  for (let day = 1; day <= 370; day++) {
    const after = start.plus({ days: day });
    if (after.offset !== before.offset) {
      let lo = before.toMillis();
      let hi = after.toMillis();
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (DateTime.fromMillis(mid, { zone }).offset === before.offset) lo = mid;
        else hi = mid;
      }
      return { at: DateTime.fromMillis(hi, { zone }), from: before.offset, to: after.offset };
    }
    before = after;
  }
  return undefined;
}
