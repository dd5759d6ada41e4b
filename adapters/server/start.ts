// The composition root as a function: config read once, knowledge loaded, the bot, the review store and
// every configured channel built, and the one HTTP server listening. main.ts calls it with process.env;
// tests call it with their own environment, clock and logger.
import { randomBytes } from "node:crypto";
import { relative } from "node:path";
import { pino, type Logger } from "pino";
import { ConfigError, defaultCacheDir, defaultKnowledgeDir, referenceWords, whenDetectorReady, type ChannelBot } from "../../src/index.js";
import { goldenFileOf } from "../../src/index.js";
import { createPgGolden, createPgReview, createSqliteGolden, createSqliteReview, type GoldenStore, type ReviewStore } from "../../src/index.js";
import { createHrPages } from "../hr/pages.js";
import { createSlackChannel, readSlackConfig, SLACK_EVENTS_PATH, type SlackChannel } from "../slack/index.js";
import { createTeamsChannel, readTeamsConfig } from "../teams/index.js";
import { createWebChat } from "../web/chat.js";
import { createApp, type App } from "./app.js";
import { readServerConfig, type ServerConfig } from "./config.js";
import { HttpError, type Route } from "./http.js";
import { createLiveKnowledge, type LiveKnowledge, type ReloadResult } from "./live-knowledge.js";
import { createRateLimiter, createSharedRateLimiter, type Limits } from "./rate-limit.js";
import { connectRedisState, createMemoryState, type Health, type SharedState } from "./shared-state.js";
import { createSitePages } from "./site.js";

export type StartOptions = {
  env: NodeJS.ProcessEnv;
  /** The clock every answer is computed at; default the real one. */
  clock?: () => Date;
  /** Default: pino at LOG_LEVEL on stdout. */
  logger?: Logger;
};

export type Running = {
  url: string;
  app: App;
  bot: ChannelBot;
  /** Conversations, answer ids, claims: this process's memory, or Redis (REDIS_URL). */
  state: SharedState;
  /** "ok", or "degraded" with the reason (a store lost: answers go on from this process). */
  health(): Health;
  review: ReviewStore;
  config: ServerConfig;
  /** What runs, for the start-up line: e.g. ["web chat at /", "Teams at /api/messages (unauthenticated)"]. */
  channels: string[];
  /** The start-up line a person reads. */
  banner: string;
  /** Loads the knowledge folder again (as SIGHUP does); an invalid one is refused and the old one kept. */
  reload(reason?: string): ReloadResult;
  /** The rate limits every channel shares. */
  limits: Limits;
  /** The server's log. */
  logger: Logger;
  /** Graceful stop: no new requests, those in flight finish, channels and the database close. */
  stop(graceMs?: number): Promise<void>;
};

/** Largest body the platform endpoints accept; their own handlers read it. */
const PLATFORM_BODY_LIMIT = 1024 * 1024;
const PURGE_EVERY_MS = 3_600_000;

function limited(handle: Route["handle"]): Route["handle"] {
  return (req, res, ctx) => {
    if (Number(req.headers["content-length"] ?? 0) > PLATFORM_BODY_LIMIT) throw new HttpError(413, `body over ${PLATFORM_BODY_LIMIT} bytes`);
    return handle(req, res, ctx);
  };
}

function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

/** Starts the server; a KnowledgeError or ConfigError means nothing was started. */
export async function startServer(options: StartOptions): Promise<Running> {
  const clock = options.clock ?? (() => new Date());
  // Every variable is read and checked before anything is built, so one bad value is one message.
  const config = readServerConfig(options.env);
  const slackConfig = readSlackConfig(options.env);
  const teamsConfig = readTeamsConfig(options.env);
  const logger = options.logger ?? pino({ level: config.LOG_LEVEL });

  // Names a person introduces are masked, but not the countries, demonyms and languages of the reference data.
  let live: LiveKnowledge | undefined;
  let notNames: { of: unknown; words: ReadonlySet<string> } | undefined;
  const wordsNotNames = () => {
    const knowledge = live?.knowledge();
    if (!knowledge) return new Set<string>();
    if (notNames?.of !== knowledge) notNames = { of: knowledge, words: referenceWords(knowledge.reference) };
    return notNames.words;
  };
  // The shared state first: an unreachable REDIS_URL stops start-up before anything else is built.
  const state = config.REDIS_URL ? await connectRedisState(config.REDIS_URL, { logger, timeoutMs: config.STORE_TIMEOUT_MS }) : createMemoryState();
  // The notice's own addresses: the bot quotes them, so HR's review shows them as they are.
  let addresses: { of: unknown; set: ReadonlySet<string> } | undefined;
  const noticeAddresses = () => {
    const current = live?.notice();
    if (!current) return new Set<string>();
    if (addresses?.of !== current) addresses = { of: current, set: new Set(current.sections.flatMap((s) => s.paragraphs.join("\n").match(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu) ?? []).map((a) => a.toLowerCase())) };
    return addresses.set;
  };
  let review: ReviewStore;
  try {
    // What both stores keep and for how long: the same caps, clock and masking whichever holds the review.
    const kept = {
      retentionDays: config.REVIEW_RETENTION_DAYS,
      maxRows: config.REVIEW_MAX_ROWS,
      maxBytes: Math.round(config.REVIEW_MAX_MB * 1024 * 1024),
      clock,
      log: logger,
      notNames: wordsNotNames,
      keepAddresses: noticeAddresses,
    };
    review = config.DATABASE_URL
      ? await createPgReview({ url: config.DATABASE_URL, ...kept })
      : createSqliteReview({ file: config.REVIEW_DB, ...kept });
  } catch (e) {
    await state.close();
    if (config.DATABASE_URL) throw e;
    throw new ConfigError(`REVIEW_DB cannot be used: ${(e as Error).message.replace(/^config: review: /, "")}`);
  }
  // HR's golden questions are kept where the review is (docs/hr.md): with DATABASE_URL, every instance's audit
  // runs the same ones; beside the shipped golden file, which the server never writes.
  let golden: GoldenStore;
  try {
    golden = config.DATABASE_URL ? await createPgGolden({ url: config.DATABASE_URL }) : createSqliteGolden({ file: config.REVIEW_DB });
  } catch (e) {
    await review.close();
    await state.close();
    throw e;
  }
  // HR's questions go through a bot of their own, so the audit and the try box never land in the review.
  try {
    live = createLiveKnowledge({ dir: config.KNOWLEDGE_DIR ?? defaultKnowledgeDir, noticeId: config.NOTICE, review, clock, logger, stores: state });
  } catch (e) {
    await golden.close();
    await review.close();
    await state.close();
    throw e;
  }
  const { hrBot } = live;
  const bot = afterDetector(live.bot);
  const knowledgeNow = live;
  const stores = [state.kind === "redis" ? "conversations in Redis" : "conversations in memory", `review in ${review.kind ?? "SQLite"}`];
  const notice = knowledgeNow.notice();
  const purged = await review.purge();
  // Every instance purges: a delete by age is the same whoever runs it, and the caps are held at each write.
  const purger = setInterval(() => void Promise.resolve(review.purge()).catch(() => {}), PURGE_EVERY_MS).unref();
  const limits: Limits = state.client
    ? {
        user: createSharedRateLimiter({ perMinute: config.RATE_LIMIT_PER_USER, client: state.client, name: "user", timeoutMs: config.STORE_TIMEOUT_MS }),
        address: createSharedRateLimiter({ perMinute: config.RATE_LIMIT_PER_ADDRESS, client: state.client, name: "address", timeoutMs: config.STORE_TIMEOUT_MS }),
      }
    : {
        user: createRateLimiter({ perMinute: config.RATE_LIMIT_PER_USER }),
        address: createRateLimiter({ perMinute: config.RATE_LIMIT_PER_ADDRESS }),
      };
  // A reload (SIGHUP, the watcher) on one instance reaches every instance sharing the state.
  const instance = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  await state.subscribe("knowledge-reload", (message) => {
    const [from, ...reason] = message.split(" ");
    if (from !== instance) knowledgeNow.reload(`another instance reloaded: ${reason.join(" ")}`);
  });
  const reloadEverywhere = (reason: string) => {
    const result = knowledgeNow.reload(reason);
    if (result.ok && state.kind === "redis") void state.publish("knowledge-reload", `${instance} ${reason}`);
    return result;
  };

  let slack: SlackChannel | undefined;
  try {
    slack = slackConfig ? await createSlackChannel({ bot, config: slackConfig, logger, now: clock, limiter: limits.user, bodyLimit: PLATFORM_BODY_LIMIT, ...(state.kind === "redis" ? { shared: state } : {}) }) : undefined;
  } catch (e) {
    await golden.close();
    await review.close();
    await state.close();
    clearInterval(purger);
    throw e;
  }
  const teams = createTeamsChannel({ bot, config: teamsConfig, logger, clock, limiter: limits.user, ...(state.kind === "redis" ? { shared: state } : {}) });
  // Several instances sign the web chat's session ids with one key, kept in the shared state: a cookie issued by one
  // instance is taken by every other.
  const sessionSecret = state.kind === "redis" ? await sharedSessionSecret(state) : undefined;
  const web = createWebChat({ bot, clock, limits, ...(sessionSecret ? { sessionSecret } : {}) });
  const goldenFile = goldenFileOf(knowledgeNow.knowledge(), notice.id);
  const hr = createHrPages({ token: config.HR_TOKEN, bot: hrBot, notice: knowledgeNow.notice, goldenFile, goldenLabel: show(goldenFile), review, golden, clock, ...(state.kind === "redis" ? { shared: state } : {}) });

  const routes: Route[] = [
    // The Slack channel reads and bounds its own body (it needs the exact bytes for the signature).
    ...(slack?.handle ? [{ method: "POST" as const, path: SLACK_EVENTS_PATH, handle: slack.handle }] : []),
    { method: "POST", path: "/api/messages", handle: limited((req, res) => teams.handle(req, res)) },
    ...web.routes,
    ...hr.routes,
    ...createSitePages({ notice: knowledgeNow.notice, retentionDays: config.REVIEW_RETENTION_DAYS, maxReviewRows: config.REVIEW_MAX_ROWS }).routes,
  ];
  const app = createApp({
    routes,
    logger,
    trustProxy: config.TRUST_PROXY,
    maxConnectionsPerAddress: config.MAX_CONNECTIONS_PER_ADDRESS ?? (config.TRUST_PROXY ? 0 : 256),
    health: () => {
      const health = state.health();
      return { notice: knowledgeNow.notice().id, stores: stores.join(", "), ...(health.status === "degraded" ? health : {}) };
    },
  });
  // Without credentials the server is for trying the bot out: it stays on this machine unless HOST opens it.
  const credentialed = Boolean(slack) || teams.authenticated;
  const host = config.HOST ?? (credentialed ? undefined : "127.0.0.1");
  let url: string;
  try {
    url = await app.listen(config.PORT, host);
    // The language detectors load now that the server listens (the first answers wait for them).
    void whenDetectorReady({ cacheDir: defaultCacheDir() }).catch((err: unknown) => logger.error({ err }, "the language detector cannot be loaded"));
    await slack?.start();
  } catch (e) {
    clearInterval(purger);
    await app.stop(0);
    await slack?.stop().catch(() => {});
    await golden.close();
    await review.close();
    await state.close();
    throw e;
  }

  const channels = [
    "web chat at /",
    config.HR_TOKEN ? "HR pages at /hr" : "HR pages off (set HR_TOKEN)",
    ...(slack ? [slack.mode === "socket" ? "Slack (Socket Mode)" : `Slack at ${SLACK_EVENTS_PATH}`] : []),
    teams.authenticated
      ? "Teams at /api/messages"
      : teamsConfig.TEAMS_ALLOW_UNAUTHENTICATED
        ? "Teams at /api/messages unauthenticated and open to the network (TEAMS_ALLOW_UNAUTHENTICATED: Bot Framework Emulator only)"
        : "Teams at /api/messages unauthenticated, for this machine only (Bot Framework Emulator)",
  ];
  const credentials = credentialed ? "" : " · no Slack or Teams credentials: the web chat and HR pages run on their own";
  const listening = !host || host === "0.0.0.0" || host === "::" ? "listening on every interface" : host === "127.0.0.1" || host === "::1" || host === "localhost" ? `listening on ${host} only (set HOST to open it to the network)` : `listening on ${host}`;
  const banner = `vacancy-bot: ${url}/ answers about ${notice.id} · ${channels.join(", ")}${credentials} · ${stores.join(", ")} · ${listening}`;
  logger.info({ url, host: host ?? "every interface", notice: notice.id, channels, stores, reviewPurged: purged }, "listening");
  const unwatch = config.KNOWLEDGE_WATCH ? knowledgeNow.watch(reloadEverywhere) : () => {};

  let stopping: Promise<void> | undefined;
  return {
    url,
    app,
    bot,
    state,
    health: () => state.health(),
    review,
    config,
    channels,
    banner,
    limits,
    logger,
    reload: (reason = "reload") => reloadEverywhere(reason),
    stop(graceMs) {
      stopping ??= (async () => {
        logger.info("stopping: no new requests; finishing those in flight");
        clearInterval(purger);
        unwatch();
        await Promise.all([app.stop(graceMs), slack?.stop().catch((err: unknown) => logger.warn({ err }, "slack: stop failed"))]);
        await golden.close();
        await review.close();
        await state.close();
        logger.info("stopped");
      })();
      return stopping;
    },
  };
}

/**
 * The bot the channels answer with: each question waits for the language detectors, which load once the server
 * listens (not before: they are the largest part of a start-up), so the first answers read a message as every later
 * one does.
 */
function afterDetector(bot: ChannelBot): ChannelBot {
  const gated: ChannelBot = Object.create(bot) as ChannelBot;
  gated.ask = async (input) => {
    await whenDetectorReady();
    return bot.ask(input);
  };
  gated.checkEligibility = async (input) => {
    await whenDetectorReady();
    return bot.checkEligibility(input);
  };
  return gated;
}

/** The web chat's signing key, made once by the first instance and read by the others (SET NX, then GET). */
async function sharedSessionSecret(state: { claim(key: string, ttlMs: number): Promise<boolean>; getValue(key: string): Promise<string | undefined>; setValue(key: string, value: string, ttlMs: number): Promise<void> }): Promise<Buffer | undefined> {
  const key = "web:session-secret";
  const year = 365 * 86_400_000;
  if (await state.claim(`${key}:made`, year)) {
    const secret = randomBytes(32).toString("base64url");
    await state.setValue(key, secret, year);
    return Buffer.from(secret);
  }
  for (let tries = 0; tries < 40; tries++) {
    const secret = await state.getValue(key);
    if (secret) return Buffer.from(secret);
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}
