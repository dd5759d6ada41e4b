// Reads a fixed set of texts (those of scripts/compare-reading.ts) with each text's language reader and prints one
// line per text with what the reader found: the user's facts, asked facts, supposition, topics, zone and the
// intents' scores (a dev tool, much faster than answering): run it before and after a change of the reading
// and diff the outputs. `tsx scripts/compare-understanding.ts [langs] > before.txt`.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadKnowledge } from "../src/knowledge/load.js";
import { completeLexicon, referenceWithNames } from "../src/engine/language-pack.js";
import { createReader } from "../src/engine/understand.js";
import { createCoverage } from "../src/engine/covered.js";
import { normalizeForMatch, words } from "../src/text/normalize.js";

const root = new URL("..", import.meta.url).pathname;
const texts = new Map<string, string>();
const add = (lang: string, text: unknown) => typeof text === "string" && text.trim() && texts.set(`${lang}\t${text}`, lang);
const jsonl = (file: string) => readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
const files = [
  ...readdirSync(join(root, "../shared/eval")).filter((f) => f.endsWith(".jsonl")).map((f) => join(root, "../shared/eval", f)),
  ...readdirSync(join(root, "test/fixtures")).filter((f) => f.endsWith(".jsonl")).map((f) => join(root, "test/fixtures", f)),
  ...readdirSync(join(root, "test/fixtures/heldout")).filter((f) => f.endsWith(".jsonl")).map((f) => join(root, "test/fixtures/heldout", f)),
];
for (const f of files)
  for (const row of jsonl(f)) {
    const lang = typeof row.lang === "string" ? row.lang : typeof row.language === "string" ? row.language : "?";
    if (Array.isArray(row.turns)) for (const t of row.turns) add(lang, t);
    for (const [k, v] of Object.entries(row)) if (/^[a-z]{2}$/.test(k) && k !== "id" && k !== "tz" && typeof v === "string") add(k, v);
  }
for (const lang of readdirSync(join(root, "knowledge/lexicon"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const ex = JSON.parse(readFileSync(join(root, "knowledge/lexicon", lang, "examples.json"), "utf8")) as Record<string, string[]>;
  for (const list of Object.values(ex)) for (const q of list) add(lang, q);
}
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
