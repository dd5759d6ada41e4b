// The criteria a notice in French states, checked for French and English questions: experience said as a start
// month, traineeships that do not count, a required language the user says they do not speak, the grade
// the notice's table gives for the user's years (test/fixtures/knowledge/words-criteria).
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
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
    ["en", "Since 2018 I have worked full time at Statistics Lithuania", "2018-01"],
    ["en", "I have lived in Brussels since 2015", undefined],
    ["en", "Since 2015 I have lived in Brussels", undefined],
    ["en", "I worked there from 2015 to 2019", undefined],
    ["fr", "je fais des études de droit depuis 2022", undefined],
  ])("%s: %s → %s", (language, text, want) => {
    expect(createSinceReader(words.get(language)!.words)(normalizeForMatch(text))?.since).toBe(want);
  });

  // Every language, with its since-word where the language puts it: before the date, after it, glued to it, or
  // a month's own "from" case; a month with a preposition before the year ("desde octubre de 2019").
  it.each([
    ["bg", "Работя като юрист от октомври 2019 г. насам", "2019-10"],
    ["cs", "Pracuji jako právník od října 2019", "2019-10"],
    ["da", "Jeg har arbejdet som jurist siden oktober 2019", "2019-10"],
    ["de", "Ich arbeite seit dem 1. Oktober 2019 als Juristin", "2019-10"],
    ["el", "Εργάζομαι ως νομικός από τον Οκτώβριο του 2019", "2019-10"],
    ["en", "I have worked as a lawyer from October 2019 onwards", "2019-10"],
    ["es", "Trabajo como jurista desde octubre de 2019", "2019-10"],
    ["et", "Töötan juristina alates 2019. aasta oktoobrist", "2019-10"],
    ["et", "Töötan juristina 2019. aastast alates", "2019-01"],
    ["fi", "Olen työskennellyt juristina vuodesta 2019", "2019-01"],
    ["fi", "Olen ollut töissä juristina lokakuusta 2019 lähtien", "2019-10"],
    ["fr", "Je suis juriste salariée depuis octobre 2019", "2019-10"],
    ["ga", "Tá mé ag obair mar dhlíodóir ó Dheireadh Fómhair 2019 i leith", "2019-10"],
    ["hr", "Radim kao pravnik od listopada 2019.", "2019-10"],
    ["hu", "2019 óta dolgozom jogászként", "2019-01"],
    ["hu", "2019 októbere óta dolgozom jogászként", "2019-10"],
    ["hu", "2019-től dolgozom jogászként", "2019-01"],
    ["it", "Lavoro come giurista dall'ottobre 2019", "2019-10"],
    ["it", "Lavoro come giurista da ottobre del 2019", "2019-10"],
    ["lt", "Dirbu teisininku nuo 2019 m. spalio", "2019-10"],
    ["lv", "Strādāju par juristu kopš 2019. gada oktobra", "2019-10"],
    ["mt", "Naħdem bħala avukat minn Ottubru 2019 'l hawn", "2019-10"],
    ["nl", "Ik werk sinds oktober 2019 als jurist", "2019-10"],
    ["pl", "Pracuję jako prawnik od października 2019 r.", "2019-10"],
    ["pt", "Trabalho como jurista desde outubro de 2019", "2019-10"],
    ["ro", "Lucrez ca jurist din octombrie 2019 încoace", "2019-10"],
    ["sk", "Pracujem ako právnik od októbra 2019", "2019-10"],
    ["sl", "Delam kot pravnik od oktobra 2019", "2019-10"],
    ["sv", "Jag har arbetat som jurist sedan oktober 2019", "2019-10"],
    ["pl", "Pracowałem jako prawnik od 2015 do 2019 roku", undefined],
  ])("%s: %s → %s", (language, text, want) => {
    expect(createSinceReader(words.get(language)!.words)(normalizeForMatch(text))?.since).toBe(want);
  });

  it("yearsSince counts from the first day of the month, as years rounded down to one decimal", () => {
    expect(yearsSince("2024-09", DateTime.fromISO("2027-06-01T00:00", { zone: "utc" }))).toBe(2.7);
    expect(yearsSince("2024-01", DateTime.fromISO("2027-10-30T23:59", { zone: "Europe/Brussels" }))).toBe(3.8);
    expect(yearsSince("2027-08", DateTime.fromISO("2027-06-01T00:00", { zone: "utc" }))).toBe(0);
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
