// Age: the candidate must be at least the minimum age the notice states, and under its maximum (a maximum age or
// the retirement age). A maximum counted to the end of the contract ("must not have reached the retirement age by
// the end of the contract") is the user's age plus the first contract's years, as the notice gives them; without
// them the rule is named as one to check.
import type { RuleOf } from "../../knowledge/schema.js";
import type { Context } from "../context.js";
import type { Profile } from "../session.js";
import type { Assessment, CriterionType } from "./types.js";

/** The first contract's length in years, as the notice gives it. */
const contractYears = (ctx: Context) => ctx.facts.contract.firstContract?.years;

/** The rule as the notice's sentences say it, its parts joined ("At least 18 years old and under the age of 30"). */
function label(ctx: Context, rule: RuleOf<"age">): string {
  const parts: string[] = [];
  if (rule.minAge !== undefined) parts.push(ctx.t("eligibility.age.minLabel", { min: rule.minAge }));
  if (rule.maxAge !== undefined)
    parts.push(ctx.t(rule.byContractEnd ? "eligibility.age.endLabel" : rule.retirement ? "eligibility.age.label" : "eligibility.age.maxLabel", { max: rule.maxAge }));
  return parts.map((p, i) => (i ? p.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase()) : p)).join("; ");
}

/** Decidable unless the maximum is counted to the end of a contract whose length the notice does not give. */
function checkable(ctx: Context | undefined, rule: RuleOf<"age">, profile: Profile): boolean {
  if (!rule.byContractEnd || rule.maxAge === undefined || profile.age === undefined) return true;
  if (profile.age >= rule.maxAge || (rule.minAge !== undefined && profile.age < rule.minAge)) return true;
  return ctx ? contractYears(ctx) !== undefined : false;
}

function assess(ctx: Context, rule: RuleOf<"age">, profile: Profile): Assessment {
  const age = profile.age;
  if (age === undefined) return { status: "unknown", reason: ctx.t("eligibility.ask.age") };
  const { minAge: min, maxAge: max } = rule;
  if (min !== undefined && age < min) return { status: "not_met", reason: ctx.t("eligibility.age.minNotMet", { age, min }) };
  if (max === undefined) return { status: "met", reason: ctx.t("eligibility.age.minMet", { age, min: min! }) };
  if (age >= max) return { status: "not_met", reason: ctx.t("eligibility.age.notMet", { age, max }) };
  if (!rule.byContractEnd) return { status: "met", reason: ctx.t("eligibility.age.met", { age, max }) };
  const years = contractYears(ctx);
  if (years === undefined) return { status: "unknown", reason: ctx.t("eligibility.age.endUnknown", { age, max }) };
  // Ages are whole years: at the end of an N-year contract the user is at least age + N, and under age + N + 1.
  return age + years < max
    ? { status: "met", reason: ctx.t("eligibility.age.endMet", { age, max, years }) }
    : { status: "not_met", reason: ctx.t("eligibility.age.endNotMet", { age, max, years, end: age + years }) };
}

export const age: CriterionType<"age"> = {
  type: "age",
  ask: "eligibility.ask.age",
  checkable: (rule, profile, ctx) => checkable(ctx, rule, profile),
  label,
  assess,
  fields: (f) => [{ id: "age", kind: "number", label: f.t("form.age"), min: 14, max: 99 }],
};
