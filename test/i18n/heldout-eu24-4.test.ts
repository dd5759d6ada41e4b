// Held-out questions about the first notice in all 24 official languages, fourth round (issues 17 and 19), written
// before the reading code was looked at, about traps the earlier sets had little of: nationalities outside the
// EU/EEA in inflected forms ("jestem Wenezuelczykiem", "venezuelai vagyok", "Libjan", "angolana"), some living in
// the EU ("Soy peruana, vivo en Madrid"); ages and birth years beside a check ("nato nel '59", "I'm 66"); freelance,
// self-employed, part-time experience and experience in months; the deadline in the user's zone named by a city,
// island or country (Lisbon, the Canaries, the Azores, Réunion, Curaçao, Cyprus); thanks, farewells, "are you a
// bot?", insults and emoji; typos and missing diacritics; and conversations that switch language. Each case states
// what the answer must contain, as the graders do; the answer is in the language of the last turn ("lang").
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

const cases: Case[] = readFileSync(fileURLToPath(new URL("../fixtures/heldout/eu24-4.jsonl", import.meta.url)), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

const bot = botFor(projectKnowledgeDir);
const plain = (s: string) => s.normalize("NFKC").replace(/[\u2010-\u2015\u2212]/g, "-").replace(/[\u2018\u2019]/g, "'").replace(/[*_`]/g, "").replace(/\s+/g, " ").toLowerCase();

describe("held-out questions in all 24 languages, fourth round (nationalities, ages, freelancers, zones by place, small talk, typos)", () => {
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
