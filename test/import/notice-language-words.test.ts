// Reading a notice in its own language with the words every lexicon has in the same shape (issue 18): a zone
// named as names.json names it ("MESZ", "czasu brukselskiego"), a window whose dates carry the year's
// abbreviation ("r."), the retirement age (words.json `notice.criteria.retirementAge`), a language level stated
// in words only, the EEA states named one by one, several conditions in one passage, a language rule naming
// nationals once the citizenship is read, and the first contract's length (`notice.firstContract`).
import { describe, expect, it } from "vitest";
import { criteriaVocabulary } from "../../src/import/criteria-words.js";
import { readDeadline, readWindow } from "../../src/import/dates.js";
import { importNotice, readImportReference } from "../../src/import/import.js";
import { dateWordsOf, zonesInLanguage } from "../../src/import/words.js";

const reference = readImportReference();
const words = reference.words!;
const zonesOf = (language: string) => zonesInLanguage(reference.zoneIndex, words, language);
const span = (s: string) => ({ raw: s, clean: s, start: 0, end: s.length });
const vocab = (language: string) => criteriaVocabulary(words, language, reference);

describe("a zone named in the notice's language", () => {
  it.each([
    ["de", "Bewerbungsschluss: 30.09.2027, 23:59 Uhr MESZ", "2027-09-30T23:59", "Europe/Brussels"],
    ["pl", "Termin: 31 marca 2027 r., godz. 23:59 (czasu brukselskiego)", "2027-03-31T23:59", "Europe/Brussels"],
    ["cs", "Uzávěrka: 31. března 2027 ve 12:00 (bruselského času)", "2027-03-31T12:00", "Europe/Brussels"],
    ["sk", "Uzávierka: 31. marca 2027 o 12:00 SEČ", "2027-03-31T12:00", "Europe/Brussels"],
    ["hu", "Jelentkezési határidő: 2027. március 31., 12:00 (közép-európai idő szerint)", "2027-03-31T12:00", "Europe/Brussels"],
  ])("%s: %s", (language, text, local, zone) => {
    expect(readDeadline(text, zonesOf(language), undefined, dateWordsOf(words, language))).toMatchObject({ ok: true, local, zone });
  });

  it("reads a window whose dates end in the year's abbreviation", () => {
    expect(readWindow("1 marca 2027 r. – 31 marca 2027 r., godz. 23:59 (czasu brukselskiego)", zonesOf("pl"), dateWordsOf(words, "pl"))).toEqual({ opens: "2027-03-01", closes: "2027-03-31T23:59", zone: "Europe/Brussels" });
  });
});

describe("criteria read with the notice language's words", () => {
  it.each([
    ["de", "das Ruhestandsalter (66 Jahre) noch nicht erreicht haben;"],
    ["it", "non aver raggiunto l'età pensionabile (66 anni);"],
    ["pl", "nie osiągnąć wieku emerytalnego (66 lat);"],
    ["es", "no haber alcanzado la edad de jubilación (66 años);"],
    ["sv", "inte ha uppnått pensionsåldern (66 år);"],
    ["nl", "de pensioenleeftijd (66 jaar) nog niet hebben bereikt;"],
    ["el", "να μην έχουν συμπληρώσει την ηλικία συνταξιοδότησης (66 έτη)·"],
  ])("%s: the retirement age is the age limit", (language, text) => {
    const r = vocab(language).read(span(text));
    expect(r).toMatchObject({ kind: "rule", rule: { type: "age", maxAge: 66 } });
  });

  it.each([
    ["de", "gründliche Kenntnisse einer der Amtssprachen der EU und ausreichende Kenntnisse einer weiteren Amtssprache der EU besitzen;", ["gründliche Kenntnisse", "ausreichende Kenntnisse"]],
    ["it", "avere una conoscenza approfondita di una delle lingue ufficiali dell'UE e una conoscenza soddisfacente di un'altra lingua ufficiale dell'UE;", ["conoscenza approfondita", "conoscenza soddisfacente"]],
    ["pl", "posiadać gruntowną znajomość jednego z języków urzędowych UE oraz zadowalającą znajomość innego języka urzędowego UE;", ["gruntowną znajomość", "zadowalającą znajomość"]],
  ])("%s: a level in words only is a requirement in its words", (language, text, wording) => {
    const r = vocab(language).read(span(text));
    expect(r?.kind === "rule" && r.rule.type === "languages" ? r.rule.requirements.map((x) => x.wording) : r).toEqual(wording);
  });

  it.each([
    ["de", "die Staatsangehörigkeit eines Mitgliedstaats der Europäischen Union oder Islands, Liechtensteins oder Norwegens besitzen;"],
    ["it", "essere cittadino di uno Stato membro dell'Unione europea oppure dell'Islanda, del Liechtenstein o della Norvegia;"],
    ["pl", "być obywatelem państwa członkowskiego Unii Europejskiej lub Islandii, Liechtensteinu albo Norwegii;"],
  ])("%s: Iceland, Liechtenstein and Norway named one by one are the EEA", (language, text) => {
    expect(vocab(language).read(span(text))).toMatchObject({ kind: "rule", rule: { type: "citizenship", allowed: "eu-eea" } });
  });

  it("reads each condition of a passage stating two, each with its own clause", () => {
    const conditions = vocab("de").conditionsIn(span("im Vollbesitz Ihrer bürgerlichen Ehrenrechte sein und etwaigen Verpflichtungen aus den Wehrgesetzen nachgekommen sein;"));
    expect(conditions.map((c) => [c.id, c.label])).toEqual([
      ["civic-rights", "im Vollbesitz Ihrer bürgerlichen Ehrenrechte sein"],
      ["military-service", "etwaigen Verpflichtungen aus den Wehrgesetzen nachgekommen sein"],
    ]);
  });

  it("reads a language rule that names nationals as a language rule once the citizenship is read", () => {
    const text = "(d) gründliche Kenntnisse (Niveau C1) einer der Amtssprachen der Europäischen Union und gute Kenntnisse (Niveau B2) einer zweiten Amtssprache besitzen. Diese Anforderungen gelten auch für Staatsangehörige der Bewerberländer;";
    expect(vocab("de").read(span(text), new Set(["citizenship"]))).toMatchObject({ kind: "rule", rule: { type: "languages", requirements: [{ level: "C1" }, { level: "B2" }] } });
  });
});

describe("the first contract's length in prose, with the words for it", () => {
  it.each([
    ["de", "## Unser Angebot\n\n- Einen Vertrag als Bediensteter auf Zeit nach Artikel 2 Buchstabe f der Beschäftigungsbedingungen für die sonstigen Bediensteten für eine Anfangszeit von fünf Jahren mit der Möglichkeit der Verlängerung.\n"],
    ["it", "## Cosa offriamo\n\n- Un contratto di agente temporaneo ai sensi dell'articolo 2, lettera f), del regime applicabile agli altri agenti, per un periodo iniziale di cinque anni, con possibilità di rinnovo.\n"],
    ["es", "## Qué ofrecemos\n\n- Un contrato de agente temporal con arreglo al artículo 2, letra f), del régimen aplicable a los otros agentes, por un período inicial de cinco años, renovable.\n"],
  ])("%s", (language, text) => {
    const r = importNotice(`# Vacancy\n\n${text}`, { reference, ...{} });
    expect((r.facts as { language?: string }).language).toBe(language);
    expect((r.facts.contract as { firstContract?: { years: number } } | undefined)?.firstContract?.years).toBe(5);
  });
});

describe("a date with the year first", () => {
  it.each([
    ["hu", "Jelentkezési határidő: 2027. március 31., 12:00 (brüsszeli idő szerint)", "2027-03-31T12:00"],
    ["lt", "Paraiškų pateikimo terminas: 2027 m. kovo 31 d. 12:00 val. (Briuselio laiku)", "2027-03-31T12:00"],
    ["lv", "Pieteikumu iesniegšanas termiņš: 2027. gada 31. martā plkst. 12:00 (Briseles laiks)", "2027-03-31T12:00"],
  ])("%s: %s", (language, text, local) => {
    expect(readDeadline(text, zonesOf(language), undefined, dateWordsOf(words, language))).toMatchObject({ ok: true, local, zone: "Europe/Brussels" });
  });
});
