// Reads a fixed set of texts (those of scripts/compare-reading.ts) with each text's language reader and prints one
// line per text with what the reader found: the user's facts, asked facts, supposition, topics, zone and the
// intents' scores (a dev tool, much faster than answering): run it before and after a change of the reading
// and diff the outputs. `tsx scripts/compare-understanding.ts [langs] > before.txt`.
import { comparisonTexts } from "./comparison-texts.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { completeLexicon, referenceWithNames } from "../src/engine/language-pack.js";
import { createReader } from "../src/engine/understand.js";
import { createCoverage } from "../src/engine/covered.js";
import { normalizeForMatch, words } from "../src/text/normalize.js";

const root = new URL("..", import.meta.url).pathname;
const texts = comparisonTexts(root);
const only = process.argv[2];
const knowledge = loadKnowledge();
const notice = [...knowledge.notices.values()][0]!;
const subjects = [...new Map([...knowledge.lexicons.values()].flatMap((l) => l.uncovered).map((u) => [u.id, u])).values()];
const coverage = createCoverage(notice.facts, notice.text, subjects);
const noticeWords = words(normalizeForMatch(notice.text));
const readers = new Map<string, ReturnType<typeof createReader>>();
const readerOf = (lang: string) => {
  let r = readers.get(lang);
  if (!r) {
    const lex = completeLexicon({ ...knowledge.lexicons.get(lang)!, uncovered: subjects });
    const reference = referenceWithNames(knowledge.reference, lex);
    readers.set(lang, (r = createReader(lex, reference, reference.zones, noticeWords, coverage)));
  }
  return r;
};
for (const [key, lang0] of texts) {
  const lang = knowledge.lexicons.has(lang0) ? lang0 : "en";
  if (only && !only.split(",").includes(lang0)) continue;
  const text = key.slice(key.indexOf("\t") + 1);
  const u = readerOf(lang).read(text);
  const scores = Object.fromEntries([...u.scores].sort(([a], [b]) => a.localeCompare(b)));
  const out = { p: u.profile, a: u.asked, h: u.hypothetical, s: u.statesFacts, t: [...u.topics].sort(), z: u.zone ?? null, sc: scores };
  console.log(`${lang0}\t${JSON.stringify(text)}\t${JSON.stringify(out)}`);
}
