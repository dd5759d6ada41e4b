// Saying a moment and a span in the user's language: luxon with the language's locale for month and day
// names, the message catalogue for the words around them ("at", "Brussels time", "3 days and 2 hours").
import type { DateTime } from "luxon";
import { formatOffset, type Span } from "./deadline.js";

/** What formatting needs of a language: its code, its catalogue, and the names it gives places. */
export type Speaker = {
  language: string;
  t(id: string, params?: Record<string, string | number>): string;
  /** The name of a zone's place in this language ("Europe/Brussels" → "Bruxelles"), if the lexicon has one. */
  placeName?(zone: string): string | undefined;
};

/** The locale a language formats with: British English for "en" (day before month, no serial comma). */
export const localeOf = (language: string) => (language === "en" ? "en-GB" : language);

const cache = new Map<string, string>();
function remember(key: string, make: () => string): string {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size > 5000) cache.clear();
    cache.set(key, (v = make()));
  }
  return v;
}

/** "Monday 20 October 2025 at 12:00" (en), "lundi 20 octobre 2025 à 12:00" (fr), in the zone given. */
export function formatWhen(dt: DateTime, zone: string, speaker: Speaker): string {
  return remember(`w|${speaker.language}|${dt.toMillis()}|${zone}`, () =>
    dt.setZone(zone).setLocale(localeOf(speaker.language)).toFormat(speaker.t("time.format.datetime")),
  );
}

/** "20 October 2025" in the language, for a date alone. */
export function formatDay(dt: DateTime, zone: string, speaker: Speaker): string {
  return remember(`d|${speaker.language}|${dt.toMillis()}|${zone}`, () =>
    dt.setZone(zone).setLocale(localeOf(speaker.language)).toFormat(speaker.t("time.format.date")),
  );
}

/** "Brussels time", "heure de Bruxelles", "UTC", "UTC+03:00". */
export function formatZone(zone: string, speaker: Speaker): string {
  if (/^(?:UTC|Etc\/UTC|GMT|Etc\/GMT)$/i.test(zone)) return "UTC";
  if (/^UTC[+-]/i.test(zone)) return zone.toUpperCase();
  const city = speaker.placeName?.(zone) ?? zone.split("/").at(-1)!.replace(/_/g, " ");
  return speaker.t("time.zone", { city });
}

/** "CEST, UTC+02:00": the zone's abbreviation and offset (the same in every language). */
export { formatOffset };

/** "Monday 20 October 2025 at 12:00 Brussels time (CEST, UTC+02:00)". */
export function formatMoment(dt: DateTime, zone: string, speaker: Speaker): string {
  return speaker.t("time.moment", { when: formatWhen(dt, zone, speaker), zone: formatZone(zone, speaker), offset: formatOffset(dt, zone) });
}

/** "10 days, 1 hour and 5 minutes" in the language; zero units left out; under a minute its own phrase. */
export function formatSpan(span: Span, speaker: Speaker): string {
  const parts = [
    span.days ? speaker.t("time.span.days", { n: span.days }) : "",
    span.hours ? speaker.t("time.span.hours", { n: span.hours }) : "",
    span.minutes ? speaker.t("time.span.minutes", { n: span.minutes }) : "",
  ].filter(Boolean);
  if (!parts.length) return speaker.t("time.span.lessThanMinute");
  return new Intl.ListFormat(localeOf(speaker.language), { style: "long", type: "conjunction" }).format(parts);
}
