// The classes the second held-out set about the notice showed (issue 17), each in more than one language: an
// aspect asked alone after an answer, a decimal number of years, a profile listed with no "I", studies not yet
// completed, short non-university qualifications, a list of languages closed by "nothing else", and a premise on
// the under-represented list. The held-out cases themselves: heldout-en2.test.ts.
import { describe, expect, it } from "vitest";
import { botFor, converse, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("an aspect asked alone after an answer is asked of that answer's subject", () => {
  it.each([
    ["en", ["is there a probation?", "how long?"], /9 months|9-month/i],
    ["fr", ["y a-t-il une période d'essai ?", "combien de temps ?"], /9 mois/i],
    ["de", ["gibt es eine Probezeit?", "wie lange?"], /9 Monate|9-monatig/i],
  ])("%s", (_lang, turns, want) => {
    const a = converse(bot, turns as string[], { now }).at(-1)!;
    expect(a.intent).toBe("contract");
    expect(a.text).toMatch(want as RegExp);
  });
  it("a follow-up naming its own subject keeps it", () => {
    const a = converse(bot, ["is there a probation?", "how long is the contract?"], { now }).at(-1)!;
    expect(a.text).toMatch(/4 years/);
  });
});

describe("a decimal is one number", () => {
  it("3,5 years of studies are 3.5, not 5", () => {
    const a = last(bot, "Bachelor an der Fachhochschule (3,5 Jahre), Österreicherin, Deutsch Muttersprache, Englisch C1 – reicht das?", { now });
    expect(a.verdict).toBe("eligible");
    expect(a.text).not.toMatch(/\b5 Jahren/);
  });
});

describe("a nationality, studies and languages with levels listed with no 'I' are the user's own: a check", () => {
  it.each([
    ["fr", "licence 3 ans + master 2 ans, belge, francais langue maternelle, anglais B2, c'est bon ?"],
    ["de", "Bachelor (4 Jahre), Österreicherin, Deutsch Muttersprache, Englisch C1 – reicht das?"],
    ["en", "Belgian citizen, 3-year bachelor + 2-year master, Dutch mother tongue, English C1 - enough?"],
  ])("%s", (_lang, q) => expect(last(bot, q, { now }).verdict).toBe("eligible"));
});

describe("studies not completed and short non-university qualifications do not meet the degree rule", () => {
  it.each([
    "I'm Hungarian and finishing my BSc in January 2026. Hungarian native, English C1. Can I apply now and send the diploma later?",
    "Spanish citizen with a ciclo formativo de grado superior (2 years) plus 6 years as SOC analyst, Spanish native, English C1. Eligible?",
    "tengo un ciclo superior de 2 años y 8 años de experiencia, soy española, español nativo, inglés C1. ¿puedo aplicar?",
  ])("%s", (q) => expect(last(bot, q, { now }).verdict).toBe("not_eligible"));
});

describe("a list of languages closed by 'nothing else' is all the user's languages", () => {
  it.each(["english C1, nothing else. enough?", "français C2, rien d'autre, ça suffit ?"])("%s", (q) => expect(last(bot, q, { now }).verdict).toBe("not_eligible"));
});

describe("'my country is under-represented, so I get priority, right?' is answered, not taken for a check", () => {
  it.each([
    ["fr", "La France est sous-représentée donc je suis prioritaire, non ?", /mérite/i],
    ["en", "France is underrepresented so I get priority, right?", /merit/i],
  ])("%s", (_lang, q, want) => {
    const a = last(bot, q as string, { now });
    expect(a.verdict).toBeUndefined();
    expect(a.text).toMatch(want as RegExp);
    expect(a.text).not.toMatch(/^(Oui|Yes)\b/);
  });
});
