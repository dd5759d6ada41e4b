// The eligibility part of a notice in another language (issue 18): "when eligibility is judged" read with the
// language's eligibility-heading words and verbs of meeting them (words.json `notice.meet`), and the legacy fields
// (citizenship, length of education, the Staff Regulations' conditions, CEFR levels) taken from the typed criteria,
// which are read in any language, where the English sentences find nothing.
import { describe, expect, it } from "vitest";
import { criteriaRules } from "../../../src/import/rules/criteria.js";
import { eligibilityRules } from "../../../src/import/rules/eligibility.js";
import { read } from "./read.js";

const german = [
  "ZULASSUNGSKRITERIEN",
  "",
  "Um zugelassen zu werden, müssen die Bewerberinnen und Bewerber:",
  "- die Staatsangehörigkeit eines Mitgliedstaats der Europäischen Union besitzen;",
  "- einen Bildungsabschluss besitzen, der einem abgeschlossenen Hochschulstudium von mindestens 3 Jahren entspricht;",
  "- etwaigen Verpflichtungen aus den Wehrgesetzen nachgekommen sein;",
  "- gründliche Kenntnisse (mindestens Niveau C1) einer Amtssprache der EU und ausreichende Kenntnisse (mindestens Niveau B2) einer weiteren Amtssprache besitzen.",
  "",
  "Die Bewerberinnen und Bewerber müssen alle Zulassungskriterien am letzten Tag der Bewerbungsfrist erfüllen.",
].join("\n");

const italian = [
  "CRITERI DI AMMISSIBILITÀ",
  "",
  "I candidati devono soddisfare tutti i criteri di ammissibilità alla data di chiusura della finestra di candidatura.",
].join("\n");

describe("eligibility read in the notice's language", () => {
  it.each([
    ["de", german, "Die Bewerberinnen und Bewerber müssen alle Zulassungskriterien am letzten Tag der Bewerbungsfrist erfüllen."],
    ["it", italian, "I candidati devono soddisfare tutti i criteri di ammissibilità alla data di chiusura della finestra di candidatura."],
  ])("%s: the sentence saying when the criteria must be met", (language, text, quote) => {
    const r = read(text, eligibilityRules, language);
    expect((r.facts.eligibility as { when?: { quote: string } }).when?.quote).toBe(quote);
  });

  it("an English notice keeps its English reading, and a sentence merely naming the criteria is not when they are judged", () => {
    const r = read("ELIGIBILITY\n\nThe office checks that the applications meet the eligibility criteria.", eligibilityRules, "en");
    expect((r.facts.eligibility as { when?: unknown } | undefined)?.when).toBeUndefined();
  });

  it("takes the legacy fields from the typed criteria of a German part", () => {
    const r = read(german, [...eligibilityRules, ...criteriaRules], "de");
    const e = r.facts.eligibility as Record<string, any>;
    expect(e.citizenship.quote).toBe("die Staatsangehörigkeit eines Mitgliedstaats der Europäischen Union besitzen;");
    expect(e.education.minYears).toBe(3);
    expect(e.otherConditions.map((c: { id: string }) => c.id)).toContain("military-service");
    expect(e.languages).toMatchObject({ main: { level: "C1" }, second: { level: "B2" } });
    for (const field of ["eligibility.citizenship", "eligibility.education", "eligibility.otherConditions", "eligibility.languages.main"]) expect(r.found.map((f) => f.field)).toContain(field);
  });
});
