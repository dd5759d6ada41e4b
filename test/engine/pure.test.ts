// The engine is a pure function of (message, session, now, zone): it returns the Answer and the session to keep,
// and never changes the session it was given. Every session handed to it here is deep-frozen, so a write into it
// throws (a fault the engine would report and answer with its polite line, which the test catches too).
import { DateTime } from "luxon";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createBot, type Knowledge } from "../../src/index.js";
import { createNoticeEngine } from "../../src/engine/profiles.js";
import type { Session } from "../../src/engine/session.js";
import type { EngineFault } from "../../src/engine/engine.js";
import { knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Runs a conversation turn by turn through the engine, each turn on the frozen session the last one returned. */
function talk(knowledge: Knowledge, noticeId: string, turns: string[], now: string) {
  const faults: EngineFault[] = [];
  const engine = createNoticeEngine(knowledge, knowledge.notices.get(noticeId)!, (f) => faults.push(f));
  const at = DateTime.fromISO(now, { zone: "UTC" });
  let session: Session = deepFreeze({ profile: {} });
  const answers = [];
  for (const text of turns) {
    const before = structuredClone(session);
    const turn = engine.answer(text, session, at, undefined);
    expect(session, `the session given with "${text}" is unchanged`).toEqual(before);
    answers.push(turn.answer);
    session = deepFreeze(turn.session);
  }
  return { answers, session, faults };
}

const now = "2025-10-06T08:00:00Z";
const conversation = [
  "Am I eligible?",
  "I'm Irish",
  "I have a 3-year bachelor and 5 years of experience",
  "I speak English C2 and French B2",
  "How long is the contract?",
  "Can it be extended?",
  "Ich wohne in Berlin, wann ist die Frist?",
];

describe("answer(message, session, now, zone)", () => {
  const knowledge = knowledgeAt(projectKnowledgeDir);
  const id = [...knowledge.notices.keys()][0]!;

  it("returns the next session and never changes the one given, over a multi-turn check", () => {
    const { answers, session, faults } = talk(knowledge, id, conversation, now);
    expect(faults).toEqual([]);
    expect(answers[0]!.intent).toBe("eligibility");
    expect(answers[0]!.verdict).toBe("incomplete");
    expect(session.profile.nationalities).toEqual(["IE"]);
    expect(session.lastIntent).toBe(answers.at(-1)!.intent);
    expect(session.language).toBe("de");
  });

  it("gives the same answers as the conversation layer, which keeps the session the engine returns", () => {
    const { answers } = talk(knowledge, id, conversation, now);
    const bot = createBot({ knowledge, noticeId: id });
    const viaBot = conversation.map((text) => bot.ask({ sessionId: "pure", text, now }));
    expect(viaBot.map((a) => [a.intent, a.parts, a.verdict])).toEqual(answers.map((a) => [a.intent, a.parts, a.verdict]));
  });

  it("answers an eligibility form without changing the session given", () => {
    const engine = createNoticeEngine(knowledge, knowledge.notices.get(id)!);
    const given = deepFreeze<Session>({ profile: { age: 30 }, language: "en" });
    const before = structuredClone(given);
    const { answer, session } = engine.assessForm({ nationalities: ["IE"] }, given, DateTime.fromISO(now), undefined);
    expect(given).toEqual(before);
    expect(answer.intent).toBe("eligibility");
    expect(session.profile.nationalities).toEqual(["IE"]);
    expect(session.lastIntent).toBe("eligibility");
  });
});

describe("answer on notices of other shapes (several profiles, windows, read from their own words)", () => {
  const shapes = knowledgeAt(fileURLToPath(new URL("../fixtures/knowledge/shapes", import.meta.url)));
  it.each([...shapes.notices.keys()])("%s: a conversation on frozen sessions", (noticeId) => {
    const { answers, faults } = talk(shapes, noticeId, ["Am I eligible?", "I'm Greek", "What is the deadline?", "profile B: where is it?"], "2027-02-01T09:00:00Z");
    expect(faults).toEqual([]);
    expect(answers).toHaveLength(4);
  });
});
