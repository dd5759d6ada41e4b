// Starts the real server in-process on 127.0.0.1, port 0, with a temporary review database, a pinned
// clock and a logger that keeps its lines for the test to read.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pino } from "pino";
import { startServer, type Running } from "../../../adapters/server/start.js";

/** Monday 6 October 2025, 10:00 in Brussels: two weeks before the CTI notice's deadline. */
export const PINNED_NOW = new Date("2025-10-06T08:00:00Z");
export const HR_TOKEN = "hr-test-token-0123456789";

export type TestServer = Running & { logs: Record<string, unknown>[]; dir: string; close(): Promise<void> };

export async function startTestServer(env: NodeJS.ProcessEnv = {}, options: { clock?: () => Date } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "vacancy-server-"));
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const running = await startServer({
    env: { PORT: "0", HOST: "127.0.0.1", REVIEW_DB: join(dir, "review.sqlite"), ...env },
    clock: options.clock ?? (() => PINNED_NOW),
    logger: pino({ level: env.LOG_LEVEL ?? "info" }, sink),
  });
  return {
    ...running,
    logs,
    dir,
    async close() {
      await running.stop(1000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fetch that keeps cookies between calls, like one browser. */
export function cookieJar(base: string) {
  const jar = new Map<string, string>();
  return {
    jar,
    async fetch(path: string, init: RequestInit = {}): Promise<Response> {
      const headers = new Headers(init.headers);
      if (jar.size) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
      const res = await fetch(base + path, { ...init, headers, redirect: "manual" });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(";");
        const [name, value] = pair!.split("=") as [string, string];
        if (/Max-Age=0/.test(c)) jar.delete(name);
        else jar.set(name, value);
      }
      return res;
    },
    post(path: string, body: unknown, init: RequestInit = {}): Promise<Response> {
      return this.fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), ...init });
    },
  };
}
