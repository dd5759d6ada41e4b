// The rules reading facts a notice states in prose (src/import/rules/in-prose.ts), with each language's words:
// the staff category in a sentence, a function group with its grade, the documents a sentence or a list names,
// and a body that pays no salary.
import { describe, expect, it } from "vitest";
import { criteriaRules } from "../../../src/import/rules/criteria.js";
import { inProseRules } from "../../../src/import/rules/in-prose.js";
import { read } from "./read.js";

describe("facts stated in prose", () => {
  it("reads the staff category a sentence recruits for, in the notice's language", () => {
    const de = read("Die ausgewählte Person wird als Bedienstete bzw. Bediensteter auf Zeit nach Artikel 2 Buchstabe f eingestellt.", inProseRules, "de");
    expect(de.facts.staffCategory).toMatchObject({ value: expect.stringMatching(/^Bedienstete.* auf Zeit$/), fixedTerm: true });
    const fr = read("La personne retenue sera recrutée en qualité d'agent contractuel pour une durée de trois ans.", inProseRules, "fr");
    expect(fr.facts.staffCategory).toMatchObject({ value: "agent contractuel", fixedTerm: true });
    const en = read("The successful candidate will be recruited as a temporary agent.", inProseRules);
    expect(en.facts.staffCategory).toMatchObject({ value: "temporary agent" });
  });

  it("reads 'function group III, grade 8' and 'groupe de fonctions IV' as the grade", () => {
    const en = read("The successful candidate will be offered a contract as a contract agent, function group III, grade 8, for four years.", inProseRules);
    expect(en.facts.grades).toMatchObject({ min: "FG III (grade 8)", max: "FG III (grade 8)" });
    const fr = read("Le poste est classé dans le groupe de fonctions IV.", inProseRules, "fr");
    expect(fr.facts.grades).toMatchObject({ min: "FG IV" });
  });

  it("reads the documents a sentence names, and those a list names", () => {
    const sentence = read("HOW TO APPLY\n\nApply via the e-recruitment tool. Upload your CV and a motivation letter in English.", inProseRules);
    expect(sentence.facts.application).toMatchObject({ documents: { value: ["CV", "motivation letter"] } });
    const de = read("Bitte laden Sie Ihren Lebenslauf und ein Motivationsschreiben in englischer Sprache hoch.", inProseRules, "de");
    expect(de.facts.application).toMatchObject({ documents: { value: ["Lebenslauf", "Motivationsschreiben"] } });
    const list = read(
      "HOW TO APPLY\n\nApplications must be sent through the Permanent Representation to sne@agency.europa.eu, with:\n\n- a curriculum vitae in English;\n- a letter from the employer confirming that it agrees to the secondment.",
      inProseRules,
    );
    expect(list.facts.application).toMatchObject({ documents: { value: [expect.stringMatching(/curriculum vitae/), expect.stringMatching(/employer/)] } });
    // One document named is no list of documents.
    expect(read("Upload your CV.", inProseRules).facts.application).toBeUndefined();
  });

  it("reads that the body pays no salary, and not a salary said to be taxed", () => {
    const en = read("The seconded expert remains in the service of and is paid by the employer; Eurofound does not pay a salary.", inProseRules);
    expect(en.facts.contract).toMatchObject({ unpaid: {} });
    const fr = read("L'expert reste rémunéré par son employeur ; l'Agence ne verse aucun salaire.", inProseRules, "fr");
    expect(fr.facts.contract).toMatchObject({ unpaid: {} });
    expect(read("The salary is not subject to national tax.", inProseRules).facts.contract).toBeUndefined();
  });
});

describe("education routes over hard line breaks", () => {
  it("reads 'four years or more; OR … at least three years' and one year that is part of the education as two routes, no criterion of its own", () => {
    const text = [
      "ELIGIBILITY CRITERIA",
      "",
      "Education: a level of education which corresponds to completed university studies attested",
      "by a diploma when the normal period of university education is four years or more; OR a",
      "level of education which corresponds to completed university studies attested by a diploma",
      "and appropriate professional experience of at least one year when the normal period of university",
      "education is at least three years. This one year of professional experience is part",
      "of the education requirement and is not counted towards the professional experience required below.",
      "",
      "Professional experience: at least 6 years of professional experience after the award of the diploma.",
    ].join("\n");
    const criteria = (read(text, criteriaRules).facts.eligibility as { criteria: { type: string; routes?: unknown[]; minYears?: number }[] }).criteria;
    expect(criteria.find((c) => c.type === "education")?.routes).toMatchObject([
      { level: "university", minYears: 4 },
      { level: "university", minYears: 3, experienceYears: 1, experienceIntegral: true },
    ]);
    expect(criteria.filter((c) => c.type === "experience").map((c) => c.minYears)).toEqual([6]);
  });
});
