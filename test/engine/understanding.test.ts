// Questions about a requirement versus statements of the user's own facts; bare answers inside a check;
// two questions in one message; subjects the notice does not cover.
import { describe, expect, it } from "vitest";
import { botFor, converse, fixtureKnowledgeDir, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);

describe("a question about a requirement is not a statement of the user's facts", () => {
  it.each([
    ["Is a master's degree required?", /A particular degree is not required/],
    ["Does a 3-year bachelor's degree count?", /Yes: 3 years of completed university studies meet the minimum of 3/],
    ["Is a 2-year diploma enough?", /No: 2 years of studies is less than the minimum of 3/],
    ["Do I need a degree?", /completed university studies of at least 3 years/],
    ["Can non-EU citizens apply?", /Only citizens of an EU member state can apply/],
    ["Can a Turkish citizen apply?", /No for citizens of Türkiye alone/],
  ])("%s", (q, answer) => {
    const a = last(bot, q);
    expect(a.intent).toBe("criteria");
    expect(a.verdict).toBeUndefined();
    expect(a.text).toMatch(answer);
  });

  it("still checks the user's own facts when they state them", () => {
    expect(last(bot, "I have a 2-year diploma, is that enough?").verdict).toBe("not_eligible");
    expect(last(bot, "Is a PhD an advantage?").intent).toBe("experience");
  });
});

describe("bare answers inside an eligibility check", () => {
  it("reads a nationality, a number of years and languages given alone", () => {
    const answers = converse(bot, ["Am I eligible?", "Irish", "4 years", "Irish native, French C1"]);
    expect(answers.map((a) => a.verdict)).toEqual(["incomplete", "incomplete", "incomplete", "eligible"]);
  });

  it("reads yes or no to the question about a diploma from outside the EU", () => {
    const first = "I'm French with a 5-year master from Canada, French native, English C1";
    expect(last(bot, [first]).criteria?.find((c) => c.id === "education")?.status).toBe("unknown");
    expect(last(bot, [first, "yes"]).verdict).toBe("eligible");
    expect(last(bot, [first, "no"]).verdict).toBe("not_eligible");
  });

  it("says a diploma from outside the EU must be recognised", () => {
    const a = last(bot, "My diploma is from Canada. Is that OK?");
    expect(a.text).toMatch(/recognised it as equivalent/);
    expect(a.citations.some((c) => /recognised as equivalent/.test(c.quote))).toBe(true);
  });
});

describe("two questions in one message", () => {
  it("answers both", () => {
    const a = last(bot, "How long is the contract and what grade is it?");
    expect(a.text).toMatch(/up to 4 years/);
    expect(a.text).toMatch(/AD5 to AD7/);
  });
});

describe("what the notice does not say", () => {
  it.each([
    "Is there a reserve list?",
    "Is there a written test?",
    "Is relocation paid?",
    "What's the retirement age?",
    "Can I apply in French?",
    "Is it full-time?",
    "When will the interviews take place?",
    "What's the interview format?",
    "How should I prepare for the interview?",
    "Is the notice available in French?",
  ])("%s", (q) => {
    const a = last(bot, q);
    expect(a.intent).toBe("uncovered");
    expect(a.text).toMatch(/The notice does not say anything about/);
  });
});

describe("follow-ups", () => {
  it.each([
    [["How long is the contract?", "And the probation?"], /9-month probationary period/],
    [["What grade is it?", "and the salary?"], /basic salary/],
    [["Is Germany underrepresented?", "and Austria?"], /Yes, Austria is one of/],
    [["Is Irish official?", "and Catalan?"], /No, Catalan is not/],
    [["When is the deadline?", "what about Tokyo?"], /19:00/],
  ])("%j", (turns, answer) => {
    expect(last(bot, turns, { now: "2025-10-06T08:00:00Z" }).text).toMatch(answer);
  });

  it("asks where the user is when they want their own time and no zone is known", () => {
    expect(last(bot, "What time is the deadline in my time zone?", { now: "2025-10-06T08:00:00Z" }).text).toMatch(/Tell me where you are/);
  });
});

describe("yes or no about a number the notice gives", () => {
  it.each([
    ["Can it be extended twice?", /^No, it can be extended only once, for a maximum of 2 years\./],
    ["Is the contract 5 years?", /^No: the first contract is for up to 4 years\./],
    ["Is the first contract 4 years?", /^Yes: the first contract is for up to 4 years\./],
    ["Is probation 6 months?", /^No: all new staff must complete a 9-month probationary period\./],
    ["Is the probation nine months?", /^Yes: all new staff must complete a 9-month probationary period\./],
    ["Are there 2 posts?", /^No: there is 1 post to fill\./],
  ])("%s", (q, answer) => {
    expect(last(bot, q).text).toMatch(answer);
  });
});

describe("an eligibility check that also touches what the notice does not say", () => {
  it("checks the facts and says the notice has no age limit", () => {
    const a = last(bot, "I'm 25 and Greek, am I eligible?");
    expect(a.intent).toBe("eligibility");
    expect(a.criteria?.find((c) => c.id === "citizenship")?.status).toBe("met");
    expect(a.text).toMatch(/does not say anything about an age limit/);
  });
});

describe("whether a country is an EU member state", () => {
  it.each([
    ["Is Norway in the EU?", /No for citizens of Norway alone: it is not an EU member state \(EEA\)/],
    ["Is Croatia an EU member state?", /Yes for citizens of Croatia: it is an EU member state/],
    ["Are Swiss citizens allowed to apply?", /No for citizens of Switzerland alone/],
  ])("%s", (q, answer) => {
    expect(last(bot, q).text).toMatch(answer);
  });
});

describe("selection details", () => {
  it.each([
    ["Was the post published externally?", /published internally within the Commission, inter-institutionally/],
    ["Will I need to provide my diploma?", /documentary evidence/],
    ["Is the job open to external candidates?", /published internally within the Commission/],
  ])("%s", (q, answer) => {
    expect(last(bot, q).text).toMatch(answer);
  });
});

describe("the longest stay the contract allows", () => {
  it("adds the first contract and its extensions, on each notice", () => {
    expect(last(bot, "How many years can I stay in total?").text).toMatch(/In all, that is at most 6 years: up to 4 for the first contract, then one extension of at most 2 years\./);
    expect(last(botFor(fixtureKnowledgeDir, "JRC-LUX-2026-0042"), "How long can I stay in total?").text).toMatch(/In all, that is at most 5 years: up to 3 for the first contract, then 2 extensions of at most 1 year\./);
  });

  it("says which function group the post is in", () => {
    expect(last(bot, "Is it AD or AST?").text).toMatch(/AD5 to AD7/);
  });
});

describe("names in the plural or possessive", () => {
  it.each([
    ["Are Greeks underrepresented at the Commission?", /No, Greece is not on/],
    ["Are the Dutch underrepresented?", /Yes, the Netherlands is one of/],
    ["Which nationalities are encouraged to apply?", /under-represented: Austria/],
    ["Do they pay for my flight to the interview?", /does not say anything about travel costs for interviews/],
  ])("%s", (q, answer) => {
    expect(last(bot, q).text).toMatch(answer);
  });
});
