// The Microsoft Teams channel's composition root: config in, a node:http handler for POST /api/messages out.
// Everything Bot Framework-specific stays in this folder; the server only sees `handle`.
import type { IncomingMessage, ServerResponse } from "node:http";
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from "botbuilder";
import { pino, type Logger } from "pino";
import type { ChannelBot } from "../../src/index.js";
import type { SharedKeys } from "../server/shared-state.js";
import type { RateLimiter } from "../server/rate-limit.js";
import { activityProblem } from "./activity.js";
import { isServiceUrlAllowed, type TeamsConfig } from "./config.js";
import { VacancyTeamsHandler } from "./handler.js";
import { authFailure, readJsonBody, reply, responseShim } from "./http.js";

export { activityProblem } from "./activity.js";
export { readTeamsConfig, type TeamsConfig } from "./config.js";

export type TeamsChannel = {
  /** True when requests must carry a valid Bot Framework token (a MicrosoftAppId is configured). */
  authenticated: boolean;
  /** Handles POST /api/messages on the shared node:http server (the server routes that path here). */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
};

export type TeamsChannelOptions = {
  bot: ChannelBot;
  config: TeamsConfig;
  /** Default: silent. */
  logger?: Logger;
  /** The clock for countdowns and answers; default the real one. */
  clock?: () => Date;
  /** Per-user limit on messages and card clicks; default none. */
  limiter?: RateLimiter;
  /** State shared with other instances (REDIS_URL): who was welcomed, which follow-ups a card had asked. */
  shared?: SharedKeys;
};

const LOOPBACK_ADDRESS = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

/**
 * True when a request reached this server over the loopback interface and names no proxy: only then is the
 * unauthenticated endpoint served (unless TEAMS_ALLOW_UNAUTHENTICATED). A reverse proxy on this machine
 * forwards other machines' requests over loopback, and says so in X-Forwarded-For or Forwarded.
 */
export function isLoopbackRequest(req: Pick<IncomingMessage, "socket" | "headers">): boolean {
  return LOOPBACK_ADDRESS.test(req.socket.localAddress ?? "") && req.headers["x-forwarded-for"] === undefined && req.headers.forwarded === undefined;
}

/** What a user reads when a turn fails; the details go to the log only. */
export const TURN_ERROR_REPLY = "Sorry, something went wrong on my side. Please try again in a moment.";

/**
 * Creates the Teams channel: botbuilder's CloudAdapter with the configured credentials and the activity handler.
 *
 * @example
 * const teams = createTeamsChannel({ bot, config: readTeamsConfig(process.env), logger });
 * http.createServer((req, res) => req.url === "/api/messages" ? teams.handle(req, res) : …);
 * // POST /api/messages with a message activity → 200, and the answer card posted to the activity's serviceUrl
 */
export function createTeamsChannel(options: TeamsChannelOptions): TeamsChannel {
  const logger = options.logger ?? pino({ level: "silent" });
  const { config } = options;
  const authenticated = Boolean(config.MicrosoftAppId);
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? "",
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? "",
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? "",
    // Another key service (a sovereign cloud, a test) makes botbuilder take every setting from here, not its defaults:
    // the public cloud's values, with the key service replaced.
    ...(config.ToBotFromChannelOpenIdMetadataUrl
      ? {
          ToBotFromChannelOpenIdMetadataUrl: config.ToBotFromChannelOpenIdMetadataUrl,
          ToBotFromChannelTokenIssuer: "https://api.botframework.com",
          ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
          ToChannelFromBotOAuthScope: "https://api.botframework.com",
          OAuthUrl: "https://api.botframework.com",
          ToBotFromEmulatorOpenIdMetadataUrl: "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
          ValidateAuthority: true,
          CallerId: "urn:botframework:azure",
        }
      : {}),
  } satisfies ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    logger.error(
      // No conversation or user id: in a personal chat the conversation id names the user.
      { code: "teams_turn_failed", err: error, activityType: context.activity.type },
      "teams: a turn failed",
    );
    try {
      await context.sendActivity(TURN_ERROR_REPLY);
    } catch (sendError) {
      logger.error({ code: "teams_send_failed", err: sendError }, "teams: could not tell the user a turn failed");
    }
  };
  const handler = new VacancyTeamsHandler({ bot: options.bot, logger, clock: options.clock ?? (() => new Date()), limiter: options.limiter, ...(options.shared ? { shared: options.shared } : {}) });

  if (authenticated) {
    logger.info({ appType: config.MicrosoftAppType }, "teams: /api/messages accepts Bot Framework requests for app %s", config.MicrosoftAppId);
  } else {
    logger.warn("teams: no MicrosoftAppId, so /api/messages runs unauthenticated, for local use only (Bot Framework Emulator, tests)");
  }

  return {
    authenticated,
    async handle(req, res) {
      if (req.method !== "POST") return reply(res, 405, "POST only", { allow: "POST" });
      if (!authenticated && !config.TEAMS_ALLOW_UNAUTHENTICATED && !isLoopbackRequest(req)) {
        // Nothing of the body is read: without an app id anyone could post here, and a Slack-only set-up listens everywhere.
        logger.warn({ code: "teams_unauthenticated_remote" }, "teams: refused a request from beyond loopback: without MicrosoftAppId, /api/messages is for this machine only");
        req.resume();
        return reply(res, 403, "Teams is not configured on this server (no MicrosoftAppId); the unauthenticated endpoint answers this machine only", { connection: "close" });
      }
      const body = await readJsonBody(req);
      if (!body.ok) return reply(res, body.status, body.message);
      const problem = activityProblem(body.body);
      if (problem) {
        logger.warn({ code: "teams_bad_activity", problem }, "teams: refused a body that is not a Bot Framework activity");
        return reply(res, 400, `not a Bot Framework activity: ${problem}`);
      }
      if (!isServiceUrlAllowed(String(body.body.serviceUrl), config)) {
        logger.warn({ code: "teams_service_url_refused" }, "teams: refused an unauthenticated activity whose serviceUrl is not allowed (TEAMS_ALLOWED_SERVICE_URLS, or a loopback root URL)");
        return reply(res, 403, "serviceUrl not allowed: without MicrosoftAppId the bot answers only the serviceUrls in TEAMS_ALLOWED_SERVICE_URLS or, when none are set, a loopback root URL such as the Emulator's");
      }
      if (authenticated) {
        // The token is checked here first, so every failure is a fixed 401 (or 503 when the keys cannot be fetched),
        // never botbuilder's 500 with its message; the reason goes to the log.
        try {
          await auth.authenticateRequest(body.body as Partial<Activity> as Activity, String(req.headers.authorization ?? ""));
        } catch (error) {
          const failure = authFailure(error);
          logger.warn({ code: "teams_auth_failed", status: failure.status, reason: (error as Error).message }, "teams: a request failed authentication");
          return reply(res, failure.status, failure.body, failure.status === 503 ? { "retry-after": "30" } : { "www-authenticate": "Bearer" });
        }
      }
      try {
        await adapter.process({ method: req.method, headers: req.headers, body: body.body }, responseShim(res), (context) => handler.run(context));
      } catch (err) {
        // botbuilder checks the activity's shape with zod and throws when it does not fit: the sender's fault.
        if ((err as Error).name === "ZodError") return reply(res, 400, "not a Bot Framework activity");
        logger.error({ code: "teams_request_failed", err }, "teams: a request failed");
        reply(res, 500, "internal error");
      }
    },
  };
}
