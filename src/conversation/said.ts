// What the bot said: every Answer it gave, by a random id, with the conversation it went to. Feedback and
// card updates refer to an answer by this id only, so no channel has to carry (or trust) the answer's text.
import type { Answer } from "../answer.js";

/** One answer as it was given: to which conversation, for which question (as read, cut to the maximum length). */
export type SaidAnswer = {
  id: string;
  sessionId: string;
  question: string;
  /** The answer's plain text, as `renderText` gives it. */
  text: string;
  intent: string;
  noticeId: string;
  at: Date;
  /** The Answer itself, so a channel can draw it again (a card updated after a click). */
  answer: Answer;
  /** The conversation's turns before this question (the last few), for HR's review. */
  previous?: string[];
  /** Set once the user rated it. */
  helpful?: boolean;
};

/** Where the bot keeps what it said. A port: the default is in memory and bounded; another may be shared. */
export interface SaidStore {
  put(entry: SaidAnswer): void;
  get(id: string): SaidAnswer | undefined;
  /** Records the rating on a kept answer; false when there is none by that id. */
  rate(id: string, helpful: boolean): boolean;
}

export type MemorySaidStoreOptions = {
  /** Answers kept; when full, the oldest go first. Default 10,000. */
  maxAnswers?: number;
};

/**
 * An in-memory SaidStore holding the newest `maxAnswers` answers.
 *
 * @example
 * const said = createMemorySaidStore({ maxAnswers: 1 });
 * said.put({ id: "a", … }); said.put({ id: "b", … });
 * said.get("a") // → undefined (the oldest went first)
 */
export function createMemorySaidStore(options: MemorySaidStoreOptions = {}): SaidStore {
  const max = Math.max(1, options.maxAnswers ?? 10_000);
  const entries = new Map<string, SaidAnswer>();
  return {
    put(entry) {
      entries.delete(entry.id);
      entries.set(entry.id, entry);
      while (entries.size > max) entries.delete(entries.keys().next().value!);
    },
    get: (id) => entries.get(id),
    rate(id, helpful) {
      const entry = entries.get(id);
      if (!entry) return false;
      entries.set(id, { ...entry, helpful });
      return true;
    },
  };
}

/** A SaidStore several instances share: asynchronous; `rate` is atomic (the first rating wins). */
export interface SaidPort {
  put(entry: SaidAnswer): Promise<void>;
  get(id: string): Promise<SaidAnswer | undefined>;
  rate(id: string, helpful: boolean): Promise<boolean>;
}

/** A SaidPort over a synchronous store (the in-memory one). */
export function saidPortOf(store: SaidStore): SaidPort {
  return {
    put: async (entry) => store.put(entry),
    get: async (id) => store.get(id),
    async rate(id, helpful) {
      const entry = store.get(id);
      if (!entry || entry.helpful !== undefined) return false;
      return store.rate(id, helpful);
    },
  };
}
