// The language rule, and whether a given language counts.
import type { CefrLevel } from "../../knowledge/schema.js";
import type { Citation } from "../../answer.js";
import { listOf, says, silence, subject, type Context, type Intent } from "../context.js";
import { normalizeForMatch, words } from "../../text/normalize.js";
import { describeLanguages } from "../eligibility/languages.js";

/**
 * "Is B1 English enough?", "Is C1 enough for the main language?": a level asked about, compared with what the
 * rule asks of a main and of a second language. Nothing when the question names no level or the rule has none.
 */
function levelAnswers(ctx: Context, main: CefrLevel | undefined, second: CefrLevel | undefined): string[] {
  if (!main) return [];
  const rank = (level: string | undefined) => ctx.reference.cefr.levels.find((c) => c.level === level)?.rank ?? 0;
  const compare = (level: string, language?: string) => {
    const params = { language: language ?? "", level, main, second: second ?? "" };
    const kind = language ? "languages.level" : "languages.levelOnly";
    if (rank(level) >= rank(main)) return ctx.t(`${kind}.enoughMain`, params);
    if (second && rank(level) >= rank(second)) return ctx.t(`${kind}.enoughSecond`, params);
    return ctx.t(second ? `${kind}.below` : `${kind}.belowMain`, params);
  };
  const levels = { ...(ctx.u.asked.languages ?? {}), ...(ctx.u.profile.languages ?? {}) };
  const official = new Set(ctx.reference.languages.official.map((l) => l.name));
  const named = ctx.u.languages.filter((l) => official.has(l.name) && levels[l.name] && levels[l.name] !== "?");
  if (named.length) return named.map((l) => compare(levels[l.name]!, ctx.names.language(l.name)));
  const asked = [...new Set((ctx.u.original.match(/\b[abcABC][12]\b/g) ?? []).map((l) => l.toUpperCase()))];
  return !ctx.u.languages.length && asked.length === 1 && !ctx.u.topics.has("languages.levels") ? [compare(asked[0]!)] : [];
}

/**
 * "Do I need French?": the notice's passages on languages that name a language the user names ("Knowledge of
 * French or German would be an asset."), in its own words, which say whether it is required or an advantage.
 */
export function naming(ctx: Context, shown: string[], languages: string[] = ctx.u.languages.map((l) => l.name), maxBreadth = Infinity): { parts: string[]; citations: Citation[] } {
  if (!languages.length) return { parts: [], citations: [] };
  const names = languages.flatMap((name) => {
    const entry = [...ctx.reference.languages.official, ...ctx.reference.languages.other].find((o) => o.name === name);
    return [name, ...(entry?.aliases ?? [])].map((n) => normalizeForMatch(n)).filter((n) => n.length > 2);
  });
  const naming = (text: string) => {
    const w = new Set(words(normalizeForMatch(text)));
    return names.some((n) => w.has(n));
  };
  // A passage naming many languages (the list of the official ones) says nothing of this one in particular: the
  // passages naming fewer languages come first ("Excellent communication skills in English" before the list).
  const all = [...ctx.reference.languages.official, ...ctx.reference.languages.other].map((o) => [o.name, ...o.aliases].map((n) => normalizeForMatch(n)).filter((n) => n.length > 2));
  const breadth = (text: string) => {
    const w = new Set(words(normalizeForMatch(text)));
    return all.filter((ns) => ns.some((n) => w.has(n))).length;
  };
  // A passage already quoted in part ("Very good command of English." of "… English. Knowledge of Spanish would
  // be an asset.") still gives its other part, verbatim, when that part names the language.
  const on = ctx.search
    .onTopic("languages")
    .flatMap((p) => {
      if (shown.some((q) => q.includes(p.text))) return [];
      const rest = shown.filter((q) => p.text.includes(q)).reduce((parts, q) => parts.flatMap((part) => part.split(q)), [p.text]);
      return rest.map((t) => t.trim().replace(/^(?:[-•*–]|\d+\.)\s+/, "")).filter((t) => t.length > 2 && naming(t)).map((text) => ({ ...p, text }));
    })
    .map((p, at) => ({ p, at, breadth: breadth(p.text) }))
    .filter((x) => x.breadth <= maxBreadth)
    .sort((a, b) => a.breadth - b.breadth || a.at - b.at)
    .map((x) => x.p)
    .slice(0, 3);
  if (!on.length) return { parts: [], citations: [] };
  return { parts: [says(ctx, ...on.map((p) => p.text))], citations: on.map((p) => ({ sectionId: p.sectionId, heading: p.heading, quote: p.text })) };
}

export const languages: Intent = (ctx) => {
  const reply = rule(ctx);
  const more = naming(ctx, reply.citations.map((c) => c.quote));
  if (!more.citations.length) return reply;
  // After the rule, the passages naming the language asked, which say whether it is required or an asset; in a
  // question on the requirement, without "it is an official language", which answers another ("does it count?").
  const official = ctx.reference.languages.official;
  const requirement = ctx.u.topics.has("languages.requirements") && !ctx.u.topics.has("languages.official");
  const countsLines = new Set(
    requirement ? ctx.u.languages.map((l) => ctx.t("languages.official.yes", { language: ctx.names.language(l.name), code: official.find((o) => o.name === l.name)?.code ?? "", count: official.length })) : [],
  );
  const { gap: _gap, ...rest } = reply;
  return { ...rest, parts: [...reply.parts.filter((p) => !countsLines.has(p)), ...more.parts], citations: [...reply.citations, ...more.citations] };
};

const rule: Intent = (ctx) => {
  // The typed criterion, where the notice has one (src/engine/eligibility/languages.ts), after the answer to a
  // level asked about; the CEFR scale and the selection language follow below as before.
  const typed = ctx.facts.eligibility.criteria.find((c) => c.type === "languages");
  if (typed && typed.type === "languages" && !ctx.u.topics.has("languages.levels")) {
    const general = typed.requirements.filter((r) => !r.languages && r.level).map((r) => r.level!);
    const rank = (level: string) => ctx.reference.cefr.levels.find((c) => c.level === level)?.rank ?? 0;
    const [main, second] = [...general].sort((a, b) => rank(b) - rank(a));
    const d = describeLanguages(ctx, typed);
    // "Which languages are official?": the list, where the user names none.
    const list = !ctx.u.languages.length && ctx.u.topics.has("languages.official") ? [ctx.t("languages.list", { languages: listOf(ctx.reference.languages.official.map((l) => ctx.names.language(l.name)), ctx) })] : [];
    return { parts: [...levelAnswers(ctx, main, second), ...d.parts, ...list], citations: d.citations.map((q) => ctx.cite(q)) };
  }
  const rule = ctx.facts.eligibility.languages;
  const official = ctx.reference.languages.official;
  const parts: string[] = [];
  const citations = [];
  const name = (l: { name: string }) => ctx.names.language(l.name);
  const requirement = ctx.u.topics.has("languages.requirements") && !ctx.u.topics.has("languages.official");
  const levelled = levelAnswers(ctx, rule?.main.level, rule?.second?.level);
  parts.push(...levelled);
  for (const l of ctx.u.languages) {
    if (levelled.length && !requirement) continue;
    // "Do I need French?": an option among the official languages is not a requirement.
    if (rule && l.official && requirement) {
      parts.push(ctx.t(rule.second ? "languages.required.not" : "languages.required.notOne", { language: name(l), count: official.length, main: rule.main.level, second: rule.second?.level ?? "" }));
      continue;
    }
    const entry = official.find((o) => o.name === l.name);
    if (l.official) parts.push(ctx.t("languages.official.yes", { language: name(l), code: entry?.code ?? "", count: official.length }));
    else parts.push(ctx.t(l.note ? "languages.official.noNote" : "languages.official.no", { language: name(l), count: official.length, note: l.note ?? "" }));
  }
  if (rule) {
    parts.push(ctx.t(rule.second ? "languages.rule.two" : "languages.rule.one", { main: rule.main.level, second: rule.second?.level ?? "", count: official.length }));
    parts.push(says(ctx, rule.main.quote, ...(rule.second ? [rule.second.quote] : [])));
    citations.push(ctx.cite(rule.main.quote));
    if (rule.second) citations.push(ctx.cite(rule.second.quote));
    if (!ctx.u.languages.length) {
      parts.push(ctx.t("languages.list", { languages: listOf(official.map(name), ctx) }));
      if (rule.officialLanguages) citations.push(ctx.cite(rule.officialLanguages.quote));
    }
  } else parts.push(silence(ctx, subject(ctx, "languages")));
  if (ctx.u.topics.has("languages.levels")) {
    const asked = [...new Set((ctx.u.original.match(/\b[abcABC][12]\b/g) ?? []).map((l) => l.toUpperCase()))];
    const shown = ctx.reference.cefr.levels.filter((l) => (asked.length ? asked.includes(l.level) : [rule?.main.level, rule?.second?.level].includes(l.level)));
    const [low, high] = [ctx.reference.cefr.levels[0], ctx.reference.cefr.levels.at(-1)];
    if (shown.length)
      parts.unshift(
        ctx.t("languages.cefr", {
          levels: listOf(shown.map((l) => ctx.t("languages.cefr.level", { level: l.level, name: ctx.t(`cefr.${l.level}`) })), ctx),
          low: low?.level ?? "",
          lowName: low ? ctx.t(`cefr.${low.level}`) : "",
          high: high?.level ?? "",
          highName: high ? ctx.t(`cefr.${high.level}`) : "",
        }),
      );
  }
  const selection = ctx.facts.selection.language;
  if (selection && !ctx.u.languages.length) {
    parts.push(says(ctx, selection.quote));
    citations.push(ctx.cite(selection.quote));
  }
  return { parts, citations, ...(rule ? {} : { gap: "not_in_notice" as const }) };
};
