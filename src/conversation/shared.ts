// The conversation layer at the edge: load the session from a store port, run the (synchronous) bot, save.
// The bot is built on a staging pair of stores that hold exactly one conversation for the duration of one
// synchronous call; the ports (memory, or a store several instances share) hold the real state.
import type { Answer } from "../answer.js";
import type { AskInput, Bot } from "./bot.js";
import type { SaidAnswer, SaidPort, SaidStore } from "./said.js";
import type { Session, SessionPort, SessionStore } from "./session.js";

type Awaitable<T> = T | Promise<T>;

/**
 * What a channel calls: the Bot, with the calls that touch a conversation possibly asynchronous (its state may
 * live in a store several instances share). A plain `Bot` is one too, so a channel can be tested with `createBot`.
 */
export type ChannelBot = Omit<Bot, "ask" | "checkEligibility" | "feedback" | "said" | "reset" | "form"> & {
  form(language?: string, sessionId?: string): Awaitable<ReturnType<Bot["form"]>>;
  ask(input: AskInput): Awaitable<Answer>;
  checkEligibility(input: Parameters<Bot["checkEligibility"]>[0]): Awaitable<Answer>;
  feedback(input: Parameters<Bot["feedback"]>[0]): Awaitable<boolean>;
  said?(sessionId: string, answerId: string): Awaitable<SaidAnswer | undefined>;
  reset(sessionId: string): Awaitable<void>;
  /** Answers with no conversation kept (a page's greeting): nothing is loaded, saved or kept for rating. */
  greet?(input: AskInput): Answer;
};

/** The stores a bot is built on so that a ChannelBot can lend it one conversation at a time. */
export type Staging = {
  sessions: SessionStore;
  said: SaidStore;
};

type Stage = { id?: string; session?: Session; put?: SaidAnswer; lent?: SaidAnswer; rated?: boolean };

/**
 * Builds the staging stores and the ChannelBot over them.
 *
 * @example
 * const conversations = createConversations({ sessions: sessionPortOf(createMemorySessionStore()), said: saidPortOf(createMemorySaidStore()) });
 * const bot = conversations.wrap(createBot({ knowledge, sessions: conversations.staging.sessions, said: conversations.staging.said }));
 * (await bot.ask({ sessionId: "u1", text: "When is the deadline?" })).intent // → "deadline"
 */
export function createConversations(ports: { sessions: SessionPort; said: SaidPort }): { staging: Staging; wrap(bot: Bot): ChannelBot } {
  // Only ever set and cleared within one synchronous call, so two conversations never see each other's.
  let stage: Stage = {};
  const staging: Staging = {
    sessions: {
      get: (id) => (stage.id === id ? stage.session : undefined),
      set(id, session) {
        if (stage.id === id) stage.session = session;
      },
      delete(id) {
        if (stage.id === id) stage.session = undefined;
      },
      get size() {
        return stage.session ? 1 : 0;
      },
    },
    said: {
      put(entry) {
        stage.put = entry;
      },
      // What this call lent, or what it has just said (the review reads the answer's context back at once).
      get: (id) => (stage.lent?.id === id ? stage.lent : stage.put?.id === id ? stage.put : undefined),
      rate(id, helpful) {
        if (stage.lent?.id !== id) return false;
        stage.rated = helpful;
        return true;
      },
    },
  };

  const lend = <T>(next: Stage, run: () => T): { value: T; stage: Stage } => {
    stage = next;
    try {
      return { value: run(), stage };
    } finally {
      stage = {};
    }
  };

  const answering = async (sessionId: string, run: () => Answer): Promise<Answer> => {
    const { answer, put } = await ports.sessions.turn(sessionId, (session) => {
      const done = lend({ id: sessionId, ...(session ? { session } : {}) }, run);
      return { value: { answer: done.value, put: done.stage.put }, session: done.stage.session };
    });
    if (put) await ports.said.put(put);
    return answer;
  };

  const said = async (sessionId: string, answerId: string): Promise<SaidAnswer | undefined> => {
    if (typeof answerId !== "string" || !answerId) return undefined;
    const entry = await ports.said.get(answerId);
    return entry && entry.sessionId === sessionId ? entry : undefined;
  };

  return {
    staging,
    wrap(bot) {
      return {
        get noticeId() {
          return bot.noticeId;
        },
        formOptions: () => bot.formOptions(),
        // The form opens with what the conversation knows: its session lent to the bot for the call.
        form: (language, sessionId) =>
          sessionId
            ? ports.sessions.turn(sessionId, (session) => ({ value: lend({ id: sessionId, ...(session ? { session } : {}) }, () => bot.form(language, sessionId)).value, session }))
            : bot.form(language),
        ui: (language) => bot.ui(language),
        summary: () => bot.summary(),
        countdown: (now, zone) => bot.countdown(now, zone),
        ask: (input) => answering(input.sessionId, () => bot.ask(input)),
        checkEligibility: (input) => answering(input.sessionId, () => bot.checkEligibility(input)),
        said,
        async feedback(input) {
          const entry = await said(input.sessionId, input.answerId);
          if (!entry || entry.helpful !== undefined || typeof input.helpful !== "boolean") return false;
          // The store decides which click is the first (two may reach two instances); only that one is recorded.
          if (!(await ports.said.rate(entry.id, input.helpful))) return false;
          return lend({ lent: entry }, () => bot.feedback(input)).value;
        },
        reset: (sessionId) => ports.sessions.delete(sessionId),
        greet: (input) => lend({ id: input.sessionId }, () => bot.ask(input)).value,
      };
    },
  };
}
