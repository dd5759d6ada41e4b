// Held-out questions on the user's facts read with their scope and on several requests in one message (issues 17
// and 19), written in several languages before reading how the engine reads them: the answers to requests of one
// intent come in the order asked ("where is it, how long is the contract and is there probation?"); a language's
// "and" before a question word parts two requests; a country's clock named with its people's adjective ("ora
// irlandese", "isländsk tid"); where a degree is from is no nationality ("ucraino, laurea in Polonia"), while the
// user's own nationality named again beside it stays theirs; two questions after a long statement of facts.
// Fixture: test/fixtures/heldout/fact-words.jsonl, in the graders' case format, plus `order`: groups whose first
// match must come in that order in the answer.
import { describe, expect, it } from "vitest";
import { normalizeForCheck } from "../../src/audit/index.js";
import { botFor, converse, knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";
import { misses, readCases } from "../helpers/heldout.js";

type Case = { id: string; turns: string[]; now?: string; tz?: string; expect: { all?: string[][]; none?: string[]; verdict?: string; cited?: boolean; order?: string[][] } };

const cases = readCases<Case>(new URL("../fixtures/heldout/fact-words.jsonl", import.meta.url));

const norm = normalizeForCheck;
const bot = botFor(projectKnowledgeDir);
const notice = norm([...knowledgeAt(projectKnowledgeDir).notices.values()][0]!.text);

/** Where each group's first alternative found stands in the text; -1 where none is. */
const positions = (text: string, groups: string[][]) => groups.map((g) => Math.min(...g.map((a) => text.indexOf(norm(a))).filter((i) => i >= 0), Infinity));

describe("held-out questions on facts and requests (fact words in every language)", () => {
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const answer = converse(bot, c.turns, { now: c.now ?? "2025-10-06T08:00:00Z", ...(c.tz ? { zone: c.tz } : { zone: "Europe/Brussels" }) }).at(-1)!;
    expect(misses(c.expect, answer, notice), `${c.turns.join(" | ")}\n${answer.text}`).toEqual([]);
    if (c.expect.order) {
      const at = positions(norm(answer.text), c.expect.order);
      expect(at.every((p, i) => Number.isFinite(p) && (i === 0 || p > at[i - 1]!)), `${c.turns.join(" | ")}\n${answer.text}`).toBe(true);
    }
  });
});
