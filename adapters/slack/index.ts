// The Slack channel's composition root: config in, a Bolt app with its receiver and listeners out.
// The server mounts `handle` at POST /slack/events (HTTP mode) or calls `start()` (Socket Mode).
import type { IncomingMessage, ServerResponse } from "node:http";
import { App, HTTPReceiver, SocketModeReceiver, webApi } from "@slack/bolt";
import { pino, type Logger } from "pino";
import { ConfigError, type Bot } from "../../src/index.js";
import type { SlackConfig } from "./config.js";
import { createEventDeduper } from "./dedupe.js";
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
  handle?: (req: IncomingMessage, res: ServerResponse) => void;
  /** Socket Mode connects here; HTTP mode has nothing to start. */
  start(): Promise<void>;
  stop(): Promise<void>;
};

export type SlackChannelOptions = {
  bot: Bot;
  config: SlackConfig;
  logger?: Logger;
  /** The clock for answers and the App Home countdown; default the real one. */
  now?: () => Date;
};

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
export async function createSlackChannel({ bot, config, logger: given, now = () => new Date() }: SlackChannelOptions): Promise<SlackChannel> {
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
      : new HTTPReceiver({ signingSecret: config.signingSecret!, endpoints: SLACK_EVENTS_PATH, logger: log });
  const app = new App({
    token: config.botToken,
    botId: auth.bot_id,
    botUserId: auth.user_id,
    receiver,
    logger: log,
    clientOptions,
    convoStore: false,
  });

  registerListeners(app, {
    bot,
    logger,
    now,
    zones: createZoneCache({ client: app.client, logger }),
    deduper: createEventDeduper(),
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
    handle(req, res) {
      try {
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
