// The eligibility criteria of a notice, typed: each unit (bullet or paragraph) of the eligibility section
// is read as citizenship, education, experience, languages, status, age or a condition that cannot be
// checked in chat. A unit that reads as none of them becomes "check this yourself" with its quote: a rule
// is never dropped, and never replaced by another notice's rule.
import type { Countries, CriterionRule, EducationLevel, Languages, RuleOf, Words } from "../knowledge/schema.js";
import { readPreviousServiceRule } from "../engine/eligibility/previous-service.js";
import { readDoctorateCredit, type DoctorateCredit, type DoctorateWords } from "../engine/eligibility/doctorate-credit.js";
import type { LanguageWords } from "./words.js";
import { clean, join, type NoticeDocument, type Span, type Unit } from "./document.js";
import { criteriaVocabulary, levelClauses, type CriteriaVocabulary } from "./criteria-words.js";
import { isAdvantage, requirementUnits, type RequirementWords } from "./requirements.js";
import { escapeRegExp as escape } from "../text/regexp.js";

export type CriteriaContext = {
  countries: Countries;
  languages: Languages;
  /** The words.json of the notice's language (and English), for the criterion types that read with them. */
  words?: Words[];
  /** The notice language's words (with English's) for requirement headings, advantages and doctorates. */
  noticeWords?: RequirementWords & DoctorateWords;
  /** The words of every language by code (words.json `notice.criteria`), and the notice's language. */
  wordsByLanguage?: Map<string, LanguageWords>;
  language?: string;
};

/** A criterion read, for the report: its rule and the words it was read from. */
export type ReadCriterion = { rule: CriterionRule; summary: string };

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
const NUM = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)";
const numberOf = (w: string): number | undefined => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()]);

/** The headings that open the eligibility part of a notice, and those that close it. */
const ELIGIBILITY_HEADING = /eligib|who can apply|admission|conditions? (?:for|of) (?:application|admission)|am i eligible|minimum requirements|formal requirements|conditions for applying/i;
/** Where a notice has no eligibility heading of its own, its requirements or profile part is read instead. */
const REQUIREMENTS_HEADING = /requirements|qualifications/i;
const SELECTION_HEADING = /selection|assess|we (?:are )?look|profile|advantage|asset|essential|desirable|what (?:will you do|do we offer)|offer|tasks|duties/i;
/** Lead-ins of lists that are not eligibility criteria. */
const NOT_ELIGIBILITY_LEAD = /looking for|assessed|selection criteria|advantage|asset|desirable|essential|preferred|ideal candidate|would be|stand out/i;

const CONDITIONS: { id: string; label: string; pattern: RegExp }[] = [
  { id: "military-service", label: "obligations concerning military service fulfilled", pattern: /military service/i },
  { id: "fitness", label: "physically fit to perform the duties", pattern: /physically fit|physical fitness/i },
  { id: "character-references", label: "appropriate character references", pattern: /character (?:references|requirements)|guarantees as to (?:their |your )?(?:character|integrity)|suitability for the performance/i },
  { id: "civic-rights", label: "full rights as a citizen", pattern: /full rights as (?:a )?citizens?/i },
];

const CITIZENSHIP = /\b(?:nationals?|citizens?) of\b|\bnationality requirement\b|\bcitizenship of\b|\bopen to (?:candidates|applicants|nationals) of all\b/i;
const ANY_NATIONALITY = /\bno nationality (?:requirements?|restrictions?|conditions?)\b|\bopen to (?:candidates of )?all nationalities\b|\bwhatever (?:their )?nationality\b|\b(?:nationals?|citizens?) of all countries\b|\bany nationality\b|\bregardless of (?:their )?nationality\b/i;
const AGE = /\bage of (?:retirement|\d{2})\b|\bretirement age\b|\bunder the age\b|\bpensionable age\b|\bunder \d{2} years of age\b|\byears of age\b/i;
const EDUCATION = /\blevel of (?:post-secondary |secondary |university )?education\b|\buniversity (?:studies|degree|education)\b|\bstudies\b|\bdoctoral degree\b|\bdoctorate\b|\bPhD\b|\bmaster'?s degree\b|\bdiploma\b|\bdegree\b/i;
/** The diploma of the education criterion referred to again: then the passage is about experience. */
const REFERS_BACK = /\b(?:that|this|the said)\s+(?:degree|diploma|qualification)\b|\breferred to\b|\bthe (?:diploma|degree|qualification) (?:required|mentioned)\b|\b(?:after|since|following)\s+(?:obtaining\s+|the award of\s+|receiving\s+)?(?:the|their|your)\s+(?:degree|diploma|qualification)\b/i;
const EXPERIENCE_YEARS = new RegExp(`\\b${NUM}\\s+years?(?:['’]|\\s+of)\\s+(?:[\\w-]+\\s+){0,4}?experience\\b|\\bexperience\\s+(?:[\\w-]+\\s+){0,4}?of\\s+at\\s+least\\s+${NUM}\\s+years?\\b`, "i");
/** Experience that belongs to the education requirement and does not count again. */
const INTEGRAL = /\bintegral part\b|\bcannot be counted\b|\bnot be counted\b|\b(?:is|are) not counted\b|\b(?:forms?|is|are) part of the education requirement\b/i;
const LANGUAGE = /\blanguages?\b|\bknowledge of (?:English|French|German)\b/i;
const KNOWLEDGE = /\b(thorough|satisfactory|good|excellent|very good|sound|adequate|working|basic|perfect|fluent)\s+(?:knowledge|command)\b|\bknowledge\b|\b(?:proficiency|fluency|mastery|command)\b/gi;
const CEFR = /\b([ABC][12])\b/;
const STATUS_OFFICIAL = /\bofficials?\b/i;
const STATUS_LAUREATE = /\blaureates?\b|\breserve list of (?:the |an? )?(?:open )?competition\b/i;
const STATUS_EMPLOYER = /\b(?:employed|worked|working) (?:by|for|in) (?:an? |their |the )?(?:national, regional or local |national |regional |local )?(?:public (?:administration|sector|body|authority)|intergovernmental organisation|international (?:public )?organisation)/i;
const STATUS_CERTIFICATE = /\bCAST\b|\bEPSO\b[^.]*\b(?:certificate|test)\b/i;
const COMPETITION = /\b(EPSO\/[A-Z]+(?:\/[A-Z0-9-]+)*\/\d+(?:\/\d+)?)\b/;
const FUNCTION_GROUP = /\bfunction group\s+(AD|AST\/SC|AST|SC|[IVX]{1,4})\b|\bFG\s?([IVX]{1,4})\b/i;
const EEA = ["IS", "LI", "NO"];

/** Countries named in a passage (not the member states), by code. */
function countriesIn(s: string, countries: Countries): string[] {
  const out: string[] = [];
  for (const c of countries.otherCountries)
    for (const n of [c.name, ...c.aliases])
      if (n.length > 2 && new RegExp(`(?<![\\p{L}])${escape(n)}(?![\\p{L}])`, "u").test(s) && !out.includes(c.code)) out.push(c.code);
  return out;
}

/** Official and other languages named in a passage, by reference name, in order. */
function languagesIn(s: string, languages: Languages): string[] {
  const found: { at: number; name: string }[] = [];
  for (const l of [...languages.official, ...languages.other])
    for (const n of [l.name, ...l.aliases]) {
      if (n.length < 3) continue;
      const m = new RegExp(`(?<![\\p{L}])${escape(n)}(?![\\p{L}])`, "u").exec(s);
      if (m && !found.some((f) => f.name === l.name)) found.push({ at: m.index, name: l.name });
    }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** A phrase list as one pattern, longest first, between non-letters. */
function phraseList(list: string[]): RegExp | undefined {
  const alts = [...new Set(list)].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/\s+/g, "\\s+"));
  return alts.length ? new RegExp(`(?<![\\p{L}])(?:${alts.join("|")})(?![\\p{L}])`, "iu") : undefined;
}

/**
 * Countries a passage names with words excluding them ("candidates from the United Kingdom are not eligible"):
 * the clause around the name (between ";", ":" or sentence ends) holds one of the language's `excluded` words.
 */
function excludedIn(s: string, named: string[], ctx: CriteriaContext): string[] {
  const words = phraseList((ctx.words ?? []).flatMap((w) => w.notice.excluded));
  if (!words) return [];
  return named.filter((code) => s.split(/[;:.]/).some((clause) => words.test(clause) && countriesIn(clause, ctx.countries).includes(code)));
}

/**
 * The notice's words for the group its named countries form, where it names them in brackets after those words:
 * "or of a country that is a candidate for accession to the European Union (Albania, …)" → from the last "or".
 */
function groupWords(s: string, named: string[], ctx: CriteriaContext): string | undefined {
  const open = s.indexOf("(");
  if (open < 0 || !named.length) return undefined;
  const close = s.indexOf(")", open);
  const inside = s.slice(open, close < 0 ? s.length : close);
  if (!named.every((c) => countriesIn(inside, ctx.countries).includes(c))) return undefined;
  const or = phraseList((ctx.words ?? []).flatMap((w) => w.notice.or));
  if (!or) return undefined;
  const before = s.slice(0, open);
  const at = [...before.matchAll(new RegExp(or.source, "giu"))].at(-1);
  const group = at ? before.slice(at.index + at[0].length).trim() : "";
  return group.length > 3 && !/[;:]/.test(group) ? group : undefined;
}

function citizenship(u: Span, ctx: CriteriaContext): RuleOf<"citizenship"> {
  if (ANY_NATIONALITY.test(u.clean)) return { type: "citizenship", allowed: "any", countries: [], quote: u.raw };
  const found = countriesIn(u.clean, ctx.countries);
  // "open to nationals of EU Member States only; candidates from the United Kingdom are not eligible": named to be excluded.
  const excluded = excludedIn(u.clean, found, ctx);
  const named = found.filter((c) => !excluded.includes(c));
  const eea = /\bEuropean Economic Area\b|\bEEA\b/.test(u.clean) ? EEA : /\bEFTA\b|\bEuropean Free Trade Association\b/.test(u.clean) ? [...EEA, "CH"] : [];
  const countries = [...new Set([...eea, ...named])];
  const allowed = !countries.length ? "eu" : countries.length === 3 && EEA.every((c) => countries.includes(c)) ? "eu-eea" : "named";
  const group = allowed === "named" ? groupWords(u.clean, named, ctx) : undefined;
  return { type: "citizenship", allowed, countries, ...(group ? { group } : {}), ...(excluded.length ? { excluded } : {}), quote: u.raw };
}

/** The study length in a route: a number of years not said of experience. */
function studyYears(s: string): number | undefined {
  const re = new RegExp(`\\b${NUM}\\s*(?:\\(\\d+\\)\\s*)?(?:full[- ]time\\s+)?years?\\b`, "gi");
  for (const m of s.matchAll(re)) {
    const before = s.slice(Math.max(0, m.index - 40), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (/experience[\w\s-]*$/i.test(before) || /^\s+of\s+(?:[\w-]+\s+){0,4}?(?:experience|research)/i.test(after)) continue;
    return numberOf(m[1]!);
  }
  return undefined;
}

function levelOf(s: string): EducationLevel {
  const m = /\b(post-secondary|secondary|doctoral|doctorate|PhD|master|university|degree)\b/i.exec(s);
  const w = (m?.[1] ?? "university").toLowerCase();
  if (w === "post-secondary") return "post-secondary";
  if (w === "secondary") return "secondary";
  if (w === "doctoral" || w === "doctorate" || w === "phd") return "doctorate";
  if (w === "master") return "master";
  return "university";
}

function route(s: Span): RuleOf<"education">["routes"][number] {
  const text = s.clean;
  let level = levelOf(text);
  const minYears = studyYears(text);
  // "university studies of at least 5 years, attested by a master's degree": the length is the rule.
  if (level === "master" && minYears && /\buniversity\b/i.test(text)) level = "university";
  if (/\buniversity studies\b/i.test(text) && level !== "doctorate" && !/^[^,]*\bmaster/i.test(text)) level = minYears ? "university" : level;
  // "University degree at master's level": the level the degree must reach, where no length is the rule.
  if (level === "university" && !minYears && /\bmaster/i.test(text)) level = "master";
  const exp = EXPERIENCE_YEARS.exec(text);
  const experienceYears = exp ? numberOf((exp[1] ?? exp[2])!) : undefined;
  const fieldMatch = /\b(?:degree|diploma|studies)\s+in\s+([^;.]+?)(?:[;.]|$)/i.exec(text);
  const fields = fieldMatch ? fieldMatch[1]!.split(/\s*,\s*|\s+or\s+|\s+and\s+/).map((f) => f.trim()).filter(Boolean) : undefined;
  return {
    level,
    ...(minYears && level === "university" ? { minYears } : {}),
    ...(experienceYears ? { experienceYears } : {}),
    ...(experienceYears && INTEGRAL.test(text) ? { experienceIntegral: true } : {}),
    ...(fields?.length ? { fields } : {}),
    quote: s.raw,
  };
}

/** Routes of one unit: "a post-secondary diploma, or a secondary diploma and 3 years of experience". */
/** Routes of studies of different lengths, each with the experience after the diploma it needs ("four years and six years after the diploma; or three years and seven"). */
const byLength = (routes: RuleOf<"education">["routes"]) => routes.length > 1 && routes.every((r) => r.minYears !== undefined && r.experienceYears !== undefined);

function routesOf(u: Span, doc: NoticeDocument): RuleOf<"education">["routes"] {
  const text = u.raw;
  const parts: Span[] = [];
  let from = 0;
  const split = /,?\s+or,?\s+(?=(?:(?:a|an|have|hold)\s+)?(?:level of|university|post-secondary|secondary|doctoral|PhD|master|degree|diploma))/gi;
  for (const m of text.matchAll(split)) {
    parts.push(slice(doc, u.start + from, u.start + m.index));
    from = m.index + m[0].length;
  }
  parts.push(slice(doc, u.start + from, u.end));
  return parts.filter((p) => p.clean.length > 3).map(route);
}

function slice(doc: NoticeDocument, start: number, end: number): Span {
  const raw = doc.text.slice(start, end);
  // Read as every unit is: Markdown emphasis ("**at least 9 years**") and markup removed.
  return { raw, clean: clean(raw), start, end };
}

function experience(u: Span): RuleOf<"experience"> | undefined {
  const m = EXPERIENCE_YEARS.exec(u.clean);
  const minYears = m && numberOf((m[1] ?? m[2])!);
  if (!minYears) return undefined;
  const part = new RegExp(`\\bof which (?:at least )?${NUM}\\s+years?\\s+(?:in|as|of)\\s+([^;.]+)`, "i").exec(u.clean);
  const field = /\bexperience\s+(?:in|relevant to)\s+([^,;.]+(?:\([^)]*\))?)/i.exec(u.clean)?.[1]?.trim();
  return {
    type: "experience",
    minYears,
    afterDiploma: /\bafter\b|\bsince\b|\bfollowing\b|\bacquired after\b/i.test(u.clean),
    ...(field ? { field } : {}),
    ...(part ? { part: { minYears: numberOf(part[1]!)!, field: part[2]!.trim() } } : {}),
    quote: u.raw,
  };
}

/**
 * Official languages a passage names with no level and no words of knowledge: after the language rule, they are
 * the languages one of those meeting it must be ("One of these two languages must be English").
 */
function namedOnly(s: string, ctx: CriteriaContext): string[] {
  if (CEFR.test(s) || new RegExp(KNOWLEDGE.source, "i").test(s)) return [];
  const official = new Set(ctx.languages.official.map((l) => l.name));
  // The names in the notice's own language too ("l'anglais ou le français"), from its names.json.
  const own = ctx.language ? ctx.wordsByLanguage?.get(ctx.language)?.names?.languages : undefined;
  const withOwn = <L extends { name: string; aliases: string[] }>(list: L[]): L[] => list.map((l) => ({ ...l, aliases: [...l.aliases, ...(own?.[l.name] ?? [])] }));
  const languages = own ? { ...ctx.languages, official: withOwn(ctx.languages.official), other: withOwn(ctx.languages.other) } : ctx.languages;
  return languagesIn(s, languages).filter((n) => official.has(n));
}

/** Each "… knowledge of …" clause is one requirement: its level or words, and the languages that count. */
function languageRequirements(u: Span, ctx: CriteriaContext): RuleOf<"languages">["requirements"] {
  const text = u.clean;
  const starts = [...text.matchAll(KNOWLEDGE)].map((m) => ({ at: m.index, wording: m[0] }));
  // "excellent English (C1)": a language named with a level is a requirement, with or without "knowledge".
  if (!starts.length && CEFR.test(text) && languagesIn(text, ctx.languages).length) starts.push(...levelClauses(text).map((at) => ({ at, wording: "" })));
  const out: RuleOf<"languages">["requirements"] = [];
  for (const [i, s] of starts.entries()) {
    const clause = text.slice(s.at, starts[i + 1]?.at ?? text.length);
    if (!/\blanguages?\b|\b(?:another|a second|an other)\b/i.test(clause) && !languagesIn(clause, ctx.languages).length) continue;
    const level = CEFR.exec(clause)?.[1] as RuleOf<"languages">["requirements"][number]["level"];
    const named = /\bofficial languages?\b|\blanguages? of the (?:Union|European Union|EU)\b/i.test(clause) ? [] : languagesIn(clause, ctx.languages);
    if (!level && !named.length && !/\blanguage|\banother\b|\bsecond\b/i.test(clause)) continue;
    out.push({
      ...(level ? { level } : { wording: s.wording.toLowerCase() }),
      ...(named.length ? { languages: named } : {}),
      quote: u.raw,
    });
  }
  return out;
}

function status(u: Span): RuleOf<"status">["routes"] {
  const text = u.clean;
  const routes: RuleOf<"status">["routes"] = [];
  const fg = FUNCTION_GROUP.exec(text);
  const group = fg ? (fg[1] ?? fg[2])!.toUpperCase() : undefined;
  if (STATUS_CERTIFICATE.test(text))
    routes.push({ kind: "certificate", name: /\bCAST\b/.test(text) ? "EPSO CAST" : "EPSO", ...(group ? { functionGroup: group } : {}), beforeDeadline: /\bbefore the (?:closing date|deadline)\b|\bby the (?:closing date|deadline)\b/i.test(text), quote: u.raw });
  else if (STATUS_LAUREATE.test(text) && COMPETITION.test(text)) routes.push({ kind: "laureate", competition: COMPETITION.exec(text)![1]!, quote: u.raw });
  else if (STATUS_EMPLOYER.test(text)) {
    const m = /\b(?:at least|minimum of|for)\s+(\d{1,2}|twelve|six|eighteen|twenty-four)\s+months\b/i.exec(text);
    const y = /\b(?:at least|minimum of|for)\s+(\d{1,2}|one|two|three)\s+years?\b/i.exec(text);
    const months = m ? (numberOf(m[1]!) ?? ({ eighteen: 18, "twenty-four": 24 } as Record<string, number>)[m[1]!.toLowerCase()]) : y ? numberOf(y[1]!)! * 12 : undefined;
    routes.push({ kind: "employer", ...(months ? { months } : {}), quote: u.raw });
  } else if (STATUS_OFFICIAL.test(text) && /\bofficials? (?:of|in|from)\b/i.test(text)) routes.push({ kind: "official", ...(group ? { functionGroup: group } : {}), quote: u.raw });
  return routes;
}

/** True for the words around criteria rather than a criterion: "Candidates must:", "… on the closing date". */
function isFrame(u: Span): boolean {
  const t = u.clean;
  // Recognition of diplomas belongs to the education criterion (eligibility.diplomaRecognition).
  if (/\b(?:issued|recogni[sz]ed)\b[^.]*\bas equivalent\b|\bequivalence of\b/i.test(t)) return true;
  return /:\s*$/.test(t) || /\beligibility criteria\b/i.test(t) || /^(?:OR|AND)$/i.test(t) || /\bother candidates\b/i.test(t) || t.length < 8;
}

/** The units of the eligibility part of the notice, in order. */
export function eligibilityUnits(doc: NoticeDocument, vocab?: CriteriaVocabulary): Unit[] {
  const strict = strictEligibilityUnits(doc, vocab);
  return strict.length ? strict : unitsUnder(doc, REQUIREMENTS_HEADING, /selection|assess|advantage|asset|desirable|offer|tasks|duties/i);
}

/** The units under an eligibility heading proper ("Eligibility criteria", "Who can apply?"). */
export function strictEligibilityUnits(doc: NoticeDocument, vocab?: CriteriaVocabulary): Unit[] {
  return unitsUnder(doc, ELIGIBILITY_HEADING, SELECTION_HEADING, vocab);
}

function unitsUnder(doc: NoticeDocument, heading: RegExp, notUnder: RegExp, vocab?: CriteriaVocabulary): Unit[] {
  return doc.units.filter((u) => {
    if (u.kind === "heading") return false;
    const path = [u.section, ...u.sub];
    const nearest = path.at(-1) ?? "";
    const inSection = path.some((h) => heading.test(h) || vocab?.isEligibilityHeading(h));
    if (!inSection || notUnder.test(nearest) || vocab?.isNotEligibilityHeading(nearest)) return false;
    if (u.leadIn && NOT_ELIGIBILITY_LEAD.test(u.leadIn.clean)) return false;
    return !/\b(?:would be|is) an? (?:asset|advantage)\b/i.test(u.clean) || u.clean.includes(";");
  });
}

/**
 * Reads the criteria of the eligibility part: every unit typed, or kept as "check this yourself".
 *
 * @example
 * readCriteria(readDocument("ELIGIBILITY\n\n- be a national of a Member State of the EU;"), ctx)[0].rule
 * // → { type: "citizenship", allowed: "eu", countries: [], quote: "be a national of a Member State of the EU;" }
 */
export function readCriteria(doc: NoticeDocument, ctx: CriteriaContext): ReadCriterion[] {
  const vocab = criteriaVocabulary(ctx.wordsByLanguage, ctx.language ?? "en", ctx);
  const out = readUnits(eligibilityUnits(doc, vocab), doc, ctx, vocab);
  // Requirements under a heading of their own ("Qualifications", "We look for") give the kinds of criterion the
  // eligibility part does not state (a careers page states only nationality under "Eligibility").
  const extra = readUnits(requirementUnits(doc, ctx.noticeWords), doc, ctx, vocab).filter(
    (c) => ["education", "experience", "languages"].includes(c.rule.type) && !out.some((o) => o.rule.type === c.rule.type),
  );
  return [...out, ...extra];
}

/** The rule counting doctoral research as experience, where the eligibility or requirements part states one. */
export function readDoctorateCreditOf(doc: NoticeDocument, ctx: CriteriaContext): DoctorateCredit | undefined {
  for (const u of [...eligibilityUnits(doc), ...requirementUnits(doc, ctx.noticeWords)])
    for (const s of u.sentences) {
      const credit = readDoctorateCredit(s, ctx.noticeWords);
      if (credit) return credit;
    }
  return undefined;
}

function readUnits(units: Unit[], doc: NoticeDocument, ctx: CriteriaContext, vocab: CriteriaVocabulary): ReadCriterion[] {
  const out: ReadCriterion[] = [];
  let education: { rule: RuleOf<"education">; last: Unit } | undefined;
  let languages: RuleOf<"languages"> | undefined;
  let statusRule: RuleOf<"status"> | undefined;
  const conditions = new Set<string>();
  let notCounted: RuleOf<"experience">["notCounted"];
  const required = requiredPart(doc, ctx);
  for (const u of units) {
    // A paragraph of several sentences is read sentence by sentence only when its sentences differ in kind.
    const sentencesOf: Span[] = u.kind === "paragraph" && u.sentences.length > 1 ? u.sentences : [u];
    // "You must be an EU national, hold a degree of at least 3 years and have 5 years' experience": one clause per criterion.
    // "Candidates for profile C do not need to have passed an EPSO CAST test": what is said not to be required is no criterion.
    const spans = sentencesOf.flatMap((s) => clauses(doc, s)).flatMap((s) => required(s) ?? []).flatMap((s) => apartFromAdvantage(doc, s, ctx));
    for (const s of spans) {
      if (isFrame(s) && !CITIZENSHIP.test(s.clean) && !STATUS_LAUREATE.test(s.clean)) continue;
      // "Knowledge of French would be an asset": never an eligibility criterion.
      if (isAdvantage(s.clean, ctx.noticeWords)) continue;
      // "Periods of doctoral research are counted as professional experience for a maximum of 3 years": how experience counts.
      if (readDoctorateCredit(s, ctx.noticeWords)) continue;
      // "Professional experience is counted from the date of the diploma required above": how experience counts, not a diploma.
      if (REFERS_BACK.test(s.clean) && /\bexperience\b/i.test(s.clean) && !EXPERIENCE_YEARS.test(s.clean)) continue;
      let typed = false;
      // Previous service in an EU institution is read with the words of every language the notice may use.
      const service = readPreviousServiceRule(s, ctx.words ?? []);
      if (service) {
        out.push({ rule: service, summary: `no ${service.paidOnly ? "paid " : ""}service in an EU institution over ${service.limit.amount}${service.consecutive ? " consecutive" : ""} ${service.limit.unit}s` });
        continue;
      }
      // A notice in another language is read with its own words first; the English patterns read what they leave.
      const seen = new Set(out.map((c) => c.rule.type));
      const own = ctx.language && ctx.language !== "en" ? vocab.read(s, seen) : undefined;
      const ownTypes = own?.kind === "rule" || own?.kind === "notCounted";
      if (!ownTypes) {
        for (const c of CONDITIONS)
          // "a national of a Member State and enjoy full rights as a citizen" is one citizenship criterion.
          if (c.pattern.test(s.clean) && !conditions.has(c.id) && !(c.id === "civic-rights" && CITIZENSHIP.test(s.clean))) {
            conditions.add(c.id);
            out.push({ rule: { type: "condition", id: c.id, label: c.label, quote: s.raw }, summary: c.label });
            typed = true;
          }
        // "… including nationals of candidate countries: both languages must be official": a passage of another kind
        // naming nationals once the citizenship criterion is read is read as that other kind.
        const otherKind = LANGUAGE.test(s.clean) || EDUCATION.test(s.clean) || EXPERIENCE_YEARS.test(s.clean) || AGE.test(s.clean);
        if (CITIZENSHIP.test(s.clean) && !/\bvisa\b|\bresidence permit\b/i.test(s.clean) && !(otherKind && out.some((c) => c.rule.type === "citizenship"))) {
          const rule = citizenship(s, ctx);
          // "The call is open to nationals of all countries. There is no nationality requirement.": one criterion.
          const before = out.find((c) => c.rule.type === "citizenship");
          if (before) {
            typed = true;
            continue;
          }
          out.push({ rule, summary: rule.allowed === "any" ? "any nationality" : `${rule.allowed}${rule.countries.length ? ` + ${rule.countries.join(", ")}` : ""}${rule.group ? ` (“${rule.group}”)` : ""}${rule.excluded ? `; excluded: ${rule.excluded.join(", ")}` : ""}` });
          typed = true;
        } else if (AGE.test(s.clean) || vocab.age(s)) {
          // Read with the words of the notice's language ("at least 18", "by the end of the contract"), as in every language.
          const age = /\((\d{2})\)|\bage of (\d{2})\b|\b(?:under|below) (\d{2})\b|\b(\d{2}) years\b/.exec(s.clean);
          const rule = vocab.age(s) ?? (age ? ({ type: "age", maxAge: Number(age[1] ?? age[2] ?? age[3] ?? age[4]), quote: s.raw } as const) : undefined);
          if (rule) {
            out.push({ rule, summary: ageSummary(rule) });
            typed = true;
          }
        } else if (status(s).length) {
          const routes = status(s);
          if (statusRule) statusRule.routes.push(...routes);
          else {
            statusRule = { type: "status", routes, quote: s.raw };
            out.push({ rule: statusRule, summary: "" });
          }
          typed = true;
        } else if (languages && namedOnly(s.clean, ctx).length) {
          // "One of these two languages must be English.": a language named without a level after the rule.
          languages.including = [...new Set([...(languages.including ?? []), ...namedOnly(s.clean, ctx)])];
          languages.quote = spanning(doc, [languages.quote, s.raw]) ?? languages.quote;
          typed = true;
        } else if ((LANGUAGE.test(s.clean) || ((/\b(?:knowledge|proficiency|command|fluency|mastery)\b/i.test(s.clean) || CEFR.test(s.clean)) && languagesIn(s.clean, ctx.languages).length > 0)) && languageRequirements(s, ctx).length) {
          const reqs = languageRequirements(s, ctx);
          if (languages) languages.requirements.push(...reqs);
          else {
            languages = { type: "languages", requirements: reqs, quote: s.raw };
            out.push({ rule: languages, summary: "" });
          }
          // "… of another official language. One of them must be Spanish.": a later sentence of the same passage.
          const including = s.clean.split(/(?<=[.!])\s+/).slice(1).flatMap((x) => namedOnly(x, ctx));
          if (including.length) languages.including = [...new Set([...(languages.including ?? []), ...including])];
          typed = true;
        } else if (EDUCATION.test(s.clean) && (!(REFERS_BACK.test(s.clean) && EXPERIENCE_YEARS.test(s.clean)) || byLength(routesOf(s, doc)))) {
          const routes = routesOf(s, doc);
          // Units of one education criterion follow each other, joined by "OR".
          if (education && u.start - education.last.end < 40 + (doc.text.slice(education.last.end, u.start).match(/\bOR\b/) ? 20 : 0)) education.rule.routes.push(...routes);
          else {
            education = { rule: { type: "education", routes, quote: s.raw }, last: u };
            out.push({ rule: education.rule, summary: "" });
          }
          education.last = u;
          typed = true;
        } else if (EXPERIENCE_YEARS.test(s.clean)) {
          const rule = experience(s);
          // "the 3 years of professional experience that form part of the education requirement cannot be counted again":
          // said in the experience passage of the education route's years.
          if (rule && education && INTEGRAL.test(s.clean))
            for (const r of education.rule.routes) if (r.experienceYears) r.experienceIntegral = true;
          // "This one year of professional experience is part of the education requirement": the route's years, no criterion of their own.
          const ofRoute = rule && education && INTEGRAL.test(s.clean) && education.rule.routes.some((r) => r.experienceYears === rule.minYears) && !rule.afterDiploma;
          if (ofRoute) typed = true;
          else if (rule) {
            out.push({ rule, summary: `${rule.minYears} years${rule.afterDiploma ? " after the diploma" : ""}${rule.part ? `, of which ${rule.part.minYears} in ${rule.part.field}` : ""}` });
            typed = true;
          }
        }
      }
      // What the patterns above do not type is read with the words of the notice's language.
      if (!typed) {
        const r = own ?? vocab.read(s, seen);
        if (r?.kind === "frame") continue;
        if (r?.kind === "notCounted") {
          notCounted = { kinds: [...new Set([...(notCounted?.kinds ?? []), ...r.notCounted.kinds])], quote: notCounted ? join(doc, slice(doc, doc.text.indexOf(notCounted.quote), doc.text.indexOf(notCounted.quote)), s).raw : r.notCounted.quote };
          typed = true;
        } else if (r?.kind === "oneOfThem" && languages) {
          // "One of these two languages must be English or French": the least level asked, in one of those.
          const level = languages.requirements.map((x) => x.level).filter((l): l is NonNullable<typeof l> => Boolean(l)).sort()[0];
          languages.requirements.push({ ...(level ? { level } : {}), languages: r.languages, quote: r.quote });
          typed = true;
        } else if (r?.kind === "rule") {
          const rule = r.rule;
          if (rule.type === "condition") {
            // "im Vollbesitz der bürgerlichen Ehrenrechte sein und den Wehrgesetzen nachgekommen sein": each condition stated.
            for (const c of [rule, ...vocab.conditionsIn(s).filter((x) => x.id !== rule.id)]) {
              if (!conditions.has(c.id)) out.push({ rule: c, summary: c.label });
              conditions.add(c.id);
            }
          } else if (rule.type === "languages" && languages) languages.requirements.push(...rule.requirements);
          else if (rule.type === "education" && education) education.rule.routes.push(...rule.routes);
          else if (!(rule.type === "citizenship" && out.some((c) => c.rule.type === "citizenship"))) {
            if (rule.type === "languages") languages = rule;
            if (rule.type === "education") education = { rule, last: u };
            out.push({ rule, summary: rule.type === "age" ? ageSummary(rule) : rule.type === "experience" ? `${rule.minYears} years${rule.afterDiploma ? " after the diploma" : ""}` : rule.type === "citizenship" ? `${rule.allowed}${rule.countries.length ? ` + ${rule.countries.join(", ")}` : ""}` : "" });
          }
          typed = true;
        }
      }
      // A bullet of the eligibility part is a rule even when its verb is unusual ("remain in the service of …").
      if (!typed && (u.kind === "bullet" || /\b(?:must|have|hold|be|possess|meet)\b/i.test(s.clean))) out.push({ rule: { type: "check", quote: s.raw }, summary: "could not type: check this yourself" });
    }
  }
  const experienceRule = out.find((c) => c.rule.type === "experience")?.rule as RuleOf<"experience"> | undefined;
  if (experienceRule && notCounted) {
    experienceRule.notCounted = notCounted;
    out.find((c) => c.rule === experienceRule)!.summary += `; not counted: ${notCounted.kinds.join(", ")}`;
  }
  // A criterion spread over several units quotes them all, from the first to the last.
  for (const c of out) {
    const r = c.rule;
    if (r.type === "education" && r.routes.length > 1) r.quote = spanning(doc, r.routes.map((x) => x.quote)) ?? r.quote;
    if (r.type === "languages" && r.requirements.length > 1) r.quote = spanning(doc, [...r.requirements.map((x) => x.quote), r.quote]) ?? r.quote;
    if (r.type === "status" && r.routes.length > 1) r.quote = spanning(doc, r.routes.map((x) => x.quote)) ?? r.quote;
    c.summary ||= summarise(r);
  }
  return out;
}

/**
 * The part of a passage that states a requirement: all of it; none of it when it says what it names is not
 * required (words.json `notice.notRequired` of the notice's language and English); the part after a contrast
 * when only what comes before it is negated ("A doctorate is not required, but a master's degree is").
 */
function requiredPart(doc: NoticeDocument, ctx: CriteriaContext): (s: Span) => Span | undefined {
  // A phrase may end in an elision ("n'ont pas besoin d'avoir").
  const list = [...new Set((ctx.words ?? []).flatMap((w) => w.notice.notRequired))].sort((a, b) => b.length - a.length).map((w) => escape(w.replace(/[’‘]/g, "'")).replace(/\s+/g, "\\s+"));
  const notRequired = list.length ? new RegExp(`(?<![\\p{L}])(?:${list.join("|")})(?:(?<=')|(?![\\p{L}]))`, "iu") : undefined;
  const contrast = phraseList((ctx.words ?? []).flatMap((w) => w.contrast));
  const fold = (t: string) => t.replace(/[’‘]/g, "'");
  return (s) => {
    const said = notRequired?.exec(fold(s.raw));
    if (!said) return s;
    const after = contrast ? new RegExp(contrast.source, "giu") : undefined;
    if (!after) return undefined;
    after.lastIndex = said.index + said[0].length;
    const m = after.exec(fold(s.raw));
    if (!m) return undefined;
    const rest = slice(doc, s.start + m.index + m[0].length, s.end);
    return rest.clean.length > 3 && !notRequired!.test(fold(rest.raw)) ? rest : undefined;
  };
}

/** The kinds of criterion a passage names. */
function kinds(s: string): number {
  return [CITIZENSHIP.test(s) && !/\bfull rights\b/i.test(s.replace(CITIZENSHIP, "")), AGE.test(s), EDUCATION.test(s) && !EXPERIENCE_YEARS.test(s), EXPERIENCE_YEARS.test(s), LANGUAGE.test(s)].filter(Boolean).length;
}

/** A passage naming several kinds of criterion, split where a new requirement begins ("…, hold …", "… and have …"). */
/**
 * "French C1 and English B2; knowledge of a third language is an asset": a requirement and an advantage in one
 * sentence, joined by a semicolon, are two passages, so that the advantage does not hide the requirement.
 */
function apartFromAdvantage(doc: NoticeDocument, s: Span, ctx: CriteriaContext): Span[] {
  if (!isAdvantage(s.clean, ctx.noticeWords) || !s.raw.includes(";")) return [s];
  const parts: Span[] = [];
  let from = 0;
  for (const m of s.raw.matchAll(/;\s*/g)) {
    parts.push(slice(doc, s.start + from, s.start + m.index));
    from = m.index + m[0].length;
  }
  parts.push(slice(doc, s.start + from, s.end));
  const kept = parts.filter((p) => p.clean.replace(/\W/g, "").length > 3);
  return kept.length > 1 ? kept : [s];
}

function clauses(doc: NoticeDocument, s: Span): Span[] {
  if (kinds(s.clean) < 2) return [s];
  const cut = /,\s+(?:and\s+)?(?=(?:be|have|hold|possess|speak|know)\b)|\s+and\s+(?=(?:be|have|hold|possess|speak)\b)/gi;
  const out: Span[] = [];
  let from = 0;
  for (const m of s.raw.matchAll(cut)) {
    out.push(slice(doc, s.start + from, s.start + m.index));
    from = m.index + m[0].length;
  }
  out.push(slice(doc, s.start + from, s.end));
  const parts = out.filter((p) => p.clean.length > 3);
  return parts.length > 1 ? parts : [s];
}

function spanning(doc: NoticeDocument, quotes: string[]): string | undefined {
  const starts = quotes.map((q) => doc.text.indexOf(q)).filter((i) => i >= 0);
  if (!starts.length) return undefined;
  const from = Math.min(...starts);
  const to = Math.max(...quotes.map((q) => {
    const i = doc.text.indexOf(q);
    return i >= 0 ? i + q.length : 0;
  }));
  return join(doc, slice(doc, from, from), slice(doc, to, to)).raw;
}

function summarise(r: CriterionRule): string {
  switch (r.type) {
    case "education":
      return r.routes.map((x) => `${x.level}${x.minYears ? ` ${x.minYears}y` : ""}${x.experienceYears ? ` + ${x.experienceYears}y experience${x.experienceIntegral ? " (not counted again)" : ""}` : ""}${x.fields ? ` in ${x.fields.join("/")}` : ""}`).join(" OR ");
    case "languages":
      return `${r.requirements.map((x) => `${x.level ?? `“${x.wording}” (no CEFR level)`} in ${x.languages ? x.languages.join(" or ") : "an official EU language"}`).join("; ")}${r.including ? `; one of them ${r.including.join(" or ")}` : ""}`;
    case "status":
      return r.routes.map((x) => (x.kind === "employer" ? `public employer${x.months ? ` for ${x.months} months` : ""}` : x.kind === "official" ? `official${x.functionGroup ? ` ${x.functionGroup}` : ""}` : x.kind === "laureate" ? `laureate of ${x.competition}` : `${x.name}${x.functionGroup ? ` FG ${x.functionGroup}` : ""}${x.beforeDeadline ? " before the deadline" : ""}`)).join(" OR ");
    default:
      return "";
  }
}

/** An age rule in the import report: "at least 18", "under 66 at the end of the contract". */
function ageSummary(rule: RuleOf<"age">): string {
  const max = rule.maxAge === undefined ? "" : `under ${rule.maxAge}${rule.retirement ? " (retirement age)" : ""}${rule.byContractEnd ? " at the end of the contract" : ""}`;
  return [rule.minAge === undefined ? "" : `at least ${rule.minAge}`, max].filter(Boolean).join(", ");
}
