// Slack redelivers an event it thinks was not received (X-Slack-Retry-Num). This remembers each event_id
// for a while so a retry of a handled event gets no second reply, while a retry of one whose handling
// failed is handled again.

export type EventDeduper = {
  /**
   * Runs `handle` for an event unless an earlier delivery of it was handled. A delivery still running is
   * waited for: if it succeeds the retry is a duplicate, if it fails the retry takes over.
   */
  run(eventId: string, handle: () => Promise<void>): Promise<"handled" | "duplicate">;
};

export type EventDeduperOptions = {
  /** How long an event id is remembered; default one hour (Slack retries within about five minutes). */
  ttlMs?: number;
  /** Most ids remembered at once; the oldest go first. Default 10 000. */
  max?: number;
  /** The clock, in milliseconds; default Date.now. */
  now?: () => number;
};

type Entry = { settled: Promise<boolean>; expires: number };

export function createEventDeduper({ ttlMs = 60 * 60 * 1000, max = 10_000, now = Date.now }: EventDeduperOptions = {}): EventDeduper {
  const entries = new Map<string, Entry>();

  const live = (id: string): Entry | undefined => {
    const entry = entries.get(id);
    if (entry && entry.expires <= now()) entries.delete(id);
    return entries.get(id);
  };

  const sweep = () => {
    for (const [id, entry] of entries) {
      if (entry.expires > now() && entries.size < max) break;
      entries.delete(id);
    }
  };

  return {
    async run(eventId, handle) {
      for (let seen = live(eventId); seen; seen = live(eventId)) {
        if (await seen.settled) return "duplicate";
      }
      sweep();
      let settle!: (ok: boolean) => void;
      const entry: Entry = { settled: new Promise((resolve) => (settle = resolve)), expires: now() + ttlMs };
      entries.set(eventId, entry);
      try {
        await handle();
        settle(true);
        return "handled";
      } catch (error) {
        // Forget the failed delivery before waking any waiting retry, so exactly one of them takes over.
        if (entries.get(eventId) === entry) entries.delete(eventId);
        settle(false);
        throw error;
      }
    },
  };
}

export type ReplayGuard = {
  /** True the first time a key is seen before it expires (at `expiresMs`); false for a replay. */
  first(key: string, expiresMs: number): boolean;
};

/**
 * Remembers signed requests (their signature and timestamp) until their timestamp leaves the signature window,
 * so an identical request sent again is not acted on twice. Bounded: the oldest go first.
 *
 * @example
 * const guard = createReplayGuard();
 * [guard.first("1700000000:v0=ab", Date.now() + 300_000), guard.first("1700000000:v0=ab", Date.now() + 300_000)] // → [true, false]
 */
export function createReplayGuard({ max = 50_000, now = Date.now }: { max?: number; now?: () => number } = {}): ReplayGuard {
  const seen = new Map<string, number>();
  return {
    first(key, expiresMs) {
      const at = now();
      const known = seen.get(key);
      if (known !== undefined && known > at) return false;
      // Keys arrive roughly in time order, so the first ones are the first to expire.
      for (const [k, expires] of seen) {
        if (expires > at && seen.size < max) break;
        seen.delete(k);
      }
      seen.set(key, expiresMs);
      return true;
    },
  };
}
