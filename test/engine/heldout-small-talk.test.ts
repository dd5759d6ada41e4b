// Held-out messages on the classes the misread lists shrank by (issue 17, misread-shrink round): a farewell with a
// wish ("bye, have a nice day"), a greeting asking how the bot is, a thank-you whose commas made it look long, a
// one-word greeting or thanks opening a conversation in any language ("Goedemiddag!", "Kiitos!"), the job's typical
// week or a summary of it, health insurance and pensions. Written in several languages the way candidates type them;
// each case names the intents that may answer it, the language it must be answered in, and where it matters a word
// the cited passage must hold.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { botFor, converse, projectKnowledgeDir } from "../helpers/bot.js";
import { intentMisses, type IntentExpectation } from "../helpers/heldout-languages.js";

type Case = {
  id: string;
  lang: string;
  turns: string[];
  now?: string;
  expect: IntentExpectation;
};

const cases: Case[] = readFileSync(new URL("../fixtures/heldout-small-talk.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

const bot = botFor(projectKnowledgeDir);
const NOW = "2025-10-06T08:00:00Z";

describe("held-out small talk, one-word openings, the role and benefits", () => {
  it("has the set", () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const answer = converse(bot, c.turns, { now: c.now ?? NOW }).at(-1)!;
    const why = intentMisses(c.expect, c.lang, answer);
    expect(why, `${c.turns.join(" | ")}\n${answer.text}`).toEqual([]);
  });
});
