// The criteria a careers page states under its own heading, experience that depends on the degree's length, a
// doctorate counted as experience up to the notice's cap, and advantages that are no criterion — asked, read from
// what the user says (dates and durations included), assessed (test/fixtures/knowledge/requirements).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createDateReader } from "../../../src/engine/eligibility/doctorate-credit.js";
import { normalizeForMatch } from "../../../src/text/normalize.js";
import { botFor, knowledgeAt, last, projectKnowledgeDir } from "../../helpers/bot.js";

const dir = fileURLToPath(new URL("../../fixtures/knowledge/requirements", import.meta.url));
const bank = botFor(dir, "NORDBANK-2027-RISK");
const lab = botFor(dir, "FUSIONLAB-2027-ENG");
const now = "2027-09-01T09:00:00Z";
const status = (a: { criteria?: { id: string; status: string }[] }, id: string) => a.criteria?.find((c) => c.id === id)?.status;

describe("requirements under a careers page's own heading", () => {
  it("a bachelor's degree does not meet a master's requirement", () => {
    const a = last(bank, "I'm Finnish with a bachelor's degree in economics, 9 years of experience in risk modelling, and my English is C1. Am I eligible?", { now });
    expect(a.verdict).toBe("not_eligible");
    expect(status(a, "education")).toBe("not_met");
    expect(a.text).toMatch(/master/);
  });

  it("fewer years than the experience the heading asks for", () => {
    const a = last(bank, "I'm Greek, with a master's in statistics and 3 years of experience in risk modelling. My English is C1. Am I eligible?", { now });
    expect(a.verdict).toBe("not_eligible");
    expect(a.criteria?.find((c) => c.id === "experience")?.reason).toMatch(/4 years/);
  });

  it("the language the notice names is enough on its own; the one it calls an advantage is not asked", () => {
    const a = last(bank, "I'm Irish, with a master's in mathematics and 6 years of experience in risk modelling. English is the only language I speak. Am I eligible?", { now });
    expect(a.verdict).toBe("eligible");
    expect(a.text).toMatch(/English/);
    expect(a.text).not.toMatch(/Spanish/);
  });
});

describe("experience that depends on the degree's length", () => {
  it("a 3-year degree needs the longer experience of its route, named", () => {
    const a = last(lab, "I'm Austrian. I have a 3-year bachelor's degree in physics and I've worked full time ever since, so about 6 years and 8 months by the deadline. German is my mother tongue and my English is C1. Am I eligible?", { now });
    expect(a.verdict).toBe("not_eligible");
    expect(a.criteria?.find((c) => c.id === "education")?.reason).toMatch(/7 years/);
  });

  it("a 4-year degree with the same experience meets its own route", () => {
    const a = last(lab, "I'm Austrian. I have a 4-year master's degree and 6 years and 8 months of professional experience. German is my mother tongue and my English is C1. Am I eligible?", { now });
    expect(status(a, "education")).toBe("met");
  });

  it("a doctorate counts as experience only up to the notice's cap, said with its figures", () => {
    const a = last(
      lab,
      "I'm Belgian. I got a 5-year master's in physics in June 2016, then did a PhD from September 2016 to August 2020, and since January 2024 I've worked full time as a cryogenics engineer. Dutch is my mother tongue and my English is C1. Am I eligible?",
      { now },
    );
    // Work from January 2024 to the closing date (30 October 2027): 3.8 years; the doctorate's 3.9 years count as 2.
    expect(a.verdict).toBe("not_eligible");
    expect(a.text).toMatch(/at most 2 years/);
    expect(a.text).toMatch(/3\.8 \+ 2 = 5\.8/);
  });

  it("without a doctorate rule in the notice, a doctorate adds nothing", () => {
    const a = last(bank, "I'm Irish. I did a PhD from 2015 to 2019 and a master's in statistics. Since March 2024 I have worked in risk modelling. My English is C1. Am I eligible?", { now });
    expect(status(a, "experience")).toBe("not_met");
  });
});

describe("an advantage is not a requirement", () => {
  it("“Is a doctorate required?” → no, with the selection criterion that values it", () => {
    const a = last(lab, "Is a PhD required for this post?", { now });
    expect(a.text).toMatch(/not required/);
    expect(a.text).toMatch(/an advantage, not a requirement: “A doctorate in low-temperature physics/);
  });
});

describe("the user's dates and durations", () => {
  const k = knowledgeAt(projectKnowledgeDir);
  const names = (k.reference.degrees?.degrees ?? []).filter((d) => d.level === "doctorate").flatMap((d) => d.names);
  const read = (lang: string, s: string) => createDateReader(k.lexicons.get(lang)!.words, names)(normalizeForMatch(s));

  it.each([
    ["en", "since March 2021 I have worked as an engineer", {}],
    ["en", "I did a PhD from October 2017 to September 2022", { doctorateYears: 4.9 }],
    ["en", "I have worked full time, so about 9 years and 9 months", { experienceYears: 9.75 }],
    ["en", "I got my degree in September 2017", {}],
    ["fr", "je travaille depuis mars 2021 comme ingénieure", {}],
    ["fr", "un doctorat de octobre 2017 à septembre 2021", { doctorateYears: 3.9 }],
  ])("%s: %s", (lang, s, want) => {
    expect(read(lang, s)).toEqual(want);
  });
});
