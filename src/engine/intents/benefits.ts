// What the employer offers, as the notice words it.
import { sentence, silence, type Intent } from "../context.js";
import { bestQuotes } from "./rank.js";

export const benefits: Intent = (ctx) => {
  const quotes = ctx.facts.benefits.map((b) => b.quote);
  if (!quotes.length) return { parts: [silence(ctx, "benefits")], citations: [], gap: "not_in_notice" };
  const best = bestQuotes(ctx, quotes, 2);
  const parts = best.length
    ? [`The notice says: ${best.map((q) => `“${sentence(q)}”`).join(" ")}`, "It gives no more detail than this for this post."]
    : ["The notice lists these working conditions:", quotes.map((q) => `• ${sentence(q)}`).join("\n")];
  return { parts, citations: (best.length ? best : quotes).map((q) => ctx.cite(q)) };
};
