// Each user's IANA time zone and locale from their Slack profile (users.info → user.tz, user.locale), read
// once and cached.
import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";

/** What Slack's profile tells about a user; either may be missing. */
export type SlackProfile = { zone?: string; locale?: string };

export type ZoneCache = {
  /** The user's zone, or undefined when Slack does not say (the bot then uses the notice's zone). Never throws. */
  get(userId: string): Promise<string | undefined>;
  /** The user's zone and locale (e.g. "fr-FR"), as far as Slack says. Never throws. */
  profile(userId: string): Promise<SlackProfile>;
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
  const cache = new Map<string, { profile: Promise<SlackProfile>; expires: number }>();
  const profile = (userId: string): Promise<SlackProfile> => {
    const hit = cache.get(userId);
    if (hit && hit.expires > now()) return hit.profile;
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    const entry = { profile: Promise.resolve<SlackProfile>({}), expires: now() + ttlMs };
    entry.profile = client.users.info({ user: userId, include_locale: true }).then(
      (result) => ({
        ...(result.user?.tz ? { zone: result.user.tz } : {}),
        ...(typeof result.user?.locale === "string" && result.user.locale ? { locale: result.user.locale.slice(0, 35) } : {}),
      }),
      (error: { code?: string; data?: { error?: string } }) => {
        logger?.warn({ code: error.code, error: error.data?.error }, "slack: users.info failed; answering in the notice's time zone");
        entry.expires = now() + 60_000;
        return {};
      },
    );
    cache.set(userId, entry);
    return entry.profile;
  };
  return {
    profile,
    get: async (userId) => (await profile(userId)).zone,
  };
}
