// The language rule, and whether a given language counts.
import { listOf, sentence, type Intent } from "../context.js";
import { describeLanguages } from "../eligibility/languages.js";

export const languages: Intent = (ctx) => {
  // The typed criterion, where the notice has one (src/engine/eligibility/languages.ts); the CEFR scale and
  // the selection language follow below as before.
  const typed = ctx.facts.eligibility.criteria.find((c) => c.type === "languages");
  if (typed && typed.type === "languages" && !ctx.u.topics.has("languages.levels")) {
    const d = describeLanguages(ctx, typed);
    return { parts: d.parts, citations: d.citations.map((q) => ctx.cite(q)) };
  }
  const rule = ctx.facts.eligibility.languages;
  const official = ctx.reference.languages.official;
  const parts: string[] = [];
  const citations = [];
  for (const l of ctx.u.languages) {
    if (l.official) {
      const entry = official.find((o) => o.name === l.name);
      parts.push(`Yes, ${l.name}${entry ? ` (${entry.code})` : ""} is one of the ${official.length} official languages of the EU, so it counts for the language requirements.`);
    } else {
      parts.push(`No, ${l.name} is not one of the ${official.length} official languages of the EU${l.note ? ` (it is ${l.note})` : ""}, so it does not count for the language requirements.`);
    }
  }
  if (rule) {
    const second = rule.second ? ` and at least ${rule.second.level} in a second, different official EU language` : "";
    parts.push(`You need at least ${rule.main.level} in one of the ${official.length} official EU languages${second}.`);
    parts.push(`The notice says: “${sentence(rule.main.quote)}”${rule.second ? ` “${sentence(rule.second.quote)}”` : ""}`);
    citations.push(ctx.cite(rule.main.quote));
    if (rule.second) citations.push(ctx.cite(rule.second.quote));
    if (!ctx.u.languages.length) {
      parts.push(`The official EU languages are: ${listOf(official.map((l) => l.name))}.`);
      if (rule.officialLanguages) citations.push(ctx.cite(rule.officialLanguages.quote));
    }
  } else {
    parts.push("The notice does not set language levels for this post.");
  }
  if (ctx.u.topics.has("languages.levels")) {
    const asked = [...new Set((ctx.u.original.match(/\b[abcABC][12]\b/g) ?? []).map((l) => l.toUpperCase()))];
    const shown = ctx.reference.cefr.levels.filter((l) => (asked.length ? asked.includes(l.level) : [rule?.main.level, rule?.second?.level].includes(l.level)));
    const [low, high] = [ctx.reference.cefr.levels[0], ctx.reference.cefr.levels.at(-1)];
    const scale = low && high ? `; the scale runs from ${low.level} (${low.name}) to ${high.level} (${high.name})` : "";
    if (shown.length) parts.unshift(`On the Common European Framework of Reference (CEFR), ${listOf(shown.map((l) => `${l.level} is “${l.name}”`))}${scale}.`);
  }
  const selection = ctx.facts.selection.language;
  if (selection && !ctx.u.languages.length) {
    parts.push(sentence(selection.quote).replace(/^The selection/, "The selection"));
    citations.push(ctx.cite(selection.quote));
  }
  return { parts, citations, ...(rule ? {} : { gap: "not_in_notice" as const }) };
};
