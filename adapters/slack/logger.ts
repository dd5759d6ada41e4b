// Bolt and the Slack Web API client log through this: their Logger interface over our pino logger.
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "pino";

const BOLT_LEVEL: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };

/** Wraps a pino logger for Bolt. The level stays pino's: Bolt's setLevel is ignored so LOG_LEVEL decides. */
export function boltLogger(logger: Logger): BoltLogger {
  const log = (level: "debug" | "info" | "warn" | "error") => (...msg: unknown[]) => {
    const err = msg.find((m): m is Error => m instanceof Error);
    const text = msg.filter((m) => !(m instanceof Error)).map((m) => (typeof m === "string" ? m : JSON.stringify(m))).join(" ");
    if (err) logger[level]({ err }, `slack: ${text || err.message}`);
    else logger[level](`slack: ${text}`);
  };
  return {
    debug: log("debug"),
    info: log("info"),
    warn: log("warn"),
    error: log("error"),
    setLevel: () => {},
    getLevel: () => BOLT_LEVEL[logger.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}
