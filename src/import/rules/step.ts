// The step within the grade, as the notice says it in its own language: "The recruitment grade, as well as the
// step in that grade, will be determined in accordance with …", "L'échelon est fixé conformément …", "The step
// within the grade will be determined on the basis of …", or a salary given for "grade AD8, step 1". Read with
// the words of the notice's language (words.json `notice.step`) and English's beside them; a sentence speaks
// of the step when it holds one of them where the grade is spoken of (a grade word, a function group or a grade
// code in its passage or in the one before it), so that "Step 1 – Eligibility" of a selection is never one.
// A sentence saying how the step is set is preferred to a salary quoted at a step.
import type { NoticeWords } from "../../knowledge/schema.js";
import type { Unit } from "../document.js";
import { foldKeepingLength } from "./in-prose.js";
import { escape, type Hit, type Reader } from "./reader.js";
import { passageRule, type Rule } from "./rule.js";

type WordList = "step" | "functionGroup" | "salary";

function wordsOf(r: Reader, key: WordList): string[] {
  const codes = [...new Set([r.language, "en"])];
  return codes.flatMap((c) => (r.ctx.words?.get(c)?.words.notice as NoticeWords | undefined)?.[key] ?? []);
}

/** Phrases as whole words of folded text; a phrase ending in "*" is a stem any letters may follow. */
function matcher(phrases: string[]): RegExp | undefined {
  const alts = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length >= 2))]
    .map((p) => {
      const stem = p.endsWith("*");
      const core = escape(foldKeepingLength(stem ? p.slice(0, -1) : p)).replace(/\s+/g, "\\s+");
      return stem ? `${core}\\p{L}*` : core;
    })
    .sort((a, b) => b.length - a.length);
  return alts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, "u") : undefined;
}

/** A grade code as notices write it: "AD6", "AST/SC 2", "AST 3", "FG IV". */
const GRADE_CODE = /(?<![\p{L}\p{N}])(?:ad|ast(?:\s*\/\s*sc)?|sc|fg)\s?(?:\d{1,2}|iv|iii|ii|i)(?![\p{L}\p{N}])/u;
/** A figure in euros: a salary quoted at a step, not a rule setting it. */
const EURO = /(?:€|\beur\b)\s?\d|\d\s?(?:€|\beur\b)/u;

function findStep(r: Reader): { span: Hit["span"] } | undefined {
  const step = matcher(wordsOf(r, "step"));
  if (!step) return undefined;
  const grade = matcher([...(r.labels.grades ?? []), ...wordsOf(r, "functionGroup")]);
  const salary = matcher(wordsOf(r, "salary"));
  const speaksOfGrade = (u: Unit | undefined) => {
    if (!u) return false;
    const folded = foldKeepingLength(u.clean);
    return GRADE_CODE.test(folded) || Boolean(grade?.test(folded));
  };
  const units = r.doc.units;
  const found: { span: Hit["span"]; pay: boolean }[] = [];
  for (const h of r.hits(r.notIntro)) {
    const folded = foldKeepingLength(h.span.clean);
    if (!step.test(folded)) continue;
    const at = units.indexOf(h.unit);
    if (!speaksOfGrade(h.unit) && !speaksOfGrade(at > 0 ? units[at - 1] : undefined)) continue;
    found.push({ span: h.span, pay: EURO.test(folded) || Boolean(salary?.test(folded)) });
  }
  const best = found.find((f) => !f.pay) ?? found[0];
  return best && { span: best.span };
}

export const stepRules: Rule[] = [{ ...passageRule("contract.step", findStep), optional: true }];
