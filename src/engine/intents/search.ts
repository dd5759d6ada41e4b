// What no rule covers: the passage of the notice closest to the question, or an honest "it does not say".
import { comparable } from "../../knowledge/text.js";
import { silence, type Intent } from "../context.js";

export const search: Intent = (ctx) => {
  const [best] = ctx.search.search(ctx.u.text, 3);
  if (best && best.coverage >= 0.6 && best.score > 4) {
    const text = best.passage.text.replace(/^(?:[-•*]|\d+\.)\s+/, "");
    const passage = comparable(text);
    const sought = [...(ctx.facts.profile?.knowledge ?? []), ...(ctx.facts.profile?.skills ?? []), ...ctx.facts.assets].some((q) => passage.includes(comparable(q.quote)));
    return {
      parts: [
        "Here is what the notice says that comes closest to your question:",
        `“${text}”`,
        ...(sought ? ["This is part of the profile the post looks for, not an eligibility criterion."] : []),
      ],
      citations: [{ sectionId: best.passage.sectionId, heading: best.passage.heading, quote: text }],
      ...(best.coverage < 1 ? { gap: "low_confidence" as const } : {}),
    };
  }
  return { parts: [silence(ctx, "that")], citations: [], gap: "not_in_notice" };
};
