// Education: alternative routes, each a level (secondary … doctorate), a minimum length, and possibly years of
// professional experience on top. Meeting one route is enough.
import type { CriterionStatus } from "../../answer.js";
import type { Profile } from "../session.js";
import { educationLevels, type EducationLevel, type RuleOf } from "../../knowledge/schema.js";
import type { Context } from "../context.js";
import { listOf } from "../context.js";
import { anyOf, type CriterionType } from "./types.js";

type Route = RuleOf<"education">["routes"][number];

const rank = (l: EducationLevel) => educationLevels.indexOf(l);

/** The user's level: said outright, or university when they gave years of university studies. */
export function levelOf(profile: Profile): EducationLevel | "none" | undefined {
  if (profile.educationLevel) return profile.educationLevel;
  if (profile.studyYears === 0) return "none";
  if (profile.studyYears !== undefined) return "university";
  return undefined;
}

/** One route against the profile. */
export function routeStatus(route: Route, profile: Profile): CriterionStatus {
  const level = levelOf(profile);
  if (level === undefined) return "unknown";
  if (level === "none") return "not_met";
  // A university route is met by a master's or a doctorate as well; a degree is more than a post-secondary diploma.
  const needed = rank(route.level);
  if (rank(level) < needed) return "not_met";
  let status: CriterionStatus = "met";
  if (route.minYears && rank(route.level) <= rank("university")) {
    const years = profile.studyYears;
    if (years === undefined) status = "unknown";
    else if (years < route.minYears) status = profile.studyYearsAtLeast ? "unknown" : "not_met";
  }
  if (status !== "not_met" && route.experienceYears) {
    const exp = profile.experienceYears;
    if (exp === undefined) status = "unknown";
    else if (exp < route.experienceYears) status = "not_met";
  }
  return status;
}

export function routeText(ctx: Context, route: Route): string {
  return ctx.t("eligibility.education.route", {
    level: route.level.replace("-", ""),
    years: route.minYears ?? 0,
    experience: route.experienceYears ?? 0,
    fields: route.fields ? listOf(route.fields, ctx.t("eligibility.or")) : "",
    hasFields: route.fields ? "yes" : "no",
  });
}

export const education: CriterionType<"education"> = {
  type: "education",
  ask: "eligibility.ask.education",
  checkable: () => true,
  label: (ctx, rule) => {
    const only = rule.routes.length === 1 ? rule.routes[0]! : undefined;
    // One rule of N years of university studies, said as the notice's family of notices says it.
    if (only && only.level === "university" && only.minYears && !only.experienceYears && !only.fields) return ctx.t("eligibility.education.label", { years: only.minYears });
    return listOf(rule.routes.map((r) => routeText(ctx, r)), ctx.t("eligibility.or"));
  },
  assess(ctx, rule, profile) {
    const statuses = rule.routes.map((r) => routeStatus(r, profile));
    const status = anyOf(statuses);
    // A diploma from outside the EU counts only once recognised, where the notice says so.
    if (status === "met" && profile.diplomaOutsideEu && ctx.facts.eligibility.diplomaRecognition) {
      if (profile.diplomaRecognised === false) return { status: "not_met", reason: ctx.t("eligibility.education.notRecognised") };
      if (profile.diplomaRecognised !== true) return { status: "unknown", reason: ctx.t("eligibility.education.askRecognised") };
    }
    if (status === "met") {
      const route = rule.routes[statuses.indexOf("met")]!;
      return { status, reason: ctx.t("eligibility.education.met", { route: routeText(ctx, route) }) };
    }
    if (status === "not_met") {
      // The route the user's studies meet and their experience does not ("a 3-year degree + 10 years"), before any other.
      const reached = (r: Route) => r.experienceYears && rank(levelOf(profile) as EducationLevel) >= rank(r.level);
      const short = rule.routes.find((r) => reached(r) && (!r.minYears || (profile.studyYears ?? 0) >= r.minYears)) ?? rule.routes.find(reached);
      return {
        status,
        reason: short
          ? ctx.t("eligibility.education.notMetExperience", { route: routeText(ctx, short), years: short.experienceYears!, have: profile.experienceYears ?? 0 })
          : ctx.t("eligibility.education.notMet", { routes: education.label(ctx, rule) }),
      };
    }
    const waiting = rule.routes.find((r, i) => statuses[i] === "unknown")!;
    const needsExperience = waiting.experienceYears && profile.experienceYears === undefined && levelOf(profile) !== undefined;
    const foreign = profile.diplomaOutsideEu && ctx.facts.eligibility.diplomaRecognition ? ` ${ctx.t("eligibility.education.foreignNote")}` : "";
    return { status, reason: `${ctx.t(needsExperience ? "eligibility.ask.experience" : "eligibility.ask.education")}${foreign}` };
  },
  // The level is asked only where a route names one (a doctorate, post-secondary education); years of university studies otherwise.
  fields: (f, rule) => [
    ...(rule.routes.some((r) => r.level !== "university" || !r.minYears)
      ? [{ id: "educationLevel", kind: "choice" as const, label: f.t("form.educationLevel"), options: educationLevels.map((l) => ({ value: l, label: f.t(`form.educationLevel.${l}`) })) }]
      : []),
    ...(rule.routes.some((r) => r.minYears) ? [{ id: "studyYears", kind: "number" as const, label: f.t("form.studyYears"), min: 0, max: 12 }] : []),
    { id: "diploma", kind: "choice", label: f.t("form.diploma"), options: ["eu", "recognised", "not_recognised"].map((value) => ({ value, label: f.t(`form.diploma.${value}`) })) },
  ],
};
