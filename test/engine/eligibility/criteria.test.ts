// Each criterion type of the registry — asked, read from what the user says, assessed, offered in the form —
// on notices read from their own words (test/fixtures/knowledge/shapes, no facts files).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { botFor, converse, last } from "../../helpers/bot.js";

const shapes = fileURLToPath(new URL("../../fixtures/knowledge/shapes", import.meta.url));
const bot = (id: string) => botFor(shapes, id);
const eaes = bot("EAES-2027-AST-009");
const now = "2027-02-01T09:00:00Z";
const status = (a: { criteria?: { id: string; status: string }[] }, id: string) => a.criteria?.find((c) => c.id === id)?.status;

describe("citizenship", () => {
  it.each([
    ["EMA-2027-TA-AD8", "I'm Norwegian. Am I eligible?", "met"],
    ["EUROPOL-2027-TA-AD6", "I'm Norwegian. Am I eligible?", "not_met"],
    ["JRC-2027-GH-CAT30", "I'm Indian. Am I eligible?", "met"],
    ["EEAS-2027-CA-FGIV-NAIROBI", "I'm a Kenyan citizen. Am I eligible?", "not_met"],
    ["EAES-2027-AST-009", "I'm Swiss. Am I eligible?", "met"],
    ["EAES-2027-AST-009", "I have Canadian and Irish citizenship. Am I eligible?", "met"],
  ])("%s: %s → %s", (id, q, want) => {
    expect(status(last(bot(id), q, { now }), "citizenship")).toBe(want);
  });

  it("says who the notice admits when a nationality is not among them", () => {
    expect(last(bot("EMA-2027-TA-AD8"), "I'm Turkish. Am I eligible?", { now }).text).toMatch(/admits only nationals of an EU member state or of .*Iceland/);
  });

  it("asks for the nationality while it is not known", () => {
    expect(last(eaes, "Am I eligible?", { now }).text).toMatch(/which nationality/);
  });
});

describe("education", () => {
  it.each([
    ["COUNCIL-2027-AST3", "I'm an AST official. I have a 2-year post-secondary diploma.", "met"],
    ["COUNCIL-2027-AST3", "I'm an AST official. I only have a secondary school diploma and 2 years of professional experience.", "not_met"],
    ["COUNCIL-2027-AST3", "I'm an AST official. I only have a secondary school diploma and 4 years of professional experience.", "met"],
    ["JRC-2027-GH-CAT30", "I have a PhD in hydrology.", "met"],
    ["JRC-2027-GH-CAT30", "I have a master's in physics and 3 years of research experience, but no PhD.", "not_met"],
    ["JRC-2027-GH-CAT30", "I don't have a PhD, but after my master's I did 6 years of full-time research.", "met"],
    ["EUROPOL-2027-TA-AD6", "I have a 4-year master's degree.", "met"],
  ])("%s: %s → %s", (id, q, want) => {
    expect(status(last(bot(id), `${q} Am I eligible?`, { now }), "education")).toBe(want);
  });
});

describe("experience", () => {
  it.each([
    ["EUROPOL-2027-TA-AD6", "I have a 4-year degree and 4 years of experience as a criminal analyst since graduating.", "not_met", /6 years/],
    ["EUROPOL-2027-TA-AD6", "After my 3-year BA I have worked 6 years as a criminal intelligence analyst.", "not_met", /integral part[\s\S]*7 years/],
    ["EUROPOL-2027-TA-AD6", "I have a 4-year master's and have worked 7 years since graduating, the last 4 as an operational analyst.", "met", /7 years/],
    ["EMA-2027-TA-AD8", "I have a 5-year master's in pharmacy and 7 years of professional experience.", "not_met", /9 years/],
    ["EUROPOL-2027-TA-AD6", "I have a 3-year bachelor's and 8 years as an analyst, 4 of them in criminal analysis.", "met", /minimum of 7 years \(1 of them belongs to the education requirement\)/],
    ["EAES-2027-AST-009", "I have a post-secondary diploma and 5 years of experience since then, the last 1 in financial management.", "not_met", /financial management/],
  ])("%s: %s → %s", (id, q, want, words) => {
    const a = last(bot(id), `${q} Am I eligible?`, { now });
    expect(status(a, "experience")).toBe(want);
    expect(a.criteria?.find((c) => c.id === "experience")?.reason).toMatch(words);
  });
});

describe("languages", () => {
  it.each([
    ["EEAS-2027-CA-FGIV-NAIROBI", "French is my mother tongue but my English is only B2.", "not_met"],
    ["EEAS-2027-CA-FGIV-NAIROBI", "Dutch is my mother tongue and my English is C1.", "met"],
    ["COUNCIL-2027-AST3", "Greek is my mother tongue and my English is C1.", "met"],
    ["COUNCIL-2027-AST3", "Czech as my mother tongue and English C1.", "met"],
    ["EMA-2027-TA-AD8", "Icelandic is my native language, my English is C1 and my Danish is B2.", "met"],
    ["EUROPOL-2027-TA-AD6", "English is the only language I speak.", "not_met"],
    ["EAES-2027-AST-009", "Maltese is my native language and my German is C1.", "unknown"],
    ["EAES-2027-AST-009", "Maltese is my native language and my German is C1; I speak no other languages.", "not_met"],
  ])("%s: %s → %s", (id, q, want) => {
    expect(status(last(bot(id), `${q} Am I eligible?`, { now }), "languages")).toBe(want);
  });

  it("a language level the selection calls essential does not rule anyone out at eligibility", () => {
    const a = last(bot("EUROPOL-2027-TA-AD6"), "My English is B2, not C1. Does that rule me out?", { now });
    expect(a.verdict).not.toBe("not_eligible");
    expect(a.text).toMatch(/essential selection criterion, not an eligibility criterion/);
  });

  it("a language named without a CEFR level is said to need no particular level", () => {
    const a = last(bot("JRC-2027-GH-CAT30"), "Do I need a C1 English certificate?", { now });
    expect(a.text).toMatch(/sets no CEFR level/);
    expect(a.text).not.toMatch(/^Yes/);
  });
});

describe("status", () => {
  it.each([
    ["COUNCIL-2027-AST3", "I'm an AST2 official at the European Parliament.", "met"],
    ["COUNCIL-2027-AST3", "I'm an AD7 official at the Commission.", "unknown"],
    ["COUNCIL-2027-AST3", "I'm an AD7 official at the Commission and have never passed an EPSO competition.", "not_met"],
    ["COUNCIL-2027-AST3", "I'm a laureate of competition EPSO/AST/160/25.", "met"],
    ["COUNCIL-2027-AST3", "I'm on the reserve list of EPSO/AD/400/24.", "unknown"],
    ["COUNCIL-2027-AST3", "I'm not an EU official and I've never passed an EPSO competition.", "not_met"],
    ["EEAS-2027-CA-FGIV-NAIROBI", "I passed the EPSO CAST test for function group IV in 2025.", "met"],
    ["EEAS-2027-CA-FGIV-NAIROBI", "I haven't taken any EPSO CAST test.", "not_met"],
    ["SNE-2027-CLIMA-04", "I have worked for the Ministry of Environment for 30 months.", "met"],
    ["SNE-2027-CLIMA-04", "I'm a civil servant, for 8 months now.", "not_met"],
  ])("%s: %s → %s", (id, q, want) => {
    expect(status(last(bot(id), `${q} Am I eligible?`, { now }), "status")).toBe(want);
  });

  it("a CAST pass must come before the closing date", () => {
    expect(last(bot("EEAS-2027-CA-FGIV-NAIROBI"), "I haven't taken any EPSO CAST test. Can I still apply?", { now }).text).toMatch(/CAST[\s\S]*before the closing date/);
  });
});

describe("age", () => {
  it.each([
    ["I'm 64. Am I too old to apply?", "met"],
    ["I'm Spanish, 67, with a 5-year master's in pharmacy. Am I eligible?", "not_met"],
    ["I'm Icelandic and 45 years old. Am I eligible?", "met"],
  ])("EMA: %s → %s", (q, want) => {
    const a = last(bot("EMA-2027-TA-AD8"), q, { now });
    expect(status(a, "age")).toBe(want);
    expect(a.text).toMatch(/66/);
    expect(a.text).not.toMatch(/does not say/);
  });
});

describe("conditions and passages the importer could not type", () => {
  it("are named as still to be met, with the notice's words, and never decide the verdict", () => {
    const a = last(eaes, "Am I eligible?", { now });
    const unchecked = a.criteria!.filter((c) => !c.checkable);
    expect(unchecked.map((c) => c.id)).toEqual(["military-service", "check-7"]);
    expect(a.text).toMatch(/Check this yourself: “Hold a driving licence valid in the European Union\.”/);
  });
});

describe("a notice with a criterion of each type, checked over several messages", () => {
  const turns = [
    "Am I eligible?",
    "I'm a laureate of EPSO/AST/170/26",
    "I'm Swiss",
    "I'm 40",
    "I have a 2-year post-secondary diploma and 5 years of professional experience since then, the last 3 in financial management",
    "Maltese is my native language and my Italian is B2",
  ];

  it("asks for each missing fact in turn and reaches a verdict", () => {
    const answers = converse(eaes, turns, { now });
    expect(answers.map((a) => a.verdict)).toEqual(["incomplete", "incomplete", "incomplete", "incomplete", "incomplete", "eligible"]);
    expect(answers[0]!.text).toMatch(/are you an official in function group AST, a laureate of competition EPSO\/AST\/170\/26 \(on its reserve list\) or the holder of a valid EPSO CAST certificate/);
    expect(status(answers[1]!, "status")).toBe("met");
    expect(status(answers[2]!, "citizenship")).toBe("met");
    expect(status(answers[3]!, "age")).toBe("met");
    expect(status(answers[4]!, "experience")).toBe("met");
  });

  it("a secondment: the public employer and the years there, told over several messages", () => {
    const answers = converse(bot("SNE-2027-CLIMA-04"), ["Can I apply?", "I'm Swiss", "I've worked at the Federal Office for the Environment for 5 years on climate policy", "German native, English C1, French B2"], { now });
    expect(answers.at(-1)!.verdict).toBe("eligible");
  });

  it("ends not eligible for a laureate of another competition", () => {
    const answers = converse(eaes, ["Am I eligible?", "I'm a laureate of EPSO/AD/400/24, I'm not an official and I have no CAST certificate"], { now });
    expect(answers.at(-1)!.verdict).toBe("not_eligible");
  });
});

describe("the form", () => {
  it.each([
    ["EAES-2027-AST-009", ["status", "nationalities", "age", "educationLevel", "diploma", "experienceYears", "languages"]],
    ["JRC-2027-GH-CAT30", ["educationLevel", "diploma", "languages"]],
    ["EUROPOL-2027-TA-AD6", ["nationalities", "studyYears", "diploma", "experienceYears", "languages"]],
  ])("%s draws the fields its criteria need: %j", (id, fields) => {
    expect(bot(id).form().fields.map((f) => f.id)).toEqual(fields);
  });

  it("a submitted form is checked criterion by criterion", () => {
    const a = eaes.checkEligibility({
      sessionId: "form-1",
      now,
      values: { status: ["laureate"], nationalities: ["MT"], age: 40, educationLevel: "post-secondary", experienceYears: 6, languages: [{ language: "Maltese", level: "C2" }, { language: "Italian", level: "B2" }] },
    });
    // The part in financial management cannot be given in the form: the check says what is still unknown.
    expect(status(a, "status")).toBe("met");
    expect(status(a, "education")).toBe("met");
    expect(status(a, "languages")).toBe("met");
    expect(status(a, "experience")).toBe("unknown");
  });
});

describe("bare answers to the check's questions", () => {
  it("'no' to the status question means none of the statuses", () => {
    const answers = converse(bot("COUNCIL-2027-AST3"), ["Am I eligible?", "No"], { now });
    expect(status(answers[1]!, "status")).toBe("not_met");
    expect(answers[1]!.verdict).toBe("not_eligible");
  });

  it.each([
    ["EMA-2027-TA-AD8", ["Am I eligible?", "I'm Irish", "45"], "age", "met"],
    ["EMA-2027-TA-AD8", ["Am I eligible?", "I'm Irish", "45", "a 5-year master's in pharmacy", "7"], "experience", "not_met"],
  ])("%s: %j reads the bare answer for %s", (id, turns, criterion, want) => {
    expect(status(converse(bot(id), turns, { now }).at(-1)!, criterion)).toBe(want);
  });
});

describe("questions about a criterion, not the user's facts", () => {
  it.each([
    ["EMA-2027-TA-AD8", "Is there an age limit?", /under the age of 66/],
    ["COUNCIL-2027-AST3", "Can external candidates apply?", /official in function group AST or a laureate of competition EPSO\/AST\/160\/25/],
    ["JRC-2027-GH-CAT30", "Do I need a PhD?", /a doctoral degree \(PhD\) or a master's degree/],
    ["EMA-2027-TA-AD8", "Can Swiss citizens apply?", /No for citizens of Switzerland alone[\s\S]*Iceland/],
    ["EMA-2027-TA-AD8", "Do I need to speak French?", /^No, French is not required as such/],
    ["EMA-2027-TA-AD8", "Can people from Switzerland apply?", /No for citizens of Switzerland alone/],
    ["EMA-2027-TA-AD8", "Can Norwegian nationals apply?", /Yes for citizens of Norway: the notice admits them/],
    ["COUNCIL-2027-AST3", "Do I need to be an EU citizen?", /no nationality requirement of its own[\s\S]*official in function group AST/],
  ])("%s: %s", (id, q, says) => {
    const a = last(bot(id), q, { now });
    expect(a.verdict).toBeUndefined();
    expect(a.text).toMatch(says);
  });

  it("'Do I have to be an official?' is not read as being one", () => {
    expect(status(last(bot("COUNCIL-2027-AST3"), "Do I have to be an official to apply?", { now }), "status")).not.toBe("met");
  });
});
