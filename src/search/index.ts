// Retrieval over the notice's paragraphs with minisearch: fuzzy and prefix matching, the heading
// boosted, synonyms from the lexicon expanded at query time. minisearch is used nowhere else.
import MiniSearch from "minisearch";
import type { Section } from "../knowledge/sections.js";
import { normalizeForMatch, words } from "../text/normalize.js";
import { escapeRegExp } from "../text/regexp.js";

/** The most content words of one question the notice's passages are searched with (issue 22, item 3). */
export const MAX_SEARCH_TERMS = 24;

export type Passage = {
  id: number;
  sectionId: string;
  heading: string;
  text: string;
  /** The topics (intents) the passage speaks of, read with the notice language's topic words. */
  topics: string[];
  /** Page furniture or another job's entry ("Share this job", a "Similar jobs" list): no answer quotes it. */
  furniture?: true;
};

export type Hit = {
  passage: Passage;
  score: number;
  /** Share of the question's content words that the passage holds (0–1). */
  coverage: number;
};

export type SearchIndex = {
  /** The best passages for a question, best first. */
  search(question: string, limit?: number): Hit[];
  /** minisearch alone, for benchmarks: the raw search the engine builds on. */
  raw(question: string): unknown[];
  passages: Passage[];
  /** The passages that speak of a topic, in the notice's order: those whose own text names it first. */
  onTopic(topic: string): Passage[];
};

export type SearchOptions = {
  stopwords: Iterable<string>;
  /** Groups of words searched for as one. */
  synonyms: string[][];
  /** Words a passage on a topic holds, by topic, in the notice's language. */
  topics?: Record<string, string[]>;
  /** Passages that are page furniture or another job's ("Share this job …", a "Similar jobs" entry): on no topic. */
  isFurniture?: (text: string) => boolean;
};

/** A crude stem so "extended" finds "extension" and "languages" finds "language". */
export function stem(word: string): string {
  return word
    .replace(/'s$/, "")
    .replace(/(?:ations?|ions?|ments?|ness|ing|ed|es|s)$/, "")
    .replace(/(.)\1$/, "$1");
}

/** A short line in capitals, numbered or not ("6. SELECTION PROCEDURE", "HOW TO APPLY"): a heading. */
function isSubheading(text: string): boolean {
  const t = text.replace(/^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+/, "").trim();
  const letters = t.match(/\p{L}/gu) ?? [];
  return t.length >= 4 && t.length <= 80 && letters.length >= 4 && letters.every((c) => c === c.toUpperCase()) && !/[.;,]$/.test(t);
}

export function createSearchIndex(sections: Section[], options: SearchOptions): SearchIndex {
  const stop = new Set(options.stopwords);
  const synonymsOf = new Map<string, string[]>();
  for (const group of options.synonyms) {
    const normalised = group.map((w) => normalizeForMatch(w));
    for (const w of normalised) synonymsOf.set(w, normalised.filter((x) => x !== w));
  }
  const passages: Passage[] = [];
  // A heading the sections did not split at ("6. SELECTION PROCEDURE" inside one section): a short line in
  // capitals, numbered or not, heads the paragraphs after it for topics.
  const under = new Map<number, string>();
  for (const section of sections) {
    let sub = "";
    for (const text of section.paragraphs) {
      if (isSubheading(text)) sub = text;
      if (text.length < 12) continue;
      if (sub && sub !== text) under.set(passages.length, sub);
      passages.push({ id: passages.length, sectionId: section.id, heading: section.heading, text, topics: [] });
    }
  }
  // Topic words match at a word's start, accents and case aside ("télétravail" finds "Télétravail.").
  const topicRes = Object.entries(options.topics ?? {})
    .filter(([, list]) => list.length)
    .map(([topic, list]) => ({
      topic,
      re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map((w) => escapeRegExp(normalizeForMatch(w))).join("|")})`, "u"),
    }));
  const inText = new Map<number, Set<string>>();
  for (const p of passages) {
    const text = normalizeForMatch(p.text);
    const heading = normalizeForMatch(`${p.heading} ${under.get(p.id) ?? ""}`);
    if (options.isFurniture?.(p.text)) {
      p.furniture = true;
      inText.set(p.id, new Set());
      continue;
    }
    const own = new Set(topicRes.filter((t) => t.re.test(text)).map((t) => t.topic));
    inText.set(p.id, own);
    p.topics = topicRes.filter((t) => own.has(t.topic) || t.re.test(heading)).map((t) => t.topic);
  }
  const tokenize = (s: string) => words(normalizeForMatch(s));
  const processTerm = (t: string) => {
    const w = t.toLowerCase();
    return stop.has(w) ? null : stem(w);
  };
  // The word index is built when the first question needs it, not at start-up (the HR bot and a reload build engines too).
  let built: { index: MiniSearch<Passage>; stems: Set<string>[] } | undefined;
  const indexed = () => {
    if (!built) {
      const index = new MiniSearch<Passage>({ fields: ["text", "heading"], storeFields: [], tokenize, processTerm });
      index.addAll(passages);
      built = { index, stems: passages.map((p) => new Set(tokenize(p.text).map(stem))) };
    }
    return built;
  };

  // Distinct content words, at most MAX_SEARCH_TERMS: the work per question is bounded by construction.
  const contentWords = (question: string) => [...new Set(tokenize(question).filter((w) => !stop.has(w) && w.length > 1))].slice(0, MAX_SEARCH_TERMS);
  const searchOptions = { boost: { heading: 1.5, text: 1 }, fuzzy: 0.2, prefix: (t: string) => t.length > 3, combineWith: "OR" as const };

  return {
    passages,
    onTopic(topic) {
      // Best first: a passage under a heading on the topic, then one naming more of its words; a bare heading never.
      const t = topicRes.find((x) => x.topic === topic);
      if (!t) return [];
      const many = new RegExp(t.re.source, "gu");
      const rank = (p: Passage) => (t.re.test(normalizeForMatch(`${p.heading} ${under.get(p.id) ?? ""}`)) ? 100 : 0) + new Set(normalizeForMatch(p.text).match(many) ?? []).size * 10 + (inText.get(p.id)?.has(topic) ? 1 : 0);
      return passages
        .filter((p) => p.topics.includes(topic) && p.text.split(/\s+/).length >= 4)
        .map((p) => ({ p, r: rank(p) }))
        .sort((a, b) => b.r - a.r || a.p.id - b.p.id)
        .map((x) => x.p);
    },
    raw: (question) => indexed().index.search(question, searchOptions),
    search(question, limit = 5) {
      const content = contentWords(question);
      if (!content.length) return [];
      const expanded = [...content, ...content.flatMap((w) => synonymsOf.get(w) ?? [])].join(" ");
      const { index, stems } = indexed();
      return index
        .search(expanded, searchOptions)
        .slice(0, limit)
        .map((r) => {
          const passage = passages[r.id as number]!;
          const held = stems[passage.id]!;
          const matched = content.filter((w) => {
            const s = stem(w);
            return held.has(s) || (synonymsOf.get(w) ?? []).some((x) => held.has(stem(x)));
          });
          return { passage, score: r.score, coverage: matched.length / content.length };
        });
    },
  };
}
