// The eligibility criteria as the notice states them, when someone asks what they are rather than whether they
// meet them; a question about one criterion ("Do I need a degree?", "Can non-EU citizens apply?") is answered from
// its typed rule, with the facts the question names assessed against it. The user is offered the personal check.
import type { Citation } from "../../answer.js";
import { educationLevels, type RuleOf } from "../../knowledge/schema.js";
import { allowedSet, isAllowed } from "../eligibility/citizenship.js";
import { routeStatus, routeText } from "../eligibility/education.js";
import { registry } from "../eligibility/registry.js";
import { listOf, quoted, sentence, silence, type Context, type Intent, type Reply } from "../context.js";
import { bestQuotes } from "./rank.js";
import { phraseRegExp } from "../language-pack.js";
import { normalizeForMatch } from "../../text/normalize.js";
import { statusNotRequired } from "../status-passages.js";
import { escapeRegExp } from "../../text/regexp.js";

const ruleOf = <T extends RuleOf<"citizenship" | "education">["type"]>(ctx: Context, type: T) =>
  ctx.facts.eligibility.criteria.find((c): c is Extract<RuleOf<T>, { type: T }> => c.type === type);

export const criteria: Intent = (ctx) => {
  const e = ctx.facts.eligibility;
  const address = ctx.facts.application.address?.value;
  if (ctx.u.topics.has("eligibility.residence")) {
    // "Do I need to live in Belgium?": a criterion whose words speak of living somewhere answers it; else that none does, and the citizenship rule.
    const residence = phraseRegExp(ctx.lexicon.words.residence.map(normalizeForMatch), "iu");
    const rule = ctx.language === ctx.facts.language && residence ? ctx.facts.eligibility.criteria.find((c) => residence.test(normalizeForMatch(c.quote))) : undefined;
    if (rule) return { parts: [ctx.t("criteria.condition.yes", { quote: sentence(rule.quote) })], citations: [ctx.cite(rule.quote)] };
    const citizenship = ruleOf(ctx, "citizenship");
    const own = citizenship ? citizenshipFocus({ ...ctx, u: { ...ctx.u, countries: [], asked: {} } }, citizenship) : { parts: [], citations: [] };
    return { parts: [ctx.t("criteria.residence.notRequired"), ...own.parts], citations: own.citations };
  }
  if (ctx.u.topics.has("eligibility.condition")) {
    // A question about one condition (military service, fitness, references): that condition, or that it is not one.
    const conditions = [...e.criteria.filter((c) => c.type === "condition").map((c) => c.quote), ...(ctx.facts.recruitment.medical ? [ctx.facts.recruitment.medical.quote] : [])];
    const best = bestQuotes(ctx, conditions, 1);
    if (best.length) return { parts: [ctx.t("criteria.condition.yes", { quote: sentence(best[0]!) }), ctx.t("criteria.condition.cannotCheck")], citations: [ctx.cite(best[0]!)] };
    return { parts: [ctx.t("criteria.condition.no", { address: address ?? "", hasAddress: address ? "yes" : "no" })], citations: e.when ? [ctx.cite(e.when.quote)] : [], gap: "not_in_notice" };
  }
  const focused = focus(ctx);
  if (focused) return focused;
  const lines: string[] = [];
  const citations: Citation[] = [];
  for (const q of new Set([...e.criteria.map((c) => c.quote), ...(e.diplomaRecognition ? [e.diplomaRecognition.quote] : []), ...(e.clearance ? [e.clearance.quote] : [])])) {
    lines.push(`• ${sentence(q)}`);
    citations.push(ctx.cite(q));
  }
  if (!lines.length) return { parts: [ctx.t("eligibility.none", { address: address ?? "", hasAddress: address ? "yes" : "no" })], citations: [], gap: "not_in_notice" };
  const parts = [e.when ? sentence(e.when.quote) : ctx.t("criteria.intro"), lines.join("\n")];
  if (e.when) citations.unshift(ctx.cite(e.when.quote));
  const types = new Set(e.criteria.map((c) => c.type));
  if (!types.has("experience") && ctx.facts.assets.length) parts.push(ctx.t("criteria.experienceNot"));
  const offer = (["status", "citizenship", "age", "education", "experience", "languages"] as const).filter((t) => types.has(t) && registry[t]).map((t) => ctx.t(`criteria.offer.${t}`));
  if (offer.length) parts.push(ctx.t("criteria.offer", { facts: listOf(offer, ctx) }));
  return { parts, citations };
};

/** A question about one criterion, answered from its rule. */
function focus(ctx: Context): Reply | undefined {
  const asks = (t: string) => ctx.u.topics.has(`eligibility.${t}`);
  // "Must I already be an official?" where no status is a criterion: no, and what the status does change.
  const noStatus = ctx.u.hypothetical ? statusNotRequired(ctx) : undefined;
  if (noStatus) return noStatus;
  const education = ruleOf(ctx, "education");
  const citizenship = ruleOf(ctx, "citizenship");
  if (asks("education") && education) {
    let reply = educationFocus(ctx, education);
    // "What education and experience do I need?": the experience rule too, where the notice has one.
    const experience = ctx.facts.eligibility.criteria.find((c) => c.type === "experience");
    if (asks("experience") && experience) {
      const label = registry.experience.label(ctx, experience as never).replace(/^\p{Lu}/u, (c) => c.toLowerCase());
      reply = { ...reply, parts: [...reply.parts, ctx.t("criteria.rule", { label, quote: sentence(experience.quote) })], citations: [...reply.citations, ctx.cite(experience.quote)] };
    }
    // "Do I need EU citizenship and what degree?": both rules, in the order the topics were read.
    if (!asks("citizenship") || !citizenship) return reply;
    const other = citizenshipFocus(ctx, citizenship);
    const [a, b] = [...ctx.u.topics].indexOf("eligibility.citizenship") < [...ctx.u.topics].indexOf("eligibility.education") ? [other, reply] : [reply, other];
    return { parts: [...a.parts, ...b.parts], citations: [...a.citations, ...b.citations] };
  }
  if ((asks("citizenship") || ctx.u.asked.nationalities || ctx.u.countries.length > 0) && citizenship) return citizenshipFocus(ctx, citizenship);
  // A notice with criteria but no nationality rule of its own: said so, with who may apply instead.
  if (asks("citizenship") && !citizenship && ctx.facts.eligibility.criteria.length) {
    const status = ctx.facts.eligibility.criteria.find((c) => c.type === "status");
    const parts = [ctx.t("criteria.citizenship.none")];
    if (status) parts.push(ctx.t("criteria.rule", { label: registry.status.label(ctx, status as never).replace(/^\p{Lu}/u, (c) => c.toLowerCase()), quote: sentence(status.quote) }));
    return { parts, citations: status ? [ctx.cite(status.quote)] : [] };
  }
  // Any other type asked about ("Is there an age limit?", "Must I be an official?"): its rule in the notice's words.
  for (const type of ["age", "status", "experience"] as const) {
    const rule = ctx.facts.eligibility.criteria.find((c) => c.type === type);
    if (asks(type) && rule) {
      const label = registry[type].label(ctx, rule as never);
      return { parts: [ctx.t("criteria.rule", { label: label.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), quote: sentence(rule.quote) })], citations: [ctx.cite(rule.quote)] };
    }
  }
  // "Is there an age limit?" where no criterion speaks of age (the importer types every passage that does): none is set.
  if (asks("age") && !asks("citizenship") && !asks("education") && ctx.facts.eligibility.criteria.length)
    return { parts: [silence(ctx, ctx.t("subject.uncovered.age"))], citations: [], gap: "not_in_notice" };
  return undefined;
}

function educationFocus(ctx: Context, rule: RuleOf<"education">): Reply {
  const parts = [ctx.t("criteria.education.rule", { routes: listOf(rule.routes.map((r) => routeText(ctx, r)), ctx.t("eligibility.or")) })];
  const citations: Citation[] = [ctx.cite(rule.quote)];
  const asked = ctx.u.asked;
  const single = rule.routes.length === 1 && rule.routes[0]!.level === "university" && rule.routes[0]!.minYears ? rule.routes[0]!.minYears : undefined;
  if (single !== undefined && asked.studyYears !== undefined && asked.studyYears > 0) {
    // One rule of N years of university studies: the answer is about the length, not the degree's name.
    if (asked.studyYearsAtLeast && asked.studyYears >= single) parts.unshift(ctx.t("criteria.education.anyDegree"));
    else if (!asked.studyYearsAtLeast) parts.unshift(ctx.t(asked.studyYears >= single ? "criteria.education.yesYears" : "criteria.education.noYears", { years: asked.studyYears, min: single }));
  } else if (asked.educationLevel) {
    const statuses = rule.routes.map((r) => routeStatus(r, asked));
    const met = statuses.indexOf("met");
    const level = asked.educationLevel;
    // "Is a PhD required?": a level above every route's is not an eligibility criterion; the selection may value it.
    if (rule.routes.every((r) => educationLevels.indexOf(level) > educationLevels.indexOf(r.level))) {
      parts.unshift(ctx.t("criteria.education.notRequired", { degree: routeText(ctx, { level, quote: rule.quote }) }));
      const names = (ctx.reference.degrees?.degrees ?? []).filter((d) => d.level === level).flatMap((d) => d.names.map((n) => n.toLowerCase()));
      const named = new RegExp(`(?<![\\p{L}])(?:${names.map((n) => escapeRegExp(n)).join("|")})(?![\\p{L}])`, "iu");
      for (const c of [...ctx.facts.selectionCriteria, ...ctx.facts.assets.map((a) => ({ essential: false, quote: a.quote }))])
        if (names.length && named.test(c.quote)) {
          parts.push(ctx.t("criteria.education.selection", { essential: c.essential ? "yes" : "no", quote: sentence(c.quote) }));
          citations.push(ctx.cite(c.quote));
        }
    } else if (met >= 0) parts.unshift(ctx.t("criteria.education.yes", { route: routeText(ctx, rule.routes[met]!) }));
    else if (statuses.every((s) => s === "not_met")) parts.unshift(ctx.t("criteria.education.no", { routes: listOf(rule.routes.map((r) => routeText(ctx, r)), ctx.t("eligibility.or")) }));
  }
  const recognition = ctx.facts.eligibility.diplomaRecognition;
  if (recognition) {
    parts.push(quoted(ctx, recognition.quote));
    citations.push(ctx.cite(recognition.quote));
  }
  return { parts, citations };
}

function citizenshipFocus(ctx: Context, rule: RuleOf<"citizenship">): Reply {
  if (rule.allowed === "any") return { parts: [ctx.t("criteria.citizenship.anyone"), sentence(rule.quote)], citations: [ctx.cite(rule.quote)] };
  const codes = ctx.u.asked.nationalities ?? ctx.u.countries.map((c) => c.code);
  const named = codes.map((code) => {
    const member = ctx.reference.countries.memberStates.find((c) => c.code === code);
    const other = ctx.reference.countries.otherCountries.find((c) => c.code === code);
    if (member) return ctx.t("criteria.citizenship.yesMember", { country: member.name });
    if (isAllowed(ctx, rule, code)) return ctx.t("criteria.citizenship.yesNamed", { country: other?.name ?? code });
    return ctx.t("criteria.citizenship.no", { country: other?.name ?? code, note: other?.group ?? "", hasNote: other?.group ? "yes" : "no" });
  });
  return {
    parts: [...named, ctx.t("criteria.citizenship.only", { allowed: allowedSet(ctx, rule), quote: sentence(rule.quote) }), ctx.t("criteria.citizenship.dual")],
    citations: [ctx.cite(rule.quote)],
  };
}
