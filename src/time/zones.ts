// Time zones: validating IANA names and finding the zone a person means by a place name.
import { DateTime, IANAZone } from "luxon";

const valid = new Map<string, boolean>();

/** True for an IANA zone name ("Europe/Brussels") or a fixed offset luxon reads ("UTC+3"). Remembered: luxon's check builds an Intl formatter each time. */
export function isZone(name: string): boolean {
  let ok = valid.get(name);
  if (ok === undefined) {
    ok = IANAZone.isValidZone(name) || (/^(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?$/i.test(name) && DateTime.now().setZone(name.replace(/^GMT/i, "UTC")).isValid);
    if (valid.size >= 1000) valid.clear();
    valid.set(name, ok);
  }
  return ok;
}

/** Parses a local date-time in a zone; undefined when either is invalid. */
export function parseLocal(local: string, zone: string): DateTime | undefined {
  const dt = DateTime.fromISO(local, { zone });
  return dt.isValid ? dt : undefined;
}

/** Lower-case place name → IANA zone, built from the zone database's own city names plus aliases from data. */
export function createZoneIndex(aliases: Record<string, string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const zone of Intl.supportedValuesOf("timeZone")) {
    const city = zone.split("/").at(-1);
    if (!city || !zone.includes("/")) continue;
    index.set(city.replace(/_/g, " ").toLowerCase(), zone);
  }
  // Zones Intl knows by an older name but the database keeps as links.
  for (const [city, zone] of [["kyiv", "Europe/Kyiv"], ["kolkata", "Asia/Kolkata"]] as const) if (IANAZone.isValidZone(zone)) index.set(city, zone);
  for (const [place, zone] of Object.entries(aliases)) index.set(place.toLowerCase(), zone);
  return index;
}

/** Reads "UTC+2", "GMT-5", "utc +05:30" as a luxon fixed-offset zone name. */
export function offsetZone(s: string): string | undefined {
  const m = /^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(s.trim());
  if (!m) return undefined;
  const hours = Number(m[2]);
  if (hours > 14) return undefined;
  return `UTC${m[1]}${hours}${m[3] && m[3] !== "00" ? `:${m[3]}` : ""}`;
}
