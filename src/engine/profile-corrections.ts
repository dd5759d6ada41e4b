// Corrections of a figure the user stated before ("sorry, I meant 2 years not 5", "3 anni, non 5", "nicht 5,
// sondern 3 Jahre"): the figure denied — right after one of the language's negation words (words.json `negation`) —
// names the fact it corrects by its value: the years of study, the years of experience or the age the session
// keeps that equal it. The message's one other figure replaces that fact; every other fact stays. The same code
// for every language: only the negation words and number words (words.json `numbers`) differ.
import type { Lexicon } from "../knowledge/schema.js";
import type { Profile } from "./session.js";
import { phraseRegExp } from "./language-pack.js";
import { normalizeForMatch } from "../text/normalize.js";
import { escapeRegExp, execAll } from "../text/regexp.js";

/** The figures of the profile a correction may name by its value. */
const FIGURES = ["studyYears", "experienceYears", "age"] as const;
/** The most words between the negation and the figure it denies ("not 5", "non sono 5", "no, 5"). */
const DENIAL_REACH = 2;

type Reader = { numbers: RegExp; value: (s: string) => number | undefined; negation?: RegExp };
const readers = new WeakMap<Lexicon, Reader>();

function readerOf(lexicon: Lexicon): Reader {
  let r = readers.get(lexicon);
  if (!r) {
    // Number words from two up ("one" and "a" are articles in many languages), longest first.
    const words = new Map(Object.entries(lexicon.words.numbers).filter(([, v]) => Number.isInteger(v) && v >= 2).map(([k, v]) => [normalizeForMatch(k), v] as const));
    const alts = [...words.keys()].filter(Boolean).sort((a, b) => b.length - a.length).map(escapeRegExp);
    const numbers = new RegExp(`(?<![\\p{L}\\p{N}.,])(?:\\d{1,2}${alts.length ? `|${alts.join("|")}` : ""})(?![\\p{L}\\p{N}]|[.,]\\d)`, "gu");
    const negation = phraseRegExp([...new Set(lexicon.words.negation.map((w) => normalizeForMatch(w)))], "u");
    r = { numbers, value: (s) => (/^\d+$/.test(s) ? Number(s) : words.get(s)), ...(negation ? { negation: new RegExp(`(?:${negation.source})(?:\\s+[\\p{L}']+){0,${DENIAL_REACH - 1}}[\\s,:-]*$`, "u") } : {}) };
    readers.set(lexicon, r);
  }
  return r;
}

/**
 * The facts a message corrects by naming the figure it takes back ("I meant 2 years not 5" after "a 5-year
 * degree": { studyYears: 2 }); empty when it denies no figure the profile holds, or holds no other figure.
 */
export function correctedFigures(lexicon: Lexicon, text: string, profile: Profile): Partial<Profile> {
  const { numbers, value, negation } = readerOf(lexicon);
  if (!negation) return {};
  const t = normalizeForMatch(text);
  const found = execAll(numbers, t).map((m) => ({ n: value(m[0]), denied: negation.test(t.slice(Math.max(0, m.index - 40), m.index)) }));
  const denied = found.filter((f) => f.denied && f.n !== undefined);
  const others = [...new Set(found.filter((f) => !f.denied && f.n !== undefined).map((f) => f.n!))];
  if (denied.length !== 1 || others.length !== 1) return {};
  const key = FIGURES.find((k) => profile[k] === denied[0]!.n);
  if (!key) return {};
  return { [key]: others[0]! };
}
