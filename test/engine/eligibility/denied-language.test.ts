// A language denied beside a nationality said with "I am" (issue 18, held-out de-elig-eng): "Bin Österreicherin, …,
// Deutsch C2 und Französisch C1, kein Englisch" — "Englisch" names a people as well as a language; the "I am" of the
// message once made it a nationality cue, consumed as a country (and then denied), so English was neither read as
// a language the user lacks nor as one they speak, and the check asked for English again.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { completeLexicon, referenceWithNames } from "../../../src/engine/language-pack.js";
import { createReader } from "../../../src/engine/understand.js";
import { knowledgeAt, projectKnowledgeDir } from "../../helpers/bot.js";

const knowledge = knowledgeAt(projectKnowledgeDir);
const read = (l: string, text: string) => {
  const lex = completeLexicon(knowledge.lexicons.get(l)!);
  const reference = referenceWithNames(knowledge.reference, lex);
  return createReader(lex, reference, reference.zones, [], () => false).read(text).profile;
};

describe("a language denied in a message that says who the user is", () => {
  it.each([
    ["de", "Bin Österreicherin, Deutsch C2 und Französisch C1, kein Englisch. Bin ich zugelassen?"],
    ["de", "Ich bin Österreicherin, Deutsch C2 und Französisch C1, kein Englisch."],
    ["en", "I'm Austrian, German C2 and French C1, no English. Am I eligible?"],
  ])("%s: %s", (language, text) => {
    const profile = read(language, text);
    expect(profile.languagesDenied).toContain("English");
    expect(profile.languages).toMatchObject({ German: "C2", French: "C1" });
    expect(profile.nationalities).toEqual(["AT"]);
  });
});
