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

/** The requests of a message's clauses, in the order asked, at most MAX_CLAUSES. */
export function splitRequests(clauses: string[], and: RegExp | undefined, minSide = MIN_SIDE_WORDS, minWords = 2): string[] {
  const atJoins = (c: string): string[] => {
    if (!and) return [c];
    const out: string[] = [];
    let from = 0;
    and.lastIndex = 0;
    for (const m of execAll(and, c)) {
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
  for (const clause of clauses)
    for (const piece of clause.split(/\s,\s/))
      for (const request of atJoins(piece)) {
        if (wordCount(request) < minWords) continue;
        out.push(request.trim());
        if (out.length >= MAX_CLAUSES) return out;
      }
  return out;
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
