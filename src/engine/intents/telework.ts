// Telework: what the notice allows, in its words, and whether the job can be done fully remotely.
import type { Citation } from "../../answer.js";
import { sentence, silence, type Context, type Intent } from "../context.js";

export function teleworkParts(ctx: Context): { parts: string[]; citations: Citation[] } {
  const t = ctx.facts.telework;
  if (!t) return { parts: [], citations: [] };
  const parts = t.minOfficeShare !== undefined ? [ctx.t("telework.minOffice", { share: t.minOfficeShare })] : [];
  parts.push(ctx.t("telework.says", { quote: sentence(t.quote) }));
  return { parts, citations: [ctx.cite(t.quote)] };
}

export const telework: Intent = (ctx) => {
  const t = teleworkParts(ctx);
  if (!t.parts.length) return { parts: [silence(ctx, ctx.t("telework.subject"))], citations: [], gap: "not_in_notice" };
  return t;
};
