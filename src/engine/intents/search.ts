// What no rule covers: the passage of the notice closest to the question, or an honest "it does not say".
import { comparable } from "../../knowledge/text.js";
import { silence, subject, type Intent } from "../context.js";

export const search: Intent = (ctx) => {
  const best = closestPassage(ctx);
  if (best) {
    const passage = comparable(best.text);
    const sought = [...(ctx.facts.profile?.knowledge ?? []), ...(ctx.facts.profile?.skills ?? []), ...ctx.facts.assets].some((q) => passage.includes(comparable(q.quote)));
    return {
      parts: [ctx.t("engine.closest"), ctx.t("quote.marks", { quote: best.text }), ...(sought ? [ctx.t("engine.closest.profile")] : [])],
      citations: [{ sectionId: best.sectionId, heading: best.heading, quote: best.text }],
      ...(best.coverage < 1 ? { gap: "low_confidence" as const } : {}),
    };
  }
  return { parts: [silence(ctx, subject(ctx, "that"))], citations: [], gap: "not_in_notice" };
};

/** The passage of the notice that answers the question's words, when one covers most of them. */
export function closestPassage(ctx: Parameters<Intent>[0]): { text: string; sectionId: string; heading: string; coverage: number } | undefined {
  const [best] = ctx.search.search(ctx.u.text, 3);
  if (!best || best.coverage < 0.6 || best.score <= 4) return undefined;
  return { text: best.passage.text.replace(/^(?:[-•*]|\d+\.)\s+/, ""), sectionId: best.passage.sectionId, heading: best.passage.heading, coverage: best.coverage };
}
