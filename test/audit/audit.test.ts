import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Answer } from "../../src/index.js";
import { auditNotice, checkAnswer, normalizeForCheck, parseGolden, renderAuditReport } from "../../src/audit/index.js";
import { runAudit } from "../../src/cli/audit.js";
import { parseArgs } from "../../src/cli/args.js";
import { botFor, knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const NOTICE = "DIGIT-COM-2025-1194";
const noticeText = normalizeForCheck(knowledgeAt(projectKnowledgeDir).notices.get(NOTICE)!.text);

const answer = (over: Partial<Answer>): Answer => ({ intent: "deadline", parts: ["The deadline is **20 October 2025** at 12:00."], citations: [], followUps: [], noticeId: NOTICE, ...over });

describe("checkAnswer", () => {
  it("passes an answer that meets every expectation", () => {
    const a = answer({ citations: [{ sectionId: "s", heading: "h", quote: "Publication deadline: 20.10.2025 - 12.00 (Brussels time)" }] });
    expect(checkAnswer(a, { all: [["20 october 2025"], "12:00"], none: ["closed"], intent: "deadline", cited: true }, noticeText)).toEqual([]);
  });

  it("names each failing expectation as the golden file does", () => {
    const a = answer({ parts: ["Applications are closed."], citations: [{ sectionId: "s", heading: "h", quote: "A quote that the notice never had in it" }] });
    expect(checkAnswer(a, { all: [["closed"], ["20 october", "20.10.2025"]], none: ["closed"], verdict: "eligible", intent: "eligibility", cited: true }, noticeText)).toEqual([
      { expectation: "all[1]", message: 'missing one of ["20 october","20.10.2025"]' },
      { expectation: "none", message: 'says "closed"' },
      { expectation: "verdict", message: "verdict none, wanted eligible" },
      { expectation: "intent", message: "intent deadline, wanted eligibility" },
      { expectation: "cited", message: "no citation quoting the notice" },
    ]);
  });

  it("reads Markdown emphasis and links as their text, like the evaluation grader", () => {
    expect(checkAnswer(answer({ parts: ["See [the **single pdf**](#) rule"] }), { all: [["the single pdf rule"]] }, noticeText)).toEqual([]);
  });
});

describe("auditNotice with the real engine", () => {
  const bot = botFor(projectKnowledgeDir, NOTICE);
  const notice = knowledgeAt(projectKnowledgeDir).notices.get(NOTICE)!;

  it("runs each case in its own conversation and checks the turn asked for", () => {
    const cases = parseGolden(
      [
        `{"id":"dialog","turns":["Am I eligible?","I'm Estonian","I have a 3-year bachelor's degree","Estonian is my native language and my English is C1"],"now":"2025-10-06T08:00:00Z","expect":{"verdict":"eligible"}}`,
        // A fresh conversation: nothing of the one before is remembered.
        `{"id":"fresh","turns":["Am I eligible?"],"now":"2025-10-06T08:00:00Z","expect":{"verdict":"incomplete"}}`,
        `{"id":"first-turn","turns":["When is the deadline?","thanks"],"now":"2025-10-06T08:00:00Z","expect":{"turn":0,"intent":"deadline","cited":true}}`,
      ].join("\n"),
      "inline",
    );
    const report = auditNotice(bot, notice, cases, "inline");
    expect(report.results.map((r) => [r.case.id, r.passed, r.answers.length, r.checkedTurn])).toEqual([
      ["dialog", true, 4, 3],
      ["fresh", true, 1, 0],
      ["first-turn", true, 2, 0],
    ]);
    expect([report.passed, report.failed]).toEqual([3, 0]);
  });

  it("renders a report whose last line counts passes and failures", () => {
    const cases = parseGolden(`{"id":"wrong","turns":["When is the deadline?"],"now":"2025-10-06T08:00:00Z","tags":["deadline"],"expect":{"all":[["31 december"]],"verdict":"eligible"}}`, "inline");
    const text = renderAuditReport(auditNotice(bot, notice, cases, "inline"));
    expect(text).toContain("FAIL wrong: When is the deadline?");
    expect(text).toContain('✗ all[0]: missing one of ["31 december"]');
    expect(text).toContain("✗ verdict: verdict none, wanted eligible");
    expect(text).toContain("> The deadline is");
    expect(text.split("\n").slice(-2)).toEqual(["  deadline           0/1", "0 passed, 1 failed"]);
  });
});

describe("vacancy-bot audit", () => {
  let dir: string;
  let out: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "audit-"));
    out = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void out.push(args.join(" ")));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  const golden = (name: string, lines: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, lines.join("\n"));
    return file;
  };
  const passing = [
    `{"id":"deadline","turns":["When is the deadline?"],"now":"2025-10-06T08:00:00Z","expect":{"intent":"deadline","all":[["20 october 2025"]],"cited":true}}`,
    `{"id":"contract","turns":["How long is the contract?"],"now":"2025-10-06T08:00:00Z","expect":{"all":[["4 years"]],"cited":true}}`,
  ];
  const failing = [
    ...passing,
    `{"id":"age","turns":["Is there an age limit?"],"now":"2025-10-06T08:00:00Z","expect":{"all":[["the maximum age is 35"]],"intent":"eligibility"}}`,
  ];

  it("exits 0 on a golden file that passes", async () => {
    const code = await runAudit(parseArgs(["--golden", golden("pass.jsonl", passing), "--notice", NOTICE]));
    expect(code).toBe(0);
    expect(out.join("\n").split("\n").at(-1)).toBe("2 passed, 0 failed");
  });

  it("exits 1 on a golden file that fails, naming the case and each failing expectation", async () => {
    const code = await runAudit(parseArgs(["--golden", golden("fail.jsonl", failing), "--notice", NOTICE]));
    expect(code).toBe(1);
    const text = out.join("\n");
    expect(text).toContain("FAIL age: Is there an age limit?");
    expect(text).toContain('✗ all[0]: missing one of ["the maximum age is 35"]');
    expect(text).toContain("✗ intent: intent uncovered, wanted eligibility");
    expect(text).toMatch(/^ok {3}deadline: When is the deadline\?$/m);
    expect(text.split("\n").at(-1)).toBe("2 passed, 1 failed");
  });

  it("runs the shipped golden file of every notice by default, and it passes", async () => {
    const code = await runAudit(parseArgs(["--knowledge", projectKnowledgeDir]));
    const text = out.join("\n");
    expect(text).toMatch(/^Audit of DIGIT-COM-2025-1194 \(.*golden\.jsonl\)$/m);
    // A failing golden question is named here with its failing expectations; fix the engine or the knowledge, not the question.
    expect(text.split("\n").filter((l) => /^FAIL |^ {5}✗ /.test(l))).toEqual([]);
    expect(code).toBe(0);
  });

  it("stops with one message on a malformed golden file", async () => {
    await expect(runAudit(parseArgs(["--golden", golden("bad.jsonl", ['{"id":"x","turns":["hi"],"expect":{"verdit":"eligible"}}']), "--notice", NOTICE]))).rejects.toThrow(
      /knowledge: golden: expect: Unrecognized key: "verdit" \(.*bad\.jsonl:1\)/,
    );
  });
});

describe("the vacancy-bot audit command", () => {
  const dir = mkdtempSync(join(tmpdir(), "audit-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits non-zero through the real CLI when an expectation fails, and prints it", () => {
    const file = join(dir, "fail.jsonl");
    writeFileSync(file, `{"id":"grade","turns":["What grade is the position?"],"now":"2025-10-06T08:00:00Z","expect":{"all":[["ad12"]]}}\n`);
    const run = spawnSync(process.execPath, ["bin/vacancy-bot.js", "audit", "--golden", file, "--notice", NOTICE], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('FAIL grade: What grade is the position?\n     ✗ all[0]: missing one of ["ad12"]');
  });

  it("exits 1 with the message and no stack for a notice that does not exist", () => {
    const run = spawnSync(process.execPath, ["bin/vacancy-bot.js", "audit", "--notice", "NOPE"], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`knowledge: no notice "NOPE"; the notices are: ${NOTICE}`);
  });

  it("flags answers read with low confidence or from the closest passage, even when they pass", () => {
    const bot = botFor(projectKnowledgeDir);
    const notice = knowledgeAt(projectKnowledgeDir).notices.get(bot.noticeId)!;
    const report = auditNotice(bot, notice, [
      { id: "passage", turns: ["equal opportunities and non-discrimination?"], now: "2025-10-06T08:00:00Z", expect: {} },
      { id: "clear", turns: ["How long is the contract?"], now: "2025-10-06T08:00:00Z", expect: {} },
    ], "inline");
    expect(report.results.map((r) => [r.case.id, r.lowConfidence])).toEqual([["passage", true], ["clear", false]]);
    expect(renderAuditReport(report)).toMatch(/1 answer read with low confidence/);
  });
});
