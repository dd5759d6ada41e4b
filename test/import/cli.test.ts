// `vacancy-bot import` as HR runs it, writing into a scratch knowledge folder: once as a real process, then its
// command line run in this process.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli.js";
import { loadKnowledge } from "../../src/index.js";

// A child process started on a busy two-core machine can take most of a minute (CLD3, the lexicon, the
// knowledge): its bound, and each case's, are generous; they are bounds, not goals (speed is in npm run bench).
vi.setConfig({ testTimeout: 240_000 });

const root = fileURLToPath(new URL("../..", import.meta.url));
const notice = (name: string) => join(root, "test", "fixtures", "notices", name);
const cti = join(root, "knowledge", "DIGIT-COM-2025-1194", "notice.txt");

let kb: string;
beforeEach(() => {
  kb = mkdtempSync(join(tmpdir(), "vacancy-bot-import-"));
});
afterEach(() => rmSync(kb, { recursive: true, force: true }));

/** `vacancy-bot import …` as a real process: the compiled command, as HR runs it. */
function process_(args: string[]) {
  const run = spawnSync(process.execPath, ["bin/vacancy-bot.js", "import", ...args], { cwd: root, encoding: "utf8", timeout: 200_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/**
 * The same command line (its `main`: parsing, the command, the one-line errors and exit codes) run in this process,
 * its output collected: what these cases check is the import, not the starting of a process, which the first case
 * and test/cli/ cover (a process for each case cost a second of start-up each).
 */
async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(`${a.join(" ")}\n`));
  const error = vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(`${a.join(" ")}\n`));
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  try {
    const code = await main(["import", ...args]);
    return { code, out: out.join(""), err: err.join("") };
  } finally {
    log.mockRestore();
    error.mockRestore();
    vi.unstubAllEnvs();
  }
}

describe("vacancy-bot import", () => {
  it("writes knowledge/<reference>/ with the notice verbatim and facts that load", async () => {
    const { code, out } = process_([cti, "--knowledge", kb]);
    expect(code).toBe(0);
    expect(out).toContain("Import of a notice: DIGIT-COM-2025-1194");
    expect(out).toContain("✓ grades (grade range): AD5 to AD7");
    expect(out).toContain("Written:");
    const folder = join(kb, "DIGIT-COM-2025-1194");
    expect(readFileSync(join(folder, "notice.txt"), "utf8")).toBe(readFileSync(cti, "utf8"));
    expect(loadKnowledge(kb).notices.get("DIGIT-COM-2025-1194")?.facts.deadline).toMatchObject({ local: "2025-10-20T12:00", zone: "Europe/Brussels" });
  });

  it("--check prints the report and writes nothing", async () => {
    const { code, out } = await cli([notice("estat-data-scientist.txt"), "--check", "--knowledge", kb]);
    expect(code).toBe(0);
    expect(out).toContain("✓ deadline (deadline): 2026-07-14 12:00 Europe/Luxembourg");
    expect(out).toContain("✗ recruitment.vetting (security vetting)");
    expect(out).toContain("nothing written");
    expect(readdirSync(kb)).toEqual([]);
  });

  it("takes the knowledge folder from KNOWLEDGE_DIR", async () => {
    expect((await cli([notice("env-policy-officer.md")], { KNOWLEDGE_DIR: kb })).code).toBe(0);
    expect(readdirSync(kb)).toEqual(["ENV-COM-2026-0555"]);
  });

  it("--id names the folder instead of the reference", async () => {
    expect((await cli([notice("env-policy-officer.md"), "--id", "env-circular", "--knowledge", kb])).code).toBe(0);
    expect(readdirSync(kb)).toEqual(["env-circular"]);
    expect(loadKnowledge(kb).notices.has("env-circular")).toBe(true);
  });

  it("refuses to overwrite an imported notice unless --replace is given", async () => {
    expect((await cli([notice("env-policy-officer.md"), "--knowledge", kb])).code).toBe(0);
    const again = await cli([notice("env-policy-officer.md"), "--knowledge", kb]);
    expect(again.code).toBe(1);
    expect(again.err).toContain("already holds a notice; give --replace");
    expect((await cli(["--replace", notice("env-policy-officer.md"), "--knowledge", kb])).code).toBe(0);
  });

  it("reports a text that is not a notice, writes nothing and exits 1", async () => {
    const { code, out, err } = await cli([notice("not-a-notice.txt"), "--knowledge", kb]);
    expect(code).toBe(1);
    expect(out).toContain("✗ deadline (deadline)");
    expect(out).toContain("does not look like a vacancy notice");
    expect(err).toContain("nothing written");
    expect(readdirSync(kb)).toEqual([]);
  });

  it("asks for --id when a notice has no selection reference", async () => {
    const text = readFileSync(cti, "utf8").replace("Selection reference: DIGIT/COM/2025/1194", "");
    const file = join(kb, "no-reference.txt");
    writeFileSync(file, text.replaceAll("DIGIT/COM/2025/1194", "the reference"));
    const { code, err } = await cli([file, "--knowledge", kb]);
    expect(code).toBe(1);
    expect(err).toContain("give one with --id");
    expect((await cli([file, "--id", "cti-copy", "--knowledge", kb])).code).toBe(0);
    expect(existsSync(join(kb, "cti-copy", "facts.json"))).toBe(true);
  });

  it.each([
    [[], 2, "usage: vacancy-bot import FILE"],
    [["/no/such/file.txt"], 1, "config: cannot read /no/such/file.txt: ENOENT"],
    [[cti, "--id", "../escape"], 1, 'config: --id "../escape"'],
  ])("import %j exits %i with a message", async (args, code, message) => {
    const run = await cli([...args, "--knowledge", kb]);
    expect(run.code).toBe(code);
    expect(run.err).toContain(message);
  });
});
