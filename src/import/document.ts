// A notice read for extraction: its lines, headings, paragraphs, bullets and sentences, each kept as a
// verbatim slice of the text so that whatever the importer quotes is, character for character, the notice.
//
// Notices of this family come as plain text (with Markdown-style **bold**, [label](#) links, \( escapes and
// footnote markers) or as Markdown. Headings are lines in capitals ("WE PROPOSE"), Markdown "#" lines,
// arrowed questions ("➤ Grade"), lines that are bold and nothing else, and numbered titles standing
// alone ("2. Recruitment").
import { foldSpace, isPlainTitle, itemStart, stripMarkup } from "../knowledge/text.js";

/** A verbatim slice of the notice. */
export type Span = {
  /** The notice's own characters, exactly. */
  raw: string;
  /** The same words with markup removed and white space folded: what rules read. */
  clean: string;
  start: number;
  end: number;
};

export type Unit = Span & {
  kind: "heading" | "paragraph" | "bullet";
  /** The top-level heading the unit stands under ("" before the first one). */
  section: string;
  /** The heading path under the top level: numbered annex titles and arrowed questions. */
  sub: string[];
  /** For a bullet: the paragraph that introduces its list ("…the following skills:"), if any. */
  leadIn?: Unit;
  /** The unit's sentences; a bullet or a heading is one sentence. */
  sentences: Span[];
};

export type Line = Span & { index: number };

export type NoticeDocument = { text: string; lines: Line[]; units: Unit[] };

const footnoteStart = /^\s*[¹²³⁴⁵⁶⁷⁸⁹]/;
const arrowStart = /^\s*[➤►▶]\s*/;
const markdownHeading = /^\s*(#{1,6})\s+/;
// "2. Recruitment", "3.1 Eligibility criteria", "b) Education", "IV. Selection" standing alone.
const numberedTitle = /^\s*(?:\d+(?:\.\d+)*\.?|\(?\p{Ll}{1,2}\)|[IVX]{1,4}\.)\s+\p{Lu}[\p{L} ,&'’-]{2,60}$/u;
/** The plain titles of an annex's parts. */
const partTitle = /^\s*(?:eligibility(?: criteria| requirements)?|admission requirements|conditions of eligibility|contract|conditions of employment|selection procedure|application procedure|how to apply)\s*$/i;
// "Who can apply?", "What do we offer?": a short question standing alone is a heading.
const questionTitle = /^\s*\p{Lu}[\p{L}\d ,'’-]{2,60}\?\s*$/u;

/** The words of a slice as rules read them: markup, Markdown emphasis and heading marks removed, white space folded. */
export function clean(raw: string): string {
  return foldSpace(
    stripMarkup(raw.replace(markdownHeading, ""))
      .replace(/__(\S(?:.*?\S)?)__/g, "$1")
      .replace(/(^|[\s(])[*_](\S(?:[^*_]*?\S)?)[*_](?=[\s.,;:!?)]|$)/g, "$1$2"),
  );
}

function span(text: string, start: number, end: number): Span {
  const raw = text.slice(start, end);
  return { raw, clean: clean(raw), start, end };
}

/** A line in capitals: "WE LOOK FOR", "HOW TO EXPRESS YOUR INTEREST?". Codes like "AD5-AD7" are not headings. */
export function isCapsHeading(line: string): boolean {
  const t = clean(line);
  const letters = t.replace(/[^\p{L}]/gu, "");
  return (
    letters.length >= 4 &&
    t.length <= 90 &&
    letters === letters.toUpperCase() &&
    /\p{L}{3,}/u.test(t) &&
    !/[\d/@]/.test(t) &&
    !itemStart.test(t) &&
    !/[.;,]$/.test(t)
  );
}

function isBoldOnly(line: string): boolean {
  return /^\s*\*\*[^*]{3,80}\*\*:?\s*$/.test(line) && !/[.;]\*\*:?\s*$/.test(line);
}

/**
 * "Who can apply?" on the first line of a block, the text it heads on the next lines without a blank line
 * between: a heading inside the section it stands in. The next line must start a sentence or a list, so a
 * hard-wrapped paragraph whose first line happens to end a question is not taken for one.
 */
function questionAbove(block: Line[]): "sub" | undefined {
  const [first, next] = block;
  if (!first || !next || !questionTitle.test(stripMarkup(first.raw))) return undefined;
  return /^\s*(?:\p{Lu}|[-•*▪●◦–]\s|\d{1,2}[.)]\s|\(?\p{Ll}{1,2}\)\s)/u.test(next.raw) ? "sub" : undefined;
}

function headingKind(line: string, alone: boolean): "top" | "sub" | undefined {
  const md = markdownHeading.exec(line);
  if (md) return md[1]!.length <= 2 ? "top" : "sub";
  if (arrowStart.test(line) && clean(line).length <= 90) return "sub";
  if (isCapsHeading(line)) return "top";
  if (alone && (numberedTitle.test(stripMarkup(line)) || isBoldOnly(line))) return "sub";
  // "3. ELIGIBILITY CRITERIA" with its text on the next line (a PDF's text has no blank line between): a
  // numbered title in capitals is a heading wherever it stands.
  const numberedCaps = /^\s*(?:\d+(?:\.\d+)*\.?|[IVX]{1,4}\.)\s+(.*)$/u.exec(stripMarkup(line));
  if (numberedCaps && numberedTitle.test(stripMarkup(line)) && isCapsHeading(numberedCaps[1]!) && numberedCaps[1]!.replace(/[^\p{L}]/gu, "").length >= 4) return "sub";
  if (alone && questionTitle.test(stripMarkup(line))) return "top";
  // "Eligibility", "Contract" standing alone in an annex: the title of its part.
  if (alone && partTitle.test(stripMarkup(line))) return "sub";
  return undefined;
}

/** Splits a paragraph into sentences, each a verbatim slice; "e.g." and "Art. 13" do not end one. */
export function sentencesOf(text: string, unit: Span): Span[] {
  const out: Span[] = [];
  let from = unit.start;
  const boundary = /[.!?](?:\*\*)?[¹²³⁴⁵⁶⁷⁸⁹]?(?=\s+\S)/g;
  const raw = unit.raw;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(raw))) {
    const end = unit.start + m.index + m[0].length;
    const before = raw.slice(0, m.index + 1);
    const after = raw.slice(m.index + m[0].length).trimStart();
    if (/\b(?:e\.g|i\.e|etc|Art|No|Nr|cf|vs|approx|incl|para|p|pp)\.$/i.test(before) || /(?:^|\s)\p{L}\.$/u.test(before)) continue;
    if (!/^[\p{Lu}\d"“(*[•➤-]/u.test(after)) continue;
    // An ordinal day before a month and a year ("der 12. Oktober 2027", "15. lokakuuta 2027") is a date, not an end.
    if (/(?:^|\s)\d{1,2}\.$/.test(before) && /^\p{L}+\.?\s+\d{4}(?!\d)/u.test(after)) continue;
    out.push(span(text, from, end));
    from = end;
    while (from < unit.end && /\s/.test(text[from]!)) from++;
  }
  if (from < unit.end) out.push(span(text, from, unit.end));
  return out.flatMap((s) => bounded(text, s)).filter((s) => s.clean.length > 0);
}

/**
 * The most characters a sentence may hold for the rules to read it. Real sentences hold a few hundred; a
 * "sentence" of many kilobytes (a text without full stops) is cut at white space into pieces of at most this
 * size, so that no rule's work grows faster than the notice (a rule's pattern may look back over a sentence).
 */
export const MAX_SENTENCE = 2000;

function bounded(text: string, s: Span): Span[] {
  if (s.end - s.start <= MAX_SENTENCE) return [s];
  const out: Span[] = [];
  let from = s.start;
  while (s.end - from > MAX_SENTENCE) {
    let cut = from + MAX_SENTENCE;
    const space = text.lastIndexOf(" ", cut);
    if (space > from + MAX_SENTENCE / 2) cut = space;
    out.push(span(text, from, cut));
    from = cut;
  }
  out.push(span(text, from, s.end));
  return out;
}

/** Reads a notice's text into lines and units; never throws. */
export function readDocument(text: string): NoticeDocument {
  const lines: Line[] = [];
  let at = 0;
  for (const [index, rawLine] of text.split("\n").entries()) {
    const end = at + rawLine.length;
    const trimmedEnd = rawLine.endsWith("\r") ? end - 1 : end;
    lines.push({ ...span(text, at, trimmedEnd), index });
    at = end + 1;
  }

  // Blocks: runs of non-blank lines.
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.clean) current.push(line);
    else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);

  const units: Unit[] = [];
  let section = "";
  let sub: string[] = [];
  /** The numbered title the sub-headings stand under, if any. */
  let numbered: string[] = [];
  let leadIn: Unit | undefined;
  /** The plain titles met so far: one replaces another at the same level. */
  const plainTitles = new Set<string>();
  const push = (kind: Unit["kind"], first: Line, last: Line) => {
    // A bullet's quote is its words, without the dash or number that marks it.
    const marker = kind === "bullet" ? (itemStart.exec(first.raw)?.[0].length ?? 0) : 0;
    const s = span(text, first.start + marker, last.end);
    const unit: Unit = { ...s, kind, section, sub: [...sub], sentences: [] };
    unit.sentences = kind === "paragraph" ? sentencesOf(text, s) : bounded(text, s);
    if (kind === "bullet" && leadIn) unit.leadIn = leadIn;
    units.push(unit);
    return unit;
  };

  for (const [b, block] of blocks.entries()) {
    let open: { kind: Unit["kind"]; first: Line; last: Line } | undefined;
    const close = () => {
      if (!open) return;
      const unit = push(open.kind, open.first, open.last);
      if (unit.kind === "paragraph") leadIn = /:\s*(?:\*\*)?$/.test(unit.raw.trimEnd()) ? unit : undefined;
      open = undefined;
    };
    for (const [i, line] of block.entries()) {
      const next = block.length === 1 ? blocks[b + 1]?.[0]?.raw : i === 0 ? block[1]!.raw : undefined;
      const titled = headingKind(line.raw, block.length === 1) ?? (i === 0 ? questionAbove(block) : undefined);
      // A plain title inside a list's lead-in ("Essential:", then "Professional experience", then bullets) keeps the lead-in.
      const plain = !titled && (block.length === 1 || i === 0) && isPlainTitle(line.raw, next);
      const kind = titled ?? (plain ? "sub" : undefined);
      if (kind) {
        close();
        const name = clean(line.raw).replace(arrowStart, "").replace(/:$/, "");
        if (kind === "top") {
          section = name;
          sub = [];
          numbered = [];
        } else if (plain) sub = [...sub.filter((h) => !plainTitles.has(h)), name];
        else if (/^\d+\.\s/.test(name)) sub = numbered = [name.replace(/^\d+\.\s*/, "")];
        // A bold heading follows the one before it at the same level ("**Who can apply**", then "**How to apply**").
        else if (isBoldOnly(line.raw) || partTitle.test(stripMarkup(line.raw))) sub = [...numbered, name];
        else if (/^\d+\.\d+/.test(name)) sub = [...sub.slice(0, 1), name];
        else if (/^\(?\p{Ll}{1,2}\)\s/u.test(name)) sub = [...sub.filter((h) => !/^\(?\p{Ll}{1,2}\)\s/u.test(h)).slice(0, 2), name];
        else sub = [...sub.slice(0, 1), name];
        if (plain) plainTitles.add(name);
        push("heading", line, line);
        if (!plain) leadIn = undefined;
        continue;
      }
      // A dash that starts a line of a hard-wrapped sentence ("…Officer\n– Cyber Threat…") is not a bullet.
      const wrapped = open?.kind === "paragraph" && open.last.clean.length >= 60 && !/[.:;!?]$/.test(open.last.clean) && /^\s*[-–]\s/.test(line.raw);
      const isBullet = itemStart.test(line.raw) && !wrapped;
      const isFootnote = footnoteStart.test(line.raw);
      if (open && !isBullet && !isFootnote) {
        open.last = line;
        continue;
      }
      close();
      open = { kind: isBullet ? "bullet" : "paragraph", first: line, last: line };
    }
    close();
  }
  // A paragraph broken by a page break ("…share threat\n\n\n\nintelligence with…") is one paragraph.
  return { text, lines, units: mergeBrokenParagraphs(text, units) };
}

function mergeBrokenParagraphs(text: string, units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out.at(-1);
    if (prev && u.kind === "paragraph" && (prev.kind === "paragraph" || prev.kind === "bullet") && /^\p{Ll}/u.test(u.clean) && !/[.:!?]$/.test(prev.clean)) {
      const s = span(text, prev.start, u.end);
      const merged: Unit = { ...prev, ...s };
      merged.sentences = prev.kind === "paragraph" ? sentencesOf(text, s) : bounded(text, s);
      out[out.length - 1] = merged;
    } else out.push(u);
  }
  return out;
}

/** All sentences of all units, in order, with the unit each stands in. */
export function sentences(doc: NoticeDocument): { sentence: Span; unit: Unit }[] {
  return doc.units.flatMap((unit) => unit.sentences.map((sentence) => ({ sentence, unit })));
}

/** The slice of the text from one span's start to another's end. */
export function join(doc: NoticeDocument, from: Span, to: Span): Span {
  return span(doc.text, from.start, to.end);
}
