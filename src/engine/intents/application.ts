// How to apply: the channels the notice gives (e-mail, an online portal or form, an intermediary), the channels
// it refuses, the documents and their format, by when, and who hears back. Addresses the notice gives for
// something else (questions, data protection) are never offered as where to apply.
import type { Citation } from "../../answer.js";
import { deadlineInstant, isDateOnly } from "../../time/deadline.js";
import { formatMoment } from "../../time/format.js";
import { fromPassages, listOf, quoted, type Intent } from "../context.js";

export const application: Intent = (ctx) => {
  const a = ctx.facts.application;
  const notified = ctx.facts.selection.onlyShortlistedNotified;
  const asks = (t: string) => ctx.u.topics.has(`application.${t}`);
  const parts: string[] = [];
  const citations: Citation[] = [];
  const cite = (q: string | undefined) => q && citations.push(ctx.cite(q));
  if (asks("notify") && notified) {
    parts.push(quoted(ctx, notified.quote), ctx.t("application.notifyHint"));
    cite(notified.quote);
    if (!asks("format") && !asks("order")) return { parts, citations };
  }
  // The channels first: that is what "how do I apply" and "can I e-mail it" are about.
  const channels = a.channels.length ? a.channels : a.address ? [{ kind: "email" as const, value: a.address.value, quote: a.address.quote }] : [];
  const email = channels.some((c) => c.kind === "email");
  const refusedEmail = Boolean(a.refused?.kinds.includes("email")) || (asks("email") && !email && channels.length > 0);
  if (asks("email") && !email) parts.push(ctx.t("application.only", { refusedEmail: refusedEmail ? "yes" : "no", count: channels.length }));
  for (const c of channels) {
    if (c.kind === "online") parts.push(ctx.t("application.online", { value: c.value ?? "" }));
    else if (c.kind === "intermediary") parts.push(ctx.t("application.intermediary", { value: c.value ?? "" }));
    else {
      const subject = a.subjectReference?.value;
      parts.push(ctx.t("application.email", { address: c.value ?? "", subject: subject ?? "", hasSubject: subject ? "yes" : "no" }));
    }
    cite(c.quote);
  }
  // No typed channel: the notice's passages on applying ("exclusivement en ligne", "sent by e-mail … not accepted").
  const open = channels.length ? undefined : fromPassages(ctx, "application", ctx.t("application.subject.where"), a.refused ? [a.refused.quote] : [], 2);
  if (open) {
    parts.push(...open.parts);
    citations.push(...open.citations);
  }
  if (a.refused) {
    parts.push(quoted(ctx, a.refused.quote));
    cite(a.refused.quote);
  }
  if (asks("email") && !email && a.notForApplications.length) parts.push(ctx.t("application.notForEmail"));
  if (a.documents) {
    const docs = a.documents.value.map((d, i) => `${i + 1}. ${d}`).join("\n");
    parts.push(`${ctx.t(a.singlePdf ? "application.documentsPdf" : "application.documents")}\n${docs}`);
    cite(a.documents.quote);
  } else if (a.singlePdf && !a.format) {
    parts.push(ctx.t("application.singlePdf"));
    cite(a.singlePdf.quote);
  }
  // The format the notice asks for (Europass, one PDF, the language), in its own words.
  const format = a.format ?? (a.singlePdf && !a.documents ? a.singlePdf : undefined);
  if (format && format !== a.singlePdf) {
    parts.push(quoted(ctx, format.quote));
    cite(format.quote);
  }
  if (asks("format") && a.singlePdf)
    parts.push(ctx.t("application.singlePdfOnly", { hasDocuments: a.documents ? "yes" : "no", documents: a.documents ? listOf(a.documents.value, ctx) : "" }));
  const d = ctx.facts.deadline;
  if (d) {
    const at = deadlineInstant(d);
    const when = formatMoment(at, d.zone, ctx.speaker);
    parts.push(ctx.t(isDateOnly(d) ? "application.byDeadlineDay" : "application.byDeadline", { when }));
  }
  if (a.noLateApplications && a.noLateApplications.quote !== a.refused?.quote) {
    parts.push(quoted(ctx, a.noLateApplications.quote));
    cite(a.noLateApplications.quote);
  }
  if (notified && !asks("notify")) {
    parts.push(quoted(ctx, notified.quote));
    cite(notified.quote);
  }
  return { parts, citations, ...(channels.length || open?.citations.length ? {} : { gap: "not_in_notice" as const }) };
};
