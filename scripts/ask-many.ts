// Asks the bot many questions at once and prints intent, confidence and the start of each answer (a dev tool).
// Usage: npx tsx scripts/ask-many.ts [--knowledge DIR] [--notice ID] "q1" "q2" …  (a "|" inside one argument starts a new turn)
import { createBot, loadKnowledge } from "../src/index.js";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const dir = opt("--knowledge");
const noticeId = opt("--notice");
const now = opt("--now") ?? "2025-10-06T08:00:00Z";
const bot = createBot({ knowledge: loadKnowledge(dir), ...(noticeId ? { noticeId } : {}) });
for (const [i, q] of args.entries()) {
  const turns = q.split("|").map((t) => t.trim());
  for (const t of turns) {
    const a = bot.ask({ sessionId: `s${i}`, text: t, now });
    console.log(`${t} → ${a.intent} ${a.rule ?? ""} ${a.confidence ?? ""} ${a.verdict ?? ""} [${a.language}] | ${a.parts.join(" ").replace(/\s+/g, " ").slice(0, Number(process.env.W ?? 220))}`);
  }
}
