// Under-represented member states: the list, whether a given state is on it, and that nothing is reserved.
import type { Citation } from "../../answer.js";
import { listOf, quoted, silence, subject, type Intent } from "../context.js";

export const underrepresented: Intent = (ctx) => {
  const u = ctx.facts.underRepresented;
  if (!u) return { parts: [silence(ctx, subject(ctx, "underrepresented"))], citations: [], gap: "not_in_notice" };
  const members = ctx.reference.countries.memberStates;
  const codeOf = (name: string) => members.find((m) => [m.name, ...m.aliases].some((n) => n.toLowerCase() === name.toLowerCase()))?.code;
  const listed = new Set(u.states.map(codeOf));
  const parts: string[] = [];
  const citations: Citation[] = [ctx.cite(u.quote)];
  const asked = [...ctx.u.countries, ...(ctx.u.profile.nationalities ?? []).map((code) => ({ code, name: members.find((m) => m.code === code)?.name ?? code, eu: true }))];
  const seen = new Set<string>();
  // "Portugal is under-represented, so I get priority, right?": the question is the priority, and the answer is no;
  // the list gives no priority, which goes only to whom the notice names.
  const priority = ctx.facts.selection.priority;
  const asksPriority = Boolean(priority && u.noReservation && (ctx.u.topics.has("selection.priority") || ctx.u.beside?.has("selection.priority")));
  if (asksPriority) {
    parts.push(ctx.t("underrepresented.noPriority"), quoted(ctx, priority!.quote));
    citations.push(ctx.cite(priority!.quote));
  }
  for (const c of asksPriority ? [] : asked) {
    if (seen.has(c.code)) continue;
    seen.add(c.code);
    const country = ctx.names.country(c.code, c.name);
    parts.push(ctx.t(!c.eu ? "underrepresented.notEu" : listed.has(c.code) ? "underrepresented.yes" : "underrepresented.no", { country }));
  }
  const states = u.states.map((s) => {
    const code = codeOf(s);
    return code ? ctx.names.country(code, s) : s;
  });
  parts.push(ctx.t("underrepresented.list", { states: listOf(states, ctx) }));
  if (u.noReservation) {
    parts.push(quoted(ctx, u.noReservation.quote));
    citations.push(ctx.cite(u.noReservation.quote));
  }
  return { parts, citations };
};
