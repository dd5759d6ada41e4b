// The typed eligibility criteria the check runs on (src/import/eligibility.ts reads them), doctoral research
// counted as experience, and the terms src/import/terms.ts reads (channels, renewals, salary, telework…),
// each applied as a rule of the table.
import type { Words } from "../../knowledge/schema.js";
import type { DoctorateWords } from "../../engine/eligibility/doctorate-credit.js";
import { readCriteria, readDoctorateCreditOf } from "../eligibility.js";
import { selectionTable, type ColumnWords, type RequirementWords } from "../requirements.js";
import { readTerms } from "../terms.js";
import type { Field } from "./fields.js";
import { rule, type Outcome, type Rule } from "./rule.js";
import { readTermsInWords, renewalInWords } from "./terms-words.js";
import type { Reader } from "./reader.js";

/** The words the criteria are read with: the notice language's, then English's (pages mix them in). */
export function noticeWords(r: Reader): RequirementWords & DoctorateWords & ColumnWords {
  const own = r.ctx.words?.get(r.language)?.words.notice;
  const english = r.language === "en" ? undefined : r.ctx.words?.get("en")?.words.notice;
  const both = (k: "requirements" | "advantage" | "essential" | "doctorate" | "countsAsExperience") => [...(own?.[k] ?? []), ...(english?.[k] ?? [])];
  return { requirements: both("requirements"), advantage: both("advantage"), essential: both("essential"), doctorate: both("doctorate"), countsAsExperience: both("countsAsExperience") };
}

function criteriaContext(r: Reader) {
  // The words of the notice's language, and English's beside them (as for the header's labels).
  const words = [...new Set([r.language, "en"])].map((l) => r.ctx.words?.get(l)?.words).filter((w): w is Words => Boolean(w));
  return { ...r.ctx, words, noticeWords: noticeWords(r), wordsByLanguage: r.ctx.words, language: r.language };
}

// A legacy field the typed criteria cover is not "not found": the report would contradict itself.
const COVERED: Record<string, Field[]> = {
  experience: ["eligibility.experience"],
  languages: ["eligibility.languages.main", "eligibility.languages.second"],
  education: ["eligibility.education"],
  citizenship: ["eligibility.citizenship"],
};

type CriterionRule = ReturnType<typeof readCriteria>[number]["rule"];
/** The conditions of the Staff Regulations the legacy field lists, by the ids the typed criteria give them. */
const LEGACY_CONDITIONS = ["military-service", "fitness", "character-references"];

/**
 * The legacy eligibility fields (citizenship, length of education, the Staff Regulations' conditions, CEFR levels)
 * that the English sentences of ./eligibility.ts did not find, taken from the typed criteria, which are read in the
 * notice's language: a translated notice's report and facts hold them as the English original's do.
 */
function legacyFromCriteria(rules: CriterionRule[], r: Reader): Outcome[] {
  const e = (r.facts.eligibility ?? {}) as Record<string, unknown>;
  const out: Outcome[] = [];
  const citizenship = rules.find((c) => c.type === "citizenship");
  if (!e.citizenship && citizenship) out.push({ set: "eligibility.citizenship", fact: { quote: citizenship.quote }, value: "(passage)", quotes: [citizenship.quote] });
  const route = rules.flatMap((c) => (c.type === "education" ? c.routes : [])).find((x) => x.level === "university" && x.minYears && !x.experienceYears);
  if (!e.education && route?.minYears) {
    const quote = route.quote ?? rules.find((c) => c.type === "education")!.quote;
    out.push({ set: "eligibility.education", fact: { minYears: route.minYears, quote }, value: `${route.minYears} years`, quotes: [quote] });
  }
  const conditions = rules.flatMap((c) => (c.type === "condition" && LEGACY_CONDITIONS.includes(c.id) ? [{ id: c.id, label: c.label, quote: c.quote }] : []));
  if (!(e.otherConditions as unknown[] | undefined)?.length && conditions.length)
    out.push({ set: "eligibility.otherConditions", fact: conditions, value: conditions.map((c) => c.label).join("; "), quotes: conditions.map((c) => c.quote) });
  const levels = rules.flatMap((c) => (c.type === "languages" ? c.requirements.filter((x) => x.level) : []));
  if (!e.languages && levels[0]?.level) {
    const [main, second] = levels;
    const at = (x: (typeof levels)[number]) => ({ level: x.level!, quote: x.quote ?? rules.find((c) => c.type === "languages")!.quote });
    out.push(
      { put: "eligibility.languages", fact: { main: at(main!), ...(second?.level ? { second: at(second) } : {}) } },
      { unmiss: ["eligibility.languages.main", "eligibility.languages.second"] },
      { record: "eligibility.languages.main", value: main!.level!, quotes: [at(main!).quote] },
      ...(second?.level ? [{ record: "eligibility.languages.second", value: second.level, quotes: [at(second).quote] } as Outcome] : []),
    );
  }
  return out;
}

export const criteriaRules: Rule[] = [
  rule({
    field: "eligibility.criteria",
    find: (r) => {
      const ctx = criteriaContext(r);
      return { credit: readDoctorateCreditOf(r.doc, ctx), read: readCriteria(r.doc, ctx).filter((c) => r.isQuote(c.rule.quote)) };
    },
    parse: ({ credit, read }, r) => {
      const out: Outcome[] = credit ? [{ set: "eligibility.doctorateCredit", fact: credit, value: `doctoral research counted as experience for at most ${credit.maxYears} years`, quotes: [credit.quote] }] : [];
      if (!read.length) return [...out, { miss: "eligibility.criteria" }];
      out.push({ put: "eligibility.criteria", fact: read.map((c) => c.rule) });
      // A miss with a reason ("states no length in years") still tells HR something: it stays.
      out.push({ unmiss: [...new Set(read.flatMap((c) => COVERED[c.rule.type] ?? []))], keepReasons: true });
      out.push(...legacyFromCriteria(read.map((c) => c.rule), r));
      for (const c of read) {
        if (c.rule.type === "check") out.push({ unread: { field: "eligibility.criteria", quote: c.rule.quote } });
        else out.push({ found: { field: `eligibility.criteria`, label: `criterion: ${c.rule.type}`, value: c.summary || c.rule.type, quotes: [c.rule.quote] } });
      }
      return out;
    },
  }),
];

/** Application channels, refused channels and addresses, contract terms, pay, telework, reserve list, selection steps. */
export const termsRules: Rule[] = [
  rule({
    field: "application.channels",
    find: (r) => {
      const { essential, advantage } = noticeWords(r);
      return { terms: readTerms(r.doc, { ...r.ctx, payWords: r.ctx.words?.get(r.language)?.words.notice.topics.pay ?? [], essential, advantage }, (u) => r.role(u)) };
    },
    parse: ({ terms }, r) => {
      const out: Outcome[] = [];
      // The first contract's length read by the contract rules stands.
      let firstContract = Boolean((r.facts.contract as Record<string, unknown> | undefined)?.firstContract);
      for (const term of terms.found) {
        const field = term.field as Field;
        if (field === "contract.firstContract" && firstContract) continue;
        if (!term.quotes.every((q) => r.isQuote(q))) {
          out.push({ miss: field, reason: "the passage found is not a quote of the notice" });
          continue;
        }
        out.push({ put: field, fact: term.fact } as Outcome, { unmiss: [field] }, { record: field, value: term.value, quotes: term.quotes });
        if (field === "contract.firstContract") firstContract = true;
      }
      // "| Essential | Advantageous |": a selection table read by column.
      const table = terms.missing.includes("selectionCriteria") ? selectionTable(r.doc.text, noticeWords(r)).filter((c) => r.isQuote(c.quote)) : [];
      if (table.length)
        out.push(
          { put: "selectionCriteria", fact: table },
          { record: "selectionCriteria", value: `${table.filter((c) => c.essential).length} essential, ${table.filter((c) => !c.essential).length} advantageous (a table read by column)`, quotes: table.map((c) => c.quote) },
        );
      // What the English readers left unread, read with the notice language's words (rules/terms-words.ts).
      const inWords = readTermsInWords(r);
      const renewal = terms.missing.includes("contract.renewal") && !(r.facts.contract as Record<string, unknown> | undefined)?.renewal ? renewalInWords(r) : undefined;
      if (renewal) inWords.set("contract.renewal", { field: "contract.renewal", fact: { ...(renewal.times ? { times: renewal.times } : {}), quote: renewal.span.raw }, value: renewal.times ? "1×" : "renewable", quotes: [renewal.span.raw] });
      for (const field of terms.missing) {
        if (field === "selectionCriteria" && table.length) continue;
        const term = inWords.get(field);
        if (term && term.quotes.every((q) => r.isQuote(q))) out.push({ put: field as Field, fact: term.fact } as Outcome, { record: field as Field, value: term.value, quotes: term.quotes });
        else out.push({ miss: field as Field });
      }
      // Facts most notices lack, never reported missing ("not an employment contract"): found in words alone.
      const read = new Set([...terms.found.map((t) => t.field), ...terms.missing]);
      for (const [field, term] of inWords) if (!read.has(field) && term.quotes.every((q) => r.isQuote(q))) out.push({ put: field as Field, fact: term.fact } as Outcome, { record: field as Field, value: term.value, quotes: term.quotes });
      return out;
    },
  }),
];
