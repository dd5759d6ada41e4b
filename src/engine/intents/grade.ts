// The grade range and how the grade and step are set.
import type { Citation } from "../../answer.js";
import { sentence, silence, type Intent } from "../context.js";

export const grade: Intent = (ctx) => {
  const { grades, staffCategory } = ctx.facts;
  const grading = ctx.facts.contract.grading;
  const parts: string[] = [];
  const citations: Citation[] = [];
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
    parts.push(sentence(grading.quote));
    citations.push(ctx.cite(grading.quote));
  }
  return { parts, citations, ...(grades ? {} : { gap: "not_in_notice" as const }) };
};
