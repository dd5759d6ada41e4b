// A linear intent classifier: a multinomial logistic regression (softmax) over a message's word stems, stem
// pairs and character n-grams, trained by stochastic gradient descent on the lexicon's example questions.
// Character n-grams carry typos and inflections in every language, the ones without a stemmer included
// (Estonian, Latvian, Maltese); the work per message is a sum over its few features. Built on first use.
import { normalizeForMatch, words } from "../text/normalize.js";
import { createClassifier, type Classifier, type ClassifierOptions, type Ranked } from "./examples.js";
import { boundedTerms } from "./examples.js";
import { stemmerFor } from "./stemmers.js";

export type LinearOptions = ClassifierOptions & {
  /** Passes over the examples. Default 5 (measured: more passes add nothing, bench/classifiers.ts). */
  epochs?: number;
  /** The first step of gradient descent, decaying linearly to a tenth. Default 1. */
  learningRate?: number;
  /** The shortest and longest character n-gram of a word (the word padded with a space each side). Default [3, 4]. */
  grams?: [number, number];
  /** How much the character n-grams weigh beside the stems (each group has unit length). Default 0.8. */
  gramWeight?: number;
  /** How much a stop word's stem weighs beside a content word's. Default 1. */
  stopWeight?: number;
  /** The softmax temperature: above 1 spreads the confidence, below 1 sharpens it. Default 1. */
  temperature?: number;
};

type Features = { index: Int32Array; value: Float32Array };

/** A seeded generator (mulberry32): the same examples train the same model on every start. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Creates the softmax classifier from examples (label → example questions), behind the same interface as the
 * nearest-neighbour one: `rank(text, k)` gives the likeliest labels with their probability as the confidence.
 *
 * @example
 * const c = createLinearClassifier({ "deadline.when": ["when is the deadline"], pay: ["what is the salary"] }, { language: "en", stopwords: ["the", "is"] });
 * c.rank("dedline?")[0].label // → "deadline.when"
 */
export function createLinearClassifier(examples: Record<string, string[]>, options: LinearOptions): Classifier {
  const stop = new Set([...options.stopwords].map((w) => normalizeForMatch(w)));
  const stem = stemmerFor(options.language);
  const [minGram, maxGram] = options.grams ?? [3, 4];
  const gramWeight = options.gramWeight ?? 0.8;
  const stopWeight = options.stopWeight ?? 0.5;
  const temperature = options.temperature ?? 0.35;
  const labels = Object.keys(examples).filter((l) => examples[l]!.length);
  const L = labels.length;
  const tokenize = (s: string) => words(normalizeForMatch(s));

  const queryTerms = (message: string): string[] => boundedTerms(tokenize(message), stop);

  // The named features of a message: stems (s:), neighbouring stem pairs (b:) and character n-grams (c:).
  const named = (terms: string[]): Map<string, number> => {
    const stems = new Map<string, number>();
    const grams = new Map<string, number>();
    let previous: string | undefined;
    for (const w of terms) {
      const s = stem(w);
      const weight = stop.has(w) ? stopWeight : 1;
      stems.set(`s:${s}`, Math.max(stems.get(`s:${s}`) ?? 0, weight));
      if (previous !== undefined) stems.set(`b:${previous} ${s}`, 0.5 * weight);
      previous = s;
      if (stop.has(w)) continue;
      const padded = ` ${w} `;
      for (let n = minGram; n <= maxGram; n++) for (let i = 0; i + n <= padded.length; i++) grams.set(`c:${padded.slice(i, i + n)}`, 1);
    }
    const out = new Map<string, number>();
    const norm = (m: Map<string, number>, weight: number) => {
      let sum = 0;
      for (const v of m.values()) sum += v * v;
      const k = sum ? weight / Math.sqrt(sum) : 0;
      for (const [f, v] of m) out.set(f, v * k);
    };
    norm(stems, 1);
    norm(grams, gramWeight);
    return out;
  };

  // The feature table: every feature the examples hold, numbered.
  const featureIds = new Map<string, number>();
  const data: { x: Features; y: number }[] = [];
  labels.forEach((label, y) => {
    for (const text of examples[label]!) {
      const f = named(queryTerms(text));
      const index = new Int32Array(f.size);
      const value = new Float32Array(f.size);
      let i = 0;
      for (const [name, v] of f) {
        let id = featureIds.get(name);
        if (id === undefined) featureIds.set(name, (id = featureIds.size));
        index[i] = id;
        value[i++] = v;
      }
      data.push({ x: { index, value }, y });
    }
  });
  // The stems the examples hold: a message none of whose words the examples know is no sign of a subject.
  const knownStems = new Set([...featureIds.keys()].filter((f) => f.startsWith("s:")).map((f) => f.slice(2)));

  const F = featureIds.size;
  const weights = new Float32Array(F * L);
  const bias = new Float32Array(L);
  const logits = new Float64Array(L);
  const moved = new Int32Array(L);

  const forward = (x: Features) => {
    for (let k = 0; k < L; k++) logits[k] = bias[k]!;
    for (let i = 0; i < x.index.length; i++) {
      const row = x.index[i]! * L;
      const v = x.value[i]!;
      for (let k = 0; k < L; k++) logits[k]! += v * weights[row + k]!;
    }
    let max = -Infinity;
    for (let k = 0; k < L; k++) if (logits[k]! > max) max = logits[k]!;
    let sum = 0;
    for (let k = 0; k < L; k++) sum += logits[k] = Math.exp((logits[k]! - max) / temperature);
    for (let k = 0; k < L; k++) logits[k]! /= sum;
  };

  const epochs = options.epochs ?? 5;
  const rate = options.learningRate ?? 1;
  const rand = random(0x5eed);
  const order = data.map((_, i) => i);
  const steps = epochs * data.length;
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const { x, y } = data[n]!;
      const lr = rate * (1 - (0.9 * step++) / steps);
      forward(x);
      logits[y]! -= 1;
      // Only the labels the step moves: once learnt, most of an example's labels have next to no probability.
      let m = 0;
      for (let k = 0; k < L; k++) if (logits[k]! > 1e-3 || logits[k]! < -1e-3) moved[m++] = k;
      for (let j = 0; j < m; j++) bias[moved[j]!]! -= lr * logits[moved[j]!]! * 0.1;
      for (let i = 0; i < x.index.length; i++) {
        const row = x.index[i]! * L;
        const g = lr * x.value[i]!;
        for (let j = 0; j < m; j++) {
          const k = moved[j]!;
          weights[row + k]! -= g * logits[k]!;
        }
      }
    }
  }
  data.length = 0;

  return {
    labels,
    queryTerms,
    rank(message, limit = 5): Ranked[] {
      const terms = queryTerms(message);
      if (!terms.length) return [];
      const f = named(terms);
      const index: number[] = [];
      const value: number[] = [];
      for (const [name, v] of f) {
        const id = featureIds.get(name);
        if (id !== undefined) (index.push(id), value.push(v));
      }
      // No word the examples know, and too few of its letter groups: the message shares nothing with them.
      const knows = terms.some((w) => knownStems.has(stem(w)));
      if (!knows && index.length < f.size * 0.5) return [];
      forward({ index: Int32Array.from(index), value: Float32Array.from(value) });
      const out: Ranked[] = [];
      for (let k = 0; k < L; k++) out.push({ label: labels[k]!, score: logits[k]!, confidence: logits[k]! });
      return out.sort((a, b) => b.confidence - a.confidence).slice(0, limit);
    },
  };
}

/**
 * The softmax classifier, and where it is unsure (its best label below `unsure`) the nearest neighbours, whose
 * fuzzy and prefix matching still finds a short message's one known word ("and Italy?"). The neighbours are
 * built only when first needed.
 */
export function createHybridClassifier(examples: Record<string, string[]>, options: LinearOptions & { unsure?: number }): Classifier {
  const linear = createLinearClassifier(examples, options);
  const unsure = options.unsure ?? 0.5;
  let knn: Classifier | undefined;
  return {
    labels: linear.labels,
    queryTerms: linear.queryTerms,
    rank(message, limit = 5) {
      const ranked = linear.rank(message, limit);
      if ((ranked[0]?.confidence ?? 0) >= unsure) return ranked;
      const near = (knn ??= createClassifier(examples, options)).rank(message, limit);
      return near.length ? near : ranked;
    },
  };
}
