// What a question asks is answered whole: a language named before "to work in <city>" is the language asked
// (not a nationality), and "education and experience" gets both criteria (issue 18).
import { describe, expect, it } from "vitest";
import { botFor, last, projectKnowledgeDir } from "../../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("a question naming a language beside a place of work", () => {
  it.each([
    ["Do I need to speak Spanish to work in Brussels?", /Spanish/],
    ["Do I need to speak German to work in Brussels?", /German/],
  ])("%s → the language asked is answered", (q, language) => {
    const a = last(bot, q, { now });
    expect(a.intent).toBe("languages");
    expect(a.text).toMatch(language);
  });
});

describe("a question asking for two criteria", () => {
  it("“What education and experience do I need?” gives the education rule and says what the notice makes of experience", () => {
    const a = last(bot, "What education and experience do I need?", { now });
    expect(a.text).toMatch(/university studies of at least 3 years/);
    expect(a.text).toMatch(/experience is not an eligibility criterion/i);
  });
});
