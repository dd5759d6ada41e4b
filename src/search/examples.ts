// The intent classifier: the lexicon's example questions indexed with minisearch (BM25, stemmed, fuzzy and
// prefix matching), a message ranked by the examples closest to it. Built once at start-up per language.
import MiniSearch from "minisearch";
import { normalizeForMatch, words } from "../text/normalize.js";
import { stemmerFor } from "./stemmers.js";

/** A label ("deadline.when", "greeting") with how sure the classifier is, 0–1. */
export type Ranked = { label: string; score: number; confidence: number };

export type Classifier = {
  /** The labels closest to a message, best first; empty when no example shares a word with it. */
  rank(message: string, limit?: number): Ranked[];
  /**
   * The terms a message is searched with: distinct, at most MAX_CONTENT_TERMS content words and
   * MAX_STOP_TERMS stop words, in the order typed. The work per message is bounded by construction.
   */
  queryTerms(message: string): string[];
  readonly labels: string[];
};

export type ClassifierOptions = {
  language: string;
  stopwords: Iterable<string>;
  /** How many closest examples vote for their label. Default 7. */
  neighbours?: number;
};

type Example = { id: number; label: string; text: string };

/** The most content words of one message the examples are searched with (issue 22, item 3). */
export const MAX_CONTENT_TERMS = 20;
/** The most stop words kept beside them ("when" and "where" still tell questions apart). */
export const MAX_STOP_TERMS = 12;

/**
 * Creates the classifier from examples (label → example questions).
 *
 * @example
 * const c = createClassifier({ "deadline.when": ["when is the deadline"], pay: ["what is the salary"] }, { language: "en", stopwords: ["the", "is"] });
 * c.rank("deadline?")[0].label // → "deadline.when"
 */
export function createClassifier(examples: Record<string, string[]>, options: ClassifierOptions): Classifier {
  const stop = new Set([...options.stopwords].map((w) => normalizeForMatch(w)));
  const stem = stemmerFor(options.language);
  const neighbours = options.neighbours ?? 7;
  const docs: Example[] = [];
  for (const [label, list] of Object.entries(examples)) for (const text of list) docs.push({ id: docs.length, label, text });
  // A noun joined to its article by a hyphen ("il-paga", "x-xogħol", "an t-iarratas") is also read bare, so it
  // meets the same noun written with another article or none: the part before the hyphen a stop word the
  // language lists with its hyphen (words.json: "il-", "tal-", "t-"), never a word of its own ("CERT-EU", "e-mail").
  const article = (p: string) => stop.has(`${p}-`);
  const tokenize = (s: string) =>
    words(normalizeForMatch(s)).flatMap((w) => {
      const cut = w.indexOf("-");
      return cut > 0 && cut < w.length - 2 && article(w.slice(0, cut)) ? [w, w.slice(cut + 1)] : [w];
    });
  // Stop words still tell apart "when" from "where"; they are kept, but weigh less than content words.
  const processTerm = (t: string) => stem(t.toLowerCase());
  const index = new MiniSearch<Example>({ fields: ["text"], storeFields: ["label"], tokenize, processTerm });
  index.addAll(docs);
  // The stems the examples hold: a word no example has ("actually") is no sign of a subject either way.
  const vocabulary = new Set(docs.flatMap((d) => tokenize(d.text).map(processTerm)));
  const perLabel = new Map<string, number>();
  for (const d of docs) perLabel.set(d.label, (perLabel.get(d.label) ?? 0) + 1);

  const boostTerm = (term: string) => (stop.has(term) ? 0.25 : 1);
  const searchOptions = {
    // One typo in a word of six letters or more ("dedline", "contarct"); shorter words must match or prefix.
    fuzzy: (t: string) => (t.length > 5 ? 1 : false),
    prefix: (t: string) => t.length > 4,
    combineWith: "OR" as const,
    boostTerm: (term: string) => boostTerm(term),
    weights: { fuzzy: 0.35, prefix: 0.5 },
  };

  const queryTerms = (message: string): string[] => boundedTerms(tokenize(message), stop);

  return {
    labels: [...perLabel.keys()],
    queryTerms,
    rank(message, limit = 5) {
      const terms = queryTerms(message);
      if (!terms.length) return [];
      // An example that shares only stop words with the message ("what kind of…") says nothing of its subject.
      const content = new Set(terms.filter((w) => !stop.has(w)).map((w) => stem(w)).filter((t) => vocabulary.has(t)));
      const hits = index.search(terms.join(" "), searchOptions).filter((h) => !content.size || h.queryTerms.some((t) => content.has(t)));
      if (!hits.length) return [];
      // The closest examples vote for their label, the nearer the more; the best label's share of the votes
      // is the confidence: one clear winner scores near 1, a message between two topics near 0.5.
      const votes = new Map<string, number>();
      const best = new Map<string, number>();
      for (const h of hits.slice(0, neighbours)) {
        const label = h["label"] as string;
        votes.set(label, (votes.get(label) ?? 0) + h.score);
        best.set(label, Math.max(best.get(label) ?? 0, h.score));
      }
      const total = [...votes.values()].reduce((a, b) => a + b, 0);
      return [...votes]
        .map(([label, v]) => ({ label, score: best.get(label)!, confidence: v / total }))
        .sort((a, b) => b.confidence - a.confidence || b.score - a.score)
        .slice(0, limit);
    },
  };
}

/**
 * The terms a message is classified with: distinct, at most MAX_CONTENT_TERMS content words and MAX_STOP_TERMS
 * stop words, in the order typed (the work per message is bounded whatever its length). Shared by every classifier.
 */
export function boundedTerms(tokens: Iterable<string>, stop: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let content = 0;
  let stops = 0;
  for (const w of tokens) {
    if (seen.has(w)) continue;
    seen.add(w);
    if (stop.has(w)) {
      if (stops >= MAX_STOP_TERMS) continue;
      stops++;
    } else {
      if (content >= MAX_CONTENT_TERMS) continue;
      content++;
    }
    out.push(w);
    if (content >= MAX_CONTENT_TERMS && stops >= MAX_STOP_TERMS) break;
  }
  return out;
}
