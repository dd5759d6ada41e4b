// How to apply: the address applications go to, the reference to give in the subject, the documents and
// their order, the single-PDF rule and the refusal of late applications.
import { join, type Span, type Unit } from "../document.js";
import { headOf, REFERENCE_TOKEN } from "./header.js";
import { passageRule, rule, type Rule } from "./rule.js";
import type { Hit, Reader } from "./reader.js";

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

const inApply = (r: Reader) => (h: Hit) => r.role(h.unit) === "apply";
const notFor = /\bquestions?\b|\bcontact\b|\bdata protection\b|\bprivacy\b|\bcomplaint\b|\brequests?\b|\bDPO\b/i;
const send = (h: Hit) => /\b(?:send|submit|apply|e-?mail|address|forward)\b/i.test(h.span.clean) && !notFor.test(h.span.clean);

/** A list item's words without its bullet or number and without the list's punctuation. */
export function itemText(s: string): string {
  return s
    .replace(/^\s*(?:[-•*▪●◦–]|\d{1,2}[.)])\s+/, "")
    .replace(/[.;,]\s*(?:and|or)?\s*$/i, "")
    .replace(/\s+(?:and|or)$/i, "")
    .trim();
}

/** The address: an e-mail address in a sentence on sending (in the part on applying first), else a link there. */
function findAddress(r: Reader): { span: Span; value: string } | undefined {
  const mail = r.sentence(EMAIL, (h) => inApply(r)(h) && send(h)) ?? r.sentence(EMAIL, (h) => send(h) && r.role(h.unit) !== "intro");
  if (mail) return { span: mail.span, value: mail.match[0] };
  // A link's address survives only in the raw words: "[apply here](https://…)".
  const link = /https?:\/\/[^\s)\]]+[^\s)\].,;]/;
  const url = r.hits((h) => inApply(r)(h) && send(h) && link.test(h.span.raw))[0];
  const address = url && link.exec(url.span.raw)![0];
  return url && address ? { span: url.span, value: address } : undefined;
}

/** The reference to give in the subject: a reference-like token beside "subject", else the notice's own reference there. */
function findSubjectReference(r: Reader): { span: Span; value: string } | undefined {
  const subject = r.sentence(new RegExp(`${REFERENCE_TOKEN}[^.]*\\bsubject\\b|\\bsubject\\b[^.]*?${REFERENCE_TOKEN}`));
  const token = subject && (subject.match[1] ?? subject.match[2])!.replace(/\s/g, "");
  if (subject && token && /\d/.test(token)) return { span: subject.span, value: token };
  const reference = headOf(r).reference?.value;
  if (reference && r.sentence(/\bsubject\b/i, inApply(r))?.span.clean.includes(reference)) return { span: r.sentence(/\bsubject\b/i, inApply(r))!.span, value: reference };
  return undefined;
}

/** The documents: a list led in by "documents", "in this order"… in the part on applying, else those named in the sentence sending them. */
function findDocuments(r: Reader): { span: Span; value: string[] } | undefined {
  const bullets = r.doc.units.filter((u) => u.kind === "bullet" && u.leadIn && r.role(u) === "apply");
  const leadIn = bullets.find((b) => /\b(?:documents?|order|include|send|submit|consist|following|attach|upload|enclose)\b/i.test(b.leadIn!.clean))?.leadIn;
  if (leadIn) {
    const items = bullets.filter((b) => b.leadIn === leadIn);
    return { span: join(r.doc, leadIn.sentences.at(-1) ?? (leadIn as Unit), items.at(-1)!), value: items.map((b) => itemText(b.clean)) };
  }
  // "…should send their CV and motivation letter to X@ec.europa.eu": the documents named in the sentence itself.
  const named = /\b(?:CV|curriculum vitae|letter|form|certificate|diploma|copy|copies|statement|declaration|references?)\b/i;
  const hit = r.sentence(new RegExp(`\\b(?:send|submit|e-?mail)\\s+(?:(?:their|your|the following|a|an)\\s+)?(.+?)\\s+(?:by\\s+[^,]+?\\s+)?to\\s+${EMAIL.source}`, "i"), inApply(r));
  const items = hit?.match[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((i) => i.replace(/^(?:a|an|the|their|your)\s+/i, "").trim()).filter(Boolean);
  if (!hit || !items?.length || !items.every((i) => named.test(i))) return undefined;
  return { span: hit.span, value: items };
}

export const applicationRules: Rule[] = [
  rule({
    field: "application.address",
    find: findAddress,
    parse: (p) => ({ fact: { value: p.value, quote: p.span.raw }, value: p.value }),
  }),
  rule({
    field: "application.subjectReference",
    find: findSubjectReference,
    parse: (p) => ({ fact: { value: p.value, quote: p.span.raw }, value: p.value }),
  }),
  rule({
    field: "application.documents",
    find: findDocuments,
    parse: (p) => ({ fact: { value: p.value, quote: p.span.raw }, value: p.value.join("; ") }),
  }),
  passageRule("application.singlePdf", (r) => r.sentence(/\b(?:single|one)\s+(?:pdf|PDF|file|document)\b|\bin (?:one|a single) (?:pdf|PDF|file)\b/i)),
  passageRule("application.noLateApplications", (r) =>
    r.sentence(/\bno applications? (?:will|shall|can) be (?:accepted|considered)\b|\blate applications\b|\bapplications? (?:received|sent|submitted) after\b[^.]*\b(?:not|rejected)\b/i),
  ),
];
