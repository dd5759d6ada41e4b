// The grade range and how the grade and step are set.
import type { Citation } from "../../answer.js";
import { isYesNoQuestion, quoted, silence, type Intent } from "../context.js";

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
  if (grading) {
    parts.push(quoted(ctx, grading.quote));
    citations.push(ctx.cite(grading.quote));
  }
  return { parts, citations, ...(grades ? {} : { gap: "not_in_notice" as const }) };
};
