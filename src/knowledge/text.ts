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
