// Sets of a language's words, normalised as messages are, built once per lexicon (not once per message): the
// readers that run on every message (another vacancy named, the distinctive words of a question, the detail
// asked) look words up in them.
import type { Lexicon } from "../knowledge/schema.js";
import { normalizeForMatch } from "../text/normalize.js";

const stops = new WeakMap<Lexicon, ReadonlySet<string>>();
const vacancies = new WeakMap<Lexicon, ReadonlySet<string>>();
const openers = new WeakMap<Lexicon, readonly string[]>();

/** The language's function words (the lexicon's and words.json's), normalised. */
export function stopSetOf(lexicon: Lexicon): ReadonlySet<string> {
  let s = stops.get(lexicon);
  if (!s) stops.set(lexicon, (s = new Set([...lexicon.stopwords, ...lexicon.words.stopwords].map((w) => normalizeForMatch(w)))));
  return s;
}

/** The language's words for a vacancy (words.json `vacancy`), normalised. */
export function vacancySetOf(lexicon: Lexicon): ReadonlySet<string> {
  let s = vacancies.get(lexicon);
  if (!s) vacancies.set(lexicon, (s = new Set(lexicon.words.vacancy.map((w) => normalizeForMatch(w)))));
  return s;
}

/** The language's question openers (words.json `yesNoStart`, `which` and `questionWords`), normalised. */
export function openersOf(lexicon: Lexicon): readonly string[] {
  let s = openers.get(lexicon);
  if (!s) openers.set(lexicon, (s = [...lexicon.words.yesNoStart, ...lexicon.words.which, ...lexicon.words.questionWords].map((w) => normalizeForMatch(w)).filter(Boolean)));
  return s;
}

/** The text opens with one of the words, whole (no letter or digit runs on after it). */
const opens = (text: string, words: readonly string[]) => words.some((o) => text.startsWith(o) && !/[\p{L}\p{N}]/u.test(text.charAt(o.length)));

const yesNoOpeners = new WeakMap<Lexicon, readonly string[]>();

/** The asking text (normalised) opens with one of the language's yes/no openers (words.json `yesNoStart`): "is that …", "ist das …". */
export function yesNoOpens(lexicon: Lexicon, asking: string): boolean {
  let s = yesNoOpeners.get(lexicon);
  if (!s) yesNoOpeners.set(lexicon, (s = lexicon.words.yesNoStart.map((w) => normalizeForMatch(w)).filter(Boolean)));
  return opens(asking.replace(/^[^\p{L}\p{N}]+/u, ""), s);
}

const questionOpeners = new WeakMap<Lexicon, readonly string[]>();

const whyOpeners = new WeakMap<Lexicon, readonly string[]>();

/**
 * The asking text (normalised) opens with one of the language's question words (words.json `questionWords`): "how …",
 * "wie …", "hogyan …"; not with a why-word (words.json `why`: "why can't I apply?" asks for a check's reasons).
 */
export function questionWordOpens(lexicon: Lexicon, asking: string): boolean {
  let s = questionOpeners.get(lexicon);
  if (!s) questionOpeners.set(lexicon, (s = lexicon.words.questionWords.map((w) => normalizeForMatch(w)).filter(Boolean)));
  let why = whyOpeners.get(lexicon);
  if (!why) whyOpeners.set(lexicon, (why = lexicon.words.why.map((w) => normalizeForMatch(w)).filter(Boolean)));
  const text = asking.replace(/^[^\p{L}\p{N}]+/u, "");
  return opens(text, s) && !opens(text, why);
}
