// The profile sought: knowledge and skills, the ones closest to the question first. Not eligibility criteria.
import { sentence, silence, type Intent } from "../context.js";
import { bestQuotes } from "./rank.js";

export const profile: Intent = (ctx) => {
  const p = ctx.facts.profile;
  const all = [...(p?.knowledge ?? []), ...(p?.skills ?? [])].map((x) => x.quote);
  if (!all.length) return { parts: [silence(ctx, "the skills sought")], citations: [], gap: "not_in_notice" };
  const best = bestQuotes(ctx, all, 3);
  const shown = best.length ? best : all.slice(0, 5);
  const parts = [
    best.length ? "The notice says the post looks for:" : "The notice describes the profile sought, including:",
    shown.map((q) => `• ${sentence(q)}`).join("\n"),
    "These describe the profile sought; they are not eligibility criteria.",
  ];
  return { parts, citations: shown.map((q) => ctx.cite(q)) };
};
