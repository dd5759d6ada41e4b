// Experience said as a starting date ("je travaille depuis octobre 2019", "employed since March 2021"): the
// month and year after a word of the language's `since` list, in a clause of work (not of studies, not of
// where the user lives, not negated). The years are counted where the criteria are judged (the deadline).
import type { Words } from "../../knowledge/schema.js";
import { phraseRegExp } from "../language-pack.js";
import { normalizeForMatch } from "../../text/normalize.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A reader of "since <month> <year>" in a normalised message: the start as "YYYY-MM", or undefined. */
export function createSinceReader(words: Words): (text: string) => string | undefined {
  const months = Object.entries(words.months).map(([k, v]) => [normalizeForMatch(k).replace(/\.$/, ""), v] as const);
  if (!words.since.length || !months.length) return () => undefined;
  const byName = new Map(months);
  const since = [...new Set(words.since.map(normalizeForMatch))].sort((a, b) => b.length - a.length).map(escape).join("|");
  const month = [...new Set(months.map(([k]) => k))].sort((a, b) => b.length - a.length).map(escape).join("|");
  const re = new RegExp(`(?<![\\p{L}])(?:${since})\\s+(?:(${month})\\.?\\s+)?((?:19|20)\\d{2})(?![\\p{N}])`, "giu");
  const study = phraseRegExp(words.study, "iu");
  const residence = phraseRegExp(words.residence, "iu");
  const negation = phraseRegExp(words.negation, "iu");
  const and = phraseRegExp(words.and, "giu");
  return (text) => {
    for (const m of text.matchAll(re)) {
      // The clause before the date: back to a comma, a full stop or an "and".
      const before = text.slice(0, m.index).split(/[,;.!?()]/).at(-1)!.split(and ?? /$^/).at(-1)!;
      if ((study && study.test(before)) || (residence && residence.test(before)) || (negation && negation.test(before))) continue;
      const mm = m[1] ? byName.get(m[1].toLowerCase()) : 1;
      return `${m[2]}-${String(mm ?? 1).padStart(2, "0")}`;
    }
    return undefined;
  };
}

/** Whole months from "YYYY-MM" to a date, as years with one decimal (rounded down). */
export function yearsSince(start: string, at: { year: number; month: number }): number {
  const [y, mo] = start.split("-").map(Number) as [number, number];
  const months = (at.year - y) * 12 + (at.month - mo);
  return Math.max(0, Math.floor((months / 12) * 10) / 10);
}
