// The requests of a message: its clauses (split at the lexicon's clause breaks), split again at commas (a shape of
// writing, not a word) and at the language's words for "and" where both sides are at least three words long.
// At most MAX_CLAUSES: with the words read bounded (normalize.ts, boundForReading), the classifier ranks a
// bounded number of bounded clauses for any message (issue 22, item 3).
import { execAll } from "../text/regexp.js";

/** The most clauses of one message classified on their own. */
export const MAX_CLAUSES = 6;
/** The fewest words on each side of an "and" for it to join two requests ("English and German" joins names). */
const MIN_SIDE_WORDS = 3;

const wordCount = (s: string) => s.split(" ").filter(Boolean).length;

/**
 * Joins written as a sign between spaces ("deadline & salary?", "grade + place?", "contract / probation"): a shape
 * of writing, the same in every language, read as the language's word for "and" is (normalize.ts keeps "&" as "+").
 */
const SIGN_JOIN = "\\s[+/]\\s";
const withSigns = new Map<RegExp | undefined, RegExp>();
const joinsOf = (and: RegExp | undefined): RegExp => {
  let re = withSigns.get(and);
  if (!re) withSigns.set(and, (re = new RegExp(and ? `${and.source}|${SIGN_JOIN}` : SIGN_JOIN, "giu")));
  return re;
};

/** The letter- or digit-bearing words of a text: "," and "?" are no words of a request. */
export const requestWords = (s: string): number => s.split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The most words of each piece of a list of subjects ("deadline, grade, contract length and probation?"). */
export const LIST_PIECE_WORDS = 3;
/** The fewest pieces of a message for it to be read as a list of subjects whatever its length. */
export const LIST_PIECES = 3;

/** The requests of a message's clauses, in the order asked, at most MAX_CLAUSES. */
export function splitRequests(clauses: string[], and: RegExp | undefined, minSide = MIN_SIDE_WORDS, minWords = 2): string[] {
  const joins = joinsOf(and);
  const atJoins = (c: string): string[] => {
    const out: string[] = [];
    let from = 0;
    joins.lastIndex = 0;
    for (const m of execAll(joins, c)) {
      const before = c.slice(from, m.index).trim();
      const after = c.slice(m.index + m[0].length).trim();
      if (wordCount(before) >= minSide && wordCount(after) >= minSide) {
        out.push(before);
        from = m.index + m[0].length;
      }
    }
    out.push(c.slice(from).trim());
    return out;
  };
  const out: string[] = [];
  // A comma parts requests, and so does a colon before a space ("3 qs: 1) grade?") once the joins are read (a side
  // of an "and" keeps its heading's words: "two things: minimum degree and …"): shapes of writing, not words.
  for (const clause of clauses)
    for (const piece of clause.split(/\s,\s/))
      for (const request of atJoins(piece).flatMap((r) => r.split(/\s:\s/))) {
        if (wordCount(request) < minWords) continue;
        out.push(request.trim());
        if (out.length >= MAX_CLAUSES) return out;
      }
  return out;
}

/**
 * A short message's requests of a word or two ("deadline and salary?", "contract length + probation?"), or a list of
 * subjects whatever its length ("deadline, grade, contract length and probation?": LIST_PIECES pieces or more, each
 * of LIST_PIECE_WORDS words at most); undefined when the message is neither.
 */
export function listRequests(clauses: string[], and: RegExp | undefined, wholeWords: number): string[] | undefined {
  const pieces = splitRequests(clauses, and, 1, 1);
  const list = pieces.length >= LIST_PIECES && pieces.every((p) => requestWords(p) <= LIST_PIECE_WORDS);
  return pieces.length > 1 && (list || wholeWords <= SHORT_LIST_WORDS) ? pieces : undefined;
}

/**
 * The asking part of a message that also states something in a sentence of its own ("I'm an official. How do I
 * apply?", "is 3 years' experience required? I have 1.5"): its sentences ending in a question mark, joined; undefined
 * when every sentence asks or none does. Sentences end at . ! ? ; : followed by a space (not "1.5", "12:00") — a
 * shape of writing, not a word of any language.
 */
export function questionPart(text: string): string | undefined {
  const asking: string[] = [];
  let stating = 0;
  for (const m of text.matchAll(/([^.!?;:]|[.!?;:](?!\s|$))+(?:[.!?;:](?=\s|$))?/gu)) {
    const sentence = m[0].trim();
    if (wordCount(sentence.replace(/[.!?;:]$/, "")) < 2) continue;
    if (sentence.endsWith("?")) asking.push(sentence);
    else stating++;
  }
  return asking.length && stating ? asking.join(" ") : undefined;
}

/** The most words of a message whose every "and" may join two requests, one word each ("deadline and salary?"). */
export const SHORT_LIST_WORDS = 6;
/**
 * The asking part beside a statement, within one sentence as well: questionPart, or else, for a single question
 * whose last clause asks after a statement ("je suis lauréat d'un concours EPSO , est-ce que j'ai la priorité ?"),
 * that clause — its comma is a shape of writing, not a word, and each side holds at least two words.
 */
export function askingPart(text: string, openers: readonly string[] = []): string | undefined {
  const part = questionPart(text);
  if (part || !text.trim().endsWith("?") || /[.!?;:](?=\s)/.test(text.trim().slice(0, -1))) return part;
  const at = text.lastIndexOf(" , ");
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  const after = text.slice(at + 3).trim();
  // Where the language's question openers are given, the clause opens with one ("est-ce que…", "do i…"): a tag
  // ("…, n'est-ce pas ?", "…, right?") asks nothing of its own, the whole sentence does.
  // An opening mark ("¿cómo …") is no word.
  const opening = after.replace(/^[^\p{L}\p{N}]+/u, "");
  if (openers.length && !openers.some((o) => opening.startsWith(o) && !/\p{L}/u.test(opening.charAt(o.length)))) return undefined;
  return wordCount(before) >= 2 && wordCount(after.replace(/\?$/, "")) >= 2 ? after : undefined;
}
