// Security clearance and vetting: a condition of recruitment where the notice sets one.
import type { Citation } from "../../answer.js";
import { sentence, silence, type Intent } from "../context.js";

export const clearance: Intent = (ctx) => {
  const c = ctx.facts.eligibility.clearance;
  const vetting = ctx.facts.recruitment.vetting;
  const parts: string[] = [];
  const citations: Citation[] = [];
  if (c) {
    parts.push(ctx.t("clearance.yes", { quote: sentence(c.quote) }));
    citations.push(ctx.cite(c.quote));
  } else parts.push(silence(ctx, ctx.t("clearance.subject")));
  if (vetting) {
    parts.push(sentence(vetting.quote));
    citations.push(ctx.cite(vetting.quote));
  }
  return { parts, citations, ...(c ? {} : { gap: "not_in_notice" as const }) };
};
