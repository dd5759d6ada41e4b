// Reading eligibility criteria with the words of the notice's language (words.json `notice.criteria`, with its
// `numbers` and `units.year`, and names.json for countries and languages): the same code for every language.
// A passage is typed as citizenship, education, experience, languages or a condition; a passage saying what
// does not count as experience (traineeships, unpaid work) refines the experience criterion; a table of grades
// by years of experience is read from its rows. Nothing of one notice is written here: only the shape of a rule.
import type { Countries, CriteriaWords, CriterionRule, EducationLevel, Languages, RuleOf } from "../knowledge/schema.js";
import type { NoticeDocument, Span } from "./document.js";
import type { LanguageWords } from "./words.js";
import { escapeRegExp as escape } from "../text/regexp.js";

type Rule = Exclude<CriterionRule, { type: "check" | "status" }>;
type NotCounted = NonNullable<RuleOf<"experience">["notCounted"]>;

/** What one passage says, read with the words: a criterion, a refinement of the experience one, a frame, or nothing. */
export type WordsReading =
  | { kind: "rule"; rule: Rule }
  | { kind: "notCounted"; notCounted: NotCounted }
  | { kind: "oneOfThem"; languages: string[]; quote: string }
  | { kind: "frame" }
  | undefined;

export type CriteriaVocabulary = {
  /** True when a heading names the eligibility part; false for a part that is not it; undefined when the words say nothing. */
  isEligibilityHeading(heading: string): boolean;
  isNotEligibilityHeading(heading: string): boolean;
  /** `seen`: the kinds of criterion already read, so that a passage naming nationals again is read as its other kind. */
  read(span: Span, seen?: ReadonlySet<string>): WordsReading;
  /** Every condition a passage states ("full rights as a citizen … and military service"), each with its own clause. */
  conditionsIn(span: Span): RuleOf<"condition">[];
  /** The age limits a passage sets ("at least 18 years old", "ne pas avoir atteint l'âge de 66 ans à la fin du contrat"). */
  age(span: Span): RuleOf<"age"> | undefined;
};

/** Text as the words are matched against it: lower case, composed, one kind of apostrophe, white space folded. */
const fold = (s: string) => s.normalize("NFC").toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, " ");

/**
 * Text as headings are matched: folded and without accents, since a heading in capitals often drops them
 * ("ΚΡΙΤΗΡΙΑ ΕΠΙΛΕΞΙΜΟΤΗΤΑΣ" for "κριτήρια επιλεξιμότητας", "CONDITIONS D'ELIGIBILITE").
 */
const bare = (s: string) => fold(s).normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

function phrases(list: readonly string[]): RegExp | undefined {
  const alts = [...new Set(list.map(fold))].filter(Boolean).sort((a, b) => b.length - a.length).map(escape);
  return alts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}])`, "giu") : undefined;
}

function first(re: RegExp | undefined, s: string): RegExpExecArray | undefined {
  if (!re) return undefined;
  re.lastIndex = 0;
  return re.exec(s) ?? undefined;
}

const CEFR = /(?<![\p{L}\p{N}])([ABC][12])(?![\p{L}\p{N}])/u;

/**
 * Where the clauses of a language rule start when no word of knowledge marks them: after each CEFR level but the
 * last, so that "Latvian (C2) and French (C1)" is two requirements, each with its own language.
 */
export function levelClauses(text: string): number[] {
  const ends = [...text.matchAll(/\b[ABC][12]\b\)?/g)].map((m) => m.index + m[0].length);
  return [0, ...ends.slice(0, -1)];
}

/**
 * The vocabulary of one language for the criteria, compiled once per import.
 *
 * @example
 * criteriaVocabulary(words, "fr", ctx).read(spanOf("être ressortissant d'un des États membres de l'Union européenne"))
 * // → { kind: "rule", rule: { type: "citizenship", allowed: "eu", countries: [], quote: "…" } }
 */
export function criteriaVocabulary(all: Map<string, LanguageWords> | undefined, language: string, ctx: { countries: Countries; languages: Languages }): CriteriaVocabulary {
  const own = all?.get(language);
  const w: CriteriaWords | undefined = own?.words.notice.criteria;
  const numbers = own?.words.numbers ?? {};
  const yearUnits = own?.words.units.year ?? [];
  const re = (k: Exclude<keyof CriteriaWords, "levels" | "conditions">) => phrases(w?.[k] ?? []);
  const has = (r: RegExp | undefined, s: string) => Boolean(first(r, fold(s)));
  const bareHeadings = (k: "eligibilityHeadings" | "notEligibilityHeadings") => phrases((w?.[k] ?? []).map(bare));
  const headings = { eligibility: bareHeadings("eligibilityHeadings"), notEligibility: bareHeadings("notEligibilityHeadings") };
  const m = {
    eligibility: re("eligibilityHeadings"),
    notEligibility: re("notEligibilityHeadings"),
    citizenship: re("citizenship"),
    anyNationality: re("anyNationality"),
    eea: re("eea"),
    education: re("education"),
    recognition: re("recognition"),
    experience: re("experience"),
    afterDiploma: re("afterDiploma"),
    notCounted: re("notCounted"),
    traineeship: re("traineeship"),
    paidOnly: re("paidOnly"),
    languages: re("languages"),
    knowledge: re("knowledge"),
    officialLanguages: re("officialLanguages"),
    oneOfThem: re("oneOfThem"),
    retirementAge: re("retirementAge"),
    age: re("age"),
    minimumAge: re("minimumAge"),
    maximumAge: re("maximumAge"),
    contractEnd: re("contractEnd"),
  };
  const levels = (Object.entries(w?.levels ?? {}) as [EducationLevel, string[]][]).flatMap(([level, list]) => list.map((p) => ({ p: fold(p), level }))).sort((a, b) => b.p.length - a.p.length);
  const levelRe = levels.map(({ p, level }) => ({ re: new RegExp(`(?<![\\p{L}])${escape(p)}(?![\\p{L}])`, "iu"), level }));
  const conditions = Object.entries(w?.conditions ?? {}).map(([id, list]) => ({ id, re: phrases(list) }));
  const numberWords = Object.keys(numbers).map(fold).sort((a, b) => b.length - a.length).map(escape);
  const yearsRe = yearUnits.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}|${numberWords.join("|") || "\\d"})\\s*(?:\\(\\d{1,2}\\)\\s*)?-?\\s*(?:${yearUnits.map(fold).map(escape).join("|")})(?![\\p{L}])`, "giu")
    : undefined;
  const numberOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : Object.entries(numbers).find(([k]) => fold(k) === fold(s))?.[1]);
  /** Every "N years" in a passage, with where it stands. */
  const yearsIn = (s: string) => (yearsRe ? [...fold(s).matchAll(yearsRe)].map((x) => ({ n: numberOf(x[1]!), at: x.index, end: x.index + x[0].length })).filter((x): x is { n: number; at: number; end: number } => x.n !== undefined && x.n > 0) : []);

  // Names of countries and languages: the reference's and the language's own (names.json).
  const names = own?.names;
  const nameRe = (n: string) => new RegExp(`(?<![\\p{L}])${escape(fold(n))}(?![\\p{L}])`, "u");
  const languageNames = [...ctx.languages.official, ...ctx.languages.other].map((l) => ({ name: l.name, res: [l.name, ...l.aliases, ...(names?.languages[l.name] ?? [])].filter((n) => n.length >= 3).map(nameRe) }));
  const languagesIn = (s: string): string[] => {
    const t = fold(s);
    const found: { at: number; name: string }[] = [];
    for (const l of languageNames)
      for (const r of l.res) {
        const x = r.exec(t);
        if (x && !found.some((f) => f.name === l.name)) found.push({ at: x.index, name: l.name });
      }
    return found.sort((a, b) => a.at - b.at).map((f) => f.name);
  };
  const countryNames = ctx.countries.otherCountries.map((c) => ({ code: c.code, res: [c.name, ...c.aliases, ...(names?.countries[c.code] ?? [])].filter((n) => n.length > 2).map(nameRe) }));
  const countriesIn = (s: string) => countryNames.filter((c) => c.res.some((r) => r.test(fold(s)))).map((c) => c.code);

  function levelOf(s: string): EducationLevel | undefined {
    const t = fold(s);
    return levelRe.find((l) => l.re.test(t))?.level;
  }

  /** The level a passage names first ("secondaire … donnant accès à l'enseignement post-secondaire" is secondary). */
  function firstLevelOf(s: string): EducationLevel | undefined {
    const t = fold(s);
    const at = levelRe.map((l) => ({ level: l.level, at: t.search(l.re) })).filter((x) => x.at >= 0);
    return at.sort((a, b) => a.at - b.at)[0]?.level;
  }

  /** The notice language's "or" ("oder", "ou"), where a passage's alternative routes part. */
  const orRe = phrases(own?.words.notice.or ?? []);

  /** One route of an education criterion: its level, the studies' length and the experience it adds. */
  function route(text: string, quote: string): RuleOf<"education">["routes"][number] {
    const t = fold(text);
    // Years said next to experience words are experience the route needs; the others are the studies' length.
    const experienceAt = [...t.matchAll(new RegExp(m.experience ?? /$^/gu))].map((x) => x.index);
    const years = yearsIn(text);
    // "3 years of relevant professional experience" (the years first, a few words before), "Berufserfahrung von
    // mindestens einem Jahr" (the experience first): not "drei Jahren entspricht, und eine einschlägige Berufserfahrung".
    const near = (y: { at: number; end: number }) => experienceAt.some((a) => (a >= y.end && a - y.end < 30) || (a < y.at && y.at - a < 40));
    const study = years.find((y) => !near(y));
    const work = years.find((y) => near(y));
    // "studies of at least 5 years, attested by a master's degree": a length of studies is the university's.
    const named = levelOf(text);
    const level = named === "master" && study && levelRe.some((l) => l.level === "university" && l.re.test(t)) ? "university" : (named ?? "university");
    return {
      level,
      ...(study && level === "university" ? { minYears: study.n } : {}),
      ...(work ? { experienceYears: work.n } : {}),
      quote,
    };
  }

  function education(u: Span): RuleOf<"education"> {
    // "… von mindestens vier Jahren …, oder … von mindestens drei Jahren … und … Berufserfahrung von einem Jahr":
    // routes joined by the language's "or", each with a length of its own (a field named "law or an equivalent"
    // has none, and stays one route).
    const t = fold(u.clean);
    const cuts = orRe ? [...t.matchAll(new RegExp(orRe))].map((x) => ({ at: x.index, end: x.index + x[0].length })) : [];
    const parts = cuts.length ? cuts.map((c, i) => u.clean.slice(i ? cuts[i - 1]!.end : 0, c.at)).concat(u.clean.slice(cuts.at(-1)!.end)) : [u.clean];
    const routes = parts.map((p) => route(p, u.raw));
    if (parts.length > 1 && routes.every((r) => r.minYears !== undefined)) return { type: "education", routes, quote: u.raw };
    // "… post-secondaire …, ou … secondaire … suivi d'une expérience de trois ans": routes of levels of their own,
    // each the level its part names first.
    const levels = parts.map(firstLevelOf);
    if (parts.length > 1 && levels.every(Boolean) && new Set(levels).size === levels.length)
      return {
        type: "education",
        routes: routes.map((r, i) => {
          const { minYears, ...rest } = r;
          return { ...rest, level: levels[i]!, ...(levels[i] === "university" && minYears !== undefined ? { minYears } : {}) };
        }),
        quote: u.raw,
      };
    return { type: "education", routes: [route(u.clean, u.raw)], quote: u.raw };
  }

  function experience(u: Span): RuleOf<"experience"> | undefined {
    const n = yearsIn(u.clean)[0]?.n;
    if (!n) return undefined;
    return { type: "experience", minYears: n, afterDiploma: has(m.afterDiploma, u.clean), quote: u.raw };
  }

  function languageRequirements(u: Span): RuleOf<"languages">["requirements"] {
    const t = fold(u.clean);
    // A fresh copy: matchAll would start where the last `has` left the shared pattern.
    const starts = m.knowledge ? [...t.matchAll(new RegExp(m.knowledge))].map((x) => x.index) : [];
    if (!starts.length) starts.push(...levelClauses(u.clean));
    const out: RuleOf<"languages">["requirements"] = [];
    for (const [i, at] of starts.entries()) {
      const clause = u.clean.slice(at, starts[i + 1] ?? u.clean.length);
      const level = CEFR.exec(clause)?.[1] as RuleOf<"languages">["requirements"][number]["level"];
      const official = has(m.officialLanguages, clause);
      const named = official ? [] : languagesIn(clause);
      // "gründliche Kenntnisse einer der Amtssprachen": a level in words only, in any official language.
      const wording = !level && !named.length && official && i < starts.length ? wordingAt(u.clean, at) : undefined;
      if (!level && !named.length && !wording) continue;
      out.push({ ...(level ? { level } : wording ? { wording } : {}), ...(named.length ? { languages: named } : {}), quote: u.raw });
    }
    return out;
  }

  /**
   * The notice's words for a level with no CEFR level: the word of knowledge with the adjective before it
   * ("gründliche Kenntnisse", "gruntowną znajomość"), else with the word after it ("conoscenza approfondita").
   */
  function wordingAt(text: string, at: number): string | undefined {
    const folded = fold(text);
    const word = first(m.knowledge, folded.slice(at));
    if (!word || word.index !== 0) return undefined;
    const before = /(\p{L}{4,})\s+$/u.exec(text.slice(0, at))?.[1];
    const after = /^\s+(\p{L}{4,})/u.exec(text.slice(at + word[0].length))?.[1];
    const own = text.slice(at, at + word[0].length);
    return before ? `${before} ${own}` : after ? `${own} ${after}` : own;
  }

  /**
   * The age limits a passage sets, clause by clause ("mindestens 18 Jahre alt sind und das 30. Lebensjahr noch nicht
   * vollendet haben" is a minimum of 18 and a maximum of 30): a clause speaking of age (or, in a passage on nothing
   * else, a number of years with a minimum or maximum word: "avoir au moins 21 ans") gives its number as a minimum
   * or a maximum by its words; the retirement age is a maximum; the end of the contract said anywhere in the passage
   * is when the maximum must not yet be reached.
   */
  function ageRule(u: Span): RuleOf<"age"> | undefined {
    const s = u.clean;
    const retirement = has(m.retirementAge, s);
    const otherKind = has(m.experience, s) || has(m.education, s) || Boolean(levelOf(s)) || has(m.languages, s);
    if (!has(m.age, s) && !retirement && otherKind) return undefined;
    const t = fold(s);
    const cuts = [...t.matchAll(/[;]\s*|,\s+/g), ...(andRe ? [...t.matchAll(new RegExp(andRe))] : [])].map((x) => ({ at: x.index, end: x.index + x[0].length })).sort((a, b) => a.at - b.at);
    const clauses = [0, ...cuts.map((c) => c.end)].map((from, i) => s.slice(from, cuts[i]?.at ?? s.length));
    let minAge: number | undefined;
    let maxAge: number | undefined;
    for (const clause of clauses) {
      // "(66)", "66 years", "das 30. Lebensjahr", "21 ans": the clause's first number that can be an age.
      // A bare number ("das 30. Lebensjahr") only where the clause speaks of age: not "Article 29(1)".
      // "at least 18 and under 35 years of age": a clause of a passage on age alone speaks of age too.
      const aged = has(m.age, clause) || has(m.retirementAge, clause) || (!otherKind && (has(m.age, s) || retirement));
      const years = yearsIn(clause).find((y) => y.n >= 14)?.n;
      const n = Number(/\((\d{2})\)/.exec(clause)?.[1] ?? years ?? (aged ? /(?<![\p{N}.,])(\d{2})(?![\p{N}]|[.,]\d)/u.exec(clause)?.[1] : undefined));
      if (!(n >= 14 && n <= 80)) continue;
      const max = has(m.maximumAge, clause) || has(m.retirementAge, clause);
      const min = !max && has(m.minimumAge, clause);
      if (!(aged || ((min || max) && !otherKind && years !== undefined && n >= 16))) continue;
      if (max || (retirement && !min && n >= 50)) maxAge ??= n;
      else if (min) minAge ??= n;
    }
    if (minAge === undefined && maxAge === undefined) return undefined;
    if (minAge !== undefined && maxAge !== undefined && minAge >= maxAge) return undefined;
    return {
      type: "age",
      ...(minAge !== undefined ? { minAge } : {}),
      ...(maxAge !== undefined ? { maxAge, ...(retirement ? { retirement: true } : {}), ...(has(m.contractEnd, s) ? { byContractEnd: true } : {}) } : {}),
      quote: u.raw,
    };
  }

  /** The clause of a passage around `at`, cut at the language's "and", a semicolon or a comma. */
  const andRe = phrases([...(own?.words.and ?? []), ...(own?.words.notice.or ?? [])]);
  function clauseAround(s: string, at: number): string {
    const t = fold(s);
    const cuts = [0, ...[...t.matchAll(/[;,]\s*/g)].map((x) => ({ at: x.index, end: x.index + x[0].length })), ...(andRe ? [...t.matchAll(new RegExp(andRe))].map((x) => ({ at: x.index, end: x.index + x[0].length })) : [])]
      .filter((c): c is { at: number; end: number } => typeof c === "object")
      .sort((a, b) => a.at - b.at);
    const from = cuts.filter((c) => c.end <= at).at(-1)?.end ?? 0;
    const to = cuts.find((c) => c.at > at)?.at ?? s.length;
    return s.slice(from, to).replace(/^[\s–—-]+|[\s;.,]+$/g, "");
  }

  function conditionsIn(u: Span): RuleOf<"condition">[] {
    const s = u.clean;
    const found = conditions.map((c) => ({ id: c.id, at: first(c.re, fold(s))?.index })).filter((c): c is { id: string; at: number } => c.at !== undefined);
    const label = (at: number) => (found.length > 1 ? clauseAround(s, at) : s.replace(/^[\s–—-]+|[\s;.,]+$/g, ""));
    return found.sort((a, b) => a.at - b.at).map((c) => ({ type: "condition", id: c.id, label: label(c.at) || s, quote: u.raw }));
  }

  /** The passage reads as another kind than citizenship: a language, education or experience rule naming nationals too. */
  const otherKind = (s: string) =>
    ((has(m.languages, s) || has(m.knowledge, s)) && (CEFR.test(s) || languagesIn(s).length > 0)) || (has(m.experience, s) && yearsIn(s).length > 0) || (has(m.education, s) && Boolean(levelOf(s)));

  return {
    conditionsIn,
    age: (u) => (w ? ageRule(u) : undefined),
    isEligibilityHeading: (h) => Boolean(first(headings.eligibility, bare(h))),
    isNotEligibilityHeading: (h) => Boolean(first(headings.notEligibility, bare(h))),
    read(u, seen) {
      const s = u.clean;
      if (!w) return undefined;
      if (has(m.recognition, s)) return { kind: "frame" };
      // "Only paid experience counts; traineeships are not counted": what the experience criterion leaves out.
      const kinds: NotCounted["kinds"] = [];
      if (has(m.notCounted, s) && has(m.traineeship, s)) kinds.push("traineeship");
      if (has(m.paidOnly, s)) kinds.push("unpaid");
      if (kinds.length && !yearsIn(s).length) return { kind: "notCounted", notCounted: { kinds, quote: u.raw } };
      const oneOfThem = first(m.oneOfThem, fold(s));
      if (oneOfThem) {
        const named = languagesIn(fold(s).slice(oneOfThem.index));
        // "… and a satisfactory knowledge of a second; one of them must be English, at least B2": the rule and the
        // language it names in one passage; the level said after the name is that language's.
        const before = { ...u, clean: s.slice(0, oneOfThem.index) };
        const rule = named.length && (has(m.languages, before.clean) || has(m.knowledge, before.clean)) ? languageRequirements(before) : [];
        if (rule.length) {
          const level = (CEFR.exec(s.slice(oneOfThem.index))?.[1] ?? rule.map((x) => x.level).filter(Boolean).sort()[0]) as RuleOf<"languages">["requirements"][number]["level"];
          return { kind: "rule", rule: { type: "languages", requirements: [...rule, { ...(level ? { level } : {}), languages: named, quote: u.raw }], quote: u.raw } };
        }
        if (named.length) return { kind: "oneOfThem", languages: named, quote: u.raw };
      }
      if (has(m.citizenship, s) && !(seen?.has("citizenship") && otherKind(s))) {
        if (has(m.anyNationality, s)) return { kind: "rule", rule: { type: "citizenship", allowed: "any", countries: [], quote: u.raw } };
        const eea = has(m.eea, s) ? ["IS", "LI", "NO"] : [];
        const countries = [...new Set([...eea, ...countriesIn(s)])];
        // Iceland, Liechtenstein and Norway named one by one are the EEA.
        const isEea = countries.length === 3 && ["IS", "LI", "NO"].every((c) => countries.includes(c));
        const allowed = !countries.length ? "eu" : isEea ? "eu-eea" : "named";
        return { kind: "rule", rule: { type: "citizenship", allowed, countries, quote: u.raw } };
      }
      const stated = conditionsIn(u)[0];
      if (stated) return { kind: "rule", rule: stated };
      const age = ageRule(u);
      if (age) return { kind: "rule", rule: age };
      if ((has(m.languages, s) || has(m.knowledge, s)) && (CEFR.test(s) || languagesIn(s).length || has(m.officialLanguages, s))) {
        const requirements = languageRequirements(u);
        if (requirements.length) return { kind: "rule", rule: { type: "languages", requirements, quote: u.raw } };
      }
      // "studies of at least four years and six years of experience after the diploma; or studies of three years and
      // seven years": the experience depends on the studies' length, one route each, not one experience rule.
      if (has(m.experience, s) && (has(m.education, s) || levelOf(s))) {
        const routes = education(u);
        if (routes.routes.length > 1 && routes.routes.every((r) => r.minYears !== undefined && r.experienceYears !== undefined)) return { kind: "rule", rule: routes };
      }
      if (has(m.experience, s) && yearsIn(s).length && !(has(m.education, s) && !has(m.afterDiploma, s) && levelOf(s))) {
        const rule = experience(u);
        if (rule) return { kind: "rule", rule };
      }
      if (has(m.education, s) || levelOf(s)) return { kind: "rule", rule: education(u) };
      return undefined;
    },
  };
}

/** The rows of a table of grades by years of experience, and the lines they stand on. */
export type GradeTable = { rows: { grade: string; minYears: number; belowYears?: number }[]; quote: Span };

const GRADE_CODE = /(?<![\p{L}\p{N}])(AD|AST\/SC|AST|SC|FG)\s?(\d{1,2}|IV|III|II|I)(?![\p{L}\p{N}])/u;

/**
 * A table of grades by experience: consecutive lines, each naming one grade and a number of years ("de 3 ans à
 * moins de 6 ans   AD5", "12 years or more   AD8"); the first number is the least, a second the bound below
 * which the row stops, and a lone number after "less than" the bound.
 */
export function readGradeTable(doc: NoticeDocument, all: Map<string, LanguageWords> | undefined, language: string): GradeTable | undefined {
  const own = all?.get(language)?.words;
  const units = own?.units.year ?? [];
  if (!units.length) return undefined;
  const numberWords = Object.keys(own!.numbers).map(fold).sort((a, b) => b.length - a.length).map(escape);
  const years = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}|${numberWords.join("|") || "\\d"})\\s*-?\\s*(?:${units.map(fold).map(escape).join("|")})(?![\\p{L}])`, "giu");
  const lessThan = phrases(own!.notice.criteria.lessThan);
  const numberOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : Object.entries(own!.numbers).find(([k]) => fold(k) === fold(s))?.[1]);
  type Row = GradeTable["rows"][number];
  const rowOf = (line: string): Row | undefined => {
    const g = GRADE_CODE.exec(line);
    if (!g || GRADE_CODE.exec(line.slice(g.index + g[0].length))) return undefined;
    const t = fold(line);
    const ns = [...t.matchAll(years)].map((x) => ({ n: numberOf(x[1]!), at: x.index })).filter((x): x is { n: number; at: number } => x.n !== undefined);
    if (!ns.length) return undefined;
    const grade = `${g[1]}${g[2]}`;
    const below = (at: number) => (lessThan ? [...t.slice(Math.max(0, at - 20), at).matchAll(lessThan)].length > 0 : false);
    if (ns.length >= 2) return { grade, minYears: ns[0]!.n, belowYears: ns[1]!.n };
    return below(ns[0]!.at) ? { grade, minYears: 0, belowYears: ns[0]!.n } : { grade, minYears: ns[0]!.n };
  };
  let run: { row: Row; line: Span }[] = [];
  const best: { row: Row; line: Span }[][] = [];
  for (const line of doc.lines) {
    const row = line.clean ? rowOf(line.clean) : undefined;
    if (row && !run.some((r) => r.row.grade === row.grade)) run.push({ row, line });
    else {
      if (run.length >= 2) best.push(run);
      run = row ? [{ row, line }] : [];
    }
  }
  if (run.length >= 2) best.push(run);
  const table = best.find((t) => t.every((r, i) => i === 0 || r.row.minYears >= t[i - 1]!.row.minYears));
  if (!table) return undefined;
  const from = table[0]!.line;
  const to = table.at(-1)!.line;
  const raw = doc.text.slice(from.start, to.end);
  return { rows: table.map((r) => r.row), quote: { raw, clean: raw.replace(/\s+/g, " ").trim(), start: from.start, end: to.end } };
}
