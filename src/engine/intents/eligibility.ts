// Eligibility: the user's own facts against the notice's criteria, criterion by criterion.
// Citizenship, education and languages can be checked in chat; the other conditions are named as
// still to be met. Missing facts are asked for, and the check runs over as many messages as it takes.
import type { Criterion, Verdict } from "../../answer.js";
import type { Profile } from "../../conversation/session.js";
import type { CefrLevel } from "../../knowledge/schema.js";
import { deadlineInstant, deadlineStatus, formatDateTime, zoneLabel } from "../../time/deadline.js";
import { listOf, sentence, silence, type Context, type Intent, type Reply } from "../context.js";

const rank = (level: CefrLevel | "?", levels: { level: string; rank: number }[]) =>
  level === "?" ? 0 : (levels.find((l) => l.level === level)?.rank ?? 0);

function countryName(ctx: Context, code: string): { name: string; eu: boolean; group?: string } {
  const member = ctx.reference.countries.memberStates.find((c) => c.code === code);
  if (member) return { name: member.name, eu: true };
  const other = ctx.reference.countries.otherCountries.find((c) => c.code === code);
  return { name: other?.name ?? code, eu: false, ...(other?.group ? { group: other.group } : {}) };
}

function citizenship(ctx: Context, profile: Profile): Criterion {
  const base = { id: "citizenship", label: "Citizenship of an EU member state", checkable: true };
  const codes = profile.nationalities ?? [];
  if (!codes.length) return { ...base, status: "unknown", reason: "Not known yet: which nationality (or nationalities) do you hold?" };
  const countries = codes.map((c) => countryName(ctx, c));
  const eu = countries.filter((c) => c.eu);
  if (eu.length)
    return { ...base, status: "met", reason: `Met: ${listOf(eu.map((c) => c.name))} ${eu.length > 1 ? "are EU member states" : "is an EU member state"}${countries.length > eu.length ? " (one EU citizenship is enough)" : ""}.` };
  const why = countries.map((c) => `${c.name} is not an EU member state${c.group ? ` (${c.group})` : ""}`);
  return { ...base, status: "not_met", reason: `Not met: ${listOf(why)}; you must be a citizen of an EU member state.` };
}

function education(ctx: Context, profile: Profile): Criterion | undefined {
  const rule = ctx.facts.eligibility.education;
  if (!rule) return undefined;
  const base = { id: "education", label: `University studies of at least ${rule.minYears} years, attested by a diploma`, checkable: true };
  const years = profile.studyYears;
  const recognition = ctx.facts.eligibility.diplomaRecognition;
  const foreign = profile.diplomaOutsideEu && recognition ? " A diploma from outside the EU counts only if an EU member state authority has recognised it as equivalent." : "";
  if (years === undefined) return { ...base, status: "unknown", reason: `Not known yet: how many years did your completed university studies take?${foreign}` };
  if (years === 0) return { ...base, status: "not_met", reason: `Not met: the notice requires completed university studies of at least ${rule.minYears} years attested by a diploma.` };
  if (years < rule.minYears) {
    if (profile.studyYearsAtLeast)
      return { ...base, status: "unknown", reason: `Not known yet: how many years did your studies take? At least ${rule.minYears} are required.` };
    return { ...base, status: "not_met", reason: `Not met: ${years} year${years === 1 ? "" : "s"} of studies; the notice requires at least ${rule.minYears} years, attested by a diploma.` };
  }
  if (profile.diplomaOutsideEu && recognition) {
    if (profile.diplomaRecognised === false)
      return { ...base, status: "not_met", reason: "Not met: a diploma from outside the EU counts only if it is recognised as equivalent by an EU member state authority." };
    if (profile.diplomaRecognised !== true)
      return { ...base, status: "unknown", reason: "Not known yet: your diploma is from outside the EU; has an EU member state authority recognised it as equivalent?" };
  }
  const length = profile.studyYearsAtLeast ? "your degree" : `${years} years of studies`;
  return { ...base, status: "met", reason: `Met: ${length} meet${profile.studyYearsAtLeast ? "s" : ""} the minimum of ${rule.minYears} years.` };
}

function languages(ctx: Context, profile: Profile): Criterion | undefined {
  const rule = ctx.facts.eligibility.languages;
  if (!rule) return undefined;
  const levels = ctx.reference.cefr.levels;
  const label = rule.second
    ? `${rule.main.level} in one official EU language and ${rule.second.level} in a second, different one`
    : `${rule.main.level} in one official EU language`;
  const base = { id: "languages", label, checkable: true };
  const stated = Object.entries(profile.languages ?? {});
  if (!stated.length) return { ...base, status: "unknown", reason: "Not known yet: which languages do you speak, and at what level (e.g. native, C1, B2)?" };
  const official = new Set(ctx.reference.languages.official.map((l) => l.name));
  const notOfficial = stated.filter(([name]) => !official.has(name)).map(([name]) => name);
  const known = stated.filter(([name, level]) => official.has(name) && level !== "?") as [string, CefrLevel][];
  const unlevelled = stated.filter(([name, level]) => official.has(name) && level === "?").map(([name]) => name);
  const sorted = [...known].sort((a, b) => rank(b[1], levels) - rank(a[1], levels));
  const main = sorted.find(([, l]) => rank(l, levels) >= rank(rule.main.level, levels));
  const second = rule.second ? sorted.find(([n, l]) => n !== main?.[0] && rank(l, levels) >= rank(rule.second!.level, levels)) : undefined;
  const note = notOfficial.length
    ? ` ${listOf(notOfficial)} ${notOfficial.length > 1 ? "are" : "is"} not ${notOfficial.length > 1 ? "official EU languages" : "an official EU language"}, so ${notOfficial.length > 1 ? "they do" : "it does"} not count.`
    : "";
  const show = (pair: [string, CefrLevel]) => `${pair[0]} (${pair[1]})`;
  if (main && (second || !rule.second))
    return { ...base, status: "met", reason: `Met: ${show(main)} covers ${rule.main.level}${second ? ` and ${show(second)} covers ${rule.second!.level}` : ""}.${note}` };
  const decided = profile.languagesComplete || (known.length + notOfficial.length >= 2 && !unlevelled.length);
  const officialNamed = known.length + unlevelled.length;
  if (profile.languagesComplete && rule.second && officialNamed < 2)
    return { ...base, status: "not_met", reason: `Not met: you need ${rule.second.level} in a second official EU language, besides ${rule.main.level} in a first one.${note}` };
  if (unlevelled.length)
    return { ...base, status: "unknown", reason: `Not known yet: at what level do you speak ${listOf(unlevelled)}?${note}` };
  const missing = !main
    ? `${rule.main.level} in an official EU language`
    : `${rule.second!.level} in a second official EU language (other than ${main[0]})`;
  if (!decided)
    return { ...base, status: "unknown", reason: `Not known yet: you also need ${missing}. Which other languages do you speak, and at what level?${note}` };
  const have = known.length ? ` You told me: ${listOf(known.map(show))}.` : "";
  return { ...base, status: "not_met", reason: `Not met: you need ${missing}.${have}${note}` };
}

function experience(ctx: Context): Criterion | undefined {
  const rule = ctx.facts.eligibility.experience;
  if (!rule) return undefined;
  return {
    id: "experience",
    label: `At least ${rule.minYears} years of professional experience`,
    checkable: true,
    status: "unknown",
    reason: `Not checked here: the notice requires at least ${rule.minYears} years of professional experience.`,
  };
}

/** Every criterion of the notice, assessed against a profile. */
export function assess(ctx: Context, profile: Profile): { criteria: Criterion[]; verdict: Verdict } {
  const e = ctx.facts.eligibility;
  const criteria: Criterion[] = [];
  if (e.citizenship) criteria.push(citizenship(ctx, profile));
  for (const c of [education(ctx, profile), languages(ctx, profile), experience(ctx)]) if (c) criteria.push(c);
  for (const other of e.otherConditions)
    criteria.push({ id: other.id, label: sentence(other.label).replace(/\.$/, ""), status: "unknown", checkable: false, reason: "Still to be met; this cannot be checked in chat." });
  if (e.clearance)
    criteria.push({
      id: "clearance",
      label: `Security clearance at ${e.clearance.level} level, or able to be cleared`,
      status: "unknown",
      checkable: false,
      reason: "Still to be met; this cannot be checked in chat.",
    });
  const checkable = criteria.filter((c) => c.checkable);
  const verdict: Verdict = checkable.some((c) => c.status === "not_met")
    ? "not_eligible"
    : checkable.length && checkable.every((c) => c.status === "met")
      ? "eligible"
      : "incomplete";
  return { criteria, verdict };
}

/** Merges what the user just said into what they said before; a new statement replaces an old one. */
export function mergeProfile(into: Profile, update: Profile): void {
  if (update.nationalities) into.nationalities = [...new Set([...(into.nationalities ?? []), ...update.nationalities])];
  if (update.studyYears !== undefined) {
    into.studyYears = update.studyYears;
    if (update.studyYearsAtLeast) into.studyYearsAtLeast = true;
    else delete into.studyYearsAtLeast;
  }
  if (update.diplomaOutsideEu !== undefined) into.diplomaOutsideEu = update.diplomaOutsideEu;
  if (update.diplomaRecognised !== undefined) into.diplomaRecognised = update.diplomaRecognised;
  if (update.languages) {
    const merged = { ...(into.languages ?? {}) };
    for (const [name, level] of Object.entries(update.languages)) if (level !== "?" || !merged[name]) merged[name] = level;
    into.languages = merged;
  }
  if (update.languagesComplete) into.languagesComplete = true;
}

/** The criterion-by-criterion answer for the profile kept in the session. */
export function verdictReply(ctx: Context): Reply {
  const { criteria, verdict } = assess(ctx, ctx.session.profile);
  const e = ctx.facts.eligibility;
  const checkable = criteria.filter((c) => c.checkable);
  const others = criteria.filter((c) => !c.checkable);
  const mark = { met: "✓", not_met: "✗", unknown: "?" } as const;
  const lines = checkable.map((c) => `${mark[c.status]} ${c.label}: ${c.reason}`);
  const parts: string[] = [];
  if (verdict === "eligible") parts.push("From what you told me, you meet the eligibility criteria that can be checked here.");
  else if (verdict === "not_eligible")
    parts.push(`From what you told me, you do not meet the eligibility criteria: ${listOf(checkable.filter((c) => c.status === "not_met").map((c) => c.label.toLowerCase()))}.`);
  else {
    const decided = checkable.filter((c) => c.status === "met").map((c) => c.id === "citizenship" ? "citizenship" : c.id === "education" ? "studies" : c.id === "languages" ? "languages" : c.label.toLowerCase());
    parts.push(
      decided.length
        ? `From what you told me so far, you meet the ${listOf(decided)} ${decided.length > 1 ? "criteria" : "criterion"}; I need a little more to finish the check:`
        : "I can check your eligibility against the notice. Here is where you stand so far:",
    );
  }
  parts.push(lines.join("\n"));
  const unknown = checkable.filter((c) => c.status === "unknown");
  if (verdict === "incomplete" && unknown.length)
    parts.push(`To finish the check, tell me ${listOf(unknown.map((c) => c.id === "citizenship" ? "your nationality" : c.id === "education" ? "how many years your university studies took (and where your diploma is from)" : c.id === "languages" ? "your languages and levels (e.g. “Greek native, English C1”)" : c.label.toLowerCase()))}.`);
  if (others.length && verdict !== "not_eligible")
    parts.push(`You must also meet these conditions, which I cannot check in chat:\n${others.map((c) => `• ${c.label}`).join("\n")}`);
  if (verdict !== "incomplete") parts.push("This is guidance based on the notice, not an official decision.");
  // Meeting the criteria helps no one once the call has closed: said plainly.
  const d = ctx.facts.deadline;
  if (d && deadlineStatus(d, ctx.now).closed)
    parts.push(`Note that applications for this post closed on ${formatDateTime(deadlineInstant(d), d.zone)} ${zoneLabel(d.zone)}.`);
  // The passages behind the criteria that were decided; all of them while nothing is decided yet.
  const passages: Record<string, ({ quote: string } | undefined)[]> = {
    citizenship: [e.citizenship],
    education: [e.education, ctx.session.profile.diplomaOutsideEu ? e.diplomaRecognition : undefined],
    languages: [e.languages?.main, e.languages?.second],
    experience: [e.experience],
  };
  const decided = checkable.filter((c) => c.status !== "unknown");
  const cited = [e.when, ...(decided.length ? decided : checkable).flatMap((c) => passages[c.id] ?? [])]
    .filter((x): x is { quote: string } => Boolean(x))
    .map((x) => ctx.cite(x.quote));
  return { parts, citations: cited, verdict, criteria };
}

/** A bare answer to the question the check asked last: "Irish" for nationality, "4 years" for studies. */
function bareAnswer(ctx: Context): Profile {
  const { u, session } = ctx;
  if (session.asking === "citizenship" && !u.profile.nationalities && u.countries.length) {
    const levelled = new Set(Object.entries(u.profile.languages ?? {}).filter(([, l]) => l !== "?").map(([n]) => n.toLowerCase()));
    const codes = u.countries.filter((c) => !levelled.has(c.name.toLowerCase())).map((c) => c.code);
    if (codes.length) return { nationalities: codes };
  }
  if (session.asking === "education" && session.profile.diplomaOutsideEu && session.profile.studyYears !== undefined && u.yesNo !== undefined && u.profile.diplomaRecognised === undefined)
    return { diplomaRecognised: u.yesNo };
  if (session.asking === "education" && u.profile.studyYears === undefined) {
    const n = /\b(\d{1,2})\b/.exec(u.text)?.[1] ?? Object.entries(ctx.lexicon.profile.numberWords).find(([w]) => new RegExp(`\\b${w}\\b`).test(u.text))?.[1];
    const years = Number(n);
    if (n !== undefined && years >= 0 && years <= 12) return { studyYears: years };
  }
  return {};
}

export const eligibility: Intent = (ctx) => {
  mergeProfile(ctx.session.profile, { ...bareAnswer(ctx), ...ctx.u.profile });
  const reply = verdictReply(ctx);
  // "I'm 60 and Greek, am I eligible?": the check, and a word on what the notice does not say.
  if (ctx.u.uncovered) reply.parts.push(silence(ctx, ctx.u.uncovered.subject));
  ctx.session.checking = reply.verdict === "incomplete";
  const next = reply.criteria?.find((c) => c.checkable && c.status === "unknown");
  if (next && ctx.session.checking) ctx.session.asking = next.id;
  else delete ctx.session.asking;
  return reply;
};
