import { describe, expect, it } from "vitest";
import { createBot, createMemorySessionStore } from "../../src/index.js";
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
    bot.feedback({ question: "Is there an age limit?", answer: a, helpful: false });
    expect(gaps).toEqual(["not_in_notice:Is there an age limit?"]);
    expect(feedback).toEqual([false]);
  });
});
