// The language rule, and whether a given language counts.
import { listOf, says, silence, subject, type Intent } from "../context.js";

export const languages: Intent = (ctx) => {
  const rule = ctx.facts.eligibility.languages;
  const official = ctx.reference.languages.official;
  const parts: string[] = [];
  const citations = [];
  const name = (l: { name: string }) => ctx.names.language(l.name);
  const levels = { ...(ctx.u.asked.languages ?? {}), ...(ctx.u.profile.languages ?? {}) };
  const rank = (level: string | undefined) => ctx.reference.cefr.levels.find((c) => c.level === level)?.rank ?? 0;
  const requirement = ctx.u.topics.has("languages.requirements") && !ctx.u.topics.has("languages.official");
  for (const l of ctx.u.languages) {
    const level = levels[l.name];
    // "Is B1 English enough?": the level compared with what the rule asks of a main and of a second language.
    if (rule && l.official && level && level !== "?") {
      const params = { language: name(l), level, main: rule.main.level, second: rule.second?.level ?? "" };
      if (rank(level) >= rank(rule.main.level)) parts.push(ctx.t("languages.level.enoughMain", params));
      else if (rule.second && rank(level) >= rank(rule.second.level)) parts.push(ctx.t("languages.level.enoughSecond", params));
      else parts.push(ctx.t(rule.second ? "languages.level.below" : "languages.level.belowMain", params));
      continue;
    }
    // "Do I need French?": an option among the official languages is not a requirement.
    if (rule && l.official && requirement) {
      parts.push(ctx.t(rule.second ? "languages.required.not" : "languages.required.notOne", { language: name(l), count: official.length, main: rule.main.level, second: rule.second?.level ?? "" }));
      continue;
    }
    const entry = official.find((o) => o.name === l.name);
    if (l.official) parts.push(ctx.t("languages.official.yes", { language: name(l), code: entry?.code ?? "", count: official.length }));
    else parts.push(ctx.t(l.note ? "languages.official.noNote" : "languages.official.no", { language: name(l), count: official.length, note: l.note ?? "" }));
  }
  // "Is B1 enough for the second language?": a level asked about without naming a language.
  const levelsAsked = [...new Set((ctx.u.original.match(/\b[abcABC][12]\b/g) ?? []).map((l) => l.toUpperCase()))];
  if (rule && !ctx.u.languages.length && levelsAsked.length === 1 && !ctx.u.topics.has("languages.levels")) {
    const level = levelsAsked[0]!;
    const params = { level, main: rule.main.level, second: rule.second?.level ?? "" };
    if (rank(level) >= rank(rule.main.level)) parts.push(ctx.t("languages.levelOnly.enoughMain", params));
    else if (rule.second && rank(level) >= rank(rule.second.level)) parts.push(ctx.t("languages.levelOnly.enoughSecond", params));
    else parts.push(ctx.t(rule.second ? "languages.levelOnly.below" : "languages.levelOnly.belowMain", params));
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
