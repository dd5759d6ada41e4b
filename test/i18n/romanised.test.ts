// Greek and Bulgarian typed in Latin letters (issue 19, "geia sas, poso diarkei i symvasi?"): told apart from the
// Latin-script languages by the language's own words romanised from its data (words.json "romanisation"), read in
// its own script, and answered in it. The same code for every language written in a script of its own.
import { describe, expect, it } from "vitest";
import { createRomanisedReader } from "../../src/i18n/romanised.js";
import { botFor, knowledgeAt, last, projectKnowledgeDir } from "../helpers/bot.js";

const cti = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";
const readerOf = (language: string) => {
  const l = knowledgeAt(projectKnowledgeDir).lexicons.get(language)!;
  return createRomanisedReader(language, l.words.romanisation, () => [...l.words.stopwords, ...Object.values(l.examples).flat()]);
};

describe("romanised reading from a language's data", () => {
  it("folds the informal spellings and gives the words back in the script", () => {
    const el = readerOf("el");
    expect(el.share("poso diarkei i symvasi").share).toBe(1);
    expect(el.toScript("poso diarkei i symvasi")).toBe("ποσο διαρκει η συμβαση");
    const bg = readerOf("bg");
    expect(bg.share("kolko e zaplatata").share).toBe(1);
    expect(bg.toScript("kolko e zaplatata")).toBe("колко е заплатата");
  });

  it("finds little Greek or Bulgarian in an English sentence", () => {
    for (const language of ["el", "bg"]) expect(readerOf(language).share("i would like to know the salary of the job").share).toBeLessThan(0.3);
  });
});

describe("romanised messages are answered in their language", () => {
  it.each([
    ["el", "geia sas, poso diarkei i symvasi? ananewnetai meta?", /4 ετών[\s\S]*2 ετών/],
    ["el", "mexri pote mporw na kanw aitisi?", /20 Οκτωβρίου 2025/],
    ["el", "ti glosses xreiazomai?", /C1/],
    ["bg", "zdraveite, do koga moga da kandidatstvam?", /20 октомври 2025/],
    ["bg", "kolko e zaplatata?", /заплат/],
  ])("%s: %s", (language, q, says) => {
    const a = last(cti, q, { now });
    expect(a.language).toBe(language);
    expect(a.text).toMatch(says);
  });

  it.each(["When is the deadline?", "Hola, me gustaría saber el plazo", "Ahoj, do kdy se můžu přihlásit?", "Wat is de deadline voor de sollicitatie?"])("a Latin-script language stays itself: %s", (q) => {
    expect(["el", "bg"]).not.toContain(last(cti, q, { now }).language);
  });
});
