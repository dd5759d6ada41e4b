// Age limits read with the words of the notice's language (words.json `notice.criteria`: age, minimumAge,
// maximumAge, contractEnd, retirementAge), clause by clause: a minimum, a maximum, both, and a retirement age
// that must not be reached before the end of the contract. A number beside "under" that is no age is left alone.
import { describe, expect, it } from "vitest";
import { criteriaVocabulary } from "../../src/import/criteria-words.js";
import { readImportReference } from "../../src/import/import.js";

const reference = readImportReference();
const span = (s: string) => ({ raw: s, clean: s, start: 0, end: s.length });
const age = (language: string, text: string) => criteriaVocabulary(reference.words!, language, reference).age(span(text));

describe("age limits in the notice's language", () => {
  it.each([
    ["en", "be at least 18 years old on the starting date of the traineeship;", { minAge: 18 }],
    ["fr", "être âgé d'au moins 21 ans;", { minAge: 21 }],
    ["fr", "avoir au moins 21 ans à la date limite;", { minAge: 21 }],
    ["de", "am Anfangsdatum des Praktikums mindestens 18 Jahre alt sein;", { minAge: 18 }],
    ["es", "tener al menos 18 años de edad en la fecha de inicio;", { minAge: 18 }],
    ["it", "aver compiuto 18 anni alla data di inizio del tirocinio;", { minAge: 18 }],
    ["pl", "mieć ukończone 18 lat w dniu rozpoczęcia stażu;", { minAge: 18 }],
  ])("%s: a minimum age — %s", (language, text, want) => {
    const r = age(language, text);
    expect(r).toMatchObject({ type: "age", ...want });
    expect(r?.maxAge).toBeUndefined();
  });

  it.each([
    ["de", "mindestens 18 Jahre alt sind und das 30. Lebensjahr noch nicht vollendet haben;", { minAge: 18, maxAge: 30 }],
    ["en", "be at least 18 and under 35 years of age;", { minAge: 18, maxAge: 35 }],
    ["es", "tener al menos 18 años y no haber cumplido los 30 años de edad;", { minAge: 18, maxAge: 30 }],
  ])("%s: a minimum and a maximum in one passage — %s", (language, text, want) => {
    expect(age(language, text)).toMatchObject({ type: "age", ...want });
  });

  it.each([
    ["en", "not have reached the statutory retirement age of 66 years by the end of the contract;"],
    ["fr", "ne pas avoir atteint l'âge de 66 ans à la fin du contrat;"],
    ["de", "bei Vertragsende das Ruhestandsalter (66 Jahre) noch nicht erreicht haben;"],
    ["es", "no haber alcanzado la edad de jubilación (66 años) al final del contrato;"],
    ["it", "non aver raggiunto l'età pensionabile (66 anni) alla scadenza del contratto;"],
  ])("%s: a maximum counted to the end of the contract — %s", (language, text) => {
    expect(age(language, text)).toMatchObject({ type: "age", maxAge: 66, byContractEnd: true });
  });

  it("keeps the retirement age as such", () => {
    expect(age("en", "be under the age of retirement (66);")).toEqual({ type: "age", maxAge: 66, retirement: true, quote: "be under the age of retirement (66);" });
  });

  it.each([
    ["en", "officials of the other institutions in function group AST (transfer under Article 29(1)(a) of the Staff Regulations);"],
    ["en", "have at least 15 years of professional experience after the diploma;"],
    ["fr", "avoir une expérience professionnelle d'au moins 18 ans;"],
    ["en", "applications from all candidates without distinction on the grounds of age or disability"],
  ])("%s: no age limit in — %s", (language, text) => {
    expect(age(language, text)).toBeUndefined();
  });
});
