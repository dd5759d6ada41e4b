// Time zones: validating IANA names and finding the zone a person means by a place name.
import { DateTime, IANAZone } from "luxon";

/** Longest zone name read; the longest IANA name ("America/Argentina/ComodRivadavia") has 32 characters. */
const MAX_ZONE_CHARS = 64;
const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;
// Lower-cased IANA name → its IANA spelling. Only names that are zones get in, so it holds at most the zone database
// (about 600 names and links); a spelling that is not a zone is never kept, and offsets are read each time (cheap).
const canonical = new Map<string, string>();
const MAX_CANONICAL = 4096;

/**
 * The IANA spelling of a zone name given in any capitalisation ("europe/BRUSSELS" → "Europe/Brussels"), or the fixed
 * offset luxon reads ("utc+3", "GMT-05:30" → "UTC+3", "UTC-5:30"); undefined for anything else. Every zone a user
 * sends goes through here before luxon, whose zone and formatter caches are keyed by the spelling they are given:
 * 6,000 spellings of one zone were 6,000 entries.
 *
 * @example
 * canonicalZone("europe/brussels") // → "Europe/Brussels"
 * canonicalZone("GMT+2") // → "UTC+2"
 * canonicalZone("Mars/Olympus") // → undefined
 */
export function canonicalZone(name: string | undefined): string | undefined {
  if (typeof name !== "string" || name.length === 0 || name.length > MAX_ZONE_CHARS) return undefined;
  if (/^(?:utc|gmt)\s*[+-]/i.test(name)) {
    const offset = offsetZone(name);
    return offset && DateTime.now().setZone(offset).isValid ? offset : undefined;
  }
  if (!IANA_SHAPE.test(name)) return undefined;
  const key = name.toLowerCase();
  const known = canonical.get(key);
  if (known !== undefined) return known;
  if (!IANAZone.isValidZone(name)) return undefined;
  // Intl gives the database's own spelling of a name in any case ("europe/kiev" → "Europe/Kiev", "utc" → "UTC").
  const zone = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  if (!IANAZone.isValidZone(zone)) return undefined;
  // The key is a fresh lower-cased string of at most 64 characters, and the names that are zones are finite.
  if (canonical.size < MAX_CANONICAL) canonical.set(key, zone);
  return zone;
}

/** True for an IANA zone name ("Europe/Brussels", in any capitalisation) or a fixed offset luxon reads ("UTC+3"). */
export function isZone(name: string): boolean {
  return canonicalZone(name) !== undefined;
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
