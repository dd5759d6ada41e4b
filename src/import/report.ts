// The import report HR reads: each fact with the notice's words it was read from, then what was not found.
import { foldSpace, stripMarkup } from "../knowledge/text.js";
import type { ImportResult } from "./import.js";

function shorten(s: string, max: number): string {
  const t = foldSpace(stripMarkup(s));
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

// What a field is, for a person, where its label alone would not say it; the rest use their label.
const SUBJECTS: Record<string, string> = {
  reference: "Selection reference",
  title: "Title",
  "eligibility.citizenship": "Who can apply (nationality)",
  "eligibility.education": "Education required",
  "eligibility.experience": "Experience required",
  "eligibility.languages.main": "Main language",
  "eligibility.languages.second": "Second language",
};
// Most important first: what decides whether and how someone applies, then the post, then the rest.
const FIRST = ["deadline", "eligibility.criteria", "eligibility", "application.channels", "application.address", "application", "reference", "title", "place", "grades", "staffCategory", "contract.firstContract", "contract"];
const rank = (field: string) => {
  const i = FIRST.findIndex((f) => field === f || field.startsWith(`${f}.`));
  return i < 0 ? FIRST.length : i;
};
const byImportance = <T extends { field: string }>(items: T[]) => items.map((x, i) => ({ x, i })).sort((a, b) => rank(a.x.field) - rank(b.x.field) || a.i - b.i).map(({ x }) => x);

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const country = (code: string) => {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
};

/** A found fact's subject in words: "Eligibility, languages" rather than "eligibility.criteria (criterion: languages)". */
export function subjectInWords(f: { field: string; label: string }): string {
  const criterion = /^criterion: (.+)$/.exec(f.label);
  if (criterion) return criterion[1] === "condition" ? "Eligibility condition" : `Eligibility, ${criterion[1]!.replace(/_/g, " ")}`;
  const label = SUBJECTS[f.field] ?? f.label;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** A value as the importer writes it, in words: "eu-eea + NO, IS, LI" → "nationals of an EU or EEA state, and of Norway, Iceland, Liechtenstein". */
export function valueInWords(value: string): string {
  const nationals = /^(eu|eu-eea)(?: \+ ([A-Z]{2}(?:, [A-Z]{2})*))?$/.exec(value);
  if (nationals) {
    const who = nationals[1] === "eu" ? "nationals of an EU member state" : "nationals of an EU or EEA state";
    return nationals[2] ? `${who}, and of ${nationals[2].split(", ").map(country).join(", ")}` : who;
  }
  if (value === "(passage)") return "the notice's own words (quoted below)";
  return value
    .replace(/\b(\d+)y\b/g, "$1 years")
    .replace(/\b1×/g, "once,")
    .replace(/\b(\d+)×/g, "$1 times,")
    .replace(/ OR /g, ", or ")
    .replace(/,,/g, ",");
}

/** The part of the report for a person: in words, what to check by hand first, then what was read, then what the notice does not say. */
function forPeople(result: ImportResult, width: number): string[] {
  const unreadable = byImportance(result.missing.filter((m) => m.reason));
  const absent = byImportance(result.missing.filter((m) => !m.reason));
  const check = unreadable.length + result.unread.length;
  const out = [
    "",
    `In short: ${result.found.length} fact${result.found.length === 1 ? "" : "s"} read from the notice; ${
      check ? `${check} passage${check === 1 ? "" : "s"} to check by hand; ` : "nothing to check by hand; "
    }${absent.length} usual subject${absent.length === 1 ? "" : "s"} the notice does not mention.`,
  ];
  if (check) {
    out.push("", "To check by hand (the importer found them but could not read them):");
    for (const m of unreadable) out.push(`  ? ${subjectInWords(m)}: ${m.reason}`);
    for (const u of result.unread) out.push(`  ? A condition kept for the candidate to check, with its words: “${shorten(u.quote, width)}”`);
  }
  if (result.found.length) {
    out.push("", "Read from the notice, most important first:");
    for (const f of byImportance(result.found)) out.push(`  • ${subjectInWords(f)}: ${valueInWords(f.value)}`);
  }
  if (absent.length) out.push("", `The notice does not mention (the bot says so when asked): ${absent.map((m) => m.label).join("; ")}.`);
  out.push("", "In detail, for the facts file (field, value, and the notice's words behind it):");
  return out;
}

/** Per import rule, in the order they ran, the passage it read (`--rules`): what to look at when a fact is wrong. */
function rulesRead(result: ImportResult, width: number): string[] {
  const out = ["", "Rules, in the order they ran, and the passage each read:"];
  for (const r of result.reads) {
    out.push(`${r.outcome === "fact" ? "✓" : r.outcome === "not a fact" ? "?" : "✗"} ${r.field}: ${r.outcome}`);
    for (const q of r.quotes.slice(0, 3)) out.push(`    “${shorten(q, width)}”`);
    if (r.quotes.length > 3) out.push(`    … ${r.quotes.length - 3} more`);
  }
  return out;
}

/**
 * Renders the report of an import as plain text: first in words for a person, then field by field.
 *
 * @example
 * renderReport(result).split("\n")[0] // → 'Import of a notice: DIGIT-COM-2025-1194'
 */
export function renderReport(result: ImportResult, options: { quoteWidth?: number; rules?: boolean } = {}): string {
  const width = options.quoteWidth ?? 160;
  const out: string[] = [`Import of a notice: ${result.id ?? "(no id: no selection reference found)"}`];
  if (result.isNotice) out.push(...forPeople(result, width));
  out.push(`Fields read: ${result.found.length}; not found: ${result.missing.length} (${result.missing.filter((m) => m.reason).length} of them found but not read).`);
  if (result.found.length) out.push("");
  for (const f of result.found) {
    out.push(`✓ ${f.field} (${f.label}): ${f.value}`);
    const shown = f.quotes.length > 3 ? [...f.quotes.slice(0, 2), f.quotes.at(-1)!] : f.quotes;
    for (const [i, q] of shown.entries()) {
      if (f.quotes.length > 3 && i === 2) out.push(`    … ${f.quotes.length - 3} more`);
      out.push(`    “${shorten(q, width)}”`);
    }
  }
  const profiles = result.facts.profiles ?? [];
  if (profiles.length) {
    out.push("", `Profiles: ${profiles.length}, each with its own facts (a fact a profile lacks is the notice's):`);
    for (const p of profiles) {
      const criteria = (p.eligibility?.criteria ?? []).map((c) => c.type).join(", ");
      out.push(`• ${p.label}${p.title ? ` – ${p.title}` : ""}${p.grades ? ` (${p.grades.min})` : ""}: criteria ${criteria || "none"}`, `    “${shorten(p.quote, width)}”`);
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
  if (options.rules) out.push(...rulesRead(result, width));
  return out.join("\n");
}
