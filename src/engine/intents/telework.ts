// Telework: what the notice allows, in its words, and whether the job can be done fully remotely.
import type { Citation } from "../../answer.js";
import { fromPassages, sentence, type Context, type Intent } from "../context.js";
import { normalizeForMatch } from "../../text/normalize.js";

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

/**
 * A place the message names that is not the notice's place of employment ("from Lisbon"), as its zone's city; undefined
 * where it names none, or names the place of employment itself.
 */
export function placeElsewhere(ctx: Context): string | undefined {
  const p = ctx.facts.place;
  const named = ctx.u.zone?.includes("/") ? ctx.u.zone.split("/").at(-1)!.replace(/_/g, " ") : undefined;
  if (!p || !named) return undefined;
  return normalizeForMatch(p.value).includes(normalizeForMatch(named)) ? undefined : named;
}

/** "100%", "100 %": all of the working time, a shape of every language. */
const WHOLE = /(?<![\p{N}.,])100\s?%/u;

export const telework: Intent = (ctx) => {
  const t = teleworkParts(ctx);
  const reply = t.parts.length ? t : fromPassages(ctx, "telework", ctx.t("telework.subject"));
  // "Could I do this job 100% remote from Lisbon?": where the notice sets no share of office time, the place of
  // employment comes first, cited, and telework is what the notice says of it, never a yes to working from elsewhere.
  const p = ctx.facts.place;
  if (!p || ctx.facts.telework?.minOfficeShare !== undefined || !(placeElsewhere(ctx) || WHOLE.test(ctx.u.text))) return reply;
  return { ...reply, parts: [ctx.t("telework.elsewhere", { place: p.value }), ...reply.parts], citations: [ctx.cite(p.quote), ...reply.citations] };
};
