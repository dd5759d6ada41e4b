// Age: the candidate must be under the age the notice states (the retirement age).
import type { CriterionType } from "./types.js";

export const age: CriterionType<"age"> = {
  type: "age",
  ask: "eligibility.ask.age",
  checkable: () => true,
  label: (ctx, rule) => ctx.t("eligibility.age.label", { max: rule.maxAge }),
  assess(ctx, rule, profile) {
    if (profile.age === undefined) return { status: "unknown", reason: ctx.t("eligibility.ask.age") };
    return profile.age < rule.maxAge
      ? { status: "met", reason: ctx.t("eligibility.age.met", { age: profile.age, max: rule.maxAge }) }
      : { status: "not_met", reason: ctx.t("eligibility.age.notMet", { age: profile.age, max: rule.maxAge }) };
  },
  fields: (f) => [{ id: "age", kind: "number", label: f.t("form.age"), min: 14, max: 99 }],
};
