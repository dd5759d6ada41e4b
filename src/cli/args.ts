// Shared by the CLI's commands: options, the knowledge folder, the bot.
import { createBot, selectNotice, type Bot } from "../conversation/bot.js";
import { ConfigError } from "../errors.js";
import { defaultKnowledgeDir, loadKnowledge, needsFactsReader, type Knowledge } from "../knowledge/load.js";
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

/** The knowledge folder loaded; the importer (a notice without facts.json is read with it) is loaded only when one needs it. */
export async function knowledgeFrom(args: Args): Promise<Knowledge> {
  const dir = knowledgeDir(args);
  const readFacts = needsFactsReader(dir) ? (await import("../import/read-facts.js")).readNoticeFacts : undefined;
  return loadKnowledge(dir, readFacts ? { readFacts } : {});
}

export async function botFrom(args: Args, now?: string): Promise<Bot> {
  return (await botsFrom(args))(now);
}

/**
 * The bot for a question asked at `now`. With --notice, always that notice. Without it and with several
 * notices, the one open at the question's own clock (soonest deadline not past), as the server picks at its
 * start; so a batch of cases about different notices, each with its own `now`, is answered about each.
 */
export async function botsFrom(args: Args): Promise<(now?: string) => Bot> {
  const knowledge = await knowledgeFrom(args);
  const chosen = flag(args, "notice");
  const bots = new Map<string, Bot>();
  const at = (now?: string) => {
    const dt = now ? parseNow(now) : undefined;
    return selectNotice(knowledge, chosen, dt ? dt.toJSDate() : new Date()).id;
  };
  at(); // an unknown --notice is an error before anything is read
  return (now) => {
    const id = at(now);
    let bot = bots.get(id);
    if (!bot) bots.set(id, (bot = createBot({ knowledge, noticeId: id })));
    return bot;
  };
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


/** --lang: the language a conversation starts in (a prior: a message plainly in another language is still answered in it). */
export function langFrom(args: Args): string | undefined {
  const lang = flag(args, "lang");
  if (lang !== undefined && !/^[a-z]{2}(?:[-_][A-Za-z]{2})?$/.test(lang)) throw new ConfigError(`--lang "${lang}" is not a language code such as fr or pt-BR`);
  return lang;
}
