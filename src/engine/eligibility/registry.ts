// The registry of criterion types: the eligibility check, the questions it asks and the form are all drawn
// from it, so a new type is one module here and its messages in the catalogue.
import type { Criterion, EligibilityForm, FormField, Verdict } from "../../answer.js";
import type { Profile } from "../session.js";
import type { CriterionRule, RuleOf, Words } from "../../knowledge/schema.js";
import type { Context } from "../context.js";
import { age } from "./age.js";
import { citizenship } from "./citizenship.js";
import { check, condition } from "./condition.js";
import { creditNote, countedProfile } from "./doctorate-credit.js";
import { education } from "./education.js";
import { experience } from "./experience.js";
import { languages } from "./languages.js";
import { previousService } from "./previous-service.js";
import { status } from "./status.js";
import type { CriterionType, FieldContext } from "./types.js";

type Registry = { [T in CriterionRule["type"]]: CriterionType<T> };

export const registry: Registry = { citizenship, education, experience, languages, status, age, condition, check, "previous-service": previousService };

/** The order a check asks in: who may apply first, then studies, experience, languages. */
const ORDER: CriterionRule["type"][] = ["status", "citizenship", "age", "education", "experience", "languages", "previous-service", "condition", "check"];

function typeOf<T extends CriterionRule["type"]>(rule: RuleOf<T>): CriterionType<T> {
  return registry[rule.type as T] as CriterionType<T>;
}

/** The id a criterion answers under: its type, or the condition's own id. */
export function criterionId(rule: CriterionRule, index: number): string {
  if (rule.type === "condition") return rule.id;
  if (rule.type === "check") return `check-${index}`;
  return rule.type;
}

export function ordered(rules: CriterionRule[]): CriterionRule[] {
  return [...rules].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
}

/** Every criterion of the notice assessed against a profile, and the verdict over those chat can check. */
export function assessAll(ctx: Context, told: Profile): { criteria: Criterion[]; rules: CriterionRule[]; verdict: Verdict } {
  // Experience as the notice counts it: from the user's start date, with a doctorate up to the notice's cap.
  const { profile } = countedProfile(ctx, told);
  const rules = ordered(ctx.facts.eligibility.criteria);
  const criteria = rules.map((rule, i): Criterion => {
    const t = typeOf(rule);
    const a = t.assess(ctx, rule, profile, rules);
    return { id: criterionId(rule, i), label: t.label(ctx, rule), status: a.status, reason: a.reason, checkable: t.checkable(rule, profile, ctx) };
  });
  const checkable = criteria.filter((c) => c.checkable);
  const verdict: Verdict = checkable.some((c) => c.status === "not_met")
    ? "not_eligible"
    : checkable.length && checkable.every((c) => c.status === "met")
      ? "eligible"
      : "incomplete";
  return { criteria, rules, verdict };
}

/** The user's facts as a supposition after a check changes them ("what if it had been paid?"), or undefined. */
export function supposed(rules: CriterionRule[], text: string, words: Words, profile: Profile): Profile | undefined {
  for (const rule of rules) {
    const p = typeOf(rule).suppose?.(text, words, profile);
    if (p) return p;
  }
  return undefined;
}

/** Notes a type adds after the check. */
export function notesFor(ctx: Context, profile: Profile): string[] {
  return [...creditNote(ctx, countedProfile(ctx, profile).counted), ...ctx.facts.eligibility.criteria.flatMap((rule) => typeOf(rule).notes?.(ctx, rule, profile) ?? [])];
}

/** The question for a criterion still unknown. */
export function askFor(ctx: Context, rule: CriterionRule): string {
  return ctx.t(typeOf(rule).ask, { routes: rule.type === "status" ? status.label(ctx, rule) : "" });
}

/** The form's fields: those the notice's criteria need, in the check's order, each once. */
export function formFields(rules: CriterionRule[], f: FieldContext): FormField[] {
  const seen = new Set<string>();
  return ordered(rules)
    .flatMap((rule) => typeOf(rule).fields?.(f, rule) ?? [])
    .filter((field) => !seen.has(field.id) && (seen.add(field.id), true));
}

/** The facts a submitted form gives for the registry's own fields (education level, experience, age, statuses). */
export function formFacts(form: EligibilityForm, rules: CriterionRule[]): Profile {
  const p: Profile = {};
  if (form.educationLevel) p.educationLevel = form.educationLevel;
  if (typeof form.experienceYears === "number") p.experienceYears = form.experienceYears;
  if (typeof form.age === "number") p.age = form.age;
  if (typeof form.previousServiceMonths === "number") p.previousService = { amount: form.previousServiceMonths, unit: "month", paid: true };
  if (form.statuses?.length) {
    const has = (s: "official" | "laureate" | "certificate" | "employer") => form.statuses!.includes(s);
    p.official = has("official");
    p.publicEmployer = has("employer");
    p.laureate = has("laureate");
    p.certificate = has("certificate");
    // A laureate ticked on this notice's form is a laureate of the competition it names.
    if (p.laureate) p.competitions = rules.flatMap((c) => (c.type === "status" ? c.routes.flatMap((r) => (r.kind === "laureate" ? [r.competition] : [])) : []));
  }
  return p;
}
