// The terms read with the notice language's words (src/import/rules/terms-words.ts, words.json `notice`:
// apply, channels, notAccepted, questions, atLeast, valid, selectionSteps, invited, panel, notStaff): each class
// on its own passage, in several languages, with the same code.
import { describe, expect, it } from "vitest";
import { contractRules } from "../../../src/import/rules/contract.js";
import { termsRules } from "../../../src/import/rules/criteria.js";
import { selectionRules } from "../../../src/import/rules/selection.js";
import { readLanguageWords } from "../../../src/import/words.js";
import { read } from "./read.js";

type Facts = Record<string, any>;
const terms = (text: string, language: string) => read(text, termsRules, language).facts as Facts;
/** A passage under a heading of its own: the text before a notice's first heading is its introduction. */
const inBody = (text: string, language: string) => terms(`## 4.\n\n${text}`, language);

describe("how to apply, in the notice's language", () => {
  it.each([
    ["fr", "Seules les candidatures introduites au moyen de l'outil de recrutement en ligne de l'Agence seront acceptées.", "outil de recrutement en ligne"],
    ["de", "Es werden nur Bewerbungen über das E-Recruitment-Tool der Agentur angenommen.", "E-Recruitment-Tool"],
    ["es", "Las candidaturas deben presentarse a través del formulario de candidatura en línea.", "formulario de candidatura en línea"],
    ["pl", "Zgłoszenia należy składać za pośrednictwem systemu e-rekrutacji Agencji.", "systemu e-rekrutacji"],
  ])("%s: an online tool in a sentence on applying is the channel", (language, text, value) => {
    expect(terms(text, language).application.channels).toEqual([{ kind: "online", value: expect.stringMatching(new RegExp(value, "i")), quote: text }]);
  });

  it("an address in a sentence on applying is an e-mail channel; one for questions is not", () => {
    const f = terms("Les candidatures doivent être envoyées à recrutement@agence.europa.eu. Pour toute question, écrivez à info@agence.europa.eu.", "fr");
    expect(f.application.channels.map((c: { value: string }) => c.value)).toEqual(["recrutement@agence.europa.eu"]);
  });

  it.each([
    ["fr", "Les candidatures envoyées par courrier électronique, par courrier postal ou par tout autre moyen ne seront pas prises en considération.", ["email", "post", "other"]],
    ["it", "Le candidature inviate per posta elettronica non saranno prese in considerazione.", ["email"]],
    ["it", "Le candidature inviate per e-mail, per posta o attraverso qualsiasi altro canale non saranno prese in considerazione.", ["email", "post", "other"]],
    ["pl", "Zgłoszenia przesłane pocztą elektroniczną nie będą rozpatrywane.", ["email"]],
  ])("%s: the channels refused (post inside an e-mail phrase is e-mail's)", (language, text, kinds) => {
    expect(terms(text, language).application.refused).toEqual({ kinds, quote: text });
  });
});

describe("telework, the reserve list and the selection, in the notice's language", () => {
  it.each([
    ["fr", "Le personnel travaille dans les bureaux au moins 40 % de son temps de travail et peut télétravailler le reste du temps.", 40],
    ["es", "El personal trabaja en la oficina al menos el 60 % de su tiempo y puede teletrabajar el resto.", 60],
    ["de", "Telearbeit ist bis zu zwei Tage pro Woche möglich.", undefined],
  ])("%s: telework, and the share of office time after 'at least'", (language, text, share) => {
    expect(inBody(text, language).telework).toEqual({ ...(share !== undefined ? { minOfficeShare: share } : {}), quote: text });
  });

  it.each([
    ["de", "Es kann eine bis zum 31.12.2028 gültige Reserveliste erstellt werden.", "2028-12-31"],
    ["es", "Podrá constituirse una lista de reserva válida hasta el 31 de diciembre de 2029.", "2029-12-31"],
    ["fr", "Une liste de réserve valable deux ans pourra être établie.", undefined],
  ])("%s: the reserve list, valid until the date it gives", (language, text, until) => {
    expect(inBody(text, language).reserveList).toEqual({ ...(until ? { until } : {}), quote: text });
  });

  it.each([
    ["fr", "Les candidats présélectionnés sont invités à passer un test écrit et un entretien.", 2],
    ["pl", "Kandydaci zostaną zaproszeni na pisemny test online oraz na rozmowę z komisją selekcyjną.", 2],
    ["it", "I candidati sono invitati a un colloquio.", 1],
  ])("%s: the steps candidates are invited to", (language, text, n) => {
    expect(inBody(text, language).selection.steps.value).toHaveLength(n);
  });

  it.each([
    ["it", "I candidati preselezionati saranno invitati a una prova scritta e a un colloquio in inglese, a Torino.", ["English"]],
    ["es", "La prueba escrita y la entrevista se desarrollarán en inglés.", ["English"]],
    ["fr", "Les épreuves écrites et l'entretien se dérouleront en anglais et en français.", ["English", "French"]],
    ["en", "Shortlisted candidates will be invited to a written test and an interview, both in English.", ["English"]],
  ])("%s: the language the selection is held in", (language, text, value) => {
    expect((read(`## 4.\n\n${text}`, selectionRules, language).facts as Facts).selection.language).toEqual({ value, quote: text });
  });

  it("a sentence on the knowledge asked of candidates is not the selection's language", () => {
    expect((read("## 4.\n\nLors de l'entretien, une connaissance approfondie de l'anglais sera évaluée.", selectionRules, "fr").facts as Facts).selection?.language).toBeUndefined();
  });

  it("the panel, in the notice's words", () => {
    const r = read("Die Bewerber werden zu einem Gespräch mit einem Auswahlausschuss eingeladen.", selectionRules, "de");
    expect((r.facts as Facts).selection.panel).toBeDefined();
  });
});

describe("the contract, in the notice's language", () => {
  it("its type: a staff category beside the contract", () => {
    const r = read("## Ce que nous offrons\n\n- Un contrat d'agent temporaire au titre de l'article 2, point f), du régime applicable aux autres agents.", contractRules, "fr");
    expect((r.facts as Facts).contract.type).toBeDefined();
  });

  it("its renewal where no length is given, and not where it is denied", () => {
    expect(terms("## Unser Angebot\n\n- Ein Vertrag für eine Anfangszeit von fünf Jahren mit der Möglichkeit der Verlängerung.", "de").contract?.renewal).toBeDefined();
    expect(terms("## Unser Angebot\n\n- Der Vertrag kann nicht verlängert werden.", "de").contract?.renewal).toBeUndefined();
  });

  it("no employment contract (a traineeship)", () => {
    expect(terms("Ein Praktikum ist kein Arbeitsvertrag.", "de").contract.notStaff).toEqual({ quote: "Ein Praktikum ist kein Arbeitsvertrag." });
    expect(terms("Staż nie stanowi umowy o pracę.", "pl").contract.notStaff).toBeDefined();
  });
});

describe("every language has the words these readers use", () => {
  const languages = [...readLanguageWords().entries()];
  it("24 languages", () => expect(languages).toHaveLength(24));
  it.each(languages.map(([code, l]) => [code, l.words.notice] as const))("%s", (_code, n) => {
    const lists = { apply: n.apply, online: n.channels.online, email: n.channels.email, post: n.channels.post, other: n.channels.other, notAccepted: n.notAccepted, questions: n.questions, atLeast: n.atLeast, valid: n.valid, selectionSteps: n.selectionSteps, invited: n.invited, panel: n.panel, notStaff: n.notStaff };
    for (const [key, list] of Object.entries(lists)) expect(list.length, key).toBeGreaterThan(0);
  });
});
