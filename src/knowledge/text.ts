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
