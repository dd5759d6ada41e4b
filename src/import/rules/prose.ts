// Facts a notice states only in prose, in any language: a length ("cinque anni", "neun Monate") close to the
// words of a topic ("contratto", "Probezeit"), read with the notice language's words.json (`notice.topics`,
// `numbers`, `units`) and English's beside them. The same code for every language; no phrasing of one.
import type { Span } from "../document.js";
import { normalizeForMatch } from "../../text/normalize.js";
import type { Reader } from "./reader.js";
import { escape, NUMBER_WORDS } from "./reader.js";

/** How far (in characters) a length may stand from the topic's word to be the topic's length. */
const NEAR = 90;

type Unit = "year" | "month";

function wordsOf(r: Reader, pick: (w: NonNullable<ReturnType<NonNullable<Reader["ctx"]["words"]>["get"]>>["words"]) => string[]): string[] {
  const codes = [...new Set([r.language, "en"])];
  return [...new Set(codes.flatMap((c) => {
    const w = r.ctx.words?.get(c)?.words;
    return w ? pick(w) : [];
  }))].filter(Boolean);
}

function numbersOf(r: Reader): Map<string, number> {
  const out = new Map<string, number>(Object.entries(NUMBER_WORDS).map(([k, v]) => [normalizeForMatch(k), v]));
  for (const c of [r.language, "en"]) for (const [k, v] of Object.entries(r.ctx.words?.get(c)?.words.numbers ?? {})) if (v > 0) out.set(normalizeForMatch(k), v);
  return out;
}

const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");

/**
 * The first length in `unit` standing near a word of `topic` in a sentence of the notice proper, with the
 * sentence it stands in: "Il contratto avrà una durata di cinque anni" → 5 (years).
 */
export function lengthNear(r: Reader, topic: string, unit: Unit, filter: (span: Span) => boolean = () => true): { span: Span; n: number } | undefined {
  const key = `${r.language}\u0000${topic}\u0000${unit}`;
  let found = cache.get(r)?.get(key);
  if (found === undefined) {
    found = findLengthNear(r, topic, unit, filter) ?? null;
    if (!cache.has(r)) cache.set(r, new Map());
    cache.get(r)!.set(key, found);
  }
  return found ?? undefined;
}

const cache = new WeakMap<Reader, Map<string, { span: Span; n: number } | null>>();

/**
 * A topic's own words: without those of the topics that share its list (the contract's "probation period",
 * "renewable"), a word being another topic's when that topic's list holds its first five letters
 * ("renew" in "not renewable", "verlä" in "nicht verlängerbar").
 */
function ownWords(r: Reader, topic: string, others: string[]): { own: string[]; other: string[] } {
  const all = wordsOf(r, (w) => w.notice.topics[topic] ?? []).map(normalizeForMatch);
  const other = wordsOf(r, (w) => others.flatMap((t) => w.notice.topics[t] ?? [])).map(normalizeForMatch);
  const theirs = (w: string) => other.includes(w) || (w.length >= 5 && other.some((o) => o.includes(w.slice(0, 5))));
  return { own: all.filter((w) => w.length >= 3 && !theirs(w)), other: [...new Set([...other, ...all.filter(theirs)])].filter((w) => w.length >= 3) };
}

/** The topics whose words a topic's list shares: a length near them is theirs. */
const SHARED: Record<string, string[]> = { contract: ["probation", "extension"], probation: [] };

function findLengthNear(r: Reader, topic: string, unit: Unit, filter: (span: Span) => boolean): { span: Span; n: number } | undefined {
  const { own: topicWords, other: otherWords } = ownWords(r, topic, SHARED[topic] ?? []);
  const unitWords = wordsOf(r, (w) => w.units[unit] ?? []).map(normalizeForMatch).filter((w) => w.length >= 2 && !/\.$/.test(w));
  if (!topicWords.length || !unitWords.length) return undefined;
  const numbers = numbersOf(r);
  const numberWords = [...numbers.keys()].filter((w) => /^\p{L}/u.test(w) && w.length >= 2);
  const otherRe = otherWords.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(otherWords)})`, "u") : undefined;
  const topicRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(topicWords)})`, "gu");
  const lengthRe = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}|${alternation(numberWords)})(?:\\s*-\\s*|\\s+)(?:${alternation(unitWords)})(?!\\p{L})`, "gu");
  for (const h of r.hits()) {
    if (!filter(h.span)) continue;
    const text = normalizeForMatch(h.span.clean);
    const topics = [...text.matchAll(topicRe)].map((m) => m.index);
    if (!topics.length) continue;
    for (const m of text.matchAll(lengthRe)) {
      const at = m.index;
      if (!topics.some((t) => Math.abs(t - at) <= NEAR)) continue;
      const nearest = topics.reduce((a, b) => (Math.abs(b - at) < Math.abs(a - at) ? b : a));
      const between = text.slice(Math.min(at, nearest), Math.max(at, nearest));
      // A length in a clause of its own ("…; after 15 years"), or after a word of another topic ("renewed …
      // for two years"), is another fact's.
      if (/;/.test(between) || (otherRe && otherRe.test(between))) continue;
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : numbers.get(m[1]!);
      if (n && n > 0) return { span: h.span, n };
    }
  }
  return undefined;
}

/** How far (in characters) a number of years may stand after the words for the first contract ("Anfangszeit von fünf Jahren"). */
const AFTER = 40;
/** … or before them, in languages that put it first ("viiden vuoden määräajaksi"). */
const BEFORE = 25;

/**
 * The first contract's length where the notice's words mark it (words.json `notice.firstContract`: "initial
 * period of", "Anfangszeit von", "periodo iniziale di"), in a sentence on the contract: the number of years just
 * after those words, else just before them. The same code for every language.
 */
export function firstContractLength(r: Reader, filter: (span: Span) => boolean = () => true): { span: Span; n: number } | undefined {
  const marks = wordsOf(r, (w) => w.notice.firstContract).map(normalizeForMatch).filter((w) => w.length >= 3);
  const contract = wordsOf(r, (w) => w.notice.topics.contract ?? []).map(normalizeForMatch).filter((w) => w.length >= 3);
  const unitWords = wordsOf(r, (w) => w.units.year ?? []).map(normalizeForMatch).filter((w) => w.length >= 2 && !/\.$/.test(w));
  if (!marks.length || !unitWords.length) return undefined;
  const numbers = numbersOf(r);
  const numberWords = [...numbers.keys()].filter((w) => /^\p{L}/u.test(w) && w.length >= 2);
  const markRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(marks)})(?!\\p{L})`, "gu");
  const contractRe = contract.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(contract)})`, "u") : undefined;
  const lengthRe = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}|${alternation(numberWords)})(?:\\s*-\\s*|\\s+)(?:${alternation(unitWords)})(?!\\p{L})`, "gu");
  for (const h of r.hits()) {
    if (!filter(h.span)) continue;
    const text = normalizeForMatch(h.span.clean);
    const at = [...text.matchAll(markRe)];
    if (!at.length || !(contractRe?.test(text) || at.some((m) => contract.some((c) => m[0].includes(c))))) continue;
    for (const mark of at) {
      const end = mark.index + mark[0].length;
      const lengths = [...text.matchAll(lengthRe)];
      const hit = lengths.find((l) => l.index >= end && l.index - end <= AFTER && !/[;.]/.test(text.slice(end, l.index))) ?? lengths.find((l) => l.index < mark.index && mark.index - (l.index + l[0].length) <= BEFORE);
      const n = hit && (/^\d+$/.test(hit[1]!) ? Number(hit[1]) : numbers.get(hit[1]!));
      if (n && n > 0) return { span: h.span, n };
    }
  }
  return undefined;
}

/**
 * The contract's extension where the notice's words say it (words.json `notice.extension`, `notice.once`):
 * the number of years after a word of extending in a sentence, and whether it says "once" ("Le contrat peut
 * être renouvelé une fois, pour une durée maximale de deux ans" → once, 2 years). The same code for every language.
 */
export function extensionInWords(r: Reader, filter: (span: Span) => boolean = () => true, pick: "extension" | "total" = "extension"): { span: Span; n: number; once: boolean } | undefined {
  const marks = wordsOf(r, (w) => w.notice[pick]).map(normalizeForMatch).filter((w) => w.length >= 3);
  const once = wordsOf(r, (w) => w.notice.once).map(normalizeForMatch).filter((w) => w.length >= 2);
  const unitWords = wordsOf(r, (w) => w.units.year ?? []).map(normalizeForMatch).filter((w) => w.length >= 2 && !/\.$/.test(w));
  if (!marks.length || !unitWords.length) return undefined;
  const numbers = numbersOf(r);
  const numberWords = [...numbers.keys()].filter((w) => /^\p{L}/u.test(w) && w.length >= 2);
  const markRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(marks)})(?!\\p{L})`, "u");
  const onceRe = once.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(once)})(?!\\p{L})`, "u") : undefined;
  const lengthRe = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}|${alternation(numberWords)})(?:\\s*-\\s*|\\s+)(?:${alternation(unitWords)})(?!\\p{L})`, "gu");
  for (const h of r.hits()) {
    if (!filter(h.span)) continue;
    const text = normalizeForMatch(h.span.clean);
    const mark = markRe.exec(text);
    if (!mark) continue;
    const end = mark.index + mark[0].length;
    const hit = [...text.matchAll(lengthRe)].find((l) => l.index >= end && l.index - end <= NEAR && !/;/.test(text.slice(end, l.index)));
    const n = hit && (/^\d+$/.test(hit[1]!) ? Number(hit[1]) : numbers.get(hit[1]!));
    if (n && n > 0) return { span: h.span, n, once: Boolean(onceRe?.test(text.slice(0, hit.index))) };
  }
  return undefined;
}
