// Text helpers shared by knowledge loading, search and citation: folding white space and markup
// so that a quote matches the notice however it was wrapped or emphasised.

/** Folds runs of white space to one space and trims. */
export function foldSpace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Removes the notice's Markdown-style markup: **bold**, [label](#) links and \( escapes. */
export function stripMarkup(s: string): string {
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\\(?=[^\s\w])/g, "")
    .replace(/\*\*/g, "");
}

/** The form in which quotes are compared with the notice: markup removed, white space folded. */
export function comparable(s: string): string {
  return foldSpace(stripMarkup(s.normalize("NFKC")));
}

/**
 * The largest notice the bot reads, in bytes of UTF-8. Real notices hold 10–80 KB; the cap keeps an import and
 * start-up (which reads a notice without facts.json) bounded whatever file is dropped in.
 */
export const MAX_NOTICE_BYTES = 512 * 1024;

/** Why a notice's text is too large to read, or undefined when it is not. */
export function tooLarge(text: string): string | undefined {
  const bytes = Buffer.byteLength(text, "utf8");
  return bytes > MAX_NOTICE_BYTES ? `the notice holds ${Math.ceil(bytes / 1024)} KB; at most ${MAX_NOTICE_BYTES / 1024} KB is read` : undefined;
}

/** A bullet or list-item start: dashes and dots, "1." / "1)", lettered items "a)", "(a)". */
// A letter of any script marks an item ("a)", "(b)", Greek "α)" … "στ)", Cyrillic "б)").
export const itemStart = /^\s*(?:[-•*▪●◦–]|\d{1,2}[.)]|\(?\p{Ll}{1,2}\))\s+/u;

/**
 * A title in sentence case standing on its own line ("Conditions d'admission", "Nature of the duties",
 * "Anstellungsbedingungen"): short, no sentence punctuation, no label and value, no figures, and the line after
 * it starts a new sentence or a list. A hard-wrapped sentence's first line is long, or runs on in lower case.
 */
export function isPlainTitle(line: string, next: string | undefined): boolean {
  const t = foldSpace(stripMarkup(line));
  if (t.length < 3 || t.length > 60 || t.split(" ").length > 7) return false;
  if (!/^\p{Lu}/u.test(t) || /[.,;:!?…]$/.test(t) || /[:\d@/|=#*]/.test(t) || itemStart.test(t)) return false;
  if (!/\p{Ll}{2,}/u.test(t) || next === undefined) return false;
  return itemStart.test(next) || /^\p{Lu}\p{Ll}/u.test(foldSpace(stripMarkup(next)));
}
