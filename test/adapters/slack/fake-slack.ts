// A local stand-in for Slack: a Web API that records every call (and response URLs), and a sender that
// signs requests to our /slack/events the way Slack does.
import { createHmac } from "node:crypto";
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Call = { method: string; args: Record<string, unknown> };
type Reply = Record<string, unknown>;
type Override = (args: Record<string, unknown>) => Reply | Promise<Reply>;

export const BOT_USER = "UBOT";
export const TEAM = "T1";

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

// The Web API client sends form fields, with objects (blocks, views) as JSON strings.
function parseArgs(body: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) return body ? (JSON.parse(body) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

export type FakeSlack = {
  url: string;
  apiUrl: string;
  calls: Call[];
  /** Calls to one method (a response URL is the method "response_url"). */
  callsTo(method: string): Call[];
  /** Resolves with the first call to a method that matches, now or when it arrives. */
  waitFor(method: string, match?: (args: Record<string, unknown>) => boolean): Promise<Call>;
  /** Answers the next call to a method with this instead of the default. */
  once(method: string, reply: Override): void;
  /** The zone users.info gives for a user; default Europe/Brussels. */
  zones: Map<string, string>;
  /** The locale users.info gives for a user when asked (include_locale); default none. */
  locales: Map<string, string>;
  close(): Promise<void>;
};

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: Call[] = [];
  const events = new EventEmitter();
  const overrides = new Map<string, Override[]>();
  const zones = new Map<string, string>();
  const locales = new Map<string, string>();
  let ts = 1_700_000_000;

  const defaults: Record<string, Override> = {
    "auth.test": () => ({ ok: true, user_id: BOT_USER, bot_id: "BBOT", team_id: TEAM, user: "vacancy-bot" }),
    "chat.postMessage": (a) => ({ ok: true, channel: a.channel, ts: `${ts++}.000100`, message: { text: a.text } }),
    "chat.postEphemeral": () => ({ ok: true, message_ts: `${ts++}.000200` }),
    "users.info": (a) => {
      const locale = a.include_locale === "true" || a.include_locale === true ? locales.get(String(a.user)) : undefined;
      return { ok: true, user: { id: a.user, tz: zones.get(String(a.user)) ?? "Europe/Brussels", ...(locale ? { locale } : {}) } };
    },
    "conversations.open": (a) => ({ ok: true, channel: { id: `D${String(a.users)}` } }),
    "views.open": () => ({ ok: true, view: { id: "V1" } }),
    "views.publish": () => ({ ok: true, view: { id: "V2" } }),
    response_url: () => ({ ok: true }),
  };

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const method = path.startsWith("/api/") ? path.slice(5) : path.startsWith("/respond/") ? "response_url" : path;
    const args = parseArgs(body, req.headers["content-type"]);
    if (method === "response_url") args.path = path;
    const call = { method, args };
    calls.push(call);
    const reply = await (overrides.get(method)?.shift() ?? defaults[method] ?? (() => ({ ok: false, error: "unknown_method" })))(args);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
    events.emit("call", call);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const callsTo = (method: string) => calls.filter((c) => c.method === method);
  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    callsTo,
    zones,
    locales,
    waitFor(method, match = () => true) {
      return new Promise((resolve) => {
        const check = () => {
          const found = callsTo(method).find((c) => match(c.args));
          if (!found) return false;
          events.off("call", check);
          resolve(found);
          return true;
        };
        if (!check()) events.on("call", check);
      });
    },
    once(method, reply) {
      overrides.set(method, [...(overrides.get(method) ?? []), reply]);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const SIGNING_SECRET = "test-signing-secret-0123456789";

/** Slack's request signature: v0= HMAC-SHA256 of "v0:timestamp:body" with the signing secret. */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): Record<string, string> {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature };
}

export type SendOptions = { timestamp?: number; secret?: string; retryNum?: number; signature?: string };

/** Posts a signed request to our endpoint: JSON for events, a form for commands and `payload=` for interactions. */
export async function send(url: string, body: string, contentType: string, options: SendOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { "content-type": contentType, ...sign(body, timestamp, options.secret) };
  if (options.signature) headers["x-slack-signature"] = options.signature;
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return fetch(url, { method: "POST", headers, body });
}

let eventCounter = 0;

/** An Events API envelope around an event, with a fresh event_id unless one is given. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${++eventCounter}${Date.now()}`): string {
  return JSON.stringify({
    token: "legacy",
    team_id: TEAM,
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM, user_id: BOT_USER, is_bot: true }],
    event: { event_ts: event.ts, ...event },
  });
}

export const sendEvent = (url: string, event: Record<string, unknown>, options: SendOptions & { eventId?: string } = {}) =>
  send(url, eventEnvelope(event, options.eventId), "application/json", options);

export const sendCommand = (url: string, fields: Record<string, string>, options: SendOptions = {}) =>
  send(url, new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded", options);

export const sendInteraction = (url: string, payload: Record<string, unknown>, options: SendOptions = {}) =>
  send(url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded", options);
