// The post at a glance: title, reference, who is hiring, where, category and grade.
import type { Citation } from "../../answer.js";
import { silence, type Intent } from "../context.js";

export const post: Intent = (ctx) => {
  const f = ctx.facts;
  const lines: string[] = [];
  const citations: Citation[] = [];
  const add = (label: string, value: string | undefined, quote: string | undefined) => {
    if (!value || !quote) return;
    lines.push(`• ${label}: ${value}`);
    citations.push(ctx.cite(quote));
  };
  add(ctx.t("post.label.post"), f.title?.value, f.title?.quote);
  add(ctx.t("post.label.reference"), f.reference?.value, f.reference?.quote);
  add(ctx.t("post.label.employer"), [f.service?.value, f.directorate?.value].filter(Boolean).join(", ") || undefined, (f.service ?? f.directorate)?.quote);
  add(ctx.t("post.label.place"), f.place?.value, f.place?.quote);
  add(ctx.t("post.label.category"), f.staffCategory && `${f.staffCategory.value}${f.staffCategory.functionGroup ? ` (${f.staffCategory.functionGroup})` : ""}`, f.staffCategory?.quote);
  add(ctx.t("post.label.grade"), f.grades && (f.grades.min === f.grades.max ? f.grades.min : `${f.grades.min}–${f.grades.max}`), f.grades?.quote);
  add(ctx.t("post.label.domain"), f.domain?.value, f.domain?.quote);
  add(ctx.t("post.label.posts"), f.posts && String(f.posts.value), f.posts?.quote);
  if (!lines.length) return { parts: [silence(ctx, ctx.t("post.subject"))], citations: [], gap: "not_in_notice" };
  const parts = [lines.join("\n")];
  if (f.reference && f.application.subjectReference) parts.push(ctx.t("post.subjectReference", { reference: f.application.subjectReference.value }));
  return { parts, citations };
};
