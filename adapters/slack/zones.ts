// Each user's IANA time zone from their Slack profile (users.info → user.tz), read once and cached.
import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";

export type ZoneCache = {
  /** The user's zone, or undefined when Slack does not say (the bot then uses the notice's zone). Never throws. */
  get(userId: string): Promise<string | undefined>;
};

export type ZoneCacheOptions = {
  client: webApi.WebClient;
  logger?: Logger;
  /** How long a zone is kept; default 12 hours (people travel). A failed look-up is retried after a minute. */
  ttlMs?: number;
  /** Most users kept; default 10 000. */
  max?: number;
  now?: () => number;
};

export function createZoneCache({ client, logger, ttlMs = 12 * 60 * 60 * 1000, max = 10_000, now = Date.now }: ZoneCacheOptions): ZoneCache {
  // Promises are cached, so a channel full of people asking at once costs one users.info per person.
  const cache = new Map<string, { zone: Promise<string | undefined>; expires: number }>();
  return {
    get(userId) {
      const hit = cache.get(userId);
      if (hit && hit.expires > now()) return hit.zone;
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
      const entry = { zone: Promise.resolve<string | undefined>(undefined), expires: now() + ttlMs };
      entry.zone = client.users.info({ user: userId }).then(
        (result) => result.user?.tz || undefined,
        (error: { code?: string; data?: { error?: string } }) => {
          logger?.warn({ code: error.code, error: error.data?.error }, "slack: users.info failed; answering in the notice's time zone");
          entry.expires = now() + 60_000;
          return undefined;
        },
      );
      cache.set(userId, entry);
      return entry.zone;
    },
  };
}
