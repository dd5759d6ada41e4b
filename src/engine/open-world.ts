// Open world: what a question names besides the subject its intent answers. The topics the question speaks
// of are read with the same per-language topic words that tag the notice's passages (words.json
// `notice.topics`): one vocabulary for reading the user and reading the notice. A topic asked ("Where is it,
// and must I travel?") whose passages the answer has not quoted gets them; a figure or date the question
// quotes that the notice holds only in a list of other jobs (a pasted page's "Similar jobs") is said to
// belong to another job.
import type { Citation } from "../answer.js";
import { fromPassages, sentence, type Context, type Reply } from "./context.js";
import { normalizeForMatch } from "../text/normalize.js";
import { firstRequest } from "./first-request.js";
import { escapeRegExp as escape } from "../text/regexp.js";

const matchers = new WeakMap<readonly string[], RegExp>();

/** A topic word matches at a word's start, accents and case aside ("voyag" in "voyager"), as the index does. */
function topicWords(words: readonly string[]): RegExp | undefined {
  if (!words.length) return undefined;
  // Remembered per list of words.json (the lists of a loaded lexicon never change).
  let re = matchers.get(words);
  if (!re) matchers.set(words, (re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((w) => escape(normalizeForMatch(w))).join("|")})`, "u")));
  return re;
}

/** The notice topics the question names, with the words of the question's language. */
export function askedTopics(ctx: Context): string[] {
  const text = normalizeForMatch(ctx.u.text);
  const topics = Object.entries(ctx.lexicon.words.notice.topics)
    .filter(([, words]) => topicWords(words)?.test(text))
    .map(([topic]) => topic);
  // A language named ("Is Portuguese required?") asks about languages, as a passage naming one speaks of them.
  if (ctx.u.languages.length && !topics.includes("languages")) topics.push("languages");
  return topics;
}

/** The topics an intent's own answer already speaks of: not added again beside it. */
export const OWN_TOPICS: Record<string, string[]> = {
  // "Will the deadline be extended?", "the deadline for applications": the deadline's answer speaks of both.
  deadline: ["extension", "application"],
  place: ["place"],
  telework: ["telework"],
  contract: ["contract", "extension", "duration"],
  pay: ["pay"],
  application: ["application"],
  languages: ["languages"],
  selection: ["selection"],
};

/** Topics of subjects often left open (ids of the uncovered subjects, words.json `notice.topics`): no typed fact sums them up. */
const LEFT_OPEN = new Set(["multiple", "online-interview"]);

/** The most passages added for one topic asked beside the intent's answer. */
const BESIDE_LIMIT = 2;

/**
 * The passages on the topics the question names that the answer has not quoted: a second aspect of one
 * question ("Where is it based? Must I travel?") answered from its passage. Nothing for small talk and checks, nor
 * for `answeredElsewhere`: the topics another request of the message asks, answered in their own place.
 */
export function withAskedTopics(ctx: Context, intent: string, reply: Reply, answeredElsewhere: ReadonlySet<string> = new Set()): Reply {
  if (["greeting", "help", "thanks", "offtopic", "eligibility"].includes(intent)) return reply;
  // The criteria answered from typed rules speak for themselves; with none typed, the passages asked about do.
  if (intent === "criteria" && reply.citations.length) return reply;
  let out = reply;
  let first: string | undefined;
  for (const topic of askedTopics(ctx)) {
    if (OWN_TOPICS[intent]?.includes(topic) || answeredElsewhere.has(topic)) continue;
    // Quoted in the answer's text, not only cited behind a sentence of its own on another aspect ("the selection
    // is in English" citing the sentence that also says where the interview is held).
    // Only for a subject often left open, which no typed fact sums up.
    const said = out.parts.join(" ");
    const leftOpen = LEFT_OPEN.has(topic);
    const shown = out.citations.map((c) => c.quote).filter((q) => !leftOpen || said.includes(sentence(q).slice(0, 40)));
    const on = ctx.search.onTopic(topic);
    // A topic whose passages the answer already quotes is answered.
    // For a subject often left open, a passage counts only when quoted whole: the steps sentence of a paragraph does
    // not answer "in visio?", which the paragraph's next sentence does.
    if (!on.length || on.some((p) => shown.some((q) => q.includes(p.text) || (!leftOpen && p.text.includes(q))))) continue;
    // A sentence of such a passage already quoted does not keep the whole passage out.
    const open = fromPassages(ctx, topic, "", leftOpen ? shown.filter((q) => !on.some((p) => p.text.includes(q))) : shown, BESIDE_LIMIT);
    if (!open.citations.length) continue;
    if ((out.gap || !out.citations.length) && intent !== "uncovered") {
      // The intent found nothing on its subject ("the skills sought") where the question names a topic the
      // notice does speak of ("language skills"): the passages are the answer, not the silence.
      const { gap: _gap, ...rest } = out;
      out = { ...rest, parts: open.parts, citations: open.citations };
    } else if (intent !== "uncovered" && topicWords(ctx.lexicon.words.notice.topics[topic] ?? [])?.test((first ??= firstRequest(ctx)))) {
      // The topic is what the first request asks ("Can I send a new one for the next cut-off?"): its passages lead,
      // before the intent's own answer, whose yes or no answers another question.
      out = { ...out, parts: [...open.parts, ...out.parts], citations: [...open.citations, ...out.citations] };
    } else out = { ...out, parts: [...out.parts, ...open.parts], citations: [...out.citations, ...open.citations] };
  }
  return out;
}

/** A block of a pasted page's list of other jobs: its lines as they stand, and the list's heading. */
export type Remnant = { heading: string; text: string };

/**
 * The blocks of a page's list of other jobs: after a line that is one of the lexicons' `related` headings
 * ("Similar jobs"), the short blocks (titles, places, dates) up to the first that reads as prose again.
 */
export function findRemnants(text: string, related: string[]): Remnant[] {
  const fold = (s: string) => normalizeForMatch(s).replace(/[.:!›»>]+$/, "").trim();
  const headings = new Set(related.map(fold).filter(Boolean));
  if (!headings.size) return [];
  const lines = text.split(/\r?\n/);
  const out: Remnant[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!headings.has(fold(lines[i]!))) continue;
    const heading = lines[i]!.trim();
    for (let j = i + 1; j < lines.length; ) {
      if (!lines[j]!.trim()) {
        j++;
        continue;
      }
      let k = j;
      while (k < lines.length && lines[k]!.trim()) k++;
      const block = lines.slice(j, k);
      if (block.some((l) => l.trim().length > 120)) break;
      out.push({ heading, text: block.map((l) => l.trim()).join("\n") });
      j = k;
    }
  }
  return out;
}

/**
 * "The page says 15/07/2027": a figure or date the question quotes that the notice's text holds only in a list
 * of other jobs. The sentence that says it belongs to another job, and that block as the citation.
 */
export function otherJobNote(ctx: Context, remnants: Remnant[]): { part: string; citation: Citation } | undefined {
  if (!remnants.length) return undefined;
  // Tokens with a digit and a separator: dates and figures as written ("15/07/2027", "15.07.2027", "4,500").
  const tokens = ctx.u.original.match(/\d{1,4}(?:[./,-]\d{1,4})+/g) ?? [];
  for (const token of tokens) {
    const inRemnant = remnants.find((r) => r.text.includes(token));
    if (!inRemnant) continue;
    const elsewhere = ctx.notice.text.split(token).length - 1;
    const inLists = remnants.reduce((n, r) => n + r.text.split(token).length - 1, 0);
    // Said by the notice itself too: not a remnant's alone.
    if (elsewhere > inLists) continue;
    return {
      part: ctx.t("remnant.otherJob", { value: token, heading: inRemnant.heading, quote: sentence(inRemnant.text.replace(/\n/g, " — ")) }),
      citation: ctx.cite(inRemnant.text),
    };
  }
  return undefined;
}
