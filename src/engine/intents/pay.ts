// Pay: what the notice says it consists of; never a figure it does not give.
import type { Citation } from "../../answer.js";
import { sentence, silence, type Intent } from "../context.js";

export const pay: Intent = (ctx) => {
  const { pay: basis, tax } = ctx.facts.contract;
  const parts: string[] = ["The notice gives no salary figure."];
  const citations: Citation[] = [];
  if (basis) {
    parts.push(sentence(basis.quote));
    citations.push(ctx.cite(basis.quote));
  }
  if (tax) {
    // The notice's own sentence names "the European institutions"; said plainly, it is the EU's own tax.
    parts.push("Your pay is subject to a tax raised by the EU institutions.");
    citations.push(ctx.cite(tax.quote));
  }
  if (ctx.facts.grades) {
    parts.push(`The post is graded ${ctx.facts.grades.min}–${ctx.facts.grades.max}; the grade and step depend on your qualifications and experience.`);
    citations.push(ctx.cite(ctx.facts.grades.quote));
  }
  if (!basis) parts.push(silence(ctx, "how pay is made up"));
  return { parts, citations, ...(basis ? {} : { gap: "not_in_notice" as const }) };
};
