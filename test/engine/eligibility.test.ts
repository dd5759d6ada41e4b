// Eligibility: the user's own facts against the criteria, in one message or over several.
import { describe, expect, it } from "vitest";
import { botFor, converse, fixtureKnowledgeDir, last, projectKnowledgeDir } from "../helpers/bot.js";

const cti = botFor(projectKnowledgeDir);
const jrc = botFor(fixtureKnowledgeDir, "JRC-LUX-2026-0042");

describe("eligibility on the CTI notice", () => {
  it.each([
    ["I'm a Greek citizen with a 4-year university degree. Greek is my mother tongue and my English is C1. Am I eligible?", "eligible"],
    ["Estonian citizen, master's degree, Estonian native, English C1, can I apply?", "eligible"],
    ["I have French and Canadian citizenship, a 3-year bachelor, French native and German B2. Eligible?", "eligible"],
    ["I'm Swiss and have a master's degree. Can I apply?", "not_eligible"],
    ["I'm British, with a 5-year degree, native English and C1 French. Am I eligible?", "not_eligible"],
    ["I am Norwegian, am I eligible?", "not_eligible"],
    ["Can I apply with a 2-year diploma?", "not_eligible"],
    ["I'm Italian and I don't have a university degree, can I apply?", "not_eligible"],
    ["French is my native language and my English is B1. Do I meet the language requirements?", "not_eligible"],
    ["I speak English at C1 and Norwegian at B2, is that enough?", "not_eligible"],
    ["Portuguese national here. 5-year engineering degree. Portuguese native, English C1.", "eligible"],
    ["I hold an Italian passport, I graduated with a bachelor's degree after 3 years, and I'm bilingual Italian/English. Am I eligible?", "eligible"],
    ["My nationality is Slovenian; I did a four-year bachelor; my languages: Slovenian (native), German (B2)", "eligible"],
    ["I'm fluent in English and German, native Dutch, Dutch citizen, master's degree. Eligible?", "eligible"],
    ["I'm Dutch with a 4-year degree but I only speak Dutch. Am I eligible?", "not_eligible"],
    ["I'm Danish with a master's, Danish native and Norwegian C1. Eligible?", "not_eligible"],
    ["I'm a dual Irish-Canadian citizen with a 4-year degree, English native and French B2. Am I eligible?", "eligible"],
    ["I'm Polish. Am I eligible?", "incomplete"],
    ["Am I eligible?", "incomplete"],
    ["I'm Spanish with a 4-year degree and B1 English", "incomplete"],
  ])("%s → %s", (q, verdict) => {
    const a = last(cti, q);
    expect(a.intent).toBe("eligibility");
    expect(a.verdict).toBe(verdict);
    expect(a.criteria?.map((c) => c.id)).toEqual(expect.arrayContaining(["citizenship", "education", "languages"]));
  });

  it("explains a failing criterion in plain words", () => {
    expect(last(cti, "I'm Swiss and have a master's degree. Can I apply?").text).toMatch(/Switzerland is not an EU member state/);
    expect(last(cti, "Can I apply with a 2-year diploma?").text).toMatch(/at least 3 years/);
    const norwegian = last(cti, "I speak English at C1 and Norwegian at B2, is that enough?").text;
    expect(norwegian).toMatch(/Norwegian is not an official EU language/);
    expect(norwegian).not.toMatch(/you meet the language requirements/i);
  });

  it("names the conditions that cannot be checked in chat as still to be met", () => {
    const a = last(cti, "I'm a Greek citizen with a 4-year university degree. Greek is my mother tongue and my English is C1. Am I eligible?");
    const unchecked = a.criteria!.filter((c) => !c.checkable);
    expect(unchecked.map((c) => c.id)).toEqual(["military-service", "fitness", "character-references", "clearance"]);
    expect(unchecked.every((c) => c.status === "unknown")).toBe(true);
    expect(a.text).toMatch(/EU SECRET/);
    expect(a.text).toMatch(/not an official decision/);
  });

  it("runs over several messages, asking for what is missing", () => {
    const answers = converse(cti, [
      "Am I eligible for this job?",
      "I'm Estonian",
      "I have a bachelor's degree that took 3 years",
      "Estonian is my native language and my English is C1",
    ]);
    expect(answers.map((a) => a.verdict)).toEqual(["incomplete", "incomplete", "incomplete", "eligible"]);
    expect(answers[0]!.text).toMatch(/nationality/);
    expect(answers[1]!.text).toMatch(/university studies/);
    expect(answers[2]!.text).toMatch(/languages/);
  });

  it("keeps the check going when another question comes in between", () => {
    const answers = converse(cti, ["Am I eligible?", "I'm Maltese", "When is the deadline?", "I studied for 4 years at university", "Maltese native, English C2"], {
      now: "2025-10-06T08:00:00Z",
    });
    expect(answers[2]!.intent).toBe("deadline");
    expect(answers.at(-1)!.verdict).toBe("eligible");
  });

  it("asks about recognition of a diploma from outside the EU", () => {
    const a = last(cti, "I'm Portuguese with a 4-year degree from Brazil, native Portuguese and C1 English");
    expect(a.verdict).toBe("incomplete");
    expect(a.criteria?.find((c) => c.id === "education")?.reason).toMatch(/recognised/);
    const b = converse(cti, ["I'm Portuguese with a 4-year degree from Brazil, native Portuguese and C1 English", "yes, it has been recognised"]).at(-1)!;
    expect(b.verdict).toBe("eligible");
  });

  it("lists the criteria when asked what they are, without a verdict", () => {
    const a = last(cti, "What are the eligibility criteria?");
    expect(a.intent).toBe("criteria");
    expect(a.verdict).toBeUndefined();
    expect(a.text).toMatch(/citizen of a Member State/);
    expect(a.text).toMatch(/at least 3 years/);
  });

  it("answers about one condition", () => {
    expect(last(cti, "Do I need to have done military service?").text).toMatch(/military service/);
    expect(last(cti, "Do I need a security clearance?").text).toMatch(/EU SECRET/);
  });

  it("answers the eligibility form with the same verdict as chat", () => {
    const answer = cti.checkEligibility({
      sessionId: "form-1",
      form: { nationalities: ["Greece"], studyYears: 4, languages: [{ language: "Greek", level: "native" }, { language: "English", level: "C1" }] },
    });
    expect(answer.verdict).toBe("eligible");
    const fail = cti.checkEligibility({ sessionId: "form-2", form: { nationalities: ["CH"], studyYears: 5, languages: [{ language: "German", level: "C2" }, { language: "French", level: "C1" }] } });
    expect(fail.verdict).toBe("not_eligible");
    const options = cti.formOptions();
    expect(options.memberStates).toHaveLength(27);
    expect(options.levels).toEqual(["A1", "A2", "B1", "B2", "C1", "C2"]);
  });
});

describe("eligibility on the fixture notice (4 years of studies, C1 + B1)", () => {
  it("applies this notice's own education length", () => {
    const a = last(jrc, "I'm Belgian with a 3-year bachelor, French native and English B1. Am I eligible?");
    expect(a.verdict).toBe("not_eligible");
    expect(a.text).toMatch(/at least 4 years/);
  });

  it("applies this notice's own second-language level", () => {
    expect(last(jrc, "I'm Latvian with a 5-year master, Latvian native and English B1. Am I eligible?").verdict).toBe("eligible");
  });

  it("has no clearance or military condition to name", () => {
    const a = last(jrc, "Latvian, 5-year degree, Latvian native, English C1. Eligible?");
    expect(a.criteria?.map((c) => c.id)).toEqual(["citizenship", "education", "languages", "character-references"]);
  });
});

describe("an eligibility check after the deadline", () => {
  it("says the call has closed", () => {
    const a = last(cti, "Greek citizen, 4-year degree, Greek native, English C1, am I eligible?", { now: "2026-01-01T00:00:00Z" });
    expect(a.verdict).toBe("eligible");
    expect(a.text).toMatch(/Note that applications for this post closed on Monday 20 October 2025 at 12:00 Brussels time \(CEST, UTC\+02:00\)\./);
  });
});
