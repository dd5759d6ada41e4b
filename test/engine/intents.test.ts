// Each intent on both notices: the same questions, each notice's own values.
import { describe, expect, it } from "vitest";
import { botFor, fixtureKnowledgeDir, last, projectKnowledgeDir } from "../helpers/bot.js";

type Expectations = {
  name: string;
  dir: string;
  id: string;
  reference: string;
  address: string;
  place: string;
  grade: RegExp;
  contract: RegExp;
  extension: RegExp;
  probation: RegExp;
  secondLevel: string;
  documentsOrder: RegExp;
  underRepresented: string;
  notUnderRepresented: string;
  selectionLanguage: RegExp;
};

const notices: Expectations[] = [
  {
    name: "CTI notice",
    dir: projectKnowledgeDir,
    id: "DIGIT-COM-2025-1194",
    reference: "DIGIT/COM/2025/1194",
    address: "secretariat@cert.europa.eu",
    place: "Brussels",
    grade: /AD5 to AD7/,
    contract: /up to 4 years/,
    extension: /only once, for a maximum of 2 years/,
    probation: /9-month probationary period/,
    secondLevel: "B2",
    documentsOrder: /1\. your CV\n2\. completed application form/,
    underRepresented: "Germany",
    notUnderRepresented: "France",
    selectionLanguage: /carried out in English, and possibly in another language/,
  },
  {
    name: "fixture notice",
    dir: fixtureKnowledgeDir,
    id: "JRC-LUX-2026-0042",
    reference: "JRC/LUX/2026/0042",
    address: "jrc-privacy-jobs@ec.europa.eu",
    place: "Luxembourg",
    grade: /FGIV 13 to FGIV 14/,
    contract: /up to 3 years/,
    extension: /up to 2 times, for a maximum of 1 year\b/,
    probation: /6-month probationary period/,
    secondLevel: "B1",
    documentsOrder: /1\. completed application form\n2\. your CV\n3\. a motivation letter/,
    underRepresented: "Latvia",
    notUnderRepresented: "Germany",
    selectionLanguage: /carried out in French and English/,
  },
];

describe.each(notices)("on the $name", (n) => {
  const bot = botFor(n.dir, n.id);

  it("answers every question citing passages that stand in the notice's sections", () => {
    const notice = bot.summary();
    expect(notice.id).toBe(n.id);
    for (const q of ["When is the deadline?", "How long is the contract?", "How do I apply?", "What languages do I need?", "What grade is it?"]) {
      const a = last(bot, q, { now: "2025-10-06T08:00:00Z" });
      expect(a.citations.length, q).toBeGreaterThan(0);
      for (const c of a.citations) {
        expect(c.heading).not.toBe("Notice");
        expect(c.quote.length).toBeGreaterThan(10);
      }
    }
  });

  it("greets and helps by naming the post", () => {
    expect(last(bot, "hi").text).toContain(n.reference);
    expect(last(bot, "help").text).toMatch(/deadline[\s\S]*eligible[\s\S]*contract/i);
  });

  it.each(["How long is the contract?", "what's the duration of the contract", "how many years is the contract for"])("contract: %s", (q) => {
    const a = last(bot, q);
    expect(a.intent).toBe("contract");
    expect(a.text).toMatch(n.contract);
    expect(a.text).toMatch(n.extension);
  });

  it("answers a follow-up about extension against the last topic", () => {
    expect(last(bot, ["How long is the contract?", "Can it be extended?"]).text).toMatch(n.extension);
  });

  it("answers probation, grade and place from the notice", () => {
    expect(last(bot, "Is there a probation period?").text).toMatch(n.probation);
    expect(last(bot, "What grade is the position?").text).toMatch(n.grade);
    expect(last(bot, "Where would I be working?").text).toContain(n.place);
  });

  it("explains how to apply: single PDF, order, address, reference", () => {
    const a = last(bot, "How do I apply?", { now: "2025-10-06T08:00:00Z" });
    expect(a.intent).toBe("application");
    expect(a.text).toMatch(/single PDF/);
    expect(a.text).toMatch(n.documentsOrder);
    expect(a.text).toContain(n.address);
    expect(a.text).toContain(n.reference);
  });

  it("states the language rule with this notice's levels", () => {
    const a = last(bot, "What languages do I need?");
    expect(a.text).toContain("C1");
    expect(a.text).toContain(n.secondLevel);
  });

  it("says which language the selection is in", () => {
    expect(last(bot, "In which language will the selection be done?").text).toMatch(n.selectionLanguage);
  });

  it("knows which states are under-represented and which are not", () => {
    expect(last(bot, `Is ${n.underRepresented} underrepresented?`).text).toMatch(new RegExp(`Yes, ${n.underRepresented} is one of`));
    const no = last(bot, `Is ${n.notUnderRepresented} under-represented?`).text;
    expect(no).toMatch(new RegExp(`No, ${n.notUnderRepresented} is not`));
    expect(no).not.toMatch(/\byes\b/i);
    expect(last(bot, "Are some positions reserved for underrepresented nationalities?").text).toMatch(/merit/);
  });

  it("never gives a salary figure", () => {
    const a = last(bot, "How much does it pay?");
    expect(a.text).toMatch(/basic salary/);
    expect(a.text).not.toMatch(/€|\bEUR\b|\d{3,}/);
  });

  it.each(["Is there an age limit?", "Who is on the selection panel?", "Do you sponsor visas?", "Can I work part-time?"])(
    "says the notice does not say: %s",
    (q) => {
      const a = last(bot, q);
      expect(a.text).toMatch(/does not say/);
      expect(a.text).toContain(n.address);
      expect(a.gap).toBe("not_in_notice");
    },
  );

  it("redirects off-topic questions to the vacancy", () => {
    const a = last(bot, "What's the weather in Brussels tomorrow?");
    expect(a.intent).toBe("offtopic");
    expect(a.text).toMatch(/vacancy notice/);
    expect(a.gap).toBe("off_topic");
  });

  it("treats experience as what makes an application stand out, not a criterion", () => {
    const a = last(bot, "Do I need 5 years of experience to apply?");
    expect(a.text).toMatch(/not an eligibility criterion/);
    expect(a.citations.length).toBeGreaterThan(0);
  });
});
