// Facts a notice states in a sentence of its prose rather than under a label or in a list, read with the
// notice language's words (words.json `notice.staffCategories`, `functionGroup`, `documents`, `salary`) and
// English's beside them: "will be recruited as a temporary agent" / "als Bediensteter auf Zeit … eingestellt",
// "function group III, grade 8" / "groupe de fonctions IV", "Upload your CV and a motivation letter", "Eurofound
// does not pay a salary". Each rule runs only where the labelled or listed rules before it found nothing.
import { join, type Span } from "../document.js";
import type { NoticeWords } from "../../knowledge/schema.js";
import { itemText } from "./application.js";
import type { Hit, Reader } from "./reader.js";
import { escape } from "./reader.js";
import { rule, type Outcome, type Rule } from "./rule.js";

type WordList = "staffCategories" | "functionGroup" | "documents" | "salary";

/** Case and accents folded, one character for one, so an index in the folded text is one in the original. */
export function foldKeepingLength(s: string): string {
  let out = "";
  for (const c of s) {
    const f = c.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’‘ʼ]/g, "'");
    const one = f.length === c.length ? f : (f[0] ?? c).padEnd(c.length, " ");
    out += one.length === c.length ? one : c;
  }
  return out;
}

function listOf(r: Reader, key: WordList): string[] {
  const codes = [...new Set([r.language, "en"])];
  const all = codes.flatMap((c) => (r.ctx.words?.get(c)?.words.notice as NoticeWords | undefined)?.[key] ?? []);
  return [...new Set(all.map((w) => foldKeepingLength(w.trim())).filter((w) => w.length >= 2))];
}

const matchers = new WeakMap<Reader, Map<WordList, RegExp | null>>();

/** A phrase of the list as a whole word (or words) of the text, longest first. */
function matcherOf(r: Reader, key: WordList): RegExp | undefined {
  let byKey = matchers.get(r);
  if (!byKey) matchers.set(r, (byKey = new Map()));
  if (!byKey.has(key)) {
    const list = listOf(r, key).sort((a, b) => b.length - a.length);
    byKey.set(key, list.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map((w) => escape(w).replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`, "gu") : null);
  }
  return byKey.get(key) ?? undefined;
}

type Phrase = { at: number; text: string; folded: string };

/** Every phrase of the list the text holds, as the text writes it. */
export function phrasesIn(r: Reader, key: WordList, text: string): Phrase[] {
  const re = matcherOf(r, key);
  if (!re) return [];
  const folded = foldKeepingLength(text);
  return [...folded.matchAll(re)].map((m) => ({ at: m.index, text: text.slice(m.index, m.index + m[0].length), folded: m[0].replace(/\s+/g, " ") }));
}

/** Parts of a notice that speak of the candidate or the job, not of the post offered or how to apply. */
const notOfferedHere = (r: Reader) => (h: Hit) => !["lookFor", "propose", "about"].includes(r.role(h.unit));

/** The staff category the notice recruits for, said in a sentence: the first naming one outside the requirements. */
function findCategory(r: Reader): { span: Span; value: string } | undefined {
  if (r.facts.staffCategory) return undefined;
  for (const h of r.hits(notOfferedHere(r))) {
    const found = phrasesIn(r, "staffCategories", h.span.clean)[0];
    if (found) return { span: h.span, value: found.text };
  }
  return undefined;
}

const ROMAN = "(iv|iii|ii|i|\\d)";

/** "function group III, grade 8", "groupe de fonctions IV", "FG III": the function group, and the grade in it when said. */
function findGroupGrade(r: Reader): { span: Span; value: string } | undefined {
  if (r.facts.grades) return undefined;
  const groups = matcherOf(r, "functionGroup");
  if (!groups) return undefined;
  const gradeWords = (r.labels.grades ?? []).filter((w) => !/[/]/.test(w) && !/\s(?:and|und|et|y|e)\s/.test(w)).map((w) => foldKeepingLength(w));
  const gradeRe = gradeWords.length ? new RegExp(`^[\\s,;(–—-]{0,4}(?:${gradeWords.map(escape).join("|")})\\s*(\\d{1,2})(?!\\p{N})`, "u") : undefined;
  let best: { span: Span; value: string; graded: boolean } | undefined;
  for (const h of r.hits()) {
    const folded = foldKeepingLength(h.span.clean);
    for (const m of folded.matchAll(new RegExp(groups.source + `\\s*(?::\\s*)?(?:fg\\s*)?${ROMAN}(?![\\p{L}\\p{N}])`, "gu"))) {
      const numeral = m[1]!.toUpperCase();
      const after = folded.slice(m.index + m[0].length);
      const g = gradeRe?.exec(after);
      const grade = g ? h.span.clean.slice(m.index + m[0].length, m.index + m[0].length + g[0].length).replace(/^[\s,;(–—-]+/, "").trim() : undefined;
      const value = `FG ${numeral}${grade ? ` (${grade})` : ""}`;
      if (!best || (grade && !best.graded)) best = { span: h.span, value, graded: Boolean(grade) };
      if (grade) return best;
    }
  }
  return best;
}

/**
 * The documents an application holds, named in prose: a list whose items name documents ("with: • a curriculum
 * vitae …; • a letter from the employer …"), or a sentence naming two documents or more ("Upload your CV and a
 * motivation letter in English"). Looked for in the part on applying first.
 */
function findDocumentsInProse(r: Reader): { span: Span; value: string[] } | undefined {
  if ((r.facts.application as { documents?: unknown } | undefined)?.documents) return undefined;
  const bullets = r.doc.units.filter((u) => u.kind === "bullet" && u.leadIn && !["lookFor", "propose", "about", "intro"].includes(r.role(u)));
  const leads = [...new Set(bullets.map((b) => b.leadIn!))].sort((a, b) => Number(r.role(b) === "apply") - Number(r.role(a) === "apply"));
  for (const lead of leads) {
    const items = bullets.filter((b) => b.leadIn === lead);
    const named = items.filter((b) => phrasesIn(r, "documents", b.clean).length);
    if (items.length >= 2 && named.length * 2 >= items.length && named.length >= 1 && phrasesIn(r, "documents", items[0]!.clean).length)
      return { span: join(r.doc, lead.sentences.at(-1) ?? lead, items.at(-1)!), value: items.map((b) => itemText(b.clean)) };
  }
  // The part on applying first, then the notice proper, then its opening (a page whose titles are no headings is all opening).
  const hits = r.hits((h) => notOfferedHere(r)(h) && h.unit.kind !== "bullet");
  const rank = (h: Hit) => (r.role(h.unit) === "apply" ? 0 : r.role(h.unit) === "intro" ? 2 : 1);
  const ordered = [...hits].sort((a, b) => rank(a) - rank(b));
  for (const h of ordered) {
    const found = phrasesIn(r, "documents", h.span.clean);
    const distinct = [...new Map(found.map((f) => [f.folded, f])).values()];
    if (distinct.length >= 2) return { span: h.span, value: distinct.map((f) => f.text) };
  }
  return undefined;
}

/** A word of negation of the notice's language (words.json `negation`) and English's. */
function negationOf(r: Reader): RegExp | undefined {
  const list = [...new Set([r.language, "en"].flatMap((c) => r.ctx.words?.get(c)?.words.negation ?? []))].map((w) => foldKeepingLength(w)).filter((w) => w.length >= 2 || /\p{L}/u.test(w));
  return list.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{N}])`, "u") : undefined;
}

/** How far before the word for a salary a negation may stand to deny it ("does not pay a salary", "ne verse aucun salaire"). */
const DENIED_WITHIN = 30;

/**
 * The body recruiting pays no salary (a seconded expert's employer keeps paying it): a clause of the notice
 * where a negation stands just before the language's word for a salary.
 */
function findUnpaid(r: Reader): { span: Span } | undefined {
  const negation = negationOf(r);
  if (!negation) return undefined;
  for (const h of r.hits()) {
    const folded = foldKeepingLength(h.span.clean);
    for (const p of phrasesIn(r, "salary", h.span.clean)) {
      const clause = folded.slice(0, p.at).split(/[;:.]/).at(-1)!;
      const before = clause.slice(-DENIED_WITHIN);
      if (negation.test(before)) return { span: h.span };
    }
  }
  return undefined;
}

const found = <F extends "staffCategory" | "grades" | "application.documents">(field: F, fact: Outcome & { set: F }): Outcome[] => [fact, { unmiss: [field] }];

export const inProseRules: Rule[] = [
  rule({
    field: "staffCategory",
    optional: true,
    find: findCategory,
    parse: (p) => found("staffCategory", { set: "staffCategory", fact: { value: p.value, fixedTerm: true, quote: p.span.raw }, value: p.value, quotes: [p.span.raw] }),
  }),
  rule({
    field: "grades",
    optional: true,
    find: findGroupGrade,
    parse: (p) => found("grades", { set: "grades", fact: { min: p.value, max: p.value, quote: p.span.raw }, value: p.value, quotes: [p.span.raw] }),
  }),
  rule({
    field: "application.documents",
    optional: true,
    find: findDocumentsInProse,
    parse: (p) => found("application.documents", { set: "application.documents", fact: { value: p.value, quote: p.span.raw }, value: p.value.join("; "), quotes: [p.span.raw] }),
  }),
  rule({
    field: "contract.unpaid",
    optional: true,
    find: findUnpaid,
    parse: (p) => ({ fact: { quote: p.span.raw }, value: "(passage)" }),
  }),
];
