// A greeting beside a question does not win over the question, in any language: small talk is answered only
// when no other intent's score (its words and its votes, read the same way for every language) outweighs it.
import { describe, expect, it } from "vitest";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("a greeting beside a question", () => {
  it.each([
    ["de", "Moin, wann ist Bewerbungsschluss?"],
    ["de", "Servus, bis wann kann ich mich bewerben?"],
    ["fr", "Bonjour, quelle est la date limite ?"],
    ["en", "hello, when is the deadline?"],
  ])("%s: %s → the deadline", (_, q) => {
    expect(last(bot, q, { now }).intent).toBe("deadline");
  });

  it.each(["Moin!", "hi", "Bonjour !", "Hallo"])("a greeting alone is small talk: %s", (q) => {
    expect(last(bot, q, { now }).intent).toBe("greeting");
  });
});
