// Every citation is verbatim (issue 18): every quote a notice's facts hold, and every citation of the answers to a
// battery of questions (one per topic), stands in the notice's text as the graders compare it (case, white space,
// Markdown emphasis and links, dashes and quotes folded: normalizeForCheck, the same as ../shared/eval/grade.mjs).
// A fact read from a table row (the EMA notice's reference, grade and place) cites the row as written, not its
// cells under their column names. It runs over every notice we have: the development notices of ../shared/notices
// (when present beside the repository), the fixture notices of test/fixtures/notices/**, and the project's notice.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeForCheck as norm } from "../../src/audit/index.js";
import { importNotice, readImportReference, writeImport } from "../../src/import/import.js";
import { createBot, loadKnowledge, type Knowledge } from "../../src/index.js";

const shared = fileURLToPath(new URL("../../../shared/notices/", import.meta.url));
const fixtures = fileURLToPath(new URL("../fixtures/notices/", import.meta.url));
const product = fileURLToPath(new URL("../../knowledge/DIGIT-COM-2025-1194/", import.meta.url));

/** Every notice file under a folder, with an id of its own (the sub-folder and the base name). */
function noticeFiles(folder: string, prefix = ""): { id: string; file: string }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return noticeFiles(path, `${prefix}${name}-`);
    return /\.(txt|md)$/.test(name) && name !== "README.md" ? [{ id: `${prefix}${name.replace(/\.\w+$/, "")}`.toUpperCase(), file: path }] : [];
  });
}

/** One question per topic the bot answers, as a candidate asks it. */
const BATTERY = [
  "When is the deadline?",
  "Where is the job based?",
  "What grade is the post?",
  "What is the reference number?",
  "How much does it pay?",
  "Are there any allowances?",
  "How long is the contract?",
  "Can the contract be renewed?",
  "Is there a probation period?",
  "What staff category is it?",
  "Am I eligible?",
  "Which nationalities can apply?",
  "Is there an age limit?",
  "What education do I need?",
  "How much experience is needed?",
  "What languages do I need?",
  "How do I apply?",
  "Can I send my application by e-mail?",
  "Which documents do I need to send?",
  "In which language should I write my application?",
  "What is the selection procedure?",
  "Who sits on the selection panel?",
  "How long is the reserve list valid?",
  "Can I telework?",
  "What are the duties?",
  "What does the employer offer?",
  "How many posts are there?",
  "Do I need security clearance?",
];

/** Every quote a facts object holds ("quote", "quotes"), with where it stands. */
function quotesOf(value: unknown, path = "", out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => quotesOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object")
    for (const [key, v] of Object.entries(value)) {
      if (key === "quote" && typeof v === "string") out.push([path, v]);
      else if (key === "quotes" && Array.isArray(v)) for (const q of v) if (typeof q === "string") out.push([path, q]);
      else quotesOf(v, `${path}.${key}`, out);
    }
  return out;
}

const files = [...noticeFiles(shared), ...noticeFiles(fixtures)];
let dir: string;
let knowledge: Knowledge;
const ids: string[] = [];
let checked = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vacancy-bot-verbatim-"));
  const reference = readImportReference();
  for (const { id, file } of files) {
    const r = importNotice(readFileSync(file, "utf8"), { reference, id });
    if (!r.isNotice) continue;
    writeImport(dir, r);
    ids.push(id);
  }
  cpSync(product, join(dir, "DIGIT-COM-2025-1194"), { recursive: true });
  ids.push("DIGIT-COM-2025-1194");
  knowledge = loadKnowledge(dir);
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("every citation stands in the notice as written (issue 18)", () => {
  it("reads the notices: the development ones when present, every fixture notice, the project's notice", () => {
    expect(ids.length).toBeGreaterThanOrEqual(noticeFiles(fixtures).length - 1);
    expect(ids).toContain("DIGIT-COM-2025-1194");
    if (existsSync(shared)) expect(ids).toContain("EMA-2027-TA-AD8");
  });

  it("every quote of every notice's facts is in the notice", () => {
    const wrong: string[] = [];
    for (const id of ids) {
      const notice = knowledge.notices.get(id)!;
      const text = norm(notice.text);
      for (const [path, quote] of quotesOf(notice.facts)) {
        checked++;
        if (!text.includes(norm(quote))) wrong.push(`${id}${path}: ${quote}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("every citation of the answers to one question per topic is in the notice", { timeout: 600_000 }, () => {
    const wrong: string[] = [];
    let citations = 0;
    for (const id of ids) {
      const bot = createBot({ knowledge, noticeId: id });
      const text = norm(knowledge.notices.get(id)!.text);
      BATTERY.forEach((question, i) => {
        const answer = bot.ask({ sessionId: `verbatim-${id}-${i}`, text: question, now: "2027-01-10T09:00:00Z" });
        for (const c of answer.citations) {
          citations++;
          if (!text.includes(norm(c.quote))) wrong.push(`${id} "${question}": ${c.quote}`);
        }
      });
    }
    checked += citations;
    console.info(`verbatim: ${ids.length} notices, ${citations} citations of ${ids.length * BATTERY.length} answers`);
    expect(wrong).toEqual([]);
    expect(citations).toBeGreaterThan(ids.length * BATTERY.length);
  });

  it("a fact read from a table row cites the row, not its cells under their column names", () => {
    const ema = ids.find((id) => /^(?:EMA-2027-TA-AD8|LANG-EMA-TA-AD8-EN)$/.test(id))!;
    const bot = createBot({ knowledge, noticeId: ema });
    for (const question of ["Where is the job based?", "What grade is it?", "What is the reference?"]) {
      const quotes = bot.ask({ sessionId: `verbatim-row-${question}`, text: question, now: "2027-01-10T09:00:00Z" }).citations.map((c) => c.quote);
      expect(quotes.some((q) => q.includes("EMA/AD/611 | ")), `${question}: ${quotes.join(" / ")}`).toBe(true);
      expect(quotes.join("\n")).not.toMatch(/Reference: EMA/);
    }
    expect(checked).toBeGreaterThan(0);
  });
});
