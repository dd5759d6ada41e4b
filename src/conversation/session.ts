// Sessions: what one user said so far, so a check can run over several messages.
// The store is a port; the in-memory one expires idle sessions and caps how many it keeps.
import type { CefrLevel, EducationLevel } from "../knowledge/schema.js";

/** The user's own facts, gathered over the conversation. Kept small: one store may hold 100,000. */
export type Profile = {
  /** Country codes the user holds citizenship of. */
  nationalities?: string[];
  /** Years of completed university studies; 0 for none. */
  studyYears?: number;
  /** True when the years are only a lower bound read from a degree's name ("a master's"). */
  studyYearsAtLeast?: boolean;
  diplomaOutsideEu?: boolean;
  diplomaRecognised?: boolean;
  /** Language name → CEFR level ("?" while the level is not known). */
  languages?: Record<string, CefrLevel | "?">;
  /** The user said these are all their languages ("I only speak …"). */
  languagesComplete?: boolean;
  /** The highest level of education the user holds, as the eligibility criteria name levels. */
  educationLevel?: EducationLevel;
  /** The length of that degree, said with its name or usual for it (knowledge/reference/degrees.json); a lower bound with `degreeYearsAtLeast`. */
  degreeYears?: number;
  degreeYearsAtLeast?: boolean;
  /** Read from one message, never kept: the user said their studies are not completed ("still studying", "dropped out"). */
  studiesUnfinished?: boolean;
  /** Years of professional experience; with `experienceAfterDiploma` when counted since graduating. */
  experienceYears?: number;
  experienceAfterDiploma?: boolean;
  /** Years of that experience in a narrower field the user named ("the last 4 as an operational analyst"). */
  experiencePartYears?: number;
  /** Words the user used for their experience ("criminal analyst"), to compare with a field the notice names. */
  experienceWords?: string;
  /** Years of doctoral research (from its dates or length), counted as experience where the notice says so. */
  doctorateYears?: number;
  /**
   * The month the user's work began ("since December 2022", "2019 óta"), "YYYY-MM": when no number of years is
   * said, experience is counted from it to the day the criteria are judged on (eligibility/since.ts).
   */
  workSince?: string;
  /** Languages the user said they do not speak ("I don't speak English or French"). */
  languagesDenied?: string[];
  /** The user's age in years. */
  age?: number;
  /** Statuses: an official (and of which function group), a laureate (of which competitions), a CAST/EPSO pass. */
  official?: boolean;
  officialGroup?: string;
  laureate?: boolean;
  competitions?: string[];
  certificate?: boolean;
  certificateGroup?: string;
  /** Employed by a public administration (or an international organisation), and for how many months. */
  publicEmployer?: boolean;
  serviceMonths?: number;
  /** The longest traineeship or employment in an EU institution the user spoke of (0: none), and whether it was paid. */
  previousService?: { amount: number; unit: "year" | "month" | "week"; paid?: boolean };
};

export type Session = {
  /** The intent of the last answer, for follow-ups such as "Can it be extended?". */
  lastIntent?: string;
  /** True while an eligibility check waits for more of the user's facts. */
  checking?: boolean;
  /** The profile the conversation is about, in a notice with several (its label, e.g. "B"). */
  noticeProfile?: string;
  /** The criterion the last check asked about, so a bare answer ("Irish", "4 years") can be read. */
  asking?: string;
  profile: Profile;
  /** A zone the user named ("I'm in Dublin"), kept for later deadline questions. */
  zone?: string;
  /** The language the conversation is held in, kept for short messages ("ok", "C1") that do not tell. */
  language?: string;
  /** The last few questions, as typed, for the context HR's review shows beside a question. */
  recent?: string[];
};

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
