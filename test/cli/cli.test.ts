// The CLI as a person or the grader runs it: a real process, stdin in, stdout out. `batch` (the grader's way in)
// and `ask` each run as real processes; the other `ask` cases run the same command line (its `main`: parsing,
// the command, the one-line errors and exit codes) in this process, since what they check is the answer, not the
// starting of a process (each process costs the start-up of CLD3, the 24 lexicons and the knowledge).
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli.js";
import { fixtureKnowledgeDir, projectKnowledgeDir } from "../helpers/bot.js";

// A child process started on a busy two-core machine can take most of a minute (CLD3, the lexicon, the
// knowledge): its bound, and each case's, are generous; they are bounds, not goals (speed is in npm run bench).
vi.setConfig({ testTimeout: 240_000 });

const root = fileURLToPath(new URL("../..", import.meta.url));

function cli(args: string[], input = "") {
  const run = spawnSync(process.execPath, ["bin/vacancy-bot.js", ...args], { cwd: root, input, encoding: "utf8", timeout: 200_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** The same command line run in this process, its output collected. */
async function inProcess(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(`${a.join(" ")}\n`));
  const error = vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(`${a.join(" ")}\n`));
  try {
    const code = await main(args);
    return { code, out: out.join(""), err: err.join("") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe("vacancy-bot batch", () => {
  it("answers each line as one conversation, in input order, with text, intent and citations", () => {
    const input = [
      JSON.stringify({ id: "a", turns: ["When do applications close?", "What time is that in Lisbon?"], now: "2025-10-06T08:00:00Z" }),
      "not json",
      JSON.stringify({ id: 7, turns: ["Am I eligible?", "I'm Estonian", "3-year bachelor", "Estonian native, English C1"] }),
      JSON.stringify({ id: "c", turns: ["How long is the contract?"], tz: "Not/AZone" }),
    ].join("\n");
    const { code, out } = cli(["batch"], input);
    expect(code).toBe(0);
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", 1, 7, "c"]);
    expect(lines[0].answers).toHaveLength(2);
    expect(lines[0].answers[1].text).toContain("11:00");
    expect(lines[0].answers[0].citations[0]).toEqual({
      sectionId: "it-security-officer",
      heading: "IT Security Officer",
      quote: "Publication deadline: 20.10.2025 - 12.00 (Brussels time)",
    });
    expect(lines[1]).toEqual({ id: 1, answers: [], error: "not a JSON object" });
    expect(lines[2].answers.at(-1).verdict).toBe("eligible");
    expect(lines[3].answers[0].intent).toBe("contract");
  });

  it("answers about another notice with --notice", () => {
    const { code, out } = cli(["batch", "--knowledge", fixtureKnowledgeDir, "--notice", "JRC-LUX-2026-0042"], JSON.stringify({ id: "x", turns: ["Where is the job?"] }));
    expect(code).toBe(0);
    expect(JSON.parse(out).answers[0].text).toContain("Luxembourg");
  });

  it("with several notices and no --notice, answers each case about the notice open at its own clock", () => {
    const dir = mkdtempSync(join(tmpdir(), "knowledge-"));
    try {
      cpSync(join(projectKnowledgeDir, "DIGIT-COM-2025-1194"), join(dir, "DIGIT-COM-2025-1194"), { recursive: true });
      cpSync(join(fixtureKnowledgeDir, "JRC-LUX-2026-0042"), join(dir, "JRC-LUX-2026-0042"), { recursive: true });
      const input = [
        JSON.stringify({ id: "cti", turns: ["Where is the job?"], now: "2025-10-06T08:00:00Z" }),
        JSON.stringify({ id: "jrc", turns: ["Where is the job?"], now: "2025-12-01T08:00:00Z" }),
      ].join("\n");
      const lines = cli(["batch", "--knowledge", dir], input).out.trim().split("\n").map((l) => JSON.parse(l));
      expect(lines.map((l) => l.answers[0].noticeId)).toEqual(["DIGIT-COM-2025-1194", "JRC-LUX-2026-0042"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops with one message naming the ids that exist when --notice is unknown", () => {
    const { code, err } = cli(["batch", "--notice", "NOPE"], "");
    expect(code).toBe(1);
    expect(err.trim()).toBe('knowledge: no notice "NOPE"; the notices are: DIGIT-COM-2025-1194');
  });
});

describe("vacancy-bot ask", () => {
  it("prints the answer and its sources", () => {
    const { code, out } = cli(["ask", "--now", "2025-10-06T08:00:00Z", "--tz", "Europe/Helsinki", "When is the deadline?"]);
    expect(code).toBe(0);
    expect(out).toContain("13:00");
    expect(out).toContain("Source: IT Security Officer");
  });

  it("prints the Answer object with --json", async () => {
    const { out } = await inProcess(["ask", "--json", "How long is the contract?"]);
    const answer = JSON.parse(out);
    expect(answer.intent).toBe("contract");
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it("starts the conversation in the language of --lang; a question plainly in another language is answered in that one", async () => {
    const short = JSON.parse((await inProcess(["ask", "--json", "--lang", "de", "--now", "2025-10-06T08:00:00Z", "C1?"])).out);
    expect(short.language).toBe("de");
    const english = JSON.parse((await inProcess(["ask", "--json", "--lang", "de", "How long is the contract?"])).out);
    expect(english.language).toBe("en");
    expect((await inProcess(["ask", "--lang", "klingon", "hi"])).err.trim()).toBe('config: --lang "klingon" is not a language code such as fr or pt-BR');
  });

  it("rejects a bad zone with one line", async () => {
    const { code, err } = await inProcess(["ask", "--tz", "Mars/Olympus", "hi"]);
    expect(code).toBe(1);
    expect(err.trim()).toBe('config: --tz "Mars/Olympus" is not an IANA time zone');
  });
});
