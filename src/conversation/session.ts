// Sessions: what one user said so far, so a check can run over several messages.
// The store is a port; the in-memory one expires idle sessions and caps how many it keeps.
import type { Session } from "../engine/session.js";

export type { Profile, Session } from "../engine/session.js";

export interface SessionStore {
  get(id: string): Session | undefined;
  set(id: string, session: Session): void;
  delete(id: string): void;
  readonly size: number;
}

export type MemorySessionStoreOptions = {
  /** Idle time after which a session is forgotten, in ms. Default 30 minutes. */
  ttlMs?: number;
  /** Most sessions kept; the least recently used goes first. Default 100,000. */
  maxSessions?: number;
  /** The clock, in ms; injectable for tests. Default Date.now. */
  clock?: () => number;
};

/** An in-memory session store with idle expiry and a size cap (least recently used evicted). */
export function createMemorySessionStore(options: MemorySessionStoreOptions = {}): SessionStore {
  const ttlMs = options.ttlMs ?? 30 * 60_000;
  const maxSessions = options.maxSessions ?? 100_000;
  const clock = options.clock ?? Date.now;
  const entries = new Map<string, { session: Session; seen: number }>();
  return {
    get(id) {
      const entry = entries.get(id);
      if (!entry) return undefined;
      if (clock() - entry.seen > ttlMs) {
        entries.delete(id);
        return undefined;
      }
      return entry.session;
    },
    set(id, session) {
      entries.delete(id);
      entries.set(id, { session, seen: clock() });
      while (entries.size > maxSessions) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    delete(id) {
      entries.delete(id);
    },
    get size() {
      return entries.size;
    },
  };
}

export function emptySession(): Session {
  return { profile: {} };
}

/**
 * Where conversations live when several instances answer them: asynchronous, and safe for two messages of one
 * conversation arriving at two instances at once (the store serialises turns, e.g. with a short lock).
 * The engine stays synchronous: `turn` is called once with the stored session and returns the one to keep.
 */
export interface SessionPort {
  turn<T>(id: string, run: (session: Session | undefined) => { value: T; session: Session | undefined }): Promise<T>;
  delete(id: string): Promise<void>;
}

/** A SessionPort over a synchronous store (the in-memory one): one process, so nothing to lock. */
export function sessionPortOf(store: SessionStore): SessionPort {
  return {
    async turn(id, run) {
      const { value, session } = run(store.get(id));
      if (session) store.set(id, session);
      else store.delete(id);
      return value;
    },
    async delete(id) {
      store.delete(id);
    },
  };
}
