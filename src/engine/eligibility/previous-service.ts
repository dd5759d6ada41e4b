// Previous service in the EU institutions: a traineeship or employment in an EU institution, body or agency
// longer than a limit ("more than two consecutive months", "longer than six weeks") rules a candidate out;
// where the notice says so, only paid service counts. One module: the rule's schema, its reading from a
// notice, the reading of the user's own service, the assessment, the form field and the sentences.
// Every word comes from words.json `previousService` (with `numbers`, `units` and `negation`) of a language.
import type { PreviousServiceRule } from "../../knowledge/criteria.js";
import type { Profile } from "../session.js";
import type { Words } from "../../knowledge/schema.js";
import type { CriterionType } from "./types.js";
import { escapeRegExp as escape, execAll } from "../../text/regexp.js";

export { previousServiceRuleSchema, previousServiceWordsSchema, type PreviousServiceRule } from "../../knowledge/criteria.js";

/** The user's previous service: its longest period, and whether it was paid where they said. */
export type PreviousService = { amount: number; unit: "year" | "month" | "week"; paid?: boolean };

const DAYS = { year: 365.25, month: 30.44, week: 7 } as const;
type Unit = keyof typeof DAYS;

function phrases(list: string[]): RegExp | undefined {
  const alts = [...new Set(list)].filter(Boolean).sort((a, b) => b.length - a.length).map((w) => escape(w.toLowerCase()).replace(/\s+/g, "[\\s-]+"));
  return alts.length ? new RegExp(`(?<![\\p{L}])(?:${alts.join("|")})(?![\\p{L}])`, "giu") : undefined;
}

function has(re: RegExp | undefined, text: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}

/** Durations said in a text: "5-month", "two consecutive months", "6 weeks", with their place. */
function durations(text: string, words: Words[]): { amount: number; unit: Unit; at: number; end: number }[] {
  const numbers: Record<string, number> = Object.assign({}, ...words.map((w) => w.numbers));
  const unitWords = (u: Unit) => words.flatMap((w) => w.units[u] ?? []).filter((x) => x.length > 2);
  const consecutive = words.flatMap((w) => w.previousService.consecutive);
  const num = [`\\d{1,2}`, ...Object.keys(numbers).sort((a, b) => b.length - a.length).map(escape)].join("|");
  const out: { amount: number; unit: Unit; at: number; end: number }[] = [];
  for (const unit of ["year", "month", "week"] as const) {
    const names = unitWords(unit);
    if (!names.length) continue;
    const between = consecutive.length ? `(?:[\\s-]+(?:${consecutive.map(escape).join("|")}))?` : "";
    const re = new RegExp(`(?<![\\p{L}\\d])(${num})${between}[\\s-]+(?:${names.map(escape).join("|")})(?![\\p{L}])`, "giu");
    for (const m of execAll(re, text)) {
      const w = m[1]!.toLowerCase();
      const amount = /^\d+$/.test(w) ? Number(w) : numbers[w];
      if (amount) out.push({ amount, unit, at: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Reads the rule from one passage of a notice's eligibility part, or undefined when the passage is not one:
 * it names a kind of service, an EU institution, a negation ("not have benefited from") and a duration.
 *
 * @example
 * readPreviousServiceRule({ clean, raw }, [en]) // "not have benefited from a paid traineeship of more than two consecutive months in an EU institution"
 * // → { type: "previous-service", limit: { amount: 2, unit: "month" }, consecutive: true, paidOnly: true, quote: "…" }
 */
export function readPreviousServiceRule(span: { clean: string; raw: string }, words: Words[]): PreviousServiceRule | undefined {
  const text = span.clean;
  const w = words.map((x) => x.previousService);
  const service = phrases(w.flatMap((x) => x.service));
  const institution = phrases(w.flatMap((x) => x.institution));
  const negation = phrases(words.flatMap((x) => x.negation));
  if (!has(service, text) || !has(institution, text) || !has(negation, text)) return undefined;
  const limit = durations(text, words)[0];
  if (!limit) return undefined;
  const consecutive = phrases(w.flatMap((x) => x.consecutive));
  const paidOnly = has(phrases(w.flatMap((x) => x.paid)), text) || has(phrases(w.flatMap((x) => x.unpaid)), text);
  return { type: "previous-service", limit: { amount: limit.amount, unit: limit.unit }, consecutive: has(consecutive, text), paidOnly, quote: span.raw };
}

/**
 * The user's previous service in an EU institution, from their words: "a 5-month paid Blue Book traineeship at
 * the European Commission" → 5 months, paid; "I have never worked for the EU" → none (0). Undefined when not said.
 */
// The patterns of a language's service words, built once per word list (readPreviousService runs on every message).
const builtFor = new WeakMap<Words, { service?: RegExp; institution?: RegExp; paid?: RegExp; unpaid?: RegExp; negation?: RegExp }>();
function patternsOf(words: Words) {
  let built = builtFor.get(words);
  if (!built) {
    const w = words.previousService;
    builtFor.set(words, (built = { service: phrases(w.service), institution: phrases(w.institution), paid: phrases(w.paid), unpaid: phrases(w.unpaid), negation: phrases(words.negation) }));
  }
  return built;
}

export function readPreviousService(text: string, words: Words): PreviousService | undefined {
  const { service, institution, paid: paidWords, unpaid: unpaidWords, negation } = patternsOf(words);
  if (!service || !institution) return undefined;
  // Most messages name no service: one look over the whole text first.
  if (!has(service, text) || !has(institution, text)) return undefined;
  // Clause by clause: "I'm Italian, 26" is not part of the traineeship.
  for (const clause of text.split(/[.,;!?\n]+/)) {
    if (!has(service, clause) || !has(institution, clause)) continue;
    const found = durations(clause, [words]).sort((a, b) => b.amount * DAYS[b.unit] - a.amount * DAYS[a.unit])[0];
    const unpaid = has(unpaidWords, clause);
    const paid = unpaid ? false : has(paidWords, clause) ? true : undefined;
    if (found) return { amount: found.amount, unit: found.unit, ...(paid !== undefined ? { paid } : {}) };
    if (has(negation, clause)) return { amount: 0, unit: "month" };
  }
  return undefined;
}

function longer(s: PreviousService, rule: PreviousServiceRule): boolean {
  return s.amount * DAYS[s.unit] > rule.limit.amount * DAYS[rule.limit.unit];
}

const limitParams = (rule: PreviousServiceRule) => ({
  amount: rule.limit.amount,
  unit: rule.limit.unit,
  consecutive: rule.consecutive ? "yes" : "no",
  paid: rule.paidOnly ? "yes" : "no",
});

export const previousService: CriterionType<"previous-service"> = {
  type: "previous-service",
  ask: "eligibility.ask.previousService",
  // Most candidates never served in an institution: until the user speaks of it, it is named as a condition.
  checkable: (_rule, profile: Profile) => profile.previousService !== undefined,
  label: (ctx, rule) => ctx.t("eligibility.previousService.label", limitParams(rule)),
  assess(ctx, rule, profile) {
    const s = profile.previousService;
    if (!s) return { status: "unknown", reason: ctx.t("eligibility.ask.previousService", limitParams(rule)) };
    const params = { ...limitParams(rule), have: s.amount, haveUnit: s.unit };
    if (!s.amount) return { status: "met", reason: ctx.t("eligibility.previousService.metNone", params) };
    if (rule.paidOnly && s.paid === false) return { status: "met", reason: ctx.t("eligibility.previousService.metUnpaid", params) };
    if (!longer(s, rule)) return { status: "met", reason: ctx.t("eligibility.previousService.metShort", params) };
    if (rule.paidOnly && s.paid === undefined) return { status: "unknown", reason: ctx.t("eligibility.previousService.askPaid", params) };
    return { status: "not_met", reason: ctx.t("eligibility.previousService.notMet", params) };
  },
  // "And what if it had been paid?": the service the user spoke of, paid (or unpaid) as supposed.
  suppose(text, words, profile) {
    const s = profile.previousService;
    if (!s?.amount) return undefined;
    const unpaid = has(phrases(words.previousService.unpaid), text);
    const paid = !unpaid && has(phrases(words.previousService.paid), text);
    if (!unpaid && !paid) return undefined;
    return { ...profile, previousService: { ...s, paid } };
  },
  fields: (f, rule) => [{ id: "previousServiceMonths", kind: "number", label: f.t("form.previousServiceMonths", { paid: rule.paidOnly ? "yes" : "no" }), min: 0, max: 600 }],
};
