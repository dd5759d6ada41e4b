#!/usr/bin/env node
// The CLI runs the compiled sources; `npm install` builds them (the `prepare` script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = new URL("../dist/src/cli.js", import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error("vacancy-bot: not built yet; run `npm install` (or `npm run build`) first");
  process.exit(1);
}
const { run } = await import(cli.href);
await run(process.argv.slice(2));
