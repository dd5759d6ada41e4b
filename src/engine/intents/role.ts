// What the job involves: the summary and the duties.
import { sentence, silence, type Intent } from "../context.js";
import { bestQuotes } from "./rank.js";

export const role: Intent = (ctx) => {
  const r = ctx.facts.role;
  if (!r || (!r.summary.length && !r.duties.length)) return { parts: [silence(ctx, "the duties")], citations: [], gap: "not_in_notice" };
  const specific = bestQuotes(ctx, r.duties.map((d) => d.quote), 2);
  const summary = r.summary.slice(0, 1).map((s) => s.quote);
  const duties = r.duties.slice(0, 5).map((d) => d.quote);
  const parts = [...summary.map(sentence)];
  if (duties.length) parts.push(`The tasks include:\n${duties.map((d) => `• ${sentence(d)}`).join("\n")}${r.duties.length > duties.length ? `\n…and ${r.duties.length - duties.length} more in the notice.` : ""}`);
  const cited = [...new Set([...summary, ...specific, ...duties.slice(0, 2)])];
  return { parts, citations: cited.map((q) => ctx.cite(q)) };
};
