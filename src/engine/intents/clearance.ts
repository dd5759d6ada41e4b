// Security clearance and vetting: a condition of recruitment where the notice sets one.
import type { Citation } from "../../answer.js";
import { quoted, says, silence, type Intent } from "../context.js";

export const clearance: Intent = (ctx) => {
  const c = ctx.facts.eligibility.clearance;
  const vetting = ctx.facts.recruitment.vetting;
  const parts: string[] = [];
  const citations: Citation[] = [];
  if (c) {
    // The notice's own condition, not a bare "Yes": holding a clearance and being able to be cleared differ.
    parts.push(says(ctx, c.quote));
    citations.push(ctx.cite(c.quote));
  } else parts.push(silence(ctx, ctx.t("clearance.subject")));
  if (vetting) {
    parts.push(quoted(ctx, vetting.quote));
    citations.push(ctx.cite(vetting.quote));
  }
  return { parts, citations, ...(c ? {} : { gap: "not_in_notice" as const }) };
};
