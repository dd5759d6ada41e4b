// Prints the classifier's ranking for questions (a dev tool): npx tsx scripts/rank.ts [--lang xx] [--knowledge DIR] [--classifier knn|softmax|hybrid] "q" …
import { loadKnowledge } from "../src/index.js";
import { createClassifier } from "../src/search/examples.js";
import { createHybridClassifier, createLinearClassifier } from "../src/search/linear.js";
import { normalizeForMatch } from "../src/text/normalize.js";
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const lang = option("--lang") ?? "en";
const dir = option("--knowledge");
const lex = loadKnowledge(dir).lexicons.get(lang)!;
const kind = (option("--classifier") ?? lex.routing.classifier) as "knn" | "softmax" | "hybrid";
const create = { knn: createClassifier, softmax: createLinearClassifier, hybrid: createHybridClassifier }[kind];
const c = create(lex.examples, { language: lang, stopwords: lex.stopwords.length ? lex.stopwords : lex.words.stopwords });
for (const q of args) console.log(q, "→", c.rank(normalizeForMatch(q), 4).map((r) => `${r.label} ${r.confidence.toFixed(2)}`).join(", "));
