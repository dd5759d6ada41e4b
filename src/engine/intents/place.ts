// Where the job is.
import { silence, type Intent } from "../context.js";

export const place: Intent = (ctx) => {
  const p = ctx.facts.place;
  if (!p) return { parts: [silence(ctx, "the place of employment")], citations: [], gap: "not_in_notice" };
  const parts = [`The place of employment is ${p.value}.`];
  const citations = [ctx.cite(p.quote)];
  if (ctx.facts.service || ctx.facts.directorate)
    parts.push(`You would work for ${[ctx.facts.service?.value, ctx.facts.directorate?.value].filter(Boolean).join(", ")}.`);
  return { parts, citations };
};
