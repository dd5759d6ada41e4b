// Answers on facts notices state in prose (issue 18's gaps), over notices of unseen shapes imported with no hand
// edits (test/fixtures/notices/new/): a seconded expert's body that pays no salary, the staff category and the
// function group with its grade in a sentence, the documents a sentence or a list names, a French agency call.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot, loadKnowledge, renderText, type Bot } from "../../src/index.js";
import { importNotice, readImportReference, writeImport } from "../../src/import/import.js";

const fixtures = fileURLToPath(new URL("../fixtures/notices/new", import.meta.url));
const reference = readImportReference();
const NAMES = ["eurofound-sne-pdf", "frontex-ca-fgiii-web", "easa-ta-ad7-de", "era-ca-fgiii-fr"] as const;
let dir: string;
const bots = new Map<string, Bot>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vacancy-bot-gaps-"));
  for (const id of NAMES) writeImport(dir, importNotice(readFileSync(join(fixtures, `${id}.txt`), "utf8"), { reference, id }));
  const knowledge = loadKnowledge(dir);
  for (const id of NAMES) bots.set(id, createBot({ knowledge, noticeId: id }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let turn = 0;
function ask(id: (typeof NAMES)[number], text: string, now = "2027-06-01T09:00:00Z") {
  const answer = bots.get(id)!.ask({ sessionId: `gaps-${turn++}`, text, now });
  return { text: renderText(answer).replace(/\s+/g, " "), quotes: answer.citations.map((c) => c.quote).join("\n") };
}

describe("facts stated in prose, answered", () => {
  it("a seconded expert's pay: the body pays no salary, quoted, before any allowance", () => {
    const a = ask("eurofound-sne-pdf", "What's the salary?");
    expect(a.text).toMatch(/does not pay a salary/);
    expect(a.text.indexOf("does not pay a salary")).toBeLessThan(a.text.indexOf("171.14") < 0 ? Infinity : a.text.indexOf("171.14"));
  });
  it.each([
    ["frontex-ca-fgiii-web", "what grade?", /grade 8/],
    ["era-ca-fgiii-fr", "which grade?", /grade 9/],
  ] as const)("%s: %s gives the function group and the grade", (id, q, want) => {
    const a = ask(id, q);
    expect(a.text).toMatch(want);
    expect(a.text).not.toMatch(/does not say anything about the grade/);
  });
  it.each([
    ["easa-ta-ad7-de", "Is it a temporary agent or contract agent post?", /auf Zeit/],
    ["era-ca-fgiii-fr", "what kind of contract is it, temporary agent?", /agent contractuel/],
  ] as const)("%s: %s names the staff category the notice recruits for", (id, q, want) => {
    expect(ask(id, q).text).toMatch(want);
  });
  it.each([
    ["frontex-ca-fgiii-web", "what do I need to upload?", [/\bCV\b/, /motivation letter/]],
    ["eurofound-sne-pdf", "what documents should I attach?", [/curriculum vitae/, /employer/]],
    ["era-ca-fgiii-fr", "Quels documents faut-il envoyer ?", [/curriculum vitae/, /lettre de motivation/]],
  ] as const)("%s: %s lists the documents", (id, q, wants) => {
    const a = ask(id, q);
    for (const w of wants) expect(a.text).toMatch(w);
  });
});
