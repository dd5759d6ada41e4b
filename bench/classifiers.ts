// The classifier comparison (issue 17): per language, 5-fold cross-validated accuracy over the lexicon's own
// examples (the label right, and its intent right), the time to train on all of them, the median time to
// classify one message and the heap the trained model holds, for each candidate:
// - knn: today's minisearch nearest neighbours (src/search/examples.ts);
// - softmax: a multinomial logistic regression over stems, stem pairs and character n-grams (src/search/linear.ts);
// - hybrid: the softmax, and the nearest neighbours where its best label is below one half;
// - nlpjs: nlp.js's neural classifier (@nlpjs/neural, the one its NLU trains) over stems, when it is installed
//   (`npm i --no-save @nlpjs/neural`, or NLPJS_NEURAL=<path to its package>); it is not a dependency.
// Run: npx tsx bench/classifiers.ts [--languages en,fr] [--only knn,softmax] [--json out.json]
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { loadKnowledge } from "../src/index.js";
import { createClassifier, type Classifier, type ClassifierOptions } from "../src/search/examples.js";
import { createHybridClassifier, createLinearClassifier } from "../src/search/linear.js";
import { stemmerFor } from "../src/search/stemmers.js";
import { normalizeForMatch, words } from "../src/text/normalize.js";
import { classifierOptions, crossValidate, settledHeap as heapOnly, type MakeClassifier } from "./understanding.js";

// A model's typed arrays live outside the heap: both are counted.
const settledHeap = () => heapOnly() + process.memoryUsage().arrayBuffers;

type Make = MakeClassifier;
export type Row = { examples: number; top1: number; intent: number; trainMs: number; classifyUs: number; heapMb: number };

type NeuralNetwork = { train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): unknown; run(input: Record<string, number>): Record<string, number> | undefined };
function nlpjs(): (new (settings?: object) => NeuralNetwork) | undefined {
  const require = createRequire(import.meta.url);
  for (const id of [process.env["NLPJS_NEURAL"], "@nlpjs/neural"].filter(Boolean) as string[]) {
    try {
      return (require(id) as { NeuralNetwork: new (settings?: object) => NeuralNetwork }).NeuralNetwork;
    } catch {
      /* not installed: the candidate is left out */
    }
  }
  return undefined;
}

/** nlp.js's neural network behind our interface, fed the stems of a message as nlp.js's NLU feeds it. */
function makeNlpjs(Network: new (settings?: object) => NeuralNetwork): Make {
  return (examples, options) => {
    const stem = stemmerFor(options.language);
    const features = (text: string) => Object.fromEntries(words(normalizeForMatch(text)).map((w) => [stem(w), 1]));
    const net = new Network({ log: false });
    net.train(Object.entries(examples).flatMap(([label, list]) => list.map((t) => ({ input: features(t), output: { [label]: 1 } }))));
    return {
      labels: Object.keys(examples),
      queryTerms: (m) => words(normalizeForMatch(m)),
      rank(message, limit = 5) {
        const out = net.run(features(message)) ?? {};
        const total = Object.values(out).reduce((a, b) => a + b, 0) || 1;
        return Object.entries(out)
          .filter(([, v]) => v > 0)
          .map(([label, v]) => ({ label, score: v, confidence: v / total }))
          .sort((a, b) => b.confidence - a.confidence)
          .slice(0, limit);
      },
    };
  };
}

/** `softmax` takes LinearOptions beside the language's (the bench's --softmax '{"epochs":10}' tries others). */
export function candidates(softmax: object = {}): Record<string, Make> {
  const Network = nlpjs();
  return {
    knn: createClassifier,
    softmax: (examples, options) => createLinearClassifier(examples, { ...options, ...softmax }),
    hybrid: (examples, options) => createHybridClassifier(examples, { ...options, ...softmax }),
    ...(Network ? { nlpjs: makeNlpjs(Network) } : {}),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** One candidate on one language: 5 folds (every fifth example of each label held out in turn), then all. */
export function measure(make: Make, examples: Record<string, string[]>, options: ClassifierOptions): Row {
  const all = Object.values(examples).flat();
  const { top1, intent } = crossValidate(make, examples, options);
  const before = settledHeap();
  const started = performance.now();
  const c = make(examples, options);
  const trainMs = performance.now() - started;
  const heapMb = (settledHeap() - before) / 1e6;
  // Each example with a typo-like change (its last letter doubled) is a message never seen: no cache helps.
  const times = all.map((text) => {
    const t = performance.now();
    c.rank(`${text}s`, 4);
    return performance.now() - t;
  });
  return { examples: all.length, top1, intent, trainMs, classifyUs: 1000 * median(times), heapMb };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const languages = arg("languages")?.split(",");
  const only = arg("only")?.split(",");
  const knowledge = loadKnowledge();
  const makes = Object.entries(candidates(JSON.parse(arg("softmax") ?? "{}") as object)).filter(([name]) => !only || only.includes(name));
  const table: Record<string, Record<string, Row>> = {};
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  console.log(`| language | examples | ${makes.map(([n]) => `${n} label / intent % · train ms · classify µs · heap MB`).join(" | ")} |`);
  console.log(`| --- | ---: | ${makes.map(() => "---").join(" | ")} |`);
  for (const [language, lexicon] of knowledge.lexicons) {
    if (languages && !languages.includes(language)) continue;
    if (!Object.keys(lexicon.examples).length) continue;
    const options = classifierOptions(lexicon);
    const rows = (table[language] = {} as Record<string, Row>);
    for (const [name, make] of makes) rows[name] = measure(make, lexicon.examples, options);
    const n = Object.values(rows)[0]!.examples;
    console.log(`| ${language} | ${n} | ${makes.map(([name]) => { const r = rows[name]!; return `${pct(r.top1)} / ${pct(r.intent)} · ${r.trainMs.toFixed(0)} · ${r.classifyUs.toFixed(0)} · ${r.heapMb.toFixed(2)}`; }).join(" | ")} |`);
  }
  const mean = (name: string, key: keyof Row) => Object.values(table).reduce((a, r) => a + r[name]![key], 0) / Object.keys(table).length;
  console.log(`| mean | | ${makes.map(([name]) => `${pct(mean(name, "top1"))} / ${pct(mean(name, "intent"))} · ${mean(name, "trainMs").toFixed(0)} · ${mean(name, "classifyUs").toFixed(0)} · ${mean(name, "heapMb").toFixed(2)}`).join(" | ")} |`);
  const out = arg("json");
  if (out) (await import("node:fs")).writeFileSync(out, JSON.stringify(table, null, 2));
}
