// HR's door: a bearer token, or a login form that sets a signed, expiring, HttpOnly cookie.
// The cookie holds no secret: an expiry and an HMAC of it keyed with HR_TOKEN, so changing the token ends every login.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

export const HR_COOKIE = "vb_hr";

export type HrAuth = {
  /** True when the request carries the token as a bearer or a valid login cookie. */
  isAllowed(req: IncomingMessage, cookies: Record<string, string>): boolean;
  /** True when a typed token is the right one. */
  isToken(candidate: string): boolean;
  /** A cookie value valid until `now + ttlMs`. */
  issue(now: Date): string;
  readonly ttlMs: number;
};

const digest = (s: string) => createHash("sha256").update(s).digest();
// Comparing digests keeps the comparison constant-time whatever the lengths.
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

export function createHrAuth(token: string, options: { clock?: () => Date; ttlMs?: number } = {}): HrAuth {
  const clock = options.clock ?? (() => new Date());
  const ttlMs = options.ttlMs ?? 8 * 3_600_000;
  const sign = (expires: number) => createHmac("sha256", token).update(`vacancy-bot hr ${expires}`).digest("base64url");
  const isCookie = (value: string | undefined) => {
    const [expires, mac] = (value ?? "").split(".");
    const at = Number(expires);
    return Boolean(mac) && Number.isSafeInteger(at) && at > clock().getTime() && same(mac!, sign(at));
  };
  return {
    ttlMs,
    isToken: (candidate) => same(candidate, token),
    isAllowed(req, cookies) {
      const bearer = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ""))?.[1]?.trim();
      return (bearer !== undefined && same(bearer, token)) || isCookie(cookies[HR_COOKIE]);
    },
    issue(now) {
      const expires = now.getTime() + ttlMs;
      return `${expires}.${sign(expires)}`;
    },
  };
}
