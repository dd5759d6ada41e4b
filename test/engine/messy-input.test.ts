// Real questions are messy, and some input is hostile: always an answer, never a crash.
import { describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH } from "../../src/index.js";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("messy questions", () => {
  it.each([
    ["whn is teh dedline", "deadline"],
    ["WHEN IS THE DEADLINE", "deadline"],
    ["deadline", "deadline"],
    ["<@U0123ABCD> when is the deadline?", "deadline"],
    ["<at>Vacancy Bot</at> how long is the contract", "contract"],
    ["@vacancy-bot how do i apply", "application"],
    ["how long is teh contrat?", "contract"],
    ["Wat is the salry?", "pay"],
    ["Is Irish one of the official EU languages?", "languages"],
    ["Does Luxembourgish count as a language?", "languages"],
    ["I'm Spanish with a 4-year degree and B1 English", "eligibility"],
  ])("%s → %s", (q, intent) => {
    expect(last(bot, q, { now }).intent).toBe(intent);
  });

  it("says which languages do not count and why", () => {
    const lux = last(bot, "Does Luxembourgish count as a language?").text;
    expect(lux).toMatch(/No, Luxembourgish is not one of the 24 official languages/);
    expect(last(bot, "Is Irish one of the official EU languages?").text).toMatch(/Yes, Irish \(GA\) is one of the 24/);
  });
});

describe("bad input", () => {
  const nasty = [
    "",
    "   ",
    "\u0000\u0001\u0007\u001b[31m",
    "🤔🤔🤔 ??? <script>alert(1)</script>",
    "<!channel> <!here> <@U123> deadline?",
    "Ποια είναι η προθεσμία;",
    "截止日期是什么时候？",
    "'; DROP TABLE sessions; --",
    "{{7*7}} ${process.exit(1)}",
    "a".repeat(30_000),
    "deadline ".repeat(4000),
    "\uFFFF\uD800",
  ];

  it.each(nasty.map((s) => [s.slice(0, 40), s]))("answers %j without throwing", (_label, q) => {
    const a = last(bot, q, { now });
    expect(a.parts.length).toBeGreaterThan(0);
    expect(a.text.length).toBeLessThan(5000);
    expect(a.text).not.toMatch(/<script|<!channel>|<!here>|<@U/);
    expect(a.text).not.toMatch(/at \w+ \(.*\.ts:\d+/); // no stack trace
  });

  it("cuts an over-long message and says so", () => {
    const a = last(bot, "deadline ".repeat(4000), { now });
    expect(a.truncated).toBe(true);
    expect(a.intent).toBe("deadline");
    expect(a.text).toContain(`first ${MAX_QUESTION_LENGTH} characters`);
  });

  it("answers an empty message with help", () => {
    expect(last(bot, "   ").intent).toBe("help");
  });
});
