// The user's status (an official, a laureate) and the notice's passages on people of that status.
// The passages are found with the status words of the notice's language (words.json `official`, `laureate`),
// tagged by the search index like any topic; the user's status is read with the same words of the user's
// language (factWordsFor). Two classes of question:
// - a status stated beside a question ("I'm a Commission official, how do I apply?"): the passages of the
//   answer's own topic that speak of people of that status (their own channel) come first;
// - a status asked about as a requirement ("Do I need to be an official already?") where the notice makes no
//   status an eligibility criterion: no, and the passages that say what the status does (priority, the
//   contract offered otherwise).
import type { Lexicon } from "../knowledge/schema.js";
import type { Profile } from "./session.js";
import { leadingWith, says, type Context, type Reply } from "./context.js";
import { factWordsFor } from "./language-pack.js";
import { OWN_TOPICS } from "./open-world.js";

/** The statuses a notice may speak of people holding, each with its words in words.json. */
export const STATUSES = ["official", "laureate"] as const;
type Status = (typeof STATUSES)[number];

const topicOf = (s: Status) => `status.${s}`;

/** Topic words for the search index: a passage naming officials is on the topic "status.official". */
export function statusTopics(words: Lexicon["words"]): Record<string, string[]> {
  return Object.fromEntries(STATUSES.map((s) => [topicOf(s), words[s] ?? []]));
}

/** The statuses the user holds, said in this message or earlier in the conversation. */
function heldStatuses(ctx: Context): Status[] {
  const p: Profile = { ...ctx.session.profile, ...ctx.u.profile };
  return STATUSES.filter((s) => p[s] === true);
}

/** The most status passages put before an answer. */
const LIMIT = 2;

const unquoted = (text: string, shown: string[]) => !shown.some((q) => q.includes(text) || text.includes(q));
const bare = (text: string) => text.replace(/^(?:[-•*–]|\d+\.|[¹²³⁴⁵⁶⁷⁸⁹])\s*/, "");

/**
 * "I'm a Commission official, how do I apply?": the passages on the answer's topic that speak of people of
 * the user's status, put first; nothing where the user states no status or the notice has no such passage.
 */
export function withStatusPassages(ctx: Context, intent: string, reply: Reply): Reply {
  if (["greeting", "help", "thanks", "offtopic", "eligibility", "uncovered"].includes(intent)) return reply;
  const held = heldStatuses(ctx);
  if (!held.length) return reply;
  const topics = [...new Set([...(OWN_TOPICS[intent] ?? []), intent])];
  const onTopic = new Set(topics.flatMap((t) => ctx.search.onTopic(t)).map((p) => p.id));
  const shown = reply.citations.map((c) => c.quote);
  const found = held
    .flatMap((s) => ctx.search.onTopic(topicOf(s)))
    .filter((p, i, all) => onTopic.has(p.id) && all.findIndex((x) => x.id === p.id) === i)
    .map((p) => ({ p, quote: bare(p.text) }))
    .filter((x) => unquoted(x.quote, shown))
    .slice(0, LIMIT);
  if (!found.length) return reply;
  return leadingWith(ctx, reply, found);
}

const statusRes = new Map<string, RegExp[]>();

/** The statuses a message names, with the fact reader's words of its language ("official", not "official language"). */
function namedStatuses(ctx: Context): Status[] {
  let res = statusRes.get(ctx.lexicon.language);
  if (!res) {
    const w = factWordsFor(ctx.lexicon);
    const compile = (list: string[] | undefined) => (list?.length ? new RegExp(list.map((p) => `(?:${p})`).join("|"), "iu") : /(?!)/);
    statusRes.set(ctx.lexicon.language, (res = [compile(w.official), compile(w.laureate)]));
  }
  return STATUSES.filter((_, i) => res![i]!.test(ctx.u.text));
}

/**
 * "Do I need to be an official already to apply?": where the notice makes no status an eligibility criterion,
 * no, with the passages that say what the status changes (the priority rule, the contract offered to others).
 * Undefined when the question names no status, states it as the user's own, or the notice has a status rule.
 */
export function statusNotRequired(ctx: Context): Reply | undefined {
  if (ctx.facts.eligibility.criteria.some((c) => c.type === "status") || !ctx.facts.eligibility.criteria.length) return undefined;
  const named = namedStatuses(ctx);
  if (!named.length || named.some((s) => ctx.u.profile[s] !== undefined)) return undefined;
  const passages = [...new Map(STATUSES.flatMap((s) => ctx.search.onTopic(topicOf(s))).map((p) => [p.id, p])).values()];
  // The typed facts about who comes first and on what contract the others are taken, in their whole paragraph.
  const typed = [ctx.facts.selection.priority?.quote, ctx.facts.contract.type?.quote].filter((q): q is string => Boolean(q));
  const core = (q: string) => q.replace(/\*\*|\[|\]\([^)]*\)|[¹²³⁴⁵⁶⁷⁸⁹]/g, "").slice(0, 60);
  let chosen = typed.flatMap((q) => passages.filter((p) => p.text.replace(/\*\*|\[|\]\([^)]*\)|[¹²³⁴⁵⁶⁷⁸⁹]/g, "").includes(core(q))).slice(0, 1));
  // None typed: the status passages on the selection or the contract.
  if (!chosen.length) {
    const near = new Set(["selection", "contract"].flatMap((t) => ctx.search.onTopic(t)).map((p) => p.id));
    chosen = passages.filter((p) => near.has(p.id)).slice(0, LIMIT);
  }
  if (!chosen.length) return undefined;
  const quotes = [...new Set(chosen.map((p) => bare(p.text)))];
  return {
    parts: [ctx.t("criteria.status.notRequired"), says(ctx, ...quotes)],
    citations: chosen.filter((p, i) => chosen.findIndex((x) => x.id === p.id) === i).map((p) => ({ sectionId: p.sectionId, heading: p.heading, quote: bare(p.text) })),
  };
}
