// HR changes the knowledge while the server runs: on SIGHUP, or with KNOWLEDGE_WATCH when a file changes. The
// new knowledge is checked first; an invalid one is refused, logged, and the bot goes on answering from the old.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "../adapters/server/start-helper.js";

// Each case loads the knowledge twice (start, reload); on a busy two-core machine that can take most of a minute:
// a bound, not a goal (speed is in npm run bench).
vi.setConfig({ testTimeout: 240_000 });

const root = fileURLToPath(new URL("../..", import.meta.url));
const NOTICE = "DIGIT-COM-2025-1194";
const OLD_UTC = "2025-10-20T10:00:00.000Z";
// 3 November is after the clocks go back: 12:00 in Brussels is 11:00 UTC.
const NEW_UTC = "2025-11-03T11:00:00.000Z";

const dirs: string[] = [];
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project's knowledge that a test may change. */
function knowledgeCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "vacancy-knowledge-"));
  dirs.push(dir);
  cpSync(join(root, "knowledge"), dir, { recursive: true });
  return dir;
}

/** Moves the deadline to 3 November, in the notice and in its facts alike, as HR would. */
function moveDeadline(dir: string): void {
  for (const [file, from, to] of [
    ["notice.txt", "20.10.2025 - 12.00", "03.11.2025 - 12.00"],
    ["facts.json", "20.10.2025 - 12.00", "03.11.2025 - 12.00"],
    ["facts.json", "2025-10-20T12:00", "2025-11-03T12:00"],
  ] as const) {
    const path = join(dir, NOTICE, file);
    const text = readFileSync(path, "utf8");
    expect(text).toContain(from);
    writeFileSync(path, text.replaceAll(from, to));
  }
}

async function deadlineUtc(url: string): Promise<string> {
  const res = await fetch(`${url}/api/chat/notice`);
  return ((await res.json()) as { deadline: { utc: string } }).deadline.utc;
}

async function askIntent(url: string, text: string): Promise<string> {
  const res = await fetch(`${url}/api/chat/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
  return ((await res.json()) as { answer: { intent: string } }).answer.intent;
}

describe("knowledge reload", () => {
  it("reload() switches to valid new knowledge, and conversations carry on", async () => {
    const dir = knowledgeCopy();
    server = await startTestServer({ KNOWLEDGE_DIR: dir });
    expect(await deadlineUtc(server.url)).toBe(OLD_UTC);
    const now = "2025-10-06T08:00:00Z";
    await server.bot.ask({ sessionId: "web:reload-visitor", text: "I'm Estonian", now });
    moveDeadline(dir);
    const result = server.reload("test");
    expect(result).toMatchObject({ ok: true, notice: NOTICE });
    expect(await deadlineUtc(server.url)).toBe(NEW_UTC);
    expect(await askIntent(server.url, "When is the deadline?")).toBe("deadline");
    // What the visitor said before the reload still counts after it.
    const check = await server.bot.ask({ sessionId: "web:reload-visitor", text: "Am I eligible?", now });
    expect(check.criteria?.find((c) => c.id === "citizenship")?.status).toBe("met");
    expect(server.logs.find((l) => l.msg === "knowledge: reloaded")).toMatchObject({ level: 30, reason: "test", notice: NOTICE });
  });

  it("reload() refuses invalid knowledge, logs why, and keeps answering from the old", async () => {
    const dir = knowledgeCopy();
    server = await startTestServer({ KNOWLEDGE_DIR: dir });
    writeFileSync(join(dir, NOTICE, "facts.json"), "{ this is not JSON");
    const result = server.reload("test");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("facts.json");
    const warning = server.logs.find((l) => l.msg?.toString().startsWith("knowledge: the new knowledge is not valid"));
    expect(warning).toMatchObject({ level: 40, reason: "test", error: expect.stringContaining("facts.json") });
    expect(await deadlineUtc(server.url)).toBe(OLD_UTC);
    expect(await askIntent(server.url, "When is the deadline?")).toBe("deadline");
  });

  it("reload() refuses knowledge whose quote no longer stands in the notice", async () => {
    const dir = knowledgeCopy();
    server = await startTestServer({ KNOWLEDGE_DIR: dir });
    const facts = join(dir, NOTICE, "facts.json");
    // The facts say 3 November, the notice still says 20 October: the quote check catches it.
    writeFileSync(facts, readFileSync(facts, "utf8").replaceAll("20.10.2025 - 12.00", "03.11.2025 - 12.00"));
    expect(server.reload("test").ok).toBe(false);
    expect(await deadlineUtc(server.url)).toBe(OLD_UTC);
  });

  it("KNOWLEDGE_WATCH=true reloads when a file in the folder changes", async () => {
    const dir = knowledgeCopy();
    server = await startTestServer({ KNOWLEDGE_DIR: dir, KNOWLEDGE_WATCH: "true" });
    moveDeadline(dir);
    // The watcher's debounce and the reload take what a busy machine gives them: waited for until the test's timeout.
    while ((await deadlineUtc(server.url)) !== NEW_UTC) await new Promise((r) => setTimeout(r, 50));
    expect(await deadlineUtc(server.url)).toBe(NEW_UTC);
    expect(server.logs.some((l) => l.msg === "knowledge: reloaded" && l.reason === "knowledge folder changed")).toBe(true);
  });

  it("SIGHUP reloads the running process; a bad folder on the next SIGHUP is refused and the process goes on", async () => {
    const dir = knowledgeCopy();
    const db = mkdtempSync(join(tmpdir(), "vacancy-sighup-"));
    dirs.push(db);
    const child = spawn(process.execPath, ["dist/adapters/server/main.js"], {
      cwd: root,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", KNOWLEDGE_DIR: dir, REVIEW_DB: join(db, "r.sqlite"), LOG_LEVEL: "warn", HR_TOKEN: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    // The lines a person reads go to stderr (stdout is the JSON log).
    child.stderr.on("data", (c: Buffer) => (stdout += c.toString()));
    const seen = async (re: RegExp) => {
      for (let i = 0; i < 2400 && !re.test(stdout); i++) await new Promise((r) => setTimeout(r, 50));
      const m = stdout.match(re);
      if (!m) throw new Error(`not seen: ${re}\n${stdout}`);
      return m;
    };
    try {
      const [, url] = await seen(/^vacancy-bot: (http:\/\/127\.0\.0\.1:\d+)\/ answers about/m);
      moveDeadline(dir);
      child.kill("SIGHUP");
      await seen(/SIGHUP: knowledge reloaded/);
      expect(await deadlineUtc(url!)).toBe(NEW_UTC);

      writeFileSync(join(dir, NOTICE, "facts.json"), "[]");
      child.kill("SIGHUP");
      await seen(/SIGHUP: knowledge NOT reloaded, still answering from the previous one: .*facts\.json/);
      expect(await deadlineUtc(url!)).toBe(NEW_UTC);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill("SIGKILL");
    }
    // A process started on a busy two-core machine may take a minute to say it listens: a bound, not a goal.
  }, 240_000);
});
