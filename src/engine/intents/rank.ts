// Picks the passages of a list that best match the question, by the content words they share.
import { normalizeForMatch, words } from "../../text/normalize.js";
import { stem } from "../../search/index.js";
import type { Context } from "../context.js";

const stemsOf = new Map<string, Set<string>>();
function stems(quote: string): Set<string> {
  let held = stemsOf.get(quote);
  if (!held) {
    if (stemsOf.size >= 5000) stemsOf.clear();
    stemsOf.set(quote, (held = new Set(words(normalizeForMatch(quote)).map(stem))));
  }
  return held;
}

/** The quotes sharing the most content words with the question, best first; none when nothing is shared. */
export function bestQuotes(ctx: Context, quotes: string[], limit: number): string[] {
  const stop = new Set(ctx.lexicon.stopwords);
  const asked = new Set(words(ctx.u.text).filter((w) => !stop.has(w) && w.length > 1).map(stem));
  if (!asked.size) return [];
  return quotes
    .map((q, i) => {
      const held = stems(q);
      let shared = 0;
      for (const w of asked) if (held.has(w)) shared++;
      return { q, i, shared };
    })
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.q);
}
