// What a notice's parts are for (about the employer, the post, the person sought, applying, what is offered, an
// annex) is read from its headings with the notice language's words (words.json `notice.sections`, issue 18), so a
// translated notice keeps its passages on the employer, the duties and the benefits as the English original does.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importNotice, readImportReference } from "../../src/import/import.js";
import { sectionRole } from "../../src/import/rules/reader.js";
import { readLanguageWords } from "../../src/import/words.js";

const words = readLanguageWords();
const LANGUAGES = ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"];

describe("section roles from the notice language's heading words", () => {
  it.each(LANGUAGES)("%s: every role has words", (language) => {
    const sections = words.get(language)!.words.notice.sections;
    for (const role of ["about", "propose", "lookFor", "apply", "offer", "annex"] as const) expect(sections[role].length, role).toBeGreaterThan(0);
  });

  it.each([
    ["en", "WHAT WE OFFER", "offer"],
    ["en", "HOW TO APPLY", "apply"],
    ["en", "WHAT WE LOOK FOR", "lookFor"],
    ["en", "I. WE ARE", "about"],
    ["de", "Über uns", "about"],
    ["de", "BEWERBUNG", "apply"],
    ["de", "PRAKTIKUMSZEITRÄUME UND BEWERBUNGSFRISTEN", "other"],
    ["fr", "Qui sommes-nous ?", "about"],
    ["fr", "Ce que nous offrons", "offer"],
    ["it", "PERIODI DI TIROCINIO E FINESTRE DI CANDIDATURA", "other"],
    ["it", "Come candidarsi", "apply"],
    ["pl", "Co oferujemy", "offer"],
    ["es", "El puesto", "propose"],
    ["sv", "Vad vi erbjuder", "offer"],
    ["el", "ΠΩΣ ΝΑ ΥΠΟΒΑΛΕΤΕ ΑΙΤΗΣΗ", "apply"],
  ])("%s: %s is %s (accents and case aside; a compound holding a word is not it)", (language, heading, role) => {
    expect(sectionRole(heading, words.get(language)!.words.notice.sections)).toBe(role);
  });

  it("without words no heading has a role but the introduction's", () => {
    expect(sectionRole("WHAT WE OFFER")).toBe("other");
    expect(sectionRole("")).toBe("intro");
  });

  it.each(["de", "es", "fr", "it", "pl"])("the EMA post in %s keeps its passages about the agency, the duties and the benefits, as the English does", (language) => {
    const reference = readImportReference();
    const read = (code: string) => importNotice(readFileSync(fileURLToPath(new URL(`../fixtures/notices/lang/ema-ta-ad8-${code}.md`, import.meta.url)), "utf8"), { id: code, reference });
    const fields = (r: ReturnType<typeof read>) => new Set(r.found.map((f) => f.field));
    const english = fields(read("en"));
    const translated = fields(read(language));
    for (const field of ["about", "role.duties", "benefits"]) {
      expect(english.has(field)).toBe(true);
      expect(translated.has(field), field).toBe(true);
    }
  });
});
