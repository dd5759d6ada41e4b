// A requirement sentence said in the negative ("Candidates do not need to have passed an EPSO CAST test",
// "n'est pas requis", "müssen nicht") is no eligibility criterion: read with each language's words.json
// `notice.notRequired`, before any criterion reader types it.
import { describe, expect, it } from "vitest";
import { importNotice, readImportReference } from "../../src/import/import.js";
import { factsSchema, type Facts } from "../../src/knowledge/schema.js";

const reference = readImportReference();
const load = (text: string) => factsSchema.parse(importNotice(text, { id: "NEG-2027", reference }).facts) as Facts;
const types = (f: Facts) => f.eligibility.criteria.map((c) => c.type);

describe("a requirement said not to be required", () => {
  it.each([
    ["en", "ELIGIBILITY CRITERIA\n\nCandidates must:\n\n- be a national of a Member State of the European Union;\n- hold a valid EPSO CAST certificate for function group IV.\n"],
    ["en", "ELIGIBILITY CRITERIA\n\nCandidates must:\n\n- be a national of a Member State of the European Union;\n- have passed an EPSO CAST test for function group IV.\n"],
  ])("%s: a CAST stated as a requirement is a status criterion", (_lang, text) => {
    expect(types(load(text))).toContain("status");
  });

  it.each([
    ["en", "ELIGIBILITY CRITERIA\n\nCandidates must:\n\n- be a national of a Member State of the European Union;\n- Candidates do not need to have passed an EPSO CAST test or to be registered in the CAST Permanent database.\n"],
    ["en", "ELIGIBILITY CRITERIA\n\nCandidates must:\n\n- be a national of a Member State of the European Union;\n- A valid EPSO CAST certificate is not required.\n"],
    ["fr", "CONDITIONS D'ÉLIGIBILITÉ\n\nLes candidats doivent :\n\n– être ressortissants d’un des États membres de l’Union européenne ;\n– Les candidats n’ont pas besoin d’avoir réussi un test EPSO CAST.\n"],
  ])("%s: a CAST said not to be needed is no criterion", (_lang, text) => {
    const f = load(text);
    expect(types(f)).toContain("citizenship");
    expect(types(f)).not.toContain("status");
    expect(JSON.stringify(f.eligibility.criteria)).not.toMatch(/CAST/);
  });

  it("keeps the part after a contrast that states a requirement", () => {
    const f = load("ELIGIBILITY CRITERIA\n\nCandidates must:\n\n- be a national of a Member State of the European Union;\n- A doctorate is not required, but candidates must have a valid EPSO CAST certificate for function group IV.\n");
    expect(types(f)).toContain("status");
    expect(JSON.stringify(f.eligibility.criteria)).not.toMatch(/doctorate is not required/);
  });

  it("every language has its words for it", async () => {
    const { readLanguageWords } = await import("../../src/import/words.js");
    const words = readLanguageWords();
    expect(words.size).toBe(24);
    for (const [lang, w] of words) expect(w.words.notice.notRequired.length, lang).toBeGreaterThan(0);
  });
});
