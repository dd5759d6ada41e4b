// Runs the rows of test/engine/phrasings.test.ts and lists the failing ones with what the bot said (a dev tool).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createBot, loadKnowledge, renderText } from "../src/index.js";

const require = createRequire(new URL("../package.json", import.meta.url));
const { transformSync } = require("esbuild") as typeof import("esbuild");
const source = readFileSync(new URL("../test/engine/phrasings.test.ts", import.meta.url), "utf8");
const block = source.slice(source.indexOf("// rows:begin"), source.indexOf("// rows:end"));
const js = transformSync(block, { loader: "ts" }).code;
const { table, NOW } = new Function(`${js}\nreturn { table, NOW };`)() as { table: Record<string, any[]>; NOW: string };

const bot = createBot({ knowledge: loadKnowledge() });
let n = 0, fails = 0, total = 0;
const perClass: string[] = [];
for (const [cls, rows] of Object.entries(table)) {
  let f = 0;
  for (const row of rows) {
    total++;
    const sessionId = `run-${n++}`;
    const turns: string[] = Array.isArray(row.turns) ? row.turns : [row.turns];
    let a: any;
    for (const text of turns) a = bot.ask({ sessionId, text, now: row.now ?? NOW, ...(row.zone ? { zone: row.zone } : {}) });
    const text = renderText(a);
    const why: string[] = [];
    const intents = Array.isArray(row.intent) ? row.intent : [row.intent];
    if (!intents.includes(a.intent)) why.push(`intent ${a.intent}`);
    if (row.verdict !== undefined && a.verdict !== row.verdict) why.push(`verdict ${a.verdict}`);
    for (const [id, st] of Object.entries(row.criteria ?? {})) {
      const got = a.criteria?.find((c: any) => c.id === id)?.status;
      if (got !== st) why.push(`${id} ${got}`);
    }
    if (row.says && !row.says.test(text)) why.push("says✗");
    if (row.never && row.never.test(text)) why.push("never✗");
    if (row.gap === "none" && a.gap !== undefined) why.push(`gap ${a.gap}`);
    else if (row.gap && row.gap !== "none" && a.gap !== row.gap) why.push(`gap ${a.gap}`);
    if (why.length) {
      f++;
      console.log(`FAIL ${row.id} [${why.join(", ")}] → ${a.rule}:${a.intent}${a.verdict ? "/" + a.verdict : ""}: ${text.replace(/\s+/g, " ").slice(0, 220)}`);
    }
  }
  fails += f;
  perClass.push(`${cls}: ${rows.length} rows, ${f} fail`);
}
console.log(perClass.join("\n"));
console.log(`total ${total}, failing ${fails}`);
