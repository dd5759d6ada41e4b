// The eligibility part as the legacy fields read it: when it is judged, citizenship, length of education and
// of experience, recognition of diplomas, language levels, the Staff Regulations' conditions and clearance.
// (The typed criteria the eligibility check runs on are read in ./criteria.ts.)
import type { CefrLevel } from "../../knowledge/schema.js";
import type { Span } from "../document.js";
import { strictEligibilityUnits } from "../eligibility.js";
import { passageRule, rule, type Outcome, type Rule } from "./rule.js";
import { escape, NUM, numberOf, type Hit, type Match, type Reader } from "./reader.js";

const CEFR = /\b([ABC][12])\b/;
const CLEARANCE = /\b(EU TOP SECRET|EU SECRET|EU CONFIDENTIAL|EU RESTRICTED|TR[EÈ]S SECRET UE|SECRET UE|CONFIDENTIEL UE|RESTREINT UE)\b/i;

/** The standard conditions of the Staff Regulations and the Conditions of Employment, by their usual words. */
const CONDITIONS: { id: string; label: string; pattern: RegExp }[] = [
  { id: "military-service", label: "obligations concerning military service fulfilled", pattern: /military service/i },
  { id: "fitness", label: "physically fit to perform the duties", pattern: /physically fit|physical fitness/i },
  { id: "character-references", label: "appropriate character references", pattern: /character (?:references|requirements)|guarantees as to (?:their |your )?(?:character|integrity)|suitability for the performance/i },
];

type Years = { span: Span; years: number };

/** "…studies of at least 3 years…", but not "…a diploma, followed by at least 3 years of professional experience". */
function findEducation(r: Reader): Years | undefined {
  const edu = r.sentence(
    new RegExp(`\\b(?:studies|education|degree)\\b[^.;]*?\\b${NUM}\\s*(?:\\(\\d+\\)\\s*)?(?:full[- ]time\\s+)?years?\\b(?!\\s+of\\s+(?:[\\w-]+\\s+){0,3}?experience)`, "i"),
    (h) => !/\bexperience\b/i.test(h.span.clean.split(/years?/i)[0] ?? ""),
  );
  const years = edu && numberOf(edu.match[1]!);
  return edu && years ? { span: edu.span, years } : undefined;
}

/** "…must have at least 5 years of professional experience", outside the introduction, the profile sought and its assets. */
function findExperience(r: Reader): Years | undefined {
  const eligible = (h: Hit) => r.role(h.unit) !== "intro" && r.role(h.unit) !== "lookFor" && !(h.unit.leadIn && /stand out|\basset|advantage|ideal candidate|desirable/i.test(h.unit.leadIn.clean));
  const exp = r.sentence(
    new RegExp(
      `\\b(?:must|should|need to|are required to)\\s+(?:have|possess|hold|demonstrate)\\b[^.]*?\\b${NUM}\\s*(?:full[- ]time\\s+)?years?\\s+of\\s+(?:[\\w-]+\\s+){0,3}?experience\\b|\\b${NUM}\\s*years?\\s+of\\s+(?:[\\w-]+\\s+){0,3}?experience\\b[^.]*\\b(?:is|are) required\\b`,
      "i",
    ),
    eligible,
  );
  const years = exp && numberOf((exp.match[1] ?? exp.match[2])!);
  return exp && years ? { span: exp.span, years } : undefined;
}

type Level = { level: CefrLevel; span: Span };
type Levels = { main?: Level; other?: Level; official?: Match };

/** The sentences of the eligibility part that give a language a CEFR level: the main language's, then a second one's. */
function findLanguages(r: Reader): Levels {
  const part = new Set(strictEligibilityUnits(r.doc));
  const inPart = (h: Hit) => !part.size || part.has(h.unit);
  const levelled = r.hits((h) => CEFR.test(h.span.clean) && /\blanguages?\b/i.test(h.span.clean) && inPart(h));
  const second = /\b(?:second|another|additional)\b[^.]*\blanguage/i;
  let main: Level | undefined;
  let other: Level | undefined;
  for (const h of levelled) {
    const levels = [...h.span.clean.matchAll(new RegExp(CEFR.source, "g"))].map((m) => m[1] as CefrLevel);
    if (levels.length >= 2 && second.test(h.span.clean)) {
      main ??= { level: levels[0]!, span: h.span };
      other ??= { level: levels.at(-1)!, span: h.span };
    } else if (second.test(h.span.clean)) other ??= { level: levels[0]!, span: h.span };
    else main ??= { level: levels[0]!, span: h.span };
  }
  if (!main) return {};
  const official = r.sentence(/\bofficial languages of the (?:European Union|EU) are\b/i);
  return { main, ...(other ? { other } : {}), ...(official ? { official } : {}) };
}

/** The levels each recorded on their own; the languages fact is written whole when every passage is a quote. */
function readLanguages({ main, other, official }: Levels, r: Reader): Outcome[] {
  if (!main) {
    const anyLanguage = r.sentence(/\b(?:thorough|satisfactory|excellent|good) knowledge\b[^.]*\blanguage/i);
    const reason = anyLanguage ? "the notice asks for languages but states no CEFR level (A1–C2)" : undefined;
    return [
      { miss: "eligibility.languages.main", ...(reason ? { reason } : {}) },
      { miss: "eligibility.languages.second", ...(reason ? { reason } : {}) },
      { miss: "eligibility.languages.officialLanguages" },
    ];
  }
  const out: Outcome[] = [{ record: "eligibility.languages.main", value: main.level, quotes: [main.span.raw] }];
  out.push(other ? { record: "eligibility.languages.second", value: other.level, quotes: [other.span.raw] } : { miss: "eligibility.languages.second" });
  out.push(official ? { record: "eligibility.languages.officialLanguages", value: "(passage)", quotes: [official.span.raw] } : { miss: "eligibility.languages.officialLanguages" });
  const quotes = [main.span.raw, other?.span.raw, official?.span.raw].filter((q): q is string => !!q);
  if (quotes.every((q) => r.isQuote(q)))
    out.push({
      put: "eligibility.languages",
      fact: {
        main: { level: main.level, quote: main.span.raw },
        ...(other ? { second: { level: other.level, quote: other.span.raw } } : {}),
        ...(official ? { officialLanguages: { quote: official.span.raw } } : {}),
      },
    });
  return out;
}

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'").toLowerCase();
const phrases = (list: string[]) => (list.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(list)].map((w) => escape(fold(w))).join("|")})(?![\\p{L}\\p{N}])`, "u") : undefined);

/**
 * When eligibility is judged, in the notice language's words: a sentence of the body naming the eligibility criteria
 * (the words of its eligibility headings, "Zulassungskriterien", "criteri di ammissibilità") with a verb of meeting
 * them ("erfüllen", "soddisfare"): "Die Bewerber müssen alle Zulassungskriterien am letzten Tag der Bewerbungsfrist erfüllen".
 */
function whenInWords(r: Reader): Hit | undefined {
  if (r.language === "en") return undefined;
  const own = r.ctx.words?.get(r.language)?.words.notice;
  const criteria = own && phrases(own.criteria.eligibilityHeadings);
  const meet = own && phrases(own.meet);
  if (!criteria || !meet) return undefined;
  return r.hits((h) => r.notIntro(h) && h.unit.kind !== "bullet" && criteria.test(fold(h.span.clean)) && meet.test(fold(h.span.clean)))[0];
}

export const eligibilityRules: Rule[] = [
  passageRule(
    "eligibility.when",
    (r) =>
      r.sentence(/\b(?:must|should|have to|need to)\s+(?:meet|fulfil|fulfill|satisfy)\b[^.]*\beligibility criteria\b|\beligibility criteria\b[^.]*\b(?:must|should) be (?:met|fulfilled)\b/i) ??
      whenInWords(r),
  ),
  passageRule("eligibility.citizenship", (r) => r.sentence(/\b(?:citizens?|nationals?) of (?:a|one of the|an EU) Member States?\b|\bcitizenship of (?:a|one of the) Member States?\b/i)),
  rule({
    field: "eligibility.education",
    find: findEducation,
    parse: (p) => ({ fact: { minYears: p.years, quote: p.span.raw }, value: `${p.years} years` }),
    absent: (r) =>
      r.sentence(/\b(?:education|studies)\b[^.]*\b(?:attested by a diploma|diploma)\b/i, r.notIntro) ? "the notice asks for education attested by a diploma but states no length in years" : undefined,
  }),
  rule({
    field: "eligibility.experience",
    find: findExperience,
    parse: (p) => ({ fact: { minYears: p.years, quote: p.span.raw }, value: `${p.years} years` }),
  }),
  passageRule("eligibility.diplomaRecognition", (r) => r.sentence(/\b(?:issued|recogni[sz]ed)\b[^.]*\bas equivalent\b|\bequivalence of (?:the |your )?(?:diploma|qualification)/i)),
  rule({ field: "eligibility.languages.main", find: findLanguages, parse: readLanguages }),
  rule({
    field: "eligibility.otherConditions",
    find: (r) => {
      const out: { id: string; label: string; quote: string }[] = [];
      for (const c of CONDITIONS) {
        const hit = r.sentence(c.pattern, (h) => h.unit.kind === "bullet") ?? r.sentence(c.pattern, r.notIntro);
        if (hit && r.isQuote(hit.span.raw)) out.push({ id: c.id, label: c.label, quote: hit.span.raw });
      }
      return out.length ? { conditions: out } : undefined;
    },
    parse: ({ conditions }) => ({ fact: conditions, value: conditions.map((c) => c.label).join("; "), quotes: conditions.map((c) => c.quote) }),
  }),
  rule({
    field: "eligibility.clearance",
    find: (r) => {
      // A sentence of the body before a header block run together ("Security clearance level: SECRET UE").
      const clearanceRe = new RegExp(`security clearance[^.]*${CLEARANCE.source}|${CLEARANCE.source}[^.]*security clearance`, "i");
      const clearance = r.sentence(clearanceRe, (h) => h.span.clean.length < 300) ?? r.sentence(clearanceRe);
      const level = clearance && (clearance.match[1] ?? clearance.match[2]);
      return clearance && level ? { span: clearance.span, level: level.toUpperCase() } : undefined;
    },
    parse: (p) => ({ fact: { level: p.level, quote: p.span.raw }, value: p.level }),
  }),
];
