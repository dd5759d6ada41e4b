// How many posts.
import { askedNumber, isYesNoQuestion, says, silence, subject, type Intent } from "../context.js";

export const posts: Intent = (ctx) => {
  const p = ctx.facts.posts;
  if (!p) return { parts: [silence(ctx, subject(ctx, "posts"))], citations: [], gap: "not_in_notice" };
  const asked = askedNumber(ctx, "post");
  const lead = asked === undefined || !isYesNoQuestion(ctx) ? "none" : asked === p.value ? "yes" : "no";
  return {
    parts: [ctx.t(p.value === 1 ? "posts.one" : "posts.many", { lead, n: p.value }), says(ctx, p.quote)],
    citations: [ctx.cite(p.quote)],
  };
};
