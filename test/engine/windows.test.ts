// Application windows: a message names the window it is about by the month and year its period starts, in
// any language whose month words the lexicon has; an eligibility check says on which closing date it applies.
import { describe, expect, it } from "vitest";
import { monthYears, windowNamed } from "../../src/engine/windows.js";
import { readLanguageWords } from "../../src/import/words.js";

const languages = readLanguageWords();
const months = (lang: string) => languages.get(lang)!.words.months;
const windows = [
  { label: "1 February 2032 – 30 June 2032", opens: "2031-09-01", closes: "2031-09-30T17:00", quote: "1 February 2032 – 30 June 2032   1 September 2031 – 30 September 2031" },
  { label: "1 September 2032 – 31 January 2033", opens: "2032-02-01", closes: "2032-02-28T17:00", quote: "1 September 2032 – 31 January 2033   1 February 2032 – 28 February 2032" },
];

describe("application windows named in a message", () => {
  it("reads months and years in the user's language", () => {
    expect(monthYears("Kann ich mich für das Praktikum ab September 2032 bewerben?", months("de"))).toEqual([{ month: 9, year: 2032 }]);
    expect(monthYears("le stage qui commence en février 2032", months("fr"))).toEqual([{ month: 2, year: 2032 }]);
  });

  it("picks the window whose period starts in the month named, not one that merely mentions it", () => {
    expect(windowNamed("Can I apply for the traineeship starting in September 2032?", windows, months("en"))?.closes).toBe("2032-02-28T17:00");
    expect(windowNamed("the period starting in February 2032", windows, months("en"))?.closes).toBe("2031-09-30T17:00");
    expect(windowNamed("Can I apply now?", windows, months("en"))).toBeUndefined();
  });
});
