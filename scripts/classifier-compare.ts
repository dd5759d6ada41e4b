// Compares intent classifiers on the lexicons' examples by 5-fold cross-validation (a dev tool for choosing one):
// minisearch nearest examples (the one in use), and a multinomial naive Bayes over the same stems.
import { loadKnowledge } from "../src/index.js";
import { createClassifier } from "../src/search/examples.js";
import { stemmerFor } from "../src/search/stemmers.js";
import { normalizeForMatch, words } from "../src/text/normalize.js";

type Model = { rank(text: string): string | undefined };
type Factory = (train: Record<string, string[]>, language: string, stop: string[]) => Model;

const minisearch = (neighbours: number): Factory => (train, language, stop) => {
  const c = createClassifier(train, { language, stopwords: stop, neighbours });
  return { rank: (t) => c.rank(t, 1)[0]?.label };
};

const bayes: Factory = (train, language, stop) => {
  const stem = stemmerFor(language);
  const stopSet = new Set(stop.map((s) => normalizeForMatch(s)));
  const tokens = (t: string) => {
    const ws = words(normalizeForMatch(t)).map((w) => stem(w));
    const grams = ws.filter((w) => !stopSet.has(w));
    for (let i = 0; i + 1 < ws.length; i++) grams.push(`${ws[i]}_${ws[i + 1]}`);
    return grams;
  };
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const docs = new Map<string, number>();
  const vocab = new Set<string>();
  let n = 0;
  for (const [label, list] of Object.entries(train)) {
    const c = new Map<string, number>();
    let total = 0;
    for (const text of list) {
      for (const tok of tokens(text)) {
        c.set(tok, (c.get(tok) ?? 0) + 1);
        vocab.add(tok);
        total++;
      }
    }
    counts.set(label, c);
    totals.set(label, total);
    docs.set(label, list.length);
    n += list.length;
  }
  return {
    rank(text) {
      const toks = tokens(text);
      let best: string | undefined;
      let bestScore = -Infinity;
      for (const [label, c] of counts) {
        let s = Math.log(docs.get(label)! / n);
        for (const tok of toks) s += Math.log(((c.get(tok) ?? 0) + 0.5) / (totals.get(label)! + 0.5 * vocab.size));
        if (s > bestScore) {
          bestScore = s;
          best = label;
        }
      }
      return best;
    },
  };
};

const knowledge = loadKnowledge();
const models: Record<string, Factory> = { "minisearch k=7": minisearch(7), "minisearch k=3": minisearch(3), "minisearch k=15": minisearch(15), "naive Bayes": bayes };
for (const [language, lexicon] of knowledge.lexicons) {
  const stop = lexicon.stopwords.length ? lexicon.stopwords : lexicon.words.stopwords;
  const all = Object.entries(lexicon.examples).flatMap(([label, list]) => list.map((text, i) => ({ label, text, fold: i % 5 })));
  const line: string[] = [];
  for (const [name, make] of Object.entries(models)) {
    let top1 = 0;
    let intent = 0;
    for (let fold = 0; fold < 5; fold++) {
      const train: Record<string, string[]> = {};
      for (const e of all) if (e.fold !== fold) (train[e.label] ??= []).push(e.text);
      const m = make(train, language, stop);
      for (const e of all.filter((x) => x.fold === fold)) {
        const got = m.rank(e.text);
        if (got === e.label) top1++;
        if (got?.split(".")[0] === e.label.split(".")[0]) intent++;
      }
    }
    line.push(`${name}: ${((100 * top1) / all.length).toFixed(1)}% / ${((100 * intent) / all.length).toFixed(1)}%`);
  }
  console.log(`${language} (${all.length}): ${line.join(" · ")}`);
}
