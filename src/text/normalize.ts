// Cleaning what people type before anything reads it: platform mention syntax, markup, control
// characters, over-long input; then a lower-case, accent-free form for matching, with typos mended.

/** Longest question read; the rest is cut and the answer says so. */
export const MAX_QUESTION_LENGTH = 1000;

export type Cleaned = { text: string; truncated: boolean; /** Cut, its closing question kept after its beginning. */ closingQuestion?: boolean };

/** The longest closing question kept from a message too long to read whole. */
const MAX_CLOSING_QUESTION = 300;

/** The last sentence of a text when it asks (ends in "?") and is short enough to keep: ". ! ?" end sentences in every script. */
function closingQuestion(text: string): string | undefined {
  if (!/\?\s*$/.test(text)) return undefined;
  const tail = text.slice(-MAX_CLOSING_QUESTION);
  const m = /(?:^|[.!?…]\s)([^.!?…]*\?+)\s*$/u.exec(tail);
  const q = m?.[1]?.trim();
  return q && q.length < tail.length ? q : undefined;
}

/** The most words of one message the engine reads: its first HEAD_WORDS and its last, the question usually last. */
export const MAX_READ_WORDS = 64;
const HEAD_WORDS = 24;
/** A word repeated more than this many times in a row ("i i i i …") is read this many times. */
const MAX_RUN = 2;

/**
 * What of a cleaned message the engine reads, bounded by construction (issue 22, item 3): runs of one word
 * repeated cut to MAX_RUN, and a message longer than MAX_READ_WORDS read as its first HEAD_WORDS words and its
 * last, with a sentence break between so that no pattern spans the gap.
 */
export function boundForReading(text: string): string {
  const kept: string[] = [];
  let run = 0;
  for (const w of text.split(" ")) {
    const same = kept.length > 0 && kept[kept.length - 1]!.toLowerCase() === w.toLowerCase();
    run = same ? run + 1 : 1;
    if (run <= MAX_RUN) kept.push(w);
  }
  if (kept.length <= MAX_READ_WORDS) return kept.length === text.split(" ").length ? text : kept.join(" ");
  return `${kept.slice(0, HEAD_WORDS).join(" ")} . ${kept.slice(kept.length - (MAX_READ_WORDS - HEAD_WORDS)).join(" ")}`;
}

/**
 * Removes what is not the user's words: Slack and Teams mention syntax, HTML tags, control characters.
 * Cuts the text to MAX_QUESTION_LENGTH.
 */
export function cleanInput(raw: string): Cleaned {
  // Cut early so no pattern below ever runs over a huge message.
  let text = raw.length > MAX_QUESTION_LENGTH * 4 ? raw.slice(0, MAX_QUESTION_LENGTH * 4) : raw;
  text = text
    .replace(/<(?:@|!|#)[^>]{0,200}>/g, " ") // Slack: <@U123>, <!channel>, <#C1|name>
    .replace(/<(https?:\/\/|mailto:)[^>|]{0,500}\|([^>]{0,200})>/g, "$2") // Slack links with a label
    .replace(/<(?:https?:\/\/|mailto:)([^>]{0,500})>/g, "$1")
    .replace(/<at>[^<]{0,200}<\/at>/gi, " ") // Teams mentions
    .replace(/<\/?[a-z][^>]{0,500}>/gi, " ") // HTML tags
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, " ")
    .replace(/^\s*@[\w.-]+[:,]?\s+/, "") // "@vacancy-bot when is …"
    .replace(/\s+/g, " ")
    .trim();
  const truncated = raw.length > MAX_QUESTION_LENGTH * 4 || text.length > MAX_QUESTION_LENGTH;
  if (text.length > MAX_QUESTION_LENGTH) {
    // A long story usually ends with what it asks: its closing question is read beside its beginning.
    const ask = closingQuestion(text);
    const head = text.slice(0, MAX_QUESTION_LENGTH - (ask ? ask.length + 3 : 0)).replace(/\s+\S*$/, "");
    return ask ? { text: `${head} . ${ask}`, truncated, closingQuestion: true } : { text: head, truncated };
  }
  return { text, truncated };
}

/**
 * The texts normalised lately: a message's words, its clauses and the data it is compared with are normalised many
 * times over while it is read (a hundred calls a message), most of them on the same few texts. Bounded: emptied when full.
 */
const normalised = new Map<string, string>();
const NORMALISED_MAX = 2048;

/** Lower case, accents removed, typographic quotes and dashes made plain, odd punctuation spaced out. */
export function normalizeForMatch(text: string): string {
  if (text.length > 300) return normalizeNow(text);
  let out = normalised.get(text);
  if (out === undefined) {
    if (normalised.size >= NORMALISED_MAX) normalised.clear();
    normalised.set(text, (out = normalizeNow(text)));
  }
  return out;
}

function normalizeNow(text: string): string {
  return text
    // Greek ends a question with ";" (U+037E, or the semicolon a Greek keyboard types): after Greek letters, a question mark.
    .replace(/(\p{Script=Greek}[^\p{L}\n]{0,3})[;\u037e]/gu, "$1?")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    // Letters with a stroke and ligatures do not decompose: folded as well, so "ile placa" is "ile płacą", "lonnen"
    // "lønnen" and "nordmaend" "nordmænd" typed without them, "strasse" "Straße".
    .replace(/[łđħøæœß]/g, (c) => ({ ł: "l", đ: "d", ħ: "h", ø: "o", æ: "ae", œ: "oe", ß: "ss" })[c]!)
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    // "&" between spaces joins as "+" does ("deadline & salary?"); elsewhere ("R&D") it is no word of its own.
    .replace(/(^|\s)&(?=\s|$)/g, "$1+")
    .replace(/[^\p{L}\p{N}\s'+\-/.,:?@€%]/gu, " ")
    // A comma between digits is a decimal ("3,5 Jahre"), kept in its number.
    .replace(/(?<!\d),|,(?!\d)|;/g, (m) => ` ${m} `)
    .replace(/:(?=\s|$)/g, " :")
    .replace(/(\p{L})\.(?=\s|$)/gu, "$1 .")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words of a normalised text: runs of letters, digits, apostrophes, hyphens and pluses. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'+-]*/gu) ?? [];
}

/** Damerau–Levenshtein distance (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

function deletes(word: string, depth: number, out: Set<string>): Set<string> {
  if (depth === 0 || word.length <= 2) return out;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletes(d, depth - 1, out);
    }
  }
  return out;
}

/** How far a word may be from the one meant: one edit (two would turn "retirement" into "requirement"). */
function allowance(word: string): number {
  return word.length >= 3 ? 1 : 0;
}

export type Speller = { correct(word: string): string; knows(word: string): boolean };

const SUFFIXES = /(?:ly|s|es|ed|d|ing|er|ers|ness|ment|ments|al)$/;

/**
 * A spelling corrector (symmetric-delete lookup). A word that is known, or is a known word plus a common
 * ending, stays as it is; another becomes the nearest `target` word within one edit, the more frequent first. Targets are the words that matter for understanding; `known` words
 * are only protected from being changed; `kept` words too, without counting in a tie between two targets.
 *
 * @example
 * createSpeller(["when", "the"], ["deadline"]).correct("dedline") // → "deadline"
 */
export function createSpeller(known: Iterable<string>, targets: Iterable<string>, kept: Iterable<string> = []): Speller {
  const counts = new Map<string, number>();
  for (const w of [...known, ...targets]) if (w.length >= 2) counts.set(w, (counts.get(w) ?? 0) + 1);
  // A key most often leads to one word: kept as the word itself, a list only from the second (a language's
  // reader holds some hundred thousand keys: a list for each was most of its memory).
  const index = new Map<string, string | string[]>();
  const add = (key: string, word: string) => {
    const found = index.get(key);
    if (found === undefined) index.set(key, word);
    else if (typeof found === "string") {
      if (found !== word) index.set(key, [found, word]);
    } else if (!found.includes(word)) found.push(word);
  };
  for (const w of new Set(targets)) {
    if (w.length < 3 || /\d/.test(w)) continue;
    add(w, w);
    for (const d of deletes(w, allowance(w), new Set())) add(d, w);
  }
  const cache = new Map<string, string>();
  // Words kept as typed but no correction's target: they weigh in no tie between candidates.
  const keep = new Set(kept);
  const isKnown = (w: string) => counts.has(w) || keep.has(w) || (w.length > 5 && counts.has(w.replace(SUFFIXES, "")));
  return {
    knows: isKnown,
    correct(word) {
      if (word.length < 3 || isKnown(word) || !/^\p{Ll}+$/u.test(word)) return word;
      const hit = cache.get(word);
      if (hit !== undefined) return hit;
      const max = allowance(word);
      let best = word;
      let bestDistance = max + 1;
      let bestCount = -1;
      const consider = (candidate: string) => {
        const limit = Math.min(max, allowance(candidate));
        const d = editDistance(word, candidate, limit);
        if (d > limit) return;
        const c = counts.get(candidate) ?? 0;
        if (d < bestDistance || (d === bestDistance && c > bestCount)) {
          best = candidate;
          bestDistance = d;
          bestCount = c;
        }
      };
      for (const key of [word, ...deletes(word, max, new Set())]) {
        const found = index.get(key);
        if (typeof found === "string") consider(found);
        else if (found) for (const candidate of found) consider(candidate);
      }
      if (cache.size > 10_000) cache.clear();
      cache.set(word, best);
      return best;
    },
  };
}
