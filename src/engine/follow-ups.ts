// Follow-ups that lean on the answer before: "why not?" alone asks for that answer's rule again, and "where do
// I find the second one?" names an item of that answer's list by its place. Both are read with the words of
// the message's language (words.json `why`, `ordinals`, `stopwords`, `negation`), the same code for all.
import type { Lexicon } from "../knowledge/schema.js";
import type { Facts } from "../knowledge/schema.js";
import { stem } from "../search/index.js";
import { sentence, type Context, type Reply } from "./context.js";
import { normalizeForMatch, words } from "../text/normalize.js";
import { escapeRegExp as escape } from "../text/regexp.js";

/** The rule ids route.ts gives these follow-ups; the engine answers them from the previous question or its list. */
export const WHY_RULE = "why-follow-up";
export const ORDINAL_RULE = "ordinal-follow-up";

const phrases = (list: string[]) => list.map((p) => normalizeForMatch(p)).filter(Boolean).sort((a, b) => b.length - a.length);
const cache = new Map<string, { why?: RegExp; ordinal?: RegExp; filler: Set<string> }>();

function compiled(lexicon: Lexicon) {
  let c = cache.get(lexicon.language);
  if (!c) {
    const w = lexicon.words;
    const re = (list: string[]) => (list.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases(list).map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu") : undefined);
    c = {
      ...(w.why.length ? { why: re(w.why)! } : {}),
      ...(Object.keys(w.ordinals).length ? { ordinal: re(Object.keys(w.ordinals))! } : {}),
      filler: new Set([...lexicon.stopwords, ...w.stopwords, ...w.negation, ...w.and, ...Object.keys(w.numbers)].flatMap((x) => words(normalizeForMatch(x)))),
    };
    cache.set(lexicon.language, c);
  }
  return c;
}

/** "why not?", "and why?", "pourquoi pas ?": a why-word and nothing but function words and negations. */
export function asksOnlyWhy(lexicon: Lexicon, text: string): boolean {
  const { why, filler } = compiled(lexicon);
  const t = normalizeForMatch(text);
  if (!why || !new RegExp(why.source, "u").test(t)) return false;
  return words(t.replace(why, " ")).every((w) => filler.has(w));
}

const stills = new Map<string, RegExp | undefined>();

/** The message says "still" in its language ("ainda", "noch", "encore"). */
export function saysStill(lexicon: Lexicon, text: string): boolean {
  if (!stills.has(lexicon.language)) {
    const list = phrases(lexicon.words.still);
    stills.set(lexicon.language, list.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "u") : undefined);
  }
  return stills.get(lexicon.language)?.test(normalizeForMatch(text)) ?? false;
}

/** The place in a list an ordinal word of the message names (2 for "second", -1 for "last"), if any. */
export function ordinalAsked(lexicon: Lexicon, text: string): number | undefined {
  const { ordinal } = compiled(lexicon);
  if (!ordinal) return undefined;
  const m = new RegExp(ordinal.source, "u").exec(normalizeForMatch(text));
  if (!m) return undefined;
  const byWord = new Map(Object.entries(lexicon.words.ordinals).map(([k, v]) => [normalizeForMatch(k), v]));
  return byWord.get(m[0]);
}

/** The lists an answer of an intent shows, item by item, with the passage they stand in. */
const LISTS: Record<string, (facts: Facts) => { items: string[]; quote: string } | undefined> = {
  application: (f) => (f.application.documents ? { items: f.application.documents.value, quote: f.application.documents.quote } : undefined),
  selection: (f) => (f.selection.steps ? { items: f.selection.steps.value, quote: f.selection.steps.quote } : undefined),
  criteria: (f) => (f.eligibility.criteria.length ? { items: f.eligibility.criteria.map((c) => c.quote), quote: "" } : undefined),
};

/** True when the last answer's intent shows a list an ordinal may point into. */
export function hasList(facts: Facts, intent: string | undefined): boolean {
  return Boolean(intent && LISTS[intent]?.(facts));
}

/**
 * "Where do I find the second one?" after the list of documents: that item, cited, and where the question asks
 * more of it than the notice's passage on it holds ("where do I find"), that the notice does not state it.
 */
export function ordinalReply(ctx: Context, intent: string): Reply | undefined {
  const list = LISTS[intent]?.(ctx.facts);
  const n = ordinalAsked(ctx.lexicon, ctx.u.text);
  if (!list || n === undefined) return undefined;
  const item = n === -1 ? list.items.at(-1) : list.items[n - 1];
  if (item === undefined) return undefined;
  const quote = list.quote || item;
  const parts = [ctx.t("followUp.item", { place: n === -1 ? list.items.length : n, item: sentence(item).replace(/\.$/, "") })];
  // The words the question asks beyond the item and its place: none of them in any passage naming the item.
  const { filler, ordinal } = compiled(ctx.lexicon);
  const itemStems = new Set(words(normalizeForMatch(item)).map(stem));
  const asked = words(normalizeForMatch(ctx.u.text).replace(ordinal ?? /(?!)/, " ")).filter((w) => w.length > 2 && !filler.has(w) && !itemStems.has(stem(w)));
  if (asked.length && ctx.language === ctx.facts.language) {
    const naming = ctx.search.passages.filter((p) => normalizeForMatch(p.text).includes(normalizeForMatch(item)));
    const held = new Set(naming.flatMap((p) => words(normalizeForMatch(p.text)).map(stem)));
    if (!asked.some((w) => held.has(stem(w)))) parts.push(ctx.t("engine.detailMissing"));
  }
  return { parts, citations: [ctx.cite(quote)] };
}
