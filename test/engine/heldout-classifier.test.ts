// Held-out short questions on the classes that decided the classifier (issue 17, docs/classifiers.md): one short
// question whose few words a classifier can read confidently the wrong way ("which step would i start on?",
// "am I talking to a human?", "can I still apply without experience?", "is Spanish one of the languages?"),
// written in several languages the way candidates type them, before reading how the engine reads them.
// Each case names the intents that may answer it, and where it matters a word the cited passage must hold,
// an intent that must not answer it, or that no eligibility check is started.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { botFor, converse, projectKnowledgeDir } from "../helpers/bot.js";
import { intentMisses, type IntentExpectation } from "../helpers/heldout-languages.js";

type Case = {
  id: string;
  lang: string;
  turns: string[];
  now: string;
  expect: IntentExpectation;
};

const cases: Case[] = readFileSync(new URL("../fixtures/heldout-classifier.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

const bot = botFor(projectKnowledgeDir);

describe("held-out short questions a classifier can misread", () => {
  it("has the set", () => expect(cases.length).toBeGreaterThanOrEqual(45));
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const answer = converse(bot, c.turns, { now: c.now }).at(-1)!;
    const why = intentMisses(c.expect, c.lang, answer);
    expect(why, `${c.turns.join(" | ")}\n${answer.text}`).toEqual([]);
  });
});
