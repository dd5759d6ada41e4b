// What an attacker, a full disk and a busy port do to the server (issue 10), over real HTTP on loopback.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../../../adapters/server/app.js";
import { startServer } from "../../../adapters/server/start.js";
import { ConfigError } from "../../../src/index.js";
import { cookieJar, startTestServer } from "./start-helper.js";

// The real entry point started on a busy two-core machine can take most of a minute (it failed at 50 s under a
// load of 24): its bound and each case's are generous; they are bounds, not goals.
vi.setConfig({ testTimeout: 240_000 });

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "vacancy-hardening-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const silent = pino({ level: "silent" });

/** Runs the real entry point until it exits; what it printed on stderr and its exit code. */
function runMain(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["dist/adapters/server/main.js"], {
    cwd: root,
    env: { ...process.env, REVIEW_DB: join(dir, "main.sqlite"), LOG_LEVEL: "silent", HR_TOKEN: "", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  // Generous: a start-up on a busy two-core machine can take many seconds; the test waits for the exit.
  const killer = setTimeout(() => child.kill("SIGKILL"), 200_000);
  return new Promise((resolve) =>
    child.once("exit", (code) => {
      clearTimeout(killer);
      resolve({ code, stderr });
    }),
  );
}

describe("where the server listens", () => {
  it("without credentials and without HOST it listens on 127.0.0.1 only, and says so", async () => {
    const running = await startServer({ env: { PORT: "0", REVIEW_DB: join(dir, "a.sqlite") }, logger: silent });
    try {
      expect((running.app.server.address() as AddressInfo).address).toBe("127.0.0.1");
      expect(running.banner).toMatch(/^vacancy-bot: http:\/\/127\.0\.0\.1:\d+\/ .* · listening on 127\.0\.0\.1 only \(set HOST to open it to the network\)$/);
    } finally {
      await running.stop(100);
    }
  });

  it("HOST is honoured, and the line names it", async () => {
    const running = await startServer({ env: { PORT: "0", HOST: "127.0.0.2", REVIEW_DB: join(dir, "b.sqlite") }, logger: silent });
    try {
      expect((running.app.server.address() as AddressInfo).address).toBe("127.0.0.2");
      expect(running.banner).toMatch(/^vacancy-bot: http:\/\/127\.0\.0\.2:\d+\/ .* · listening on 127\.0\.0\.2$/);
    } finally {
      await running.stop(100);
    }
  });

  it("a port in use is one line naming PORT, and exit code 1", async () => {
    const busy: Server = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    const { port } = busy.address() as AddressInfo;
    try {
      const { code, stderr } = await runMain({ PORT: String(port), HOST: "127.0.0.1" });
      expect(code).toBe(1);
      expect(stderr).toBe(`vacancy-bot: cannot start: server: port ${port} is already in use (PORT)\n`);
    } finally {
      busy.close();
    }
  });

  it("an address that is not this machine's is one line naming HOST, and exit code 1", async () => {
    const { code, stderr } = await runMain({ PORT: "0", HOST: "192.0.2.1" });
    expect(code).toBe(1);
    expect(stderr).toBe("vacancy-bot: cannot start: server: cannot listen on 192.0.2.1: it is not an address of this machine (HOST)\n");
  });
});

describe("what the process prints", () => {
  it("stdout holds only JSON log records; the one start-up line for a person stands alone on stderr", async () => {
    const child = spawn(process.execPath, ["dist/adapters/server/main.js"], {
      cwd: root,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", REVIEW_DB: join(dir, "print.sqlite"), LOG_LEVEL: "info", HR_TOKEN: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      for (let i = 0; i < 1000 && !stderr.includes("\n"); i++) await new Promise((r) => setTimeout(r, 50));
      const url = /^vacancy-bot: (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)?.[1];
      expect(url).toBeDefined();
      await fetch(`${url}/healthz`);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/^vacancy-bot: http:\/\/127\.0\.0\.1:\d+\/ answers about /), "vacancy-bot: SIGTERM: finishing requests in flight, then stopping"]);
      const records = stdout.trim().split("\n").map((line) => JSON.parse(line) as { msg: string });
      expect(records.map((r) => r.msg)).toEqual(expect.arrayContaining(["listening", "request", "stopped"]));
    } finally {
      child.kill("SIGKILL");
    }
  });
});

describe("the review database", () => {
  it("REVIEW_DB under /proc stops start-up at once with one ConfigError naming it", async () => {
    const error = await startServer({ env: { PORT: "0", REVIEW_DB: "/proc/vacancy-bot/review.sqlite" }, logger: silent }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^config: REVIEW_DB cannot be used: cannot open the database \/proc\/vacancy-bot\/review\.sqlite: /);
  });

  it("a flood of one question is one row with its count; distinct questions stop at the row cap, logged once", async () => {
    const server = await startTestServer({ RATE_LIMIT_PER_USER: "0", RATE_LIMIT_PER_ADDRESS: "0", REVIEW_MAX_ROWS: "5" });
    try {
      const visitor = cookieJar(server.url);
      for (let i = 0; i < 200; i++) expect((await visitor.post("/api/chat/ask", { text: "Is there an age limit?" })).status).toBe(200);
      expect(server.review.list()).toMatchObject([{ question: "Is there an age limit?", count: 200 }]);
      for (let i = 0; i < 20; i++) await visitor.post("/api/chat/ask", { text: `Is there an age limit for people born in ${1950 + i}?` });
      expect((await server.review.size()).rows).toBe(5);
      expect(server.logs.filter((l) => l.code === "review_cap_reached")).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("when the store cannot write, the visitor still gets the answer, and the log says so once", async () => {
    const server = await startTestServer({ RATE_LIMIT_PER_USER: "0", RATE_LIMIT_PER_ADDRESS: "0" });
    try {
      server.review.close();
      const visitor = cookieJar(server.url);
      for (let i = 0; i < 5; i++) {
        const res = await visitor.post("/api/chat/ask", { text: "Is there an age limit?" });
        expect(res.status).toBe(200);
        expect(((await res.json()) as { answer: { gap?: string } }).answer.gap).toBe("not_in_notice");
      }
      expect(server.logs.filter((l) => l.code === "review_write_failed")).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

describe("HSTS", () => {
  it.each([
    ["behind a trusted proxy, over HTTPS", { TRUST_PROXY: "true" }, "https", "max-age=31536000; includeSubDomains"],
    ["behind a trusted proxy, over HTTP", { TRUST_PROXY: "true" }, "http", null],
    ["an untrusted X-Forwarded-Proto", {}, "https", null],
  ])("%s", async (_what, env, proto, expected) => {
    const server = await startTestServer(env);
    try {
      const res = await fetch(`${server.url}/healthz`, { headers: { "x-forwarded-proto": proto } });
      expect(res.headers.get("strict-transport-security")).toBe(expected);
    } finally {
      await server.close();
    }
  });
});

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => resolve(socket));
    socket.once("error", reject);
  });
}
const closed = (socket: Socket) => new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once("close", () => resolve())));

describe("slow and many connections", () => {
  it("the documented header timeout holds: Node checks it every second, not every 30 s", async () => {
    const app = createApp({ routes: [], logger: silent, timeouts: { headersMs: 400 } });
    const url = await app.listen(0, "127.0.0.1");
    try {
      const socket = await open(Number(new URL(url).port));
      let reply = "";
      socket.on("data", (c: Buffer) => (reply += c.toString()));
      socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
      // Before the fix the check ran every 30 s; the test's own 5 s timeout would end first.
      await closed(socket);
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await app.stop(100);
    }
    // The server's real figures are the documented ones.
    const real = createApp({ routes: [], logger: silent });
    expect([real.server.headersTimeout, real.server.requestTimeout]).toEqual([15_000, 30_000]);
  });

  it("connections beyond the cap from one address are closed at once; the others stay", async () => {
    const app = createApp({ routes: [], logger: silent, maxConnectionsPerAddress: 3 });
    const url = await app.listen(0, "127.0.0.1");
    const port = Number(new URL(url).port);
    const sockets: Socket[] = [];
    try {
      for (let i = 0; i < 5; i++) sockets.push(await open(port));
      await Promise.all([closed(sockets[3]!), closed(sockets[4]!)]);
      expect(sockets.map((s) => s.destroyed)).toEqual([false, false, false, true, true]);
      sockets[0]!.destroy();
      await closed(sockets[0]!);
      // The server learns of the close when it learns of it (a busy machine may take a while): a connection made
      // before that is still one too many and closed, so try again until one is served (the test's timeout bounds it).
      let res = "";
      while (!res) {
        const again = await open(port);
        sockets.push(again);
        res = await new Promise<string>((resolve) => {
          again.once("data", (c: Buffer) => resolve(c.toString()));
          again.once("close", () => resolve(""));
          again.write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        });
        if (!res) await new Promise((r) => setTimeout(r, 50));
      }
      expect(res).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      for (const s of sockets) s.destroy();
      await app.stop(100);
    }
  });
});
