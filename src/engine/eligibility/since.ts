// The one reader of "since <date>" in a user's message, and the one count of the years since then. Experience
// said as a starting date ("je travaille depuis octobre 2019", "employed since March 2021", "desde octubre de
// 2019", "2019 óta dolgozom", "vuodesta 2019", "lokakuusta 2019 lähtien", "kopš 2019. gada oktobra"): a year,
// with its month where one is said, found next to a word of the language's `since` list (said before the date)
// or its `sinceAfter` list (said after it, or glued to it: "2019-től"), in a clause of work (not of studies, not
// of where the user lives, not negated, not a doctorate's). Every language reads with this code; its words are
// data. The years are counted to the day the criteria are judged on (the closing date while it is still to come).
import { DateTime } from "luxon";
import type { Profile } from "../session.js";
import type { Words } from "../../knowledge/schema.js";
import type { Context } from "../context.js";
import { normalizeForMatch } from "../../text/normalize.js";
import { escapeRegExp as escape, execAll } from "../../text/regexp.js";

/** What a "since" says: the start as "YYYY-MM" (January when no month is said) and the clause it was said in. */
export type SinceReading = { since: string; words: string };

/** One pattern for a phrase list, longest first, between non-letters; undefined for an empty list. */
function alternation(list: readonly string[]): string | undefined {
  const alts = [...new Set(list.map((w) => normalizeForMatch(w)).filter(Boolean))].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/\\?\s+/g, "\\s+"));
  return alts.length ? alts.join("|") : undefined;
}

const YEAR = "(?<![\\p{N}])((?:19|20)\\d{2})(?![\\p{N}])";
/** A word that may stand between a since-word and its year: a day ("1.", "1er", "1º"), an article or a short word ("de", "del", "roku", "m."). */
const FILLER = /^(?:\d{1,2}(?:\.|er|st|nd|rd|th|º|ª)?|[\p{L}']{1,5}\.?|[.-])$/u;

/**
 * A reader of "since <date>" in a normalised message (normalizeForMatch): the start month and the clause, or
 * undefined. `doctorateNames` are degree names whose clause is a doctorate's, counted apart.
 *
 * @example
 * createSinceReader(words.get("es")!.words)("trabajo como jurista desde octubre de 2019")
 * // → { since: "2019-10", words: "trabajo como jurista desde octubre de 2019" }
 */
export function createSinceReader(words: Words, doctorateNames: readonly string[] = []): (text: string) => SinceReading | undefined {
  const months = [...new Map(Object.entries(words.months).map(([k, v]) => [normalizeForMatch(k).replace(/\.$/, ""), v] as const)).entries()]
    .filter(([k]) => k.length >= 3)
    .sort((a, b) => b[0].length - a[0].length);
  /** The month a word names: the longest month form it begins with ("októberétől" → 10, "lokakuusta" → 10). */
  const monthOf = (word: string): number | undefined => months.find(([k]) => word.replace(/_/g, " ").startsWith(k))?.[1];
  const multiword = months.map(([k]) => k).filter((k) => k.includes(" "));
  // After the year only a month that is not also a common word ("since 2019 I may…").
  const stopwords = new Set(words.stopwords.map((w) => normalizeForMatch(w)));
  const before = alternation(words.since);
  const after = alternation(words.sinceAfter);
  if (!before && !after) return () => undefined;
  // A since-word may end in an elision ("dall'ottobre 2019").
  const beforeRe = before ? new RegExp(`(?<![\\p{L}'])(?:${before})(?:(?<=')|(?![\\p{L}]))`, "gu") : undefined;
  // After the year: "2019 óta", "2019-től", "2019. aastast alates", "2019 októberétől", "octubre de 2019 en adelante".
  const afterRe = after ? new RegExp(`${YEAR}(\\s*[.:-]?\\s*-?\\s*(?:[\\p{L}']+\\s*\\.?\\s*){0,2}?)(${after})(?![\\p{L}])`, "gu") : undefined;
  const yearRe = new RegExp(YEAR, "u");
  const phrases = (list: readonly string[]) => alternation(list);
  const guard = (list: readonly string[]) => {
    const p = phrases(list);
    return p ? new RegExp(`(?<![\\p{L}'])(?:${p})(?![\\p{L}])`, "u") : undefined;
  };
  const study = guard(words.study);
  const residence = guard(words.residence);
  const negation = guard(words.negation);
  const experience = guard(words.experience);
  const doctorate = guard(doctorateNames);
  const and = phrases(words.and);
  const andRe = and ? new RegExp(`\\s(?=(?:${and})\\s)`, "u") : undefined;
  // Made once: a pattern made per message is compiled per message once a garbage collection has emptied V8's cache.
  const andAll = andRe ? new RegExp(andRe.source, "gu") : undefined;
  // A clause ends at a comma, a semicolon, a bracket or a sentence's end; not at the full stop of an ordinal
  // ("2019. október", "1. Oktober") or of a short abbreviation ("2019 m. spalio", normalised "m .").
  const clauseBreak = /[,;!?()]|(?<!\p{N}|(?<!\p{L})\p{L}{1,2}\s?)\.(?=\s|$)/gu;

  /** The clause around [start, end): from the last break before to the first after, "and" included as a break. */
  const clauseOf = (text: string, start: number, end: number): { before: string; whole: string } => {
    const head = text.slice(0, start);
    const cuts = execAll(clauseBreak, head);
    let from = cuts.length ? cuts.at(-1)!.index + cuts.at(-1)![0].length : 0;
    if (andAll) {
      const ands = execAll(andAll, text.slice(from, start));
      if (ands.length) from += ands.at(-1)!.index;
    }
    clauseBreak.lastIndex = end;
    const to = clauseBreak.exec(text)?.index ?? text.length;
    return { before: text.slice(from, start), whole: text.slice(from, to).trim() };
  };
  /**
   * A clause of work: no study or negation before the date, no doctorate, and no place of residence unless work is
   * named too (the residence lists hold "I work in", "strādāju").
   */
  const ofWork = (c: { before: string; whole: string }) =>
    !(study?.test(c.before) || negation?.test(c.before) || doctorate?.test(c.whole) || (residence?.test(c.whole) && !experience?.test(c.whole)));
  /** "from 2015 to 2019": a second year soon after is a period, not a since. */
  const period = (text: string, end: number) => yearRe.test(text.slice(end, end + 20));
  const at = (year: string, month: number | undefined) => `${year}-${String(month ?? 1).padStart(2, "0")}`;
  /** A month said just after the year, in the languages that put it there ("2019. gada oktobra", "2019 m. spalio"). */
  const monthAfterYear = (text: string, end: number): number | undefined => {
    const words = text.slice(end).split(/\s+/).filter(Boolean).slice(0, 3);
    for (const w of words) {
      const m = stopwords.has(w) ? undefined : monthOf(w);
      if (m) return m;
      if (!FILLER.test(w)) break;
    }
    return undefined;
  };

  return (text) => {
    // Every since reads a year in digits: a message without a digit states none.
    if (!/\d/.test(text)) return undefined;
    const found: { index: number; reading: SinceReading }[] = [];
    if (beforeRe)
      for (const m of execAll(beforeRe, text)) {
        const start = m.index + m[0].length;
        // Up to five words between the since-word and the year, each a month, a day or a short word.
        const tail = /^\s*((?:\S+\s+){0,5}?)((?:19|20)\d{2})(?![\p{N}])/u.exec(text.slice(start));
        if (!tail) continue;
        // A month of several words ("deireadh fómhair") stands as one.
        const phrase = multiword.find((k) => ` ${tail[1]!.trim()} `.includes(` ${k} `));
        const between = (phrase ? ` ${tail[1]!.trim()} `.replace(` ${phrase} `, ` ${phrase.replace(/\s+/g, "_")} `) : tail[1]!).trim().split(/\s+/).filter(Boolean);
        if (!between.every((w) => FILLER.test(w) || monthOf(w) !== undefined)) continue;
        const year = tail[2]!;
        const end = start + tail[0].length;
        // The month: in the words before the year, in the since-word itself ("lokakuusta 2019"), or just after the year.
        const month = [...between].reverse().map(monthOf).find((x) => x !== undefined) ?? monthOf(m[0]) ?? monthAfterYear(text, end);
        if (period(text, end)) continue;
        const clause = clauseOf(text, m.index, end);
        if (ofWork(clause)) found.push({ index: m.index, reading: { since: at(year, month), words: clause.whole } });
      }
    if (afterRe)
      for (const m of execAll(afterRe, text)) {
        const year = m[1]!;
        const yearStart = m.index;
        const between = m[2]!.trim().split(/[\s.:-]+/).filter(Boolean);
        // Between the year and the word: only a month ("2019 októbere óta") or short words ("2019. aastast alates");
        // a word glued to it is a month ("2019 októberétől") or the year's own ending ("2019:stä lähtien").
        if (!between.every((w) => monthOf(w) !== undefined || w.length <= 8)) continue;
        const glued = /\p{L}$/u.test(m[2]!) ? between.at(-1)! : undefined;
        if (glued && glued.length > 4 && monthOf(glued) === undefined) continue;
        // The month: after the year ("2019. október óta"), glued to the word ("2019 októberétől"), or before it ("octubre de 2019").
        const lead = text.slice(Math.max(0, yearStart - 20), yearStart).split(/\s+/).filter(Boolean).slice(-3);
        const month = between.map(monthOf).find((x) => x !== undefined) ?? monthOf(m[3]!) ?? [...lead].reverse().map(monthOf).find((x) => x !== undefined);
        const clause = clauseOf(text, yearStart, m.index + m[0].length);
        if (ofWork(clause)) found.push({ index: yearStart, reading: { since: at(year, month), words: clause.whole } });
      }
    return found.sort((a, b) => a.index - b.index)[0]?.reading;
  };
}

/** Years from the first day of a "YYYY-MM" month to a day, rounded down to a tenth: a count never says more than the user has. */
export function yearsSince(start: string, on: DateTime): number {
  const [y, m] = start.split("-").map(Number) as [number, number];
  const months = on.diff(DateTime.fromObject({ year: y, month: m, day: 1 }, { zone: on.zone }), "months").months;
  return months > 0 ? Math.floor((months / 12) * 10 + 1e-9) / 10 : 0;
}

/** The day eligibility is judged on: the closing date while it is still to come, else today. */
export function judgedOn(ctx: Pick<Context, "facts" | "now">): DateTime {
  const local = ctx.facts.deadline?.local;
  const deadline = local ? DateTime.fromISO(local, { zone: ctx.facts.deadline!.zone }) : undefined;
  return deadline?.isValid && deadline > ctx.now ? deadline : ctx.now;
}

/**
 * The user's years of experience: as said, or counted from the month they said they started ("since"), in whole
 * months to the day the criteria are judged on. Every criterion that counts time uses this.
 */
export function experienceYearsOf(ctx: Pick<Context, "facts" | "now">, profile: Profile): number | undefined {
  if (profile.experienceYears !== undefined) return profile.experienceYears;
  if (!profile.workSince) return undefined;
  return yearsSince(profile.workSince, judgedOn(ctx));
}
