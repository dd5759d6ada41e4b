// What the employer offers, as the notice words it.
import { quoted, says, silence, subject, type Intent } from "../context.js";
import { bestQuotes } from "./rank.js";

export const benefits: Intent = (ctx) => {
  const quotes = ctx.facts.benefits.map((b) => b.quote);
  if (!quotes.length) return { parts: [silence(ctx, subject(ctx, "benefits"))], citations: [], gap: "not_in_notice" };
  const best = bestQuotes(ctx, quotes, 2);
  const parts = best.length
    ? [says(ctx, ...best), ctx.t("benefits.noMore")]
    : [ctx.t("benefits.list"), quotes.map((q) => `• ${quoted(ctx, q)}`).join("\n")];
  return { parts, citations: (best.length ? best : quotes).map((q) => ctx.cite(q)) };
};
