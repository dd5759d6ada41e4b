// Held-out cases about imported notices, replayed in-process as ../shared/eval/grade.mjs checks them: each case
// names its notice, its turns, the time and zone, and what the last answer must contain. The notices are imported
// as an HR unit would, with no hand edits, into a folder of their own.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { normalizeForCheck as norm } from "../../src/audit/index.js";
import { createBot, loadKnowledge, renderText, type Answer, type Bot, type Knowledge } from "../../src/index.js";
import { importNotice, readImportReference, writeImport } from "../../src/import/import.js";

export type HeldoutCase = { id: string; notice: string; turns: string[]; now: string; tz?: string; expect: { all?: string[][]; none?: string[]; verdict?: string; cited?: boolean } };

/** The cases of a JSON-lines fixture, of the held-out shape unless the set's own is given. */
export function readCases<T = HeldoutCase>(file: URL): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Notices imported into a temporary knowledge folder, a bot for each, and each notice's text to check quotes against. */
export type ImportedNotices = { knowledge: Knowledge; texts: Map<string, string>; botOf(id: string): Bot; remove(): void };

/**
 * Imports every notice (.txt, .md) of `folder` under its file's base name; `copies` are notice folders copied as they
 * are (the project's curated notice), each with its notice.txt.
 */
export function importNotices(folder: string, copies: string[] = []): ImportedNotices {
  const dir = mkdtempSync(join(tmpdir(), "vacancy-bot-heldout-"));
  const texts = new Map<string, string>();
  const reference = readImportReference();
  for (const file of readdirSync(folder).filter((f) => /\.(txt|md)$/.test(f) && f !== "README.md")) {
    const id = file.replace(/\.(txt|md)$/, "");
    const text = readFileSync(join(folder, file), "utf8");
    texts.set(id, norm(text));
    writeImport(dir, importNotice(text, { reference, id }));
  }
  for (const copy of copies) {
    const id = copy.split(/[\\/]/).filter(Boolean).at(-1)!;
    cpSync(copy, join(dir, id), { recursive: true });
    texts.set(id, norm(readFileSync(join(copy, "notice.txt"), "utf8")));
  }
  const knowledge = loadKnowledge(dir);
  const bots = new Map<string, Bot>();
  return {
    knowledge,
    texts,
    botOf(id) {
      let bot = bots.get(id);
      if (!bot) bots.set(id, (bot = createBot({ knowledge, noticeId: id })));
      return bot;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Asks a case's turns in a conversation of its own and checks the last answer as the grader does. */
export function replay(notices: ImportedNotices, c: HeldoutCase, sessionId: string): Answer {
  const bot = notices.botOf(c.notice);
  const answer = c.turns.map((text) => bot.ask({ sessionId, text, now: c.now, ...(c.tz ? { zone: c.tz } : {}) })).at(-1)!;
  const text = ` ${norm(renderText(answer))} `;
  for (const group of c.expect.all ?? []) expect(group.some((alt) => text.includes(norm(alt))), `one of ${JSON.stringify(group)} in: ${renderText(answer)}`).toBe(true);
  for (const bad of c.expect.none ?? []) expect(text.includes(norm(bad)), `"${bad}" in: ${renderText(answer)}`).toBe(false);
  if (c.expect.verdict) expect(answer.verdict).toBe(c.expect.verdict);
  if (c.expect.cited) expect(answer.citations.some((q) => norm(q.quote).length > 10 && notices.texts.get(c.notice)!.includes(norm(q.quote))), "a citation quoting the notice").toBe(true);
  return answer;
}

/** A graders'-format expectation, with `starts`: the answer's first words. */
export type Expectation = HeldoutCase["expect"] & { starts?: string[] };

/** An alternative keeps a space at its edge, as the graders compare: "eur " matches "EUR 5", not "europa.eu". */
const alt = (s: string) => (/^\s/.test(s) ? " " : "") + norm(s) + (/\s$/.test(s) ? " " : "");

/** What an answer misses of an expectation, worded as grade.mjs words it; empty when it meets it. */
export function misses(e: Expectation, answer: { text: string; verdict?: string; citations: { quote: string }[] }, noticeText: string): string[] {
  const text = ` ${norm(answer.text)} `;
  const why: string[] = [];
  for (const group of e.all ?? []) if (!group.some((a) => text.includes(alt(a)))) why.push(`missing one of ${JSON.stringify(group)}`);
  for (const bad of e.none ?? []) if (text.includes(alt(bad))) why.push(`says ${JSON.stringify(bad)}`);
  if (e.starts && !e.starts.some((s) => text.trimStart().startsWith(norm(s)))) why.push(`starts otherwise than ${JSON.stringify(e.starts)}`);
  if (e.verdict && answer.verdict !== e.verdict) why.push(`verdict ${answer.verdict ?? "none"}, wanted ${e.verdict}`);
  if (e.cited && !answer.citations.some((q) => norm(q.quote).length > 10 && noticeText.includes(norm(q.quote)))) why.push("no citation quoting the notice");
  return why;
}
