// Real redis-server and PostgreSQL for the tests, each on a loopback port of its own, in a folder of its own.
// PostgreSQL refuses to run as root: when the tests run as root, initdb and postgres run as the `postgres` user.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(what: string, ok: () => Promise<boolean>, ms = 50_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`test services: ${what} did not start within ${ms} ms`);
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = new Socket();
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => (socket.destroy(), resolve(false)));
    socket.connect(port, "127.0.0.1");
  });

export type Service = { url: string; port: number; stop(): Promise<void>; start(): Promise<void> };

function ended(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * A redis-server with no persistence on a free loopback port; `stop` and `start` again keep the port. `pause`
 * freezes the process (SIGSTOP): connections stay open and nothing is answered until `resume` — a Redis as slow
 * as a test needs, from the moment `pause` returns, with no race against a command still on its way.
 */
export async function startRedis(): Promise<Service & { pause(): void; resume(): void }> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const service: Service & { pause(): void; resume(): void } = {
    port,
    url: `redis://127.0.0.1:${port}/0`,
    async start() {
      child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes", "--enable-debug-command", "local"], { stdio: "ignore" });
      await until("redis-server", () => accepts(port));
    },
    async stop() {
      const c = child;
      c?.kill("SIGKILL");
      await ended(c);
    },
    pause() {
      child?.kill("SIGSTOP");
    },
    resume() {
      child?.kill("SIGCONT");
    },
  };
  await service.start();
  return service;
}

function pgBin(name: string): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, "bin", name))) return join(root, v, "bin", name);
  return name;
}

/** A PostgreSQL cluster made for the test (trust on loopback, no fsync), on a free port; dropped by `stop`+`remove`. */
export async function startPostgres(): Promise<Service & { remove(): Promise<void> }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "vacancy-pg-"));
  const data = join(dir, "data");
  const root = process.getuid?.() === 0;
  const as = (cmd: string, args: string[]) => (root ? { cmd: "runuser", args: ["-u", "postgres", "--", cmd, ...args] } : { cmd, args });
  if (root) {
    const { uid, gid } = (() => {
      const id = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
      const g = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
      return { uid: Number(id.stdout.trim()), gid: Number(g.stdout.trim()) };
    })();
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const init = as(pgBin("initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const made = spawnSync(init.cmd, init.args, { encoding: "utf8" });
  if (made.status !== 0) throw new Error(`test services: initdb failed: ${made.stderr || made.stdout}`);
  let child: ChildProcess | undefined;
  const service = {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      const run = as(pgBin("postgres"), ["-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "shared_buffers=16MB", "-c", "max_connections=60"]);
      child = spawn(run.cmd, run.args, { stdio: "ignore" });
      await until("postgres", async () => (await accepts(port)) && spawnSync(pgBin("pg_isready"), ["-h", "127.0.0.1", "-p", String(port)]).status === 0);
    },
    async stop() {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      // SIGINT to the postmaster itself (runuser does not pass it on): a "fast" shutdown.
      const pidFile = join(data, "postmaster.pid");
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : NaN;
      try {
        if (Number.isInteger(pid) && pid > 0) process.kill(pid, "SIGINT");
        else c.kill("SIGINT");
      } catch {
        c.kill("SIGKILL");
      }
      const timer = setTimeout(() => {
        if (Number.isInteger(pid) && pid > 0) {
          try {
            process.kill(pid, "SIGKILL");
          } catch {}
        }
        c.kill("SIGKILL");
      }, 10_000);
      await ended(c);
      clearTimeout(timer);
    },
    async remove() {
      await service.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await service.start();
  return service;
}
