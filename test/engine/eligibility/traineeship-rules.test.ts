// Criteria of traineeship and agency notices, on a notice of their own wording read at load time
// (test/fixtures/knowledge/shapes/EUIPO-2027-TRAINEE-ADMIN): previous service in the EU institutions with a
// duration limit, nationalities excluded or grouped in the notice's words, a named language one of the required
// ones must be, and a secondary-education route whose experience does not count twice.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPreviousService, readPreviousServiceRule } from "../../../src/engine/eligibility/previous-service.js";
import { wordsSchema } from "../../../src/knowledge/schema.js";
import { botFor, converse, last } from "../../helpers/bot.js";

const shapes = fileURLToPath(new URL("../../fixtures/knowledge/shapes", import.meta.url));
const bot = botFor(shapes, "EUIPO-2027-TRAINEE-ADMIN");
const now = "2027-08-01T09:00:00Z";
const words = (lang: string) => wordsSchema.parse(JSON.parse(readFileSync(new URL(`../../../knowledge/lexicon/${lang}/words.json`, import.meta.url), "utf8")));
const criterion = (a: { criteria?: { id: string; status: string; reason: string; label: string }[] }, id: string) => a.criteria?.find((c) => c.id === id);

describe("previous service in the EU institutions", () => {
  it.each([
    ["I did a 2-month paid internship at the European Commission.", "not_met", /six weeks|6 weeks/],
    ["I did a 1-month paid internship at the European Parliament.", "met", /not more than the 6 weeks/],
    ["I have never worked for the EU.", "met", /no traineeship or employment/],
  ])("%s → %s", (q, want, words) => {
    const c = criterion(last(bot, `${q} Am I eligible?`, { now }), "previous-service");
    expect(c?.status).toBe(want);
    expect(`${c?.label} ${c?.reason}`).toMatch(words);
  });

  it("is a condition still to be met, not a question, while the user has not spoken of it", () => {
    const a = last(bot, "I'm Italian. Am I eligible?", { now });
    expect(a.criteria?.find((c) => c.id === "previous-service")?.checkable).toBe(false);
  });

  it("re-assesses a supposition after the check, without keeping it", () => {
    const [first, second, third] = converse(bot, ["I did a 3-month unpaid internship at the European Commission. Am I eligible?", "And what if it had been paid?", "Am I eligible?"], { now });
    expect(criterion(first!, "previous-service")?.status).toBe("met");
    expect(criterion(second!, "previous-service")?.status).toBe("not_met");
    expect(criterion(third!, "previous-service")?.status).toBe("met");
  });

  it("reads the rule from a notice's words in English and in French", () => {
    const en = "not have benefited from a paid traineeship of more than two consecutive months in a European Union institution. Unpaid traineeships are not taken into account.";
    expect(readPreviousServiceRule({ clean: en, raw: en }, [words("en")])).toMatchObject({ limit: { amount: 2, unit: "month" }, consecutive: true, paidOnly: true });
    const fr = "ne pas avoir déjà effectué un stage rémunéré de plus de six semaines dans une institution ou un organe de l'Union.";
    expect(readPreviousServiceRule({ clean: fr, raw: fr }, [words("fr")])).toMatchObject({ limit: { amount: 6, unit: "week" }, paidOnly: true });
    const none = "have a thorough knowledge of one of the official languages of the European Union.";
    expect(readPreviousServiceRule({ clean: none, raw: none }, [words("en")])).toBeUndefined();
  });

  it("reads the user's service, paid or not", () => {
    expect(readPreviousService("In 2025 I did a 5-month paid Blue Book traineeship at the European Commission. I'm Italian, 26.", words("en"))).toEqual({ amount: 5, unit: "month", paid: true });
    expect(readPreviousService("j'ai fait un stage non rémunéré de 4 mois à la Commission européenne", words("fr"))).toEqual({ amount: 4, unit: "month", paid: false });
    expect(readPreviousService("I have 5 years of experience, I'm an EU citizen", words("en"))).toBeUndefined();
  });
});

describe("nationalities in the notice's words", () => {
  it("says a country the notice excludes in so many words is excluded", () => {
    const c = criterion(last(bot, "I'm Swiss. Am I eligible?", { now }), "citizenship");
    expect(c?.status).toBe("not_met");
    expect(c?.reason).toMatch(/excludes candidates from Switzerland/);
  });

  it("names the group of countries admitted beyond the EU as the notice words it", () => {
    const c = criterion(last(bot, "I'm Serbian. Am I eligible?", { now }), "citizenship");
    expect(c?.status).toBe("met");
    expect(c?.reason).toMatch(/one of the following candidate countries/);
  });
});

describe("a named language one of the required ones must be", () => {
  it.each([
    ["Italian is my mother tongue, my English is C1 and my Spanish B1.", "not_met"],
    ["Italian is my mother tongue and my English is C1.", "unknown"],
    ["Italian is my mother tongue and my Spanish is B2.", "met"],
  ])("%s → %s", (q, want) => {
    const c = criterion(last(bot, `${q} Am I eligible?`, { now }), "languages");
    expect(c?.status).toBe(want);
    expect(`${c?.label} ${c?.reason}`).toMatch(/Spanish/);
  });
});

describe("secondary education and experience", () => {
  it("a secondary route short of its years is not met, naming them", () => {
    const c = criterion(last(bot, "I have a secondary-school diploma and 2 years of professional experience. Am I eligible?", { now }), "education");
    expect(c?.status).toBe("not_met");
    expect(c?.reason).toMatch(/3 years/);
  });

  it("the route's years do not count again towards the experience criterion", () => {
    const a = last(bot, "I only have a secondary school diploma and 3 years of professional experience. Am I eligible?", { now });
    expect(criterion(a, "education")?.status).toBe("met");
    expect(criterion(a, "experience")?.status).toBe("not_met");
    expect(criterion(a, "experience")?.reason).toMatch(/4 years/);
  });
});
