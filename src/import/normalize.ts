// The normalisation stage, before any rule reads a notice: the text as it was published (a PDF's extracted
// text, a web page pasted as text) becomes the notice's own words, with a map from every character back to
// the character of the original it came from, so that whatever a rule quotes can be quoted verbatim.
//
// What it does, with no word of any one language in the code (the page furniture's words are data, read from
// every lexicon's words.json):
// - drops running headers and footers (a short line with digits that stands alone, repeated on every page, its
//   digits aside), page numbers standing alone, and form feeds;
// - drops web-page furniture: lines that are a lexicon's furniture phrase ("Skip to main content", "Apply now"),
//   menus (short items side by side that no following row aligns with), cookie banners, and the list of other
//   jobs after a "Similar jobs" heading (whose dates belong to other jobs);
// - reads bullet glyphs of symbol fonts (U+F0B7 and kin) as "•";
// - joins words hyphenated across a line break, also across a dropped footer, keeping the hyphen of a real
//   compound: one the notice writes hyphenated elsewhere, or whose two halves are words of the notice while
//   the joined word is not.

export type Furniture = {
  /** Lines dropped when they stand alone, compared case-insensitively ("skip to main content"). */
  lines: string[];
  /** Words of a cookie banner; a block that says one of them twice is dropped. */
  cookies: string[];
  /** Headings of a list of other jobs ("similar jobs"); the list after them is dropped. */
  related: string[];
};

export type Dropped = { kind: "page-furniture" | "web-furniture" | "menu" | "cookie-banner" | "other-jobs"; text: string };

export type Normalized = {
  /** The notice's words, cleaned. */
  text: string;
  /** For each character of `text`, the offset of the character of the original it stands for. */
  map: Int32Array;
  /** What was dropped, for the import report. */
  dropped: Dropped[];
  /** Words joined across a line break ("profes-sional" → "professional", "post-secondary" kept). */
  joined: string[];
};

type Line = { start: number; end: number; text: string };

const SYMBOL_BULLETS = /[\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF0A8\u25AA\u25CF\u2023\u2043\u2219\u25E6]/;

function linesOf(raw: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at <= raw.length) {
    let end = raw.indexOf("\n", at);
    if (end < 0) end = raw.length;
    let stop = end;
    if (stop > at && raw[stop - 1] === "\r") stop--;
    out.push({ start: at, end: stop, text: raw.slice(at, stop) });
    at = end + 1;
  }
  return out;
}

const fold = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, " ").trim();

/** Cells of a line laid out in columns: items separated by three spaces or more, a bar, or a ">". */
function cellsOf(text: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  let at = -1;
  let spaces = 0;
  const close = (end: number) => {
    if (at >= 0) out.push({ at, text: text.slice(at, end).trim() });
    at = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "|" || c === ">") {
      close(i);
      spaces = 0;
    } else if (c === " " || c === "\t") {
      spaces++;
      if (spaces === 3) close(i);
    } else {
      spaces = 0;
      if (at < 0) at = i;
    }
  }
  close(text.length);
  return out.filter((c) => c.text);
}

/** A Markdown table's rule under its header row: "|---|:---:|". */
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

function isMenu(line: Line, next: Line | undefined): boolean {
  if (line.text.length > 300) return false;
  // A Markdown table's header row and its rule: the row below holds the values ("| Reference | Grade |").
  if (TABLE_RULE.test(line.text) || (next && TABLE_RULE.test(next.text))) return false;
  const cells = cellsOf(line.text);
  if (cells.length < 3) return false;
  // Breadcrumbs: "Home > Careers > Job opportunities > …".
  if (/\S\s+[>›»]\s+\S[^>›»]*\s[>›»]\s+\S/.test(line.text) && !/[.;!?]$/.test(line.text.trim())) return true;
  if (!cells.every((c) => c.text.length <= 30 && c.text.split(/\s+/).length <= 4 && !/[\d.,;:!?()]/.test(c.text))) return false;
  // A table's header row: the row below starts cells at the same columns.
  if (next) {
    const starts = new Set(cellsOf(next.text.slice(0, 300)).map((c) => c.at));
    if (cells.slice(1).filter((c) => starts.has(c.at)).length >= 2) return false;
  }
  return true;
}

/** "…the European Working Con-": the letters before a hyphen that ends the line, at most 60 of them. */
function hyphenated(text: string): [string, string] | undefined {
  if (!text.endsWith("-")) return undefined;
  let k = text.length - 1;
  while (k > 0 && text.length - 1 - k < 61 && /\p{L}/u.test(text[k - 1]!)) k--;
  const head = text.slice(k, -1);
  return head && head.length <= 60 ? [text.slice(k), head] : undefined;
}

/**
 * The words of the text, lowercased, for telling a compound from a word split by a line break; the halves of
 * the splits themselves (`skip`: their offsets) are not counted as words.
 */
function wordSet(raw: string, skip: Set<number>): Set<string> {
  const out = new Set<string>();
  for (const m of raw.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) if (!skip.has(m.index)) out.add(m[0].toLowerCase());
  return out;
}

export function normalizeNotice(raw: string, furniture: Furniture): Normalized {
  const lines = linesOf(raw);
  const drop = new Map<number, Dropped["kind"]>();
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i]!.text.trim() === "" || /^\f+$/.test(lines[i]!.text.trim());
  const alone = (i: number) => blank(i - 1) && blank(i + 1);
  const furnitureLines = new Set(furniture.lines.map(fold));
  const related = new Set(furniture.related.map(fold));
  const cookieWords = furniture.cookies.map(fold);

  // Running headers and footers: a short line with a digit, alone, whose shape (digits aside) recurs 3 times.
  const shapes = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const t = l.text.replace(/\f/g, "").trim();
    if (!t || t.length > 100 || !/\d/.test(t) || !alone(i)) return;
    const key = t.replace(/\d+/g, "#").replace(/\s+/g, " ");
    shapes.set(key, [...(shapes.get(key) ?? []), i]);
  });
  for (const at of shapes.values()) if (at.length >= 3) for (const i of at) drop.set(i, "page-furniture");
  // At a page break (a form feed), the short lines just before and after it are where a PDF's running header
  // and footer stand, blank lines or not: a shape (digits aside) found there twice is furniture there.
  const edges = new Map<string, number[]>();
  const atEdge = (i: number) => {
    const t = lines[i]!.text.replace(/\f/g, "").trim();
    if (!t || t.length > 100 || /[.;:,]$/.test(t)) return;
    const key = t.replace(/\d+/g, "#").replace(/\s+/g, " ");
    if (!edges.get(key)?.includes(i)) edges.set(key, [...(edges.get(key) ?? []), i]);
  };
  const nonBlank = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < lines.length; i += step) if (lines[i]!.text.replace(/\f/g, "").trim()) return i;
    return -1;
  };
  lines.forEach((l, i) => {
    if (!l.text.includes("\f")) return;
    const own = l.text.replace(/\f/g, "").trim();
    const before = nonBlank(i - 1, -1);
    const after = own ? i : nonBlank(i + 1, 1);
    if (before >= 0) atEdge(before);
    if (after >= 0) atEdge(after);
  });
  if (edges.size) {
    // The last page's footer has no form feed after it.
    const last = nonBlank(lines.length - 1, -1);
    if (last >= 0) atEdge(last);
  }
  for (const at of edges.values()) if (at.length >= 2) for (const i of at) drop.set(i, "page-furniture");
  // A page number standing alone: "3", "- 3 -", "3/6".
  lines.forEach((l, i) => {
    if (alone(i) && /^[\s\f]*[-–(]?\s*\d{1,3}\s*(?:\/\s*\d{1,3})?\s*[-–)]?[\s\f]*$/.test(l.text) && l.text.trim()) drop.set(i, "page-furniture");
  });

  // Web furniture, menus, cookie banners.
  let relatedFrom = -1;
  lines.forEach((l, i) => {
    const t = fold(l.text).replace(/[.:!›»>]+$/, "").trim();
    if (!t || drop.has(i)) return;
    if (furnitureLines.has(t)) drop.set(i, "web-furniture");
    // The heading of the list stands alone or starts a block: a pasted page may put the list right under it.
    else if (related.has(t) && blank(i - 1) && relatedFrom < 0) relatedFrom = i;
    else {
      let n = i + 1;
      while (n < lines.length && n - i < 4 && !lines[n]!.text.trim()) n++;
      if (isMenu(l, lines[n])) drop.set(i, "menu");
    }
  });
  // A block (lines between blank lines) naming cookies twice is a banner.
  for (let i = 0; i < lines.length; ) {
    if (blank(i)) {
      i++;
      continue;
    }
    let j = i;
    while (!blank(j)) j++;
    const size = lines[j - 1]!.end - lines[i]!.start;
    const block = size < 1500 ? fold(lines.slice(i, j).map((l) => l.text).join(" ")) : "";
    const said = cookieWords.reduce((n, w) => n + (w ? block.split(w).length - 1 : 0), 0);
    if (said >= 2) for (let k = i; k < j; k++) drop.set(k, "cookie-banner");
    i = j;
  }
  // The list of other jobs: from its heading, the short blocks that follow (titles, places, dates), up to
  // the first block that reads as prose of the notice again, or the page's end.
  if (relatedFrom >= 0) {
    drop.set(relatedFrom, "other-jobs");
    for (let i = relatedFrom + 1; i < lines.length; i++) {
      if (blank(i)) continue;
      let j = i;
      while (!blank(j)) j++;
      const block = lines.slice(i, j);
      const prose = block.some((l) => l.text.trim().length > 120);
      if (prose) break;
      for (let k = i; k < j; k++) if (!drop.has(k)) drop.set(k, "other-jobs");
      i = j;
    }
  }

  const dropped: Dropped[] = [];
  for (const [i, kind] of [...drop].sort((a, b) => a[0] - b[0])) {
    const text = lines[i]!.text.trim();
    const last = dropped.at(-1);
    if (last && last.kind === kind && (kind === "cookie-banner" || kind === "other-jobs") && drop.get(i - 1) === kind) last.text += ` ${text}`;
    else if (text) dropped.push({ kind, text });
  }

  // Words hyphenated across a break: "profes-" then, after blank or dropped lines, "sional …".
  type Split = { k: number; head: string; tail: string; tailStart: number };
  const splits = new Map<number, Split>();
  const skip = new Set<number>();
  lines.forEach((l, i) => {
    if (drop.has(i)) return;
    const split = hyphenated(l.text);
    if (!split || l.text[l.text.length - 2 - split[1].length] === "-") return;
    let k = i + 1;
    while (k < lines.length && (drop.has(k) || blank(k)) && k - i <= 8) k++;
    const next = lines[k];
    if (!next || !(k === i + 1 || [...Array(k - i - 1).keys()].some((d) => drop.has(i + 1 + d)))) return;
    const rest = /^(\s*)(\p{Ll}\p{L}{0,60})(?!\p{L})/u.exec(next.text);
    if (!rest) return;
    const tailStart = next.start + rest[1]!.length;
    splits.set(i, { k, head: split[1], tail: rest[2]!, tailStart });
    skip.add(l.end - split[0].length).add(tailStart);
  });

  // Build the text, character by character, with the map.
  const words = wordSet(raw, skip);
  const out: string[] = [];
  const map: number[] = [];
  const joined: string[] = [];
  const emit = (s: string, from: number) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]!);
      map.push(from + k);
    }
  };
  let i = 0;
  let carry = -1; // the offset in the next kept line to start from (after a joined word's second half)
  while (i < lines.length) {
    const l = lines[i]!;
    if (drop.has(i)) {
      emit("\n", l.end < raw.length ? l.end : Math.max(0, raw.length - 1));
      i++;
      continue;
    }
    let from = carry >= 0 ? carry : l.start;
    carry = -1;
    let text = raw.slice(from, l.end).replace(/\f/g, " ");
    // Symbol-font bullets at the start of a line.
    const lead = /^\s*/.exec(text)![0].length;
    if (SYMBOL_BULLETS.test(text[lead] ?? "")) text = `${text.slice(0, lead)}•${text.slice(lead + 1)}`;
    const split = splits.get(i);
    if (split) {
      const { k, head, tail, tailStart } = split;
      const next = lines[k]!;
      const compound = words.has(`${head}-${tail}`.toLowerCase()) || (!words.has(`${head}${tail}`.toLowerCase()) && words.has(head.toLowerCase()) && words.has(tail.toLowerCase()));
      emit(compound ? text : text.slice(0, -1), from);
      // The second half follows at once; the rest of its line stays on the same line.
      emit(tail, tailStart);
      joined.push(compound ? `${head}-${tail}` : `${head}${tail}`);
      carry = tailStart + tail.length;
      i = k;
      if (!raw.slice(carry, next.end).trim()) {
        carry = -1;
        if (next.end < raw.length) emit("\n", next.end);
        i = k + 1;
      }
      continue;
    }
    emit(text, from);
    if (l.end < raw.length) emit("\n", l.end);
    i++;
  }
  return { text: out.join(""), map: Int32Array.from(map), dropped, joined };
}

/** The original's slice behind a slice of the normalised text. */
export function originalSlice(raw: string, n: Normalized, start: number, end: number): string {
  if (end <= start || start < 0 || end > n.map.length) return raw.slice(0, 0);
  return raw.slice(n.map[start]!, n.map[end - 1]! + 1);
}
