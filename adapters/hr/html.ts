// HTML for the HR pages, built with a tagged template that escapes every interpolated value.
// Only values that are themselves `Html` pass through unescaped.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function piece(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(piece).join("");
  if (value === undefined || value === null || value === false) return "";
  return escapeHtml(String(value));
}

/**
 * @example
 * html`<p>${"<b>hi</b>"}</p>`.value // → "<p>&lt;b&gt;hi&lt;/b&gt;</p>"
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + (strings[i + 1] ?? "");
  return new Html(out);
}

/**
 * A paragraph with the part that a quote covers wrapped in <mark>: the quote inside the paragraph, the
 * whole paragraph inside a quote that spans several, or the overlap where a quote begins or ends.
 *
 * @example
 * highlight("Applications close on 20.10.2025 at noon.", "20.10.2025").value
 * // → "Applications close on <mark>20.10.2025</mark> at noon."
 */
export function highlight(paragraph: string, quote: string): { html: Html; marked: boolean } {
  // Case is folded only where folding keeps every index in place.
  const folded = paragraph.toLowerCase();
  const p = folded.length === paragraph.length ? folded : paragraph;
  const q = quote.toLowerCase().trim();
  const mark = (start: number, end: number) => ({
    html: html`${paragraph.slice(0, start)}<mark>${paragraph.slice(start, end)}</mark>${paragraph.slice(end)}`,
    marked: true,
  });
  if (!q) return { html: html`${paragraph}`, marked: false };
  const at = p.indexOf(q);
  if (at >= 0) return mark(at, at + q.length);
  if (p.length >= 20 && q.includes(p)) return mark(0, paragraph.length);
  // The quote starts in this paragraph and runs on, or ends in it having begun before.
  if (q.length > 20) {
    const head = p.lastIndexOf(q.slice(0, 20));
    if (head >= 0 && q.startsWith(p.slice(head))) return mark(head, paragraph.length);
    const tail = p.indexOf(q.slice(-20));
    if (tail >= 0 && q.endsWith(p.slice(0, tail + 20))) return mark(0, tail + 20);
  }
  return { html: html`${paragraph}`, marked: false };
}
