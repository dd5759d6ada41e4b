// The fact reader skips the age and experience patterns of a message that fails their gates (two digits; a year
// word and an experience word): cheap tests that are part of every pattern built from a language's words
// (src/engine/language-pack.ts `factGatesFor`). A gate must never turn away a text its patterns match, and every
// language whose patterns are built from its words must have its gates (else the reader runs them on every message).
import { describe, expect, it } from "vitest";
import { completeLexicon, factGatesFor, factWordsFor, factWordsOf } from "../../../src/engine/language-pack.js";
import { normalizeForMatch } from "../../../src/text/normalize.js";
import { knowledgeAt, projectKnowledgeDir } from "../../helpers/bot.js";

const k = knowledgeAt(projectKnowledgeDir);

describe("the gates of the built age and experience patterns", () => {
  it.each([...k.lexicons.keys()])("%s: a text its patterns match passes its gates", (language) => {
    const lexicon = completeLexicon(k.lexicons.get(language)!);
    const w = lexicon.words;
    const used = factWordsFor(lexicon);
    const built = factWordsOf(w);
    const gates = factGatesFor(lexicon);
    if (used.age.join() === built.age.join() && built.age.length) expect(gates.age).toBeDefined();
    if (used.experienceYears.join() === built.experienceYears.join() && built.experienceYears.length) expect(gates.experienceYears).toBeDefined();
    // Texts that state an age or years of experience in the language's own words, and the language's example questions.
    const year = w.units.year ?? [];
    const texts = [
      ...w.age.map((phrase) => phrase.replace("{n}", "45")),
      ...year.flatMap((y) => w.experience.slice(0, 10).flatMap((e) => [`5 ${y} ${e}`, `${e} 12 ${y}`, `, 45 , ${e}`])),
      ...Object.values(lexicon.examples).flat().filter((_, i) => i % 4 === 0),
    ].map(normalizeForMatch);
    let matched = 0;
    for (const [key, gate] of Object.entries(gates) as [("age" | "experienceYears"), RegExp[]][]) {
      const res = used[key].map((p) => new RegExp(p, "giu"));
      for (const text of texts)
        if (res.some((re) => [...text.matchAll(re)].length)) {
          matched++;
          expect(gate.every((g) => g.test(text)), `${key}: ${text}`).toBe(true);
        }
    }
    if (Object.keys(gates).length) expect(matched).toBeGreaterThan(0);
  });
});
