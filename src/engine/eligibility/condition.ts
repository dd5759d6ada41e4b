// Conditions chat cannot check (military service, fitness, references), and passages the importer could not
// type: both are named as still to be met, with the notice's words, and never decide the verdict.
import { sentence } from "../context.js";
import type { CriterionType } from "./types.js";

export const condition: CriterionType<"condition"> = {
  type: "condition",
  ask: "eligibility.notCheckable",
  checkable: () => false,
  label: (_ctx, rule) => sentence(rule.label).replace(/\.$/, ""),
  assess: (ctx) => ({ status: "unknown", reason: ctx.t("eligibility.notCheckable") }),
};

export const check: CriterionType<"check"> = {
  type: "check",
  ask: "eligibility.checkYourself",
  checkable: () => false,
  label: (ctx, rule) => ctx.t("eligibility.check.label", { quote: sentence(rule.quote) }),
  assess: (ctx) => ({ status: "unknown", reason: ctx.t("eligibility.checkYourself") }),
};
