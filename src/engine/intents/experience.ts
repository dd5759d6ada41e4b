// Experience and other strengths: required only where the notice makes experience an eligibility criterion (or
// part of a route of its education criterion); otherwise what makes an application stand out.
import type { Citation } from "../../answer.js";
import type { RuleOf } from "../../knowledge/schema.js";
import { routeText } from "../eligibility/education.js";
import { registry } from "../eligibility/registry.js";
import { listOf, sentence, type Intent } from "../context.js";
import { gradeByExperience } from "./grade.js";
import { bestQuotes } from "./rank.js";

export const experience: Intent = (ctx) => {
  const all = ctx.facts.eligibility.criteria;
  const rule = all.find((c): c is RuleOf<"experience"> => c.type === "experience");
  const education = all.find((c): c is RuleOf<"education"> => c.type === "education");
  const withExperience = education?.routes.filter((r) => r.experienceYears) ?? [];
  const assets = ctx.facts.assets;
  const parts: string[] = [];
  const citations: Citation[] = [];
  // "What education and experience do I need?": both topics asked, both answered, the education first.
  const alsoEducation = ctx.u.topics.has("eligibility.education") && education ? education : undefined;
  if (alsoEducation) {
    parts.push(ctx.t("criteria.education.rule", { routes: listOf(alsoEducation.routes.map((r) => routeText(ctx, r)), ctx.t("eligibility.or")) }));
    citations.push(ctx.cite(alsoEducation.quote));
  }
  if (rule) {
    parts.push(ctx.t("experience.required", { label: registry.experience.label(ctx, rule).replace(/^\p{Lu}/u, (c) => c.toLowerCase()) }));
    citations.push(ctx.cite(rule.quote));
  } else if (withExperience.length && education) {
    if (!alsoEducation)
      parts.push(ctx.t("experience.inEducation", { routes: listOf(education.routes.map((r) => routeText(ctx, r)), ctx.t("eligibility.or")) }));
    citations.push(ctx.cite(education.quote));
  } else parts.push(ctx.t("experience.notRequired"));
  if (assets.length) {
    const best = bestQuotes(ctx, assets.map((a) => a.quote), 1);
    parts.push(`${ctx.t("experience.assets")}\n${assets.map((a) => `• ${sentence(a.quote)}`).join("\n")}`);
    for (const q of [...new Set([...best, ...assets.map((a) => a.quote)])]) citations.push(ctx.cite(q));
  }
  const mandatory = all.filter((c) => c.type !== "condition" && c.type !== "check" && c.type !== "experience").map((c) => registry[c.type].label(ctx, c as never));
  if (!rule && !withExperience.length && mandatory.length) parts.push(ctx.t("experience.mandatory", { list: listOf(mandatory.map((m) => m.replace(/^\p{Lu}/u, (c) => c.toLowerCase())), ctx) }));
  if (ctx.facts.eligibility.when) citations.push(ctx.cite(ctx.facts.eligibility.when.quote));
  // Where the grade follows the years of experience, the user's years give it.
  const byExperience = gradeByExperience(ctx, true);
  parts.push(...byExperience.parts);
  citations.push(...byExperience.citations);
  return { parts, citations };
};
