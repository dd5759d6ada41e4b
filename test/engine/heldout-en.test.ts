// A held-out English set about the project's notice (issue 17): questions written the way candidates type them
// on a phone (other wordings, typos, slang, several questions at once, follow-ups, false premises), each with
// what its answer must contain and must not. Written before reading how the engine reads them; kept so that
// the classes they showed stay fixed. Fixture: test/fixtures/heldout-en.jsonl, in the graders' case format,
// with one more check: `starts`, the answer's first words (the asked topic leads a yes/no answer).
import { describe, expect, it } from "vitest";
import { normalizeForCheck } from "../../src/audit/index.js";
import { botFor, converse, knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";
import { misses, readCases } from "../helpers/heldout.js";

type Case = {
  id: string;
  turns: string[];
  now?: string;
  expect: { all?: string[][]; none?: string[]; verdict?: string; cited?: boolean; starts?: string[] };
};

const cases = readCases<Case>(new URL("../fixtures/heldout-en.jsonl", import.meta.url));

// Compared as the graders compare: case, white space, Markdown emphasis and links aside.
const norm = normalizeForCheck;

const bot = botFor(projectKnowledgeDir);
const notice = norm([...knowledgeAt(projectKnowledgeDir).notices.values()][0]!.text);

describe("held-out English questions about the notice", () => {
  it("has the set", () => expect(cases.length).toBeGreaterThanOrEqual(120));
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const answer = converse(bot, c.turns, { now: c.now ?? "2025-10-06T08:00:00Z" }).at(-1)!;
    const why = misses(c.expect, answer, notice);
    expect(why, `${c.turns.join(" | ")}\n${answer.text}`).toEqual([]);
  });
});
