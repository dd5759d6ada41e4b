// Short questions the detectors cannot place (eld knows neither Irish nor Maltese, and a few words say little):
// the language whose own words (function words and the words of its example questions) make up the message
// answers it. The same data and code for every language.
import { describe, expect, it } from "vitest";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const cti = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("a short question in a language the detectors do not know well", () => {
  it.each([
    ["mt", "Sa meta nista' napplika?", "deadline"],
    ["ga", "Cé mhéad a íocann an post seo?", "pay"],
  ])("%s: “%s” is answered in that language, on its subject", (language, q, intent) => {
    const a = last(cti, q, { now });
    expect(a.language).toBe(language);
    expect(a.intent).toBe(intent);
  });

  it.each([
    ["en", "Do I pay taxes?"],
    ["en", "Is the job based in Strasbourg?"],
    ["fr", "Quel est le salaire ?"],
    ["it", "Qual è lo stipendio?"],
    ["pt", "Qual é o salário?"],
  ])("%s: “%s” stays in its own language", (language, q) => {
    expect(last(cti, q, { now }).language).toBe(language);
  });
});

describe("a two-word question in a new conversation, no channel locale (the detection table's worst class)", () => {
  it.each([
    ["it", "posso candidarmi?"],
    ["fi", "etätyö mahdollista?"],
  ])("%s: “%s”, every word the language's own, is answered in it", (language, q) => {
    expect(last(cti, q, { now }).language).toBe(language);
  });

  it.each([["en", "thanks a lot"], ["en", "Wat is the salary?"]])("%s: “%s” stays English", (language, q) => {
    expect(last(cti, q, { now }).language).toBe(language);
  });
});
