// Under-represented member states: the list, whether a given state is on it, and that nothing is reserved.
import type { Citation } from "../../answer.js";
import { listOf, sentence, silence, type Intent } from "../context.js";

export const underrepresented: Intent = (ctx) => {
  const u = ctx.facts.underRepresented;
  if (!u) return { parts: [silence(ctx, "under-represented member states")], citations: [], gap: "not_in_notice" };
  const members = ctx.reference.countries.memberStates;
  const codeOf = (name: string) => members.find((m) => [m.name, ...m.aliases].some((n) => n.toLowerCase() === name.toLowerCase()))?.code;
  const listed = new Set(u.states.map(codeOf));
  const parts: string[] = [];
  const citations: Citation[] = [ctx.cite(u.quote)];
  const asked = [...ctx.u.countries, ...(ctx.u.profile.nationalities ?? []).map((code) => ({ code, name: members.find((m) => m.code === code)?.name ?? code, eu: true }))];
  const seen = new Set<string>();
  for (const c of asked) {
    if (seen.has(c.code)) continue;
    seen.add(c.code);
    if (!c.eu) parts.push(`${c.name} is not an EU member state, so it is not on the list of under-represented member states.`);
    else if (listed.has(c.code)) parts.push(`Yes, ${c.name} is one of the under-represented member states listed in the notice.`);
    else parts.push(`No, ${c.name} is not on the notice's list of under-represented member states.`);
  }
  parts.push(`The notice lists these member states as under-represented: ${listOf(u.states)}.`);
  if (u.noReservation) {
    parts.push(sentence(u.noReservation.quote));
    citations.push(ctx.cite(u.noReservation.quote));
  }
  return { parts, citations };
};
