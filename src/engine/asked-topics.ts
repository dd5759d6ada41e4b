// The subjects a message asks about within an intent ("contract.extension", "deadline.still"), read with one
// matcher per subject built from the language's words (words.json `askedTopics`) the same way for every language.
// A phrase is matched as whole words over the normalised text; "*" ends a stem ("renouvel*"), "{n}" stands for a
// number in figures or words ("{n}-year"), "{level}" for a CEFR level ("what does {level} mean"), "{w}" for any one word
// ("where do {w} work"). A phrase after "!" is a
// longer phrase that does not ask about the subject ("!open to" beside "open": "open to non-EU citizens" is no deadline).
import type { Lexicon } from "../knowledge/schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import { escapeRegExp as escape } from "../text/regexp.js";
import { literalGates, longestRun, type LiteralGate } from "../text/literal-gate.js";

export type AskedTopic = { id: string; re: RegExp; /** False when the text holds none of the phrases' letters (../text/literal-gate.ts). */ gate?: LiteralGate };

/** The longest literal piece of a phrase: every match of its fragment holds it. */
function phraseRun(phrase: string): string | undefined {
  const stem = phrase.length > 1 && phrase.endsWith("*");
  const parts = (stem ? phrase.slice(0, -1) : phrase).split(/\{n\}|\{level\}|\{w\}/);
  return longestRun(parts.map((part) => normalizeForMatch(part).replace(/^[\s-]+|[\s-]+$/g, "")));
}

const STEM = "\\p{L}*";

/** One phrase as a pattern fragment: its words normalised and escaped, its stem and placeholders opened. */
function fragment(phrase: string, number: string): string {
  const stem = phrase.length > 1 && phrase.endsWith("*");
  const parts = (stem ? phrase.slice(0, -1) : phrase).split(/(\{n\}|\{level\}|\{w\})/);
  const out: string[] = [];
  for (const part of parts) {
    if (part === "{n}") out.push(number);
    else if (part === "{level}") out.push("[abc][12]");
    else if (part === "{w}") out.push("\\p{L}+");
    else {
      const text = escape(normalizeForMatch(part).replace(/^[\s-]+|[\s-]+$/g, ""));
      if (text) out.push(text);
    }
  }
  return out.join("\\s*-?\\s*") + (stem ? "\\p{L}*" : "");
}

/** The language's subject matchers, one per "intent.topic" of its words; none for a language without them. */
export function askedTopicsOf(w: Lexicon["words"]): AskedTopic[] {
  const numberWords = Object.keys(w.numbers)
    .filter((k) => Number.isInteger(w.numbers[k]))
    .map((k) => escape(normalizeForMatch(k)))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const number = `(?:\\d{1,2}${numberWords.length ? `|${numberWords.join("|")}` : ""})`;
  // Each alternative a phrase's fragment followed by the edge of a word. A fragment ending in a stem ends there: its
  // letters run on to the word's end, which the edge checks, so it matches where its stem does. The others share
  // one edge. A Unicode class in every alternative made V8 compile each pattern for tens of milliseconds.
  const alternatives = (phrases: string[]) => {
    const all = [...new Set(phrases.map((p) => fragment(p, number)).filter(Boolean))].sort((a, b) => b.length - a.length);
    const stems = all.filter((a) => a.endsWith(STEM)).map((a) => a.slice(0, -STEM.length));
    const others = all.filter((a) => !a.endsWith(STEM));
    return [...stems, ...(others.length ? [`(?:${others.join("|")})(?![\\p{L}])`] : [])].join("|");
  };
  // The topics' gates share one pass over a message (../text/literal-gate.ts literalGates).
  const entries = Object.entries(w.askedTopics);
  const gates = literalGates(entries.map(([, phrases]) => phrases.filter((p) => !p.startsWith("!") && fragment(p, number)).map(phraseRun)));
  return entries.flatMap(([id, phrases], i) => {
    const yes = phrases.filter((p) => !p.startsWith("!"));
    const alts = alternatives(yes);
    const not = alternatives(phrases.filter((p) => p.startsWith("!")).map((p) => p.slice(1)));
    const except = not ? `(?!${not})` : "";
    const gate = gates[i];
    return alts ? [{ id, re: new RegExp(`(?<![\\p{L}\\p{N}])${except}(?:${alts})`, "iu"), ...(gate ? { gate } : {}) }] : [];
  });
}

/** The subjects a normalised text asks about, in the order of the language's words. */
export function askedTopicsIn(topics: AskedTopic[], text: string): string[] {
  return topics.filter((t) => (!t.gate || t.gate(text)) && t.re.test(text)).map((t) => t.id);
}
