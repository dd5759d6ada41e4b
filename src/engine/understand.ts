// Reading a message: which intent it has, which zone it names, and which of the user's own facts it
// states (nationality, studies, languages with levels). Every word recognised comes from the lexicon and
// the reference data; nothing here knows English beyond the shape of a sentence.
import type { CefrLevel, Lexicon } from "../knowledge/schema.js";
import type { Reference } from "../knowledge/load.js";
import type { Profile } from "../conversation/session.js";
import { createZoneIndex, isZone, offsetZone } from "../time/zones.js";
import { cleanInput, createSpeller, normalizeForMatch, words, type Speller } from "./normalize.js";
import { createFactReader, statesEligibilityFacts } from "./eligibility/read.js";

export type CountryRef = { code: string; name: string; eu: boolean; group?: string };
export type LanguageRef = { name: string; official: boolean; code?: string; note?: string };
export type Mention<T> = { ref: T; start: number; end: number };

export type Understanding = {
  /** The cleaned message, as typed. */
  original: string;
  /** Normalised and spell-corrected, the form patterns run over. */
  text: string;
  truncated: boolean;
  empty: boolean;
  scores: Map<string, number>;
  uncovered?: { id: string; subject: string; cite?: string };
  offTopic: boolean;
  zone?: string;
  /** The user's own facts stated in this message. */
  profile: Profile;
  /** True when the message states facts that decide an eligibility criterion. */
  statesFacts: boolean;
  /** The message asks about a requirement ("Is a master's degree required?") rather than stating the user's facts. */
  hypothetical: boolean;
  /** Facts named in a hypothetical question, for answering it ("a 3-year degree"), never kept as the user's. */
  asked: Profile;
  countries: CountryRef[];
  languages: LanguageRef[];
  /** A bare yes (true) or no (false) at the start of the message. */
  yesNo?: boolean;
  /** At least one word of the message is known (a lexicon word, a stop word or a word of the notice). */
  understood: boolean;
  /** Subjects asked about within intents, as "intent.topic" ("contract.extension"). */
  topics: Set<string>;
};

type Compiled = { re: RegExp; weight: number };

export type Reader = {
  /** Reads a message; `checking` says an eligibility check is under way, so bare facts are the user's own. */
  read(message: string, options?: { checking?: boolean }): Understanding;
  speller: Speller;
};

const TOKEN = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*\.?/gu;

/**
 * Finds the names of a list in a text, longest first, by looking up runs of up to `maxWords` words in a
 * map: much faster than one regular expression with hundreds of alternatives, on every message.
 */
function scan<T>(text: string, terms: Map<string, T>, maxWords: number, keep: (end: number) => boolean = () => true, plurals = false): Mention<T>[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const found: Mention<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(maxWords, tokens.length - i); n >= 1; n--) {
      const first = tokens[i]!;
      const last = tokens[i + n - 1]!;
      let spaced = true;
      for (let k = i; k < i + n - 1 && spaced; k++) spaced = /^[ -]$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
      if (!spaced) continue;
      let end = last.end;
      let ref = terms.get(text.slice(first.start, end));
      if (ref === undefined && text[end - 1] === ".") ref = terms.get(text.slice(first.start, --end));
      // "Greeks", "Ireland's": a plural or possessive of a name is the name.
      if (ref === undefined && plurals) {
        const base = text.slice(first.start, end).replace(/(?:'s|s)$/, "");
        if (base.length > 2 && base !== text.slice(first.start, end)) ref = terms.get(base);
      }
      if (ref !== undefined && keep(end)) {
        found.push({ ref, start: first.start, end });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** The text with each found name replaced by a marker word `<tag><n><tag>`, for patterns with {X}. */
function mark<T>(text: string, found: Mention<T>[], tag: string): string {
  let out = "";
  let at = 0;
  found.forEach((f, k) => {
    out += `${text.slice(at, f.start)}${tag}${k}${tag}`;
    at = f.end;
  });
  return out + text.slice(at);
}

function compile(pattern: string, names?: string): RegExp {
  return new RegExp(names === undefined ? pattern : pattern.replaceAll("{X}", `(?<x>${names})`), "giu");
}
function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Zone names from the database that are also everyday words or research stations: not read as places. */
const AMBIGUOUS_PLACES = new Set(["troll", "wake", "male", "easter", "casey", "davis", "mawson", "vostok", "syowa", "palmer", "rothera", "mcmurdo", "midway", "truk", "chuuk", "yap", "eucla", "currie", "creston", "hovd", "nome", "center", "beulah", "monticello", "knox", "marengo", "petersburg", "tell city", "vevay", "winamac", "salem", "new salem", "bahia", "victoria", "st helena", "aden", "reunion", "mayotte", "mahe", "cocos", "christmas", "canary", "madeira", "azores", "faroe", "jersey", "guernsey", "isle of man", "busingen", "vatican", "monaco", "gibraltar", "andorra", "ljubljana"]);

export function createReader(
  lexicon: Lexicon,
  reference: Reference,
  zoneAliases: Record<string, string>,
  noticeWords: string[],
  /** Subjects of `lexicon.uncovered` this notice does cover (src/engine/covered.ts): never read as left open. */
  covered: (id: string) => boolean = () => false,
): Reader {
  const norm = normalizeForMatch;

  // Two-letter codes alone are too ambiguous to read in a sentence ("it", "de"); forms may use them.
  const countryByTerm = countryTerms(reference, false);
  const languageByTerm = languageTerms(reference, false);

  const zoneByPlace = createZoneIndex(zoneAliases);
  for (const p of [...zoneByPlace.keys()]) if (AMBIGUOUS_PLACES.has(p) && !(p in zoneAliases)) zoneByPlace.delete(p);
  const placeTerms = new Map<string, string>();
  for (const [place, zone] of zoneByPlace) placeTerms.set(norm(place), zone);

  const wordsIn = (terms: Iterable<string>) => Math.max(...[...terms].map((t) => t.split(" ").length));
  const countryWords = wordsIn(countryByTerm.keys());
  const languageWords = wordsIn(languageByTerm.keys());
  const placeWords = wordsIn(placeTerms.keys());
  const COUNTRY = "zqc";
  const PLACE = "zqp";

  const intents = Object.entries(lexicon.intents).map(([intent, patterns]) => ({
    intent,
    patterns: patterns.map((p): Compiled => ({ re: compile(p.pattern), weight: p.weight })),
  }));
  const topics = Object.entries(lexicon.topics).flatMap(([intent, byTopic]) =>
    Object.entries(byTopic).map(([topic, patterns]) => ({ id: `${intent}.${topic}`, res: patterns.map((x) => compile(x)) })),
  );
  const uncovered = lexicon.uncovered.map((u) => ({ ...u, res: u.patterns.map((p) => compile(p)) }));
  const offTopic = lexicon.offTopic.map((p) => compile(p));
  const levelWords = lexicon.levelWords.map((l) => ({ re: compile(l.pattern), level: l.level }));
  const p = lexicon.profile;
  const nationalityCue = p.nationalityCue.map((x) => compile(x, `${COUNTRY}\\d+${COUNTRY}`));
  const nonEuDiploma = p.nonEuDiploma.map((x) => compile(x, `${COUNTRY}\\d+${COUNTRY}`));
  const timeZone = p.timeZone.map((x) => compile(x, `(?:utc|gmt) ?[+-] ?\\d{1,2}(?::?\\d{2})?|[a-z]+/[a-z_]+(?:/[a-z_]+)?|${PLACE}\\d+${PLACE}`));
  const studyYears = p.studyYears.map((x) => compile(x));
  const noDegree = p.noDegree.map((x) => compile(x));
  const recognised = p.recognised.map((x) => compile(x));
  const notRecognised = p.notRecognised.map((x) => compile(x));
  const languagesComplete = p.languagesComplete.map((x) => compile(x));
  const possession = p.possession.map((x) => compile(x));
  const requirement = lexicon.cues.requirement.map((x) => compile(x));
  const personal = lexicon.cues.personal.map((x) => compile(x));
  const question = lexicon.cues.question.map((x) => compile(x));
  const yes = lexicon.cues.yes.map((x) => compile(x));
  const no = lexicon.cues.no.map((x) => compile(x));
  const any = (res: RegExp[], text: string) => res.some((re) => ((re.lastIndex = 0), re.test(text)));
  const degreeYears = p.degreeYears.map((d) => ({ re: compile(d.pattern), years: d.years }));
  const cefrRe = /\b([abc][12])\b/giu;
  // Education level, experience, age and statuses: read by the eligibility registry's reader.
  const readEligibilityFacts = createFactReader(lexicon, reference);
  const experienceWords = (lexicon.words?.experienceYears ?? []).map((x) => compile(x));
  const experienceSpans = (text: string): [number, number][] =>
    experienceWords.flatMap((re) => [...matches(re, text)].map((m): [number, number] => [m.index, m.index + m[0].length]));

  // The vocabulary the speller mends typos towards: the lexicon's words, the notice's, the reference names.
  const lexiconWords = new Set<string>();
  const harvest = (s: string) => {
    // Regex escapes (\b, \w, \s…) are not letters of a word.
    for (const w of s.replace(/\\[a-zA-Z]/g, " ").toLowerCase().match(/[a-z]{3,}/g) ?? []) lexiconWords.add(w);
  };
  for (const list of Object.values(lexicon.intents)) for (const x of list) harvest(x.pattern);
  for (const u of lexicon.uncovered) u.patterns.forEach(harvest);
  for (const byTopic of Object.values(lexicon.topics)) for (const list of Object.values(byTopic)) list.forEach(harvest);
  lexicon.offTopic.forEach(harvest);
  for (const l of lexicon.levelWords) harvest(l.pattern);
  for (const list of Object.values(p)) if (Array.isArray(list)) for (const x of list) harvest(typeof x === "string" ? x : x.pattern);
  for (const group of lexicon.synonyms) group.forEach(harvest);
  Object.keys(p.numberWords).forEach(harvest);
  const names = [...countryByTerm.keys(), ...languageByTerm.keys()].flatMap((t) => words(t));
  const speller = createSpeller(
    [...noticeWords, ...[...placeTerms.keys()].flatMap((t) => words(t))],
    [...lexiconWords, ...lexicon.stopwords.map(norm), ...names],
  );

  const numberOf = (s: string): number | undefined => {
    const n = /^\d+$/.test(s) ? Number(s) : p.numberWords[s.toLowerCase()];
    return n === undefined || Number.isNaN(n) ? undefined : n;
  };

  function readLanguages(text: string, consumed: [number, number][]): { mentions: Mention<LanguageRef>[]; levels: Record<string, CefrLevel | "?"> } {
    const overlaps = (s: number, e: number) => consumed.some(([a, b]) => s < b && e > a);
    const mentions: Mention<LanguageRef>[] = [];
    for (const m of scan(text, languageByTerm, languageWords)) if (!overlaps(m.start, m.end)) mentions.push(m);
    const levels: { level: CefrLevel; start: number; end: number }[] = [];
    // "B2, not C1": a level right after a negation is not the user's.
    const negations = (lexicon.words?.negation ?? []).map((x) => new RegExp(`(?:${x})\\s*(?:even\\s+|yet\\s+|quite\\s+)?$`, "iu"));
    for (const m of matches(cefrRe, text))
      if (!negations.some((re) => re.test(text.slice(Math.max(0, m.index - 12), m.index))))
        levels.push({ level: m[1]!.toUpperCase() as CefrLevel, start: m.index, end: m.index + m[0].length });
    for (const { re, level } of levelWords)
      for (const m of matches(re, text)) {
        if (!levels.some((l) => m.index < l.end && m.index + m[0].length > l.start))
          levels.push({ level, start: m.index, end: m.index + m[0].length });
      }
    // Each level goes to the nearest language in the same sentence.
    const sentenceOf = (i: number) => text.slice(0, i).split(/[.;!?]|\b(?:but|while|whereas|although)\b/).length;
    const byLanguage = new Map<string, CefrLevel[]>();
    for (const l of levels) {
      let best: Mention<LanguageRef> | undefined;
      let bestGap = Infinity;
      for (const m of mentions) {
        if (sentenceOf(m.start) !== sentenceOf(l.start)) continue;
        const gap = l.start >= m.end ? l.start - m.end : m.start - l.end;
        if (gap < bestGap) {
          best = m;
          bestGap = gap;
        }
      }
      if (best && bestGap <= 40) byLanguage.set(best.ref.name, [...(byLanguage.get(best.ref.name) ?? []), l.level]);
    }
    // "fluent in English and German", "English and German at C1": a level shared across "and".
    const joined = (a: Mention<LanguageRef>, b: Mention<LanguageRef>) => /^\s*(?:,|and|or|&|\/|as well as)?\s*(?:,|and|or|&)?\s*$/.test(text.slice(a.end, b.start));
    for (let pass = 0; pass < 2; pass++)
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i]!;
        if (byLanguage.has(m.ref.name)) continue;
        const prev = mentions[i - 1];
        const next = mentions[i + 1];
        const from = prev && joined(prev, m) && byLanguage.get(prev.ref.name) ? prev : next && joined(m, next) && byLanguage.get(next.ref.name) ? next : undefined;
        if (from) byLanguage.set(m.ref.name, byLanguage.get(from.ref.name)!);
      }
    const result: Record<string, CefrLevel | "?"> = {};
    for (const m of mentions) {
      const found = byLanguage.get(m.ref.name);
      result[m.ref.name] = found ? [...found].sort().at(-1)! : (result[m.ref.name] ?? "?");
    }
    return { mentions, levels: result };
  }

  function readProfile(text: string): { profile: Profile; statesFacts: boolean; languages: LanguageRef[]; countries: CountryRef[] } {
    const profile: Profile = {};
    const consumed: [number, number][] = [];
    const nationalities = new Set<string>();
    const countries = scan(text, countryByTerm, countryWords, undefined, true);
    const marked = mark(text, countries, COUNTRY);
    const named = (m: RegExpExecArray) => countries[Number(m.groups?.x?.slice(COUNTRY.length, -COUNTRY.length))];
    for (const re of nationalityCue)
      for (const m of matches(re, marked)) {
        const c = named(m);
        if (!c) continue;
        nationalities.add(c.ref.code);
        consumed.push([c.start, c.end]);
      }
    // Where the diploma comes from is not a nationality, nor a language.
    for (const re of nonEuDiploma)
      for (const m of matches(re, marked)) {
        const c = named(m);
        if (!c) continue;
        profile.diplomaOutsideEu = !c.ref.eu;
        consumed.push([c.start, c.end]);
        nationalities.delete(c.ref.code);
      }
    if (nationalities.size) profile.nationalities = [...nationalities];

    if (any(noDegree, text)) profile.studyYears = 0;
    // Years of experience are never years of study: a number the experience words claim is not read as studies.
    const experienceAt = experienceSpans(text);
    for (const re of studyYears)
      for (const m of matches(re, text)) {
        const at = m.index + m[0].lastIndexOf(m.groups?.n ?? "\u0000");
        if (experienceAt.some(([a, b]) => at >= a && at < b)) continue;
        const n = numberOf(m.groups?.n ?? "");
        if (n !== undefined && n <= 12) profile.studyYears = n;
      }
    if (profile.studyYears === undefined) {
      let best = 0;
      for (const d of degreeYears) {
        d.re.lastIndex = 0;
        if (d.re.test(text)) best = Math.max(best, d.years);
      }
      if (best) {
        profile.studyYears = best;
        profile.studyYearsAtLeast = true;
      }
    }
    if (any(notRecognised, text)) profile.diplomaRecognised = false;
    else if (any(recognised, text)) profile.diplomaRecognised = true;

    const { mentions, levels } = readLanguages(text, consumed);
    const stated = Object.entries(levels).filter(([, l]) => l !== "?");
    if (stated.length) profile.languages = Object.fromEntries(stated);
    if (any(languagesComplete, text)) profile.languagesComplete = true;
    Object.assign(profile, readEligibilityFacts(text));
    const statesFacts =
      statesEligibilityFacts(profile) ||
      nationalities.size > 0 ||
      profile.studyYears !== undefined ||
      stated.length > 0 ||
      profile.diplomaRecognised !== undefined ||
      profile.diplomaOutsideEu !== undefined;
    // Languages named without a level still matter inside an eligibility check.
    const unlevelled = Object.entries(levels).filter(([, l]) => l === "?");
    if (unlevelled.length) profile.languages = { ...Object.fromEntries(unlevelled), ...(profile.languages ?? {}) };
    return {
      profile,
      statesFacts,
      languages: [...new Map(mentions.map((m) => [m.ref.name, m.ref])).values()],
      countries: [...new Map(countries.map((c) => [c.ref.code, c.ref])).values()],
    };
  }

  function readZone(text: string): string | undefined {
    // "utc" before "+3" is an offset, read whole by the pattern, not the place "UTC".
    const places = scan(text, placeTerms, placeWords, (end) => !/^\s?[+-]\s?\d/.test(text.slice(end, end + 4)));
    const marked = mark(text, places, PLACE);
    for (const re of timeZone)
      for (const m of matches(re, marked)) {
        const x = m.groups?.x?.toLowerCase();
        if (!x) continue;
        const place = x.startsWith(PLACE) ? places[Number(x.slice(PLACE.length, -PLACE.length))] : undefined;
        const zone = place?.ref ?? offsetZone(x) ?? (x.includes("/") ? findIana(x) : undefined);
        if (zone) return zone;
      }
    return undefined;
  }

  const ianaByLower = new Map(Intl.supportedValuesOf("timeZone").map((z) => [z.toLowerCase(), z]));
  const findIana = (x: string) => {
    const z = ianaByLower.get(x);
    return z && isZone(z) ? z : undefined;
  };

  function read(message: string, options: { checking?: boolean } = {}): Understanding {
    const { text: original, truncated } = cleanInput(message);
    const normalised = norm(original);
    const text = normalised
      .split(" ")
      .map((w) => {
        const core = /^(\p{L}+)([?.!,:]*)$/u.exec(w);
        return core ? speller.correct(core[1]!) + core[2]! : w;
      })
      .join(" ");
    const empty = !/[\p{L}\p{N}]/u.test(original);
    const scores = new Map<string, number>();
    for (const { intent, patterns } of intents) {
      let score = 0;
      for (const { re, weight } of patterns) {
        re.lastIndex = 0;
        if (re.test(text)) score += weight;
      }
      if (score > 0) scores.set(intent, score);
    }
    const hit = uncovered.find((u) => !covered(u.id) && any(u.res, text));
    const off = any(offTopic, text);
    const read = readProfile(text);
    // Facts are the user's own when they say so ("I have", "my"), when they ask about themselves
    // without asking what is required, or when they answer an eligibility check; otherwise the facts
    // only shape a question ("Is a master's degree required?", "Can a Turkish citizen apply?").
    const possessive = any(possession, text);
    const hypothetical = !options.checking && !possessive && (any(requirement, text) || (!any(personal, text) && any(question, text)));
    const { languages } = read;
    const profile = hypothetical ? {} : read.profile;
    const statesFacts = hypothetical ? false : read.statesFacts;
    return {
      original,
      text,
      truncated,
      empty,
      scores,
      ...(hit ? { uncovered: { id: hit.id, subject: hit.subject, ...(hit.cite ? { cite: hit.cite } : {}) } } : {}),
      offTopic: off,
      ...(() => {
        const zone = readZone(normalised) ?? readZone(text);
        return zone ? { zone } : {};
      })(),
      profile,
      statesFacts,
      hypothetical,
      asked: hypothetical ? read.profile : {},
      ...(any(no, text) ? { yesNo: false } : any(yes, text) ? { yesNo: true } : {}),
      countries: read.countries,
      languages,
      understood: words(text).some((w) => speller.knows(w)),
      topics: new Set(topics.filter((t) => any(t.res, text)).map((t) => t.id)),
    };
  }

  return { read, speller };
}

/** Countries by every name a person may use (name, aliases, demonyms, and codes when asked); the first one named wins. */
function countryTerms(reference: Reference, withCodes: boolean): Map<string, CountryRef> {
  const byTerm = new Map<string, CountryRef>();
  for (const [list, eu] of [
    [reference.countries.memberStates, true],
    [reference.countries.otherCountries, false],
  ] as const)
    for (const c of list) {
      const ref: CountryRef = { code: c.code, name: c.name, eu, ...(c.group ? { group: c.group } : {}) };
      for (const n of [...(withCodes ? [c.code] : []), c.name, ...c.aliases, ...c.demonyms]) {
        const term = normalizeForMatch(n);
        if (!byTerm.has(term)) byTerm.set(term, ref);
      }
    }
  return byTerm;
}

/** Languages by name and alias (and official code when asked): the official ones first. */
function languageTerms(reference: Reference, withCodes: boolean): Map<string, LanguageRef> {
  const byTerm = new Map<string, LanguageRef>();
  const add = (names: string[], ref: LanguageRef) => {
    for (const n of names) {
      const term = normalizeForMatch(n);
      if (!byTerm.has(term)) byTerm.set(term, ref);
    }
  };
  for (const l of reference.languages.official) add([...(withCodes ? [l.code] : []), l.name, ...l.aliases], { name: l.name, official: true, code: l.code });
  for (const l of reference.languages.other) add([l.name, ...l.aliases], { name: l.name, official: false, ...(l.note ? { note: l.note } : {}) });
  return byTerm;
}

/** Resolves a country name, demonym or code from a form to a country. */
export function createCountryFinder(reference: Reference): (s: string) => CountryRef | undefined {
  const byTerm = countryTerms(reference, true);
  return (s) => byTerm.get(normalizeForMatch(s));
}

/** Resolves a language name, alias or official code from a form to a language. */
export function createLanguageFinder(reference: Reference): (s: string) => LanguageRef | undefined {
  const byTerm = languageTerms(reference, true);
  return (s) => byTerm.get(normalizeForMatch(s));
}
