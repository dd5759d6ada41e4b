// Held-out sets about the project's notice asked in many languages: each case states what the last answer must
// contain, as the graders do, and the language it must be in ("lang").
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { botFor, converse, projectKnowledgeDir } from "./bot.js";

type LanguageCase = {
  id: string;
  turns: string[];
  now: string;
  tz?: string;
  lang: string;
  expect: { all?: string[][]; none?: string[]; verdict?: string; cited?: boolean };
};

const plain = (s: string) => s.normalize("NFKC").replace(/[\u2010-\u2015\u2212]/g, "-").replace(/[\u2018\u2019]/g, "'").replace(/[*_`]/g, "").replace(/\s+/g, " ").toLowerCase();

/**
 * One test per case of a JSON-lines fixture, replayed against the project's notice; the cases named in `open` (id →
 * the class of its failure) are still answered wrongly and are listed as to-dos with their class, not asserted.
 */
export function replayLanguageSet(title: string, file: URL, open: Record<string, string> = {}): void {
  const cases: LanguageCase[] = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LanguageCase);
  const bot = botFor(projectKnowledgeDir);
  describe(title, () => {
    for (const [id, why] of Object.entries(open)) it.todo(`${id} (open: ${why})`);
    it("names only cases of the set as open", () => {
      expect(Object.keys(open).filter((id) => !cases.some((c) => c.id === id))).toEqual([]);
    });
    it.each(cases.filter((c) => !(c.id in open)).map((c) => [c.id, c] as const))("%s", (_id, c) => {
      const answer = converse(bot, c.turns, { now: c.now, ...(c.tz ? { zone: c.tz } : {}) }).at(-1)!;
      const text = ` ${plain(answer.text)} `;
      expect(answer.language, c.turns.at(-1)).toBe(c.lang);
      for (const group of c.expect.all ?? []) expect(group.some((alt) => text.includes(plain(alt))), `${c.id}: one of ${JSON.stringify(group)} in ${answer.text}`).toBe(true);
      for (const bad of c.expect.none ?? []) expect(text.includes(plain(bad)), `${c.id}: ${bad} in ${answer.text}`).toBe(false);
      if (c.expect.verdict) expect(answer.verdict, c.id).toBe(c.expect.verdict);
      if (c.expect.cited) expect(answer.citations.length, c.id).toBeGreaterThan(0);
    });
  });
}

/** What a case of a set judged by intent expects: the intents that may answer it, words a cited passage must hold. */
export type IntentExpectation = { intent: string[]; quote?: string[]; notIntent?: string[]; noVerdict?: boolean };

/** How an answer misses a case judged by intent, its language and its cited passages: empty when it does not. */
export function intentMisses(e: IntentExpectation, lang: string, answer: { language?: string; intent: string; verdict?: string; citations: { quote: string }[] }): string[] {
  const why: string[] = [];
  if (answer.language !== lang) why.push(`language ${answer.language}`);
  if (!e.intent.includes(answer.intent)) why.push(`intent ${answer.intent}`);
  if (e.notIntent?.includes(answer.intent)) why.push(`intent ${answer.intent} is one it must not be`);
  for (const word of e.quote ?? []) if (!answer.citations.some((q) => q.quote.toLowerCase().includes(word))) why.push(`no cited passage holds "${word}"`);
  if (e.noVerdict && answer.verdict) why.push(`an eligibility check (${answer.verdict})`);
  return why;
}
