// `npm run bench`: the bot measured against the libraries it stands on, side by side in one run on this machine,
// so that each figure is a ratio that holds on a noisy machine. Prints one table and writes bench/results.json.
// Every server listens on 127.0.0.1; every load is bounded in time. See docs/operations.md.
import { fork, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createBot, createSqliteReview, DEFAULT_MAX_BYTES, loadKnowledge, maskPersonal, referenceWords, whenDetectorReady } from "../src/index.js";
import { createSearchIndex } from "../src/search/index.js";
import { SIGNING_SECRET, slackEnvelope, slackSignature, startFakeConnector, startFakeSlackApi, type Fake } from "./fakes.js";
import { createClient } from "redis";
import { startRedis } from "../scripts/services.js";
import { questionMix } from "./questions.js";
import { measureUnderstanding, unseenPerLanguage } from "./understanding.js";
import { measureWorst } from "./worst.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const QUICK = process.env.BENCH_QUICK === "1";
/** Seconds of each throughput measurement, after a warm-up of WARM_S. */
const MEASURE_S = QUICK ? 3 : 8;
const WARM_S = 2;
const LOAD_S = QUICK ? 10 : 60;
const SESSIONS = QUICK ? 20_000 : 100_000;
const STARTS = QUICK ? 2 : 5;
const CONNECTIONS = 10;
const USERS = 1000;

type Row = { key: string; what: string; ours: string; baseline: string; ratio: number; goal: string; met: boolean; /** A figure reported, with no goal. */ info?: boolean };
const rows: Row[] = [];
const log = (line: string) => console.error(`bench: ${line}`);

const questions = questionMix();
// Over HTTP, questions that fit the web chat's 8 KiB body (the mix holds a few pasted walls of text).
const httpQuestions = questions.filter((q) => q.length <= 2000);
const pick = (i: number) => httpQuestions[i % httpQuestions.length]!;

// ---------------------------------------------------------------------------------------------------------------
// Engine: mean time per answer against minisearch's search() alone, same questions, same index.

function engineVsSearch(): void {
  const knowledge = loadKnowledge();
  const bot = createBot({ knowledge });
  const notice = knowledge.notices.get(bot.noticeId)!;
  const lexicon = knowledge.lexicons.get(notice.facts.language)!;
  const index = createSearchIndex(notice.sections, { stopwords: lexicon.stopwords, synonyms: lexicon.synonyms });
  const now = "2025-10-06T08:00:00Z";
  const rounds = QUICK ? 2 : 5;
  const time = (run: (q: string, i: number) => void) => {
    const started = performance.now();
    for (let r = 0; r < rounds; r++) questions.forEach(run);
    return (performance.now() - started) / (rounds * questions.length);
  };
  // Warm both (JIT, caches), then measure them in turn, twice, and keep the better of each.
  const answer = (q: string, i: number) => void bot.ask({ sessionId: `bench-${i % 97}`, text: q, now });
  const search = (q: string) => void index.raw(q);
  time(answer);
  time(search);
  const engine = Math.min(time(answer), time(answer));
  const raw = Math.min(time(search), time(search));
  rows.push({
    key: "engineVsSearch",
    what: `engine: mean ms per answer, ${questions.length} questions`,
    ours: `${engine.toFixed(3)} ms`,
    baseline: `${raw.toFixed(3)} ms (minisearch search())`,
    ratio: engine / raw,
    goal: "≤ 3",
    met: engine / raw <= 3,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Masking before the review: the worst inputs up to the largest body (1 MiB, Teams and Slack) against one answer.

/** The largest body an endpoint takes. */
const BODY_LIMIT = 1024 * 1024;
/** Inputs that made the old patterns rescan a run from every position in it, each as long as the body limit. */
function worstInputs(): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(BODY_LIMIT / unit.length)).slice(0, BODY_LIMIT);
  return {
    "letters, no @": fill("a"),
    digits: fill("1"),
    "digits and spaces": fill("1 "),
    "a@ a@ …": fill("a@"),
    "dates (recursion)": fill("20.10.2025 "),
    "end punctuation": fill("? "),
    "full-width digits": fill("０"),
    "name cues": fill("my name is Maria "),
    "born on …": fill("born on 12.03.1990 "),
  };
}

function maskWorstVsAnswer(): void {
  const knowledge = loadKnowledge();
  const notNames = referenceWords(knowledge.reference);
  const bot = createBot({ knowledge });
  const runs = QUICK ? 5 : 20;
  let worst = { name: "", ms: 0 };
  for (const [name, text] of Object.entries(worstInputs())) {
    maskPersonal(text, { notNames });
    const started = performance.now();
    for (let i = 0; i < runs; i++) maskPersonal(text, { notNames });
    const ms = (performance.now() - started) / runs;
    if (ms > worst.ms) worst = { name, ms };
  }
  const now = "2025-10-06T08:00:00Z";
  const sample = questions.slice(0, 200);
  sample.forEach((q, i) => bot.ask({ sessionId: `mask-${i}`, text: q, now }));
  const started = performance.now();
  sample.forEach((q, i) => bot.ask({ sessionId: `mask-${i}`, text: q, now }));
  const answer = (performance.now() - started) / sample.length;
  // For the record: the e-mail pattern before the fix, on 8 KiB of letters (a web chat body); 1 MiB took minutes.
  const old = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
  const oldStarted = performance.now();
  "a".repeat(8 * 1024).replace(old, "[email]");
  log(`the e-mail pattern before the fix: ${(performance.now() - oldStarted).toFixed(1)} ms on 8 KiB of letters`);
  rows.push({
    key: "maskWorstVsAnswer",
    what: "review masking: the worst 1 MiB input against one answer",
    ours: `${worst.ms.toFixed(3)} ms (${worst.name}, 1 MiB)`,
    baseline: `${answer.toFixed(3)} ms per answer`,
    ratio: worst.ms / answer,
    goal: "≤ 5",
    met: worst.ms / answer <= 5,
  });
}

// The review store after a flood of unauthenticated questions: one question asked over and over, then distinct
// questions of the longest length kept, until far past the byte cap. Its file must stay near the cap.
function reviewAfterFlood(dir: string): void {
  const file = join(dir, "flood.sqlite");
  const review = createSqliteReview({ file });
  const at = new Date();
  const repeats = QUICK ? 2_000 : 10_000;
  const distinct = QUICK ? 8_000 : 24_000;
  const started = performance.now();
  for (let i = 0; i < repeats; i++) review.recordGap({ noticeId: "N", question: "Is there an age limit?", intent: "uncovered", gap: "not_in_notice", at });
  const filler = "why ".repeat(500);
  for (let i = 0; i < distinct; i++) review.recordGap({ noticeId: "N", question: `${i} ${filler}`, intent: "uncovered", gap: "not_in_notice", at: new Date(at.getTime() + i) });
  const ms = performance.now() - started;
  const size = review.size();
  review.close();
  const bytes = [file, `${file}-wal`, `${file}-shm`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
  const flooded = repeats + distinct;
  log(`review flood: ${flooded} records in ${(ms / 1000).toFixed(1)} s (${(ms / flooded).toFixed(3)} ms each), ${size.rows} rows kept, ${mib(size.bytes)} MiB of database pages in use`);
  const cap = DEFAULT_MAX_BYTES;
  rows.push({
    key: "reviewAfterFlood",
    what: `review store after ${flooded} gaps (${repeats} of one question)`,
    ours: `${mib(bytes)} MiB file, ${size.rows} rows`,
    baseline: `${mib(cap)} MiB cap (REVIEW_MAX_MB)`,
    ratio: bytes / cap,
    goal: "≤ 1.5",
    met: bytes / cap <= 1.5,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Child processes: our server (compiled) and the bare baselines.

type Memory = { rss: number; heapUsed: number };
type Child = { url: string; proc: ChildProcess; rss(): Promise<Memory>; stop(): Promise<void> };

function startChild(script: string, env: NodeJS.ProcessEnv): Promise<Child> {
  const proc = fork(join(root, script), [], { cwd: root, env, execArgv: ["--expose-gc"], stdio: ["ignore", "ignore", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    proc.once("exit", (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    proc.on("message", function ready(message: { type?: string; url?: string }) {
      if (message.type !== "ready") return;
      proc.off("message", ready);
      resolve({
        url: message.url!,
        proc,
        rss: () =>
          new Promise((done) => {
            proc.on("message", function got(m: { type?: string } & Memory) {
              if (m.type !== "rss") return;
              proc.off("message", got);
              done(m);
            });
            proc.send({ type: "rss" });
          }),
        stop: () =>
          new Promise((done) => {
            proc.removeAllListeners("exit");
            proc.once("exit", () => done());
            proc.send({ type: "stop" });
            setTimeout(() => proc.kill("SIGKILL"), 3000).unref();
          }),
      });
    });
  });
}

function serverEnv(slack: Fake, db: string, port = "0"): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: port,
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    HR_TOKEN: "",
    REVIEW_DB: join(db, `review-${randomBytes(4).toString("hex")}.sqlite`),
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${slack.url}/api/`,
    SLACK_APP_TOKEN: "",
    MicrosoftAppId: "",
    // The endpoints' cost is measured, not the limits' policy: autocannon sends from one address, as fast as it can.
    RATE_LIMIT_PER_USER: "0",
    RATE_LIMIT_PER_ADDRESS: "0",
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Requests, as the platforms send them: each one fresh (Slack event ids, signatures), from a pool of users.

type Kind = "slack" | "teams" | "web";
const webSessions = Array.from({ length: USERS }, () => randomBytes(18).toString("base64url"));

function request(kind: Kind, connector: Fake): autocannon.Request {
  let n = 0;
  return {
    method: "POST",
    path: kind === "slack" ? "/slack/events" : kind === "teams" ? "/api/messages" : "/api/chat/ask",
    setupRequest(req) {
      const i = n++;
      const user = i % USERS;
      if (kind === "slack") {
        const body = slackEnvelope({ type: "app_mention", channel: "CBENCH", user: `UB${user}`, text: `<@UBOT> ${pick(i)}`, ts: `${1_700_000_000 + i}.000100`, team: "T1" });
        return { ...req, body, headers: { "content-type": "application/json", ...slackSignature(body) } };
      }
      if (kind === "teams") {
        const body = JSON.stringify({
          type: "message",
          id: `act-${i}`,
          channelId: "msteams",
          serviceUrl: connector.url,
          from: { id: `29:user-${user}`, name: "Visitor" },
          recipient: { id: "28:bot", name: "Vacancy Bot" },
          conversation: { id: `a:conv-${user}`, conversationType: "personal", tenantId: "t1" },
          text: pick(i),
          locale: "en-GB",
        });
        return { ...req, body, headers: { "content-type": "application/json" } };
      }
      const body = JSON.stringify({ text: pick(i), zone: "Europe/Brussels" });
      return { ...req, body, headers: { "content-type": "application/json", cookie: `vb_session=${webSessions[user]}` } };
    },
  };
}

type Shot = { rps: number; non2xx: number; errors: number; p50: number; p99: number };

async function shoot(url: string, kind: Kind, connector: Fake, seconds: number, connections = CONNECTIONS): Promise<Shot> {
  const result = await autocannon({ url, connections, duration: seconds, requests: [request(kind, connector)] });
  return { rps: result.requests.average, non2xx: result.non2xx, errors: result.errors + result.timeouts, p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * The engine's own median cost per answer on the requests the endpoints get (the same questions, in the same order,
 * from the same pool of users), measured in this process once its caches are warm, as the server's are.
 */
function engineMedianMs(): number {
  const bot = createBot({ knowledge: loadKnowledge() });
  const now = "2025-10-06T08:00:00Z";
  const n = Math.min(4000, httpQuestions.length * 4);
  for (let i = 0; i < n; i++) bot.ask({ sessionId: `floor-${i % USERS}`, text: pick(i), now });
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    bot.ask({ sessionId: `floor-${i % USERS}`, text: pick(i), now });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function throughput(ours: Child, bare: Child, connector: Fake): Promise<void> {
  const pairs: [Kind, string, string, string][] = [
    ["slack", "slackVsBareBolt", "slackVsFloor", "bare Bolt app, same HTTPReceiver"],
    ["teams", "teamsVsBareBotbuilder", "teamsVsFloor", "bare botbuilder echo bot"],
    ["web", "webVsBare", "webVsFloor", "bare node:http handler, fixed JSON"],
  ];
  // The floor of an endpoint: the bare app's time per request plus the engine's own median cost, one after the other.
  const engineMs = engineMedianMs();
  log(`the engine's own median cost per answer on the endpoints' questions: ${engineMs.toFixed(3)} ms`);
  for (const [kind, key, floorKey, baseline] of pairs) {
    log(`${kind}: ours then bare, ${WARM_S} s warm-up and ${MEASURE_S} s each`);
    await shoot(ours.url, kind, connector, WARM_S);
    const a = await shoot(ours.url, kind, connector, MEASURE_S);
    await shoot(bare.url, kind, connector, WARM_S);
    const b = await shoot(bare.url, kind, connector, MEASURE_S);
    if (a.non2xx || a.errors) log(`${kind}: ours had ${a.non2xx} non-2xx and ${a.errors} errors`);
    rows.push({
      key,
      what: `${kind}: requests/s (p50 / p99 ms)`,
      ours: `${a.rps.toFixed(0)} (${a.p50} / ${a.p99})`,
      baseline: `${b.rps.toFixed(0)} (${b.p50} / ${b.p99}) ${baseline}`,
      ratio: a.rps / b.rps,
      goal: "≥ 0.8",
      met: a.rps / b.rps >= 0.8,
    });
    const floor = 1000 / (1000 / b.rps + engineMs);
    rows.push({
      key: floorKey,
      what: `${kind}: requests/s against the floor (the bare app plus the engine's median ${engineMs.toFixed(3)} ms a request)`,
      ours: `${a.rps.toFixed(0)}`,
      baseline: `${floor.toFixed(0)} (1 / (1/${b.rps.toFixed(0)} + ${engineMs.toFixed(3)} ms))`,
      ratio: a.rps / floor,
      goal: "≥ 0.8",
      met: a.rps / floor >= 0.8,
    });
  }
}

/** Waits until the server has posted every answer it owes (Slack's are posted after the ack): no call for 1 s. */
async function drained(...fakes: Fake[]): Promise<void> {
  const total = () => fakes.reduce((n, f) => n + [...f.counts.values()].reduce((a, b) => a + b, 0), 0);
  for (let last = -1, i = 0; i < 60 && total() !== last; i++) {
    last = total();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

async function memoryUnderLoad(ours: Child, slack: Fake, connector: Fake): Promise<void> {
  // The throughput runs above were the warm-up: every user of the pools has a conversation by now. Both
  // measurements are taken once the answers owed have been posted, after a GC.
  await drained(slack, connector);
  const warm = await ours.rss();
  log(`memory: ${LOAD_S} s of Slack, Teams and web chat at once`);
  const shots = await Promise.all((["slack", "teams", "web"] as Kind[]).map((kind) => shoot(ours.url, kind, connector, LOAD_S, 4)));
  await drained(slack, connector);
  const after = await ours.rss();
  const served = shots.reduce((n, s) => n + s.rps * LOAD_S, 0);
  rows.push({
    key: "rssAfterLoadVsWarm",
    what: `RSS after ${LOAD_S} s of load (${Math.round(served)} requests) vs after warm-up`,
    ours: `${mib(after.rss)} MiB (heap ${mib(after.heapUsed)})`,
    baseline: `${mib(warm.rss)} MiB (heap ${mib(warm.heapUsed)}) after warm-up`,
    ratio: after.rss / warm.rss,
    goal: "≤ 1.2",
    met: after.rss / warm.rss <= 1.2,
  });
  // The heap after a GC judges a leak: the resident size also keeps what a burst of answers owed took at its peak.
  rows.push({
    key: "heapAfterLoadVsWarm",
    what: `heap after a GC, after ${LOAD_S} s of load vs after warm-up (bounded caches fill during both)`,
    ours: `${mib(after.heapUsed)} MiB`,
    baseline: `${mib(warm.heapUsed)} MiB after warm-up`,
    ratio: after.heapUsed / warm.heapUsed,
    goal: "≤ 1.2",
    met: after.heapUsed / warm.heapUsed <= 1.2,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Start-up: process start to /healthz answering 200, the compiled server against the bare Bolt + botbuilder one.

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function timeToHealthy(args: string[], env: NodeJS.ProcessEnv, port: number): Promise<number> {
  const started = performance.now();
  const proc = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit", "ipc"] });
  try {
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${proc.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (performance.now() - started > 30_000) throw new Error(`${args.join(" ")} not healthy after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    proc.kill("SIGKILL");
    await new Promise((resolve) => (proc.exitCode !== null || proc.signalCode !== null ? resolve(null) : proc.once("exit", resolve)));
  }
}

async function startup(slack: Fake, db: string): Promise<void> {
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ours: number[] = [];
  const bare: number[] = [];
  // A cache folder of the bench's own, filled by one start that is not counted: a start-up as a deployment has it
  // (the knowledge checked at the first start, remembered after), untouched by other checkouts of the project on
  // the machine, whose other knowledge files would share (and rewrite) the user's cache file.
  const warmCache = mkdtempSync(join(tmpdir(), "vacancy-bench-cache-"));
  const env = (port: number) => ({ ...serverEnv(slack, db, String(port)), XDG_CACHE_HOME: warmCache });
  const first = await freePort();
  await timeToHealthy(["dist/adapters/server/main.js"], env(first), first);
  for (let i = 0; i < STARTS; i++) {
    const port = await freePort();
    ours.push(await timeToHealthy(["dist/adapters/server/main.js"], env(port), port));
    bare.push(await timeToHealthy(["bench/children/bare.mjs"], env(port), port));
  }
  rmSync(warmCache, { recursive: true, force: true });
  const a = median(ours);
  const b = median(bare);
  rows.push({
    key: "startupVsBare",
    what: `start-up to /healthz 200 with the ${languagesPresent()} lexicons present, median of ${STARTS}`,
    ours: `${a.toFixed(0)} ms`,
    baseline: `${b.toFixed(0)} ms bare Bolt + botbuilder`,
    ratio: a / b,
    goal: "≤ 1.5",
    met: a / b <= 1.5,
  });
  // The first start after a knowledge file (or the checking code) changed: every file checked in full, nothing
  // remembered (an empty cache folder each time; src/knowledge/cache.ts).
  const cold: number[] = [];
  const coldBare: number[] = [];
  for (let i = 0; i < Math.min(STARTS, 3); i++) {
    const port = await freePort();
    const cache = mkdtempSync(join(tmpdir(), "vacancy-bench-cache-"));
    try {
      cold.push(await timeToHealthy(["dist/adapters/server/main.js"], { ...serverEnv(slack, db, String(port)), XDG_CACHE_HOME: cache }, port));
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
    coldBare.push(await timeToHealthy(["bench/children/bare.mjs"], serverEnv(slack, db, String(port)), port));
  }
  const c = median(cold);
  const cb = median(coldBare);
  rows.push({
    key: "startupColdVsBare",
    what: `start-up to /healthz 200 with every knowledge file checked anew (nothing in the validation cache), median of ${cold.length}`,
    ours: `${c.toFixed(0)} ms`,
    baseline: `${cb.toFixed(0)} ms bare Bolt + botbuilder`,
    ratio: c / cb,
    goal: "reported",
    met: true,
    info: true,
  });
}

/** How many lexicons the knowledge folder holds (all are loaded at start-up, and checked unless remembered as checked). */
function languagesPresent(): number {
  return loadKnowledge().lexicons.size;
}

// ---------------------------------------------------------------------------------------------------------------
// Memory per conversation.

async function bytesPerSession(): Promise<void> {
  const child = fork(join(root, "bench/children/sessions.mjs"), [String(SESSIONS)], { cwd: root, execArgv: ["--expose-gc"], stdio: ["pipe", "inherit", "inherit", "ipc"] });
  child.stdin!.end(JSON.stringify(questions));
  const m = await new Promise<{ n: number; seconds: number; rssBefore: number; rssAfter: number; heapBefore: number; heapAfter: number }>((resolve, reject) => {
    child.once("message", resolve as (m: unknown) => void);
    child.once("exit", (code) => reject(new Error(`sessions.mjs exited with ${code}`)));
  });
  child.kill();
  const perSession = (m.rssAfter - m.rssBefore) / m.n;
  rows.push({
    key: "bytesPerSession",
    what: `RSS per conversation, ${m.n} conversations of one question (${((m.heapAfter - m.heapBefore) / m.n).toFixed(0)} B of heap)`,
    ours: `${perSession.toFixed(0)} B`,
    baseline: "goal 2048 B",
    ratio: perSession,
    goal: "< 2048 B",
    met: perSession < 2048,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Shared state: the median web answer with conversations in Redis against the in-memory store, one machine, one run.

async function redisVsMemory(slack: Fake, connector: Fake, db: string): Promise<void> {
  const redis = await startRedis();
  try {
    const memory = await startChild("bench/children/serve.mjs", serverEnv(slack, db));
    const shared = await startChild("bench/children/serve.mjs", { ...serverEnv(slack, db), REDIS_URL: redis.url });
    const p50 = async (child: Child) => {
      await shoot(`${child.url}`, "web", connector, WARM_S);
      return shoot(`${child.url}`, "web", connector, MEASURE_S);
    };
    // Interleaved, so a busy spell of the machine falls on both.
    const m1 = await p50(memory);
    const r1 = await p50(shared);
    const m2 = await p50(memory);
    const r2 = await p50(shared);
    const mem = Math.min(m1.p50, m2.p50) || 0.5;
    const red = Math.min(r1.p50, r2.p50) || 0.5;
    // What one conversation and one answer take in Redis (MEMORY USAGE of a sample of keys).
    const client = createClient({ url: redis.url });
    await client.connect();
    const usage = async (pattern: string) => {
      const keys: string[] = [];
      for await (const batch of client.scanIterator({ MATCH: pattern, COUNT: 500 })) {
        keys.push(...(batch as unknown as string[]));
        if (keys.length >= 200) break;
      }
      const sizes = await Promise.all(keys.slice(0, 200).map((k) => client.memoryUsage(k)));
      return sizes.reduce<number>((n, s) => n + Number(s ?? 0), 0) / Math.max(1, sizes.length);
    };
    const perSession = await usage("vb:session:*");
    const perAnswer = await usage("vb:said:*");
    await client.close();
    log(`shared state: web answer p50 memory ${mem} ms, Redis ${red} ms (${(red / mem).toFixed(2)}×); in Redis ${perSession.toFixed(0)} B a conversation, ${perAnswer.toFixed(0)} B an answer kept for feedback (24 h)`);
    rows.push({
      key: "redisVsMemory",
      what: `median web answer, conversations in Redis against in memory (Redis: ${perSession.toFixed(0)} B a conversation, ${perAnswer.toFixed(0)} B an answer id)`,
      ours: `${red} ms`,
      baseline: `${mem} ms`,
      ratio: red / mem,
      goal: "≤ 1.5×",
      met: red / mem <= 1.5,
    });
    await shared.stop();
    await memory.stop();
  } finally {
    await redis.stop();
  }
}

// ---------------------------------------------------------------------------------------------------------------

function table(): string {
  const header = ["figure", "ours", "baseline", "ratio", "goal", ""];
  const lines = rows.map((r) => [r.key, r.ours, r.baseline, r.key === "bytesPerSession" ? r.ratio.toFixed(0) : r.ratio.toFixed(2), r.goal, r.info ? "info" : r.met ? "met" : "MISSED"]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [row(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...lines.map(row)].join("\n");
}

let unseenByLanguage: Record<string, number> | undefined;
const started = performance.now();
// The engine reads messages as the server does once it listens: with both language detectors loaded.
await whenDetectorReady();
const db = mkdtempSync(join(tmpdir(), "vacancy-bench-"));
const slack = await startFakeSlackApi();
const connector = await startFakeConnector();
try {
  // BENCH_ONLY=key runs one part (the throughput runs are the memory run's warm-up, so they run with it).
  const only = process.env.BENCH_ONLY;
  const runs = (...keys: string[]) => !only || keys.includes(only);
  if (runs("engineVsSearch")) {
    log(`engine against search(), ${questions.length} questions`);
    engineVsSearch();
  }
  if (runs("understanding")) {
    log("understanding: the classifier per language, start-up and the median answer with every lexicon");
    const u = measureUnderstanding(questions);
    log(`  start-up ${u.startupMs.toFixed(0)} ms, heap +${u.heapMb.toFixed(1)} MB (+${u.heapAllMb.toFixed(1)} MB once all ${u.languages} languages are used); median answer: the mix ${u.medianMs.mix.toFixed(3)} ms, a text never seen ${u.medianMs.fresh.toFixed(3)} ms, one seen ${u.medianMs.cached.toFixed(3)} ms`);
    for (const [language, a] of Object.entries(u.accuracy))
      log(`  ${language}: ${a.examples} examples, label ${(100 * a.top1).toFixed(1)}%, intent ${(100 * a.intent).toFixed(1)}% right (5-fold)`);
    rows.push({
      key: "understanding",
      what: `median answer, the event's question mix, ${Object.keys(u.accuracy).length} lexicons (start-up ${u.startupMs.toFixed(0)} ms, heap +${u.heapMb.toFixed(0)} MB; a text never seen ${u.medianMs.fresh.toFixed(3)} ms, one seen ${u.medianMs.cached.toFixed(3)} ms)`,
      ours: `${u.medianMs.mix.toFixed(3)} ms`,
      baseline: "1 ms",
      ratio: u.medianMs.mix,
      goal: "< 1 ms",
      met: u.medianMs.mix < 1,
    });
    rows.push({
      key: "heapAllLanguages",
      what: `heap after a GC once all ${u.languages} languages are used (each language's reader and classifier built on first use)`,
      ours: `+${u.heapAllMb.toFixed(1)} MB`,
      baseline: `+${u.heapMb.toFixed(1)} MB after loading the knowledge and building the bot`,
      ratio: u.heapAllMb / u.heapMb,
      goal: "reported",
      met: true,
      info: true,
    });
  }
  if (runs("unseenMedian")) {
    log("a message never seen before: the median answer per language");
    const unseen = unseenPerLanguage(QUICK ? 40 : 100);
    log(`  ${Object.entries(unseen).map(([l, ms]) => `${l} ${ms.toFixed(2)}`).join(", ")} ms`);
    unseenByLanguage = unseen;
    const sorted = Object.entries(unseen).sort((a, b) => a[1] - b[1]);
    const [worstLanguage, worstMs] = sorted.at(-1) ?? ["", 0];
    const middle = sorted[Math.floor(sorted.length / 2)]?.[1] ?? 0;
    rows.push({
      key: "unseenMedian",
      what: `median answer to a message never seen before, the slowest of ${sorted.length} languages (${worstLanguage}; the middle language ${middle.toFixed(2)} ms; each language in the log and results.json)`,
      ours: `${worstMs.toFixed(3)} ms`,
      baseline: "0.5 ms",
      ratio: worstMs / 0.5,
      goal: "≤ 0.5 ms",
      met: worstMs <= 0.5,
    });
  }
  if (runs("worstVsMedian")) {
    log("the worst shapes of a message against a normal question, per language (issue 22, item 3)");
    const w = measureWorst(QUICK ? 10 : 30);
    for (const [language, x] of Object.entries(w)) log(`  ${language}: median ${x.medianMs.toFixed(3)} ms, worst ${x.worstMs.toFixed(3)} ms (${x.worstShape}), ×${x.ratio.toFixed(1)}`);
    const worst = Object.entries(w).sort((a, b) => b[1].ratio - a[1].ratio)[0];
    if (worst)
      rows.push({
        key: "worstVsMedian",
        what: `worst message shape against the median question, the worst language (${worst[0]}: ${worst[1].worstShape})`,
        ours: `${worst[1].worstMs.toFixed(3)} ms`,
        baseline: `${worst[1].medianMs.toFixed(3)} ms (median question)`,
        ratio: worst[1].ratio,
        goal: "≤ 5",
        met: worst[1].ratio <= 5,
      });
  }
  if (runs("maskWorstVsAnswer")) {
    log("review masking, the worst inputs up to the body limit");
    maskWorstVsAnswer();
  }
  if (runs("reviewAfterFlood")) {
    log("review store, a flood of questions");
    reviewAfterFlood(db);
  }
  if (runs("bytesPerSession")) {
    log(`memory per conversation, ${SESSIONS} conversations`);
    await bytesPerSession();
  }
  if (runs("slackVsBareBolt", "teamsVsBareBotbuilder", "webVsBare", "rssAfterLoadVsWarm")) {
    const ours = await startChild("bench/children/serve.mjs", serverEnv(slack, db));
    const bare = await startChild("bench/children/bare.mjs", serverEnv(slack, db));
    await throughput(ours, bare, connector);
    await bare.stop();
    await memoryUnderLoad(ours, slack, connector);
    await ours.stop();
  }
  if (runs("redisVsMemory")) {
    log("shared state: the web answer with Redis sessions against in-memory ones");
    await redisVsMemory(slack, connector, db);
  }
  if (runs("startupVsBare")) {
    log(`start-up, ${STARTS} times each`);
    await startup(slack, db);
  }
} finally {
  await slack.close();
  await connector.close();
  rmSync(db, { recursive: true, force: true });
}

const results: Record<string, unknown> = Object.fromEntries(rows.map((r) => [r.key, Number(r.ratio.toFixed(r.key === "bytesPerSession" ? 0 : 3))]));
// The median answer to a message never seen, in ms, per language (the row above gives the slowest over 0.5 ms).
if (unseenByLanguage) results.unseenMsByLanguage = Object.fromEntries(Object.entries(unseenByLanguage).map(([l, ms]) => [l, Number(ms.toFixed(3))]));
const order = ["engineVsSearch", "understanding", "unseenMedian", "unseenMsByLanguage", "heapAllLanguages", "worstVsMedian", "maskWorstVsAnswer", "reviewAfterFlood", "slackVsBareBolt", "slackVsFloor", "teamsVsBareBotbuilder", "teamsVsFloor", "webVsBare", "webVsFloor", "redisVsMemory", "startupVsBare", "startupColdVsBare", "bytesPerSession", "rssAfterLoadVsWarm", "heapAfterLoadVsWarm"];
rows.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
if (!QUICK && !process.env.BENCH_ONLY) writeFileSync(join(root, "bench", "results.json"), `${JSON.stringify(Object.fromEntries(order.filter((k) => k in results).map((k) => [k, results[k]])), null, 2)}\n`);
console.log(table());
console.log(`\n${rows.filter((r) => r.met && !r.info).length} of ${rows.filter((r) => !r.info).length} goals met · ${((performance.now() - started) / 1000).toFixed(0)} s${QUICK || process.env.BENCH_ONLY ? " (BENCH_QUICK or BENCH_ONLY: results.json not written)" : " · bench/results.json written"}`);
