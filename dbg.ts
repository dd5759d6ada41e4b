import { createBot, loadKnowledge, renderText } from "./src/index.ts";
const k = loadKnowledge("test/fixtures/knowledge/shapes");
const [id, ...qs] = process.argv.slice(2);
const bot = createBot({ knowledge: k, noticeId: id! });
for (const t of qs) { const a = bot.ask({ sessionId: "s" + Math.random(), text: t, now: "2027-01-02T09:00:00Z" }); console.log(">>", t, "|", a.intent, a.verdict ?? "", "\n" + renderText(a).slice(0, 420).replace(/\n+/g, " ⏎ ") + "\n"); }
