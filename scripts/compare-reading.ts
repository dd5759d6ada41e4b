// Answers a fixed set of texts (the samples', the held-out fixtures', the example questions') and prints one line per
// text with the intent, rule and a hash of the answer (a dev tool): run it before and after a change of the reading
// and diff the two outputs to see which answers changed, by language. `tsx scripts/compare-reading.ts > before.txt`.
import { createHash } from "node:crypto";
import { comparisonTexts } from "./comparison-texts.js";
import { createBot, createMemorySessionStore, loadKnowledge, renderText } from "../src/index.js";

const root = new URL("..", import.meta.url).pathname;
const texts = comparisonTexts(root, 3);
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
