import { createBot, loadKnowledge, renderText } from "./src/index.ts";
const k = loadKnowledge("test/fixtures/knowledge/shapes");
const bot = createBot({ knowledge: k, noticeId: process.argv[2]! });
for (const t of process.argv.slice(3)) { const a = bot.ask({ sessionId: "s" + Math.random(), text: t, now: "2027-02-01T09:00:00Z" }); console.log(">>", t, "|", a.intent, a.verdict, "\n" + renderText(a).slice(0, 500) + "\n"); }
