// Held-out questions on the step within the grade (issue 17): "what step will i start at", "à quel échelon
// serai-je recruté ?", "welche Dienstaltersstufe?" in the 24 languages about the first notice, and about the
// development notices that state the step (Europol, the Court of Auditors in French), quote a salary at a step
// (Cedefop, F4E) or say nothing of it (EEAS, the Council); two traps where "step" is a selection's. Written before
// the reading code was looked at. The first notice is the project's curated one; the others are imported as an HR
// unit would, with no hand edits; where ../shared/notices is not beside the repository the test is skipped.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeForCheck } from "../../src/audit/index.js";
import { createBot, loadKnowledge, renderText, type Bot, type Knowledge } from "../../src/index.js";
import { importNotice, readImportReference, writeImport } from "../../src/import/import.js";
import { projectKnowledgeDir } from "../helpers/bot.js";

type Case = { id: string; notice: string; turns: string[]; now: string; tz?: string; expect: { all?: string[][]; none?: string[]; verdict?: string; cited?: boolean } };

const cases: Case[] = readFileSync(new URL("../fixtures/heldout/step.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);
const notices = fileURLToPath(new URL("../../../shared/notices/", import.meta.url));
const present = existsSync(notices);
const norm = normalizeForCheck;

let dir: string;
let knowledge: Knowledge;
const texts = new Map<string, string>();
const bots = new Map<string, Bot>();
const botOf = (id: string) => {
  let bot = bots.get(id);
  if (!bot) bots.set(id, (bot = createBot({ knowledge, noticeId: id })));
  return bot;
};

describe.skipIf(!present)("held-out questions on the step within the grade (issue 17)", () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "vacancy-bot-step-"));
    const reference = readImportReference();
    for (const file of readdirSync(notices).filter((f) => /\.(txt|md)$/.test(f) && f !== "README.md")) {
      const id = file.replace(/\.(txt|md)$/, "");
      const text = readFileSync(join(notices, file), "utf8");
      texts.set(id, norm(text));
      writeImport(dir, importNotice(text, { reference, id }));
    }
    const first = "DIGIT-COM-2025-1194";
    cpSync(join(projectKnowledgeDir, first), join(dir, first), { recursive: true });
    texts.set(first, norm(readFileSync(join(projectKnowledgeDir, first, "notice.txt"), "utf8")));
    knowledge = loadKnowledge(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("asks in all 24 languages about the first notice", () => {
    for (const lang of ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"])
      expect(cases.some((c) => c.id.startsWith(`step-digit-${lang}-`)), lang).toBe(true);
  });

  let conversation = 0;
  for (const c of cases)
    it(`${c.id}: ${c.turns.join(" | ")}`, () => {
      const bot = botOf(c.notice);
      const sessionId = `step-${conversation++}`;
      const answers = c.turns.map((text) => bot.ask({ sessionId, text, now: c.now, ...(c.tz ? { zone: c.tz } : {}) }));
      const answer = answers.at(-1)!;
      const text = ` ${norm(renderText(answer))} `;
      for (const group of c.expect.all ?? []) expect(group.some((alt) => text.includes(norm(alt))), `one of ${JSON.stringify(group)} in: ${renderText(answer)}`).toBe(true);
      for (const bad of c.expect.none ?? []) expect(text.includes(norm(bad)), `"${bad}" in: ${renderText(answer)}`).toBe(false);
      if (c.expect.verdict) expect(answer.verdict).toBe(c.expect.verdict);
      if (c.expect.cited) expect(answer.citations.some((q) => norm(q.quote).length > 10 && texts.get(c.notice)!.includes(norm(q.quote)))).toBe(true);
    });
});
