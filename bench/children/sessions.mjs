// Resident memory per conversation: the compiled bot answers one question in each of N distinct sessions, and
// the RSS after a GC is compared with the RSS before them. The questions come on stdin as a JSON array.
import { randomBytes } from "node:crypto";
import { createBot, createMemorySessionStore, loadKnowledge } from "../../dist/src/index.js";

const N = Number(process.argv[2] ?? 100_000);
const WARM = 5_000;
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const questions = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const now = "2025-10-06T08:00:00Z";

const settle = async () => {
  for (let i = 0; i < 4; i++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return process.memoryUsage();
};

const sessions = createMemorySessionStore({ maxSessions: N + WARM });
const bot = createBot({ knowledge: loadKnowledge(), sessions });
const ask = (i) => bot.ask({ sessionId: `web:${randomBytes(18).toString("base64url")}`, text: questions[i % questions.length], now });
// Warm-up: every code path and cache the answers touch, and the first sessions (kept: the baseline is a store
// already in use, as at an event).
for (let i = 0; i < WARM; i++) ask(i);
const before = await settle();
const sizeBefore = sessions.size;
const started = performance.now();
for (let i = 0; i < N; i++) ask(i);
const seconds = (performance.now() - started) / 1000;
const after = await settle();
process.send({ n: sessions.size - sizeBefore, seconds, rssBefore: before.rss, rssAfter: after.rss, heapBefore: before.heapUsed, heapAfter: after.heapUsed });
