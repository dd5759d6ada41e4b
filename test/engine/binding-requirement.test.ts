// "i have only 2 yrs in cyber, is the 3 years a must?": an asking clause that takes its subject from the statement
// beside it ("the 3 years") asks whether a stated requirement is binding. Where the years are in the notice's
// ideal-candidate list and no eligibility criterion, the answer says so and quotes the list; no check starts.
// The same in every language: the clause read alone is less sure than the whole message, which reads as experience.
import { describe, expect, it } from "vitest";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";
const ASSET = "At least 3 years of professional experience in cybersecurity";

describe("whether a requirement stated beside the user's own facts is binding", () => {
  it.each([
    ["i have only 2 yrs in cyber, is the 3 years a must?"],
    ["ich habe nur 2 Jahre Erfahrung, sind die 3 Jahre Pflicht?"],
    ["mam tylko 2 lata doświadczenia, czy te 3 lata są obowiązkowe?"],
    ["j'ai seulement 2 ans d'expérience, les 3 ans sont obligatoires ?"],
    ["ho solo 2 anni di esperienza, i 3 anni sono obbligatori?"],
  ])("%s: the experience answer with the list it stands in, no check", (question) => {
    const answer = last(bot, question, { now });
    expect(answer.intent, answer.text).toBe("experience");
    expect(answer.verdict).toBeUndefined();
    expect(answer.citations.some((c) => c.quote.includes(ASSET))).toBe(true);
  });
});
