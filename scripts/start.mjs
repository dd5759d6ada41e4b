// `npm start`: builds only when a source changed since the last build, then runs the compiled server.
// `npm install` has just built (its `prepare`), so the first start after it does not build again; a start after
// an edit rebuilds incrementally (tsconfig.build.json keeps dist/.tsbuildinfo).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = join(root, "dist", ".tsbuildinfo");
const entry = join(root, "dist", "adapters", "server", "main.js");

/** The newest modification time under the built folders and the compiler settings, in ms. */
function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) if (name !== "node_modules") visit(join(path, name));
    } else if (/\.(?:ts|mts|json)$/.test(path)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const dir of ["src", "adapters", "scripts"]) if (existsSync(join(root, dir))) visit(join(root, dir));
  for (const file of ["tsconfig.json", "tsconfig.build.json", "package.json"]) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

if (!existsSync(entry) || !existsSync(stamp) || statSync(stamp).mtimeMs < newestSource()) {
  console.error("vacancy-bot: building (sources changed since the last build)");
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const built = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: process.env.VACANCY_BOT_BUILD_ONLY ? "pipe" : "inherit" });
  if (built.status !== 0 && process.env.VACANCY_BOT_BUILD_ONLY) process.stderr.write(`${built.stdout}${built.stderr}`);
  if (built.status !== 0) process.exit(built.status ?? 1);
  // tsc leaves its build info untouched when nothing needed emitting; the stamp says the build is current.
  const now = new Date();
  utimesSync(stamp, now, now);
}

// The test setup (test/global-build.ts) only wants the build.
if (!process.env.VACANCY_BOT_BUILD_ONLY) await import(new URL("../dist/adapters/server/main.js", import.meta.url).href);
