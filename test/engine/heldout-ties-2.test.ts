// Held-out messages of the second round on ties (issue 17), written before the reading code was looked at: several
// requests joined by signs, commas, colons and numbered lists ("deadline & salary?", "grade + durée du contrat ?",
// "hey 3 qs: 1) grade? 2) probation? 3) …"), a list of subjects ("deadline, grade, contract length and probation?"),
// "and where to send it" in many languages; a status stated beside an open question ("Ich bin Beamter beim Rat. Wie
// kann ich mich bewerben?"); a subject named with no fact of the user's ("dan huwa xogħol permanenti?"); corrections
// of one fact ("sorry, I meant 2 years not 5", "actually I'm Irish, not British") that leave the rest of the profile.
// In the graders' case format (test/fixtures/heldout/ties-2.jsonl), about the project's notice.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeForCheck as norm } from "../../src/audit/index.js";
import { renderText } from "../../src/index.js";
import { botFor, knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";
import { misses, type HeldoutCase } from "../helpers/heldout.js";

const cases = readFileSync(new URL("../fixtures/heldout/ties-2.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Omit<HeldoutCase, "notice">);

describe("held-out messages of several requests, facts beside questions and corrections (second round)", () => {
  const bot = botFor(projectKnowledgeDir);
  const notice = norm([...knowledgeAt(projectKnowledgeDir).notices.values()][0]!.text);
  it("holds each class in several languages", () => {
    for (const tag of ["multi", "fact-beside", "subject-named", "correction"]) {
      const langs = new Set(cases.filter((c) => (c as { tags?: string[] }).tags?.includes(tag)).map((c) => c.id.split("-")[1]));
      expect(langs.size, tag).toBeGreaterThanOrEqual(5);
    }
  });
  it.each(cases.map((c, i) => [c.id, c, i] as const))("%s", (_id, c, i) => {
    const answer = c.turns.map((text) => bot.ask({ sessionId: `ties-2-${i}`, text, now: c.now, ...(c.tz ? { zone: c.tz } : {}) })).at(-1)!;
    const text = renderText(answer);
    expect(misses(c.expect, { text, citations: answer.citations, ...(answer.verdict ? { verdict: answer.verdict } : {}) }, notice), `${c.turns.join(" | ")}\n${text}`).toEqual([]);
  });
});
