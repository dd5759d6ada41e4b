// One language's means of understanding: its lexicon completed from its word lists, the reference data
// with its names for countries, languages and places, its classifier and its catalogue. A language added as
// data (examples, names, words, messages) needs no patterns of its own: they are built here from its words.
import type { Reference } from "../knowledge/load.js";
import type { Lexicon } from "../knowledge/schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import { escapeRegExp } from "../text/regexp.js";
import { numberPattern, phrasesPattern, slotPatterns } from "./subject-words.js";

/**
 * A word or phrase as a pattern fragment: normalised like the text it runs over, special characters escaped. A
 * phrase ending in "*" is a stem: any letters may follow it ("crypto*", "kryptowalut*"), for words of many endings.
 */
function literal(phrase: string): string {
  const stem = phrase.length > 1 && phrase.endsWith("*");
  const core = escapeRegExp(normalizeForMatch(stem ? phrase.slice(0, -1) : phrase));
  return core && stem ? `${core}\\p{L}*` : core;
}

/** "a|b|c" of phrases, longest first so "langue maternelle" wins over "langue". */
function alternatives(phrases: Iterable<string>): string {
  return [...new Set([...phrases].map(literal).filter(Boolean))].sort((a, b) => b.length - a.length).join("|");
}

/** A phrase list of words.json as one pattern over normalised text, whole words only; undefined for an empty list. */
export function phraseRegExp(phrases: Iterable<string>, flags = "iu"): RegExp | undefined {
  const alts = alternatives(phrases);
  return alts ? new RegExp(`(?<![\\p{L}'])(?:${alts})(?![\\p{L}])`, flags) : undefined;
}

/**
 * A lexicon whose pattern sections are empty gets them from its words: level phrases, yes and no, number
 * words, study years next to a study word, stop words. Sections a lexicon writes itself are kept as written.
 */
export function completeLexicon(lexicon: Lexicon): Lexicon {
  const w = lexicon.words;
  const out: Lexicon = { ...lexicon, cues: { ...lexicon.cues }, profile: { ...lexicon.profile } };
  if (!out.levelWords.length) {
    const byLevel = new Map<string, string[]>();
    for (const [phrase, level] of Object.entries(w.levels)) byLevel.set(level, [...(byLevel.get(level) ?? []), phrase]);
    // Longer phrases first across levels: "muy bueno" (C1) before "bueno" (B2).
    out.levelWords = [...byLevel]
      .map(([level, phrases]) => ({ pattern: `(?<![\\p{L}])(?:${alternatives(phrases)})(?![\\p{L}])`, level: level as Lexicon["levelWords"][number]["level"], longest: Math.max(...phrases.map((p) => p.length)) }))
      .sort((a, b) => b.longest - a.longest)
      .map(({ pattern, level }) => ({ pattern, level }));
  }
  out.cues = cuesOf(w);
  // The user's own facts: the language's words of possession ("I have", "my", "with a"), else its first-person words.
  const own = w.possession.length ? w.possession : w.self;
  if (own.length && !out.profile.possession.length) out.profile.possession = [`(?<![\\p{L}])(?:${alternatives(own)})(?![\\p{L}])`];
  if (!Object.keys(out.profile.numberWords).length) out.profile.numberWords = Object.fromEntries(Object.entries(w.numbers).filter(([, v]) => Number.isInteger(v)).map(([k, v]) => [normalizeForMatch(k), v]));
  if (!out.stopwords.length) out.stopwords = w.stopwords.map(normalizeForMatch);
  const years = w.units.year ?? [];
  if (!out.profile.studyYears.length && years.length && w.study.length) {
    // A number word glued to a word's last letter or two is none ("an" and "y" in "any"; "vierjährigen" is four years).
    const n = `(?<n>\\d{1,2}(?:[.,]\\d)?|(?:${alternatives(Object.keys(w.numbers)) || "\\d"})(?!\\p{L}{1,2}(?![\\p{L}])))`;
    const year = `(?:${alternatives(years)})`;
    const study = `(?:${alternatives(w.study)})`;
    const work = w.experience.length ? `(?![^.?!;,]{0,15}(?:${alternatives(w.experience)}))` : "";
    out.profile.studyYears = [
      `(?<![\\p{L}])${study}(?![\\p{L}])[^.?!;]{0,40}?(?<![\\p{L}\\p{N}]|\\d[.,])${n}\\s*-?\\s*${year}(?![\\p{L}])${work}`,
      // A study word of three letters or fewer is a whole word ("ma" is not the start of "may"); a longer one may take an ending.
      `(?<![\\p{L}\\p{N}]|\\d[.,])${n}\\s*-?\\s*${year}(?![\\p{L}])[^.?!;]{0,30}?(?<![\\p{L}])${study}(?:(?<=\\p{L}{4})|(?![\\p{L}]))`,
    ];
    // A word that is a count and the year at once ("sentejn", "τετραετές"): the number and its unit in one.
    const counted = countedYears(w);
    if (counted)
      out.profile.studyYears.push(
        `(?<![\\p{L}])${study}(?![\\p{L}])[^.?!;]{0,40}?(?<![\\p{L}\\p{N}])(?<n>${counted})(?![\\p{L}])${work}`,
        `(?<![\\p{L}\\p{N}])(?<n>${counted})(?![\\p{L}])[^.?!;]{0,30}?(?<![\\p{L}])${study}`,
      );
  }
  out.factWords = factWordsFor(lexicon);
  // "…, how long is the contract and is there probation?": the language's "and" right before one of its question
  // openers parts two requests, whatever their length; a lexicon that writes its own clause breaks keeps them.
  if (out.routing.clauseBreak === DEFAULT_CLAUSE_BREAK) out.routing = { ...out.routing, clauseBreak: clauseBreakOf(w) };
  // The units a question may put a number on ("a 5-year contract?"), from the language's unit words.
  const units = { ...out.units };
  for (const [unit, names] of Object.entries(w.units)) if (!units[unit] && names?.length) units[unit] = `(?:${alternatives(names)})(?![\\p{L}])`;
  out.units = units;
  // Where the user's clock is, their nationality, where their diploma is from: the phrases around a name in the
  // language's words; with none, any place named is the user's zone and any country their nationality.
  const number = numberPattern(w);
  if (!out.profile.timeZone.length) out.profile.timeZone = w.zone.length ? slotPatterns(w.zone, number).yes : ["(?<![\\p{L}]){X}(?![\\p{L}])"];
  if (!out.profile.nonEuDiploma.length) out.profile.nonEuDiploma = slotPatterns(w.diplomaFrom, number).yes;
  // A language without nationality phrasings of its own: a country or demonym the user names is their nationality
  // (its names list keeps out the words that are also language names, "Englisch", "polski").
  // A word that is a nationality and a language ("français", "polski") followed by a level is the language.
  const level = [alternatives(Object.keys(w.levels)), "[abc][12]"].filter(Boolean).join("|");
  if (!out.profile.nationalityCue.length && w.nationality.length) out.profile.nationalityCue = slotPatterns(w.nationality, number).yes;
  if (!out.profile.nationalityCue.length) out.profile.nationalityCue = [`(?<![\\p{L}]){X}(?![\\p{L}])(?![^.,;!?]{0,25}(?<![\\p{L}])(?:${level})(?![\\p{L}]))`];
  return out;
}

/** The clause breaks of a lexicon that names none of its own: a question mark, a semicolon. */
const DEFAULT_CLAUSE_BREAK = "\\?|;";

/**
 * Where a message breaks into requests, from a language's words: a question mark, a semicolon, and its words for
 * "and" followed by one of its question words or yes/no openers ("…and is there…", "…und gibt es…", "…ja onko…").
 */
export function clauseBreakOf(w: Lexicon["words"]): string {
  const and = alternatives(w.and);
  const openers = alternatives([...w.questionWords, ...w.yesNoStart]);
  return and && openers ? `${DEFAULT_CLAUSE_BREAK}|(?<![\\p{L}'])(?:${and})(?=\\s+(?:${openers})(?![\\p{L}]))` : DEFAULT_CLAUSE_BREAK;
}

/**
 * The shapes of a message, built from a language's words the same way for every language: a follow-up opener, a
 * requirement asked, a supposition or someone else's facts, the first person, a turn back to the user ("and me?"),
 * a short question referring back to the last answer ("is that permanent?"), a yes/no question, a bare yes or no.
 */
export function cuesOf(w: Lexicon["words"]): Lexicon["cues"] {
  const start = (phrases: string[]) => (phrases.length ? [`^(?:${alternatives(phrases)})(?![\\p{L}])`] : []);
  const anywhere = (phrases: string[]) => (phrases.length ? [`(?<![\\p{L}])(?:${alternatives(phrases)})(?![\\p{L}])`] : []);
  const self = anywhere(w.self);
  return {
    followUp: start(w.followUp),
    // "french, 2-year BTS … eligible?": asking whether one is eligible speaks of oneself, as the first person does.
    personal: anywhere([...w.self, ...w.eligible]),
    firstPerson: self,
    requirement: anywhere(w.requirement),
    supposition: anywhere(w.supposition),
    // A short question (a few words around one referring word): "what does that depend on?", "is it permanent?".
    refersBack: [
      // A referring word before a word for the post ("a kde je to miesto?", "where is that job?") points at the job, not the last answer.
      ...(w.anaphora.length ? [`^[^?.!]{0,30}(?<![\\p{L}])(?:${alternatives(w.anaphora)})(?![\\p{L}])${w.vacancy.length ? `(?!\\s+(?:${alternatives(w.vacancy)})(?![\\p{L}]))` : ""}[^?.!]{0,20}\\??$`] : []),
      // "what level?", "quel niveau ?", "welches Niveau?": a which-word and one word, nothing else.
      ...(w.which.length ? [`^(?:${alternatives(w.which)})(?![\\p{L}])\\s*[\\p{L}']+\\s*\\??$`] : []),
    ],
    // "and me?", "et pour moi ?", "und ich?": a follow-up opener, at most one word, the first person, nothing else.
    backToMe: w.followUp.length && w.self.length ? [`^(?:${alternatives(w.followUp)})\\s+(?:[\\p{L}']+\\s+)?(?:${alternatives(w.self)})\\s*\\??$`] : [],
    question: ["\\?\\s*$"],
    yesNoQuestion: start(w.yesNoStart),
    yes: start(w.yes),
    no: start(w.no),
  };
}

/**
 * The words a language's data gives both as a number and as a year unit: a count with its unit in one word (the
 * Maltese dual "sentejn", the Greek "τετραετές"), as one alternation; empty where the language has none.
 */
function countedYears(w: Lexicon["words"]): string {
  const years = new Set((w.units.year ?? []).map(normalizeForMatch));
  return alternatives(Object.keys(w.numbers).filter((k) => Number.isInteger(w.numbers[k]) && years.has(normalizeForMatch(k))));
}

/** A reference to an EU competition ("EPSO/AD/403/22"): a value of one shape in every language. */
const COMPETITION = "(?<![\\p{L}\\p{N}])(?<c>epso/[a-z]+(?:/[a-z0-9-]+){0,3}/\\d{1,4}(?:/\\d{2,4})?)(?![\\p{L}\\p{N}])";
/** A function group in roman or arabic figures ("FG IV", "GF 3"), after the language's words for a function group. */
const GROUP = "(?<g>iv|iii|ii|i|\\d)(?![\\p{L}\\p{N}])";

/**
 * The patterns for the user's facts beyond nationality, languages and studies, built from a language's words the same
 * way for every language: years of experience (a number and a year unit next to an experience word), the part of them
 * in a field ("of which 3"), work counted after the diploma, an age (the language's age phrases around a two-digit
 * number, never one followed by experience or study words), the statuses of official (with its AD/AST group),
 * laureate and CAST/EPSO pass (with its function group), work for a public employer and its months, a competition's
 * reference, and where a level stops applying and which words join names that share one. Negation and clause breaks
 * are read from the words by the fact reader itself.
 */
export function factWordsOf(w: Lexicon["words"]): NonNullable<Lexicon["factWords"]> {
  const years = w.units.year ?? [];
  // "3,5 Jahre", "1.5 years": a decimal is one number, never its last digit alone.
  // A number word glued to a word's last letter or two is none: "an" and "y" in "any" ("any … jobs" holds no year of
  // work); "vierjährigen" is four years.
  const n = `(?<n>\\d{1,2}(?:[.,]\\d)?|(?:${alternatives(Object.keys(w.numbers).filter((k) => Number.isInteger(w.numbers[k]))) || "\\d"})(?!\\p{L}{1,2}(?![\\p{L}])))`;
  const word = (phrases: string[]) => `(?<![\\p{L}])(?:${alternatives(phrases)})(?![\\p{L}])`;
  const experienceYears: string[] = [];
  if (years.length && w.experience.length) {
    const year = `(?:${alternatives(years)})(?![\\p{L}])`;
    // After the experience word, no "and" before the years: "12 years of experience and a 2-year diploma" is a diploma's
    // length; "worked at the Federal Office for the Environment for 5 years" is 5 years of experience.
    const and = w.and.length ? `(?:(?!${word(w.and)})[^.?!;,()\\d])` : "[^.?!;,()\\d]";
    // Within one phrase: no other figure and no bracket between the years and the experience word ("a 4-year degree and 4
    // years of experience" is 4 years of experience, "dropped out after 2 yrs) but 8 years experience" 8).
    experienceYears.push(`(?<![\\p{L}\\p{N}]|\\d[.,])${n}\\s*\\+?\\s*-?\\s*${year}[^.?!;,()\\d]{0,30}?${word(w.experience)}`, `${word(w.experience)}${and}{0,60}?(?<![\\p{L}\\p{N}]|\\d[.,])${n}\\s*-?\\s*${year}`);
    // "5 years as a nurse", "5 Jahre als Krankenpfleger": a number of years and a word saying what one worked as, no study word after it.
    const noStudy = w.study.length ? `(?![^.?!;,()]{0,25}${word(w.study)})` : "";
    if (w.workedAs.length) experienceYears.push(`(?<![\\p{L}\\p{N}]|\\d[.,])${n}\\s*\\+?\\s*-?\\s*${year}\\s+${word(w.workedAs)}${noStudy}\\s+[\\p{L}]`);
    const counted = countedYears(w);
    if (counted) experienceYears.push(`(?<![\\p{L}\\p{N}])(?<n>${counted})(?![\\p{L}])[^.?!;,]{0,30}?${word(w.experience)}`, `${word(w.experience)}[^.?!;,]{0,20}?(?<![\\p{L}\\p{N}])(?<n>${counted})(?![\\p{L}])`);
  }
  const notWork = [...w.experience, ...w.study].length ? `(?![^.?!;,]{0,20}${word([...w.experience, ...w.study])})` : "";
  const age = w.age.map((phrase) => {
    const [before = "", after = ""] = phrase.split("{n}").map((part) => normalizeForMatch(part).trim());
    const lead = before ? `(?<![\\p{L}])${literal(before)}\\s*` : "(?<![\\p{L}\\p{N}])";
    const tail = after ? `\\s*-?\\s*${literal(after)}(?![\\p{L}])` : "(?![\\p{L}\\p{N}])";
    return `${lead}(?<n>\\d{2})${tail}${notWork}`;
  });
  // "Belgian, 45, with a PhD": a two-digit number standing alone between commas, in any language.
  if (age.length) age.push(",\\s*(?<n>\\d{2})\\s*,");
  // A phrase with "{n}" ("of which {n}", "dont {n}") as a pattern whose group n is the number.
  const withNumber = (phrase: string) => {
    const [before = "", after = ""] = phrase.split("{n}").map((part) => normalizeForMatch(part).trim());
    return `${before ? `(?<![\\p{L}])${literal(before)}\\s*` : "(?<![\\p{L}\\p{N}])"}${n}${after ? `\\s*${literal(after)}(?![\\p{L}])` : "(?![\\p{L}\\p{N}])"}`;
  };
  // "an official", never "an official language": a phrase after "!" is a longer phrase that is not the status.
  const official = w.official.filter((p) => !p.startsWith("!"));
  const notOfficial = w.official.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const officialWord = official.length ? `(?<![\\p{L}])${notOfficial.length ? `(?!(?:${alternatives(notOfficial)})(?![\\p{L}]))` : ""}(?:${alternatives(official)})(?![\\p{L}])` : "";
  const groupWords = w.notice.functionGroup;
  const phrases = (list: string[]) => {
    const p = phrasesPattern(list, numberPattern(w));
    return p ? [p] : [];
  };
  const months = w.units.month ?? [];
  return {
    // The language reader keeps its own defaults (a "ne … que" is no negation of a language); the fact reader reads these from the words.
    negation: [],
    clauseBreak: ["[,;.!?]"],
    sentenceBreak: ["[.;!?]", ...(w.contrast.length ? [word(w.contrast)] : [])],
    joiner: [",", "&", "/", ...[...w.and, ...w.notice.or].map(literal).filter(Boolean)],
    experienceYears,
    experiencePart: w.experiencePart.filter((p) => p.includes("{n}")).map(withNumber),
    afterDiploma: phrases(w.afterDiploma),
    age,
    official: officialWord ? [officialWord] : [],
    // "AD5 official", "official in AD": the AD/AST group beside the words for an official.
    officialGroup: officialWord ? [`(?<![\\p{L}])(?<g>ad|ast)\\s?\\d{0,2}\\s+${officialWord}`, `${officialWord}[^.?!;,]{0,25}?(?<![\\p{L}])(?<g>ad|ast)(?![\\p{L}])`] : [],
    laureate: w.laureate.length ? [word(w.laureate)] : [],
    certificate: w.certificate.length ? [word(w.certificate)] : [],
    functionGroup: groupWords.length ? [`(?<![\\p{L}])(?:${alternatives(groupWords)})\\s*${GROUP}`] : [],
    competition: [COMPETITION],
    // "worked for the ministry", "a civil servant": phrases a few words apart as the subjects' words are written.
    publicEmployer: phrases(w.publicEmployer),
    privateEmployer: phrases(w.privateEmployer),
    requirementCue: w.requirement.length ? [`(?<![\\p{L}])(?:${alternatives(w.requirement)})(?:\\s+(?:${alternatives(w.stopwords) || "to"}|[\\p{L}']{1,3})){0,4}\\s*$`] : [],
    months: months.length ? [`(?<![\\p{L}\\p{N}])(?<n>\\d{1,3})\\s*(?:${alternatives(months)})(?![\\p{L}])`] : [],
  };
}

/**
 * Cheap tests that a text must pass for the patterns `factWordsOf` builds to match it at all, each a part of every
 * one of them: an age pattern holds two digits, an experience pattern a year word and an experience word. Given only
 * for the facts whose patterns are built (a lexicon that writes its own patterns is not tested first). Most
 * messages state no age and no experience: the fact reader then skips those patterns.
 */
export function factGatesFor(lexicon: Lexicon): { age?: RegExp[]; experienceYears?: RegExp[] } {
  const w = lexicon.words;
  const built = factWordsOf(w);
  const used = factWordsFor(lexicon);
  // The patterns in use are the built ones (a completed lexicon holds them as its own).
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const out: { age?: RegExp[]; experienceYears?: RegExp[] } = {};
  if (same(used.age, built.age)) out.age = [/\d\d/];
  const years = w.units.year ?? [];
  if (same(used.experienceYears, built.experienceYears) && years.length && w.experience.length)
    out.experienceYears = [new RegExp(`(?:${alternatives(years)})(?![\\p{L}])`, "iu"), new RegExp(`(?<![\\p{L}])(?:${alternatives([...w.experience, ...w.workedAs])})(?![\\p{L}])`, "iu")];
  return out;
}

/** A lexicon's fact patterns: those it writes itself, and for every other fact those built from its words. */
export function factWordsFor(lexicon: Lexicon): NonNullable<Lexicon["factWords"]> {
  const built = factWordsOf(lexicon.words);
  const own = lexicon.factWords;
  if (!own) return built;
  const out = { ...built };
  for (const key of Object.keys(built) as (keyof typeof built)[]) if (own[key]?.length) out[key] = own[key];
  return out;
}

/** The reference data with a language's own names for countries and languages added as aliases. */
export function referenceWithNames(reference: Reference, lexicon: Lexicon): Reference {
  const { countries, languages, places } = lexicon.names;
  if (!Object.keys(countries).length && !Object.keys(languages).length && !Object.keys(places).length) return reference;
  // A name that is a place as well ("Québec" under Canada and under America/Toronto) is read as the place,
  // unless it is the country's own name.
  const placeNames = new Set(Object.values(places).flat().map((p) => p.toLowerCase()));
  const aliasesOf = (code: string) => (countries[code] ?? []).filter((n, i) => i === 0 || !placeNames.has(n.toLowerCase()));
  const withCountry = <C extends { code: string; aliases: string[] }>(c: C): C => (countries[c.code] ? { ...c, aliases: [...c.aliases, ...aliasesOf(c.code)] } : c);
  const withLanguage = <L extends { name: string; aliases: string[] }>(l: L): L => (languages[l.name] ? { ...l, aliases: [...l.aliases, ...languages[l.name]!] } : l);
  const zones = { ...reference.zones };
  for (const [zone, names] of Object.entries(places)) for (const name of names) zones[name] ??= zone;
  // "ora irlandese", "isländsk tid", "Irish time": a country's clock named with its people's adjective is a place of
  // its own, the zone of the place the country's own name is; the adjective alone ("sono irlandese") stays no place.
  const zoneOfName = new Map(Object.entries(places).flatMap(([zone, names]) => names.map((n) => [n.toLowerCase(), zone] as const)));
  for (const phrase of lexicon.words.countryTime)
    for (const names of Object.values(countries)) {
      const zone = names.map((n) => zoneOfName.get(n.toLowerCase())).find(Boolean);
      if (zone) for (const name of names) zones[phrase.replaceAll("{X}", name)] ??= zone;
    }
  return {
    ...reference,
    countries: { memberStates: reference.countries.memberStates.map(withCountry), otherCountries: reference.countries.otherCountries.map(withCountry) },
    languages: { official: reference.languages.official.map(withLanguage), other: reference.languages.other.map(withLanguage) },
    zones,
  };
}

/** Phrases that ask for a language ("auf deutsch"), normalised, each with its language. */
export function switchPhrases(lexicons: Iterable<Lexicon>): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of lexicons) for (const p of l.words.switch) out.set(normalizeForMatch(p), l.language);
  return out;
}
