// Reading a deadline as notices write it: "20.10.2025 - 12.00 (Brussels time)",
// "20 October 2025 at 12:00 (midday) Luxembourg time", "20/10/2025, 23:59 CET", "12:00 noon on 20 October 2025".
// Every part must be in the words: a date without a time, or a time without a zone, is reported, not guessed.
import { DateTime } from "luxon";
import { createZoneIndex, isZone, offsetZone } from "../time/zones.js";
import type { DateWords } from "./words.js";
import { escapeRegExp as escapeRe } from "../text/regexp.js";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const monthName = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";

const datePatterns: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { re: /\b(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\b/, read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${monthName},?\\s+(\\d{4})\\b`, "i"),
    read: (m) => [Number(m[3]), monthOf(m[2]!), Number(m[1])],
  },
  {
    re: new RegExp(`\\b${monthName}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"),
    read: (m) => [Number(m[3]), monthOf(m[1]!), Number(m[2])],
  },
];

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRe).join("|");

/** "14 mai 2027", "14. Mai 2027", "14 de mayo de 2027", "1er mars 2027": a date in the notice's language's month names. */
function lexiconDate(words: DateWords | undefined): { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] } | undefined {
  const names = Object.keys(words?.months ?? {});
  if (!names.length) return undefined;
  const re = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|[\\p{Ll}º°]{1,3})?\\s+(?:\\p{Ll}{1,3}\\s+)?(${alternation(names)})\\.?,?\\s+(?:\\p{Ll}{1,3}\\s+)?(\\d{4})(?!\\d)`, "iu");
  return { re, read: (m) => [Number(m[3]), words!.months[m[2]!.toLowerCase()] ?? 0, Number(m[1])] };
}

/**
 * The year first, as Hungarian, Lithuanian and Latvian write a date: "2027. március 31.", "2027 m. kovo 31 d.",
 * "2027. gada 31. martā", in the notice's language's month names.
 */
function lexiconYearFirst(words: DateWords | undefined): { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] {
  const names = Object.keys(words?.months ?? {});
  if (!names.length) return [];
  const month = (m: string) => words!.months[m.toLowerCase()] ?? 0;
  return [
    {
      re: new RegExp(`(?<![\\p{L}\\d])(\\d{4})\\.?\\s+(?:\\p{Ll}{1,4}\\.\\s+)?(${alternation(names)})\\s+(\\d{1,2})(?!\\d)`, "iu"),
      read: (m) => [Number(m[1]), month(m[2]!), Number(m[3])],
    },
    {
      re: new RegExp(`(?<![\\p{L}\\d])(\\d{4})\\.\\s+\\p{Ll}{1,5}\\s+(\\d{1,2})\\.\\s+(${alternation(names)})(?!\\p{L})`, "iu"),
      read: (m) => [Number(m[1]), month(m[3]!), Number(m[2])],
    },
  ];
}

/** The date patterns: the figures and English names, then the notice's language's month names, day first and year first. */
function patternsFor(words: DateWords | undefined): { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] {
  const own = lexiconDate(words);
  return [...datePatterns, ...(own ? [own] : []), ...lexiconYearFirst(words)];
}

function monthOf(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
}

export type DeadlineReading =
  | { ok: true; local: string; zone: string; date: string; time: string; zoneWords: string; dateOnly?: boolean }
  | { ok: false; reason: string };

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The time of day in a passage with its date taken out; undefined when none is written. */
function readTime(s: string, words?: DateWords): { hour: number; minute: number } | undefined {
  const ampm = /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\.?(?=\W|$)/i.exec(s);
  if (ampm) {
    const h = Number(ampm[1]) % 12;
    return { hour: ampm[3]!.toLowerCase() === "p" ? h + 12 : h, minute: Number(ampm[2] ?? 0) };
  }
  const clock = /(?<![\d.:/])(\d{1,2})\s*[.:h]\s*(\d{2})(?![\d.:/])/i.exec(s);
  if (clock) return { hour: Number(clock[1]), minute: Number(clock[2]) };
  // "12 heures", "12 Uhr": a whole hour in the language's word for hours.
  const hours = words?.hours.filter((h) => h.length > 1);
  const whole = hours?.length ? new RegExp(`(?<![\\d.:/])(\\d{1,2})\\s*(?:${alternation(hours)})(?!\\p{L})`, "iu").exec(s) : null;
  if (whole) return { hour: Number(whole[1]), minute: 0 };
  if (/\b(?:midday|noon)\b/i.test(s)) return { hour: 12, minute: 0 };
  if (words?.noon.length && new RegExp(`(?<!\\p{L})(?:${alternation(words.noon)})(?!\\p{L})`, "iu").test(s)) return { hour: 12, minute: 0 };
  if (words?.midnight.length && new RegExp(`(?<!\\p{L})(?:${alternation(words.midnight)})(?!\\p{L})`, "iu").test(s)) return { hour: 23, minute: 59 };
  // "at midnight" on a day closes that day: the last minute of it.
  if (/\bmidnight\b/i.test(s)) return { hour: 23, minute: 59 };
  return undefined;
}

/** Place names and abbreviations → IANA zones: the zone database's cities plus knowledge/reference/zones.json. */
export type ZoneIndex = Map<string, string>;

export function createPlaceZones(places: Record<string, string>): ZoneIndex {
  return createZoneIndex(places);
}

/**
 * The zone of a place named in a passage, also in an inflected or adjectival form of its name: "Rigaer Zeit",
 * "Brysselin aikaa", "rigai idő" (the name followed by up to three letters of an ending).
 */
function zoneOfPlace(place: string, zones: ZoneIndex): string | undefined {
  const name = place.toLowerCase();
  const exact = zones.get(name);
  if (exact) return exact;
  for (let cut = 1; cut <= 3 && name.length - cut >= 4; cut++) {
    const zone = zones.get(name.slice(0, -cut));
    if (zone) return zone;
  }
  return undefined;
}

/** The zone a passage states: "(Brussels time)", "Luxembourg local time", "CET", "UTC+1". */
function readZone(s: string, zones: ZoneIndex, words?: DateWords): { zone: string; words: string } | undefined {
  const offset = /\b(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?/i.exec(s);
  if (offset) {
    const zone = offsetZone(offset[0]);
    if (zone) return { zone, words: offset[0] };
  }
  const placeTime = /((?:\p{Lu}[\p{L}'’-]*)(?:[ /-]\p{Lu}[\p{L}'’-]*)*)\s+(?:local\s+)?time\b/gu;
  for (const m of s.matchAll(placeTime)) {
    for (const place of [m[1]!, ...m[1]!.split(/[ /]/)]) {
      const zone = zones.get(place.toLowerCase());
      if (zone && isZone(zone)) return { zone, words: m[0] };
    }
  }
  // "(heure de Luxembourg)", "hora de Bruselas", "Vilnius time": a place next to the language's word for a zone's time.
  if (words?.zoneTime.length) {
    const w = alternation(words.zoneTime);
    // A place of two or three words ("tijd in Den Haag", "hora de Las Palmas") is tried whole before its first word.
    const name = `\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2}`;
    const near = new RegExp(`(?<!\\p{L})(?:${w})\\s+(?:\\p{Ll}{1,3}\\s+|\\p{Ll}{1,2}['’])?(${name})|(\\p{Lu}[\\p{L}'’-]+)\\s+(?:${w})(?!\\p{L})`, "giu");
    for (const m of s.matchAll(near)) {
      const place = m[1] ?? m[2]!;
      const parts = place.split(/\s+/);
      const tried = parts.map((_, n) => parts.slice(0, parts.length - n).join(" "));
      const zone = tried.map((t) => zoneOfPlace(t, zones)).find((z) => z && isZone(z));
      if (zone) return { zone, words: m[0] };
    }
  }
  for (const m of s.matchAll(/\b(CEST|CET|EEST|EET|WEST|WET|UTC|GMT|Central European(?: Summer)? Time)\b/g)) {
    const zone = zones.get(m[1]!.toLowerCase().replace(" summer", ""));
    if (zone && isZone(zone)) return { zone, words: m[0] };
  }
  return namedZone(s, zones, words);
}

/**
 * A zone named as the index names it (names.json `places` of the notice's language): an abbreviation in capitals
 * ("MESZ", "SEČ") or a phrase with the language's word for a zone's time ("czasu brukselskiego", "bruselského času").
 */
function namedZone(s: string, zones: ZoneIndex, words?: DateWords): { zone: string; words: string } | undefined {
  for (const m of s.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}{3,5})(?![\p{L}\p{N}])/gu)) {
    const zone = zones.get(m[1]!.toLowerCase());
    if (zone && isZone(zone) && zone.includes("/")) return { zone, words: m[0] };
  }
  if (!words?.zoneTime.length) return undefined;
  const folded = s.toLowerCase();
  const timeWord = new RegExp(`(?<!\\p{L})(?:${alternation(words.zoneTime.map((w) => w.toLowerCase()))})(?!\\p{L})`, "u");
  let best: { zone: string; words: string; at: number } | undefined;
  for (const [name, zone] of zones) {
    if (!name.includes(" ") || !timeWord.test(name)) continue;
    const at = folded.search(new RegExp(`(?<!\\p{L})${escapeRe(name)}(?!\\p{L})`, "u"));
    if (at >= 0 && isZone(zone) && (!best || name.length > best.words.length)) best = { zone, words: s.slice(at, at + name.length), at };
  }
  return best && { zone: best.zone, words: best.words };
}

/**
 * Reads the deadline in a passage; says which part is missing when it cannot. With `fallbackZone` (the zone
 * of the place of employment), a date given without a time of day is read as that whole day.
 */
export function readDeadline(s: string, zones: ZoneIndex, fallbackZone?: { zone: string; words: string }, words?: DateWords): DeadlineReading {
  for (const { re, read } of patternsFor(words)) {
    const m = re.exec(s);
    if (!m) continue;
    const [year, month, day] = read(m);
    const rest = s.slice(0, m.index) + " ".repeat(m[0].length) + s.slice(m.index + m[0].length);
    const time = readTime(rest, words);
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (!DateTime.fromISO(date).isValid) return { ok: false, reason: `"${m[0]}" is not a date` };
    if (!time) {
      const zone = readZone(rest, zones, words) ?? fallbackZone;
      if (!zone) return { ok: false, reason: `the date "${m[0]}" is given without a time of day, and no time zone` };
      return { ok: true, local: date, zone: zone.zone, date, time: "", zoneWords: zone.words, dateOnly: true };
    }
    if (time.hour > 23 || time.minute > 59) return { ok: false, reason: `the time in "${s.trim()}" is not a time of day` };
    const zone = readZone(rest, zones, words);
    if (!zone) return { ok: false, reason: `"${s.trim()}" does not say which time zone` };
    const local = `${date}T${pad(time.hour)}:${pad(time.minute)}`;
    if (!DateTime.fromISO(local, { zone: zone.zone }).isValid) return { ok: false, reason: `${local} does not exist in ${zone.zone}` };
    return { ok: true, local, zone: zone.zone, date, time: `${pad(time.hour)}:${pad(time.minute)}`, zoneWords: zone.words };
  }
  return { ok: false, reason: "no date" };
}

/** Every full date in a passage, in order, with where it stands: "1 March 2027 – 31 March 2027". */
export function readDates(s: string, words?: DateWords): { index: number; length: number; date: string }[] {
  const found: { index: number; length: number; date: string }[] = [];
  for (const { re, read } of patternsFor(words)) {
    const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    for (const m of s.matchAll(g)) {
      const [y, mo, d] = read(m as RegExpExecArray);
      const date = `${y}-${pad(mo)}-${pad(d)}`;
      if (!DateTime.fromISO(date).isValid) continue;
      if (found.some((f) => m.index! < f.index + f.length && f.index < m.index! + m[0].length)) continue;
      found.push({ index: m.index!, length: m[0].length, date });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * An application window: "1 March 2027 – 31 March 2027, 23:59 (Brussels time)": its opening date, its
 * closing date-time and zone. Undefined unless two dates, a time and a zone are written.
 */
export function readWindow(s: string, zones: ZoneIndex, words?: DateWords): { opens: string; closes: string; zone: string } | undefined {
  const dates = readDates(s, words);
  if (dates.length !== 2) return undefined;
  const [a, b] = dates as [{ index: number; length: number; date: string }, { index: number; length: number; date: string }];
  const between = s.slice(a.index + a.length, b.index);
  // "1 marca 2027 r. – 31 marca 2027 r.": a year's abbreviation may stand before the dash.
  if (!/^\s*(?:\p{Ll}{1,3}\.\s*)?(?:[-–—]|\p{Ll}{1,5})\s*$/u.test(between)) return undefined;
  const rest = s.slice(b.index + b.length);
  const time = readTime(rest, words);
  const zone = readZone(rest, zones, words);
  if (!time || !zone || b.date < a.date) return undefined;
  return { opens: a.date, closes: `${b.date}T${pad(time.hour)}:${pad(time.minute)}`, zone: zone.zone };
}

/** "31 March, 30 June, 30 September and 31 December": days of the year, with no year, in order. */
export function readDaysOfYear(s: string, words?: DateWords): { month: number; day: number }[] {
  const months: Record<string, number> = { ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])), ...(words?.months ?? {}) };
  const re = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:\\p{Ll}{1,2}\\s+)?(${alternation(Object.keys(months))})(?!\\p{L})(?!\\s*,?\\s*\\d{4})`, "giu");
  return [...s.matchAll(re)].map((m) => ({ month: months[m[2]!.toLowerCase()] ?? 0, day: Number(m[1]) })).filter((c) => c.month && c.day <= 31);
}

/** The time of day and zone a passage gives, without a date ("by 23:59 (Valletta time) on a cut-off date"). */
export function readClock(s: string, zones: ZoneIndex, words?: DateWords): { time: string; zone?: string } | undefined {
  const time = readTime(s, words);
  if (!time || time.hour > 23 || time.minute > 59) return undefined;
  const zone = readZone(s, zones, words);
  return { time: `${pad(time.hour)}:${pad(time.minute)}`, ...(zone ? { zone: zone.zone } : {}) };
}
