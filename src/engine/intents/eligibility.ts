// Eligibility: the user's own facts against the notice's typed criteria (src/engine/eligibility/), criterion by
// criterion. Missing facts are asked for, and the check runs over as many messages as it takes; what chat
// cannot check is named as still to be met, with the notice's words.
import type { Citation } from "../../answer.js";
import type { Profile } from "../session.js";
import { deadlineInstant, deadlineStatus } from "../../time/deadline.js";
import { formatMoment } from "../../time/format.js";
import { assessAll, askFor, notesFor } from "../eligibility/registry.js";
import { naming } from "./languages.js";
import { normalizeForMatch, words } from "../../text/normalize.js";
import { questionPart } from "../requests.js";
import { correctedFigures } from "../profile-corrections.js";
import { phraseRegExp } from "../language-pack.js";
import { listOf, silence, type Context, type Intent, type Reply } from "../context.js";

/** Every criterion of the notice, assessed against a profile. */
export function assess(ctx: Context, profile: Profile) {
  return assessAll(ctx, profile);
}

/** Merges what the user just said into what they said before; a new statement replaces an old one. */
export function mergeProfile(into: Profile, update: Profile): void {
  if (update.nationalities) into.nationalities = [...new Set([...(into.nationalities ?? []), ...update.nationalities])];
  // A correction ("I'm Irish, not British") takes back the nationality denied, and that fact only.
  if (update.nationalitiesDenied && into.nationalities) {
    const kept = into.nationalities.filter((c) => !update.nationalitiesDenied!.includes(c));
    if (kept.length) into.nationalities = kept;
    else delete into.nationalities;
  }
  if (update.studyYears !== undefined) {
    into.studyYears = update.studyYears;
    if (update.studyYearsAtLeast) into.studyYearsAtLeast = true;
    else delete into.studyYearsAtLeast;
  }
  if (update.languages) {
    const merged = { ...(into.languages ?? {}) };
    for (const [name, level] of Object.entries(update.languages)) if (level !== "?" || !merged[name]) merged[name] = level;
    into.languages = merged;
  }
  if (update.languagesComplete) into.languagesComplete = true;
  if (update.languagesDenied) into.languagesDenied = [...new Set([...(into.languagesDenied ?? []), ...update.languagesDenied])];
  if (update.competitions) into.competitions = [...new Set([...(into.competitions ?? []), ...update.competitions])];
  const plain = ["diplomaOutsideEu", "diplomaRecognised", "educationLevel", "experienceYears", "experienceAfterDiploma", "doctorateYears", "workSince", "experiencePartYears", "experienceWords", "age", "official", "officialGroup", "laureate", "certificate", "certificateGroup", "publicEmployer", "serviceMonths", "previousService"] as const;
  for (const key of plain) if (update[key] !== undefined) (into as Record<string, unknown>)[key] = update[key];
}

/** The criterion-by-criterion answer for the profile kept in the session. */
export function verdictReply(ctx: Context): Reply {
  const profile = ctx.session.profile;
  const { criteria, rules, verdict } = assessAll(ctx, profile);
  const e = ctx.facts.eligibility;
  if (!criteria.length) {
    const address = ctx.facts.application.address?.value;
    return { parts: [ctx.t("eligibility.none", { address: address ?? "", hasAddress: address ? "yes" : "no" })], citations: [], gap: "not_in_notice" };
  }
  const checkable = criteria.filter((c) => c.checkable);
  const others = criteria.filter((c) => !c.checkable);
  const mark = { met: "✓", not_met: "✗", unknown: "?" } as const;
  const parts: string[] = [];
  if (verdict === "eligible") parts.push(ctx.t("eligibility.verdict.eligible"));
  else if (verdict === "not_eligible")
    parts.push(ctx.t("eligibility.verdict.notEligible", { failed: listOf(checkable.filter((c) => c.status === "not_met").map((c) => c.label), ctx) }));
  else {
    const met = checkable.filter((c) => c.status === "met").length;
    parts.push(met ? ctx.t("eligibility.verdict.partial", { count: met }) : ctx.t("eligibility.verdict.start"));
  }
  const capital = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  if (checkable.length) parts.push(checkable.map((c) => `${mark[c.status]} ${capital(c.label)}: ${c.reason}`).join("\n"));
  parts.push(...notesFor(ctx, profile));
  const unknown = checkable.filter((c) => c.status === "unknown");
  if (verdict === "incomplete" && unknown.length) {
    const asks = rules.filter((_, i) => criteria[i]!.checkable && criteria[i]!.status === "unknown").map((r) => askFor(ctx, r).replace(/^[^:]*:\s*/, "").replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
    parts.push(ctx.t("eligibility.finish", { questions: asks.join(" ") }));
  }
  // A security clearance is a condition of recruitment, not of eligibility: named, never deciding the verdict.
  if (e.clearance) {
    const label = ctx.t("eligibility.clearance", { level: e.clearance.level });
    criteria.push({ id: "clearance", label, status: "unknown", checkable: false, reason: ctx.t("eligibility.notCheckable") });
    others.push(criteria.at(-1)!);
  }
  // A condition's label is the notice's own words: in another language than the answer's, quoted and labelled as such.
  const own = new Set(criteria.filter((_, i) => rules[i]?.type === "condition"));
  const foreign = ctx.language !== ctx.facts.language && others.some((c) => own.has(c));
  const mine = others.filter((c) => !foreign || !own.has(c)).map((c) => `• ${c.label}`);
  const theirs = foreign ? others.filter((c) => own.has(c)).map((c) => `• ${ctx.t("quote.marks", { quote: c.label })}`) : [];
  const conditions = theirs.length
    ? [ctx.t("quote.saysForeign", { quotes: "", language: ctx.t(`language.${ctx.facts.language}`) }).trim(), ...theirs, ...mine]
    : mine;
  if (others.length && verdict !== "not_eligible") parts.push(`${ctx.t("eligibility.others")}\n${conditions.join("\n")}`);
  if (verdict !== "incomplete") parts.push(ctx.t("eligibility.guidance"));
  // Meeting the criteria helps no one once the call has closed: said plainly.
  const d = ctx.facts.deadline;
  if (d && deadlineStatus(d, ctx.now).closed) parts.push(ctx.t("eligibility.closed", { when: formatMoment(deadlineInstant(d), d.zone, ctx.speaker) }));
  // The passages behind the criteria that were decided; all of them while nothing is decided yet.
  const decided = rules.filter((_, i) => criteria[i]!.checkable && criteria[i]!.status !== "unknown");
  const shown = decided.length ? decided : rules.filter((_, i) => criteria[i]!.checkable);
  const quotes = [e.when?.quote, ...shown.map((r) => r.quote), profile.diplomaOutsideEu ? e.diplomaRecognition?.quote : undefined].filter((q): q is string => Boolean(q));
  const citations: Citation[] = [...new Set(quotes)].map((q) => ctx.cite(q));
  return { parts, citations, verdict, criteria };
}

/** A bare answer to the question the check asked last: "Irish" for nationality, "4 years" for studies, "45" for age. */
function bareAnswer(ctx: Context): Profile {
  const { u, session } = ctx;
  if (session.asking === "citizenship" && !u.profile.nationalities && u.countries.length) {
    const levelled = new Set(Object.entries(u.profile.languages ?? {}).filter(([, l]) => l !== "?").map(([n]) => n.toLowerCase()));
    const codes = u.countries.filter((c) => !levelled.has(c.name.toLowerCase())).map((c) => c.code);
    if (codes.length) return { nationalities: codes };
  }
  if (session.asking === "education" && session.profile.diplomaOutsideEu && session.profile.studyYears !== undefined && u.yesNo !== undefined && u.profile.diplomaRecognised === undefined)
    return { diplomaRecognised: u.yesNo };
  // "No" to "are you an official, a laureate or …?": none of them.
  const statusSaid = [u.profile.official, u.profile.laureate, u.profile.certificate, u.profile.publicEmployer].some((v) => v !== undefined);
  if (session.asking === "status" && u.yesNo === false && !statusSaid) return { official: false, laureate: false, certificate: false, publicEmployer: false };
  const n = /\b(\d{1,2})\b/.exec(u.text)?.[1] ?? Object.entries(ctx.lexicon.profile.numberWords).find(([w]) => new RegExp(`\\b${w}\\b`).test(u.text))?.[1];
  const value = n === undefined ? undefined : Number(n);
  if (value === undefined) return {};
  if (session.asking === "education" && u.profile.studyYears === undefined && u.profile.educationLevel === undefined && value <= 12) return { studyYears: value };
  if (session.asking === "experience" && u.profile.experienceYears === undefined && value <= 50) return { experienceYears: value };
  if (session.asking === "age" && u.profile.age === undefined && value >= 15 && value <= 99) return { age: value };
  return {};
}

export const eligibility: Intent = (ctx) => {
  // "sorry, I meant 2 years not 5": the figure taken back names the fact corrected, over what the words read.
  mergeProfile(ctx.session.profile, { ...bareAnswer(ctx), ...ctx.u.profile, ...correctedFigures(ctx.lexicon, ctx.u.original, ctx.session.profile) });
  const reply = verdictReply(ctx);
  // "I'm 60 and Greek, am I eligible?": the check, and a word on what the notice does not say, unless a criterion covers it.
  const covered = ctx.u.uncovered && ctx.facts.eligibility.criteria.some((r) => r.type === ctx.u.uncovered!.id);
  if (ctx.u.uncovered && !covered) reply.parts.push(silence(ctx, ctx.u.uncovered.subject));
  // "German C1 and French B2 but zero English": a language the user names and lacks, which the notice names
  // beyond the rule ("Excellent communication skills in English"), is quoted after the check.
  const levels = { ...ctx.session.profile.languages, ...ctx.u.profile.languages };
  const rank = (level: string | undefined) => ctx.reference.cefr.levels.find((c) => c.level === level)?.rank ?? 0;
  const b2 = rank("B2");
  const lacking = [...new Set([...(ctx.u.profile.languagesDenied ?? []), ...ctx.u.languages.map((l) => l.name).filter((n) => rank(levels[n]) < b2)])];
  const named = naming(ctx, reply.citations.map((c) => c.quote), lacking, 2);
  if (named.citations.length) {
    reply.parts.push(...named.parts);
    reply.citations.push(...named.citations);
  }
  // "… Does Irish count as my second language?" beside the user's facts: whether the language asked is an official
  // one, first, then the check.
  if (ctx.u.topics.has("languages.official") || ctx.u.beside?.has("languages.official")) reply.parts.unshift(...countsLines(ctx));
  // "My degree is in political science: do I need computer science?": the education rule names no field.
  const education = ctx.facts.eligibility.criteria.find((c) => c.type === "education");
  const field = phraseRegExp(ctx.lexicon.words.studyFields);
  if (education?.type === "education" && education.routes.every((r) => !r.fields?.length) && field?.test(normalizeForMatch(ctx.u.text)))
    reply.parts.splice(1, 0, ctx.t("eligibility.education.anyField"));
  ctx.session.checking = reply.verdict === "incomplete";
  const next = reply.criteria?.find((c) => c.checkable && c.status === "unknown");
  if (next && ctx.session.checking) ctx.session.asking = next.id;
  else delete ctx.session.asking;
  return reply;
};

/** Whether each language the asking sentence names is an official EU language, in the words of the language rule's answers. */
function countsLines(ctx: Context): string[] {
  const asking = normalizeForMatch(questionPart(ctx.u.original) ?? ctx.u.original);
  // "L'irlandais compte-t-il ?": an elided article is not part of the name.
  const said = new Set(words(asking).flatMap((w) => [w, w.replace(/^\p{L}{1,4}['’]/u, "")]));
  const all = [...ctx.reference.languages.official, ...ctx.reference.languages.other];
  const asked = ctx.u.languages.filter((l) => {
    const entry = all.find((o) => o.name === l.name);
    return [l.name, ...(entry?.aliases ?? [])].some((n) => {
      const w = words(normalizeForMatch(n));
      return w.length > 0 && w.every((x) => said.has(x));
    });
  });
  const official = ctx.reference.languages.official;
  return asked.map((l) => {
    const entry = official.find((o) => o.name === l.name);
    const language = ctx.names.language(l.name);
    return l.official
      ? ctx.t("languages.official.yes", { language, code: entry?.code ?? "", count: official.length })
      : ctx.t(l.note ? "languages.official.noNote" : "languages.official.no", { language, count: official.length, note: l.note ?? "" });
  });
}
