// The profile sought: knowledge and skills, the ones closest to the question first. Not eligibility criteria.
import { quoted, silence, subject, type Intent } from "../context.js";
import { bestQuotes } from "./rank.js";

export const profile: Intent = (ctx) => {
  const p = ctx.facts.profile;
  const all = [...(p?.knowledge ?? []), ...(p?.skills ?? [])].map((x) => x.quote);
  if (!all.length) return { parts: [silence(ctx, subject(ctx, "skills"))], citations: [], gap: "not_in_notice" };
  const best = bestQuotes(ctx, all, 3);
  const shown = best.length ? best : all.slice(0, 5);
  const parts = [ctx.t(best.length ? "profile.lead.best" : "profile.lead.all"), shown.map((q) => `• ${quoted(ctx, q)}`).join("\n"), ctx.t("profile.notCriteria")];
  return { parts, citations: shown.map((q) => ctx.cite(q)) };
};
