// Professional experience: a minimum of years, perhaps counted after the diploma, perhaps part of it in a
// narrower field. Experience that a route of the education criterion needs does not count twice.
import type { Profile } from "../session.js";
import type { CriterionRule, RuleOf } from "../../knowledge/schema.js";
import type { Context } from "../context.js";
import { experienceYearsOf } from "./since.js";
import { routeStatus } from "./education.js";
import type { CriterionType } from "./types.js";

/** Years of experience the education criterion takes for itself ("forms an integral part of the education requirement"). */
export function integralYears(all: CriterionRule[], profile: Profile): number {
  const edu = all.find((r): r is RuleOf<"education"> => r.type === "education");
  if (!edu) return 0;
  const met = edu.routes.filter((r) => routeStatus(r, profile) === "met");
  if (!met.length || met.some((r) => !r.experienceIntegral || !r.experienceYears)) return 0;
  return Math.min(...met.map((r) => r.experienceYears!));
}

/** True when the user's words for their experience share a word with the field the notice names. */
function inField(field: string, words: string | undefined): boolean | undefined {
  if (!words) return undefined;
  const stems = (s: string) => (s.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 5));
  const want = new Set(stems(field));
  return stems(words).some((w) => want.has(w));
}

export { experienceYearsOf };

/** "traineeship", "unpaid", "both" or "none": what the notice says does not count as experience, for the messages. */
function notCountedOf(rule: RuleOf<"experience">): string {
  const k = rule.notCounted?.kinds ?? [];
  return k.length === 2 ? "both" : (k[0] ?? "none");
}

export const experience: CriterionType<"experience"> = {
  type: "experience",
  ask: "eligibility.ask.experience",
  checkable: () => true,
  label: (ctx, rule) =>
    ctx.t("eligibility.experience.label", { years: rule.minYears, after: rule.afterDiploma ? "yes" : "no", field: rule.field ?? "", partYears: rule.part?.minYears ?? 0, partField: rule.part?.field ?? "", notCounted: notCountedOf(rule) }),
  assess(ctx, rule, profile, all) {
    const years = experienceYearsOf(ctx, profile);
    if (years === undefined) return { status: "unknown", reason: ctx.t("eligibility.ask.experience") };
    const extra = integralYears(all, profile);
    const need = rule.minYears + extra;
    if (years < need)
      return {
        status: "not_met",
        reason: extra
          ? ctx.t("eligibility.experience.notMetIntegral", { have: years, min: rule.minYears, extra, need })
          : ctx.t("eligibility.experience.notMet", { have: years, min: rule.minYears, after: rule.afterDiploma ? "yes" : "no" }),
      };
    if (rule.part) {
      const part = profile.experiencePartYears ?? (inField(rule.part.field, profile.experienceWords) ? years : undefined);
      if (part === undefined) return { status: "unknown", reason: ctx.t("eligibility.experience.askPart", { years: rule.part.minYears, field: rule.part.field }) };
      if (part < rule.part.minYears) return { status: "not_met", reason: ctx.t("eligibility.experience.notMetPart", { have: part, years: rule.part.minYears, field: rule.part.field }) };
    }
    return { status: "met", reason: ctx.t("eligibility.experience.met", { have: years, need, extra }) };
  },
  fields: (f) => [{ id: "experienceYears", kind: "number", label: f.t("form.experienceYears"), min: 0, max: 50 }],
};
