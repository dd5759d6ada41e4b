// The criteria a notice in French states, checked for French and English questions: experience said as a start
// month, traineeships that do not count, a required language the user says they do not speak, the grade
// the notice's table gives for the user's years (test/fixtures/knowledge/words-criteria).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createSinceReader, yearsSince } from "../../../src/engine/eligibility/since.js";
import { normalizeForMatch } from "../../../src/text/normalize.js";
import { readImportReference } from "../../../src/import/import.js";
import { botFor, converse, last } from "../../helpers/bot.js";

const dir = fileURLToPath(new URL("../../fixtures/knowledge/words-criteria", import.meta.url));
const fr = botFor(dir, "EAE-2027-FR");
const now = "2027-04-20T09:00:00Z";
const status = (a: { criteria?: { id: string; status: string }[] }, id: string) => a.criteria?.find((c) => c.id === id)?.status;

describe("createSinceReader", () => {
  const words = readImportReference().words!;
  it.each([
    ["fr", "je travaille depuis octobre 2019 comme juriste", "2019-10"],
    ["fr", "j'ai un master obtenu en 2018 et je suis salariée depuis mars 2020", "2020-03"],
    ["en", "I have been employed as a lawyer since March 2021", "2021-03"],
    ["en", "I have lived in Brussels since 2015", undefined],
    ["fr", "je fais des études de droit depuis 2022", undefined],
  ])("%s: %s → %s", (language, text, want) => {
    expect(createSinceReader(words.get(language)!.words)(normalizeForMatch(text))).toBe(want);
  });

  it("yearsSince counts whole months, as years rounded down to one decimal", () => {
    expect(yearsSince("2024-09", { year: 2027, month: 6 })).toBe(2.7);
    expect(yearsSince("2019-10", { year: 2027, month: 6 })).toBe(7.6);
  });
});

describe("a French notice's criteria", () => {
  it("counts experience from the month the user started, up to the deadline", () => {
    const q = "Je suis belge. J'ai un master en droit (5 ans d'études). Je travaille depuis mars 2020 comme juriste. Français langue maternelle, anglais C1. Suis-je éligible ?";
    const a = last(fr, q, { now });
    expect(status(a, "experience")).toBe("met");
    expect(a.verdict).toBe("eligible");
  });

  it("says that traineeships do not count, and rules out experience short of the minimum", () => {
    const q = "Je suis portugaise. J'ai une licence en droit de 4 ans, puis un stage de 6 mois, et je suis juriste salariée depuis septembre 2023. Portugais langue maternelle, anglais C1. Est-ce que je peux postuler ?";
    const a = last(fr, q, { now });
    expect(status(a, "experience")).toBe("not_met");
    expect(a.text).toMatch(/stages ne sont pas pris en compte/);
    expect(a.text).toMatch(/5 ans/);
  });

  it("rules out a user who says they do not speak the language one of the two must be", () => {
    const q = "I'm Austrian with a 4-year law degree and 6 years of experience since graduating. German is my mother tongue and my Italian is C1; I don't speak English. Am I eligible?";
    const a = last(fr, q, { now });
    expect(status(a, "languages")).toBe("not_met");
    expect(a.verdict).toBe("not_eligible");
    expect(a.text).toMatch(/English/);
  });

  it("gives the grade the notice's table sets for the years asked about, citing the table", () => {
    const [, second] = converse(fr, ["I have a 5-year master's degree and 9 years of experience since graduating. At which grade would I be recruited?", "And if I had only 6 years of experience?"], { now });
    expect(second!.text).toMatch(/grade AD6/);
    expect(second!.citations.some((c) => /8 ans ou plus/.test(c.quote))).toBe(true);
  });
});
