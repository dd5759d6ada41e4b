// Experience and other strengths: required only where the notice makes them eligibility criteria.
import { listOf, sentence, type Intent } from "../context.js";
import { bestQuotes } from "./rank.js";

export const experience: Intent = (ctx) => {
  const rule = ctx.facts.eligibility.experience;
  const assets = ctx.facts.assets;
  const parts: string[] = [];
  const citations = [];
  if (rule) {
    parts.push(`Yes: the notice requires at least ${rule.minYears} years of professional experience.`);
    citations.push(ctx.cite(rule.quote));
  } else {
    parts.push("Professional experience is not an eligibility criterion in this notice.");
  }
  if (assets.length) {
    const best = bestQuotes(ctx, assets.map((a) => a.quote), 1);
    parts.push(
      `What the notice lists as making an application stand out (“the ideal candidate will possess some, or all, of the following”):\n${assets.map((a) => `• ${sentence(a.quote)}`).join("\n")}`,
    );
    for (const q of [...new Set([...best, ...assets.map((a) => a.quote)])]) citations.push(ctx.cite(q));
  }
  const required = [
    ctx.facts.eligibility.citizenship && "citizenship of an EU member state",
    ctx.facts.eligibility.education && `university studies of at least ${ctx.facts.eligibility.education.minYears} years`,
    ctx.facts.eligibility.languages && "the language levels",
  ].filter((x): x is string => Boolean(x));
  if (!rule && required.length) parts.push(`The mandatory criteria are ${listOf(required)}.`);
  if (ctx.facts.eligibility.when) citations.push(ctx.cite(ctx.facts.eligibility.when.quote));
  return { parts, citations };
};
