// What the loader validated is remembered by the files' bytes (src/knowledge/cache.ts): an unchanged knowledge
// folder loads the same as when every file is checked, and a file changed after it was remembered is checked in
// full again, so a bad one still stops start-up with one line naming it.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { openValidationCache } from "../../src/knowledge/cache.js";
import { projectKnowledgeDir } from "../helpers/bot.js";

const made: string[] = [];
const temporary = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the validation cache", () => {
  it("loads the same knowledge from the cache as with every file checked", () => {
    const cacheDir = temporary("cache-");
    const checked = loadKnowledge(projectKnowledgeDir, { cacheDir: false });
    const first = loadKnowledge(projectKnowledgeDir, { cacheDir });
    expect(readdirSync(cacheDir).filter((n) => n.startsWith("knowledge-"))).toHaveLength(1);
    const remembered = loadKnowledge(projectKnowledgeDir, { cacheDir });
    for (const k of [first, remembered]) {
      expect(k.lexicons).toEqual(checked.lexicons);
      expect(k.reference).toEqual(checked.reference);
      expect(k.ui).toEqual(checked.ui);
      expect(k.notices).toEqual(checked.notices);
    }
  });

  it("checks a lexicon file again once its bytes change, and refuses it naming the file", () => {
    const cacheDir = temporary("cache-");
    const dir = temporary("knowledge-");
    cpSync(projectKnowledgeDir, dir, { recursive: true });
    loadKnowledge(dir, { cacheDir });
    const messages = join(dir, "lexicon", "de", "messages");
    const file = join(messages, readdirSync(messages).filter((n) => n.endsWith(".json")).sort()[0]!);
    const catalogue = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    const [id] = Object.keys(catalogue);
    writeFileSync(file, JSON.stringify({ ...catalogue, [id!]: "{n, plural, one {# Tag}" }));
    expect(() => loadKnowledge(dir, { cacheDir })).toThrow(new RegExp(`${id}: .*messages[\\\\/]`));
    writeFileSync(file, "{ not json");
    expect(() => loadKnowledge(dir, { cacheDir })).toThrow(/de[\\/]messages[\\/].*\.json/);
  });

  it("checks the facts again when the notice's text changes under them", () => {
    const cacheDir = temporary("cache-");
    const dir = temporary("knowledge-");
    cpSync(projectKnowledgeDir, dir, { recursive: true });
    const [notice] = loadKnowledge(dir, { cacheDir }).notices.keys();
    // The quotes of the facts are no longer in the text.
    writeFileSync(join(dir, notice!, "notice.txt"), "A notice with other words entirely.\n");
    expect(() => loadKnowledge(dir, { cacheDir })).toThrow(/is not a quote of the notice.*facts\.json/);
  });

  it("is an empty cache when its file is not readable JSON, and one that keeps nothing without a folder", () => {
    const cacheDir = temporary("cache-");
    loadKnowledge(projectKnowledgeDir, { cacheDir });
    const [name] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, name!), "garbage");
    expect(loadKnowledge(projectKnowledgeDir, { cacheDir }).lexicons.size).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(cacheDir, name!), "utf8")).entries).toBeTypeOf("object");
    let checks = 0;
    for (let run = 0; run < 2; run++) {
      const none = openValidationCache(undefined);
      none.get("words", "{}", () => ++checks);
      none.save();
    }
    expect(checks).toBe(2);
  });
});
