// State that instances behind a load balancer must share: conversations, the answers given (by id), claims
// (Slack event and replay dedupe, the Teams welcome), small sets (follow-ups asked from a card), and a
// message bus (knowledge reloads). In memory for one process; in Redis with REDIS_URL.
//
// Redis is never allowed to stop an answer: every call has a time limit, and when Redis is gone or slow the
// process answers from its own memory (one warning, /healthz "degraded"), and goes back to Redis when it returns.
import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
// redis is loaded when REDIS_URL asks for it: a server in memory does not pay its start-up.
import type { RedisClientType } from "redis";
import { ConfigError, createMemorySaidStore, createMemorySessionStore, saidPortOf, sessionPortOf, type SaidAnswer, type SaidPort, type Session, type SessionPort } from "../../src/index.js";

export type Health = { status: "ok" } | { status: "degraded"; reason: string };

export type SharedState = {
  /** "memory" or "Redis" (for the start-up line). */
  readonly kind: "memory" | "redis";
  sessions: SessionPort;
  said: SaidPort;
  /** True the first time `key` is claimed while the claim lasts (`ttlMs`); false while another holds it. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Gives a claim up (a handler that failed, so a retry takes over). */
  release(key: string): Promise<void>;
  /** Adds a member to a small set kept `ttlMs`, and returns all its members. */
  addTo(key: string, member: string, ttlMs: number): Promise<string[]>;
  members(key: string): Promise<string[]>;
  /** A small value kept `ttlMs` (HR sessions, HR's login back-off). */
  getValue(key: string): Promise<string | undefined>;
  setValue(key: string, value: string, ttlMs: number): Promise<void>;
  deleteValue(key: string): Promise<void>;
  /** Sends a message to every instance (this one included); `subscribe` hears them. */
  publish(channel: string, message: string): Promise<void>;
  subscribe(channel: string, listener: (message: string) => void): Promise<void>;
  /** The Redis client for libraries that take one (the rate limiter); undefined in memory. */
  readonly client?: RedisClientType;
  health(): Health;
  close(): Promise<void>;
};

export type SharedStateOptions = {
  /** Idle time after which a conversation is forgotten; default 30 minutes. */
  sessionTtlMs?: number;
  /** How long an answer can be rated or its card redrawn; default 24 hours. */
  saidTtlMs?: number;
  /** Longest a store call may hold an answer; default 500 ms. */
  timeoutMs?: number;
  logger: Logger;
};

const SESSION_TTL_MS = 30 * 60_000;
const SAID_TTL_MS = 24 * 3_600_000;
const LOCK_TTL_MS = 5_000;

/** Local claims and sets: bounded, expiring. */
function createLocalKeys(max = 50_000) {
  const claims = new Map<string, number>();
  const values = new Map<string, { value: string; expires: number }>();
  const sets = new Map<string, { members: Set<string>; expires: number }>();
  const trim = <V>(map: Map<string, V>) => {
    while (map.size > max) map.delete(map.keys().next().value!);
  };
  return {
    claim(key: string, ttlMs: number): boolean {
      const now = Date.now();
      const held = claims.get(key);
      if (held !== undefined && held > now) return false;
      claims.delete(key);
      claims.set(key, now + ttlMs);
      trim(claims);
      return true;
    },
    release: (key: string) => void claims.delete(key),
    addTo(key: string, member: string, ttlMs: number): string[] {
      const now = Date.now();
      let entry = sets.get(key);
      if (!entry || entry.expires <= now) entry = { members: new Set(), expires: 0 };
      sets.delete(key);
      entry.members.add(member);
      entry.expires = now + ttlMs;
      sets.set(key, entry);
      trim(sets);
      return [...entry.members];
    },
    getValue(key: string): string | undefined {
      const entry = values.get(key);
      if (entry && entry.expires > Date.now()) return entry.value;
      values.delete(key);
      return undefined;
    },
    setValue(key: string, value: string, ttlMs: number): void {
      values.delete(key);
      values.set(key, { value, expires: Date.now() + ttlMs });
      trim(values);
    },
    deleteValue: (key: string) => void values.delete(key),
    members(key: string): string[] {
      const entry = sets.get(key);
      return entry && entry.expires > Date.now() ? [...entry.members] : [];
    },
  };
}

/** Everything in this process's memory: one instance, as the bot runs by default. */
export function createMemoryState(options: { sessionTtlMs?: number } = {}): SharedState {
  const keys = createLocalKeys();
  const listeners = new Map<string, ((message: string) => void)[]>();
  return {
    kind: "memory",
    sessions: sessionPortOf(createMemorySessionStore({ ttlMs: options.sessionTtlMs ?? SESSION_TTL_MS })),
    said: saidPortOf(createMemorySaidStore()),
    claim: async (key, ttlMs) => keys.claim(key, ttlMs),
    release: async (key) => keys.release(key),
    addTo: async (key, member, ttlMs) => keys.addTo(key, member, ttlMs),
    members: async (key) => keys.members(key),
    getValue: async (key) => keys.getValue(key),
    setValue: async (key, value, ttlMs) => keys.setValue(key, value, ttlMs),
    deleteValue: async (key) => keys.deleteValue(key),
    async publish(channel, message) {
      for (const listener of listeners.get(channel) ?? []) listener(message);
    },
    async subscribe(channel, listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
    health: () => ({ status: "ok" }),
    close: async () => {},
  };
}

/** The URL as it may be logged: no password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(not a URL)";
  }
}

class StoreTimeout extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreTimeout(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Deletes the lock only if it is still ours (it may have expired and been taken by another instance).
const UNLOCK = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

type StoredSaid = Omit<SaidAnswer, "at"> & { at: string };

/**
 * Connects to Redis; an unreachable server stops start-up with a ConfigError naming REDIS_URL.
 *
 * @example
 * const state = await connectRedisState("redis://127.0.0.1:6379/0", { logger });
 * await state.claim("slack:event:Ev1", 600_000) // → true; a second time → false, on any instance
 */
export async function connectRedisState(url: string, options: SharedStateOptions): Promise<SharedState> {
  const { logger } = options;
  const timeoutMs = options.timeoutMs ?? 500;
  const sessionTtlMs = options.sessionTtlMs ?? SESSION_TTL_MS;
  const saidTtlMs = options.saidTtlMs ?? SAID_TTL_MS;
  let started = false;
  const { createClient } = await import("redis");
  const client: RedisClientType = createClient({
    url,
    // A command sent while Redis is away fails at once (and the process answers from memory) instead of queueing.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: Math.max(1000, timeoutMs),
      // At start-up an unreachable Redis is an error; once running, reconnect for as long as it takes.
      reconnectStrategy: (retries, cause) => (started ? Math.min(100 * 2 ** retries, 2000) : cause),
    },
  });
  let subscriber: RedisClientType | undefined;
  let degraded: string | undefined;
  // One warning for an outage, not one per call: a Redis that flaps between slow and fast is said once a minute.
  let warnedAt = Number.NEGATIVE_INFINITY;
  let spells = 0;
  const degrade = (reason: string) => {
    if (degraded) return;
    degraded = reason;
    spells++;
    if (Date.now() - warnedAt < 60_000) return;
    warnedAt = Date.now();
    logger.warn({ code: "redis_degraded", reason, spells }, "redis: shared state unavailable; answering from this process's memory until it returns");
    spells = 0;
  };
  const recover = () => {
    if (!degraded) return;
    if (warnedAt > Number.NEGATIVE_INFINITY && spells === 0) logger.info({ code: "redis_back", was: degraded }, "redis: shared state back; using it again");
    degraded = undefined;
  };
  client.on("error", (error: Error) => {
    if (started) degrade(`Redis unreachable: ${error.message || error.name}`);
  });
  client.on("ready", () => {
    if (started) recover();
  });
  try {
    await within(client.connect(), Math.max(2000, timeoutMs * 4));
    await within(client.ping(), Math.max(2000, timeoutMs * 4));
  } catch (e) {
    client.destroy();
    throw new ConfigError(`REDIS_URL cannot be reached (${redactUrl(url)}): ${(e as Error).message || (e as Error).name}`);
  }
  started = true;

  const local = createMemoryState({ sessionTtlMs });
  const localSessions = createMemorySessionStore({ ttlMs: sessionTtlMs });
  const localSessionPort = sessionPortOf(localSessions);
  const localSaid = createMemorySaidStore();
  const localSaidPort = saidPortOf(localSaid);

  /** Runs `shared` against Redis within the time limit; on any failure, `fallback` from this process's memory. */
  const guarded = async <T>(shared: () => Promise<T>, fallback: () => T | Promise<T>, ms = timeoutMs): Promise<T> => {
    if (!client.isReady) {
      degrade("Redis unreachable");
      return fallback();
    }
    try {
      const value = await within(shared(), ms);
      // A slow spell ends with the first call answered in time; a lost connection ends with "ready".
      if (degraded?.startsWith("Redis slow")) recover();
      return value;
    } catch (e) {
      degrade(e instanceof StoreTimeout ? `Redis slow: ${e.message}` : `Redis failed: ${(e as Error).message}`);
      return fallback();
    }
  };

  const sessionKey = (id: string) => `vb:session:${id}`;
  const lockKey = (id: string) => `vb:lock:${id}`;

  /** Takes the conversation's lock (waiting a little for another instance's turn to end) and reads its session. */
  const lockAndLoad = async (id: string): Promise<{ session: Session | undefined; token: string | undefined }> => {
    const token = randomBytes(9).toString("base64url");
    const giveUpAt = Date.now() + timeoutMs / 2;
    for (;;) {
      const [locked, raw] = await Promise.all([
        client.set(lockKey(id), token, { condition: "NX", expiration: { type: "PX", value: LOCK_TTL_MS } }),
        client.get(sessionKey(id)),
      ]);
      const session = raw ? (JSON.parse(raw) as Session) : undefined;
      if (locked === "OK") return { session, token };
      // Another instance holds it past the wait: go on unlocked rather than hold the answer.
      if (Date.now() >= giveUpAt) return { session, token: undefined };
      await sleep(3 + Math.random() * 10);
    }
  };

  const sessions: SessionPort = {
    async turn(id, run) {
      if (!client.isReady) {
        degrade("Redis unreachable");
        return localSessionPort.turn(id, run);
      }
      let loaded: { session: Session | undefined; token: string | undefined };
      try {
        loaded = await within(lockAndLoad(id), timeoutMs);
      } catch (e) {
        degrade(e instanceof StoreTimeout ? `Redis slow: ${e.message}` : `Redis failed: ${(e as Error).message}`);
        return localSessionPort.turn(id, run);
      }
      const { value, session } = run(loaded.session);
      await guarded(
        async () => {
          await Promise.all([
            session ? client.set(sessionKey(id), JSON.stringify(session), { expiration: { type: "PX", value: sessionTtlMs } }) : client.del(sessionKey(id)),
            ...(loaded.token ? [client.eval(UNLOCK, { keys: [lockKey(id)], arguments: [loaded.token] })] : []),
          ]);
        },
        () => (session ? localSessions.set(id, session) : localSessions.delete(id)),
      );
      return value;
    },
    delete: (id) =>
      guarded(
        async () => void (await client.del(sessionKey(id))),
        () => localSessions.delete(id),
      ),
  };

  const saidKey = (id: string) => `vb:said:${id}`;
  const ratedKey = (id: string) => `vb:rated:${id}`;
  const said: SaidPort = {
    put: (entry) =>
      guarded(
        async () => {
          const { helpful: _unrated, ...stored } = entry;
          await client.set(saidKey(entry.id), JSON.stringify({ ...stored, at: entry.at.toISOString() }), { expiration: { type: "PX", value: saidTtlMs } });
        },
        () => localSaidPort.put(entry),
      ),
    get: (id) =>
      guarded(
        async () => {
          const [raw, rated] = await client.mGet([saidKey(id), ratedKey(id)]);
          if (!raw) return localSaid.get(id);
          const stored = JSON.parse(raw) as StoredSaid;
          return { ...stored, at: new Date(stored.at), ...(rated ? { helpful: rated === "1" } : {}) };
        },
        () => localSaid.get(id),
      ),
    rate: (id, helpful) =>
      guarded(
        async () => (await client.set(ratedKey(id), helpful ? "1" : "0", { condition: "NX", expiration: { type: "PX", value: saidTtlMs } })) === "OK",
        () => localSaidPort.rate(id, helpful),
      ),
  };

  const claimKey = (key: string) => `vb:claim:${key}`;
  const setKey = (key: string) => `vb:set:${key}`;
  return {
    kind: "redis",
    client,
    sessions,
    said,
    // A claim that timed out may still have been taken at Redis, and this process's own answer is then a second
    // one: claims (dedupe, after Slack's ack) get four times the limit before this process decides alone.
    claim: (key, ttlMs) =>
      guarded(
        async () => (await client.set(claimKey(key), "1", { condition: "NX", expiration: { type: "PX", value: Math.max(1, Math.round(ttlMs)) } })) === "OK",
        () => local.claim(key, ttlMs),
        timeoutMs * 4,
      ),
    release: (key) =>
      guarded(
        async () => void (await client.del(claimKey(key))),
        () => local.release(key),
      ),
    addTo: (key, member, ttlMs) =>
      guarded(
        async () => {
          const [, , members] = await client.multi().sAdd(setKey(key), member).pExpire(setKey(key), ttlMs).sMembers(setKey(key)).exec();
          return (members as unknown as string[]) ?? [];
        },
        () => local.addTo(key, member, ttlMs),
      ),
    members: (key) =>
      guarded(
        () => client.sMembers(setKey(key)),
        () => local.members(key),
      ),
    getValue: (key) =>
      guarded(
        async () => (await client.get(`vb:value:${key}`)) ?? undefined,
        () => local.getValue(key),
      ),
    setValue: (key, value, ttlMs) =>
      guarded(
        async () => void (await client.set(`vb:value:${key}`, value, { expiration: { type: "PX", value: Math.max(1, Math.round(ttlMs)) } })),
        () => local.setValue(key, value, ttlMs),
      ),
    deleteValue: (key) =>
      guarded(
        async () => void (await client.del(`vb:value:${key}`)),
        () => local.deleteValue(key),
      ),
    publish: (channel, message) =>
      guarded(
        async () => void (await client.publish(`vb:${channel}`, message)),
        () => local.publish(channel, message),
      ),
    async subscribe(channel, listener) {
      // A subscribed connection can do nothing else: it is a second one. While Redis is away, this instance
      // still hears its own messages.
      await local.subscribe(channel, listener);
      subscriber ??= client.duplicate();
      subscriber.on("error", () => {});
      if (!subscriber.isOpen) await within(subscriber.connect(), Math.max(2000, timeoutMs * 4));
      await subscriber.subscribe(`vb:${channel}`, listener);
    },
    health: () => (degraded ? { status: "degraded", reason: degraded } : { status: "ok" }),
    async close() {
      started = false;
      await Promise.allSettled([client.close(), subscriber?.close()]);
    },
  };
}

/** What a channel needs of the shared state: claims (dedupe, the welcome) and small sets. */
export type SharedKeys = Pick<SharedState, "claim" | "release" | "addTo" | "members">;

/** Slack retries at +1 and +5 minutes (and Socket Mode redelivers): an event id is claimed for longer. */
export const SLACK_CLAIM_MS = 15 * 60_000;

/**
 * An event deduper that also claims each event id in the shared state, so a retry that reaches another instance
 * is not answered twice. A failed handling gives the claim up, so the next retry takes over.
 */
export function sharedEventDeduper(local: { run(eventId: string, handle: () => Promise<void>): Promise<"handled" | "duplicate"> }, shared: SharedKeys) {
  return {
    async run(eventId: string, handle: () => Promise<void>): Promise<"handled" | "duplicate"> {
      let elsewhere = false;
      const outcome = await local.run(eventId, async () => {
        if (!(await shared.claim(`slack:event:${eventId}`, SLACK_CLAIM_MS))) {
          elsewhere = true;
          return;
        }
        try {
          await handle();
        } catch (error) {
          await shared.release(`slack:event:${eventId}`);
          throw error;
        }
      });
      return elsewhere ? "duplicate" : outcome;
    },
  };
}
