// The contract: its type, the first contract's length, extensions, probation, how the grade is set, a
// table of grades by years of experience, pay and tax.
import { readGradeTable } from "../criteria-words.js";
import type { Span } from "../document.js";
import { passageRule, rule, type Outcome, type Rule } from "./rule.js";
import { NUM, numberOf, type Reader } from "./reader.js";
import { extensionInWords, firstContractLength, lengthNear } from "./prose.js";
import { contractTypeInWords } from "./terms-words.js";

/** The first contract's length: a sentence on it outside the introduction, else a "Duration:" label. */
function findFirstContract(r: Reader): { span: Span; years: number } | undefined {
  const first = r.sentence(
    new RegExp(
      [
        `\\b(?:first|1st|initial)\\s+(?:employment\\s+)?contract\\b[^.]*?\\b${NUM}\\s*(?:-\\s*)?years?\\b`,
        `\\bcontract\\b[^.]*?\\b(?:will be|is|of|for)\\s+(?:a\\s+(?:duration|period)\\s+of\\s+)?(?:up to\\s+)?${NUM}\\s*years?\\b`,
        `\\b${NUM}[- ]year\\s+(?:first\\s+|initial\\s+)?contract\\b`,
      ].join("|"),
      "i",
    ),
    (h) => r.role(h.unit) !== "intro" && !/^\W*(?:the contract )?(?:may|might|could|can) (?:then )?be (?:extended|renewed)/i.test(h.span.clean),
  );
  const firstYears = first && numberOf((first.match[1] ?? first.match[2] ?? first.match[3])!);
  if (first && firstYears) return { span: first.span, years: firstYears };
  const duration = r.labelled(/(?:duration of (?:the )?(?:first )?contract|contract duration|length of contract|duration)/);
  // "Duration: up to 3 years" in a header is the longest stay, not the first contract.
  const generic = duration && /^\W{0,3}duration\s*:/i.test(duration.span.clean);
  const durationYears = duration && new RegExp(generic ? `^${NUM}\\s*years?\\b` : `^(?:up to\\s+)?${NUM}\\s*years?\\b`, "i").exec(duration.value);
  if (duration && durationYears) return { span: duration.span, years: numberOf(durationYears[1]!)! };
  // In prose, in the notice's language: "Il contratto avrà una durata di cinque anni", "für eine Anfangszeit von fünf Jahren".
  const prose = lengthNear(r, "contract", "year") ?? firstContractLength(r, (s) => r.doc.units.some((u) => u.start <= s.start && s.end <= u.end && r.role(u) !== "intro"));
  return prose && { span: prose.span, years: prose.n };
}

/** How many times and for how long the contract may be extended; no number of times, no fact. */
function readExtension(span: Span, between: string, maxYears: number): { times: number; maxYears: number } | undefined {
  const words = span.clean;
  const times = /\bonce\b|\bone time\b/i.test(words)
    ? 1
    : /\btwice\b/i.test(words)
      ? 2
      : (() => {
          const m = new RegExp(`\\b${NUM}\\s+times\\b`, "i").exec(words);
          if (m) return numberOf(m[1]!);
          // "renewed for a further period of 2 years", "for another 2 years", "for a maximum of 2 years": one extension.
          return /\b(?:a further|another|an additional|a single|one)\b|\bperiod\b|\bmaximum\b|\bup to\b/i.test(between) ? 1 : undefined;
        })();
  return times ? { times, maxYears } : undefined;
}

/** The paragraph saying how the grade is set ("the grade is calculated on…"), outside the introduction. */
function findGrading(r: Reader): { span: Span } | undefined {
  const unit =
    r.doc.units.find((u) => u.kind === "paragraph" && /\bgrade\b[^.]*\b(?:calculated|based on)\b/i.test(u.clean) && r.role(u) !== "intro") ??
    r.doc.units.find((u) => u.kind === "paragraph" && /\b(?:recruitment grade|grade[^.]*\b(?:determined|set|classified))\b/i.test(u.clean) && r.role(u) !== "intro");
  return unit && { span: unit };
}

export const contractRules: Rule[] = [
  passageRule(
    "contract.type",
    (r) =>
      r.sentence(/\b(?:recruited|engaged|employed|appointed)\s+as\s+(?:an?\s+)?(?:temporary|contract) agents?\b[^.]*\b(?:Article|Conditions of Employment|function groups?|CEOS)\b/i) ??
      r.sentence(/\b(?:temporary|contract) agents?\s+(?:under|pursuant to)\s+Article\b/i) ??
      r.sentence(/\b(?:offered|given) an? (?:[\w-]+\s+){0,2}contract as an? (?:temporary|contract) agent\b/i) ??
      r.sentence(/\b(?:recruited|appointed) as an? (?:probationary )?official\b/i) ??
      r.sentence(/\b(?:temporary|contract) agent contract\b/i) ??
      // In the notice's language: a staff category beside the contract ("Un contrat d'agent temporaire au titre de l'article 2").
      contractTypeInWords(r),
  ),
  rule({
    field: "contract.firstContract",
    find: findFirstContract,
    parse: (p) => ({ fact: { years: p.years, quote: p.span.raw }, value: `${p.years} years` }),
  }),
  rule({
    field: "contract.extension",
    find: (r) => {
      const english = r.sentence(new RegExp(`\\b(?:extended|renewed|renewable|extension|prolonged)\\b([^.]*?)\\b${NUM}\\s*(?:additional\\s+|further\\s+|more\\s+)?years?\\b`, "i"), (h) => r.role(h.unit) !== "intro" && !/\btotal\b/i.test(h.span.clean));
      if (english) return { span: english.span, between: english.match[1]!, years: numberOf(english.match[2]!)! };
      // In the notice's language: "Le contrat peut être renouvelé une fois, pour une durée maximale de deux ans".
      const own = r.language === "en" ? undefined : extensionInWords(r, (s) => r.doc.units.some((u) => u.start <= s.start && s.end <= u.end && r.role(u) !== "intro"));
      return own && { span: own.span, between: own.once ? "once" : "", years: own.n, once: own.once };
    },
    parse: (p, r) => {
      if ("once" in p) {
        // In the notice's language: the extension, and the renewals with the total length the next sentence gives.
        const outcomes: Outcome[] = [];
        if (p.once) outcomes.push({ set: "contract.extension", fact: { times: 1, maxYears: p.years, quote: p.span.raw }, value: `once, up to ${p.years} years`, quotes: [p.span.raw] });
        else outcomes.push({ miss: "contract.extension", reason: "the notice does not say how many times the contract may be extended" });
        if (!(r.facts.contract as { renewal?: unknown } | undefined)?.renewal) {
          const total = extensionInWords(r, (s) => s.start >= p.span.end && s.start - p.span.end <= 3, "total");
          const raw = total ? r.doc.text.slice(p.span.start, total.span.end) : p.span.raw;
          const fact = { ...(p.once ? { times: 1 } : {}), years: p.years, ...(total ? { totalMaxYears: total.n } : {}), quote: raw };
          outcomes.push({ set: "contract.renewal", fact, value: [p.once && "1×", `${p.years} years each`, total && `at most ${total.n} years in total`].filter(Boolean).join(", "), quotes: [raw] }, { unmiss: ["contract.renewal"] });
        }
        return outcomes;
      }
      const ext = readExtension(p.span, p.between, p.years);
      if (!ext) return { missing: true, reason: "the notice does not say how many times the contract may be extended" };
      return { fact: { ...ext, quote: p.span.raw }, value: `${ext.times === 1 ? "once" : `${ext.times} times`}, up to ${ext.maxYears} years` };
    },
  }),
  rule({
    field: "contract.probation",
    find: (r) => {
      const probation = r.sentence(new RegExp(`\\b${NUM}[- ]months?['’]?\\s+(?:of\\s+)?probation|\\bprobation(?:ary)?\\s+period\\b[^.]{0,30}?\\b${NUM}\\s+months?`, "i"));
      const months = probation && numberOf((probation.match[1] ?? probation.match[2])!);
      if (probation && months) return { span: probation.span, months };
      // In prose, in the notice's language: "Die ersten neun Monate gelten als Probezeit".
      const prose = lengthNear(r, "probation", "month");
      return prose && { span: prose.span, months: prose.n };
    },
    parse: (p) => ({ fact: { months: p.months, quote: p.span.raw }, value: `${p.months} months` }),
  }),
  rule({ field: "contract.grading", find: findGrading, parse: (p) => ({ fact: { quote: p.span.raw }, value: "(passage)" }) }),
  passageRule("contract.pay", (r) => r.sentence(/\bbasic (?:salary|monthly salary)\b|\bremuneration\b|\bpay of staff\b/i, r.notIntro)),
  passageRule("contract.tax", (r) => r.sentence(/\bsubject to (?:a |the )?(?:\w+ )?tax\b|\btax (?:raised|levied) by\b|\bexempt(?:ed)? from national tax/i, r.notIntro)),
];

/** A table of grades by years of experience, read with the notice language's words (src/import/criteria-words.ts). */
export const gradeTableRule: Rule = rule({
  field: "contract.gradeByExperience",
  // Most notices have no such table: its absence is not a subject the notice is silent on.
  optional: true,
  find: (r) => {
    const table = readGradeTable(r.doc, r.ctx.words, r.language);
    return table && { span: table.quote, rows: table.rows };
  },
  parse: (p) => ({
    fact: { rows: p.rows, quote: p.span.raw },
    value: p.rows.map((row) => `${row.grade}: ${row.minYears}${row.belowYears ? `–<${row.belowYears}` : "+"} years`).join("; "),
  }),
});
