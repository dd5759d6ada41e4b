// How many posts.
import { askedNumber, confirm, sentence, silence, type Intent } from "../context.js";

export const posts: Intent = (ctx) => {
  const p = ctx.facts.posts;
  if (!p) return { parts: [silence(ctx, "how many posts there are")], citations: [], gap: "not_in_notice" };
  return {
    parts: [`${confirm(ctx, askedNumber(ctx, "(?:posts?|positions?|vacanc(?:y|ies)|people|persons|candidates)"), p.value)}${p.value === 1 ? "there is 1 post" : `there are ${p.value} posts`} to fill.`.replace(/^t/, (t) => t.toUpperCase()), `The notice says: “${sentence(p.quote)}”`],
    citations: [ctx.cite(p.quote)],
  };
};
