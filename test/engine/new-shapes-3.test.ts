// Classes found by the third set of new-shape notices (issue 18), asked of the notices of test/fixtures/notices/new:
// "both profiles" names every profile at once (so the notice's own sentence on applying for several is quoted),
// and a freelancer or an employee of a private firm is not employed by a public administration.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot, loadKnowledge, renderText, type Bot } from "../../src/index.js";
import { profilesNamed } from "../../src/engine/profiles.js";
import { importNotice, readImportReference, writeImport } from "../../src/import/import.js";

const folder = fileURLToPath(new URL("../fixtures/notices/new/", import.meta.url));
const now = "2027-06-01T09:00:00Z";
let dir: string;
let etf: Bot;
let eurofound: Bot;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vacancy-bot-new3-"));
  const reference = readImportReference();
  for (const id of ["etf-2profili-it", "eurofound-sne-pdf"]) writeImport(dir, importNotice(readFileSync(join(folder, `${id}.txt`), "utf8"), { reference, id }));
  const knowledge = loadKnowledge(dir);
  etf = createBot({ knowledge, noticeId: "etf-2profili-it" });
  eurofound = createBot({ knowledge, noticeId: "eurofound-sne-pdf" });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("every profile named at once", () => {
  const profiles = [
    { label: "A", title: "Risk analyst", quote: "q" },
    { label: "B", title: "Operations assistant", quote: "q" },
  ] as Parameters<typeof profilesNamed>[1];
  const words = { profile: ["profile", "profiles", "Profil", "Profile", "profili", "profilo"], and: ["and", "und"], all: ["both", "beide", "oba", "entrambi"] };

  it.each(["Can I apply for both profiles?", "Kann ich mich für beide Profile bewerben?", "Czy mogę aplikować na oba profile?", "Posso candidarmi per entrambi i profili?"])("%s", (text) => {
    expect(profilesNamed(text, profiles, words).map((m) => m.label)).toEqual(["A", "B"]);
  });

  it("quotes the notice's sentence on applying for one profile only", () => {
    for (const text of ["Posso candidarmi per entrambi i profili?", "can I apply for both profiles?", "Kann ich mich auf beide Profile bewerben?"]) {
      const answer = etf.ask({ sessionId: `both-${text}`, text, now });
      expect(renderText(answer)).toContain("I candidati possono presentare domanda per un solo profilo.");
    }
  });
});

describe("not employed by a public administration", () => {
  it.each([
    ["en", "I'm a Polish freelancer, master's degree, 5 years of experience, Polish C2 and English C1. Can I apply?"],
    ["fr", "Je suis polonaise, indépendante depuis 5 ans, master, polonais C2 et anglais C1. Puis-je postuler ?"],
    ["de", "Ich bin Pole, selbstständig, Master, 5 Jahre Erfahrung, Polnisch C2 und Englisch C1. Kann ich mich bewerben?"],
  ])("%s: a freelancer is not eligible for a secondment that needs a public employer", (_lang, text) => {
    const answer = eurofound.ask({ sessionId: `free-${text}`, text, now });
    expect(answer.verdict).toBe("not_eligible");
  });
});
