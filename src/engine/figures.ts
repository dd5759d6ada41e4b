// Whether a question asks for a figure ("how many days of telework?", "max PDF size?") and whether an answer
// gives one. An answer that quotes the passage on the subject but holds no figure then says the notice does
// not state the detail asked (issue 17, class 6). The words come from each language's words.json: its
// "quantity" phrases, its month names (a date is not a figure asked for) and its number words.
import type { Words } from "../knowledge/schema.js";
import { phraseRegExp } from "./language-pack.js";
import { normalizeForMatch } from "../text/normalize.js";
import { escapeRegExp } from "../text/regexp.js";

export type Figures = {
  /** The normalised message asks for a number, a length, a size or an amount. */
  asksFigure(text: string): boolean;
  /** The text (an answer) holds a figure other than a date, a time, a year or a list marker. */
  hasFigure(text: string): boolean;
};

const TIME = /(?<![\p{N}])\d{1,2}[:.h]\d{2}(?![\p{N}])/gu;
const YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}])/gu;
const LIST = /(?<![\p{L}\p{N}.,])\d{1,2}[.)](?=\s)/gu;
const NUMBER = /(?<![\p{L}\p{N}.,/])\d+(?:[.,]\d+)?(?![\p{L}\p{N}/(])/u;

export function createFigures(words: Words): Figures {
  const quantity = phraseRegExp(words.quantity);
  const months = Object.keys(words.months).map((m) => normalizeForMatch(m).replace(/\.$/, "")).filter((m) => m.length >= 3);
  const monthAlt = months.length ? [...new Set(months)].sort((a, b) => b.length - a.length).map((m) => escapeRegExp(m)).join("|") : undefined;
  const dates = monthAlt
    ? [new RegExp(`(?<![\\p{N}])\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+|of\\s+)?(?:${monthAlt})(?![\\p{L}])`, "gu"), new RegExp(`(?<![\\p{L}])(?:${monthAlt})\\.?\\s+\\d{1,2}(?![\\p{N}])`, "gu")]
    : [];
  const numberWords = phraseRegExp(Object.entries(words.numbers).filter(([, v]) => v >= 2).map(([k]) => k));
  return {
    asksFigure: (text) => Boolean(quantity?.test(text)),
    hasFigure(text) {
      let t = normalizeForMatch(text);
      for (const re of [...dates, TIME, YEAR, LIST]) t = t.replace(re, " ");
      return NUMBER.test(t) || Boolean(numberWords?.test(t));
    },
  };
}
