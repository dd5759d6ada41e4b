// Notices in other languages and of plainer shapes read with the same code: titles in sentence case are
// headings, a closing date inside a sentence is read with the notice language's words, and a zone named by
// an inflected form of a place ("Rigaer Zeit") is the place's zone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/import/document.js";
import { importNotice, readImportReference } from "../../src/import/import.js";

const fixtures = fileURLToPath(new URL("../fixtures/notices/", import.meta.url));
const read = (name: string) => readFileSync(join(fixtures, name), "utf8");
const reference = readImportReference();

describe("titles in sentence case", () => {
  it("are headings when they stand on their own line before a paragraph or a list", () => {
    const doc = readDocument("Conditions d'admission\na) être ressortissant d'un État membre ;\n\nConditions d'emploi\nLe candidat retenu sera engagé.");
    expect(doc.units.filter((u) => u.kind === "heading").map((u) => u.clean)).toEqual(["Conditions d'admission", "Conditions d'emploi"]);
  });

  it("are not read in a hard-wrapped sentence, a label line or a line with figures", () => {
    const doc = readDocument("The successful candidate will be offered a contract as a temporary agent for a period\nof five years.\n\nGrade: AD7\nPlace: Riga\n\nValid until 2028\nThe list may be extended.");
    expect(doc.units.filter((u) => u.kind === "heading")).toEqual([]);
  });

  it("keep a list's lead-in: the items under a plain title still belong to it", () => {
    const doc = readDocument("Essential:\n\nProfessional experience\n- Five years in audit;\n\nLanguages\n- English C1.");
    const bullets = doc.units.filter((u) => u.kind === "bullet");
    expect(bullets.map((b) => b.leadIn?.clean)).toEqual(["Essential:", "Essential:"]);
  });
});

describe("a notice in French with plain headings and the closing date inside a sentence", () => {
  const r = importNotice(read("cjue-lawyer-linguist-fr.txt"), { reference });

  it("reads the closing date from the sentence that gives it, at midnight, in Luxembourg's zone", () => {
    expect(r.facts.deadline).toMatchObject({ local: "2027-04-30T23:59", zone: "Europe/Luxembourg" });
  });

  it("reads the eligibility criteria under 'Conditions d'admission'", () => {
    const types = (r.facts.eligibility as { criteria?: { type: string }[] } | undefined)?.criteria?.map((c) => c.type);
    expect(types).toEqual(expect.arrayContaining(["citizenship", "education", "experience"]));
  });
});

type Criteria = { type: string; routes?: { minYears?: number; experienceYears?: number }[]; requirements?: { level?: string; languages?: string[] }[] }[];
const criteria = (r: ReturnType<typeof importNotice>) => ((r.facts.eligibility as { criteria?: Criteria } | undefined)?.criteria ?? []);

describe("a language rule naming its languages, with an advantage after a semicolon", () => {
  it.each([
    ["cjue-lawyer-linguist-fr.txt"],
    ["cjeu-lawyer-linguist-en.txt"],
  ])("%s: Latvian C2 and French C1, each its own requirement (the advantage does not hide them)", (file) => {
    const rule = criteria(importNotice(read(file), { reference })).find((c) => c.type === "languages");
    expect(rule?.requirements?.map((x) => [x.level, x.languages])).toEqual([["C2", ["Latvian"]], ["C1", ["French"]]]);
  });
});

describe("a notice in German", () => {
  const r = importNotice(read("berec-legal-officer-de.txt"), { reference });

  it("reads two education routes joined by 'oder', the second with a year of experience", () => {
    const education = criteria(r).find((c) => c.type === "education");
    expect(education?.routes?.map((x) => [x.minYears, x.experienceYears])).toEqual([[4, undefined], [3, 1]]);
  });

  it("reads both levels of the language rule ('gründliche Kenntnisse … C1 und ausreichende Kenntnisse … B2')", () => {
    expect(criteria(r).find((c) => c.type === "languages")?.requirements?.map((x) => x.level)).toEqual(["C1", "B2"]);
  });

  it("reads a zone named by the place's adjective ('Rigaer Zeit')", () => {
    expect(r.facts.deadline).toMatchObject({ local: "2027-06-15T12:00", zone: "Europe/Riga" });
  });
});

describe("the same notice in English", () => {
  const r = importNotice(read("cjeu-lawyer-linguist-en.txt"), { reference });

  it("quotes a passage without the plain title above it", () => {
    expect((r.facts.deadline as { quote: string }).quote.startsWith("Applications must be submitted")).toBe(true);
  });
});
