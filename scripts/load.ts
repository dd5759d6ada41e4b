// `npm run load`: a recruitment event on this machine. 1,000 simulated people, half in the web chat and half
// in Slack DMs, each asking 5 questions (one of them an eligibility check over three messages) with a few seconds
// between them, arriving over 60 seconds, against the compiled server with its default rate limits. Checks zero
// errors, zero lost and zero double replies, and Slack acks well under 3 s; prints p50/p95/p99 latencies.
// Everything runs on 127.0.0.0/8 (web visitors come from 100 loopback addresses, as phones behind an event's
// Wi-Fi), and the run is bounded in time. See docs/operations.md.
//
// Several instances: `npm run load -- --instances 3` starts a redis-server and a PostgreSQL of its own (loopback
// ports, a temporary folder) and three servers sharing them, and sends each turn of a conversation to the next
// instance (no sticky sessions); a tenth of the Slack events is also delivered again, as Slack retries, to another
// instance. `npm run load -- http://127.0.0.1:3001 http://127.0.0.1:3002` spreads web chat users over servers that
// already run (Slack users need the fake Slack API this script starts, so they run only against its own servers).
import { fork } from "node:child_process";
import { Agent, request } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SIGNING_SECRET, slackEnvelope, slackSignature, startFakeSlackApi } from "../bench/fakes.js";
import { startPostgres, startRedis } from "./services.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const USERS = Number(process.env.LOAD_USERS ?? 1000);
const SPREAD_S = Number(process.env.LOAD_SPREAD_S ?? 60);
const ADDRESSES = 100;
/** No run lasts longer than this, whatever happens. */
const DEADLINE_MS = (SPREAD_S + 90) * 1000;
/** A reply not posted within this is lost. */
const REPLY_TIMEOUT_MS = 20_000;
const SLACK_ACK_GOAL_MS = 1000;

// Five questions each; the eligibility check runs over the turns that give the person's facts.
const SCRIPTS = [
  ["When is the deadline?", "Am I eligible?", "I'm Estonian", "I have a 3-year bachelor's degree", "Estonian native, English C1"],
  ["How long is the contract?", "Am I eligible? I'm Polish", "I have a master's degree", "Polish native, English C1 and French B2", "Where is the job?"],
  ["hi", "Can I apply? I'm Irish", "I studied 4 years at university", "Irish and English native, French B2", "What grade is it?"],
  ["What languages do I need?", "Am I eligible?", "I am Greek and I have a 5 year degree", "Greek native and English C2", "thanks"],
];
/** The turn after which the check has every fact it can get in chat: its answer carries a verdict. */
const VERDICT_TURN = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = (min: number, max: number) => min + Math.random() * (max - min);

type Stats = { web: number[]; slackAck: number[]; slackReply: number[]; errors: string[]; lost: number; doubles: number; slowAcks: number; verdicts: number; checks: number; retries: number };
const stats: Stats = { web: [], slackAck: [], slackReply: [], errors: [], lost: 0, doubles: 0, slowAcks: 0, verdicts: 0, checks: 0, retries: 0 };
const error = (what: string) => {
  if (stats.errors.length < 20) console.error(`load: ${what}`);
  stats.errors.push(what);
};

const dir = mkdtempSync(join(tmpdir(), "vacancy-load-"));
const slack = await startFakeSlackApi();
const replies = new Map<string, number>();
const waiting = new Map<string, () => void>();
slack.onCall = ({ method, args }) => {
  if (method !== "chat.postMessage") return;
  const channel = String(args.channel);
  replies.set(channel, (replies.get(channel) ?? 0) + 1);
  waiting.get(`${channel}#${replies.get(channel)}`)?.();
};

const env = {
  ...process.env,
  PORT: "0",
  HOST: "127.0.0.1",
  LOG_LEVEL: "warn",
  HR_TOKEN: "",
  REVIEW_DB: join(dir, "review.sqlite"),
  SLACK_BOT_TOKEN: "xoxb-load",
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: `${slack.url}/api/`,
  SLACK_APP_TOKEN: "",
  // The event's own settings: the defaults, unless the environment of this run says otherwise.
  RATE_LIMIT_PER_USER: process.env.RATE_LIMIT_PER_USER ?? "",
  RATE_LIMIT_PER_ADDRESS: process.env.RATE_LIMIT_PER_ADDRESS ?? "",
};
const args = process.argv.slice(2);
const given = args.filter((a) => /^https?:\/\//.test(a)).map((a) => new URL(a));
const flag = args.indexOf("--instances");
const INSTANCES = given.length ? 0 : Math.max(1, Number(flag >= 0 ? args[flag + 1] : process.env.LOAD_INSTANCES ?? 1));
// More than one instance: they share a Redis and a PostgreSQL started for this run.
const redis = INSTANCES > 1 ? await startRedis() : undefined;
const postgres = INSTANCES > 1 ? await startPostgres() : undefined;
const shared = redis && postgres ? { REDIS_URL: redis.url, DATABASE_URL: postgres.url } : {};
const servers: ReturnType<typeof fork>[] = [];
for (let i = 0; i < INSTANCES; i++) servers.push(fork(join(root, "bench/children/serve.mjs"), [], { cwd: root, env: { ...env, ...shared }, stdio: ["ignore", "inherit", "inherit", "ipc"] }));
const bases: URL[] = given.length
  ? given
  : await Promise.all(
      servers.map(
        (server) =>
          new Promise<URL>((resolve, reject) => {
            server.once("exit", (code) => reject(new Error(`the server exited with ${code}`)));
            server.on("message", (m: { type?: string; url?: string }) => m.type === "ready" && resolve(new URL(m.url!)));
          }),
      ),
    );
const withSlack = servers.length > 0;
// Whatever ends this script ends the servers it started.
process.on("exit", () => {
  for (const server of servers) if (server.exitCode === null) server.kill("SIGKILL");
});
/** The instance a conversation's turn goes to: the next one at each turn, as a load balancer without stickiness would. */
const baseFor = (u: number, turn: number) => bases[(u + turn) % bases.length]!;

const agents = Array.from({ length: ADDRESSES }, (_, i) => new Agent({ keepAlive: true, localAddress: `127.0.1.${i + 1}` }));

type Reply = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

/**
 * One request. A kept-alive connection the server closed just as a request went out on it fails with ECONNRESET
 * before the server read anything: the request is sent again once on a fresh connection, as browsers do.
 */
function http(base: URL, agent: Agent, method: string, path: string, body: string | undefined, headers: Record<string, string>, retried = false): Promise<Reply> {
  return new Promise<Reply>((resolve, reject) => {
    const req = request({ host: base.hostname, port: base.port, method, path, agent, headers: body === undefined ? headers : { ...headers, "content-length": Buffer.byteLength(body) }, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (!retried && req.reusedSocket && e.code === "ECONNRESET") resolve(http(base, agent, method, path, body, headers, true));
      else reject(e);
    });
    req.end(body);
  });
}

async function webUser(u: number): Promise<void> {
  const agent = agents[u % ADDRESSES]!;
  const script = SCRIPTS[u % SCRIPTS.length]!;
  let cookie = "";
  try {
    const page = await http(baseFor(u, 0), agent, "GET", "/api/chat/notice?zone=Europe/Brussels", undefined, {});
    if (page.status !== 200) error(`web user ${u}: GET /api/chat/notice → ${page.status}`);
  } catch (e) {
    error(`web user ${u}: GET /api/chat/notice: ${(e as Error).message}`);
  }
  for (const [turn, text] of script.entries()) {
    const started = performance.now();
    try {
      const res = await http(baseFor(u, turn), agent, "POST", "/api/chat/ask", JSON.stringify({ text, zone: "Europe/Brussels" }), { "content-type": "application/json", ...(cookie ? { cookie } : {}) });
      stats.web.push(performance.now() - started);
      const set = res.headers["set-cookie"]?.[0];
      if (set) cookie = set.split(";")[0]!;
      if (res.status !== 200) {
        error(`web user ${u} turn ${turn}: ${res.status} ${res.body.slice(0, 120)}`);
        continue;
      }
      const answer = (JSON.parse(res.body) as { answer: { verdict?: string; parts: string[] } }).answer;
      if (!answer.parts?.length) error(`web user ${u} turn ${turn}: an empty answer`);
      if (turn === VERDICT_TURN) {
        stats.checks++;
        if (answer.verdict) stats.verdicts++;
      }
    } catch (e) {
      error(`web user ${u} turn ${turn}: ${(e as Error).message}`);
    }
    await sleep(jitter(1000, 3000));
  }
}

async function slackUser(u: number): Promise<void> {
  const script = SCRIPTS[u % SCRIPTS.length]!;
  const channel = `DL${u}`;
  for (const [turn, text] of script.entries()) {
    const body = slackEnvelope({ type: "message", channel_type: "im", channel, user: `UL${u}`, text, ts: `${1_700_000_000 + u}.${String(turn).padStart(6, "0")}`, team: "T1" });
    const replied = new Promise<boolean>((resolve) => {
      const key = `${channel}#${turn + 1}`;
      const timer = setTimeout(() => {
        waiting.delete(key);
        resolve(false);
      }, REPLY_TIMEOUT_MS);
      waiting.set(key, () => {
        clearTimeout(timer);
        waiting.delete(key);
        resolve(true);
      });
      if ((replies.get(channel) ?? 0) > turn) waiting.get(key)?.();
    });
    const started = performance.now();
    try {
      const res = await fetch(new URL("/slack/events", baseFor(u, turn)), { method: "POST", headers: { "content-type": "application/json", ...slackSignature(body) }, body });
      await res.arrayBuffer();
      // Slack's retry of the same event, to another instance: it must not be answered again.
      if (bases.length > 1 && (u + turn) % 10 === 0) {
        stats.retries++;
        const retry = await fetch(new URL("/slack/events", baseFor(u, turn + 1)), { method: "POST", headers: { "content-type": "application/json", "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout", ...slackSignature(body) }, body });
        await retry.arrayBuffer();
      }
      const ack = performance.now() - started;
      stats.slackAck.push(ack);
      if (ack >= SLACK_ACK_GOAL_MS) stats.slowAcks++;
      if (res.status !== 200) error(`slack user ${u} turn ${turn}: ack ${res.status}`);
    } catch (e) {
      error(`slack user ${u} turn ${turn}: ${(e as Error).message}`);
    }
    if (await replied) stats.slackReply.push(performance.now() - started);
    else stats.lost++;
    await sleep(jitter(1000, 3000));
  }
}

const percentile = (xs: number[], p: number) => {
  if (!xs.length) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const line = (name: string, xs: number[]) =>
  `${name.padEnd(22)} ${String(xs.length).padStart(6)}   p50 ${percentile(xs, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(xs, 95).toFixed(1).padStart(7)} ms   p99 ${percentile(xs, 99).toFixed(1).padStart(7)} ms   max ${Math.max(...xs).toFixed(1).padStart(7)} ms`;

const started = performance.now();
const stopShared = async () => {
  await redis?.stop();
  await postgres?.remove();
};
console.error(`load: ${USERS} users (${withSlack ? `${Math.ceil(USERS / 2)} web chat, ${Math.floor(USERS / 2)} Slack` : `${USERS} web chat`}), 5 questions each, arriving over ${SPREAD_S} s, against ${bases.map((b) => b.origin).join(", ")}${redis ? " (sharing Redis and PostgreSQL)" : ""}`);
const overall = setTimeout(() => {
  console.error(`load: stopped after ${DEADLINE_MS / 1000} s`);
  // What was measured until then is still a figure (a starved machine may never finish the crowd): printed, marked.
  console.log(`\nload: INCOMPLETE — ${USERS} users, ${stats.web.length + stats.slackAck.length} questions answered or acked in ${DEADLINE_MS / 1000} s over ${bases.length} instance${bases.length > 1 ? "s" : ""}\n`);
  console.log(line("web chat answer", stats.web));
  console.log(line("Slack ack", stats.slackAck));
  console.log(line("Slack reply posted", stats.slackReply));
  console.log(`\nerrors ${stats.errors.length} · lost replies ${stats.lost} · Slack acks ≥ ${SLACK_ACK_GOAL_MS} ms ${stats.slowAcks} · checks with a verdict ${stats.verdicts}/${stats.checks}`);
  for (const server of servers) server.kill("SIGKILL");
  void stopShared().finally(() => process.exit(2));
}, DEADLINE_MS);
const users = Array.from({ length: USERS }, (_, u) => sleep(Math.random() * SPREAD_S * 1000).then(() => (u % 2 === 0 || !withSlack ? webUser(u) : slackUser(u))));
await Promise.all(users);
// Late duplicates would arrive now: give them a moment, then count every user's replies.
await sleep(2000);
for (let u = 1; u < USERS; u += 2) {
  const n = replies.get(`DL${u}`) ?? 0;
  if (n > 5) stats.doubles += n - 5;
}
clearTimeout(overall);
const seconds = (performance.now() - started) / 1000;
await Promise.all(servers.map((server) => new Promise((resolve) => (server.once("exit", resolve), server.send({ type: "stop" })))));
await stopShared();
await slack.close();
for (const agent of agents) agent.destroy();
rmSync(dir, { recursive: true, force: true });

const goals: [string, boolean][] = [
  ["zero errors", stats.errors.length === 0],
  ["zero lost replies", stats.lost === 0],
  ["zero double replies", stats.doubles === 0],
  [`every Slack ack under ${SLACK_ACK_GOAL_MS} ms (Slack's limit is 3 s)`, !withSlack || (stats.slowAcks === 0 && percentile(stats.slackAck, 100) < SLACK_ACK_GOAL_MS)],
  ["every eligibility check reached a verdict", stats.verdicts === stats.checks],
];
console.log(`\nload: ${USERS} users, ${stats.web.length + stats.slackAck.length} questions in ${seconds.toFixed(0)} s over ${bases.length} instance${bases.length > 1 ? "s" : ""}${stats.retries ? `, ${stats.retries} Slack retries sent to another instance` : ""}\n`);
console.log(line("web chat answer", stats.web));
console.log(line("Slack ack", stats.slackAck));
console.log(line("Slack reply posted", stats.slackReply));
console.log(`\nerrors ${stats.errors.length} · lost replies ${stats.lost} · double replies ${stats.doubles} · Slack acks ≥ ${SLACK_ACK_GOAL_MS} ms ${stats.slowAcks} · checks with a verdict ${stats.verdicts}/${stats.checks}`);
for (const [goal, met] of goals) console.log(`${met ? "met   " : "MISSED"}  ${goal}`);
process.exit(goals.every(([, met]) => met) ? 0 : 1);
