// The terms of a notice beyond its criteria: how to apply (e-mail, an online portal or form, an
// intermediary), the channels and addresses it refuses, the contract's renewals and total length, pay as
// written, telework, the reserve list, the selection steps and the selection criteria. Each is read from the
// notice's own words and keeps them as its quote; what is not found is reported, never guessed.
import type { Languages } from "../knowledge/schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import { sentences, type NoticeDocument, type Span, type Unit } from "./document.js";
import { escapeRegExp } from "../text/regexp.js";

/** `payWords`: the notice language's words for pay (words.json `notice.topics.pay`: "stipendio", "Grundgehalt"). */
/** `essential`, `advantage`: the words of a list's lead-in ("Essentiels :", "Von Vorteil:"), in the notice's language and English. */
export type TermsContext = { languages: Languages; payWords?: string[]; essential?: string[]; advantage?: string[] };

/**
 * Whether a list's lead-in is one of the words' ("Essentiels :", "Von Vorteil:", "Requisiti essenziali:"): it
 * starts with one, or it is two words at most and holds one ("Candidates must have:" is an eligibility list).
 */
function leadHas(words: string[] | undefined, lead: string): boolean {
  const text = normalizeForMatch(lead).replace(/^[^\p{L}]+/u, "");
  const count = (text.match(/\p{L}+/gu) ?? []).length;
  return (words ?? [])
    .map(normalizeForMatch)
    .filter((w) => w.length >= 3)
    .some((w) => {
      const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}])`, "u").exec(text);
      return Boolean(m && (m.index === 0 || count <= 2));
    });
}

/** A fact read: where it goes, the fact itself, the value shown in the report, the quotes behind it. */
export type Term = { field: string; fact: unknown; value: string; quotes: string[] };

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const NUM = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)";
const numberOf = (w: string): number | undefined => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()]);

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Addresses given for something else than applications. */
const NOT_FOR = /\bquestions?\b|\bcontact\b|\bdata protection\b|\bprivacy\b|\bcomplaint\b|\binformation\b|\brequests?\b|\bDPO\b|\bSupervisor\b/i;
const REFUSED = /\b(?:sent|submitted|received)?\s*(?:by|via)\s+(e-?mail|post|fax)\b[^.]*\b(?:not|no longer)\s+(?:be\s+)?(?:accepted|considered|taken into (?:account|consideration))\b|\b(?:sent|submitted) directly to\b[^.]*\bnot\s+(?:be\s+)?(?:accepted|considered)\b/i;
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

type Hit = { span: Span; unit: Unit };

/** A date in words or figures ("31 December 2028", "31/12/2028") as YYYY-MM-DD. */
function isoDate(s: string): string | undefined {
  const words = /\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/i.exec(s);
  if (words) return `${words[3]}-${String(MONTHS.indexOf(words[2]!.toLowerCase()) + 1).padStart(2, "0")}-${words[1]!.padStart(2, "0")}`;
  const figures = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(s);
  if (figures) return `${figures[3]}-${figures[2]!.padStart(2, "0")}-${figures[1]!.padStart(2, "0")}`;
  return undefined;
}

/**
 * Reads the terms of a notice.
 *
 * @example
 * readTerms(readDocument("HOW TO APPLY\n\nApply via the EMA e-recruitment tool."), ctx, () => "apply").found[0].field // → "application.channels"
 */
export function readTerms(doc: NoticeDocument, ctx: TermsContext, role: (u: Unit) => string): { found: Term[]; missing: string[] } {
  const found: Term[] = [];
  const missing: string[] = [];
  const all: Hit[] = sentences(doc)
    .filter(({ unit }) => unit.kind !== "heading")
    .map(({ sentence, unit }) => ({ span: sentence, unit }));
  const body = all.filter((h) => role(h.unit) !== "intro");
  const first = (re: RegExp, hits: Hit[] = body) => hits.find((h) => re.test(h.span.clean));
  const add = (field: string, fact: unknown, value: string, quotes: string[]) => found.push({ field, fact, value, quotes });

  // ── How to apply ─────────────────────────────────────────────────────────
  const channels: { kind: "email" | "online" | "intermediary"; value?: string; quote: string }[] = [];
  const notFor: { value: string; quote: string }[] = [];
  for (const h of all) {
    const t = h.span.clean;
    const mails = t.match(EMAIL) ?? [];
    if (mails.length && (NOT_FOR.test(t) || !/\b(?:sen[dt]|submit\w*|apply|applications?)\b/i.test(t)))
      for (const m of mails) if (!notFor.some((n) => n.value === m)) notFor.push({ value: m, quote: h.span.raw });
    if (mails.length && !NOT_FOR.test(t) && /\b(?:sen[dt]|submit\w*|e-?mail\w*)\b/i.test(t) && !REFUSED.test(t) && !/\bnot\b/i.test(t))
      for (const m of mails) if (!channels.some((c) => c.value === m)) channels.push({ kind: "email", value: m, quote: h.span.raw });
    const online = /\b(?:via|through|using|on|in)\s+((?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,5}?(?:e-?recruitment\s+)?(?:portal|tool|application form|online form|form|website|platform|system|recruitment pages?|account|EU CV online)\b(?:[^.]*?\([^)]*\))?)/i.exec(t);
    if (online && /\bapply\b|\bapplications?\s+(?:must|should|shall|are to|can|may)\b|\bonly applications\b|\bsubmit(?:ted)?\s+(?:online|via|through|using)\b/i.test(t) && !REFUSED.test(t.slice(0, online.index + 1)) && !NOT_FOR.test(t)) {
      const value = online[1]!.replace(/\s+(?:will|before|by the|no later)\b.*$/i, "").trim();
      if (!channels.some((c) => c.kind === "online")) channels.push({ kind: "online", value, quote: h.span.raw });
    }
    const via = /\b(?:through|via|sent to|submitted to|forwarded by)\s+((?:the|their|your|its)\s+(?:Permanent Representation|national (?:authorities|administration|contact point)|employer)[^,.;]*)/i.exec(t);
    if (via && /\bapplications?\b/i.test(t)) channels.push({ kind: "intermediary", value: via[1]!.trim(), quote: h.span.raw });
  }
  if (channels.length) add("application.channels", channels, channels.map((c) => `${c.kind}${c.value ? `: ${c.value}` : ""}`).join("; "), channels.map((c) => c.quote));
  else missing.push("application.channels");
  if (notFor.length && channels.length) add("application.notForApplications", notFor, notFor.map((n) => n.value).join(", "), notFor.map((n) => n.quote));
  const refused = first(REFUSED);
  if (refused) {
    const t = refused.span.clean;
    const kinds = [...new Set([/e-?mail/i.test(t) && "email", /\bpost\b/i.test(t) && "post", /\bany other channel\b|\bfax\b|\bdirectly to\b/i.test(t) && "other"].filter(Boolean))] as ("email" | "post" | "other")[];
    add("application.refused", { kinds, quote: refused.span.raw }, kinds.join(", "), [refused.span.raw]);
  } else missing.push("application.refused");
  const lang = first(/\b(?:application|CV|motivation letter)s?\b[^.]*\b(?:must|should|shall) be (?:completed|written|drafted|submitted) in\b|\bboth in (?:English|French)\b|\bapplications not in (?:English|French)\b/i);
  const langNames = lang ? ctx.languages.official.filter((l) => new RegExp(`\\b${l.name}\\b`).test(lang.span.clean)).map((l) => l.name) : [];
  if (lang && langNames.length) add("application.language", { value: langNames, quote: lang.span.raw }, langNames.join(", "), [lang.span.raw]);
  const format = first(/\bEuropass\b/i);
  if (format) add("application.format", { value: "Europass", quote: format.span.raw }, "Europass", [format.span.raw]);

  // ── Contract ─────────────────────────────────────────────────────────────
  const notStaff = first(/\bnot an employment contract\b|\bnot (?:members of (?:the )?)?staff\b|\bdo(?:es)? not become (?:an? )?officials?\b/i, all);
  if (notStaff) add("contract.notStaff", { quote: notStaff.span.raw }, "(passage)", [notStaff.span.raw]);
  const renewal = first(/\brenew\w*\b|\b(?:contract|grant|employment)\b[^.]*\b(?:extended|extension|prolonged|exceed)\b|\btotal duration\b/i);
  if (renewal) {
    // The sentence, and the next one when it goes on about the length ("The total duration … may not exceed 6 years").
    const at = body.indexOf(renewal);
    const next = body[at + 1];
    const span = next && next.unit === renewal.unit && /\btotal\b|\bexceed\b|\bfurther renewal\b|\bindefinite\b/i.test(next.span.clean) ? { raw: doc.text.slice(renewal.span.start, next.span.end), clean: `${renewal.span.clean} ${next.span.clean}` } : renewal.span;
    const t = span.clean;
    const times = /\bonce\b/i.test(t) ? 1 : /\btwice\b/i.test(t) ? 2 : undefined;
    const total = new RegExp(`\\b(?:maximum|max\\.?|exceed|up to)\\s+(?:of\\s+)?${NUM}\\s+years?\\s+in total\\b|\\ba total (?:duration |length |period )?of\\s+${NUM}\\s+years?\\b|\\btotal (?:duration|length|period)[^.]*?\\b${NUM}\\s+years?\\b|\\b${NUM}\\s+years?\\s+in total\\b`, "i").exec(t);
    const totalMaxYears = total ? numberOf((total[1] ?? total[2] ?? total[3] ?? total[4])!) : undefined;
    const each = new RegExp(`\\b(?:renewed|renewable|extended|extendable)\\b[^.;]*?\\b(?:period of|for)\\s+(?:a\\s+|another\\s+)?(?:maximum\\s+of\\s+|further\\s+(?:period\\s+of\\s+)?|fixed\\s+period\\s+of\\s+)?(?:up to\\s+)?${NUM}\\s+years?\\b`, "i").exec(t);
    const years = each && !totalMaxYears ? numberOf(each[1]!) : each && !/in total/i.test(each[0]) ? numberOf(each[1]!) : undefined;
    const indefiniteAfter = /\bindefinite\b/i.test(t);
    if (times || totalMaxYears || years || indefiniteAfter || /\b(?:may|can|could) be (?:renewed|extended)\b|\brenewable\b|\bpossibility of (?:renewal|extension)\b/i.test(t))
      add("contract.renewal", { ...(times ? { times } : {}), ...(years ? { years } : {}), ...(totalMaxYears ? { totalMaxYears } : {}), ...(indefiniteAfter ? { indefiniteAfter } : {}), quote: span.raw },
        [times && `${times}×`, years && `${years} years each`, totalMaxYears && `at most ${totalMaxYears} years in total`, indefiniteAfter && "then indefinite"].filter(Boolean).join(", ") || "renewable", [span.raw]);
    else missing.push("contract.renewal");
  } else missing.push("contract.renewal");
  const initial = first(new RegExp(`\\b(?:initial|first)\\s+(?:period|term)\\s+of\\s+${NUM}\\s+years?\\b`, "i"));
  if (initial) add("contract.firstContract", { years: numberOf(/(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+years?/i.exec(initial.span.clean.slice(initial.span.clean.search(/initial|first/i)))![1]!), quote: initial.span.raw }, "(initial period)", [initial.span.raw]);

  // ── Pay, as written ──────────────────────────────────────────────────────
  // "9000 EUR" and "9 000 EUR" (a space, or a no-break space, between thousands) are one figure, not "000 EUR".
  const money = /(?:EUR|€)\s?\d{1,3}(?:[,. \u00a0\u202f]?\d{3})*(?:[.,]\d{2})?|(?<![\d.,])\d{1,3}(?:[,. \u00a0\u202f]?\d{3})*(?:[.,]\d{2})?\s?(?:EUR|€|euros?)/g;
  const own = (ctx.payWords ?? []).filter((w) => w.length >= 4).map((w) => escapeRegExp(w));
  const payWord = new RegExp(`\\b(?:salary|pay|remuneration|allowance|stipend|grant)\\b${own.length ? `|(?<![\\p{L}])(?:${own.join("|")})` : ""}`, "iu");
  const paid = (u: Unit) => u.kind !== "heading" && (u.clean.match(money) ?? []).length > 0 && payWord.test(u.clean);
  // In the notice proper; on a page whose headings are all plain titles, anywhere.
  const payUnit = doc.units.find((u) => paid(u) && role(u) !== "intro") ?? doc.units.find(paid);
  if (payUnit) {
    const figures = payUnit.clean.match(money)!.map((f) => f.trim());
    const basis = /\bnet\b/i.test(payUnit.clean) ? "net" : /\bgross\b/i.test(payUnit.clean) ? "gross" : /\bbasic (?:monthly )?salary\b/i.test(payUnit.clean) ? "basic" : undefined;
    add("contract.salary", { figures, currency: "EUR", ...(basis ? { basis } : {}), range: /\bbetween\b[^.]*\band\b|\bfrom\b[^.]*\bto\b/i.test(payUnit.clean) && figures.length >= 2, quote: payUnit.raw }, figures.join(" – "), [payUnit.raw]);
  } else missing.push("contract.salary");
  const allowances = first(/\ballowances?\b[^.]*\b(?:expatriation|household|family|child|education|living|mobility|installation)\b/i);
  if (allowances) add("contract.allowances", { quote: allowances.span.raw }, "(passage)", [allowances.span.raw]);
  else missing.push("contract.allowances");

  // ── Telework, reserve list ───────────────────────────────────────────────
  const telework = first(/\btelework\w*\b|\bhybrid work\w*\b|\bremote(?:ly)? work\w*\b|\bwork(?:ing)? remotely\b/i);
  if (telework) {
    const share = /\bat least\s+(\d{1,3})\s?%/.exec(telework.span.clean);
    add("telework", { ...(share ? { minOfficeShare: Number(share[1]) } : {}), quote: telework.span.raw }, share ? `at least ${share[1]}% in the office` : "(passage)", [telework.span.raw]);
  } else missing.push("telework");
  const reserveLine = doc.lines.find((l) => /^\W{0,3}reserve list[^:]*:\s*\S/i.test(l.clean));
  // A sentence of the body rather than a header block run together; the header's "Reserve list valid until:" line otherwise.
  const short = body.filter((h) => h.span.clean.length < 300);
  const reserve = first(/\breserve list\b[^.]*\bvalid\b/i, short) ?? first(/\breserve list\b[^.]*\b(?:established|drawn up)\b|\b(?:establish|draw up)\b[^.]*\breserve list\b|\bplacement on (?:the|a) reserve list\b/i, body.filter((h) => h.span.clean.length < 300));
  const reserveQuote = reserve?.span ?? reserveLine;
  if (reserveQuote) {
    const until = isoDate(/\bvalid (?:until|till)\b:?\s*(.*)$/i.exec(reserveQuote.clean)?.[1] ?? "");
    add("reserveList", { ...(until ? { until } : {}), quote: reserveQuote.raw }, until ? `valid until ${until}` : "(passage)", [reserveQuote.raw]);
  } else missing.push("reserveList");

  // ── Selection ────────────────────────────────────────────────────────────
  const steps = first(/\binvited (?:to|for)\b[^.]*\b(?:interview|test|assessment)\b/i);
  if (steps) {
    // "There is no written test": a step said not to be held is not a step.
    const value = [...steps.span.clean.matchAll(/\b((?:online |oral |written |practical )?(?:written test|test|interview|assessment centre|presentation))s?\b/gi)]
      .filter((m) => !/\bno\s+$|\bnot (?:be )?(?:an? )?$/i.test(steps.span.clean.slice(Math.max(0, m.index - 8), m.index)))
      .map((m) => m[1]!.toLowerCase());
    const unique = [...new Set(value)];
    if (unique.length) add("selection.steps", { value: unique, quote: steps.span.raw }, unique.join(", "), [steps.span.raw]);
  } else missing.push("selection.steps");
  const choice = first(/\bat the candidate'?s choice\b|\bof (?:their|your|the candidate'?s) choice\b|\bchoose between\b/i);
  if (choice) add("selection.languageChoice", { quote: choice.span.raw }, "(passage)", [choice.span.raw]);

  const criteria: { essential: boolean; quote: string }[] = [];
  let essential: boolean | undefined;
  for (const u of doc.units) {
    const path = [u.section, ...u.sub].join(" / ");
    // A list led in by the words of its kind in the notice's language ("Essentiels :", "Von Vorteil:").
    const lead = u.kind === "bullet" && u.leadIn ? (leadHas(ctx.advantage, u.leadIn.clean) ? false : leadHas(ctx.essential, u.leadIn.clean) ? true : undefined) : undefined;
    if (!/selection criteria|we (?:are )?look/i.test(path) && !(u.leadIn && /\bessential\b|\badvantageous\b/i.test(u.leadIn.clean)) && lead === undefined) {
      essential = undefined;
      continue;
    }
    if (essential === undefined && lead !== undefined) essential = lead;
    if (/^\W*essential\b/i.test(u.clean)) essential = true;
    else if (/^\W*(?:advantageous|desirable|assets?)\b/i.test(u.clean)) essential = false;
    else if (u.kind === "bullet" && essential !== undefined) criteria.push({ essential, quote: u.raw });
    // A list of selection criteria without "Essential:" / "Advantageous:": an asset is said to be one.
    else if (u.kind === "bullet" && /selection criteria/i.test(path)) criteria.push({ essential: !/\b(?:asset|advantage|desirable|a plus)\b/i.test(u.clean), quote: u.raw });
  }
  if (criteria.length) add("selectionCriteria", criteria, `${criteria.filter((c) => c.essential).length} essential, ${criteria.filter((c) => !c.essential).length} advantageous`, criteria.map((c) => c.quote));
  else missing.push("selectionCriteria");
  return { found, missing };
}
