// Who is hiring.
import { quoted, silence, subject, type Intent } from "../context.js";
import { bestQuotes } from "./rank.js";

export const about: Intent = (ctx) => {
  const quotes = ctx.facts.about.map((a) => a.quote);
  if (!quotes.length) return { parts: [silence(ctx, subject(ctx, "organisation"))], citations: [], gap: "not_in_notice" };
  const best = bestQuotes(ctx, quotes, 3);
  const order = [...new Set([...best, ...quotes])];
  return { parts: order.map((q) => quoted(ctx, q)), citations: order.map((q) => ctx.cite(q)) };
};
