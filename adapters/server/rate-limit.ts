// Per-user and per-address rate limits for every channel: a token bucket per key, in memory, bounded in size;
// with REDIS_URL, counters every instance shares (rate-limiter-flexible), the local bucket standing in when Redis is not.
import { createRequire } from "node:module";
// rate-limiter-flexible is loaded when a shared (Redis) limit is built: a server in memory does not pay its start-up.
import type * as Flexible from "rate-limiter-flexible";
// At a recruitment event one person (or one script) must not slow the bot down for everyone else; an
// over-limit user is told to slow down, politely, instead of getting silence.
import { keyOf } from "./bounds.js";

/** What an over-limit user reads, on every channel. */
export const SLOW_DOWN = "You are sending messages faster than I can answer them. Please wait a few seconds, then ask again.";

export type RateDecision =
  | { ok: true }
  | {
      ok: false;
      /** Milliseconds until one more request is allowed. */
      retryAfterMs: number;
      /**
       * True for the first refusal in a while (`noticeEveryMs`): the channel tells the user to slow down. Refusals
       * in between get no second notice, so a flood is never answered with a flood.
       */
      notify: boolean;
    };

export type RateLimiter = {
  /** Counts one request for a key (a user, a session, an address) and says whether it may go on. */
  take(key: string): RateDecision | Promise<RateDecision>;
  /** Keys currently remembered. */
  readonly size: number;
};

/** The in-memory limiter answers at once. */
export type LocalRateLimiter = { take(key: string): RateDecision; readonly size: number };

export type RateLimitOptions = {
  /** Requests a key may make per minute on average; 0 turns the limit off. */
  perMinute: number;
  /** Requests a key may make at once before the average applies. Default `perMinute`. */
  burst?: number;
  /** Most keys remembered; the least recently seen go first. Default 100,000. */
  maxKeys?: number;
  /** How often an over-limit key is told to slow down, at most. Default 10 s. */
  noticeEveryMs?: number;
  /** The clock, in ms. Default Date.now. */
  clock?: () => number;
};

type Bucket = { tokens: number; at: number; noticedAt: number };

/**
 * A token-bucket limiter: each key holds up to `burst` tokens, refilled at `perMinute` a minute.
 *
 * @example
 * const limit = createRateLimiter({ perMinute: 2, burst: 2 });
 * [limit.take("u1").ok, limit.take("u1").ok, limit.take("u1").ok] // → [true, true, false]
 */
export function createRateLimiter(options: RateLimitOptions): LocalRateLimiter {
  const { perMinute } = options;
  if (perMinute <= 0) return { take: () => ({ ok: true }), size: 0 };
  const burst = Math.max(1, options.burst ?? perMinute);
  const maxKeys = options.maxKeys ?? 100_000;
  const noticeEveryMs = options.noticeEveryMs ?? 10_000;
  const clock = options.clock ?? Date.now;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  return {
    take(given) {
      // Keys come from outside (ids, addresses): bounded and copied before the map keeps them.
      const key = keyOf(given);
      const now = clock();
      let bucket = buckets.get(key);
      if (bucket) {
        buckets.delete(key);
        bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perMs);
        bucket.at = now;
      } else {
        bucket = { tokens: burst, at: now, noticedAt: Number.NEGATIVE_INFINITY };
      }
      // Re-inserted on every use, so the first key of the map is the least recently seen.
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      const notify = now - bucket.noticedAt >= noticeEveryMs;
      if (notify) bucket.noticedAt = now;
      return { ok: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / perMs), notify };
    },
    get size() {
      return buckets.size;
    },
  };
}

/** The limits the server builds from its configuration and hands to each channel. */
export type Limits = {
  /** Per user on Slack and Teams, per session cookie on the web chat. */
  user: RateLimiter;
  /** Per client address, on the web chat. */
  address: RateLimiter;
};

export type SharedRateLimitOptions = RateLimitOptions & {
  /** A connected node-redis client (the shared state's). */
  client: unknown;
  /** Names this limit's counters in Redis ("user", "address"). */
  name: string;
  /** Longest the counter may take before this process's own limiter decides; default 500 ms. */
  timeoutMs?: number;
};

/**
 * A limit every instance counts together (rate-limiter-flexible over Redis: `perMinute` requests in each minute).
 * When Redis is away or slow, this process's own token bucket decides, so an answer never waits on the counter.
 */
export function createSharedRateLimiter(options: SharedRateLimitOptions): RateLimiter {
  const local = createRateLimiter(options);
  if (options.perMinute <= 0) return local;
  const { RateLimiterRedis, RateLimiterRes } = createRequire(import.meta.url)("rate-limiter-flexible") as typeof Flexible;
  const counter = new RateLimiterRedis({ storeClient: options.client, useRedisPackage: true, keyPrefix: `vb:rate:${options.name}`, points: options.perMinute, duration: 60 });
  const noticeEveryMs = options.noticeEveryMs ?? 10_000;
  const clock = options.clock ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 500;
  const noticed = new Map<string, number>();
  return {
    async take(key) {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([counter.consume(key), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("rate: counter too slow")), timeoutMs)))]);
        return { ok: true };
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) return local.take(key);
        const now = clock();
        const notify = now - (noticed.get(key) ?? Number.NEGATIVE_INFINITY) >= noticeEveryMs;
        if (notify) {
          noticed.delete(key);
          noticed.set(key, now);
          if (noticed.size > 10_000) noticed.delete(noticed.keys().next().value!);
        }
        return { ok: false, retryAfterMs: Math.max(1, e.msBeforeNext), notify };
      } finally {
        clearTimeout(timer);
      }
    },
    get size() {
      return local.size;
    },
  };
}
