// Prints the classifier's ranking for questions (a dev tool): npx tsx scripts/rank.ts [--lang xx] "q" …
import { loadKnowledge } from "../src/index.js";
import { createClassifier } from "../src/search/examples.js";
import { normalizeForMatch } from "../src/text/normalize.js";
const args = process.argv.slice(2);
const i = args.indexOf("--lang");
const lang = i >= 0 ? args.splice(i, 2)[1]! : "en";
const lex = loadKnowledge().lexicons.get(lang)!;
const c = createClassifier(lex.examples, { language: lang, stopwords: lex.stopwords.length ? lex.stopwords : lex.words.stopwords });
for (const q of args) console.log(q, "→", c.rank(normalizeForMatch(q), 4).map((r) => `${r.label} ${r.confidence.toFixed(2)}`).join(", "));
