// Ad-hoc measurement (not a test): N activities with 1 MB ids (and N with a question padded to 1 MB) posted to
// the real server's unauthenticated Teams endpoint on loopback; heap after gc before and after.
// Run: node --expose-gc --import tsx test/hardening/measure-teams-memory.mts [N] [both|ids|padded]
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { startServer } from "../../adapters/server/start.js";
import { activity, startFakeConnector } from "../adapters/teams/harness.js";

const n = Number(process.argv[2] ?? 2000);
const mode = process.argv[3] ?? "both";
const gc = (globalThis as { gc?: () => void }).gc!;
const heap = () => (gc(), gc(), process.memoryUsage().heapUsed / 2 ** 20);
const dir = mkdtempSync(join(tmpdir(), "measure-"));
const connector = await startFakeConnector();
const server = await startServer({ env: { PORT: "0", HOST: "127.0.0.1", REVIEW_DB: join(dir, "r.sqlite"), RATE_LIMIT_PER_USER: "0" }, logger: pino({ level: "silent" }), clock: () => new Date("2025-10-06T08:00:00Z") });
const post = (body: unknown) => fetch(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(async (r) => (await r.arrayBuffer(), r.status));
for (let i = 0; i < 10; i++) await post(activity(connector.url, { from: { id: `29:warm-${i}` }, conversation: { id: `a:w-${i}` }, text: "How long is the contract?" }));
const before = heap();
const statuses = new Map<number, number>();
const big = "z".repeat(1024 * 1024 - 8192);
const pad = " ".repeat(512 * 1024 - 4096);
const t0 = Date.now();
for (let i = 0; i < n; i++) {
  const got: number[] = [];
  if (mode !== "padded") got.push(await post(activity(connector.url, { from: { id: `29:${i}-${big}` }, conversation: { id: `a:${i}` }, text: "When is the deadline?" })));
  if (mode !== "ids") got.push(await post(activity(connector.url, { from: { id: `29:p-${i}` }, conversation: { id: `a:p-${i}` }, text: `${pad}How long is the contract? ${i}${pad}` })));
  for (const s of got) statuses.set(s, (statuses.get(s) ?? 0) + 1);
}
const after = heap();
console.log(JSON.stringify({ mode, activities: [...statuses.values()].reduce((a, b) => a + b, 0), statuses: Object.fromEntries(statuses), heapBeforeMiB: +before.toFixed(1), heapAfterMiB: +after.toFixed(1), grownMiB: +(after - before).toFixed(1), rssMiB: +(process.memoryUsage().rss / 2 ** 20).toFixed(0), seconds: (Date.now() - t0) / 1000 }));
await server.stop(100);
await connector.close();
