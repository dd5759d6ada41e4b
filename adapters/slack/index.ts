// The Slack channel's composition root: config in, a Bolt app with its receiver and listeners out.
// The server mounts `handle` at POST /slack/events (HTTP mode) or calls `start()` (Socket Mode).
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import { App, AuthorizationError, HTTPReceiver, SocketModeReceiver, verifySlackRequest, webApi } from "@slack/bolt";
import { pino, type Logger } from "pino";
import { ConfigError, type ChannelBot } from "../../src/index.js";
import type { RateLimiter } from "../server/rate-limit.js";
import { sharedEventDeduper, SLACK_CLAIM_MS, type SharedKeys } from "../server/shared-state.js";
import type { SlackConfig } from "./config.js";
import { createEventDeduper, createReplayGuard, type ReplayGuard } from "./dedupe.js";
import { registerListeners } from "./listeners.js";
import { boltLogger } from "./logger.js";
import { createZoneCache } from "./zones.js";

export { readSlackConfig, type SlackConfig } from "./config.js";
export { renderAnswer, type SlackMessage } from "./blocks.js";
export { escapeMrkdwn, plainText } from "./mrkdwn.js";

/** The path Slack posts events, commands and interactions to in HTTP mode. */
export const SLACK_EVENTS_PATH = "/slack/events";

export type SlackChannel = {
  mode: "http" | "socket";
  /** For mode "http": handles POST /slack/events on the shared node:http server (the server routes that path here). */
  handle?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Socket Mode connects here; HTTP mode has nothing to start. */
  start(): Promise<void>;
  stop(): Promise<void>;
};

export type SlackChannelOptions = {
  bot: ChannelBot;
  config: SlackConfig;
  logger?: Logger;
  /** The clock for answers and the App Home countdown; default the real one. */
  now?: () => Date;
  /** Per-user limit on questions and clicks; default none. */
  limiter?: RateLimiter;
  /** Largest request body in HTTP mode, in bytes. Default 1 MiB (Slack's payloads are a few KB). */
  bodyLimit?: number;
  /** State shared with other instances (REDIS_URL): event ids and signed requests are claimed there too. */
  shared?: SharedKeys;
};

/** Payload types Slack posts to the Request URL; any other body is a 400 before Bolt sees it. */
const SLACK_TYPES = new Set([
  "event_callback",
  "url_verification",
  "block_actions",
  "block_suggestion",
  "view_submission",
  "view_closed",
  "shortcut",
  "message_action",
  "interactive_message",
]);

type Buffered = IncomingMessage & { rawBody?: Buffer; reqId?: string };

/** How far a request's timestamp may be from our clock, either way (Slack's own rule is 5 minutes behind). */
const SIGNATURE_WINDOW_S = 5 * 60;

type Verdict = { ok: true } | { ok: false; status: 401; reason: string } | { ok: false; status: 200; replay: true };

/**
 * Slack's signature header exactly: "v0=" and 64 lower-case hex digits. Bolt's verifier compares only what follows
 * the first "=", so "<signature>=1" would verify as well and, as a different header, pass a replay guard keyed on it.
 */
const SIGNATURE = /^v0=([0-9a-f]{64})$/;

/**
 * Checks a body's signature before anything reads it: the header in Slack's exact shape, the timestamp within
 * 5 minutes of our clock (behind or ahead), the HMAC right, and this signature and timestamp not seen before (a
 * replay of a signed request, keyed on the timestamp and the HMAC's digits only).
 */
function verifyBody(text: string, req: IncomingMessage, signingSecret: string, replays: ReplayGuard, nowMs: number): Verdict {
  const timestamp = Number(req.headers["x-slack-request-timestamp"]);
  const signature = String(req.headers["x-slack-signature"] ?? "");
  if (!Number.isSafeInteger(timestamp)) return { ok: false, status: 401, reason: "no timestamp" };
  const digits = SIGNATURE.exec(signature)?.[1];
  if (!digits) return { ok: false, status: 401, reason: "signature not of the form v0=<64 hex digits>" };
  if (Math.abs(nowMs / 1000 - timestamp) > SIGNATURE_WINDOW_S) return { ok: false, status: 401, reason: "timestamp more than 5 minutes from now" };
  try {
    verifySlackRequest({ signingSecret, body: text, headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp }, nowMilliseconds: nowMs });
  } catch {
    return { ok: false, status: 401, reason: "signature mismatch" };
  }
  if (!replays.first(`${timestamp}:${digits}`, (timestamp + SIGNATURE_WINDOW_S) * 1000)) return { ok: false, status: 200, replay: true };
  return { ok: true };
}

/**
 * Reads the body (at most `limit` bytes) and checks it has the shape of a Slack payload, so that Bolt only ever
 * sees one: JSON with a known `type`, or a form with a `command`, a JSON `payload` or `ssl_check`. The body is
 * kept on the request as Bolt's own reader leaves it (`rawBody`), so the signature is checked on the same bytes.
 */
async function readSlackBody(
  req: Buffered,
  limit: number,
  verify: (text: string) => Verdict,
): Promise<{ ok: true } | { ok: false; status: 400 | 411 | 413 } | { ok: false; status: 200; rateLimited: true } | Exclude<Verdict, { ok: true }>> {
  const declared = req.headers["content-length"];
  if (declared === undefined) return { ok: false, status: 411 };
  if (Number(declared) > limit) return { ok: false, status: 413 };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return { ok: false, status: 413 };
    chunks.push(chunk);
  }
  req.rawBody = Buffer.concat(chunks);
  const text = req.rawBody.toString("utf8");
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  // An event envelope without an event would wait for an ack that never comes; it is refused here instead.
  const known = (v: unknown) =>
    isObject(v) && typeof v.type === "string" && SLACK_TYPES.has(v.type) && (v.type !== "event_callback" || (isObject(v.event) && typeof v.event.type === "string"));
  // "application/x-www-form-urlencoded; charset=utf-8" is a form too; Bolt compares the header whole, so it gets the bare type.
  const media = String(req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  const isForm = media === "application/x-www-form-urlencoded";
  if (isForm) req.headers["content-type"] = media;
  // Slack's SSL check is unsigned; Bolt answers it and drops anything else in the body.
  if (isForm && parseQuery(text).ssl_check === "1") return { ok: true };
  const verdict = verify(text);
  if (!verdict.ok) return verdict;
  try {
    if (isForm) {
      const form = parseQuery(text);
      if (typeof form.command === "string") return { ok: true };
      return typeof form.payload === "string" && known(JSON.parse(form.payload)) ? { ok: true } : { ok: false, status: 400 };
    }
    const body: unknown = JSON.parse(text);
    // Slack tells us it dropped events because the app answered too slowly; Bolt has no listener for it.
    if (isObject(body) && body.type === "app_rate_limited") return { ok: false, status: 200, rateLimited: true };
    return known(body) ? { ok: true } : { ok: false, status: 400 };
  } catch {
    return { ok: false, status: 400 };
  }
}

/**
 * Builds the Slack channel: checks the bot token with `auth.test` (a rejected token, or an API that cannot be
 * reached, stops start-up with a ConfigError naming the variable), then wires the listeners to an HTTP or
 * Socket Mode receiver.
 *
 * @example
 * const slack = await createSlackChannel({ bot, config: readSlackConfig(process.env)! });
 * if (slack.handle) server.on("request", (req, res) => req.url?.startsWith("/slack/events") && slack.handle!(req, res));
 * await slack.start();
 */
export async function createSlackChannel({ bot, config, logger: given, now = () => new Date(), limiter, bodyLimit = 1024 * 1024, shared }: SlackChannelOptions): Promise<SlackChannel> {
  const logger = (given ?? pino({ level: "warn" })).child({ channel: "slack" });
  const log = boltLogger(logger);
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: config.apiUrl,
    // An answer that arrives half an hour late helps nobody: give up after five minutes.
    retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
  };

  // Check the token once, quickly, so a wrong one stops start-up instead of failing every answer later.
  const auth = await new webApi.WebClient(config.botToken, { ...clientOptions, logger: log, retryConfig: { retries: 1 } }).auth.test().catch((error: unknown) => {
    const code = (error as { data?: { error?: string } }).data?.error;
    throw code
      ? new ConfigError(`SLACK_BOT_TOKEN was not accepted by the Slack API at ${config.apiUrl} (${code})`)
      : new ConfigError(`SLACK_API_URL: could not reach the Slack API at ${config.apiUrl} (${(error as Error).message})`);
  });

  const receiver =
    config.mode === "socket"
      ? new SocketModeReceiver({ appToken: config.appToken!, logger: log, installerOptions: { clientOptions } })
      : new HTTPReceiver({
          signingSecret: config.signingSecret!,
          endpoints: SLACK_EVENTS_PATH,
          logger: log,
          bodyLimit,
          // The server's request id, so the payload's log line and the request's share it.
          customPropertiesExtractor: (req) => ({ reqId: (req as Buffered).reqId }),
          // A signed payload Bolt cannot process is the sender's fault: 400, never 500.
          processEventErrorHandler: async ({ error, response }) => {
            if (response.headersSent) {
              logger.error({ err: error, code: "slack_after_ack" }, "slack: a payload failed after it was acked");
              return false;
            }
            const status = error instanceof AuthorizationError ? 401 : 400;
            logger.warn({ code: "slack_unprocessable", status, error: (error as Error).message }, "slack: a payload could not be processed");
            response.writeHead(status).end();
            return false;
          },
        });
  const app = new App({
    token: config.botToken,
    botId: auth.bot_id,
    botUserId: auth.user_id,
    receiver,
    logger: log,
    clientOptions,
    convoStore: false,
  });
  // A Socket Mode payload has no HTTP request, so no request id: it gets one of its own.
  if (config.mode === "socket") app.use(async ({ context, next }) => {
    context.reqId ??= randomUUID();
    await next();
  });

  const replays = createReplayGuard();
  registerListeners(app, {
    bot,
    logger,
    now,
    zones: createZoneCache({ client: app.client, logger }),
    deduper: shared ? sharedEventDeduper(createEventDeduper(), shared) : createEventDeduper(),
    limiter,
  });

  if (config.mode === "socket") {
    return {
      mode: "socket",
      start: async () => {
        await app.start();
        logger.info("slack: connected in Socket Mode");
      },
      stop: () => app.stop() as Promise<void>,
    };
  }

  const http = receiver as HTTPReceiver;
  return {
    mode: "http",
    async handle(req: Buffered, res) {
      try {
        if (req.method === "POST" && req.url?.split("?")[0] === SLACK_EVENTS_PATH) {
          const read = await readSlackBody(req, bodyLimit, (text) => verifyBody(text, req, config.signingSecret!, replays, Date.now()));
          if (!read.ok && "replay" in read) {
            logger.warn({ code: "slack_replay" }, "slack: a signed request came again with the same signature and timestamp; acked, not acted on");
            res.writeHead(200).end();
            return;
          }
          if (!read.ok && "reason" in read) {
            logger.warn({ code: "slack_bad_signature", reason: read.reason }, "slack: refused a request that is not signed by Slack");
            res.writeHead(401, { "content-type": "text/plain; charset=utf-8" }).end("invalid signature");
            return;
          }
          if (!read.ok && "rateLimited" in read) {
            logger.warn({ code: "slack_app_rate_limited" }, "slack: Slack says it is holding back events (app_rate_limited)");
            res.writeHead(200).end();
            return;
          }
          if (!read.ok) {
            res.writeHead(read.status, { "content-type": "text/plain; charset=utf-8", ...(read.status === 400 ? {} : { connection: "close" }) });
            res.end(read.status === 400 ? "not a Slack payload" : read.status === 411 ? "content-length required" : `body over ${bodyLimit} bytes`);
            return;
          }
          // Another instance may have had the same signed request (a replay sent to it): claimed where all see it.
          const signed = `${String(req.headers["x-slack-request-timestamp"])}:${String(req.headers["x-slack-signature"]).replace(/^v0=/, "").slice(0, 64)}`;
          if (shared && !(await shared.claim(`slack:signed:${signed}`, SLACK_CLAIM_MS))) {
            logger.warn({ code: "slack_replay" }, "slack: a signed request came again with the same signature and timestamp; acked, not acted on");
            res.writeHead(200).end();
            return;
          }
          req.reqId = String(res.getHeader("x-request-id") ?? randomUUID());
        }
        http.requestListener(req, res);
      } catch (error) {
        // Only POST /slack/events is Slack's; anything else routed here is not found.
        logger.debug({ err: error, url: req.url, method: req.method }, "slack: request not for the Slack receiver");
        if (!res.headersSent) res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      }
    },
    start: async () => {},
    stop: async () => {},
  };
}
