// The eligibility criteria as the notice states them, when someone asks what they are rather than
// whether they meet them; the user is offered the personal check.
import type { Citation } from "../../answer.js";
import { sentence, silence, type Intent } from "../context.js";
import { bestQuotes } from "./rank.js";

export const criteria: Intent = (ctx) => {
  const e = ctx.facts.eligibility;
  if (ctx.u.topics.has("eligibility.condition")) {
    // A question about one condition (military service, fitness, references): that condition, or that it is not one.
    const conditions = [...e.otherConditions.map((o) => o.quote), ...(ctx.facts.recruitment.medical ? [ctx.facts.recruitment.medical.quote] : [])];
    const best = bestQuotes(ctx, conditions, 1);
    if (best.length)
      return { parts: [`Yes. The notice says you must meet this condition: “${sentence(best[0]!)}”`, "It cannot be checked in chat."], citations: [ctx.cite(best[0]!)] };
    return { parts: [`The notice does not list that among its eligibility criteria.${ctx.facts.application.address ? ` You can ask at ${ctx.facts.application.address.value}.` : ""}`], citations: e.when ? [ctx.cite(e.when.quote)] : [], gap: "not_in_notice" };
  }
  const focused = focus(ctx);
  if (focused) return focused;
  const lines: string[] = [];
  const citations: Citation[] = [];
  const add = (quote: string | undefined) => {
    if (!quote) return;
    lines.push(`• ${sentence(quote)}`);
    citations.push(ctx.cite(quote));
  };
  add(e.citizenship?.quote);
  for (const o of e.otherConditions) add(o.quote);
  add(e.education?.quote);
  add(e.diplomaRecognition?.quote);
  add(e.languages?.main.quote);
  add(e.languages?.second?.quote);
  add(e.experience?.quote);
  add(e.clearance?.quote);
  if (!lines.length) return { parts: [silence(ctx, "eligibility criteria")], citations: [], gap: "not_in_notice" };
  const parts = [e.when ? sentence(e.when.quote) : "The notice sets these eligibility criteria:", lines.join("\n")];
  if (e.when) citations.unshift(ctx.cite(e.when.quote));
  if (!e.experience && ctx.facts.assets.length) parts.push("Professional experience is not an eligibility criterion; it only makes an application stand out.");
  parts.push("Tell me your nationality, your studies and your languages with levels, and I will check them for you.");
  return { parts, citations, followUps: ["Am I eligible?", "What languages do I need?"] };
};

/** A question about one criterion ("Do I need a degree?", "Does a 3-year bachelor count?", "Can non-EU citizens apply?"). */
function focus(ctx: Parameters<Intent>[0]): ReturnType<Intent> | undefined {
  const e = ctx.facts.eligibility;
  const asks = (t: string) => ctx.u.topics.has(`eligibility.${t}`);
  if (asks("education") && e.education) {
    const min = e.education.minYears;
    const parts = [`The notice requires completed university studies of at least ${min} years, attested by a diploma.`];
    const citations: Citation[] = [ctx.cite(e.education.quote)];
    const { studyYears, studyYearsAtLeast } = ctx.u.asked;
    if (studyYears !== undefined && studyYears > 0) {
      if (studyYearsAtLeast && studyYears >= min) parts.unshift(`A particular degree is not required: what counts is the length of completed university studies.`);
      else if (!studyYearsAtLeast) parts.unshift(studyYears >= min ? `Yes: ${studyYears} years of completed university studies meet the minimum of ${min}.` : `No: ${studyYears} year${studyYears === 1 ? "" : "s"} of studies is less than the minimum of ${min}.`);
    }
    if (e.diplomaRecognition) {
      parts.push(sentence(e.diplomaRecognition.quote));
      citations.push(ctx.cite(e.diplomaRecognition.quote));
    }
    return { parts, citations };
  }
  if ((asks("citizenship") || ctx.u.asked.nationalities) && e.citizenship) {
    const codes = ctx.u.asked.nationalities ?? ctx.u.countries.map((c) => c.code);
    const named = codes.map((code) => {
      const member = ctx.reference.countries.memberStates.find((c) => c.code === code);
      const other = ctx.reference.countries.otherCountries.find((c) => c.code === code);
      return member
        ? `Yes for citizens of ${member.name}: it is an EU member state.`
        : `No for citizens of ${other?.name ?? code} alone: it is not an EU member state${other?.group ? ` (${other.group})` : ""}.`;
    });
    return {
      parts: [...named, `Only citizens of an EU member state can apply. The notice says you must: “${sentence(e.citizenship.quote)}”`, "Holding another nationality as well does not matter, as long as one is of an EU member state."],
      citations: [ctx.cite(e.citizenship.quote)],
    };
  }
  return undefined;
}
