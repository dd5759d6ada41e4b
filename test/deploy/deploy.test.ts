// The production recipe of docs/operations.md, checked as far as this machine allows: no image builder runs
// here, so the Dockerfile's runtime stage is laid out in a folder exactly as its COPY lines say, made read-only
// but for data/, and started with its ENV and CMD; its HEALTHCHECK is run against it. The systemd unit is
// verified by systemd-analyze where systemd is installed.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
// Instructions with their continuation lines joined.
const instructions = dockerfile
  .replace(/\\\n/g, " ")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"));
const stages = instructions.reduce<string[][]>((all, line) => (line.startsWith("FROM ") ? [...all, [line]] : (all.at(-1)!.push(line), all)), []);
const [build, runtime] = stages as [string[], string[]];
const json = (line: string) => JSON.parse(line.replace(/^\w+\s+(--\S+\s+)*/, "")) as string[];

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe("the Dockerfile", () => {
  it("has a build stage and a runtime stage on the same Node major", () => {
    expect(stages).toHaveLength(2);
    expect(build[0]).toMatch(/^FROM node:20-\S+ AS build$/);
    expect(runtime[0]).toMatch(/^FROM node:20-/);
  });

  it("copies into the build only files that exist and that .dockerignore lets through", () => {
    const ignored = readFileSync(join(root, ".dockerignore"), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
    const sources = build.filter((l) => l.startsWith("COPY ")).flatMap((l) => l.replace(/^COPY\s+(--\S+\s+)*/, "").split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(5);
    for (const s of sources) {
      expect(existsSync(join(root, s)), s).toBe(true);
      expect(ignored.some((i) => s === i || s.startsWith(`${i}/`)), `${s} is excluded by .dockerignore`).toBe(false);
    }
    // No `prepare` before the sources are there: scripts are off for npm ci, better-sqlite3 rebuilt on its own.
    expect(build.find((l) => l.includes("npm ci"))).toMatch(/npm ci --ignore-scripts && npm rebuild better-sqlite3/);
    expect(build.at(-1)).toBe("RUN npm run build && npm prune --omit=dev");
  });

  it("runs as a non-root user with a health check on /healthz", () => {
    const user = runtime.filter((l) => l.startsWith("USER ")).at(-1);
    expect(user).toBe("USER node");
    const health = runtime.find((l) => l.startsWith("HEALTHCHECK "))!;
    expect(health).toContain("/healthz");
    expect(runtime.find((l) => l.startsWith("VOLUME "))).toBe('VOLUME ["/app/data"]');
  });

  describe("its runtime stage, laid out and started here", () => {
    const app = join(mkdtempSync(join(tmpdir(), "vacancy-image-")), "app");
    afterAll(() => {
      // Writable again, so it can be removed.
      spawnSync("chmod", ["-R", "u+w", dirname(app)]);
      rmSync(dirname(app), { recursive: true, force: true });
    });

    it("starts read-only but for data/, answers its HEALTHCHECK, reloads on HUP and stops on TERM", async () => {
      mkdirSync(app, { recursive: true });
      for (const line of runtime.filter((l) => l.startsWith("COPY --from=build"))) {
        const [from, to] = line.replace(/^COPY\s+(--\S+\s+)*/, "").split(/\s+/) as [string, string];
        const source = join(root, from.replace(/^\/app\/?/, ""));
        const target = join(app, to);
        mkdirSync(dirname(target), { recursive: true });
        // node_modules is linked, not copied (the image prunes dev dependencies; the server needs none of them).
        if (from.endsWith("/node_modules")) symlinkSync(source, target);
        else cpSync(source, target, { recursive: true });
      }
      mkdirSync(join(app, "data"));
      // Read-only, like `docker run --read-only`: everything but data/.
      const lock = (p: string) => {
        const st = statSync(p);
        if (st.isDirectory()) for (const e of readdirSync(p)) lock(join(p, e));
        chmodSync(p, st.mode & ~0o222);
      };
      for (const e of readdirSync(app)) if (e !== "data" && e !== "node_modules") lock(join(app, e));
      chmodSync(app, 0o555);
      // Root ignores the modes (tests may run as root): what the server wrote outside data/ is compared too.
      const listing = (p: string): string[] =>
        statSync(p).isDirectory() ? [p, ...readdirSync(p).filter((e) => p !== app || (e !== "data" && e !== "node_modules")).flatMap((e) => listing(join(p, e)))] : [`${p} ${statSync(p).mtimeMs}`];
      const before = listing(app);

      const env: Record<string, string> = {};
      for (const line of runtime.filter((l) => l.startsWith("ENV "))) for (const m of line.slice(4).matchAll(/(\w+)=(\S+)/g)) env[m[1]!] = m[2]!;
      expect(env).toMatchObject({ HOST: "0.0.0.0", REVIEW_DB: "/app/data/review.sqlite" });
      const port = await freePort();
      const childEnv = { PATH: process.env.PATH ?? "", ...env, HOST: "127.0.0.1", PORT: String(port), REVIEW_DB: join(app, "data", "review.sqlite"), LOG_LEVEL: "info" };
      const [cmd, ...args] = json(runtime.find((l) => l.startsWith("CMD "))!);
      const child = spawn(cmd === "node" ? process.execPath : cmd!, args, { cwd: app, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr.on("data", (d: Buffer) => (out += d.toString()));
      try {
        await expect.poll(() => out, { timeout: 100_000, interval: 200 }).toContain('"msg":"listening"');
        const [hc, ...hcArgs] = json(runtime.find((l) => l.startsWith("HEALTHCHECK "))!.replace(/^HEALTHCHECK\s+(--\S+\s+)*CMD\s+/, "CMD "));
        const check = spawnSync(hc === "node" ? process.execPath : hc!, hcArgs, { env: childEnv, encoding: "utf8", timeout: 60_000 });
        expect(check.status, check.stderr).toBe(0);
        expect(existsSync(join(app, "data", "review.sqlite"))).toBe(true);
        child.kill("SIGHUP");
        await expect.poll(() => out, { timeout: 60_000, interval: 200 }).toContain("knowledge reloaded");
        const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
        child.kill("SIGTERM");
        expect(await exited).toBe(0);
        expect(listing(app)).toEqual(before);
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      // A process started on a busy two-core machine may take a minute to listen: bounds, not goals.
    }, 240_000);
  });
});

describe("the systemd unit", () => {
  const analyze = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].find((p) => existsSync(p));
  it.skipIf(!analyze)("passes systemd-analyze verify", () => {
    const run = spawnSync(analyze!, ["verify", join(root, "deploy", "vacancy-bot.service")], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
  });

  it("runs the compiled server, reloads with HUP and writes only its state folder", () => {
    const unit = readFileSync(join(root, "deploy", "vacancy-bot.service"), "utf8");
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node dist\/adapters\/server\/main\.js$/m);
    expect(unit).toMatch(/^ExecReload=\/bin\/kill -HUP \$MAINPID$/m);
    expect(unit).toMatch(/^ProtectSystem=strict$/m);
    expect(unit).toMatch(/^StateDirectory=vacancy-bot$/m);
    expect(unit).toMatch(/^Environment=REVIEW_DB=\/var\/lib\/vacancy-bot\/review\.sqlite$/m);
    expect(existsSync(join(root, "dist", "adapters", "server", "main.js"))).toBe(true);
  });
});
