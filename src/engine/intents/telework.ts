// Telework: what the notice allows, in its words, and whether the job can be done fully remotely.
import type { Citation } from "../../answer.js";
import { fromPassages, sentence, type Context, type Intent } from "../context.js";

export function teleworkParts(ctx: Context): { parts: string[]; citations: Citation[] } {
  const t = ctx.facts.telework;
  // No typed rule, or one that holds only its heading ("Teleworking."): the notice's passages on telework.
  if (!t || (t.minOfficeShare === undefined && t.quote.trim().split(/\s+/).length < 4)) {
    const open = fromPassages(ctx, "telework", ctx.t("telework.subject"));
    return open.gap ? { parts: [], citations: [] } : { parts: open.parts, citations: open.citations };
  }
  const parts = t.minOfficeShare !== undefined ? [ctx.t("telework.minOffice", { share: t.minOfficeShare })] : [];
  parts.push(ctx.t("telework.says", { quote: sentence(t.quote) }));
  return { parts, citations: [ctx.cite(t.quote)] };
}

export const telework: Intent = (ctx) => {
  const t = teleworkParts(ctx);
  if (!t.parts.length) return fromPassages(ctx, "telework", ctx.t("telework.subject"));
  return t;
};
