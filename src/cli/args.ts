// Shared by the CLI's commands: options, the knowledge folder, the bot.
import { createBot, type Bot } from "../conversation/bot.js";
import { ConfigError } from "../errors.js";
import { defaultKnowledgeDir, loadKnowledge } from "../knowledge/load.js";
import { parseNow } from "../time/deadline.js";
import { isZone } from "../time/zones.js";

export type Args = { flags: Map<string, string | true>; rest: string[] };

/** Parses `--name value` and `--flag` options; everything else is positional. */
export function parseArgs(argv: string[], booleans: string[] = []): Args {
  const flags = new Map<string, string | true>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--") && a.length > 2) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(name, inline);
      else if (booleans.includes(name) || i + 1 >= argv.length) flags.set(name, true);
      else flags.set(name, argv[++i]!);
    } else rest.push(a);
  }
  return { flags, rest };
}

export function flag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  if (v === true) throw new ConfigError(`--${name} needs a value`);
  return v;
}

export function knowledgeDir(args: Args): string {
  return flag(args, "knowledge") ?? process.env.KNOWLEDGE_DIR ?? defaultKnowledgeDir;
}

export function botFrom(args: Args): Bot {
  return createBot({ knowledge: loadKnowledge(knowledgeDir(args)), noticeId: flag(args, "notice") });
}

export function nowFrom(args: Args): string | undefined {
  const now = flag(args, "now");
  if (now !== undefined && !parseNow(now)) throw new ConfigError(`--now "${now}" is not an ISO date-time`);
  return now;
}

export function zoneFrom(args: Args): string | undefined {
  const tz = flag(args, "tz");
  if (tz !== undefined && !isZone(tz)) throw new ConfigError(`--tz "${tz}" is not an IANA time zone`);
  return tz;
}

