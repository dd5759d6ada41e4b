import { describe, expect, it } from "vitest";
import { createBot, createMemorySaidStore, createMemorySessionStore, MAX_QUESTION_LENGTH } from "../../src/index.js";
import { knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";

describe("createMemorySessionStore", () => {
  it("forgets a session idle for longer than its ttl", () => {
    let t = 0;
    const store = createMemorySessionStore({ ttlMs: 1000, clock: () => t });
    store.set("a", { profile: {} });
    t = 999;
    expect(store.get("a")).toBeDefined();
    t = 2000;
    expect(store.get("a")).toBeUndefined();
  });

  it("keeps at most maxSessions, dropping the least recently used", () => {
    const store = createMemorySessionStore({ maxSessions: 2 });
    store.set("a", { profile: {} });
    store.set("b", { profile: {} });
    store.set("a", { profile: {} });
    store.set("c", { profile: {} });
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")).toBeDefined();
    expect(store.size).toBe(2);
  });
});

describe("sessions in the bot", () => {
  it("keeps each conversation apart", () => {
    const bot = createBot({ knowledge: knowledgeAt(projectKnowledgeDir), sessions: createMemorySessionStore() });
    bot.ask({ sessionId: "alice", text: "Am I eligible?" });
    bot.ask({ sessionId: "alice", text: "I'm Estonian" });
    const bob = bot.ask({ sessionId: "bob", text: "Am I eligible?" });
    expect(bob.criteria?.find((c) => c.id === "citizenship")?.status).toBe("unknown");
    const alice = bot.ask({ sessionId: "alice", text: "Am I eligible?" });
    expect(alice.criteria?.find((c) => c.id === "citizenship")?.status).toBe("met");
  });

  it("starts over after reset", () => {
    const bot = createBot({ knowledge: knowledgeAt(projectKnowledgeDir) });
    bot.ask({ sessionId: "s", text: "I'm Swiss" });
    bot.reset("s");
    expect(bot.ask({ sessionId: "s", text: "Am I eligible?" }).verdict).toBe("incomplete");
  });

  it("records gaps and feedback through the review port", () => {
    const gaps: string[] = [];
    const feedback: boolean[] = [];
    const bot = createBot({
      knowledge: knowledgeAt(projectKnowledgeDir),
      review: { recordGap: (e) => gaps.push(`${e.gap}:${e.question}`), recordFeedback: (e) => feedback.push(e.helpful) },
    });
    const a = bot.ask({ sessionId: "s", text: "Is there an age limit?" });
    bot.ask({ sessionId: "s", text: "When is the deadline?" });
    expect(bot.feedback({ sessionId: "s", answerId: a.id!, helpful: false })).toBe(true);
    expect(gaps).toEqual(["not_in_notice:Is there an age limit?"]);
    expect(feedback).toEqual([false]);
  });

  it("feedback(answer id of this session) records what the bot said, once; another session's id or an unknown one is ignored", () => {
    const entries: { question: string; answer: string; intent: string; helpful: boolean }[] = [];
    const bot = createBot({ knowledge: knowledgeAt(projectKnowledgeDir), review: { recordGap: () => {}, recordFeedback: (e) => void entries.push(e) } });
    const a = bot.ask({ sessionId: "s", text: "How long is the contract?" });
    const b = bot.ask({ sessionId: "t", text: "When is the deadline?" });
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(a.id).not.toBe(b.id);
    expect(bot.feedback({ sessionId: "s", answerId: b.id!, helpful: false })).toBe(false);
    expect(bot.feedback({ sessionId: "s", answerId: "forged", helpful: false })).toBe(false);
    expect(bot.feedback({ sessionId: "s", answerId: a.id!, helpful: true })).toBe(true);
    expect(bot.feedback({ sessionId: "s", answerId: a.id!, helpful: false })).toBe(false);
    expect(entries).toEqual([{ noticeId: a.noticeId, question: "How long is the contract?", answer: a.parts.join("\n\n"), intent: a.intent, helpful: true, at: expect.any(Date), language: "en", context: { rule: a.rule, confidence: a.confidence } }]);
    expect(bot.said!("s", a.id!)?.helpful).toBe(true);
    expect(bot.said!("t", a.id!)).toBeUndefined();
  });

  it("keeps the question cut to MAX_QUESTION_LENGTH, and only the newest answers when the store is full", () => {
    const said = createMemorySaidStore({ maxAnswers: 2 });
    const bot = createBot({ knowledge: knowledgeAt(projectKnowledgeDir), said });
    const long = bot.ask({ sessionId: "s", text: "deadline ".repeat(2000) });
    expect(bot.said!("s", long.id!)!.question).toHaveLength(MAX_QUESTION_LENGTH);
    bot.ask({ sessionId: "s", text: "How long is the contract?" });
    bot.ask({ sessionId: "s", text: "Where is the job?" });
    expect(bot.said!("s", long.id!)).toBeUndefined();
    expect(bot.feedback({ sessionId: "s", answerId: long.id!, helpful: true })).toBe(false);
  });
});
