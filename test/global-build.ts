// Before any test: the compiled tree (dist/) is brought up to date when a source is newer, as `npm start` does.
// The tests that run the command line or the server as a real process run the compiled files, as a person
// does (`npx vacancy-bot`, `npm start`), instead of compiling every source again in each child through tsx.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export default function setup(): void {
  // scripts/start.mjs's own check and incremental build; BUILD_ONLY stops it before it starts the server.
  const run = spawnSync(process.execPath, ["scripts/start.mjs"], { cwd: root, encoding: "utf8", env: { ...process.env, VACANCY_BOT_BUILD_ONLY: "1" } });
  if (run.status !== 0) throw new Error(`test setup: the build failed:\n${run.stderr}${run.stdout}`);
}
