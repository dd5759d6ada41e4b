// What the notice does not say: said plainly, with where to ask and the nearest passage it does have.
import { quoteAt, sentence, silence, type Intent } from "../context.js";

export const uncovered: Intent = (ctx) => {
  const topic = ctx.u.uncovered;
  const parts = [silence(ctx, topic?.subject ?? "that")];
  const citations = [];
  const related = topic?.cite ? quoteAt(ctx.facts, topic.cite) : undefined;
  if (related) {
    parts.push(`What it does say nearby: “${sentence(related)}”`);
    citations.push(ctx.cite(related));
  }
  const address = ctx.facts.application.address;
  if (address && !related) citations.push(ctx.cite(address.quote));
  return { parts, citations, gap: "not_in_notice" };
};
