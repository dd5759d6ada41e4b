// What no rule covers: the passage of the notice closest to the question, or an honest "it does not say".
import { silence, type Intent } from "../context.js";

export const search: Intent = (ctx) => {
  const [best] = ctx.search.search(ctx.u.text, 3);
  if (best && best.coverage >= 0.6 && best.score > 4) {
    return {
      parts: ["Here is what the notice says that comes closest to your question:", `“${best.passage.text}”`],
      citations: [{ sectionId: best.passage.sectionId, heading: best.passage.heading, quote: best.passage.text }],
      ...(best.coverage < 1 ? { gap: "low_confidence" as const } : {}),
    };
  }
  return { parts: [silence(ctx, "that")], citations: [], gap: "not_in_notice" };
};
