// What an intent sees when it answers, and what it gives back.
import type { DateTime } from "luxon";
import type { Citation, Criterion, Gap, Verdict } from "../answer.js";
import type { Session } from "./session.js";
import type { Notice, Reference } from "../knowledge/load.js";
import type { Facts, Lexicon } from "../knowledge/schema.js";
import { stem, type SearchIndex } from "../search/index.js";
import { normalizeForMatch, words } from "../text/normalize.js";
import { stopSetOf } from "./word-sets.js";
import type { Understanding } from "./understand.js";
import { questionPart } from "./requests.js";
import type { Remnant } from "./open-world.js";
import type { MessageParams } from "../i18n/catalogue.js";
import type { Speaker } from "../time/format.js";

export type Names = {
  /** A country by its code, in the answer's language; `fallback` (the reference's name) where it has none. */
  country(code: string, fallback: string): string;
  /** A language by its English name in the reference data, in the answer's language. */
  language(name: string): string;
};

export type Context = {
  notice: Notice;
  facts: Facts;
  reference: Reference;
  lexicon: Lexicon;
  /** The message as read. */
  u: Understanding;
  session: Session;
  now: DateTime;
  /** The zone the channel knows for the user, if any. */
  zone?: string;
  search: SearchIndex;
  /** Blocks of a pasted page's list of other jobs ("Similar jobs"): not this notice's facts. */
  remnants?: Remnant[];
  /** A citation for a quote of the notice. */
  cite(quote: string): Citation;
  /** The language the answer is given in (the user's), e.g. "en", "fr". */
  language: string;
  /** Formatting of dates, zones and spans in the answer's language. */
  speaker: Speaker;
  /** Names of countries and languages in the answer's language (the reference's English name where it has none). */
  names: Names;
  /** A sentence of the message catalogue in the answer's language (English where it lacks one), with its parameters. */
  t(id: string, params?: MessageParams): string;
};

export type Reply = {
  parts: string[];
  citations: Citation[];
  verdict?: Verdict;
  criteria?: Criterion[];
  gap?: Gap;
  /** Follow-ups that replace the lexicon's defaults for the intent. */
  followUps?: string[];
};

export type Intent = (ctx: Context) => Reply;

/** Where the notice is silent on something asked: a sentence that says so, and where to ask. `subject` is a phrase in the answer's language. */
export function silence(ctx: Context, subject: string): string {
  const address = ctx.facts.application.address?.value;
  return ctx.t(address ? "silence.askAt" : "silence", { subject, address: address ?? "" });
}

/**
 * Open world: where the notice has no typed fact on a topic, its passages on that topic, quoted in the
 * notice's language (labelled when the answer is in another), or the silence sentence when none speaks of it.
 */
export function fromPassages(ctx: Context, topic: string, subjectText: string, shown: string[] = [], limit = 3): Reply {
  const on = ctx.search
    .onTopic(topic)
    .map((p) => ({ p, quote: p.text.replace(/^(?:[-•*–]|\d+\.)\s+/, "") }))
    .filter((x) => !shown.some((q) => q.includes(x.quote) || x.quote.includes(q)))
    // A summary line the section says again in full ("Candidates may apply for one profile only.") is quoted once.
    .filter((x, i, all) => !all.some((y, j) => j !== i && y.quote.includes(x.quote) && (y.quote !== x.quote || j < i)))
    .slice(0, limit);
  if (!on.length) return { parts: shown.length ? [] : [silence(ctx, subjectText)], citations: [], ...(shown.length ? {} : { gap: "not_in_notice" as const }) };
  const quotes = on.map((x) => x.quote);
  const parts = [says(ctx, ...quotes)];
  // Asked in the notice's language, most of the question's own words in none of these passages: the detail asked is not there.
  if (ctx.language === ctx.facts.language) {
    const stop = stopSetOf(ctx.lexicon);
    // The detail is asked in the asking sentences ("My application failed. Can I send a new one?"), not in those stating.
    const asked = [...new Set(words(normalizeForMatch(questionPart(ctx.u.text) ?? ctx.u.text)).filter((w) => w.length > 3 && !stop.has(w)))];
    // The topic's own words ("send a new" for "submit a new application") are the passage's subject in the user's words.
    const held = new Set(words(normalizeForMatch([...quotes, ...(ctx.lexicon.words.notice.topics[topic] ?? [])].join(" "))).map(stem));
    if (asked.length >= 3 && asked.filter((w) => !held.has(stem(w))).length * 2 > asked.length) parts.push(ctx.t("engine.detailMissing"));
  }
  return { parts, citations: on.map((x) => ({ sectionId: x.p.sectionId, heading: x.p.heading, quote: x.quote })) };
}

/** The answer with these passages quoted first, each cited; a gap is no longer one. */
export function leadingWith(ctx: Context, reply: Reply, found: { p: { sectionId: string; heading: string }; quote: string }[]): Reply {
  const { gap: _gap, ...rest } = reply;
  return {
    ...rest,
    parts: [says(ctx, ...found.map((x) => x.quote)), ...reply.parts],
    citations: [...found.map((x) => ({ sectionId: x.p.sectionId, heading: x.p.heading, quote: x.quote })), ...reply.citations],
  };
}

/** A subject of the message catalogue ("subject.deadline" → "a closing date"), for `silence`. */
export function subject(ctx: Context, id: string): string {
  return ctx.t(`subject.${id}`);
}

/**
 * The notice's own words as a sentence of the answer: as they stand when the answer is in the notice's
 * language, labelled with that language otherwise ("the notice says (in English): …"). Never translated.
 */
export function quoted(ctx: Context, quote: string): string {
  const s = sentence(quote);
  return ctx.language === ctx.facts.language ? s : ctx.t("quote.foreign", { quote: s, language: ctx.t(`language.${ctx.facts.language}`) });
}

/** "The notice says: “…”", labelled with the notice's language when the answer is in another. */
export function says(ctx: Context, ...quotes: string[]): string {
  const text = quotes.map((q) => ctx.t("quote.marks", { quote: sentence(q) })).join(" ");
  return ctx.language === ctx.facts.language ? ctx.t("quote.says", { quotes: text }) : ctx.t("quote.saysForeign", { quotes: text, language: ctx.t(`language.${ctx.facts.language}`) });
}

const sentences = new Map<string, string>();

/** A quote of the notice as a sentence: markup removed, first letter capital, closing full stop. */
export function sentence(quote: string): string {
  let done = sentences.get(quote);
  if (done === undefined) {
    const s = quote
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\\(?=[^\s\w])/g, "")
      .replace(/\*\*/g, "")
      .replace(/[¹²³⁴⁵⁶⁷⁸⁹]/g, "")
      .replace(/\s+/g, " ")
      .trim()
      // A bullet's closing ";" or "," is not the end of a sentence.
      .replace(/\s*[;,]$/, "");
    const capital = s.charAt(0).toUpperCase() + s.slice(1);
    done = /[.!?:]$/.test(capital) ? capital : `${capital}.`;
    if (sentences.size >= 5000) sentences.clear();
    sentences.set(quote, done);
  }
  return done;
}

/**
 * Joins names as "A, B and C": in the answer's language by its list rules when given a context ("A, B et C"),
 * or with the joining word given ("A, B or C" with the catalogue's word for "or").
 */
export function listOf(items: string[], how?: string | { language: string }, type: "conjunction" | "disjunction" = "conjunction"): string {
  if (items.length <= 1) return items[0] ?? "";
  if (typeof how === "string") return `${items.slice(0, -1).join(", ")} ${how} ${items.at(-1)}`;
  return new Intl.ListFormat(how?.language === "en" || !how ? "en-GB" : how.language, { style: "long", type }).format(items);
}

/** The quote at a dotted path of the facts ("selection.panel"), if the notice has it. */
export function quoteAt(facts: Facts, path: string): string | undefined {
  let v: unknown = facts;
  for (const key of path.split(".")) v = v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
  if (Array.isArray(v)) v = v[0];
  const q = v && typeof v === "object" ? (v as { quote?: unknown }).quote : undefined;
  return typeof q === "string" ? q : undefined;
}

/** A number the question puts on a unit ("5 years", "six-month"), read with the lexicon's number words. */
export function askedNumber(ctx: Context, unit: string): number | undefined {
  // The unit's words come from the language (words.json `units`, completed into the lexicon); a language without them asks no number.
  const names = ctx.lexicon.units[unit];
  if (!names) return undefined;
  const words = Object.keys(ctx.lexicon.profile.numberWords).join("|");
  const m = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3}|${words})\\s*-?\\s*${names}`, "iu").exec(ctx.u.text);
  if (!m) return undefined;
  const raw = m[1]!.toLowerCase();
  return /^\d+$/.test(raw) ? Number(raw) : ctx.lexicon.profile.numberWords[raw];
}

/** True when the question wants a yes or a no ("Is the contract 5 years?", "Do officials have priority?"). */
export function isYesNoQuestion(ctx: Context): boolean {
  return ctx.lexicon.cues.yesNoQuestion.some((p) => new RegExp(p, "iu").test(ctx.u.text));
}

/** "Yes: " or "No: " before a statement, when the question wants a yes or a no about a number. */
export function confirm(ctx: Context, asked: number | undefined, actual: number): string {
  if (asked === undefined || !isYesNoQuestion(ctx)) return "";
  return asked === actual ? "Yes: " : "No: ";
}
