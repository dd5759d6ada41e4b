// `import` followed by the bot: each imported notice is answered with its own values, and its gaps as gaps.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createBot, loadKnowledge, renderText, type Answer, type Bot, type EligibilityForm, type Knowledge } from "../../src/index.js";
import { importNotice, readImportReference, writeImport } from "../../src/import/import.js";

// A child process started on a busy two-core machine can take most of a minute (CLD3, the lexicon, the
// knowledge): its bound, and each case's, are generous; they are bounds, not goals (speed is in npm run bench).
vi.setConfig({ testTimeout: 240_000 });

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = join(root, "test", "fixtures", "notices");
const reference = readImportReference();

let dir: string;
let knowledge: Knowledge;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vacancy-bot-kb-"));
  for (const name of ["estat-data-scientist.txt", "jrc-project-assistants.txt", "env-policy-officer.md"])
    writeImport(dir, importNotice(readFileSync(join(fixtures, name), "utf8"), { reference }));
  knowledge = loadKnowledge(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let turn = 0;
function ask(bot: Bot, text: string, now?: string): Answer & { text: string } {
  const answer = bot.ask({ sessionId: `import-${turn++}`, text, ...(now ? { now } : {}) });
  return { ...answer, text: renderText(answer) };
}

const quotes = (a: Answer) => a.citations.map((c) => c.quote).join("\n");

type Case = {
  id: string;
  deadline: { words: string[]; quote: string; now: string; left: string; utc: string };
  languages: { words: string[]; quote: string };
  contract: string[] | "not in the notice";
  application: string[];
  eligible: EligibilityForm;
  notEligible: { form: EligibilityForm; criterion: string };
  notInNotice: string;
};

const cases: Case[] = [
  {
    id: "ESTAT-COM-2026-0317",
    deadline: {
      words: ["14 July 2026", "12:00", "Luxembourg"],
      quote: "Publication deadline: 14 July 2026 at 12:00 (midday) Luxembourg time",
      now: "2026-07-04T10:00:00Z",
      left: "10 days",
      utc: "2026-07-14T10:00:00.000Z",
    },
    languages: { words: ["C1", "B1"], quote: "minimum level B1" },
    contract: ["3 years", "2 years"],
    application: ["ESTAT-SELECTIONS@ec.europa.eu", "ESTAT/COM/2026/0317", "motivation letter"],
    eligible: { nationalities: ["Latvia"], studyYears: 4, languages: [{ language: "English", level: "C1" }, { language: "French", level: "B1" }] },
    notEligible: { form: { nationalities: ["Latvia"], studyYears: 3, languages: [{ language: "English", level: "C1" }, { language: "French", level: "B1" }] }, criterion: "education" },
    notInNotice: "Is there parking at the office?",
  },
  {
    id: "JRC-SVQ-2027-0008",
    deadline: {
      words: ["15 January 2027", "13:00"],
      quote: "Deadline for applications: 15/01/2027, 13:00 CET",
      now: "2027-01-05T12:00:00Z",
      left: "10 days",
      utc: "2027-01-15T12:00:00.000Z",
    },
    languages: { words: ["B2", "B1"], quote: "at least level B2" },
    contract: ["2 years"],
    application: ["JRC-SVQ-RECRUITMENT@ec.europa.eu", "JRC/SVQ/2027/0008", "cover letter"],
    eligible: { nationalities: ["Portugal"], studyYears: 2, languages: [{ language: "Portuguese", level: "C2" }, { language: "English", level: "B1" }] },
    notEligible: { form: { nationalities: ["Portugal"], studyYears: 2, languages: [{ language: "Portuguese", level: "C2" }, { language: "English", level: "A2" }] }, criterion: "languages" },
    notInNotice: "Do I need a security clearance?",
  },
  {
    id: "ENV-COM-2026-0555",
    deadline: {
      words: ["2 March 2026", "17:00", "Brussels"],
      quote: "Publication deadline: 02.03.2026 - 17.00 (Brussels time)",
      now: "2026-02-20T16:00:00Z",
      left: "10 days",
      utc: "2026-03-02T16:00:00.000Z",
    },
    languages: { words: ["C1", "B2"], quote: "minimum level B2" },
    contract: "not in the notice",
    application: ["ENV-B-SELECTION@ec.europa.eu", "ENV/COM/2026/0555", "motivation letter"],
    eligible: { nationalities: ["Belgium"], studyYears: 3, languages: [{ language: "Dutch", level: "C2" }, { language: "French", level: "B2" }] },
    notEligible: { form: { nationalities: ["Belgium"], studyYears: 3, languages: [{ language: "Dutch", level: "C2" }, { language: "French", level: "B1" }] }, criterion: "languages" },
    notInNotice: "Do I need a security clearance?",
  },
];

describe.each(cases)("import, then the bot for $id", (c) => {
  const bot = () => createBot({ knowledge, noticeId: c.id });

  it("answers the deadline with this notice's date, time and zone, citing its deadline line", () => {
    const a = ask(bot(), "When is the deadline?", c.deadline.now);
    expect(a.intent).toBe("deadline");
    expect(a.noticeId).toBe(c.id);
    for (const w of c.deadline.words) expect(a.text).toContain(w);
    expect(quotes(a)).toContain(c.deadline.quote);
  });

  it("counts down to this notice's deadline instant", () => {
    const countdown = bot().countdown(c.deadline.now);
    expect(countdown).toMatchObject({ closed: false, deadline: { utc: c.deadline.utc } });
    expect(countdown?.text).toContain(c.deadline.left);
    expect(ask(bot(), "How much time is left to apply?", c.deadline.now).text).toContain(c.deadline.left);
    expect(bot().countdown("2030-01-01T00:00:00Z")?.closed).toBe(true);
  });

  it("judges eligibility against this notice's own requirements", () => {
    expect(bot().checkEligibility({ sessionId: `elig-${turn++}`, form: c.eligible }).verdict).not.toBe("not_eligible");
    const no = bot().checkEligibility({ sessionId: `elig-${turn++}`, form: c.notEligible.form });
    expect(no.verdict).toBe("not_eligible");
    expect(no.criteria?.find((k) => k.id === c.notEligible.criterion)?.status).toBe("not_met");
  });

  it("answers the languages with this notice's levels", () => {
    const a = ask(bot(), "What languages do I need?");
    expect(a.intent).toBe("languages");
    for (const w of c.languages.words) expect(a.text).toContain(w);
    expect(quotes(a)).toContain(c.languages.quote);
  });

  it("answers the contract with this notice's lengths, or says the notice does not say", () => {
    const a = ask(bot(), "How long is the contract?");
    expect(a.intent).toBe("contract");
    if (c.contract === "not in the notice") {
      expect(a.gap).toBe("not_in_notice");
      expect(a.citations).toEqual([]);
      expect(a.text).not.toMatch(/\d+ years/);
    } else {
      expect(a.gap).toBeUndefined();
      for (const w of c.contract) expect(a.text).toContain(w);
    }
  });

  it("answers how to apply with this notice's address, reference and documents", () => {
    const a = ask(bot(), "How do I apply?");
    expect(a.intent).toBe("application");
    for (const w of c.application) expect(a.text).toContain(w);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it("says the notice does not say what it does not say", () => {
    const a = ask(bot(), c.notInNotice);
    expect(a.gap).toBe("not_in_notice");
    expect(a.text).not.toContain("secretariat@cert.europa.eu");
  });
});

/** Builds dist/ when it is missing or older than a source file, so the real compiled CLI is tested. */
function ensureBuilt(): string {
  const cli = join(root, "dist", "src", "cli.js");
  const newest = (folder: string): number =>
    Math.max(0, ...readdirSync(folder, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(folder, e.name)) : statSync(join(folder, e.name)).mtimeMs)));
  if (!existsSync(cli) || statSync(cli).mtimeMs < newest(join(root, "src"))) {
    spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: root, encoding: "utf8" });
  }
  if (!existsSync(cli)) throw new Error("npm run build did not produce dist/src/cli.js");
  return cli;
}

describe("the compiled CLI: vacancy-bot import, then vacancy-bot batch --notice", () => {
  let cli: string;
  let kb: string;
  beforeAll(() => {
    cli = ensureBuilt();
    kb = mkdtempSync(join(tmpdir(), "vacancy-bot-cli-kb-"));
  }, 180_000);
  afterAll(() => rmSync(kb, { recursive: true, force: true }));
  const run = (args: string[], input = "") => spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: "utf8", timeout: 200_000 });

  it("imports two notices side by side and answers each with its own values", () => {
    for (const name of ["estat-data-scientist.txt", "jrc-project-assistants.txt"]) {
      const imported = run(["import", join(fixtures, name), "--knowledge", kb]);
      expect(imported.status, imported.stderr).toBe(0);
      expect(imported.stdout).toContain("Written:");
    }
    const batch = (id: string) => {
      const input = [
        JSON.stringify({ id: "deadline", turns: ["When is the deadline?", "How much time is left?"], now: "2026-07-04T10:00:00Z" }),
        JSON.stringify({ id: "eligibility", turns: ["I am Latvian with a 3-year degree, C1 English and B1 French. Am I eligible?"] }),
        JSON.stringify({ id: "languages", turns: ["What languages do I need?"] }),
        JSON.stringify({ id: "contract", turns: ["How long is the contract?"] }),
        JSON.stringify({ id: "application", turns: ["How do I apply?"] }),
        JSON.stringify({ id: "gap", turns: ["Is there parking at the office?"] }),
      ].join("\n");
      const out = run(["batch", "--knowledge", kb, "--notice", id], input);
      expect(out.status, out.stderr).toBe(0);
      return Object.fromEntries(out.stdout.trim().split("\n").map((l) => JSON.parse(l)).map((l) => [l.id, l.answers as (Answer & { text: string })[]]));
    };

    const estat = batch("ESTAT-COM-2026-0317");
    expect(estat.deadline![0]!.text).toContain("14 July 2026");
    expect(estat.deadline![1]!.text).toContain("10 days");
    expect(estat.eligibility![0]!.verdict).toBe("not_eligible"); // four years of study asked for
    expect(estat.languages![0]!.text).toContain("B1");
    expect(estat.contract![0]!.text).toContain("3 years");
    expect(estat.application![0]!.text).toContain("ESTAT-SELECTIONS@ec.europa.eu");
    expect(estat.gap![0]!.gap).toBe("not_in_notice");
    expect(estat.deadline![0]!.noticeId).toBe("ESTAT-COM-2026-0317");

    const jrc = batch("JRC-SVQ-2027-0008");
    expect(jrc.deadline![0]!.text).toContain("15 January 2027");
    expect(jrc.eligibility![0]!.verdict).not.toBe("not_eligible");
    expect(jrc.languages![0]!.text).toContain("B2");
    expect(jrc.contract![0]!.text).toContain("2 years");
    expect(jrc.application![0]!.text).toContain("JRC-SVQ-RECRUITMENT@ec.europa.eu");
    expect(jrc.gap![0]!.gap).toBe("not_in_notice");
  });

  it("stops with a message naming the imported ids when --notice is unknown", () => {
    const out = run(["batch", "--knowledge", kb, "--notice", "NOPE"], "");
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("ESTAT-COM-2026-0317");
  });
});
