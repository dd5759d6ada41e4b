// Held-out questions in Danish, Swedish, Finnish, Estonian, Latvian, Lithuanian, Irish and Maltese about the
// first notice, written the way candidates type (no diacritics, typos, two questions in one, their own facts,
// a false premise), and a conversation per language that goes to English and back (issue 19, the second read).
// Each case states what the answer must contain, as the graders do; the answer is in the language asked in.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { botFor, converse, projectKnowledgeDir } from "../helpers/bot.js";

type Case = {
  id: string;
  turns: string[];
  now: string;
  tags: string[];
  expect: { all?: string[][]; none?: string[]; verdict?: string; cited?: boolean };
};

const cases: Case[] = readFileSync(fileURLToPath(new URL("../fixtures/heldout-native-b.jsonl", import.meta.url)), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

const bot = botFor(projectKnowledgeDir);
const plain = (s: string) => s.normalize("NFKC").replace(/[\u2010-\u2015\u2212]/g, "-").replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").toLowerCase();

describe("held-out questions in da, sv, fi, et, lv, lt, ga, mt", () => {
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const answer = converse(bot, c.turns, { now: c.now }).at(-1)!;
    const text = plain(answer.text);
    expect(answer.language, c.turns.at(-1)).toBe(c.tags[0]);
    for (const group of c.expect.all ?? []) expect(group.some((alt) => text.includes(plain(alt))), `${c.id}: one of ${JSON.stringify(group)} in ${answer.text}`).toBe(true);
    for (const bad of c.expect.none ?? []) expect(text.includes(plain(bad)), `${c.id}: ${bad} in ${answer.text}`).toBe(false);
    if (c.expect.verdict) expect(answer.verdict, c.id).toBe(c.expect.verdict);
    if (c.expect.cited) expect(answer.citations.length, c.id).toBeGreaterThan(0);
  });
});
