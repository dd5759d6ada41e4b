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
  add("Post", f.title?.value, f.title?.quote);
  add("Selection reference", f.reference?.value, f.reference?.quote);
  add("Employer", [f.service?.value, f.directorate?.value].filter(Boolean).join(", ") || undefined, (f.service ?? f.directorate)?.quote);
  add("Place", f.place?.value, f.place?.quote);
  add("Staff category", f.staffCategory && `${f.staffCategory.value}${f.staffCategory.functionGroup ? ` (${f.staffCategory.functionGroup})` : ""}`, f.staffCategory?.quote);
  add("Grade", f.grades && `${f.grades.min}–${f.grades.max}`, f.grades?.quote);
  add("Domain", f.domain?.value, f.domain?.quote);
  add("Posts", f.posts && String(f.posts.value), f.posts?.quote);
  if (!lines.length) return { parts: [silence(ctx, "the post")], citations: [], gap: "not_in_notice" };
  const parts = [lines.join("\n")];
  if (f.reference && f.application.subjectReference) parts.push(`Put the reference ${f.reference.value} in the subject of your application e-mail.`);
  return { parts, citations };
};
