// Requirements a notice states outside its eligibility section: a careers page puts its degree, experience and
// languages under a heading of its own ("Qualifications", "We look for", "Votre profil") and keeps only the
// nationality rule under "Eligibility". The headings and the words that make an item an advantage rather than a
// requirement ("would be an asset", "souhaitable") are data: each language's words.json, `notice.requirements`
// and `notice.advantage`. Items said to be an advantage never become eligibility criteria.
import type { NoticeWords } from "../knowledge/schema.js";
import { sentencesOf, type NoticeDocument, type Span, type Unit } from "./document.js";
import { escapeRegExp as escape } from "../text/regexp.js";

/** The words of the notice's language (and English's, which pages mix in) that this reading needs. */
export type RequirementWords = Pick<NoticeWords, "requirements" | "advantage">;

const fold = (s: string) => s.toLowerCase().normalize("NFC").replace(/[’]/g, "'");

/** A phrase of the list found as whole words in the text. */
export function saysAny(text: string, phrases: string[]): boolean {
  const t = fold(text);
  return phrases.some((p) => new RegExp(`(?<![\\p{L}])${escape(fold(p))}(?![\\p{L}])`, "u").test(t));
}

/** A short line standing alone, with no sentence's end: a heading of a page pasted as text. */
function headingLike(u: Unit): boolean {
  if (u.kind === "heading") return true;
  return u.kind === "paragraph" && u.clean.length <= 60 && !/[.;,!]$/.test(u.clean) && u.clean.split(/\s+/).length <= 8;
}

/** True when a heading introduces requirements: it is, or begins with, one of the language's requirement headings. */
function introducesRequirements(u: Unit, words: RequirementWords): boolean {
  const t = fold(u.clean).replace(/[:?!]\s*$/, "").trim();
  return words.requirements.some((w) => t === fold(w) || t.startsWith(`${fold(w)} `));
}

/** One sentence of a unit, standing for it (a bullet of two sentences: a requirement, then an asset). */
function sentenceUnit(u: Unit, s: Span): Unit {
  return { ...u, raw: s.raw, clean: s.clean, start: s.start, end: s.end, sentences: [s] };
}

/**
 * The items under a heading that introduces requirements, up to the next heading; sentences said to be an
 * advantage are left out.
 *
 * @example
 * requirementUnits(readDocument("Qualifications\n\n- A master's degree.\n- English. French would be an asset.\n\nCompetencies"), words)
 * // → units for "A master's degree." and "English."
 */
export function requirementUnits(doc: NoticeDocument, words: RequirementWords | undefined): Unit[] {
  if (!words?.requirements.length) return [];
  const out: Unit[] = [];
  let inside = false;
  for (const u of doc.units) {
    if (headingLike(u)) {
      inside = introducesRequirements(u, words);
      continue;
    }
    if (!inside) continue;
    if (u.leadIn && isAdvantage(u.leadIn.clean, words)) continue;
    // A bullet is one sentence to the document; here a requirement and an asset in one bullet are told apart.
    const parts = u.kind === "bullet" ? sentencesOf(doc.text, u) : u.sentences;
    for (const s of parts) if (!isAdvantage(s.clean, words)) out.push(parts.length > 1 ? sentenceUnit(u, s) : u);
  }
  return out;
}

/** True when a passage says what it names is an advantage, not a requirement. */
export function isAdvantage(text: string, words: RequirementWords | undefined): boolean {
  return Boolean(words?.advantage.length) && saysAny(text, words!.advantage);
}

/** The words naming a table's column of requirements or of advantages. */
export type ColumnWords = Pick<NoticeWords, "essential" | "advantage">;

/**
 * A selection table read by column, not by row: under "| Essential | Advantageous |" each row pairs unrelated
 * items, so an item is essential or advantageous by its column alone. Cells are quoted verbatim.
 *
 * @example
 * selectionTable("| Essential | Advantageous |\n|---|---|\n| English C1 | A PhD |", words)
 * // → [{ essential: true, quote: "English C1" }, { essential: false, quote: "A PhD" }]
 */
export function selectionTable(text: string, words: ColumnWords | undefined): { essential: boolean; quote: string }[] {
  if (!words?.essential.length || !words.advantage.length) return [];
  const out: { essential: boolean; quote: string }[] = [];
  const lines = text.split("\n");
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, "").split("|");
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!/^\s*\|.*\|\s*$/.test(lines[i]!) || !/^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1]!)) continue;
    const roles = cells(lines[i]!).map((c) => {
      const t = fold(c.replace(/[*_:]/g, "").trim());
      return words.advantage.some((w) => fold(w) === t) ? false : words.essential.some((w) => fold(w) === t) ? true : undefined;
    });
    if (roles.some((r) => r === undefined)) continue;
    for (let j = i + 2; j < lines.length && /^\s*\|.*\|\s*$/.test(lines[j]!); j++)
      cells(lines[j]!).forEach((cell, k) => {
        const quote = cell.trim();
        if (quote.length >= 3 && roles[k] !== undefined) out.push({ essential: roles[k]!, quote });
      });
  }
  return out;
}
