// Counts how the answers to a case file fell on the fallback ladder (a dev tool for the closing notes):
// answered outright, answered with a choice offered, closest passage, not in the notice, off-topic.
// Usage: npx tsx scripts/fallback-counts.ts ../shared/eval/dev.jsonl [--knowledge DIR]
import { readFileSync } from "node:fs";
import { createBot, loadKnowledge } from "../src/index.js";

const args = process.argv.slice(2);
const k = args.indexOf("--knowledge");
const dir = k >= 0 ? args.splice(k, 2)[1] : undefined;
const knowledge = loadKnowledge(dir);
const counts = { answered: 0, "offered a choice": 0, "closest passage": 0, "not in the notice": 0, "off-topic": 0, "small talk": 0 };
let n = 0;
for (const line of readFileSync(args[0]!, "utf8").split("\n").filter(Boolean)) {
  const c = JSON.parse(line) as { turns: string[]; now?: string; tz?: string; notice?: string };
  if (c.notice && !knowledge.notices.has(c.notice)) continue;
  const bot = createBot({ knowledge, ...(c.notice ? { noticeId: c.notice } : {}) });
  const sessionId = `c${n++}`;
  for (const text of c.turns) {
    const a = bot.ask({ sessionId, text, ...(c.now ? { now: c.now } : {}), ...(c.tz ? { zone: c.tz } : {}) });
    if (["greeting", "help", "thanks"].includes(a.intent)) counts["small talk"]++;
    else if (a.gap === "off_topic") counts["off-topic"]++;
    else if (a.gap === "not_in_notice") counts["not in the notice"]++;
    else if (a.intent === "search") counts["closest passage"]++;
    else if (a.alternatives?.length) counts["offered a choice"]++;
    else counts.answered++;
  }
}
console.log(Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join(" · "));
