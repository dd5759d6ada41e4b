// Pay: the figures as the notice writes them (a basic salary, a net range, a living allowance), never
// computed; where it gives none, what it says pay is made up of.
import type { Citation } from "../../answer.js";
import { fromPassages, quoted, sentence, silence, type Intent } from "../context.js";

export const pay: Intent = (ctx) => {
  const { pay: basis, tax, salary, allowances, unpaid } = ctx.facts.contract;
  const parts: string[] = [];
  const citations: Citation[] = [];
  // The body pays no salary (a seconded expert's employer does): said first, in the notice's words, before any allowance.
  if (unpaid) {
    parts.push(quoted(ctx, unpaid.quote));
    citations.push(ctx.cite(unpaid.quote));
  }
  if (salary && !unpaid?.quote.includes(salary.quote)) {
    parts.push(ctx.t("pay.figures", { quote: sentence(salary.quote) }));
    citations.push(ctx.cite(salary.quote));
  } else if (!unpaid) parts.push(ctx.t("pay.noFigure"));
  for (const p of [basis, allowances]) {
    // A passage already inside the quoted figures is not said twice.
    if (!p || salary?.quote.includes(p.quote) || citations.some((c) => c.quote.includes(ctx.cite(p.quote).quote))) continue;
    parts.push(quoted(ctx, p.quote));
    citations.push(ctx.cite(p.quote));
  }
  if (tax) {
    // The tax in one plain line, with the notice's passage as its citation.
    parts.push(ctx.t("pay.tax"));
    citations.push(ctx.cite(tax.quote));
  }
  if (ctx.facts.grades) {
    const { min, max } = ctx.facts.grades;
    parts.push(ctx.t("pay.grades", { range: min === max ? min : `${min}–${max}` }));
    citations.push(ctx.cite(ctx.facts.grades.quote));
  }
  let known = Boolean(salary || basis || allowances || unpaid);
  if (!known) {
    // No typed figure nor make-up: the notice's passages on pay ("A competitive, tax-free salary."), or that it does not say.
    const open = fromPassages(ctx, "pay", ctx.t("pay.subject"), citations.map((c) => c.quote), 2);
    if (open.citations.length) {
      parts.push(...open.parts);
      citations.push(...open.citations);
      known = true;
    } else parts.push(silence(ctx, ctx.t("pay.subject")));
  }
  return { parts, citations, ...(known ? {} : { gap: "not_in_notice" as const }) };
};
