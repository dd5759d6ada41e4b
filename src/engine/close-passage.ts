// A question whose own distinctive words stand in a passage of the notice ("6 years of red teaming – is that
// relevant?" and "…threat hunting activities and red team operations"): that passage answers it, before the
// intent's general answer (the list of skills, of the profile sought), which stays as context. Distinctive: two
// content words of the question next to each other, found next to each other in at most MAX_PASSAGES passages
// of the notice. Words are compared by their stems; no word of any language is written here.
import { stem } from "../search/index.js";
import { leadingWith, type Context, type Reply } from "./context.js";
import { normalizeForMatch, words } from "../text/normalize.js";
import { stopSetOf } from "./word-sets.js";

/** A pair of words found in more passages than this is common to the notice, not distinctive. */
const MAX_PASSAGES = 2;
/** Intents whose answer is not a passage on a subject. */
const SKIP = new Set(["greeting", "help", "thanks", "offtopic", "eligibility", "uncovered"]);

const pairsOf = (stems: string[]) => stems.slice(1).map((s, i) => `${stems[i]} ${s}`);
const indexed = new WeakMap<object, { pairs: Set<string>; id: number }[]>();

/** The notice's passages as pairs of adjacent stems (remembered per index). */
function passagePairs(ctx: Context) {
  let out = indexed.get(ctx.search);
  if (!out) {
    out = ctx.search.passages.filter((p) => !p.furniture).map((p) => ({ id: p.id, pairs: new Set(pairsOf(words(normalizeForMatch(p.text)).map(stem))) }));
    indexed.set(ctx.search, out);
  }
  return out;
}

/** The passages holding a pair of the question's adjacent content words that few passages hold, best first. */
export function closePassages(ctx: Context): number[] {
  const stop = stopSetOf(ctx.lexicon);
  const ws = words(normalizeForMatch(ctx.u.original));
  const pairs: string[] = [];
  for (let i = 1; i < ws.length; i++) {
    const [a, b] = [ws[i - 1]!, ws[i]!];
    if ([a, b].some((w) => stop.has(w) || w.length < 3 || /\d/.test(w))) continue;
    pairs.push(`${stem(a)} ${stem(b)}`);
  }
  if (!pairs.length) return [];
  const all = passagePairs(ctx);
  const found: number[] = [];
  for (const pair of pairs) {
    const holding = all.filter((p) => p.pairs.has(pair));
    if (holding.length && holding.length <= MAX_PASSAGES) for (const p of holding) if (!found.includes(p.id)) found.push(p.id);
  }
  return found;
}

/** The answer with the passages the question's distinctive words point to put first, where it does not quote them. */
export function withClosePassage(ctx: Context, intent: string, reply: Reply): Reply {
  if (SKIP.has(intent)) return reply;
  const close = closePassages(ctx);
  if (!close.length) return reply;
  const shown = reply.citations.map((c) => normalizeForMatch(c.quote));
  const passages = close
    .map((id) => ctx.search.passages[id]!)
    .map((p) => ({ p, quote: p.text.replace(/^(?:[-•*–]|\d+\.)\s+/, "") }))
    .filter((x) => {
      const quote = normalizeForMatch(x.quote);
      return !shown.some((q) => q.includes(quote) || quote.includes(q));
    })
    .slice(0, MAX_PASSAGES);
  if (!passages.length) return reply;
  return leadingWith(ctx, reply, passages);
}
