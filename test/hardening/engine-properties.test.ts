// Whatever people type at an event (huge pastes, control characters, other scripts, markup, mention syntax),
// the bot answers: within a size bound, without throwing, and without anything that would ping a channel or
// a person when a channel shows it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBot, renderText, type Answer } from "../../src/index.js";
import { knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";

const bot = createBot({ knowledge: knowledgeAt(projectKnowledgeDir) });
const NOW = "2025-10-06T08:00:00Z";
/** No answer is longer than this, whatever the question (the longest real answers are about 2,000 characters). */
const MAX_ANSWER_CHARS = 16_000;
// Slack's broadcast and mention syntax, and Teams' mention markup.
const PINGS = /<!(?:channel|here|everyone)\b|<@[A-Z0-9]+|<!subteam\^|<at>/i;

const pieces = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@U0123ABCD>",
    "<@W999>",
    "<!subteam^S123>",
    "<at>Vacancy Bot</at>",
    "@channel",
    "@here",
    "<script>alert(1)</script>",
    "**bold** _it_ `code` ```block```",
    "<https://example.org|click>",
    "\u0000\u0007\u001b[31m\r\n\t",
    "\u202e\u200b\ufeff",
    "مرحبا ما هو الموعد النهائي",
    "截止日期是什么时候",
    "Когда крайний срок?",
    "When is the deadline?",
    "Am I eligible? I'm Estonian",
    "English C1, French B2",
    "I have a 3-year bachelor's",
  ),
);
const questions = fc.oneof(
  { weight: 4, arbitrary: fc.array(pieces, { maxLength: 8 }).map((p) => p.join(" ")) },
  { weight: 1, arbitrary: fc.tuple(pieces, fc.integer({ min: 1_000, max: 200_000 })).map(([p, n]) => (p || "x").repeat(Math.ceil(n / Math.max(1, p.length)))) },
);

function check(answer: Answer): void {
  const text = renderText(answer);
  expect(text.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
  expect(text).not.toMatch(PINGS);
  for (const f of answer.followUps) expect(f).not.toMatch(PINGS);
  expect(answer.intent).toEqual(expect.any(String));
  expect(answer.noticeId).toBe(bot.noticeId);
}

describe("the bot under any input", () => {
  it("ask(any string) answers within the size bound, never throws, and never pings", () => {
    fc.assert(
      fc.property(questions, (text) => {
        check(bot.ask({ sessionId: "prop-one", text, now: NOW }));
      }),
      { numRuns: 150 },
    );
  });

  it("ask(any string) holds over a conversation: each turn builds on what came before", () => {
    fc.assert(
      fc.property(fc.array(questions, { minLength: 2, maxLength: 5 }), fc.constantFrom(undefined, "Europe/Helsinki", "Not/AZone", ""), (turns, zone) => {
        const sessionId = `prop-conv-${Math.random()}`;
        for (const text of turns) check(bot.ask({ sessionId, text, now: NOW, zone }));
        bot.reset(sessionId);
      }),
      { numRuns: 40 },
    );
  });

  it("ask(a mention of someone) does not repeat the mention", () => {
    fc.assert(
      fc.property(fc.constantFrom("<!channel>", "<!here>", "<@U0123ABCD>", "<!everyone>"), fc.constantFrom("When is the deadline?", "tell everyone", "", "what is"), (ping, question) => {
        for (const text of [`${ping} ${question}`, `${question} ${ping}`, `${ping}${ping}`]) check(bot.ask({ sessionId: "prop-ping", text, now: NOW }));
      }),
      { numRuns: 30 },
    );
  });
});
