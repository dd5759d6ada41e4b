// The server's own configuration, read once from the environment at start-up and validated with zod.
// The Slack and Teams channels read their own variables (adapters/slack, adapters/teams).
import { z } from "zod";
import { ConfigError } from "../../src/index.js";

// An unset variable and one set to "" (as .env.example leaves them) mean the same.
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const perMinute = (fallback: number) =>
  z.preprocess(blank, z.coerce.number("is not a number per minute").int("is not a whole number per minute").min(0, "is not a number per minute").default(fallback));
const flag = z.preprocess(blank, z.enum(["true", "false", "1", "0"], "must be true or false").default("false").transform((v) => v === "true" || v === "1"));

const serverEnv = z.object({
  /** Port of the one HTTP server. Default 3978 (Bot Framework's). */
  PORT: z.preprocess(blank, z.coerce.number("is not a port number").int("is not a port number").min(0, "is not a port number").max(65535, "is not a port number").default(3978)),
  /**
   * Interface to listen on. Default: with Slack or Teams credentials every interface (phones at an event reach it
   * over the network); without any, 127.0.0.1 (the server is then for trying the bot out on this machine).
   */
  HOST: optional(z.string().regex(/^[\w.:-]+$/, "is not a host name or address")),
  /** Which notice the channels answer about. */
  NOTICE: optional(z.string()),
  KNOWLEDGE_DIR: optional(z.string()),
  LOG_LEVEL: z.preprocess(blank, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], "must be fatal, error, warn, info, debug, trace or silent").default("info")),
  /** HR pages are off without it. */
  HR_TOKEN: optional(z.string().min(16, "must be at least 16 characters (it guards the HR pages)")),
  REVIEW_DB: z.preprocess(blank, z.string().default("data/review.sqlite")),
  /** Most rows the review keeps (one per distinct question); the least recently asked go first. */
  REVIEW_MAX_ROWS: z.preprocess(blank, z.coerce.number("is not a number of rows").int("is not a whole number of rows").positive("must be a positive number of rows").default(20_000)),
  /** Most megabytes of question and answer text the review keeps. */
  REVIEW_MAX_MB: z.preprocess(blank, z.coerce.number("is not a number of megabytes").positive("must be a positive number of megabytes").default(32)),
  /** Open connections one client address may hold at once; 0 is no cap. Default 256, or none behind a trusted proxy (every connection is the proxy's). */
  MAX_CONNECTIONS_PER_ADDRESS: optional(z.coerce.number("is not a number of connections").int("is not a whole number of connections").min(0, "is not a number of connections")),
  REVIEW_RETENTION_DAYS: z.preprocess(blank, z.coerce.number("is not a number of days").positive("must be a positive number of days").default(30)),
  /** Messages a user may send per minute on Slack and Teams, and per conversation on the web chat; 0 is no limit. */
  RATE_LIMIT_PER_USER: perMinute(20),
  /** Web chat requests a client address may make per minute (many phones may share an event's Wi-Fi address); 0 is no limit. */
  RATE_LIMIT_PER_ADDRESS: perMinute(600),
  /** Behind a reverse proxy: the client address is the last one X-Forwarded-For names. */
  TRUST_PROXY: flag,
  /** Reload the knowledge when a file in its folder changes (SIGHUP always reloads). */
  KNOWLEDGE_WATCH: flag,
  /** Redis for the state several instances share (conversations, answer ids, dedupe, rate limits, HR sessions); unset: this process's memory. */
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\/\S+$/, "must be a redis:// or rediss:// URL")),
  /** PostgreSQL for HR's review; unset: the SQLite file REVIEW_DB. */
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL")),
  /** Longest a call to Redis or PostgreSQL may hold an answer, in ms; past it the process goes on without. */
  STORE_TIMEOUT_MS: z.preprocess(blank, z.coerce.number("is not a number of milliseconds").int("is not a whole number of milliseconds").min(10, "must be at least 10 ms").default(500)),
});

export type ServerConfig = z.output<typeof serverEnv>;

/**
 * Reads the server's variables; a bad one is a ConfigError naming it.
 *
 * @example
 * readServerConfig({ PORT: "8080" }).PORT // → 8080
 * readServerConfig({ PORT: "eighty" }) // throws "config: PORT is not a port number (got "eighty")"
 */
export function readServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = serverEnv.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = issue.path.map(String).join(".");
  // The token is a secret: its value is never repeated in a message.
  const got = name === "HR_TOKEN" || name === "REDIS_URL" || name === "DATABASE_URL" ? "" : ` (got ${JSON.stringify(env[name] ?? "")})`;
  throw new ConfigError(`${name} ${issue.message}${got}`);
}
