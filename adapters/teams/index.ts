// The Microsoft Teams channel's composition root: config in, a node:http handler for POST /api/messages out.
// Everything Bot Framework-specific stays in this folder; the server only sees `handle`.
import type { IncomingMessage, ServerResponse } from "node:http";
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from "botbuilder";
import { pino, type Logger } from "pino";
import type { ChannelBot } from "../../src/index.js";
import type { SharedKeys } from "../server/shared-state.js";
import type { RateLimiter } from "../server/rate-limit.js";
import { isServiceUrlAllowed, type TeamsConfig } from "./config.js";
import { VacancyTeamsHandler } from "./handler.js";
import { authFailure, readJsonBody, reply, responseShim } from "./http.js";

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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * What makes a body unusable as an activity before botbuilder sees it (it answers 500 for some of these):
 * a type, a conversation and, to answer at all, an http(s) serviceUrl. Undefined when it is usable.
 */
export function activityProblem(body: Record<string, unknown>): string | undefined {
  if (typeof body.type !== "string" || !body.type) return "no type";
  if (!isObject(body.conversation) || typeof body.conversation.id !== "string") return "no conversation id";
  for (const party of ["from", "recipient"] as const) if (body[party] !== undefined && !isObject(body[party])) return `${party} is not an object`;
  if (typeof body.serviceUrl !== "string" || !URL.canParse(body.serviceUrl) || !/^https?:$/.test(new URL(body.serviceUrl).protocol)) return "no http(s) serviceUrl";
  return undefined;
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
      const body = await readJsonBody(req);
      if (!body.ok) return reply(res, body.status, body.message);
      const problem = activityProblem(body.body);
      if (problem) return reply(res, 400, `not a Bot Framework activity: ${problem}`);
      if (!isServiceUrlAllowed(String(body.body.serviceUrl), config)) {
        logger.warn({ code: "teams_service_url_refused" }, "teams: refused an unauthenticated activity whose serviceUrl is not loopback nor in TEAMS_ALLOWED_SERVICE_URLS");
        return reply(res, 403, "serviceUrl not allowed: without MicrosoftAppId the bot answers only loopback serviceUrls (see TEAMS_ALLOWED_SERVICE_URLS)");
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
