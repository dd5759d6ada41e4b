// How to apply, pay, the contract and telework, answered from each notice's own terms (read from the notice
// shapes in test/fixtures/knowledge/shapes at start-up).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { botFor, last } from "../helpers/bot.js";

const shapes = fileURLToPath(new URL("../fixtures/knowledge/shapes", import.meta.url));
const now = "2027-01-05T09:00:00Z";
const ask = (id: string, q: string) => last(botFor(shapes, id), q, { now });

describe("application", () => {
  it.each([
    ["EUROPOL-2027-TA-AD6", "Can I apply by sending my CV by e-mail?", /e-Recruitment portal[\s\S]*will not be considered/, /dpo@|edps@/],
    ["EMA-2027-TA-AD8", "Can I just e-mail my CV to EMA?", /^No: applications are accepted only this way[\s\S]*e-recruitment tool/, /@/],
    ["COUNCIL-2027-AST3", "How do I apply?", /online application form[\s\S]*will not be accepted/, /org3\.financial-management/],
    ["EEAS-2027-CA-FGIV-NAIROBI", "How do I apply?", /DELEGATION-KENYA-HR@eeas\.europa\.eu with EEAS-CA-FGIV-NAI-2027 in the subject[\s\S]*Europass/, /^No:/],
    ["JRC-2027-GH-CAT30", "Where do I send my application?", /recruitment\.jrc\.ec\.europa\.eu/, /@/],
    ["EAES-2027-AST-009", "How do I apply?", /Apply through the Permanent Representation/, /info@eaes/],
  ])("%s: %s", (id, q, says, never) => {
    const a = ask(id, q);
    expect(a.intent).toBe("application");
    expect(a.text).toMatch(says);
    expect(a.text).not.toMatch(never);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it("a date without a time of day: the whole day counts, and the answer says so", () => {
    expect(ask("EAES-2027-AST-009", "How do I apply?").text).toMatch(/the notice gives no time of day, so the whole day counts/);
  });
});

describe("pay", () => {
  it.each([
    ["EUROPOL-2027-TA-AD6", /EUR 6,893\.97[\s\S]*correction coefficient/],
    ["EMA-2027-TA-AD8", /EUR 9,000 and EUR 10,000 net/],
    ["JRC-2027-GH-CAT30", /EUR 4,216\.80/],
    ["EEAS-2027-CA-FGIV-NAIROBI", /does not give a salary figure[\s\S]*basic salary/],
    ["COUNCIL-2027-AST3", /does not give a salary figure/],
    ["SNE-2027-CLIMA-04", /employer continues to pay their salary[\s\S]*EUR 158\.08/],
  ])("%s: figures as written, never computed", (id, says) => {
    const a = ask(id, "What is the salary?");
    expect(a.text).toMatch(says);
    const notice = readFileSync(`${shapes}/${id}/notice.txt`, "utf8");
    for (const figure of a.text.match(/EUR\s?\d[\d,.]*\d/g) ?? []) expect(notice).toContain(figure);
  });
});

describe("contract", () => {
  it.each([
    ["EUROPOL-2027-TA-AD6", "How long is the contract? Could it become permanent?", /5 years[\s\S]*indefinite/],
    ["EEAS-2027-CA-FGIV-NAIROBI", "How long is the contract? How many years could I stay in total?", /1 year[\s\S]*6 years/],
    ["JRC-2027-GH-CAT30", "How long does the grant last, and can it be extended?", /2 years[\s\S]*may not exceed 3 years/],
    ["JRC-2027-GH-CAT30", "Would I be a Commission employee with a proper work contract?", /A grant is not an employment contract/],
    ["COUNCIL-2027-AST3", "Is it a temporary contract? For how long?", /probationary official[\s\S]*9 months/],
  ])("%s: %s", (id, q, says) => {
    expect(ask(id, q).text).toMatch(says);
  });

  it("never adds a total to its own extension: 'up to 3 years in total' is not 2 + 3", () => {
    expect(ask("JRC-2027-GH-CAT30", "How long does the grant last, and can it be extended?").text).not.toMatch(/5 years|extended only once/);
  });
});

describe("telework", () => {
  it.each(["Can I work from home?", "Could I do this job fully remotely from Spain?", "Is teleworking allowed?"])("says fully remote work is not possible where the notice sets a share of office time: %s", (q) => {
    const a = ask("EMA-2027-TA-AD8", q);
    expect(a.text).toMatch(/at least 40%/);
    expect(a.text).not.toMatch(/you can work fully remotely/);
  });

  it("says the notice does not say where it is silent", () => {
    expect(ask("EEAS-2027-CA-FGIV-NAIROBI", "Can I telework?").text).toMatch(/does not say anything about telework/);
  });
});

describe("a deadline given as a date alone", () => {
  it("is said to give no time of day and counts to the end of that day", () => {
    const a = last(botFor(shapes, "EAES-2027-AST-009"), "When is the deadline?", { now: "2027-03-12T22:30:00Z" });
    expect(a.text).toMatch(/no time of day/);
    expect(a.text).toMatch(/29 minutes left/);
  });
});

describe("selection steps and the reserve list", () => {
  it.each([
    ["EUROPOL-2027-TA-AD6", "Is there a written test?", /invited to a written test and an interview/],
    ["SNE-2027-CLIMA-04", "Is there a written test?", /There is no written test/],
    ["EUROPOL-2027-TA-AD6", "Is there a reserve list?", /valid until 31 December 2028/],
    ["EMA-2027-TA-AD8", "Is there a reserve list?", /reserve list valid until 31\/12\/2028/],
  ])("%s: %s", (id, q, says) => {
    expect(ask(id, q).text).toMatch(says);
  });
});

describe("a language the selection criteria name", () => {
  it.each([
    ["EEAS-2027-CA-FGIV-NAIROBI", "Is French required?", /asset, not a requirement: “Knowledge of French \(minimum level B2\) is an asset/],
    ["EUROPOL-2027-TA-AD6", "Do I need English at C1?", /essential — to choose among eligible candidates, not a condition of eligibility/],
  ])("%s: %s", (id, q, says) => {
    expect(ask(id, q).text).toMatch(says);
  });
});

describe("subjects often left open that a notice does cover", () => {
  it.each([
    ["JRC-2027-GH-CAT30", "How many days of leave?", /2\.5 days of leave per month/],
    ["EMA-2027-TA-AD8", "How many days of annual leave do I get?", /24 days of annual leave/],
    ["JRC-2027-GH-CAT30", "Do I need a visa?", /may need a visa or a residence permit/],
    ["JRC-2027-GH-CAT30", "Am I an employee of the Commission?", /A grant is not an employment contract/],
    ["COUNCIL-2027-AST3", "Where is the job?", /place of employment is Brussels/],
  ])("%s: %s", (id, q, says) => {
    const a = ask(id, q);
    expect(a.text).toMatch(says);
    expect(a.text).not.toMatch(/does not say/);
  });

  it("and one that does not: leave in the EEAS notice", () => {
    expect(ask("EEAS-2027-CA-FGIV-NAIROBI", "How many days of annual leave would I get in Nairobi?").text).toMatch(/does not say anything about annual leave/);
  });
});
