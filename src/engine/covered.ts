// Whether a notice covers a subject the lexicon lists as often left open ("an age limit", "a salary
// figure"): a notice that states an age rule or a figure is answered from it, not with "the notice does not say".
import type { Facts } from "../knowledge/schema.js";

/**
 * True when the notice holds something at `path`: a dotted path into the facts, "criteria:<type>",
 * "application.channels.<kind>", or "notice:<pattern>" for words of the notice itself.
 */
export function hasFact(facts: Facts, path: string, text = ""): boolean {
  if (path.startsWith("notice:")) return new RegExp(path.slice("notice:".length), "iu").test(text);
  if (path.startsWith("criteria:")) return facts.eligibility.criteria.some((c) => c.type === path.slice("criteria:".length));
  const channel = /^application\.channels\.(\w+)$/.exec(path);
  if (channel) return facts.application.channels.some((c) => c.kind === channel[1]);
  let v: unknown = facts;
  for (const key of path.split(".")) v = v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
  return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null;
}

/** A predicate over the lexicon's uncovered subjects: true when this notice covers the subject. */
export function createCoverage(facts: Facts, text: string, uncovered: { id: string; coveredBy?: string[] | undefined }[]): (id: string) => boolean {
  const covered = new Set(uncovered.filter((u) => u.coveredBy?.some((p) => hasFact(facts, p, text))).map((u) => u.id));
  return (id) => covered.has(id);
}
