// What an intent sees when it answers, and what it gives back.
import type { DateTime } from "luxon";
import type { Citation, Criterion, Gap, Verdict } from "../answer.js";
import type { Session } from "../conversation/session.js";
import type { Notice, Reference } from "../knowledge/load.js";
import type { Facts, Lexicon } from "../knowledge/schema.js";
import type { SearchIndex } from "../search/index.js";
import type { Understanding } from "./understand.js";
import type { MessageParams } from "../i18n/catalogue.js";

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
  /** A citation for a quote of the notice. */
  cite(quote: string): Citation;
  /** The language the answer is given in (the user's), e.g. "en", "fr". */
  language: string;
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

/** Where the notice is silent on something asked: a sentence that says so, and where to ask. */
export function silence(ctx: Context, subject: string): string {
  const address = ctx.facts.application.address?.value;
  return `The notice does not say anything about ${subject}.${address ? ` You can ask at ${address}.` : ""}`;
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

/** Joins names as "A, B and C". */
export function listOf(items: string[], last = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
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
  const words = Object.keys(ctx.lexicon.profile.numberWords).join("|");
  const m = new RegExp(`\\b(\\d{1,3}|${words})\\s*-?\\s*${unit}`, "iu").exec(ctx.u.text);
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
