// Languages: a list of requirements, each a CEFR level (or the notice's words when it gives none) and the
// languages that count (any official EU language, or a named list such as "French or English"). Requirements
// of "an official language" need different languages; a named-language requirement may be met by one of them.
import type { CriterionStatus } from "../../answer.js";
import type { CefrLevel, RuleOf } from "../../knowledge/schema.js";
import type { Context } from "../context.js";
import { listOf, sentence } from "../context.js";
import type { CriterionType } from "./types.js";

type Requirement = RuleOf<"languages">["requirements"][number];

function rankOf(ctx: Context, level: CefrLevel | "?" | undefined): number {
  return !level || level === "?" ? 0 : (ctx.reference.cefr.levels.find((l) => l.level === level)?.rank ?? 0);
}

function counts(ctx: Context, req: Requirement, name: string, level: CefrLevel | "?"): boolean {
  const official = ctx.reference.languages.official.some((l) => l.name === name);
  if (req.languages ? !req.languages.includes(name) : !official) return false;
  return req.level ? rankOf(ctx, level) >= rankOf(ctx, req.level) : true;
}

/** Languages assigned to the requirements: the general ones each a different language. */
function assign(ctx: Context, reqs: Requirement[], langs: [string, CefrLevel | "?"][]): (string | undefined)[] {
  const general = reqs.map((r, i) => ({ r, i })).filter(({ r }) => !r.languages);
  const out: (string | undefined)[] = reqs.map(() => undefined);
  // Strictest general requirement first, each with a language not used yet.
  const used = new Set<string>();
  const sorted = [...general].sort((a, b) => rankOf(ctx, b.r.level) - rankOf(ctx, a.r.level));
  const byLevel = [...langs].sort((a, b) => rankOf(ctx, b[1]) - rankOf(ctx, a[1]));
  for (const { r, i } of sorted) {
    const pick = byLevel.find(([n, l]) => !used.has(n) && counts(ctx, r, n, l));
    if (pick) {
      used.add(pick[0]);
      out[i] = pick[0];
    }
  }
  reqs.forEach((r, i) => {
    if (r.languages) out[i] = byLevel.find(([n, l]) => counts(ctx, r, n, l))?.[0];
  });
  return out;
}

/**
 * The assignment when one of the languages must be one the notice names ("One of these two languages must be
 * English"): each general requirement in turn given a named language the user has at its level, the others
 * assigned from the rest. Undefined when none works.
 */
function assignIncluding(ctx: Context, reqs: Requirement[], langs: [string, CefrLevel | "?"][], including: string[]): (string | undefined)[] | undefined {
  const plain = assign(ctx, reqs, langs);
  if (plain.every(Boolean) && plain.some((n) => n && including.includes(n))) return plain;
  for (const [i, r] of reqs.entries())
    for (const [name, level] of langs) {
      if (!including.includes(name) || !counts(ctx, r, name, level)) continue;
      const rest = assign(ctx, reqs.filter((_, j) => j !== i), langs.filter(([n]) => n !== name));
      rest.splice(i, 0, name);
      if (rest.every(Boolean)) return rest;
    }
  return undefined;
}

export function requirementText(ctx: Context, r: Requirement): string {
  return ctx.t("eligibility.languages.requirement", {
    level: r.level ?? "",
    hasLevel: r.level ? "yes" : "no",
    wording: r.wording ?? "",
    hasLanguages: r.languages ? "yes" : "no",
    languages: r.languages ? listOf(r.languages.map((n) => ctx.names.language(n)), ctx.t("eligibility.or")) : "",
  });
}

export const languages: CriterionType<"languages"> = {
  type: "languages",
  ask: "eligibility.ask.languages",
  // Without a CEFR level the chat can only confirm the languages the user names; until then it is theirs to judge.
  checkable: (rule, profile) => rule.requirements.some((r) => r.level) || Object.keys(profile.languages ?? {}).length > 0,
  label: (ctx, rule) => {
    // "C1 in one official EU language and B2 in a second, different one"; a named language as named.
    let general = 0;
    const list = listOf(
      rule.requirements.map((r) =>
        r.languages
          ? requirementText(ctx, r)
          : ctx.t("eligibility.languages.label", { level: r.level ?? "", hasLevel: r.level ? "yes" : "no", wording: r.wording ?? "", first: general++ === 0 ? "yes" : "no" }),
      ),
      ctx,
    );
    return rule.including ? ctx.t("eligibility.languages.labelIncluding", { list, languages: listOf(rule.including.map((n) => ctx.names.language(n)), ctx.t("eligibility.or")) }) : list;
  },
  assess(ctx, rule, profile) {
    const stated = Object.entries(profile.languages ?? {}) as [string, CefrLevel | "?"][];
    if (!stated.length) return { status: "unknown", reason: ctx.t("eligibility.ask.languages") };
    const officialNames = new Set(ctx.reference.languages.official.map((l) => l.name));
    const notOfficial = stated.filter(([n]) => !officialNames.has(n)).map(([n]) => n);
    const note = notOfficial.length ? ` ${ctx.t("eligibility.languages.notOfficial", { names: listOf(notOfficial.map((n) => ctx.names.language(n)), ctx), count: notOfficial.length })}` : "";
    const picked = assign(ctx, rule.requirements, stated);
    const show = (n: string) => `${ctx.names.language(n)} (${profile.languages?.[n] === "?" ? "?" : profile.languages?.[n]})`;
    if (picked.every(Boolean) && rule.including) {
      const withNamed = assignIncluding(ctx, rule.requirements, stated, rule.including);
      if (withNamed)
        return { status: "met", reason: `${ctx.t("eligibility.languages.met", { list: listOf(withNamed.map((n, i) => ctx.t("eligibility.languages.covers", { language: show(n!), requirement: requirementText(ctx, rule.requirements[i]!) })), ctx) })}${note}` };
      // The named language stated with a level (or the user says that is all they speak) decides it.
      const named = rule.including.filter((n) => profile.languages?.[n] !== undefined);
      // Each named language stated with a level or said not to be spoken ("I don't speak English or French").
      const settled = (n: string) => (profile.languages?.[n] !== undefined && profile.languages[n] !== "?") || Boolean(profile.languagesDenied?.includes(n));
      const decided = profile.languagesComplete || (named.length > 0 && named.every((n) => profile.languages?.[n] !== "?")) || rule.including.every(settled);
      const params = { languages: listOf(rule.including.map((n) => ctx.names.language(n)), ctx.t("eligibility.or")), have: listOf(stated.map(([n]) => show(n)), ctx) };
      return decided
        ? { status: "not_met", reason: `${ctx.t("eligibility.languages.notMetIncluding", params)}${note}` }
        : { status: "unknown", reason: `${ctx.t("eligibility.languages.askIncluding", params)}${note}` };
    }
    if (picked.every(Boolean))
      return { status: "met", reason: `${ctx.t("eligibility.languages.met", { list: listOf(picked.map((n, i) => ctx.t("eligibility.languages.covers", { language: show(n!), requirement: requirementText(ctx, rule.requirements[i]!) })), ctx) })}${note}` };
    const missing = rule.requirements.filter((_, i) => !picked[i]);
    const unlevelled = stated.filter(([, l]) => l === "?").map(([n]) => n);
    // A named language stated below its level is decided; so is anything once the user says that is all they speak.
    const decided = (r: Requirement): boolean =>
      Boolean(profile.languagesComplete) ||
      (r.languages
        ? r.languages.every((n) => stated.some(([s, l]) => s === n && l !== "?") || profile.languagesDenied?.includes(n))
        : stated.length >= 2 && !unlevelled.length);
    const status: CriterionStatus = missing.every(decided) ? "not_met" : "unknown";
    const need = listOf(missing.map((r) => requirementText(ctx, r)), ctx);
    if (status === "unknown" && unlevelled.length) return { status, reason: `${ctx.t("eligibility.languages.askLevel", { names: listOf(unlevelled.map((n) => ctx.names.language(n)), ctx) })}${note}` };
    return {
      status,
      reason: `${ctx.t(status === "not_met" ? "eligibility.languages.notMet" : "eligibility.languages.askMore", { need, have: listOf(stated.map(([n]) => show(n)), ctx) })}${note}`,
    };
  },
  notes(ctx, _rule, profile) {
    // A level the selection criteria call essential is not an eligibility criterion: said so, without ruling anyone out.
    const out: string[] = [];
    for (const c of ctx.facts.selectionCriteria) {
      const level = /\b([ABC][12])\b/.exec(c.quote)?.[1] as CefrLevel | undefined;
      if (!level) continue;
      for (const [name, have] of Object.entries(profile.languages ?? {}))
        if (new RegExp(`\\b${name}\\b`, "i").test(c.quote) && have !== "?" && rankOf(ctx, have) < rankOf(ctx, level))
          out.push(ctx.t(c.essential ? "eligibility.languages.selectionEssential" : "eligibility.languages.selectionAsset", { language: ctx.names.language(name), level, have }));
    }
    return out;
  },
  fields: (f) => [
    {
      id: "languages",
      kind: "languages",
      label: f.t("form.languages"),
      rows: 3,
      languages: f.languages.map((l) => ({ value: l.name, label: l.name, group: f.t(l.official ? "form.languages.official" : "form.languages.other") })),
      levels: f.levels.map((l) => ({ value: l, label: l })),
    },
  ],
};

/** The official languages the selection criteria call essential, other than those asked, each with its quote. */
function essentialOthers(ctx: Context, asked: string[]): string[] {
  const out: string[] = [];
  for (const c of ctx.facts.selectionCriteria.filter((s) => s.essential))
    for (const l of ctx.reference.languages.official)
      if (!asked.includes(l.name) && new RegExp(`\\b${l.name}\\b`, "iu").test(c.quote)) out.push(ctx.t("languages.selectionEssentialOther", { language: ctx.names.language(l.name), quote: sentence(c.quote) }));
  return [...new Set(out)];
}

/**
 * The notice's language rule in sentences, for a question about it ("Do I need C1 English?"): each
 * requirement, and what it says of a language the question names.
 */
export function describeLanguages(ctx: Context, rule: RuleOf<"languages">): { parts: string[]; citations: string[] } {
  const parts: string[] = [];
  const official = ctx.reference.languages.official;
  // "Is Irish an official language?" wants a yes; "Do I need French?" wants the rule, not a yes.
  // What the classifier read decides (a question whether it is needed, or whether it counts); else the patterns.
  const requirement = ctx.u.topics.has("languages.official")
    ? false
    : ctx.u.topics.has("languages.requirements") || ctx.lexicon.cues.requirement.some((p) => new RegExp(p, "iu").test(ctx.u.text));
  // "Maltese native + English C1, is that ok?": two languages or more, each with a level, are the user's languages
  // listed, not languages asked to be required; each is said to count or not.
  const levelled = Object.entries({ ...ctx.u.asked.languages, ...ctx.u.profile.languages }).filter(([, level]) => level && level !== "?").map(([name]) => name);
  const listed = levelled.length >= 2;
  for (const l of ctx.u.languages) {
    const named = rule.requirements.filter((r) => r.languages?.includes(l.name));
    if (named.length) {
      for (const r of named) {
        parts.push(ctx.t("languages.named", { language: ctx.names.language(l.name), requirement: requirementText(ctx, r) }));
        if (!r.level) parts.push(ctx.t("languages.noLevel"));
      }
      continue;
    }
    // A language the selection criteria name ("Knowledge of French (B2) is an asset") is said to be one, not a condition.
    const selection = ctx.facts.selectionCriteria.filter((s) => new RegExp(`\\b${l.name}\\b`, "iu").test(s.quote));
    for (const c of selection) parts.push(ctx.t(c.essential ? "languages.selectionEssential" : "languages.selectionAsset", { quote: sentence(c.quote) }));
    // Only an asset ("Working knowledge of French or Spanish", a table's advantageous column): the language they call essential is named.
    if (selection.length && selection.every((c) => !c.essential)) parts.push(...essentialOthers(ctx, ctx.u.languages.map((x) => x.name)));
    const entry = official.find((o) => o.name === l.name);
    parts.push(
      l.official
        ? ctx.t("languages.official", { language: ctx.names.language(l.name), code: entry?.code ?? "", hasCode: entry ? "yes" : "no", count: official.length, yes: requirement && !(listed && levelled.includes(l.name)) ? "no" : "yes" })
        : ctx.t("languages.notOfficial", { language: ctx.names.language(l.name), note: l.note ?? "", hasNote: l.note ? "yes" : "no", count: official.length }),
    );
  }
  parts.push(ctx.t("languages.rule", { list: listOf(rule.requirements.map((r) => requirementText(ctx, r)), ctx) }));
  if (rule.including) parts.push(ctx.t("languages.including", { languages: listOf(rule.including.map((n) => ctx.names.language(n)), ctx.t("eligibility.or")) }));
  if (rule.requirements.filter((r) => !r.languages).length > 1) parts.push(ctx.t("languages.distinct"));
  return { parts, citations: [...new Set([...rule.requirements.map((r) => r.quote), ...(rule.including ? [rule.quote] : [])])] };
}
