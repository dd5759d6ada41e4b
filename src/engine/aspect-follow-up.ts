// "is there a probation? | how long?": a follow-up that asks only an aspect (how long, how many, which, when)
// and names no subject of its own asks it of the subject the last answer was about, not of whatever subject
// the classifier leans to for those words. Read with the message language's words (words.json `quantity`,
// `which`, `exact`, `followUp`, `stopwords`, `and`), the same code for every language.
import type { Lexicon } from "../knowledge/schema.js";
import { normalizeForMatch, words } from "../text/normalize.js";
import { escapeRegExp as escape } from "../text/regexp.js";

const cache = new Map<string, { aspect?: RegExp; filler: Set<string> }>();

function compiled(lexicon: Lexicon) {
  let c = cache.get(lexicon.language);
  if (!c) {
    const w = lexicon.words;
    const list = [...w.quantity, ...w.which, ...w.exact].map((p) => normalizeForMatch(p)).filter(Boolean).sort((a, b) => b.length - a.length);
    c = {
      ...(list.length ? { aspect: new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu") } : {}),
      filler: new Set([...lexicon.stopwords, ...w.stopwords, ...w.and, ...w.followUp, ...w.anaphora].flatMap((x) => words(normalizeForMatch(x)))),
    };
    cache.set(lexicon.language, c);
  }
  return c;
}

/** "how long?", "and for how many years?", "combien de temps ?": an aspect word and nothing but function words. */
export function asksOnlyAspect(lexicon: Lexicon, text: string): boolean {
  const { aspect, filler } = compiled(lexicon);
  const t = normalizeForMatch(text);
  if (!aspect || !new RegExp(aspect.source, "u").test(t)) return false;
  return words(t.replace(aspect, " ")).every((w) => filler.has(w));
}
