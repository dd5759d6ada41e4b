// Held-out questions in the sixteen newer languages (bg hr cs da et fi el hu ga lv lt mt ro sk sl sv) about the
// first notice, third round (issue 19), written before the reading code was looked at: colloquial, phone style,
// without diacritics, Bulgarian and Greek in Latin letters, English words inside ("security clearance", "salary
// range"), numbers as words and as compounds ("toårig", "τετραετές", "dvojročné"), inflected country names
// ("Magyarországon", "Suomessa", "iš Lietuvos"), residence that is not nationality ("har boet i Danmark … tyrkisk
// statsborger"), facts across turns, false premises, the deadline in the user's zone (Faroe, Lisbon, Helsinki) and
// after it has passed. Each case states what the answer must contain, as the graders do; the answer is in the
// language asked in ("lang").
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { botFor, converse, projectKnowledgeDir } from "../helpers/bot.js";

type Case = {
  id: string;
  turns: string[];
  now: string;
  tz?: string;
  lang: string;
  expect: { all?: string[][]; none?: string[]; verdict?: string; cited?: boolean };
};

const cases: Case[] = readFileSync(fileURLToPath(new URL("../fixtures/heldout/native3.jsonl", import.meta.url)), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

const bot = botFor(projectKnowledgeDir);
const plain = (s: string) => s.normalize("NFKC").replace(/[\u2010-\u2015\u2212]/g, "-").replace(/[\u2018\u2019]/g, "'").replace(/[*_`]/g, "").replace(/\s+/g, " ").toLowerCase();

describe("held-out questions in the sixteen newer languages, third round", () => {
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const answer = converse(bot, c.turns, { now: c.now, ...(c.tz ? { zone: c.tz } : {}) }).at(-1)!;
    const text = ` ${plain(answer.text)} `;
    expect(answer.language, c.turns.at(-1)).toBe(c.lang);
    for (const group of c.expect.all ?? []) expect(group.some((alt) => text.includes(plain(alt))), `${c.id}: one of ${JSON.stringify(group)} in ${answer.text}`).toBe(true);
    for (const bad of c.expect.none ?? []) expect(text.includes(plain(bad)), `${c.id}: ${bad} in ${answer.text}`).toBe(false);
    if (c.expect.verdict) expect(answer.verdict, c.id).toBe(c.expect.verdict);
    if (c.expect.cited) expect(answer.citations.length, c.id).toBeGreaterThan(0);
  });
});
