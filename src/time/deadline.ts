// The deadline as a point in time: where the clock stands against it, and how to say it in any zone.
// Every function takes `now` explicitly; nothing here reads the clock.
import { DateTime } from "luxon";

export type Deadline = { local: string; zone: string };

export type DeadlineStatus = {
  /** The deadline in the notice's own zone. */
  at: DateTime;
  closed: boolean;
  /** Time left (open) or time since (closed), as real elapsed time. */
  span: Span;
};

export type Span = { days: number; hours: number; minutes: number; totalMinutes: number };

const instants = new Map<string, DateTime>();
/** The deadline instant, in the zone the notice states it in. */
export function deadlineInstant(deadline: Deadline): DateTime {
  const key = `${deadline.local}|${deadline.zone}`;
  let at = instants.get(key);
  if (!at) {
    if (instants.size >= 100) instants.clear();
    // A date alone (the notice gives no time of day) counts to the end of that day.
    const start = DateTime.fromISO(deadline.local, { zone: deadline.zone });
    instants.set(key, (at = isDateOnly(deadline) ? start.endOf("day") : start));
  }
  return at;
}

/** True when the notice gives the deadline as a date alone, with no time of day. */
export function isDateOnly(deadline: Deadline): boolean {
  return !deadline.local.includes("T");
}

function spanOf(ms: number): Span {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
    totalMinutes,
  };
}

/** Where `now` stands against the deadline; at the deadline's very minute applications are closed. */
export function deadlineStatus(deadline: Deadline, now: DateTime): DeadlineStatus {
  const at = deadlineInstant(deadline);
  const ms = at.toMillis() - now.toMillis();
  return { at, closed: ms <= 0, span: spanOf(ms) };
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** "10 days, 1 hour and 5 minutes"; zero units are left out; under a minute is "less than a minute". */
export function formatSpan(span: Span): string {
  const parts = [
    span.days ? plural(span.days, "day") : "",
    span.hours ? plural(span.hours, "hour") : "",
    span.minutes ? plural(span.minutes, "minute") : "",
  ].filter(Boolean);
  if (!parts.length) return "less than a minute";
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** A zone as people say it: "Brussels time" for Europe/Brussels, "UTC" for UTC. */
export function zoneLabel(zone: string): string {
  if (/^(?:UTC|Etc\/UTC|GMT)$/i.test(zone)) return "UTC";
  if (/^UTC[+-]/i.test(zone)) return zone.toUpperCase();
  const city = zone.split("/").at(-1)?.replace(/_/g, " ");
  return `${city ?? zone} time`;
}

/** Formatting in a zone is the costly part of an answer; the same instants (the deadline) recur. */
function memo(fn: (dt: DateTime, zone: string) => string): (dt: DateTime, zone: string) => string {
  const cache = new Map<string, string>();
  return (dt, zone) => {
    const key = `${dt.toMillis()}|${zone}`;
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= 2000) cache.clear();
      cache.set(key, (value = fn(dt, zone)));
    }
    return value;
  };
}

/** "Monday 20 October 2025 at 12:00" in the given zone. */
export const formatDateTime = memo((dt, zone) => dt.setZone(zone).setLocale("en-GB").toFormat("cccc d LLLL yyyy 'at' HH:mm"));

/** "CEST, UTC+02:00": the zone's abbreviation where it has a real one, and the offset. */
export const formatOffset = memo((dt, zone) => {
  const z = dt.setZone(zone);
  const abbr = z.setLocale("en-GB").toFormat("ZZZZ");
  const offset = z.offset === 0 ? "UTC+00:00" : `UTC${z.toFormat("ZZ")}`;
  return /^(?:GMT|UTC)/.test(abbr) ? offset : `${abbr}, ${offset}`;
});

/** Parses an ISO date-time or returns undefined; a date-time without offset is read as UTC. */
export function parseNow(iso: string): DateTime | undefined {
  const dt = DateTime.fromISO(iso, { zone: "UTC", setZone: true });
  return dt.isValid ? dt : undefined;
}

/** Several closing dates: windows, or rolling cut-offs up to a final date (facts.deadlines). */
export type Deadlines = {
  kind: "windows" | "rolling";
  zone: string;
  windows: { label?: string | undefined; opens?: string | undefined; closes: string; quote: string }[];
  cutoffs: { month: number; day: number }[];
  time?: string | undefined;
  final?: string | undefined;
  quote: string;
};

export type DeadlineInForce = Deadline & {
  quote: string;
  /** The window's label ("1 October 2027 – 29 February 2028"), when the notice gives one. */
  label?: string;
  /** When the window opens, where it is not open yet at `now`. */
  opens?: string;
  /** For a rolling call: the final closing date. */
  final?: string;
};

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * The closing date in force at `now`: the window open now or the next one to open (the last one once all are
 * closed); for a rolling call, the next cut-off, up to the final closing date.
 */
export function deadlineInForce(d: Deadlines, now: DateTime): DeadlineInForce | undefined {
  if (d.kind === "windows") {
    const windows = [...d.windows].sort((a, b) => deadlineInstant({ local: a.closes, zone: d.zone }).toMillis() - deadlineInstant({ local: b.closes, zone: d.zone }).toMillis());
    const next = windows.find((w) => deadlineInstant({ local: w.closes, zone: d.zone }) > now) ?? windows.at(-1);
    if (!next) return undefined;
    const notYet = next.opens && DateTime.fromISO(next.opens, { zone: d.zone }) > now;
    return { local: next.closes, zone: d.zone, quote: next.quote, ...(next.label ? { label: next.label } : {}), ...(notYet ? { opens: next.opens! } : {}) };
  }
  if (!d.final || !d.cutoffs.length) return undefined;
  const final = deadlineInstant({ local: d.final, zone: d.zone });
  const year = now.setZone(d.zone).year;
  const at = (y: number, c: { month: number; day: number }) => `${y}-${pad2(c.month)}-${pad2(c.day)}${d.time ? `T${d.time}` : ""}`;
  const cutoffs = [year, year + 1]
    .flatMap((y) => d.cutoffs.map((c) => at(y, c)))
    .filter((local) => DateTime.fromISO(local, { zone: d.zone }).isValid && deadlineInstant({ local, zone: d.zone }) <= final)
    .sort((a, b) => deadlineInstant({ local: a, zone: d.zone }).toMillis() - deadlineInstant({ local: b, zone: d.zone }).toMillis());
  const next = cutoffs.find((local) => deadlineInstant({ local, zone: d.zone }) > now) ?? d.final;
  return { local: next, zone: d.zone, quote: d.quote, final: d.final };
}

const inForce = new WeakMap<object, Map<string, object>>();
/**
 * The facts as they stand at `now`: where a notice has several closing dates, `deadline` is the one in force.
 * The same object comes back for the same closing date, so callers may compare or cache by identity.
 */
export function factsAt<F extends { deadline?: (Deadline & { quote: string }) | undefined; deadlines?: Deadlines | undefined }>(facts: F, now: DateTime): F {
  if (!facts.deadlines) return facts;
  const d = deadlineInForce(facts.deadlines, now);
  if (!d) return facts;
  let byKey = inForce.get(facts);
  if (!byKey) inForce.set(facts, (byKey = new Map()));
  const key = `${d.local}|${d.zone}|${d.quote}`;
  let f = byKey.get(key) as F | undefined;
  if (!f) byKey.set(key, (f = { ...facts, deadline: { local: d.local, zone: d.zone, quote: d.quote } }));
  return f;
}
