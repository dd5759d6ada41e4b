// HR's door: a bearer token, or a login form that opens a server-side session held in an HttpOnly cookie.
// The cookie holds only a random session id: logging out revokes it, logging in again rotates it, and a
// restart or a new HR_TOKEN ends every login. Wrong tokens are counted per client address, on every path
// (form and bearer), with a back-off that doubles: one address guessing never locks out another.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

export const HR_COOKIE = "vb_hr";

type Awaitable<T> = T | Promise<T>;

/** Small values several instances share (Redis), for HR sessions and the login back-off. */
export type HrSharedValues = {
  getValue(key: string): Promise<string | undefined>;
  setValue(key: string, value: string, ttlMs: number): Promise<void>;
  deleteValue(key: string): Promise<void>;
};

export type HrAuth = {
  /** True when the request carries the token as a bearer or the id of a live session. */
  isAllowed(req: IncomingMessage, cookies: Record<string, string>): Awaitable<boolean>;
  /** True when the request carries a bearer token at all (right or wrong). */
  hasBearer(req: IncomingMessage): boolean;
  /** True when a typed token is the right one. */
  isToken(candidate: string): boolean;
  /** A new session valid until `now + ttlMs`; its id is the cookie's value. */
  issue(now: Date): Awaitable<string>;
  /** Ends a session (logout, or the old one at a new login). */
  revoke(sessionId: string | undefined): Awaitable<void>;
  readonly ttlMs: number;
};

export type HrAuthOptions = {
  clock?: () => Date;
  /** How long a login lasts. Default 8 hours. */
  ttlMs?: number;
  /** Most live sessions; the oldest end first. Default 1,000. */
  maxSessions?: number;
  /** Where sessions live when several instances serve the HR pages; default this process's memory. */
  shared?: HrSharedValues;
};

const digest = (s: string) => createHash("sha256").update(s).digest();
// Comparing digests keeps the comparison constant-time whatever the lengths.
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));
const bearerOf = (req: IncomingMessage) => /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ""))?.[1]?.trim();

export function createHrAuth(token: string, options: HrAuthOptions = {}): HrAuth {
  const clock = options.clock ?? (() => new Date());
  const ttlMs = options.ttlMs ?? 8 * 3_600_000;
  const maxSessions = options.maxSessions ?? 1000;
  // Session id → expiry (ms). Insertion order is age order.
  const sessions = new Map<string, number>();
  const live = (id: string | undefined) => {
    if (!id) return false;
    const expires = sessions.get(id);
    if (expires === undefined) return false;
    if (expires > clock().getTime()) return true;
    sessions.delete(id);
    return false;
  };
  if (options.shared) {
    const shared = options.shared;
    // Keyed by a digest of the token: a new HR_TOKEN ends every login, on every instance.
    const prefix = `hr:session:${digest(token).toString("base64url").slice(0, 12)}:`;
    const isId = (id: string | undefined): id is string => typeof id === "string" && /^[\w-]{43}$/.test(id);
    return {
      ttlMs,
      isToken: (candidate) => same(candidate, token),
      hasBearer: (req) => bearerOf(req) !== undefined,
      async isAllowed(req, cookies) {
        const bearer = bearerOf(req);
        if (bearer !== undefined && same(bearer, token)) return true;
        const id = cookies[HR_COOKIE];
        return isId(id) && Number(await shared.getValue(prefix + id)) > clock().getTime();
      },
      async issue(now) {
        const id = randomBytes(32).toString("base64url");
        await shared.setValue(prefix + id, String(now.getTime() + ttlMs), ttlMs);
        return id;
      },
      async revoke(id) {
        if (isId(id)) await shared.deleteValue(prefix + id);
      },
    };
  }
  return {
    ttlMs,
    isToken: (candidate) => same(candidate, token),
    hasBearer: (req) => bearerOf(req) !== undefined,
    isAllowed(req, cookies) {
      const bearer = bearerOf(req);
      return (bearer !== undefined && same(bearer, token)) || live(cookies[HR_COOKIE]);
    },
    issue(now) {
      const id = randomBytes(32).toString("base64url");
      sessions.set(id, now.getTime() + ttlMs);
      while (sessions.size > maxSessions) sessions.delete(sessions.keys().next().value!);
      return id;
    },
    revoke(id) {
      if (id) sessions.delete(id);
    },
  };
}

export type FailureLimiter = {
  /** Milliseconds this address must still wait before it may try again; 0 when it may. */
  waitMs(address: string): Awaitable<number>;
  /** A wrong token from this address. */
  fail(address: string): Awaitable<void>;
  /** The right token: the address starts afresh. */
  succeed(address: string): Awaitable<void>;
};

export type FailureLimiterOptions = {
  /** Wrong tokens an address may send before it must wait. Default 5. */
  free?: number;
  /** The first wait, doubled at each further failure. Default 1 s. */
  baseMs?: number;
  /** The longest wait. Default 15 minutes. */
  maxMs?: number;
  /** Failures are forgotten this long after the last one. Default 1 hour. */
  forgetMs?: number;
  /** Most addresses remembered; the least recently failing go first. Default 10,000. */
  maxAddresses?: number;
  clock?: () => number;
  /** Where failures are counted when several instances serve the HR pages; default this process's memory. */
  shared?: HrSharedValues;
};

type Failures = { count: number; until: number; last: number };

/**
 * Counts failed HR authentications per client address, with a back-off that doubles.
 *
 * @example
 * const limit = createFailureLimiter({ free: 2, baseMs: 1000 });
 * limit.fail("10.0.0.1"); limit.fail("10.0.0.1"); limit.fail("10.0.0.1");
 * [limit.waitMs("10.0.0.1") > 0, limit.waitMs("10.0.0.2")] // → [true, 0]
 */
export function createFailureLimiter(options: FailureLimiterOptions = {}): FailureLimiter {
  const free = options.free ?? 5;
  const baseMs = options.baseMs ?? 1000;
  const maxMs = options.maxMs ?? 15 * 60_000;
  const forgetMs = options.forgetMs ?? 3_600_000;
  const maxAddresses = options.maxAddresses ?? 10_000;
  const clock = options.clock ?? Date.now;
  if (options.shared) {
    const shared = options.shared;
    const key = (address: string) => `hr:failures:${address.slice(0, 64)}`;
    const read = async (address: string): Promise<Failures | undefined> => {
      const raw = await shared.getValue(key(address));
      return raw ? (JSON.parse(raw) as Failures) : undefined;
    };
    return {
      async waitMs(address) {
        const f = await read(address);
        return f ? Math.max(0, f.until - clock()) : 0;
      },
      // Read and written again: two wrong tokens at two instances at once may count once; the back-off still grows.
      async fail(address) {
        const now = clock();
        const f = (await read(address)) ?? { count: 0, until: 0, last: now };
        f.count++;
        f.last = now;
        if (f.count >= free) f.until = now + Math.min(maxMs, baseMs * 2 ** (f.count - free));
        await shared.setValue(key(address), JSON.stringify(f), forgetMs);
      },
      succeed: (address) => shared.deleteValue(key(address)),
    };
  }
  const seen = new Map<string, Failures>();
  const get = (address: string) => {
    const f = seen.get(address);
    if (f && clock() - f.last > forgetMs) {
      seen.delete(address);
      return undefined;
    }
    return f;
  };
  return {
    waitMs(address) {
      const f = get(address);
      return f ? Math.max(0, f.until - clock()) : 0;
    },
    fail(address) {
      const now = clock();
      const f = get(address) ?? { count: 0, until: 0, last: now };
      seen.delete(address);
      f.count++;
      f.last = now;
      if (f.count >= free) f.until = now + Math.min(maxMs, baseMs * 2 ** (f.count - free));
      seen.set(address, f);
      if (seen.size > maxAddresses) seen.delete(seen.keys().next().value!);
    },
    succeed(address) {
      seen.delete(address);
    },
  };
}

/**
 * True when a POST comes from an HR page itself: the browser says same-origin (Sec-Fetch-Site), or the Origin it
 * sends is this server's. A request with neither header is not from a browser page (curl, a script) and passes:
 * cross-site forgery needs a browser, and every current browser sends at least Origin on a POST.
 */
export function isSameOrigin(req: IncomingMessage, https: boolean): boolean {
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined) return site === "same-origin" || site === "none";
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers.host;
  return Boolean(host) && (origin === `${https ? "https" : "http"}://${host}` || (!https && origin === `https://${host}`));
}
