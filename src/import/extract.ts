// Rule-based extraction of a notice's facts from its own words: a table of small rules
// (src/import/rules/<group>.ts), each `{ field, find, parse }` typed against the facts schema, run in order.
//
// Each rule reads the phrasings this family of EU vacancy notices uses ("Selection reference:",
// "Grade range:", "The place of employment will be …", "minimum level C1", "a 9-month probationary
// period" …) and keeps the passage it read the value from as the fact's quote. A rule that finds
// nothing leaves its fact out and says so: the importer never fills a gap with a guess.
import type { FactsInput } from "../knowledge/schema.js";
import { normalizeNotice, originalSlice, type Dropped } from "./normalize.js";
import { profilesOf } from "./profiles.js";
import { applicationRules } from "./rules/application.js";
import { contractRules, gradeTableRule } from "./rules/contract.js";
import { criteriaRules, termsRules } from "./rules/criteria.js";
import { deadlineRules } from "./rules/deadline.js";
import { assetRules, descriptionRules } from "./rules/description.js";
import { eligibilityRules } from "./rules/eligibility.js";
import { byFieldOrder } from "./rules/fields.js";
import { headerRules } from "./rules/header.js";
import { inProseRules } from "./rules/in-prose.js";
import { stepRules } from "./rules/step.js";
import { Reader, type ExtractContext, type Found, type Missing, type RuleRead, type Unread } from "./rules/reader.js";
import { runRules, type Rule } from "./rules/rule.js";
import { recruitmentRules, selectionRules, underRepresentedRules } from "./rules/selection.js";
import { furnitureOf, noticeLanguage, zonesInLanguage } from "./words.js";

export type { ExtractContext, Found, Missing, RuleRead, Unread };
export { FIELDS } from "./rules/fields.js";

export type Extraction = {
  facts: FactsInput;
  found: Found[];
  missing: Missing[];
  unread: Unread[];
  /** Per rule, what passage it read and whether a fact came of it. */
  reads: RuleRead[];
  /** What the normalisation dropped (page furniture) and the words it joined across line breaks. */
  dropped: Dropped[];
  joined: string[];
};

/**
 * Every rule, in the order they run. The header's come first (they set where the notice proper begins);
 * a rule may read the facts of those before it (the deadline the place's zone, the rolling cut-offs the deadline).
 */
export const RULES: Rule[] = [
  ...headerRules,
  ...deadlineRules,
  ...applicationRules,
  ...eligibilityRules,
  ...assetRules,
  ...contractRules,
  ...selectionRules,
  ...recruitmentRules,
  ...underRepresentedRules,
  ...descriptionRules,
  ...criteriaRules,
  gradeTableRule,
  ...stepRules,
  ...termsRules,
  ...inProseRules,
];

/** Runs a table of rules over a (normalised) notice text; the found and missing facts in the report's order. */
export function readWithRules(text: string, ctx: ExtractContext, rules: Rule[] = RULES): Omit<Extraction, "dropped" | "joined"> {
  const r = new Reader(text, ctx);
  runRules(r, rules);
  return { facts: r.facts as FactsInput, found: byFieldOrder(r.found), missing: byFieldOrder(r.missing), unread: r.unread, reads: r.reads };
}

/** Reads a notice's facts from its text. Never throws; what it cannot find is in `missing`. */
export function extractFacts(text: string, ctx: ExtractContext): Extraction {
  const normal = normalizeNotice(text, furnitureOf(ctx.words));
  const language = ctx.language ?? noticeLanguage(normal.text, ctx.words);
  const within = { ...ctx, language, zoneIndex: zonesInLanguage(ctx.zoneIndex, ctx.words, language) };
  const result = readWithRules(normal.text, within);
  Object.assign(result.facts, profilesOf(normal.text, ctx.words, language, result.facts, (t) => readWithRules(t, within).facts));
  // Every quote was read from the cleaned text; the facts quote the notice as published.
  const cache = new Map<string, string>();
  const verbatim = (q: string): string => {
    if (!cache.has(q)) {
      const at = normal.text.indexOf(q);
      cache.set(q, at >= 0 ? originalSlice(text, normal, at, at + q.length) || q : q);
    }
    return cache.get(q)!;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "quote" && typeof x === "string" ? verbatim(x) : walk(x)]));
    return v;
  };
  return {
    facts: walk(result.facts) as FactsInput,
    found: result.found.map((f) => ({ ...f, quotes: f.quotes.map(verbatim) })),
    missing: result.missing,
    unread: result.unread.map((u) => ({ ...u, quote: verbatim(u.quote) })),
    reads: result.reads.map((x) => ({ ...x, quotes: x.quotes.map(verbatim) })),
    dropped: normal.dropped,
    joined: normal.joined,
  };
}
