// The understanding measured: how well the classifier learns each language's labels (5-fold cross-validation over
// the lexicons' own examples), start-up time and memory with every lexicon loaded, and the median time of an
// answer, read afresh and from the cache. Run: npx tsx bench/understanding.ts (also part of `npm run bench`).
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createBot, loadKnowledge } from "../src/index.js";
import type { Lexicon } from "../src/knowledge/schema.js";
import { createClassifier, type Classifier, type ClassifierOptions } from "../src/search/examples.js";

export type UnderstandingReport = {
  accuracy: Record<string, { examples: number; top1: number; intent: number }>;
  startupMs: number;
  heapMb: number;
  /** The heap once every language has been used (each language's means of reading are built on first use). */
  heapAllMb: number;
  /** How many languages were used for `heapAllMb`. */
  languages: number;
  medianMs: { fresh: number; cached: number; mix: number };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The heap after a full collection (the process need not run with --expose-gc). */
export function settledHeap(): number {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

/**
 * The median answer, per language, to messages the engine has never seen: each of the language's examples asked
 * once, in a conversation of its own, of a bot whose caches hold none of them. The first answers of a language
 * (its reader and classifier are built on first use) are not counted.
 */
export function unseenPerLanguage(perLanguage = 60): Record<string, number> {
  const knowledge = loadKnowledge();
  const bot = createBot({ knowledge });
  const now = "2025-10-06T08:00:00Z";
  const out: Record<string, number> = {};
  let n = 0;
  for (const [language, lexicon] of knowledge.lexicons) {
    const all = Object.values(lexicon.examples).flat();
    if (all.length < 20) continue;
    // Spread over every label: every k-th example.
    const step = Math.max(1, Math.floor(all.length / (perLanguage + 10)));
    const picked = all.filter((_, i) => i % step === 0).slice(0, perLanguage + 10);
    const times = picked.map((text) => {
      const started = performance.now();
      bot.ask({ sessionId: `unseen-${n++}`, text, now, locale: language });
      return performance.now() - started;
    });
    out[language] = median(times.slice(10));
  }
  return out;
}

/** A classifier made from examples, as src/search makes them (knn, softmax, hybrid, or a candidate of bench/classifiers.ts). */
export type MakeClassifier = (examples: Record<string, string[]>, options: ClassifierOptions) => Classifier;

/** The options a language's classifier is built with: its own stop words, else its words.json ones. */
export function classifierOptions(lexicon: Lexicon): ClassifierOptions {
  return { language: lexicon.language, stopwords: lexicon.stopwords.length ? lexicon.stopwords : lexicon.words.stopwords };
}

/** 5-fold cross-validation: each fifth of the examples (every fifth of each label) classified by a classifier trained on the rest. */
export function crossValidate(make: MakeClassifier, examples: Record<string, string[]>, options: ClassifierOptions): { examples: number; top1: number; intent: number } {
  const all = Object.entries(examples).flatMap(([label, list]) => list.map((text, i) => ({ label, text, fold: i % 5 })));
  let top1 = 0;
  let intent = 0;
  for (let fold = 0; fold < 5; fold++) {
    const train: Record<string, string[]> = {};
    for (const e of all) if (e.fold !== fold) (train[e.label] ??= []).push(e.text);
    const c = make(train, options);
    for (const e of all.filter((x) => x.fold === fold)) {
      const got = c.rank(e.text, 1)[0]?.label;
      if (got === e.label) top1++;
      if (got?.split(".")[0] === e.label.split(".")[0]) intent++;
    }
  }
  return { examples: all.length, top1: top1 / all.length, intent: intent / all.length };
}

/** `mix`: the questions an event asks (bench/questions.ts), answered as the bot answers them, caches and all. */
export function measureUnderstanding(mix: string[] = []): UnderstandingReport {
  const heapBefore = settledHeap();
  const started = performance.now();
  const knowledge = loadKnowledge();
  const bot = createBot({ knowledge });
  const startupMs = performance.now() - started;
  const heapMb = (settledHeap() - heapBefore) / 1e6;

  const accuracy: UnderstandingReport["accuracy"] = {};
  for (const [language, lexicon] of knowledge.lexicons)
    if (Object.keys(lexicon.examples).length) accuracy[language] = crossValidate(createClassifier, lexicon.examples, classifierOptions(lexicon));

  // Questions in every language, each asked once afresh (a new number makes it a new text) and again from the cache.
  const questions = [...knowledge.lexicons.values()].flatMap((l) => Object.values(l.examples).map((list) => list[0]!));
  const now = "2025-10-06T08:00:00Z";
  for (const q of questions.slice(0, 50)) bot.ask({ sessionId: "warm", text: q, now });
  const fresh: number[] = [];
  const cached: number[] = [];
  questions.forEach((q, i) => {
    const text = `${q} ${i}`;
    let t = performance.now();
    bot.ask({ sessionId: `f${i}`, text, now });
    fresh.push(performance.now() - t);
    t = performance.now();
    bot.ask({ sessionId: `c${i}`, text, now });
    cached.push(performance.now() - t);
  });
  const asked: number[] = [];
  for (let round = 0; round < 2; round++)
    mix.forEach((q, i) => {
      const t = performance.now();
      bot.ask({ sessionId: `m${i % 97}`, text: q, now });
      if (round) asked.push(performance.now() - t);
    });
  // Every language used: a question in each, in its own words.
  const languages = [...knowledge.lexicons.values()].filter((l) => Object.keys(l.examples).length);
  for (const l of languages) bot.ask({ sessionId: `all-${l.language}`, text: Object.values(l.examples)[0]![0]!, now, locale: l.language });
  const heapAllMb = (settledHeap() - heapBefore) / 1e6;
  return { accuracy, startupMs, heapMb, heapAllMb, languages: languages.length, medianMs: { fresh: median(fresh), cached: median(cached), mix: median(asked) } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = measureUnderstanding();
  for (const [language, a] of Object.entries(r.accuracy))
    console.log(`${language}: ${a.examples} examples, label right ${(100 * a.top1).toFixed(1)}%, intent right ${(100 * a.intent).toFixed(1)}% (5-fold)`);
  console.log(`start-up (load knowledge, build the bot with ${Object.keys(r.accuracy).length} languages): ${r.startupMs.toFixed(0)} ms, heap +${r.heapMb.toFixed(1)} MB`);
  console.log(`median answer: ${r.medianMs.fresh.toFixed(3)} ms read afresh, ${r.medianMs.cached.toFixed(3)} ms from the cache; heap with all ${r.languages} languages used +${r.heapAllMb.toFixed(1)} MB`);
  console.log(`a message never seen, median per language: ${Object.entries(unseenPerLanguage()).map(([l, ms]) => `${l} ${ms.toFixed(2)}`).join(", ")} ms`);
}
