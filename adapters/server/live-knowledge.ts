// Knowledge that HR can change while the server runs: on SIGHUP, or when a file in the knowledge folder changes
// (KNOWLEDGE_WATCH). The new knowledge is loaded and validated whole, and a bot is built from it and asked one
// question, before anything switches; if any of that fails, the bot goes on answering from the old knowledge and
// the log says why. Conversations survive a reload: the session store is shared.
import { watch, type FSWatcher } from "node:fs";
import type { Logger } from "pino";
import { createBot, createConversations, createMemorySaidStore, createMemorySessionStore, loadKnowledge, renderText, reviewContext, saidPortOf, selectNotice, sessionPortOf, type Bot, type ChannelBot, type EngineFault, type Gap, type Knowledge, type Notice, type ReviewContext, type ReviewSink, type SaidPort, type SessionPort } from "../../src/index.js";

/** A review that also keeps the answers given from the closest passage, with what was said (the SQLite store). */
export type AnswerReview = ReviewSink & {
  recordAnswer(entry: { noticeId: string; question: string; answer: string; intent: string; gap?: Gap; at: Date; language?: string; client?: string; context?: ReviewContext }): void;
};

export type LiveKnowledgeOptions = {
  dir: string;
  /** The notice the server answers about: the configured one, else the one selected at start-up, kept on reload. */
  noticeId?: string;
  /** Where gaps, passage answers and feedback go for HR. With `recordAnswer`, gaps are recorded with the answer given. */
  review?: ReviewSink | AnswerReview;
  clock: () => Date;
  logger: Logger;
  /** How long file changes settle before a watched reload; default 300 ms (an editor writes in several steps). */
  settleMs?: number;
  /** Where conversations and the answers given live (shared by instances with Redis); default this process's memory. */
  stores?: { sessions: SessionPort; said: SaidPort };
};

export type ReloadResult = { ok: true; notice: string; ms: number } | { ok: false; error: string };

export type LiveKnowledge = {
  /** The public bot; always answers from the knowledge in force, its conversations in the configured store. */
  bot: ChannelBot;
  /** HR's bot (records nothing for review), from the same knowledge. */
  hrBot: Bot;
  notice(): Notice;
  knowledge(): Knowledge;
  /** Loads the folder again; switches only when the new knowledge is valid and answers. */
  reload(reason: string): ReloadResult;
  /** Reloads (with `reloadWith`, default `reload`) when a file in the folder changes, until the returned function is called. */
  watch(reloadWith?: (reason: string) => ReloadResult): () => void;
};

type Loaded = { knowledge: Knowledge; notice: Notice; bot: Bot; hrBot: Bot };

/** A Bot that hands every call to the one in force, so channels keep one object across reloads. */
function delegate(current: () => Bot): Bot {
  return {
    get noticeId() {
      return current().noticeId;
    },
    ask: (input) => current().ask(input),
    checkEligibility: (input) => current().checkEligibility(input),
    formOptions: () => current().formOptions(),
    form: (language, sessionId) => current().form(language, sessionId),
    ui: (language) => current().ui(language),
    summary: () => current().summary(),
    countdown: (now, zone) => current().countdown(now, zone),
    feedback: (input) => current().feedback(input),
    said: (sessionId, answerId) => current().said?.(sessionId, answerId),
    reset: (sessionId) => current().reset(sessionId),
  };
}

const isAnswerReview = (r: ReviewSink | AnswerReview | undefined): r is AnswerReview => typeof (r as AnswerReview | undefined)?.recordAnswer === "function";

/**
 * The public bot with HR's review seeing what it said: an answer with a gap, or one read from the closest passage,
 * is recorded with its text, so HR can judge a confident but wrong answer too. Feedback goes through as it is.
 */
function reviewed(make: (review: ReviewSink) => Bot, review: AnswerReview, clock: () => Date): Bot {
  // Everything the review offers goes through as it is, but gaps: they are recorded below, with the answer.
  const bot = make({ ...review, recordGap: () => {} });
  return {
    ...bot,
    get noticeId() {
      return bot.noticeId;
    },
    ask(input) {
      const answer = bot.ask(input);
      if (answer.gap || answer.intent === "search") {
        const at = input.now instanceof Date ? input.now : input.now && !Number.isNaN(Date.parse(input.now)) ? new Date(input.now) : clock();
        // The conversation, as the store's digest, so one client's share of the review can be bounded.
        review.recordAnswer({ noticeId: bot.noticeId, question: String(input.text ?? ""), answer: renderText(answer), intent: answer.intent, ...(answer.gap ? { gap: answer.gap } : {}), ...(answer.language ? { language: answer.language } : {}), at, client: input.sessionId, context: reviewContext(answer, answer.id ? bot.said?.(input.sessionId, answer.id)?.previous : undefined) });
      }
      return answer;
    },
  };
}

/** Loads the knowledge and builds the bots; a KnowledgeError at start-up means nothing was started. */
export function createLiveKnowledge(options: LiveKnowledgeOptions): LiveKnowledge {
  const { dir, logger, clock } = options;
  // Conversations and what the bot said live in the stores, not in a bot: they survive a reload (an answer given
  // before it can still be rated and its card redrawn), and with Redis every instance sees them.
  const conversations = createConversations(options.stores ?? { sessions: sessionPortOf(createMemorySessionStore()), said: saidPortOf(createMemorySaidStore()) });
  const { sessions, said } = conversations.staging;
  const hrSessions = createMemorySessionStore();
  const onFault = ({ intent, error }: EngineFault) =>
    logger.warn({ intent, error: error instanceof Error ? error.message : String(error) }, "engine: an intent failed; the user got the polite line");

  const load = (noticeId: string | undefined): Loaded => {
    const knowledge = loadKnowledge(dir);
    const notice = selectNotice(knowledge, noticeId, clock());
    const { review } = options;
    const make = (sink?: ReviewSink) => createBot({ knowledge, noticeId: notice.id, sessions, said, onFault, now: clock(), ...(sink ? { review: sink } : {}) });
    const bot = isAnswerReview(review) ? reviewed(make, review, clock) : make(review);
    // HR's bot is built when HR first asks (or a reload probes it): start-up builds one bot, not two.
    let hrBot: Bot | undefined;
    return {
      knowledge,
      notice,
      bot,
      get hrBot() {
        return (hrBot ??= createBot({ knowledge, noticeId: notice.id, sessions: hrSessions, onFault, now: clock() }));
      },
    };
  };

  let current = load(options.noticeId);
  const noticeId = options.noticeId ?? current.notice.id;

  const reload = (reason: string): ReloadResult => {
    const started = performance.now();
    try {
      const next = load(noticeId);
      // A bot that cannot answer a plain question is not put in front of users. HR's bot is asked, so
      // nothing lands in the review, and its throw-away conversation is forgotten.
      const probe = `reload-probe:${Date.now()}`;
      next.hrBot.ask({ sessionId: probe, text: "When is the deadline?", now: clock() });
      next.hrBot.reset(probe);
      current = next;
      const ms = Math.round(performance.now() - started);
      logger.info({ reason, notice: next.notice.id, ms }, "knowledge: reloaded");
      return { ok: true, notice: next.notice.id, ms };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      logger.warn({ reason, error }, "knowledge: the new knowledge is not valid; still answering from the previous one");
      return { ok: false, error };
    }
  };

  return {
    bot: conversations.wrap(delegate(() => current.bot)),
    hrBot: delegate(() => current.hrBot),
    notice: () => current.notice,
    knowledge: () => current.knowledge,
    reload,
    watch(reloadWith = reload) {
      let timer: NodeJS.Timeout | undefined;
      let watcher: FSWatcher | undefined;
      try {
        watcher = watch(dir, { recursive: true, persistent: false }, () => {
          clearTimeout(timer);
          timer = setTimeout(() => reloadWith("knowledge folder changed"), options.settleMs ?? 300);
        });
        watcher.on("error", (error) => logger.warn({ error: error.message }, "knowledge: cannot watch the knowledge folder"));
        logger.info("knowledge: watching the knowledge folder for changes");
      } catch (e) {
        logger.warn({ error: (e as Error).message }, "knowledge: cannot watch the knowledge folder; send SIGHUP to reload");
      }
      return () => {
        clearTimeout(timer);
        watcher?.close();
      };
    },
  };
}
