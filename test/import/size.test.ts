// The import's work grows with the notice, never faster: no sentence the rules read is longer than a bound,
// and a notice over the size cap is refused with one line naming the file, before any rule runs.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, readDocument } from "../../src/import/document.js";
import { loadNotice } from "../../src/knowledge/load.js";
import { MAX_NOTICE_BYTES } from "../../src/knowledge/text.js";
import { readImportReference } from "../../src/import/import.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("import size", () => {
  it("cuts a text without full stops into sentences of bounded length, each a verbatim slice", () => {
    const text = `HOW TO APPLY\n\nCandidates should send ${"their CV and letter by mail, ".repeat(4000)} to a@b.eu`;
    const doc = readDocument(text);
    const all = doc.units.flatMap((u) => u.sentences);
    expect(all.length).toBeGreaterThan(10);
    for (const s of all) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toBe(s.raw);
    }
  });

  it("refuses a notice over the cap at start-up, naming the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "vacancy-bot-size-"));
    try {
      const folder = join(dir, "BIG-1");
      mkdirSync(folder);
      writeFileSync(join(folder, "notice.txt"), "word ".repeat(MAX_NOTICE_BYTES / 4));
      expect(() => loadNotice(folder, readImportReference())).toThrow(/knowledge: the notice holds \d+ KB; at most 512 KB is read \(.*notice\.txt\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a notice over the cap in the import command, with one line", () => {
    const dir = mkdtempSync(join(tmpdir(), "vacancy-bot-size-"));
    try {
      const file = join(dir, "big.txt");
      writeFileSync(file, readFileSync(join(root, "knowledge", "DIGIT-COM-2025-1194", "notice.txt"), "utf8").repeat(40));
      const run = spawnSync(process.execPath, [join(root, "bin", "vacancy-bot.js"), "import", file, "--check", "--knowledge", dir], { encoding: "utf8", cwd: root });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/big\.txt: the notice holds \d+ KB; at most 512 KB is read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
