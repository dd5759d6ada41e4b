// `npx tsx bench/profile.ts [web|slack|teams] [seconds]`: where our server spends its time under one channel's
// load. Runs the compiled server with --cpu-prof under autocannon and sums the self time of the samples by area
// (the engine, retrieval, time zones, the adapters, HTTP, logging, the review database, GC…).
import { fork } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { SIGNING_SECRET, slackEnvelope, slackSignature, startFakeConnector, startFakeSlackApi } from "./fakes.js";
import { questionMix } from "./questions.js";
import { profileTree, type CpuProfile } from "./cpu-profile.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const kind = (process.argv[2] ?? "web") as "web" | "slack" | "teams";
const seconds = Number(process.argv[3] ?? 6);
const dir = mkdtempSync(join(tmpdir(), "vacancy-profile-"));
const questions = questionMix().filter((q) => q.length <= 2000);
const slack = await startFakeSlackApi();
const connector = await startFakeConnector();

const env = {
  ...process.env,
  PORT: "0",
  HOST: "127.0.0.1",
  LOG_LEVEL: "info",
  HR_TOKEN: "",
  REVIEW_DB: join(dir, "review.sqlite"),
  SLACK_BOT_TOKEN: "xoxb-bench",
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: `${slack.url}/api/`,
  RATE_LIMIT_PER_USER: "0",
  RATE_LIMIT_PER_ADDRESS: "0",
};
const child = fork(join(root, "bench/children/serve.mjs"), [], { cwd: root, env, execArgv: ["--cpu-prof", `--cpu-prof-dir=${dir}`], stdio: ["ignore", "ignore", "inherit", "ipc"] });
const url = await new Promise<string>((resolve) => child.on("message", (m: { type?: string; url?: string }) => m.type === "ready" && resolve(m.url!)));

let n = 0;
await autocannon({
  url,
  connections: 10,
  duration: seconds,
  requests: [
    {
      method: "POST",
      path: kind === "slack" ? "/slack/events" : kind === "teams" ? "/api/messages" : "/api/chat/ask",
      setupRequest(req) {
        const i = n++;
        const q = questions[i % questions.length]!;
        if (kind === "slack") {
          const body = slackEnvelope({ type: "app_mention", channel: "CP", user: `UP${i % 1000}`, text: `<@UBOT> ${q}`, ts: `${1_700_000_000 + i}.000100`, team: "T1" });
          return { ...req, body, headers: { "content-type": "application/json", ...slackSignature(body) } };
        }
        if (kind === "teams") {
          const body = JSON.stringify({ type: "message", id: `a${i}`, channelId: "msteams", serviceUrl: connector.url, from: { id: `29:u${i % 1000}` }, recipient: { id: "28:bot" }, conversation: { id: `a:c${i % 1000}` }, text: q });
          return { ...req, body, headers: { "content-type": "application/json" } };
        }
        return { ...req, body: JSON.stringify({ text: q }), headers: { "content-type": "application/json", cookie: `vb_session=profile-session-${String(i % 1000).padStart(8, "0")}` } };
      },
    },
  ],
});
await new Promise<void>((resolve) => {
  child.once("exit", () => resolve());
  child.send({ type: "stop" });
});
await slack.close();
await connector.close();

const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!;
const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
rmSync(dir, { recursive: true, force: true });

const AREAS: [string, RegExp][] = [
  ["engine (src/engine)", /\/dist\/src\/engine\//],
  ["retrieval (src/search + minisearch)", /\/dist\/src\/search\/|\/minisearch\//],
  ["time (src/time + luxon)", /\/dist\/src\/time\/|\/luxon\//],
  ["core, other (src/)", /\/dist\/src\//],
  ["adapters (ours)", /\/dist\/adapters\//],
  ["logging (pino)", /\/pino|sonic-boom|thread-stream|fast-redact/],
  ["review database (better-sqlite3)", /better-sqlite3/],
  ["Slack (Bolt, Web API client, axios)", /@slack\/|axios|p-queue|p-retry|form-data/],
  ["Teams (botbuilder, connector)", /botbuilder|botframework|adaptivecards|@azure|msal/],
  ["zod", /\/zod\//],
  ["HTTP and the rest of Node", /^node:|^internal\/|^$/],
];
// Built-ins (RegExp, JSON, string and array methods) have no URL: their time counts for the code that called them.
const { owner } = profileTree(profile);
const self = new Map<string, number>();
const functions = new Map<string, number>();
let busy = 0;
for (const node of profile.nodes) {
  const fn = node.callFrame.functionName;
  if (fn === "(idle)" || fn === "(program)") continue;
  const at = owner(node);
  const area = fn === "(garbage collector)" ? "garbage collector" : (AREAS.find(([, re]) => re.test(at.callFrame.url))?.[0] ?? "other libraries");
  self.set(area, (self.get(area) ?? 0) + node.hitCount);
  if (/\/dist\/(src|adapters)\/|\/luxon\/|\/minisearch\//.test(at.callFrame.url)) {
    const key = `${at.callFrame.functionName || "(anonymous)"} ${at.callFrame.url.replace(/.*\/(dist|node_modules)\//, "")}:${at.callFrame.lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + node.hitCount);
  }
  busy += node.hitCount;
}
const total = profile.samples.length;
const ms = (profile.endTime - profile.startTime) / 1000;
console.log(`${kind}: ${n} requests in ${seconds} s; the server was busy in ${((busy / total) * 100).toFixed(0)}% of ${total} samples (${ms.toFixed(0)} ms)`);
console.log("\nself time by area (share of busy samples):");
for (const [area, hits] of [...self].sort((a, b) => b[1] - a[1])) console.log(`  ${((hits / busy) * 100).toFixed(1).padStart(5)}%  ${area}`);
console.log("\nhottest functions of ours, luxon and minisearch (self time with the built-ins they call):");
for (const [fn, hits] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${((hits / busy) * 100).toFixed(1).padStart(5)}%  ${fn}`);
