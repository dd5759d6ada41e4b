// Test harness: the Teams channel mounted on its own node:http server on 127.0.0.1, and a local fake of the
// Bot Connector service that records what the bot posts back (POST /v3/conversations/{id}/activities[/{replyTo}]).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import type { Bot } from "../../../src/index.js";
import { createTeamsChannel, type TeamsConfig } from "../../../adapters/teams/index.js";

export type Posted = { conversationId: string; replyToId?: string; activity: Record<string, any>; /** The request body's size in bytes, as Teams would receive it. */ bytes: number };

export type Updated = { conversationId: string; activityId: string; activity: Record<string, any>; bytes: number };

export type FakeConnector = {
  url: string;
  /** Messages the bot posted (typing indicators are kept apart, in `typing`). */
  posted: Posted[];
  typing: Posted[];
  /** Activities the bot replaced (PUT …/activities/{id}): cards updated after a click. */
  updated: Updated[];
  close(): Promise<void>;
};

const listen = (server: Server) =>
  new Promise<string>((done) => server.listen(0, "127.0.0.1", () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

const close = (server: Server) => new Promise<void>((done) => server.close(() => done()));

export async function startFakeConnector(): Promise<FakeConnector> {
  const posted: Posted[] = [];
  const typing: Posted[] = [];
  const updated: Updated[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? "");
    if ((req.method !== "POST" && req.method !== "PUT") || !m || (req.method === "PUT" && !m[2])) {
      res.writeHead(404).end();
      return;
    }
    const raw = Buffer.concat(chunks);
    const activity = JSON.parse(raw.toString("utf8"));
    const conversationId = decodeURIComponent(m[1]!);
    if (req.method === "PUT") {
      updated.push({ conversationId, activityId: decodeURIComponent(m[2]!), activity, bytes: raw.length });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: decodeURIComponent(m[2]!) }));
      return;
    }
    const entry = { conversationId, ...(m[2] ? { replyToId: decodeURIComponent(m[2]) } : {}), activity, bytes: raw.length };
    (activity.type === "typing" ? typing : posted).push(entry);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `reply-${posted.length + typing.length}` }));
  });
  const url = await listen(server);
  return { url, posted, typing, updated, close: () => close(server) };
}

export type LogLine = { level: number; msg: string; code?: string; err?: { message: string; stack?: string } };

export type TeamsServer = { url: string; logs: LogLine[]; authenticated: boolean; close(): Promise<void> };

/** The channel on a real HTTP server, as the shared server mounts it: POST /api/messages → handle. */
export async function startTeamsServer(options: { bot: Bot; config?: TeamsConfig; clock?: () => Date }): Promise<TeamsServer> {
  const logs: LogLine[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const channel = createTeamsChannel({
    bot: options.bot,
    config: options.config ?? { MicrosoftAppType: "MultiTenant" },
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const server = createServer((req, res) => {
    if (req.url === "/api/messages") return void channel.handle(req, res);
    res.writeHead(404).end();
  });
  const url = await listen(server);
  return { url, logs, authenticated: channel.authenticated, close: () => close(server) };
}

export const BOT = { id: "28:00000000-0000-0000-0000-00000000b07", name: "Vacancy Bot" };
export const USER = { id: "29:user-ana", name: "Ana Tamm", aadObjectId: "00000000-0000-0000-0000-0000000000aa" };

let sequence = 0;

/** A Bot Framework activity as Teams sends it, in a personal chat unless `conversation` says otherwise. */
export function activity(serviceUrl: string, fields: Record<string, unknown>): Record<string, unknown> {
  sequence += 1;
  return {
    type: "message",
    id: `act-${sequence}`,
    channelId: "msteams",
    serviceUrl,
    timestamp: "2025-10-13T08:00:00.000Z",
    locale: "en-GB",
    from: USER,
    recipient: BOT,
    conversation: { id: "a:personal-chat-1", conversationType: "personal", tenantId: "tenant-1" },
    channelData: { tenant: { id: "tenant-1" } },
    ...fields,
  };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

/** The Adaptive Card in a posted activity. */
export function cardOf(posted: Posted | undefined): Record<string, any> {
  const attachment = posted?.activity.attachments?.[0];
  if (attachment?.contentType !== "application/vnd.microsoft.card.adaptive") throw new Error(`no Adaptive Card in ${JSON.stringify(posted?.activity)}`);
  return attachment.content;
}

/** Every element and action of a card, depth first. */
export function walk(node: unknown): Record<string, any>[] {
  if (Array.isArray(node)) return node.flatMap(walk);
  if (!node || typeof node !== "object") return [];
  const el = node as Record<string, any>;
  const children = ["body", "items", "columns", "actions", "inlines"].flatMap((k) => walk(el[k]));
  return [...(typeof el.type === "string" ? [el] : []), ...children];
}

/** The text a person reads on a card (TextBlocks, TextRuns, facts), one string. */
export function cardText(card: Record<string, any>): string {
  return walk(card)
    .flatMap((el) => (el.type === "TextBlock" || el.type === "TextRun" ? [el.text] : el.type === "FactSet" ? el.facts.map((f: any) => `${f.title} ${f.value}`) : []))
    .join("\n");
}

export type Calls = { ask: Parameters<Bot["ask"]>[0][]; checkEligibility: Parameters<Bot["checkEligibility"]>[0][] };

/** The real bot behind a recorder: what the channel passed in is what the tests assert on. */
export function recording(bot: Bot): { bot: Bot; calls: Calls } {
  const calls: Calls = { ask: [], checkEligibility: [] };
  return {
    calls,
    bot: {
      ...bot,
      noticeId: bot.noticeId,
      ask(input) {
        calls.ask.push(input);
        return bot.ask(input);
      },
      checkEligibility(input) {
        calls.checkEligibility.push(input);
        return bot.checkEligibility(input);
      },
    },
  };
}
