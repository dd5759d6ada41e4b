// Counts the regular expressions of the project (a dev tool): patterns written in the lexicon.json files
// (every string of a pattern section) and `new RegExp` calls plus regex literals in src/.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const root = new URL("..", import.meta.url).pathname;
const SECTIONS = ["intents", "uncovered", "offTopic", "topics", "cues", "profile", "factWords", "levelWords", "units"];
const count = (v, key) => {
  if (typeof v === "string") return 1;
  if (Array.isArray(v)) return v.reduce((n, x) => n + count(x, key), 0);
  if (v && typeof v === "object") {
    if ("pattern" in v) return 1;
    if ("patterns" in v) return count(v.patterns);
    return Object.entries(v).reduce((n, [k, x]) => (k === "numberWords" || k === "subject" || k === "cite" || k === "id" || k === "answeredBy" ? n : n + count(x, k)), 0);
  }
  return 0;
};
let lex = 0;
const bySection = {};
for (const lang of readdirSync(join(root, "knowledge/lexicon"))) {
  const f = join(root, "knowledge/lexicon", lang, "lexicon.json");
  try { statSync(f); } catch { continue; }
  const d = JSON.parse(readFileSync(f, "utf8"));
  for (const s of SECTIONS) if (d[s] !== undefined) { const n = count(d[s]); lex += n; bySection[`${lang}.${s}`] = n; }
}
let src = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith(".ts")) {
      const text = readFileSync(p, "utf8");
      src += (text.match(/new RegExp\(/g) ?? []).length;
      const sf = ts.createSourceFile(p, text, ts.ScriptTarget.Latest, true);
      const visit = (n) => { if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) src++; ts.forEachChild(n, visit); };
      visit(sf);
    }
  }
};
walk(join(root, "src"));
console.log(JSON.stringify({ src, knowledge: lex, bySection }, null, 1));
