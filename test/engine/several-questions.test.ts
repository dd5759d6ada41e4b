// Several questions in one message are answered in the order they were asked (issue 21, item 8).
import { describe, expect, it } from "vitest";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("answers to several questions in one message", () => {
  it.each([
    ["Where is the job and how much does it pay?", "place of employment", "salary"],
    ["How much does it pay and where is the job?", "salary", "place of employment"],
    ["How long is the contract and where is the job?", "4 years", "place of employment"],
    ["Where is the job and how long is the contract?", "place of employment", "4 years"],
  ])("%s: the answers come in the questions' order", (question, first, second) => {
    const text = last(bot, question, { now }).text;
    expect(text.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(second)).toBeGreaterThan(text.indexOf(first));
  });
});

describe("the eligibility form opens with what the conversation knows", () => {
  it("after “I'm Greek” the form's nationality is Greece, and submitting it unchanged keeps it", () => {
    const sessionId = "form-known";
    bot.ask({ sessionId, text: "I'm Greek", now });
    const spec = bot.form("en", sessionId);
    expect(spec.values).toMatchObject({ nationalities: ["EL"] });
    const answer = bot.checkEligibility({ sessionId, values: spec.values!, now });
    expect(answer.criteria?.find((c) => c.id.includes("nation") || c.label.includes("itizenship"))?.status).toBe("met");
    expect(bot.form("en", "never-seen").values).toBeUndefined();
  });
});
