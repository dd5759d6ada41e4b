// How to apply: the documents, their order, the single PDF, where to send, by when, and who hears back.
import type { Citation } from "../../answer.js";
import { deadlineInstant, formatDateTime, formatOffset, zoneLabel } from "../../time/deadline.js";
import { listOf, sentence, silence, type Intent } from "../context.js";

export const application: Intent = (ctx) => {
  const a = ctx.facts.application;
  const notified = ctx.facts.selection.onlyShortlistedNotified;
  const asks = (t: string) => ctx.u.topics.has(`application.${t}`);
  const parts: string[] = [];
  const citations: Citation[] = [];
  if (asks("notify") && notified) {
    parts.push(sentence(notified.quote));
    parts.push("So if you are not shortlisted, you may not hear back.");
    citations.push(ctx.cite(notified.quote));
    if (!asks("format") && !asks("order")) return { parts, citations };
  }
  if (a.documents) {
    const docs = a.documents.value.map((d, i) => `${i + 1}. ${d}`).join("\n");
    parts.push(`${a.singlePdf ? "Send your documents as one single PDF, " : "Send "}in this order:\n${docs}`);
    citations.push(ctx.cite(a.documents.quote));
  } else if (a.singlePdf) {
    parts.push("Send your documents as one single PDF.");
    citations.push(ctx.cite(a.singlePdf.quote));
  }
  if (asks("format") && a.singlePdf) parts.push(`Not as separate files: the notice asks for a single PDF${a.documents ? ` holding ${listOf(a.documents.value)}` : ""}.`);
  if (a.address) {
    const subject = a.subjectReference ? ` with the selection reference ${a.subjectReference.value} in the subject` : "";
    parts.push(`E-mail it to ${a.address.value}${subject}.`);
    citations.push(ctx.cite(a.address.quote));
  } else parts.push(silence(ctx, "where to send an application"));
  const d = ctx.facts.deadline;
  if (d) {
    const at = deadlineInstant(d);
    parts.push(`It must arrive by the deadline: ${formatDateTime(at, d.zone)} ${zoneLabel(d.zone)} (${formatOffset(at, d.zone)}).`);
  }
  if (a.noLateApplications) {
    parts.push(sentence(a.noLateApplications.quote));
    citations.push(ctx.cite(a.noLateApplications.quote));
  }
  if (notified && !asks("notify")) {
    parts.push(sentence(notified.quote));
    citations.push(ctx.cite(notified.quote));
  }
  return { parts, citations };
};
