// The fixed set of texts the before/after comparisons read (scripts/compare-reading.ts, compare-understanding.ts):
// the samples', the held-out fixtures' and the lexicons' example questions, each keyed "lang\ttext" with its language.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The texts, keyed "lang\ttext"; of the examples of a language other than English, every `exampleStep`-th. */
export function comparisonTexts(root: string, exampleStep = 1): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (lang: string, text: unknown) => typeof text === "string" && text.trim() && texts.set(`${lang}\t${text}`, lang);
  const jsonl = (file: string) => readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
  const files = [
    ...readdirSync(join(root, "../shared/eval")).filter((f) => f.endsWith(".jsonl")).map((f) => join(root, "../shared/eval", f)),
    ...readdirSync(join(root, "test/fixtures")).filter((f) => f.endsWith(".jsonl")).map((f) => join(root, "test/fixtures", f)),
    ...readdirSync(join(root, "test/fixtures/heldout")).filter((f) => f.endsWith(".jsonl")).map((f) => join(root, "test/fixtures/heldout", f)),
  ];
  for (const f of files)
    for (const row of jsonl(f)) {
      const lang = typeof row.lang === "string" ? row.lang : typeof row.language === "string" ? row.language : "?";
      if (Array.isArray(row.turns)) for (const t of row.turns) add(lang, t);
      for (const [k, v] of Object.entries(row)) if (/^[a-z]{2}$/.test(k) && k !== "id" && k !== "tz" && typeof v === "string") add(k, v);
    }
  for (const lang of readdirSync(join(root, "knowledge/lexicon"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const ex = JSON.parse(readFileSync(join(root, "knowledge/lexicon", lang, "examples.json"), "utf8")) as Record<string, string[]>;
    let i = 0;
    for (const list of Object.values(ex)) for (const q of list) if (lang === "en" || i++ % exampleStep === 0) add(lang, q);
  }
  return texts;
}
