// Classes found by the third set of new-shape notices (test/fixtures/notices/new3, issue 18), each tried on a
// short notice of its own: a zone named by a place of two words or by a city's adjective, cut-off dates listed
// one a line under the passage that names them, a call that "closes on" a date, profile lines under a section
// number, and what the notice says of its profiles in its introduction.
import { describe, expect, it } from "vitest";
import { createPlaceZones, readDeadline } from "../../src/import/dates.js";
import { importNotice, readImportReference } from "../../src/import/import.js";
import { dateWordsOf, readLanguageWords, zonesInLanguage } from "../../src/import/words.js";
import { factsSchema } from "../../src/knowledge/schema.js";

const reference = readImportReference();
const zones = createPlaceZones(reference.zones);
const languages = readLanguageWords();
const facts = (text: string) => factsSchema.parse(importNotice(text, { reference, id: "N" }).facts);

describe("zones in the notice's words", () => {
  it("reads a zone named by a place of two words ('tijd in Den Haag')", () => {
    const r = readDeadline("De oproep sluit op 30 juni 2031 om 23:59 uur (tijd in Den Haag).", zonesInLanguage(zones, languages, "nl"), undefined, dateWordsOf(languages, "nl"));
    expect(r).toMatchObject({ ok: true, local: "2031-06-30T23:59", zone: "Europe/Amsterdam" });
  });

  it("reads a zone named by a city's adjective ('czasu warszawskiego') and the hour after 'godz.'", () => {
    const r = readDeadline("Termin składania zgłoszeń: 20 maja 2031 r., godz. 12:00 (czasu warszawskiego)", zonesInLanguage(zones, languages, "pl"), undefined, dateWordsOf(languages, "pl"));
    expect(r).toMatchObject({ ok: true, local: "2031-05-20T12:00", zone: "Europe/Warsaw" });
  });
});

describe("a rolling call whose cut-off dates are listed one a line", () => {
  const notice = [
    "EUROJUST",
    "",
    "OPROEP TOT HET INDIENEN VAN BLIJKEN VAN BELANGSTELLING",
    "Arbeidscontractant — functiegroep II",
    "",
    "Referentie: EJ/CA/2031/01",
    "Standplaats: Den Haag (Nederland)",
    "",
    "1. AFSLUITDATA",
    "",
    "Sollicitaties worden beoordeeld op de volgende afsluitdata,",
    "telkens om 23:59 uur (tijd in Den Haag):",
    "- 31 januari 2031",
    "- 31 maart 2031",
    "- 31 mei 2031",
    "De oproep sluit definitief op 31 mei 2031 om 23:59 uur (tijd in Den Haag).",
    "",
    "2. TAKEN",
    "",
    "De geselecteerde kandidaten bieden administratieve ondersteuning.",
  ].join("\n");

  it("reads the final closing date from the sentence that says the call closes", () => {
    expect(facts(notice).deadline).toMatchObject({ local: "2031-05-31T23:59", zone: "Europe/Amsterdam" });
  });

  it("reads the listed dates as the cut-offs, at the time the passage gives", () => {
    expect(facts(notice).deadlines).toMatchObject({ kind: "rolling", time: "23:59", cutoffs: [{ month: 1, day: 31 }, { month: 3, day: 31 }, { month: 5, day: 31 }] });
  });
});

describe("profiles under section numbers", () => {
  const notice = [
    "AGENCY",
    "",
    "VACANCY NOTICE",
    "Temporary agents – two profiles",
    "",
    "Place of employment: Lisbon (Portugal)",
    "Deadline for applications: 20 May 2031 at 12:00 (Lisbon time)",
    "",
    "1. PROFILES",
    "This notice concerns two profiles. Candidates may apply for one profile only.",
    "",
    "2. ELIGIBILITY",
    "2.1 Profile A – Risk analyst (AD 7)",
    "- a university degree of at least three years attested by a diploma;",
    "",
    "2.2 Profile B – Operations assistant (AST 4)",
    "- post-secondary education attested by a diploma;",
    "",
    "3. HOW TO APPLY",
    "Applications are submitted through the online tool.",
  ].join("\n");

  it("reads each profile's title and grade from its numbered heading", () => {
    expect(facts(notice).profiles.map((p) => [p.label, p.title, p.grades?.min])).toEqual([
      ["A", "Risk analyst", "AD 7"],
      ["B", "Operations assistant", "AST 4"],
    ]);
  });

  it("keeps what the notice says of its profiles before the first profile's part", () => {
    expect(facts(notice).profilesRules.map((r) => r.quote)).toContain("Candidates may apply for one profile only.");
  });
});

describe("criteria and lists in the notice's own words", () => {
  const notice = (rule: string, reserve: string) =>
    ["AGENCJA", "", "OGŁOSZENIE O NABORZE", "Asystent", "", "Miejsce zatrudnienia: Warszawa (Polska)", "Termin składania zgłoszeń: 20 maja 2031 r., godz. 12:00 (czasu warszawskiego)", "", "1. KRYTERIA KWALIFIKOWALNOŚCI", rule, "", "2. PROCEDURA WYBORU", reserve, ""].join("\n");

  it("reads a reserve list named in an inflected form ('na listę rezerwową … ważną do')", () => {
    const f = facts(notice("Kandydaci muszą posiadać obywatelstwo jednego z państw członkowskich UE.", "Kandydaci zostaną wpisani na listę rezerwową ważną do 31 grudnia 2032 r."));
    expect(f.reserveList).toMatchObject({ until: "2032-12-31" });
  });

  it("reads 'one of them must be English, at least B2' inside the languages rule itself", () => {
    const text = [
      "EUROJUST",
      "",
      "OPROEP TOT HET INDIENEN VAN BLIJKEN VAN BELANGSTELLING",
      "Administratief medewerker",
      "",
      "Standplaats: Den Haag (Nederland)",
      "Uiterste datum: 30 juni 2031 om 23:59 uur (tijd in Den Haag)",
      "",
      "1. TOELATINGSCRITERIA",
      "Om in aanmerking te komen, moeten kandidaten:",
      "1. onderdaan zijn van een lidstaat van de Europese Unie;",
      "2. een grondige kennis hebben van een van de officiële talen van de Europese Unie en een voldoende kennis van",
      "een tweede officiële taal van de Unie; een van beide moet Engels zijn, op ten minste niveau B2;",
      "",
    ].join("\n");
    const languages = facts(text).eligibility.criteria.find((c) => c.type === "languages");
    expect(languages && "requirements" in languages ? languages.requirements.at(-1) : undefined).toMatchObject({ level: "B2", languages: ["English"] });
  });
});
