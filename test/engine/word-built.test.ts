// What English once read with patterns of its own, read in every language by the same code from its words
// (issue 17, "one understanding"): the time left asked in a unit (words.json `quantity` and `units`), a level
// said in words (`levels`), and a number a question puts on a unit (`numbers`, `units`).
import { describe, expect, it } from "vitest";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("the time left asked in hours, in every language from its quantity and unit words", () => {
  it.each([
    ["en", "How many hours do I have left?", /338 hours/],
    ["fr", "Il reste combien d'heures pour postuler ?", /338 heures/],
    ["de", "Wie viele Stunden bleiben mir noch?", /338 Stunden/],
    ["es", "¿Cuántas horas me quedan?", /338 horas/],
  ])("%s: %s", (_, q, hours) => {
    const a = last(bot, q, { now });
    expect(a.intent).toBe("deadline");
    expect(a.text).toMatch(hours);
  });

  it("gives the span alone when no unit is asked", () => {
    expect(last(bot, "Il reste combien de temps pour postuler ?", { now }).text).not.toMatch(/338/);
  });
});

describe("a level said in words, from the language's level phrases", () => {
  it("reads English 'fluent' and 'mother tongue' as levels", () => {
    const a = last(bot, "I'm Irish with a 4-year degree; English is my mother tongue and I'm fluent in French. Am I eligible?", { now });
    expect(a.verdict).toBe("eligible");
  });
});

describe("a number a yes/no question puts on a unit, from the language's unit words", () => {
  it("answers 'Is the contract 5 years?' with a No and the notice's 4 years", () => {
    expect(last(bot, "Is the contract 5 years?", { now }).text).toMatch(/^No: the first contract is for up to 4 years/);
  });
});
