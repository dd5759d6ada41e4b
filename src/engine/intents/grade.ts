// The grade range and how the grade and step are set.
import type { Citation } from "../../answer.js";
import { experienceYearsOf } from "../eligibility/experience.js";
import { phraseRegExp } from "../language-pack.js";
import { normalizeForMatch } from "../../text/normalize.js";
import { isYesNoQuestion, listOf, quoted, silence, type Context, type Intent } from "../context.js";

/**
 * The grade the notice's table gives for the user's years of experience (those of a supposition first, then
 * this message's, then the conversation's); the table itself when the years are not known.
 */
export function gradeByExperience(ctx: Context, onlyWhenKnown = false): { parts: string[]; citations: Citation[] } {
  const table = ctx.facts.contract.gradeByExperience;
  if (!table) return { parts: [], citations: [] };
  const years = experienceYearsOf(ctx, ctx.u.asked) ?? experienceYearsOf(ctx, ctx.u.profile) ?? experienceYearsOf(ctx, ctx.session.profile);
  if (years === undefined && onlyWhenKnown) return { parts: [], citations: [] };
  const citations = [ctx.cite(table.quote)];
  if (years === undefined)
    return { parts: [ctx.t("grade.byExperienceTable", { list: listOf(table.rows.map((r) => ctx.t("grade.byExperienceRow", { grade: r.grade, min: r.minYears })), ctx) })], citations };
  const row = table.rows.find((r) => years >= r.minYears && (r.belowYears === undefined || years < r.belowYears));
  const least = Math.min(...table.rows.map((r) => r.minYears));
  return { parts: [row ? ctx.t("grade.byExperience", { years, grade: row.grade }) : ctx.t("grade.byExperienceBelow", { years, min: least })], citations };
}

const stepWords = new WeakMap<readonly string[], RegExp | null>();

/** Whether the message asks for the step within the grade, in its language's words (words.json `notice.step`). */
function asksStep(ctx: Context): boolean {
  const list = ctx.lexicon.words.notice.step;
  if (!stepWords.has(list)) stepWords.set(list, phraseRegExp(list) ?? null);
  return Boolean(stepWords.get(list)?.test(normalizeForMatch(ctx.u.text)));
}

export const grade: Intent = (ctx) => {
  const { grades, staffCategory } = ctx.facts;
  const grading = ctx.facts.contract.grading;
  const parts: string[] = [];
  const citations: Citation[] = [];
  // "Is it an AST post?": the function group asked about (a code, a value) against the notice's grades.
  const asked = /\b(ad|ast(?:\/sc)?|sc|fg)\b/i.exec(ctx.u.text)?.[1]?.toUpperCase();
  if (grades && asked && isYesNoQuestion(ctx)) {
    const group = (g: string) => /^[A-Z/]+/.exec(g.toUpperCase())?.[0] ?? g;
    parts.push(ctx.t(group(grades.min) === asked ? "grade.yes" : "grade.no", { asked, group: group(grades.min) }));
  }
  if (grades) {
    parts.push(
      grades.min === grades.max
        ? ctx.t("grade.single", { grade: grades.min })
        : ctx.t("grade.range", { min: grades.min, max: grades.max, maxNumber: grades.max.replace(/^[A-Z]+\s?/, "") }),
    );
    citations.push(ctx.cite(grades.quote));
  } else parts.push(silence(ctx, ctx.t("grade.subject")));
  if (staffCategory?.functionGroup)
    parts.push(/^function group/i.test(staffCategory.functionGroup) ? `${staffCategory.functionGroup}.` : ctx.t("grade.functionGroup", { group: staffCategory.functionGroup }));
  // "What step will I start at?": the notice's passage on the step, or that it states the grade but not the step.
  const step = ctx.facts.contract.step;
  // Answered beside another request from the whole message ("what's the next step after I apply?"), the word is that request's.
  if (!ctx.u.alongside && asksStep(ctx)) {
    if (step && !grading?.quote.includes(step.quote)) {
      parts.push(quoted(ctx, step.quote));
      citations.push(ctx.cite(step.quote));
    } else if (!step && grades) parts.push(ctx.t("grade.stepMissing"));
  }
  if (grading) {
    parts.push(quoted(ctx, grading.quote));
    citations.push(ctx.cite(grading.quote));
  }
  const byExperience = gradeByExperience(ctx);
  parts.push(...byExperience.parts);
  citations.push(...byExperience.citations);
  // "Which exact grade and step will I get?": a range, and no table placing the user in it, does not state the exact grade.
  const exact = phraseRegExp(ctx.lexicon.words.exact);
  if (grades && grades.min !== grades.max && !gradeByExperience(ctx, true).parts.length && exact?.test(normalizeForMatch(ctx.u.text))) parts.push(ctx.t("engine.detailMissing"));
  return { parts, citations, ...(grades ? {} : { gap: "not_in_notice" as const }) };
};
