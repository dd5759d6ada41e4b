// Splits a notice into sections with stable ids and human headings, keeping paragraphs and bullets.
//
// Notices of this kind use three levels of heading: lines in capitals ("WE ARE", "HOW TO EXPRESS YOUR
// INTEREST?"), numbered lines under the annex ("1. Selection") and arrowed questions ("➤ Grade").
// The block with the post's title and key data has no heading of its own; it follows a footnote,
// so a footnote closes the section it ends and the next block is titled by its first line.
// Markdown notices: "#" headings make the sections (the top "#" line, the notice's title, only stands for what
// comes before the first "##"), and a table row reads as its cells under their column names for search:
// "Reference: EMA/AD/611 · Grade: Temporary agent AD8"; a citation quotes it as written (quoteAsWritten).
import { comparable, foldSpace, isPlainTitle, stripMarkup } from "./text.js";

export type Section = {
  /** Stable id from the heading path, e.g. "annex-selection-am-i-eligible-to-apply". */
  id: string;
  /** The heading path joined with " › ". */
  heading: string;
  /** The heading path, outermost first. */
  path: string[];
  /** Paragraphs and bullets as they stand in the notice, markup removed, white space folded. */
  paragraphs: string[];
  /** All paragraphs joined, for search. */
  text: string;
  /** Its table rows as the notice writes them (comparable form) and as they read (label: value), for citations. */
  rows?: { raw: string; words: string }[];
};

const bullet = /^(?:[-•*]|\d+\.)\s+/;
const footnote = /^[¹²³⁴⁵⁶⁷⁸⁹]\s/;
const arrow = /^[➤►▶>]\s*/;
const markdownHeading = /^(#{1,6})\s+(.+?)\s*#*$/;
const tableRow = /^\|.*\|$/;
const tableRule = /^\|[\s:|-]+\|$/;
const cells = (row: string) => row.slice(1, -1).split("|").map((c) => c.trim());

function isCapsHeading(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return (
    letters.length >= 4 &&
    line.length <= 90 &&
    letters === letters.toUpperCase() &&
    !bullet.test(line) &&
    !/[.;,]$/.test(line)
  );
}

function isNumberedHeading(line: string): boolean {
  return /^\d+\.\s+\p{Lu}[\p{L} ,&-]{2,60}$/u.test(line) && !/[.;:]$/.test(line);
}

function slug(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Splits the notice into blocks separated by blank lines; a block broken by a page break mid-sentence is joined. */
function blocks(text: string): string[] {
  const raw = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const joined: string[] = [];
  for (const b of raw) {
    const prev = joined.at(-1);
    if (prev !== undefined && /^\p{Ll}/u.test(b) && !/[.:!?]$/.test(prev)) joined[joined.length - 1] = `${prev} ${b}`;
    else joined.push(b);
  }
  return joined;
}

/** Splits a notice's text into its sections. */
export function splitSections(text: string): Section[] {
  const sections: Section[] = [];
  let path: string[] = ["Introduction"];
  let level = 0; // 0: under a caps heading, 1: under a numbered annex heading
  let current: string[] = [];
  let titleNext = false;
  // Markdown: the heading at each "#" level, and the column names of the table being read.
  let markdown: string[] = [];
  let columns: string[] | undefined;
  let rows: { raw: string; words: string }[] = [];

  const flush = () => {
    if (current.length) {
      const heading = path.join(" › ");
      let id = slug(path.join(" "));
      let n = 2;
      while (sections.some((s) => s.id === id)) id = `${slug(path.join(" "))}-${n++}`;
      sections.push({ id, heading, path: [...path], paragraphs: current, text: current.join("\n"), ...(rows.length ? { rows } : {}) });
    }
    current = [];
    rows = [];
  };

  /** The heading in capitals the notice is under, which a plain title stands below. */
  let capsTop: string | undefined;
  let plainFrom: string[] | undefined;
  for (const whole of blocks(text)) {
    // "Conditions d'emploi" over the paragraph it names, in one block: a title of its own, not the paragraph's first words.
    const [first, second] = whole.split("\n");
    let block = whole;
    // The block it heads is all a plain title names: the blocks after it are back under the heading before it.
    if (plainFrom) {
      flush();
      path = plainFrom;
      plainFrom = undefined;
    }
    if (second !== undefined && !markdown.length && !titleNext && isPlainTitle(first!, second)) {
      flush();
      plainFrom = path;
      const title = foldSpace(stripMarkup(first!));
      path = capsTop ? [capsTop, title] : [title];
      block = whole.slice(first!.length + 1);
    }
    for (const rawLine of splitLines(block)) {
      const line = foldSpace(stripMarkup(rawLine));
      if (!line) continue;
      if (tableRow.test(line)) {
        if (tableRule.test(line)) continue;
        if (!columns) {
          columns = cells(line);
          continue;
        }
        const words = cells(line)
          .map((cell, i) => (cell ? (columns![i] ? `${columns![i]}: ${cell}` : cell) : ""))
          .filter(Boolean)
          .join(" · ");
        if (words) {
          current.push(words);
          rows.push({ raw: comparable(line), words });
        }
        continue;
      }
      columns = undefined;
      const md = markdownHeading.exec(line);
      if (md) {
        flush();
        const depth = md[1]!.length;
        markdown = [...markdown.slice(0, depth - 1), md[2]!.replace(/:$/, "")];
        const named = markdown.filter(Boolean);
        path = named.length > 1 ? named.slice(1) : named;
        level = 0;
        titleNext = false;
        continue;
      }
      if (titleNext) {
        flush();
        path = [line.replace(/:$/, "")];
        level = 0;
        titleNext = false;
        current.push(line);
        continue;
      }
      if (isCapsHeading(line)) {
        flush();
        path = [line.replace(/:$/, "")];
        capsTop = path[0];
        level = 0;
      } else if (isNumberedHeading(line) && path.length >= 1 && level <= 2 && /^annex/i.test(path[0] ?? "")) {
        flush();
        path = [path[0] ?? "", line.replace(/^\d+\.\s+/, "")];
        level = 1;
      } else if (arrow.test(line) && line.length <= 90) {
        flush();
        path = [...path.slice(0, level >= 1 ? 2 : 1), line.replace(arrow, "")];
      } else if (footnote.test(line)) {
        current.push(line);
        // The footnote of the introduction closes it; the block after it is the post's own header.
        if (level === 0 && path.length === 1 && !/annex/i.test(path[0] ?? "")) titleNext = true;
      } else {
        current.push(line);
      }
    }
  }
  flush();
  return sections;
}

/** A block is one paragraph, except that bullet and numbered lines stay apart. */
function splitLines(block: string): string[] {
  const lines = block.split("\n");
  const out: string[] = [];
  for (const l of lines) {
    const t = l.trim();
    const prev = out.at(-1);
    const apart = (x: string) => bullet.test(x) || isCapsHeading(x) || tableRow.test(x) || markdownHeading.test(x);
    if (prev !== undefined && !footnote.test(t) && !arrow.test(t) && !apart(t) && !apart(prev))
      out[out.length - 1] = `${prev} ${t}`;
    else out.push(t);
  }
  return out;
}

/** Finds the section holding a quote; the quote is compared with markup removed and white space folded. */
export function findSection(sections: Section[], quote: string): Section | undefined {
  const q = comparable(quote);
  return (
    sections.find((s) => comparable(s.text).includes(q)) ??
    sections.find((s) => s.rows?.some((r) => r.raw.includes(q) || q.includes(r.raw))) ??
    sections.find((s) => s.paragraphs.some((p) => q.includes(comparable(p)) && p.length > 20))
  );
}

/**
 * A quote as the notice writes it, for a citation. A table row stands as its cells between the column bars, verbatim
 * ("EMA/AD/611 | Temporary agent AD8 | Amsterdam, the Netherlands"), whether the quote holds the row as written or as
 * read under its column names; a quote holding several rows, those rows. Only the data rows are quoted: the column
 * names and the rule under them stand apart in the notice.
 */
export function quoteAsWritten(section: Section | undefined, quote: string): string {
  const q = comparable(quote);
  const rows = section?.rows?.filter((r) => q.includes(r.raw) || q.includes(r.words)) ?? [];
  const covered = rows.reduce((n, r) => n + (q.includes(r.raw) ? r.raw.length : r.words.length), 0);
  const inRow = section?.rows?.find((r) => (r.raw.includes(q) && /^\|/.test(q)) || r.words === q);
  const chosen = rows.length && covered >= q.replace(/\|[\s:|-]*\|/g, "|").length * 0.6 ? rows : inRow ? [inRow] : [];
  if (chosen.length === 1) return chosen[0]!.raw.replace(/^\|\s*|\s*\|$/g, "");
  if (chosen.length) return chosen.map((r) => r.raw).join("\n");
  return foldSpace(stripMarkup(quote));
}
