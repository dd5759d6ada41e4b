// Where the job is, and how much of it can be done from elsewhere (telework) where the notice says so.
import type { Citation } from "../../answer.js";
import { fromPassages, isYesNoQuestion, says, type Context, type Intent } from "../context.js";
import { normalizeForMatch, words } from "../../text/normalize.js";
import { teleworkParts } from "./telework.js";

export const place: Intent = (ctx) => {
  const p = ctx.facts.place;
  const parts: string[] = [];
  const citations: Citation[] = [];
  if (p) {
    // "Is the job in Luxembourg?": the place named (read as its zone's city) against the place of employment.
    const named = ctx.u.zone?.split("/").at(-1)?.replace(/_/g, " ");
    const here = normalizeForMatch(p.value);
    const isHere = named !== undefined && here.includes(normalizeForMatch(named));
    // "Luxembourg or Brussels?" names the place itself beside another: a choice, answered by the place alone.
    const choice = !isHere && ctx.u.text.includes(here);
    const shown = placeShown(ctx, p.value);
    if (named && !choice && isYesNoQuestion(ctx)) parts.push(ctx.t(isHere ? "place.yes" : "place.no", { place: shown }));
    parts.push(ctx.t("place.is", { place: shown }));
    citations.push(ctx.cite(p.quote));
    if (ctx.facts.service || ctx.facts.directorate)
      parts.push(ctx.t("place.employer", { employer: [ctx.facts.service?.value, ctx.facts.directorate?.value].filter(Boolean).join(", ") }));
  } else {
    // No typed place: the notice's passages on where the work is ("Places: Brussels, Luxembourg…"), or that it does not say.
    const open = fromPassages(ctx, "place", ctx.t("place.subject"), [], 2);
    parts.push(...open.parts);
    citations.push(...open.citations);
  }
  // "Will I be based at the site in France?" where the post is elsewhere: the passage on travel that names what was asked.
  if (p && parts[0] === ctx.t("place.no", { place: placeShown(ctx, p.value) })) {
    const asked = words(normalizeForMatch(ctx.u.text)).filter((w) => w.length > 3 && !normalizeForMatch(p.value).includes(w));
    const travel = ctx.search.onTopic("travel").find((x) => asked.some((w) => words(normalizeForMatch(x.text)).includes(w)));
    if (travel) {
      parts.push(says(ctx, travel.text));
      citations.push({ sectionId: travel.sectionId, heading: travel.heading, quote: travel.text });
    }
  }
  if (ctx.u.topics.has("place.telework") && ctx.facts.telework) {
    const t = teleworkParts(ctx);
    parts.push(...t.parts);
    citations.push(...t.citations);
  }
  return { parts, citations, ...(citations.length ? {} : { gap: "not_in_notice" as const }) };
};

/**
 * The place of employment in the answer's language where it is a city the zone database names ("Brussels" →
 * "Bryssel", "Bruxelles"): the language's own first name for that zone's city; anything else as the notice writes it
 * (the quote beside it keeps the notice's words).
 */
function placeShown(ctx: Context, value: string): string {
  const city = normalizeForMatch(value);
  const zone = Object.values(ctx.reference.zones).find((z) => normalizeForMatch(z.split("/").at(-1)!.replace(/_/g, " ")) === city);
  return (zone && ctx.speaker.placeName?.(zone)) || value;
}
