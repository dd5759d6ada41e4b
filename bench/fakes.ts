// Local fakes of the platforms for the benchmarks and the load test, on 127.0.0.1: the Slack Web API (answers
// every method the bot calls, counts them, and hands each call to a listener) and the Bot Connector (takes
// every activity the bot posts). Small and fast: they must not be what a benchmark measures.
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeCall = { method: string; args: Record<string, unknown> };

export type Fake = {
  url: string;
  /** Calls (or posts) per method. */
  counts: Map<string, number>;
  /** Called for every call, once its reply is sent. */
  onCall?: (call: FakeCall) => void;
  close(): Promise<void>;
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseArgs(body: string, type: string | undefined): Record<string, unknown> {
  if (!body) return {};
  if (type?.includes("json")) return JSON.parse(body) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(body)) args[k] = v;
  return args;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function fake(server: Server, url: string, counts: Map<string, number>, self: { onCall?: (call: FakeCall) => void }): Fake {
  return Object.assign(self, {
    url,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  }) as Fake;
}

/** The Slack Web API at `${url}/api/`. */
export async function startFakeSlackApi(): Promise<Fake> {
  const counts = new Map<string, number>();
  const self: { onCall?: (call: FakeCall) => void } = {};
  let ts = 1_700_000_000;
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0]!;
    counts.set(method, (counts.get(method) ?? 0) + 1);
    const args = self.onCall ? parseArgs(body, req.headers["content-type"]) : {};
    const reply =
      method === "auth.test"
        ? { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", user: "vacancy-bot" }
        : method === "users.info"
          ? { ok: true, user: { id: "U", tz: "Europe/Brussels" } }
          : method === "conversations.open"
            ? { ok: true, channel: { id: "DBENCH" } }
            : { ok: true, ts: `${ts++}.000100` };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
    self.onCall?.({ method, args });
  });
  server.keepAliveTimeout = 60_000;
  return fake(server, await listen(server), counts, self);
}

/** The Bot Connector: POST /v3/conversations/{id}/activities[/{replyTo}]. */
export async function startFakeConnector(): Promise<Fake> {
  const counts = new Map<string, number>();
  const self: { onCall?: (call: FakeCall) => void } = {};
  let n = 0;
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    counts.set("activities", (counts.get("activities") ?? 0) + 1);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `reply-${++n}` }));
    if (self.onCall) self.onCall({ method: "activities", args: JSON.parse(body) as Record<string, unknown> });
  });
  server.keepAliveTimeout = 60_000;
  return fake(server, await listen(server), counts, self);
}

export const SIGNING_SECRET = "bench-signing-secret-0123456789";

/** Slack's request signature headers for a body. */
export function slackSignature(body: string, secret = SIGNING_SECRET): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000);
  return {
    "x-slack-request-timestamp": String(ts),
    "x-slack-signature": `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`,
  };
}

let events = 0;

/** An Events API envelope around an event, with a fresh event_id. */
export function slackEnvelope(event: Record<string, unknown>): string {
  return JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: `Ev${process.pid}x${++events}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    event: { event_ts: event.ts, ...event },
  });
}
