import { spawn } from "node:child_process";
import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../../adapters/server/start.js";
import { readServerConfig } from "../../../adapters/server/config.js";
import { ConfigError, KnowledgeError } from "../../../src/index.js";
import { PINNED_NOW, startTestServer, type TestServer } from "./start-helper.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/**
 * Starts a request whose body arrives in two halves. `started` resolves once the server holds the request
 * (it has answered "100 Continue" and the first half is sent); `finish()` sends the rest and resolves with the response.
 */
function halfSentAsk(base: string, text: string) {
  const body = JSON.stringify({ text });
  const half = Math.floor(body.length / 2);
  let resolveResponse: (r: { status: number; body: string }) => void;
  const response = new Promise<{ status: number; body: string }>((resolve) => (resolveResponse = resolve));
  const req = request(
    new URL("/api/chat/ask", base),
    { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), expect: "100-continue" } },
    (res: IncomingMessage) => {
      let data = "";
      res.on("data", (c: Buffer) => (data += c.toString()));
      res.on("end", () => resolveResponse({ status: res.statusCode ?? 0, body: data }));
    },
  );
  const started = new Promise<void>((resolve) =>
    req.once("continue", () => {
      req.write(body.slice(0, half));
      resolve();
    }),
  );
  req.flushHeaders();
  return {
    started,
    finish() {
      req.end(body.slice(half));
      return response;
    },
  };
}

describe("the server with no credentials", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("says in one line where the web chat is and that it runs without Slack or Teams credentials", () => {
    expect(server.banner).toMatch(/^vacancy-bot: http:\/\/127\.0\.0\.1:\d+\/ answers about DIGIT-COM-2025-1194 · web chat at \/, HR pages off \(set HR_TOKEN\), Teams at \/api\/messages unauthenticated/);
    expect(server.banner).toContain("no Slack or Teams credentials: the web chat and HR pages run on their own");
    expect(server.banner).toMatch(/ · listening on 127\.0\.0\.1 only \(set HOST to open it to the network\)$/);
    expect(server.banner.split("\n")).toHaveLength(1);
  });

  it("/healthz is ready, with the notice it answers about", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", stores: "conversations in memory, review in SQLite", notice: "DIGIT-COM-2025-1194" });
  });

  it("answers an unknown path 404 and a wrong method 405, as JSON", async () => {
    const missing = await fetch(`${server.url}/nope`);
    expect([missing.status, await missing.json()]).toEqual([404, { error: "not found" }]);
    const wrong = await fetch(`${server.url}/api/chat/ask`);
    expect(wrong.status).toBe(405);
  });

  it("mounts the Teams endpoint: a body that is not JSON gets Teams' own 400", async () => {
    const res = await fetch(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(res.status).toBe(400);
  });

  it("logs one JSON line per request with its id and latency, and never the question asked", async () => {
    const res = await fetch(`${server.url}/api/chat/ask`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "req-123" },
      body: JSON.stringify({ text: "Is there an age limit for secret-word-4711?" }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("req-123");
    // The line is written when the server closes the response, which may come just after the client has it.
    let line: Record<string, unknown> | undefined;
    // Waited for until the test's own timeout: on a busy machine it can take more than a moment.
    while (!line) {
      line = server.logs.find((l) => l.reqId === "req-123");
      if (!line) await new Promise((r) => setTimeout(r, 10));
    }
    expect(line).toMatchObject({ level: 30, msg: "request", method: "POST", path: "/api/chat/ask", status: 200 });
    expect(typeof line?.ms).toBe("number");
    expect(JSON.stringify(server.logs)).not.toContain("secret-word-4711");
    expect(JSON.stringify(server.logs)).not.toContain("vb_session");
  });

  it("sends security headers on every response", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });
});

describe("start-up errors", () => {
  const dir = mkdtempSync(join(tmpdir(), "vacancy-start-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = (more: NodeJS.ProcessEnv) => ({ PORT: "0", HOST: "127.0.0.1", REVIEW_DB: join(dir, "r.sqlite"), ...more });

  it.each([
    [{ SLACK_SIGNING_SECRET: "8f742231b10e8888" }, /^config: SLACK_BOT_TOKEN is required/],
    [{ MicrosoftAppPassword: "secret" }, /^config: .*MicrosoftAppId/],
    [{ PORT: "eighty" }, /^config: PORT is not a port number \(got "eighty"\)$/],
    [{ HR_TOKEN: "short" }, /^config: HR_TOKEN must be at least 16 characters/],
    [{ REVIEW_RETENTION_DAYS: "-1" }, /^config: REVIEW_RETENTION_DAYS must be a positive number of days/],
  ])("a half-configured or bad variable (%j) is one ConfigError naming it", async (more, message) => {
    const error = await startServer({ env: env(more) }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
  });

  it("an unknown NOTICE is a KnowledgeError naming the notices that exist", async () => {
    await expect(startServer({ env: env({ NOTICE: "XYZ-1" }) })).rejects.toThrow(new KnowledgeError('no notice "XYZ-1"; the notices are: DIGIT-COM-2025-1194'));
  });

  it("a missing knowledge folder is a KnowledgeError", async () => {
    await expect(startServer({ env: env({ KNOWLEDGE_DIR: join(dir, "nowhere") }) })).rejects.toThrow(KnowledgeError);
  });

  it("the HR token is never repeated in a message", () => {
    expect(() => readServerConfig({ HR_TOKEN: "abc" })).toThrow(/^config: HR_TOKEN must be at least 16 characters \(it guards the HR pages\)$/);
  });
});

describe("Slack in HTTP mode", () => {
  let fakeSlack: Server;
  let server: TestServer;
  beforeAll(async () => {
    // A local stand-in for Slack's Web API: only auth.test, which the channel calls at start-up.
    fakeSlack = createServer((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(req.url?.includes("auth.test") ? { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", url: "https://t1.slack.com/" } : { ok: true }));
    });
    await new Promise<void>((r) => fakeSlack.listen(0, "127.0.0.1", r));
    const { port } = fakeSlack.address() as AddressInfo;
    server = await startTestServer({ SLACK_BOT_TOKEN: "xoxb-test-1", SLACK_SIGNING_SECRET: "8f742231b10e8888abcd", SLACK_API_URL: `http://127.0.0.1:${port}/api/` });
  });
  afterAll(async () => {
    await server.close();
    fakeSlack.close();
  });

  it("is listed at start-up and mounted at /slack/events, where an unsigned request is refused", async () => {
    expect(server.channels).toContain("Slack at /slack/events");
    expect(server.banner).not.toContain("no Slack or Teams credentials");
    const res = await fetch(`${server.url}/slack/events`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ type: "url_verification", challenge: "c" }) });
    expect(res.status).toBe(401);
  });
});

describe("graceful stop", () => {
  it("finishes a request in flight and answers /healthz 503 while it drains, then closes", async () => {
    const server = await startTestServer();
    const inFlight = halfSentAsk(server.url, "When is the deadline?");
    await inFlight.started;
    const stopped = server.stop(10_000);
    expect(server.app.ready).toBe(false);
    // A load balancer's probe reads "stopping", not a refused connection, while a request is still in flight.
    const health = await fetch(`${server.url}/healthz`);
    expect([health.status, ((await health.json()) as { status: string }).status, health.headers.get("connection")]).toEqual([503, "stopping", "close"]);
    const res = await inFlight.finish();
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).answer.intent).toBe("deadline");
    await stopped;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    await server.close();
  });

  // These two start the server as a process, which on a busy two-core machine can take most of a minute (CLD3,
  // the lexicons, the knowledge): their bound is generous, a bound and not a goal, as for the other such tests.
  it("on SIGTERM the process answers the request in flight, then exits 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vacancy-sigterm-"));
    const child = spawn(process.execPath, ["dist/adapters/server/main.js"], {
      cwd: root,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", REVIEW_DB: join(dir, "r.sqlite"), LOG_LEVEL: "warn", HR_TOKEN: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // The lines a person reads are on stderr; stdout is the JSON log.
    let stdout = "";
    const seen = (re: RegExp) =>
      new Promise<RegExpMatchArray>((resolve, reject) => {
        const check = () => {
          const m = stdout.match(re);
          if (m) resolve(m);
        };
        child.stderr.on("data", (c: Buffer) => {
          stdout += c.toString();
          check();
        });
        child.once("exit", () => reject(new Error(`exited before ${re}: ${stdout}`)));
        check();
      });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      const [, url] = await seen(/^vacancy-bot: (http:\/\/127\.0\.0\.1:\d+)\/ answers about/m);
      const inFlight = halfSentAsk(url!, "How long is the contract?");
      await inFlight.started;
      child.kill("SIGTERM");
      await seen(/SIGTERM: finishing requests in flight/);
      const res = await inFlight.finish();
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body).answer.intent).toBe("contract");
      expect(await exited).toBe(0);
    } finally {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it("a bad knowledge folder stops start-up with the message and no stack", async () => {
    const child = spawn(process.execPath, ["dist/adapters/server/main.js"], {
      cwd: root,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", KNOWLEDGE_DIR: join(tmpdir(), "no-such-knowledge-dir") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^vacancy-bot: cannot start: knowledge: no knowledge folder at .*no-such-knowledge-dir$/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 240_000);
});

it("the pinned clock of the tests is before the deadline", () => {
  expect(PINNED_NOW.toISOString()).toBe("2025-10-06T08:00:00.000Z");
});
