// Status: the post is open only to officials (of a function group), laureates of a named competition, or
// holders of a valid CAST/EPSO certificate. Holding one of the statuses is enough.
import type { CriterionStatus } from "../../answer.js";
import type { Profile } from "../session.js";
import type { RuleOf } from "../../knowledge/schema.js";
import type { Context } from "../context.js";
import { listOf } from "../context.js";
import { deadlineInstant } from "../../time/deadline.js";
import { formatMoment } from "../../time/format.js";
import { anyOf, type CriterionType } from "./types.js";

type Route = RuleOf<"status">["routes"][number];

const same = (a: string | undefined, b: string | undefined) => !a || !b || a.toUpperCase() === b.toUpperCase();

export function statusOf(route: Route, p: Profile): CriterionStatus {
  if (route.kind === "official") {
    if (p.official === undefined) return "unknown";
    return p.official && same(route.functionGroup, p.officialGroup) ? "met" : "not_met";
  }
  if (route.kind === "laureate") {
    if (p.laureate === undefined) return "unknown";
    if (!p.laureate) return "not_met";
    if (!p.competitions?.length) return "unknown";
    return p.competitions.some((c) => c.toUpperCase() === route.competition.toUpperCase()) ? "met" : "not_met";
  }
  if (route.kind === "employer") {
    if (p.publicEmployer === undefined) return "unknown";
    if (!p.publicEmployer) return "not_met";
    if (!route.months) return "met";
    const months = p.serviceMonths ?? (p.experienceYears !== undefined ? p.experienceYears * 12 : undefined);
    return months === undefined ? "unknown" : months >= route.months ? "met" : "not_met";
  }
  if (p.certificate === undefined) return "unknown";
  return p.certificate && same(route.functionGroup, p.certificateGroup) ? "met" : "not_met";
}

export function routeText(ctx: Context, route: Route): string {
  if (route.kind === "official") return ctx.t("eligibility.status.official", { group: route.functionGroup ?? "", hasGroup: route.functionGroup ? "yes" : "no" });
  if (route.kind === "laureate") return ctx.t("eligibility.status.laureate", { competition: route.competition });
  if (route.kind === "employer") return ctx.t("eligibility.status.employer", { months: route.months ?? 0 });
  const d = ctx.facts.deadline;
  const by = route.beforeDeadline && d ? formatMoment(deadlineInstant(d), d.zone, ctx.speaker) : "";
  return ctx.t("eligibility.status.certificate", { name: route.name, group: route.functionGroup ?? "", hasGroup: route.functionGroup ? "yes" : "no", before: route.beforeDeadline ? "yes" : "no", by });
}

export const status: CriterionType<"status"> = {
  type: "status",
  ask: "eligibility.ask.status",
  checkable: () => true,
  label: (ctx, rule) => listOf(rule.routes.map((r) => routeText(ctx, r)), ctx.t("eligibility.or")),
  assess(ctx, rule, profile) {
    const statuses = rule.routes.map((r) => statusOf(r, profile));
    const s = anyOf(statuses);
    const label = status.label(ctx, rule);
    if (s === "met") return { status: s, reason: ctx.t("eligibility.status.met", { route: routeText(ctx, rule.routes[statuses.indexOf("met")]!) }) };
    if (s === "not_met") return { status: s, reason: ctx.t("eligibility.status.notMet", { routes: label }) };
    return { status: s, reason: ctx.t("eligibility.ask.status", { routes: label }) };
  },
  fields: (f, rule) => [
    {
      id: "status",
      kind: "choice",
      multiple: true,
      label: f.t("form.status"),
      options: [...new Set(rule.routes.map((r) => r.kind)), "none" as const].map((value) => ({ value, label: f.t(`form.status.${value}`) })),
    },
  ],
};
