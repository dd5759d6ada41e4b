// Answers a fixed set of texts (the samples', the held-out fixtures', the example questions') and prints one line per
// text with the intent, rule and a hash of the answer (a dev tool): run it before and after a change of the reading
// and diff the two outputs to see which answers changed, by language. `tsx scripts/compare-reading.ts > before.txt`.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createBot, createMemorySessionStore, loadKnowledge, renderText } from "../src/index.js";

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
  let i = 0;
  for (const list of Object.values(ex)) for (const q of list) if (lang === "en" || i++ % 3 === 0) add(lang, q);
}
const only = process.argv[2];
const bot = createBot({ knowledge: loadKnowledge(), sessions: createMemorySessionStore() });
let n = 0;
for (const [key, lang] of texts) {
  if (only && !only.split(",").includes(lang)) continue;
  const text = key.slice(key.indexOf("\t") + 1);
  const a = bot.ask({ sessionId: `cmp-${n++}`, text, now: "2025-10-06T08:00:00Z" });
  const out = renderText(a);
  const h = createHash("sha1").update(out).digest("hex").slice(0, 8);
  console.log(`${lang}\t${JSON.stringify(text)}\t${a.intent}\t${(a as { rule?: string }).rule ?? ""}\t${a.verdict ?? ""}\t${h}\t${out.replace(/\s+/g, " ").slice(0, 160)}`);
}
