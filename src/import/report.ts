// The import report HR reads: each fact with the notice's words it was read from, then what was not found.
import { foldSpace, stripMarkup } from "../knowledge/text.js";
import type { ImportResult } from "./import.js";

function shorten(s: string, max: number): string {
  const t = foldSpace(stripMarkup(s));
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/**
 * Renders the report of an import as plain text.
 *
 * @example
 * renderReport(result).split("\n")[0] // → 'Import of a notice: DIGIT-COM-2025-1194'
 */
export function renderReport(result: ImportResult, options: { quoteWidth?: number } = {}): string {
  const width = options.quoteWidth ?? 160;
  const out: string[] = [`Import of a notice: ${result.id ?? "(no id: no selection reference found)"}`];
  out.push(`Found ${result.found.length} facts; ${result.missing.length} not found.`);
  if (result.found.length) out.push("");
  for (const f of result.found) {
    out.push(`✓ ${f.field} (${f.label}): ${f.value}`);
    const shown = f.quotes.length > 3 ? [...f.quotes.slice(0, 2), f.quotes.at(-1)!] : f.quotes;
    for (const [i, q] of shown.entries()) {
      if (f.quotes.length > 3 && i === 2) out.push(`    … ${f.quotes.length - 3} more`);
      out.push(`    “${shorten(q, width)}”`);
    }
  }
  if (result.missing.length) {
    out.push("", "Not found (left out of the facts file; the bot answers that the notice does not say):");
    for (const m of result.missing) out.push(`✗ ${m.field} (${m.label})${m.reason ? `: ${m.reason}` : ""}`);
  }
  if (result.unread.length) {
    out.push("", "Could not type (kept as “check this yourself” criteria, with their words):");
    for (const u of result.unread) out.push(`? ${u.field}: “${shorten(u.quote, width)}”`);
  }
  if (result.dropped.length) {
    out.push("", "Dropped as page furniture (not read, still in the notice's text):");
    for (const d of result.dropped) out.push(`- ${d.kind}: “${shorten(d.text, width)}”`);
  }
  if (result.joined.length) out.push("", `Words joined across line breaks: ${result.joined.join(", ")}`);
  if (!result.isNotice) out.push("", "This text does not look like a vacancy notice of this kind: too few of its usual facts were found.");
  return out.join("\n");
}
