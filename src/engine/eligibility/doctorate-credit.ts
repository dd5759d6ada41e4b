// Experience counted from the user's dates, and doctoral research counted as experience up to the notice's cap
// ("Periods of doctoral research are counted as professional experience for a maximum of 3 years"). One module:
// the rule's schema, its extraction from a notice (words.json `notice.doctorate` / `notice.countsAsExperience`),
// the reader of the user's facts (a doctorate's dates or length, "9 years and 9 months" with words.json months and
// units; "since <date>" is since.ts's), how the experience the criteria compare is counted, and its sentences.
// Every language reads with the same code; its words are data.
import type { DoctorateCredit } from "../../knowledge/criteria.js";
import type { Profile } from "../session.js";
import type { NoticeWords, Words } from "../../knowledge/schema.js";
import type { Context } from "../context.js";
import { experienceYearsOf } from "./since.js";
import { escapeRegExp as escape, execAll, splitWith } from "../../text/regexp.js";

export { doctorateCreditSchema, type DoctorateCredit } from "../../knowledge/criteria.js";

export type DoctorateWords = Pick<NoticeWords, "doctorate" | "countsAsExperience">;

const fold = (s: string) => s.toLowerCase().normalize("NFC").replace(/[’]/g, "'");
const phrases = (list: string[]) => (list.length ? new RegExp(`(?<![\\p{L}])(?:${list.map((w) => escape(fold(w))).sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}])`, "u") : undefined);

/**
 * The rule in one sentence of the notice: it names a doctorate, says it counts as experience, and gives a number
 * of years.
 *
 * @example
 * readDoctorateCredit({ raw, clean: "Periods of doctoral research are counted as professional experience for a maximum of 3 years." }, words)
 * // → { maxYears: 3, awarded: false, quote: raw }
 */
export function readDoctorateCredit(s: { raw: string; clean: string }, words: DoctorateWords | undefined): DoctorateCredit | undefined {
  const doctorate = phrases(words?.doctorate ?? []);
  const counts = phrases(words?.countsAsExperience ?? []);
  const t = fold(s.clean);
  if (!doctorate || !counts || !doctorate.test(t) || !counts.test(t)) return undefined;
  const n = /(?<![\d.,])(\d{1,2})(?![\d.,])/.exec(t);
  if (!n) return undefined;
  // "provided that the doctorate has been awarded": said after the number, with a doctorate word again.
  const awarded = doctorate.test(t.slice(n.index + n[0].length));
  return { maxYears: Number(n[1]), awarded, quote: s.raw };
}

// ── The user's facts ─────────────────────────────────────────────────────────

export type DateFacts = Pick<Profile, "doctorateYears" | "experienceYears">;

/**
 * A reader of the dates and durations a user gives: a doctorate held "from October 2017 to September 2022" (or
 * "a 4-year PhD"), and experience of "9 years and 9 months".
 */
export function createDateReader(words: Words, doctorateNames: string[]): (text: string) => DateFacts {
  const months = Object.entries(words.months).sort((a, b) => b[0].length - a[0].length);
  const monthAlt = months.map(([w]) => escape(fold(w))).join("|");
  const unit = (u: "year" | "month") => (words.units[u] ?? []).map((w) => escape(fold(w))).sort((a, b) => b.length - a.length).join("|");
  const year = unit("year");
  const month = unit("month");
  const and = words.and.map((w) => escape(fold(w))).join("|");
  const doctorate = phrases(doctorateNames);
  const experience = phrases(words.experience);
  // "October 2017", "10/2017", "2017-10".
  const date = monthAlt ? `(?:(?:${monthAlt})\\.?\\s+\\d{4}|\\d{1,2}/\\d{4})` : "(?:\\d{1,2}/\\d{4})";
  const dateRe = new RegExp(`(?<![\\p{L}\\d])${date}(?![\\d])`, "gu");
  // Clauses: at punctuation, and before the language's "and" (made once, not per message).
  const clauseBreak = new RegExp(`[,;.!?()]${and ? `|\\s(?=(?:${and})\\s)` : ""}`, "u");
  const monthOf = (s: string): { y: number; m: number } | undefined => {
    const num = /^(\d{1,2})\/(\d{4})$/.exec(s);
    if (num) return { y: Number(num[2]), m: Number(num[1]) };
    const y = /(\d{4})$/.exec(s);
    const name = months.find(([w]) => s.startsWith(fold(w)));
    return y && name ? { y: Number(y[1]), m: name[1] } : undefined;
  };
  const span = (a: { y: number; m: number }, b: { y: number; m: number }) => (b.y - a.y) * 12 + (b.m - a.m);
  return (raw) => {
    const out: DateFacts = {};
    // Every date, length and duration read here holds a digit: a message without one states none.
    if (!/\d/.test(raw)) return out;
    const text = fold(raw);
    // Clauses: a doctorate's dates stay with it.
    const clauses = splitWith(clauseBreak, text);
    for (const c of clauses) {
      const dates = execAll(dateRe, c).map((m) => ({ at: m.index, d: monthOf(m[0]) })).filter((x) => x.d);
      if (doctorate?.test(c)) {
        if (dates.length >= 2) {
          const months = span(dates[0]!.d!, dates[1]!.d!);
          if (months > 0 && months < 12 * 12) out.doctorateYears = Math.round((months / 12) * 10) / 10;
        } else if (year) {
          const n = new RegExp(`(\\d{1,2})[- ]?(?:${year})\\b`, "u").exec(c);
          if (n && Number(n[1]) <= 10) out.doctorateYears = Number(n[1]);
        }
      }
    }
    // "9 years and 9 months" of work: years and months said together, in a sentence about work.
    if (year && month && and)
      for (const sentence of text.split(/[.!?;]/u)) {
        if (!experience?.test(sentence) || doctorate?.test(sentence)) continue;
        const m = new RegExp(`(\\d{1,2})\\s*(?:${year})\\s+(?:${and})\\s+(\\d{1,2})\\s*(?:${month})(?![\\p{L}])`, "u").exec(sentence);
        if (m && Number(m[2]) < 12) out.experienceYears = Math.floor((Number(m[1]) + Number(m[2]) / 12) * 100) / 100;
      }
    return out;
  };
}

// ── Counting ─────────────────────────────────────────────────────────────────

/** Years, rounded down to a tenth: a count never says more than the user has. */
const tenths = (y: number) => Math.floor(y * 10 + 1e-9) / 10;

/** What was counted, for the sentence after the check. */
export type Counted = { work: number; doctorate: number; credited: number; cap: number };

/**
 * The profile the criteria compare: experience from the user's start date when they gave no figure, plus the
 * doctorate's years up to the notice's cap (only where the notice counts a doctorate, and the user holds one).
 */
export function countedProfile(ctx: Context, profile: Profile): { profile: Profile; counted?: Counted } {
  const work = experienceYearsOf(ctx, profile);
  if (work === undefined) return { profile };
  const credit = ctx.facts.eligibility.doctorateCredit;
  const years = profile.doctorateYears;
  if (!credit || !years || profile.educationLevel !== "doctorate") return { profile: { ...profile, experienceYears: work } };
  const credited = Math.min(years, credit.maxYears);
  return { profile: { ...profile, experienceYears: tenths(work + credited) }, counted: { work, doctorate: years, credited, cap: credit.maxYears } };
}

/** The sentence saying how the doctorate was counted. */
export function creditNote(ctx: Context, counted: Counted | undefined): string[] {
  if (!counted) return [];
  return [ctx.t("eligibility.doctorate.counted", { cap: counted.cap, doctorate: counted.doctorate, credited: counted.credited, work: counted.work, total: tenths(counted.work + counted.credited) })];
}
