// `npx tsx bench/startup-profile.ts [runs]` (after `npm run build`): where a start-up spends its time. Starts the
// compiled server and the bare Bolt + botbuilder app in turn (as `npm run bench` does, against the local fake Slack
// API), each to /healthz 200, prints the median of each and their ratio, then starts ours once more under the V8 CPU
// profiler and prints the self time by package or source folder up to the moment it answered /healthz.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { profileTree, type CpuProfile } from "./cpu-profile.js";
import { SIGNING_SECRET, startFakeSlackApi } from "./fakes.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const runs = Number(process.argv[2] ?? 3);
const slack = await startFakeSlackApi();
const dir = mkdtempSync(join(tmpdir(), "vacancy-startup-"));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Milliseconds from spawn to /healthz 200; the process is then stopped with SIGINT (a profile is written on exit). */
async function healthy(script: string, execArgv: string[] = []): Promise<number> {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", HR_TOKEN: "", REVIEW_DB: join(dir, `r-${port}.sqlite`), SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/`, SLACK_APP_TOKEN: "", MicrosoftAppId: "", RATE_LIMIT_PER_USER: "0", RATE_LIMIT_PER_ADDRESS: "0" };
  const started = performance.now();
  const proc = spawn(process.execPath, [...execArgv, script], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  try {
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`${script} exited with ${proc.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status === 200, () => false);
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    // SIGUSR2 is not ours to send; SIGINT stops the server gracefully, and a profiled run writes its profile on exit.
    proc.kill(execArgv.length ? "SIGINT" : "SIGKILL");
    await new Promise((resolve) => (proc.exitCode !== null || proc.signalCode !== null ? resolve(null) : proc.once("exit", resolve)));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await healthy("dist/adapters/server/main.js"));
    bare.push(await healthy("bench/children/bare.mjs"));
  }
  console.log(`start-up to /healthz 200: ours ${median(ours).toFixed(0)} ms, bare ${median(bare).toFixed(0)} ms, ratio ${(median(ours) / median(bare)).toFixed(2)} (median of ${runs})`);

  const profiles = join(dir, "profiles");
  const ms = await healthy("dist/adapters/server/main.js", ["--cpu-prof", `--cpu-prof-dir=${profiles}`, "--cpu-prof-interval=250"]);
  const file = readdirSync(profiles).find((f) => f.endsWith(".cpuprofile"))!;
  const profile = JSON.parse(readFileSync(join(profiles, file), "utf8")) as CpuProfile & { timeDeltas: number[] };
  // Only the samples up to /healthz answering (the detectors load after the server listens).
  const until = profile.startTime + ms * 1000;
  const { owner, idle } = profileTree(profile);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const where = (url: string) => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (m) return m[1]!;
    const own = /\/(dist\/(?:src|adapters)\/[^/]+(?:\/[^/]+)?)/.exec(url);
    return own ? own[1]!.replace(/\.js$/, "") : url.startsWith("node:") ? "node:*" : url || "(native)";
  };
  const self = new Map<string, number>();
  let t = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t > until) return;
    const node = byId.get(id)!;
    if (idle(node)) return;
    const fn = node.callFrame.functionName;
    const at = owner(node).callFrame;
    // BY=function: by function and line instead of by package.
    const k = fn === "(garbage collector)" ? fn : process.env.BY === "function" ? `${at.functionName || "(anonymous)"} ${where(at.url)}:${at.lineNumber + 1}` : where(at.url);
    self.set(k, (self.get(k) ?? 0) + 1);
    total++;
  });
  console.log(`profiled start: healthy after ${ms.toFixed(0)} ms; self time by package or folder, busy samples up to then:`);
  for (const [k, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))) console.log(`  ${((n / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
} finally {
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
}
