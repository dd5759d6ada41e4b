// The `vacancy-bot` command line: ask, chat, batch, audit and import.
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { renderText, type Answer } from "./answer.js";
import type { Bot } from "./conversation/bot.js";
import type { Catalogue } from "./i18n/catalogue.js";
import { ConfigError, KnowledgeError } from "./errors.js";
import { whenDetectorReady } from "./i18n/detect.js";
import { defaultCacheDir } from "./knowledge/cache.js";
import { parseNow } from "./time/deadline.js";
import { isZone } from "./time/zones.js";
import { botFrom, botsFrom, langFrom, nowFrom, parseArgs, zoneFrom } from "./cli/args.js";

const USAGE = `vacancy-bot: answers questions about an EU job vacancy notice, citing the notice.

Usage:
  vacancy-bot ask [--json] [--now ISO] [--tz ZONE] [--lang CODE] [--notice ID] "question"
  vacancy-bot chat [--now ISO] [--tz ZONE] [--lang CODE] [--notice ID]
  vacancy-bot batch [--notice ID]          JSON lines {"id","turns":[…],"now"?,"tz"?,"lang"?} on stdin
  vacancy-bot audit [--notice ID] [--review DB|URL]   runs the notice's golden questions (with HR's from the review database)
  vacancy-bot import FILE [--id ID] [--check] [--replace] [--rules]

Options:
  --knowledge DIR   the knowledge folder (default: the project's knowledge/, or KNOWLEDGE_DIR)`;

/** An answer for a person at a terminal: the text, then each cited passage with its heading, labelled in the answer's language. */
export function renderForTerminal(answer: Answer, ui?: Catalogue): string {
  const source = (heading: string) => (ui ? ui.t("answer.source", { heading }) : `Source: ${heading}`);
  const sources = answer.citations.map((c) => `  ${source(c.heading)}\n  “${c.quote}”`);
  const follow = answer.followUps.length ? [`${ui ? ui.t("answer.followUps") : "You can also ask"}: ${answer.followUps.join(" · ")}`] : [];
  return [renderText(answer), ...sources, ...follow].join("\n\n");
}

async function ask(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ["json"]);
  const now = nowFrom(args);
  const bot = await botFrom(args, now);
  const lang = langFrom(args);
  const answer = bot.ask({ sessionId: "cli", text: args.rest.join(" "), now, zone: zoneFrom(args), ...(lang ? { locale: lang } : {}) });
  console.log(args.flags.has("json") ? JSON.stringify({ ...answer, text: renderText(answer) }, null, 2) : renderForTerminal(answer, bot.ui(answer.language)));
  return 0;
}

async function chat(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const bot = await botFrom(args);
  const now = nowFrom(args);
  const zone = zoneFrom(args) ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lang = langFrom(args);
  const locale = lang ? { locale: lang } : {};
  const hello = bot.ask({ sessionId: "chat", text: "hello", now, zone, ...locale });
  console.log(renderForTerminal(hello, bot.ui(hello.language)));
  rl.setPrompt("\n> ");
  rl.prompt();
  for await (const line of rl) {
    if (/^\s*(?:exit|quit|bye)\s*$/i.test(line)) break;
    const answer = bot.ask({ sessionId: "chat", text: line, now, zone, ...locale });
    console.log(`\n${renderForTerminal(answer, bot.ui(answer.language))}`);
    rl.prompt();
  }
  rl.close();
  return 0;
}

type BatchCase = { id?: unknown; turns?: unknown; now?: unknown; tz?: unknown; lang?: unknown };

/** Answers one batch line; a malformed line gets an error entry, never a crash. */
export function answerCase(bots: (now?: string) => Bot, c: BatchCase, index: number): { id: unknown; answers: (Answer & { text: string })[]; error?: string } {
  const id = c.id ?? index;
  const turns = Array.isArray(c.turns) ? c.turns.map((t) => String(t ?? "")) : typeof c.turns === "string" ? [c.turns] : [];
  const now = typeof c.now === "string" && parseNow(c.now) ? c.now : undefined;
  const bot = bots(now);
  const zone = typeof c.tz === "string" && isZone(c.tz) ? c.tz : undefined;
  const sessionId = `batch:${index}:${String(id)}`;
  const answers = turns.map((text) => {
    const answer = bot.ask({ sessionId, text, now, zone, ...(typeof c.lang === "string" ? { locale: c.lang } : {}) });
    return { ...answer, text: renderText(answer) };
  });
  bot.reset(sessionId);
  return { id, answers };
}

async function batch(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const bots = await botsFrom(args);
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let index = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(""));
    out.length = 0;
  };
  for await (const line of rl) {
    if (!line.trim()) continue;
    let c: BatchCase;
    try {
      c = JSON.parse(line) as BatchCase;
    } catch {
      out.push(`${JSON.stringify({ id: index, answers: [], error: "not a JSON object" })}\n`);
      index++;
      continue;
    }
    out.push(`${JSON.stringify(answerCase(bots, c && typeof c === "object" ? c : {}, index++))}\n`);
    if (out.length >= 64) flush();
  }
  flush();
  return 0;
}

const commands: Record<string, (argv: string[]) => Promise<number>> = {
  ask,
  chat,
  batch,
  // Loaded when run: a batch or a question pays for neither the importer nor the review databases.
  audit: async (argv) => (await import("./cli/audit.js")).runAudit(parseArgs(argv)),
  import: async (argv) => (await import("./cli/import.js")).runImport(parseArgs(argv, ["check", "replace", "rules"])),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`vacancy-bot: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    if (name !== "import") await whenDetectorReady({ cacheDir: defaultCacheDir() });
    return await command(rest);
  } catch (e) {
    if (e instanceof KnowledgeError || e instanceof ConfigError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

/** Runs the command line as a process does: `main`, its exit code set, a reader that stops early (`| head`) no error. */
export async function run(argv: string[]): Promise<void> {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  process.exitCode = await main(argv);
}

// Run as a program (`node dist/src/cli.js`, or through bin/vacancy-bot.js, which calls `run`); imported (the
// tests call `main` in the same process), it does nothing on its own.
if (process.argv[1] && realpathSync(resolve(process.argv[1])) === fileURLToPath(import.meta.url)) await run(process.argv.slice(2));
