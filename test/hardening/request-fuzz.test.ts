// Issue 22, item 1: no request line, target or header, however malformed, ends the process.
// The real entry point runs in a child process; malformed requests go over a raw socket; after each batch the
// process must still answer /healthz.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "vacancy-fuzz-"));
let child: ChildProcess;
let port = 0;
let exited: number | null | undefined;

beforeAll(async () => {
  child = spawn(process.execPath, ["dist/adapters/server/main.js"], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", REVIEW_DB: join(dir, "review.sqlite"), LOG_LEVEL: "silent", HR_TOKEN: "" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.once("exit", (code) => (exited = code));
  port = await new Promise<number>((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${seen}`)), 60_000);
    child.stderr!.on("data", (c: Buffer) => {
      seen += c.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
  });
}, 90_000);

afterAll(() => {
  child?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** Sends raw bytes, waits for the reply or the close (at most 2 s); the first status code seen, if any. */
function raw(bytes: string | Buffer): Promise<number | undefined> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let got = "";
    const done = () => {
      socket.destroy();
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(got);
      resolve(m ? Number(m[1]) : undefined);
    };
    const timer = setTimeout(done, 2000);
    socket.on("data", (c: Buffer) => {
      got += c.toString("latin1");
      if (/\r\n\r\n/.test(got)) {
        clearTimeout(timer);
        done();
      }
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearTimeout(timer);
      done();
    });
    socket.write(bytes);
  });
}

async function stillAnswering(): Promise<void> {
  expect(exited, "the server process ended").toBeUndefined();
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(res.status).toBe(200);
}

describe("malformed requests over a raw socket", () => {
  it("GET http://[ and //[ are answered 400, and the process goes on", async () => {
    for (const target of ["http://[", "//[", "http://[::1", "//[/x", "http://a b", "http://%", "//%zz"]) {
      const status = await raw(`GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect(status === undefined || status === 400, `${target} → ${status}`).toBe(true);
      await stillAnswering();
    }
  });

  it("malformed request lines, targets and headers, generated, never end the process", async () => {
    const targetChar = fc.constantFrom("/", "[", "]", "%", "?", "#", ":", "@", "\\", "a", "0", "\u00e9", "\u0000", " ", "//", "http://", "..");
    const target = fc.array(targetChar, { maxLength: 12 }).map((a) => a.join(""));
    const method = fc.constantFrom("GET", "POST", "HEAD", "OPTIONS", "PUT", "BREW", "G\u00c9T", "");
    const header = fc.tuple(fc.constantFrom("Host", "Content-Length", "Transfer-Encoding", "Cookie", "X-Forwarded-For", "X-Request-Id", "Accept-Language", "Content-Type"), fc.string({ maxLength: 40 }));
    const request = fc.tuple(method, target, fc.constantFrom("HTTP/1.1", "HTTP/1.0", "HTTP/9", ""), fc.array(header, { maxLength: 4 }));
    await fc.assert(
      fc.asyncProperty(request, async ([m, t, v, headers]) => {
        const lines = [`${m} ${t} ${v}`, ...headers.map(([k, val]) => `${k}: ${val.replace(/[\r\n]/g, "")}`)];
        await raw(Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "utf8"));
        expect(exited, "the server process ended").toBeUndefined();
      }),
      { numRuns: 150 },
    );
    await stillAnswering();
  }, 120_000);
});
