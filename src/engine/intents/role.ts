// What the job involves: the summary and the duties.
import { quoted, silence, subject, type Intent } from "../context.js";
import { bestQuotes } from "./rank.js";

export const role: Intent = (ctx) => {
  const r = ctx.facts.role;
  if (!r || (!r.summary.length && !r.duties.length)) return { parts: [silence(ctx, subject(ctx, "duties"))], citations: [], gap: "not_in_notice" };
  const specific = bestQuotes(ctx, r.duties.map((d) => d.quote), 2);
  const summary = r.summary.slice(0, 1).map((s) => s.quote);
  // The duties the question names come first ("Do I work with the SOC?"), then the others in the notice's order;
  // all of them, so a channel can fold a long list and let the user open it.
  const duties = [...new Set([...specific, ...r.duties.map((d) => d.quote)])];
  const parts = [...summary.map((q) => quoted(ctx, q))];
  if (duties.length) parts.push(`${ctx.t("role.tasks")}\n${duties.map((d) => `• ${quoted(ctx, d)}`).join("\n")}`);
  const cited = [...new Set([...summary, ...specific, ...r.duties.map((d) => d.quote)])];
  return { parts, citations: cited.map((q) => ctx.cite(q)) };
};
