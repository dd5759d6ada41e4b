// How many posts.
import { sentence, silence, type Intent } from "../context.js";

export const posts: Intent = (ctx) => {
  const p = ctx.facts.posts;
  if (!p) return { parts: [silence(ctx, "how many posts there are")], citations: [], gap: "not_in_notice" };
  return {
    parts: [`${p.value === 1 ? "There is 1 post" : `There are ${p.value} posts`} to fill.`, `The notice says: “${sentence(p.quote)}”`],
    citations: [ctx.cite(p.quote)],
  };
};
