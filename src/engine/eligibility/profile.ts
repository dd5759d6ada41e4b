// Reading the user's own facts for the eligibility criteria from a message: nationalities (with the country
// named as where a diploma is from kept apart), studies, languages with levels, and — through read.ts — the level
// of education, experience, age and statuses. Every word comes from the lexicon and the reference data.
import type { Profile } from "../session.js";
import type { Reference } from "../../knowledge/load.js";
import type { CefrLevel, Lexicon } from "../../knowledge/schema.js";
import { createFactReader, statesEligibilityFacts } from "./read.js";
import { phraseRegExp } from "../language-pack.js";
import { numberPattern, phrasesGate, phrasesPattern } from "../subject-words.js";
import { gatedRegExp } from "../../text/literal-gate.js";
import { normalizeForMatch } from "../../text/normalize.js";
import { compile, countryTerms, languageTerms, mark, matches, scan, type CountryRef, type LanguageRef, type Mention } from "./scan.js";
import { execAll, splitWith } from "../../text/regexp.js";

export type ProfileReading = { profile: Profile; statesFacts: boolean; languages: LanguageRef[]; countries: CountryRef[] };

/** A reader of the user's facts in a normalised message. */
export function createProfileReader(lexicon: Lexicon, reference: Reference): (text: string, notTheUser?: readonly (readonly [number, number])[]) => ProfileReading {
  // Two-letter codes alone are too ambiguous to read in a sentence ("it", "de"); forms may use them.
  const countryByTerm = countryTerms(reference, false);
  // The reference's names are English and every language reads them (mixed messages: "soy Irish"); but a word that is
  // one of this language's own function words ("pole", Estonian for "is not"; English "Pole") is that word, not a name.
  // (Capitalisation cannot tell them apart: messages are read lower-cased, and users write names in lower case.)
  const w = lexicon.words;
  const ownWords = new Set([...w.negation, ...w.contrast, ...w.only, ...w.and, ...w.self].flatMap((x) => [x.toLowerCase(), normalizeForMatch(x)]));
  for (const term of [...countryByTerm.keys()]) if (ownWords.has(term)) countryByTerm.delete(term);
  // So is one of its stop words that its own names do not give a country ("danes", Slovenian for "today", read whole
  // or as the plural of English "Dane").
  const ownNames = new Set(Object.values(lexicon.names.countries).flat().map(normalizeForMatch));
  const notNames = new Set(w.stopwords.map(normalizeForMatch).filter((x) => !ownNames.has(x)));
  const languageByTerm = languageTerms(reference, false);
  const wordsIn = (terms: Iterable<string>) => Math.max(...[...terms].map((t) => t.split(" ").length));
  const countryWords = wordsIn(countryByTerm.keys());
  const languageWords = wordsIn(languageByTerm.keys());
  const COUNTRY = "zqc";
  const levelWords = lexicon.levelWords.map((l) => ({ re: compile(l.pattern), level: l.level }));
  const p = lexicon.profile;
  const nationalityCue = p.nationalityCue.map((x) => compile(x, `${COUNTRY}\\d+${COUNTRY}`));
  const nonEuDiploma = p.nonEuDiploma.map((x) => compile(x, `${COUNTRY}\\d+${COUNTRY}`));
  const studyYears = p.studyYears.map((x) => compile(x));
  // No degree held, a diploma recognised (or not, after a negation in its clause), the languages named said to be all
  // the user speaks: phrases of the language's words (words.json noDegree, recognised, languagesComplete).
  const number = numberPattern(w);
  // Each behind a gate: a message holding none of the phrases' letters is not searched (../../text/literal-gate.ts).
  const phrasesOf = (list: string[]) => {
    const source = phrasesPattern(list, number);
    const gate = phrasesGate(list, number);
    return source ? [gatedRegExp(new RegExp(source, "giu"), gate)] : [];
  };
  const noDegree = phrasesOf(w.noDegree);
  const recognised = phrasesOf(w.recognised);
  const languagesComplete = phrasesOf(w.languagesComplete);
  const any = (res: RegExp[], text: string) => res.some((re) => ((re.lastIndex = 0), re.test(text)));
  const degreeYears = p.degreeYears.map((d) => ({ re: compile(d.pattern), years: d.years }));
  const cefrRe = /\b([abc][12])\b/giu;
  // A negation of the language's words ("not", "kein", "nie"), unless an "only" follows it in its clause ("ne … que",
  // "nur"): "English, but not French" denies French, "je ne parle que français" does not. The clause ends at a
  // break or a contrast word ("but", "mais", "aber").
  const fw = lexicon.factWords;
  const negationWords = phraseRegExp([...new Set([...w.negation, ...w.negation.map(normalizeForMatch)])], "iu");
  const negation = fw?.negation.length ? fw.negation.map((x) => new RegExp(x, "iu")) : negationWords ? [negationWords] : [];
  const clauseBreak = new RegExp([...(fw?.clauseBreak ?? ["[,;.!?]"]), ...(fw?.negation.length ? [] : [phraseRegExp(w.contrast, "iu")?.source].filter(Boolean))].join("|"), "iu");
  // Where a level stops applying ("…, but my French is B1"), and the words that share one level across names ("English and German at C1").
  const sentenceBreak = new RegExp((lexicon.factWords?.sentenceBreak ?? ["[.;!?]"]).join("|"), "iu");
  const joiner = new RegExp(`^\\s*(?:${(lexicon.factWords?.joiner ?? [","]).join("|")})?\\s*(?:${(lexicon.factWords?.joiner ?? [","]).join("|")})?\\s*$`, "iu");
  // Education level, experience, age and statuses: read by the eligibility registry's reader.
  const readEligibilityFacts = createFactReader(lexicon, reference);
  const experienceWords = (lexicon.factWords?.experienceYears ?? []).map((x) => compile(x));
  const experienceSpans = (text: string): [number, number][] =>
    experienceWords.flatMap((re) => [...matches(re, text)].map((m): [number, number] => [m.index, m.index + m[0].length]));
  // "British but I live in France": a country after a phrase of residence is where the user lives, not a nationality.
  const residence = phraseRegExp(lexicon.words.residence, "giu");
  const only = phraseRegExp(lexicon.words.only, "giu");
  // A negation scoping over a nationality, in every language from its words: before the name in its clause
  // ("no tengo la nacionalidad española", "not a Polish citizen"), or closing the clause right after it
  // ("polskiego obywatelstwa nie mam", "slovenské nie", "Eesti kodakondsust pole").
  const phrases = (list: string[]) => [...new Set([...list, ...list.map(normalizeForMatch)])];
  const denial = phraseRegExp(phrases(lexicon.words.negation), "iu");
  const denialAtEnd = phraseRegExp(phrases(lexicon.words.negation), "iu") && new RegExp(`^(?:\\s+[\\p{L}']+){0,2}?\\s+(?:${phraseRegExp(phrases(lexicon.words.negation), "iu")!.source})\\s*$`, "iu");
  const clauseEnd = new RegExp(["[,;.!?()|]", phraseRegExp(phrases(lexicon.words.contrast), "iu")?.source].filter(Boolean).join("|"), "iu");
  const clauseBefore = (text: string, at: number) => splitWith(clauseEnd, text.slice(0, at)).at(-1) ?? "";
  // The denial closing the clause may follow a contrast particle that stands second ("slovenskega državljanstva pa
  // nimam", "české občanství však nemám"): after the name, the clause ends at punctuation only (the two-word bound stays).
  const deniedAt = (text: string, c: Mention<CountryRef>): boolean => {
    const before = clauseBefore(text, c.start).trim().split(/\s+/).slice(-5).join(" ");
    return Boolean((denial && denial.test(before)) || (denialAtEnd && denialAtEnd.test(text.slice(c.end).split(/[,;.!?()|]/)[0] ?? "")));
  };
  // "emakeel eesti, inglise keel C1": a name that is a language as well, right after a level word, is the language.
  const levelEnd = [...levelWords.map(({ re }) => re.source), "(?<![\\p{L}\\p{N}])[abc][12]"].join("|");
  const levelJustBefore = new RegExp(`(?:${levelEnd})(?![\\p{L}\\p{N}])\\s*[:-]?\\s*$`, "iu");
  const spokenAt = (text: string, c: Mention<CountryRef>): boolean =>
    languageByTerm.has(text.slice(c.start, c.end)) && levelJustBefore.test(text.slice(Math.max(0, c.start - 30), c.start));
  // "Ich spreche nur Englisch", "¿es obligatorio el inglés?": a name that is a people's and a language's is the
  // language, unless the user says they are one ("I'm English", "soy inglés") or names a citizenship beside it
  // ("English citizen", "passeport anglais"). A language without these words keeps reading such names as before.
  const citizenship = phraseRegExp(phrases(w.citizenship), "iu");
  const iAm = phraseRegExp(phrases(w.iAm), "iu");
  const sentenceAround = (text: string, c: Mention<CountryRef>) => [splitWith(sentenceBreak, text.slice(0, c.start)).at(-1) ?? "", splitWith(sentenceBreak, text.slice(c.end))[0] ?? ""] as const;
  // "magyar vagyok", "Malti, grad universitarju 4 snin, Ingliż C1", "nací en 1960, español, licenciado…, inglés C1": such a
  // name said with "I am" after it, or standing alone as one item of a list of facts (nothing but "I am" in its item, no
  // language in the items beside it) while the message gives levels of languages, is the user's nationality.
  const itemBreak = /[,;.!?()|]/u;
  const iAmWhole = iAm && new RegExp(`^(?:${iAm.source})$`, "iu");
  const onlyIAm = (part: string) => !part.trim() || Boolean(iAmWhole && iAmWhole.test(part.trim()));
  const levelIn = (text: string) => /(?<![\p{L}\p{N}])[abc][12](?![\p{L}\p{N}])/iu.test(text) || levelWords.some(({ re }) => ((re.lastIndex = 0), re.test(text)));
  const aloneInList = (text: string, c: Mention<CountryRef>): boolean => {
    const before = text.slice(0, c.start).split(itemBreak);
    const after = text.slice(c.end).split(itemBreak);
    if (iAm && after[0]!.trim() && onlyIAm(after[0]!)) return true;
    if (!onlyIAm(before.at(-1)!) || !onlyIAm(after[0]!) || (before.length < 2 && after.length < 2)) return false;
    const beside = [before.at(-2) ?? "", after[1] ?? ""];
    return !beside.some((item) => scan(item, languageByTerm, languageWords).length) && levelIn(text);
  };
  const asNationality = (text: string, c: Mention<CountryRef>): boolean => {
    if (!languageByTerm.has(text.slice(c.start, c.end)) || (!citizenship && !iAm)) return true;
    const [before, after] = sentenceAround(text, c);
    return Boolean((iAm && iAm.test(before)) || (citizenship && (citizenship.test(before) || citizenship.test(after))) || aloneInList(text, c));
  };
  const fillerAfterResidence = /^(?:\s+[\p{L}']{1,4}){0,2}\s*$/u;
  const residenceSpans = (text: string): [number, number][] => (residence ? execAll(residence, text).map((m): [number, number] => [m.index, m.index + m[0].length]) : []);
  const numberOf = (s: string): number | undefined => {
    const n = /^\d+(?:[.,]\d+)?$/.test(s) ? Number(s.replace(",", ".")) : p.numberWords[s.toLowerCase()];
    return n === undefined || Number.isNaN(n) ? undefined : n;
  };

  const and = phraseRegExp(phrases(lexicon.words.and), "iu");
  const joins = (between: string) => /[,;]/.test(between) || Boolean(and?.test(between));
  // "B2, not C1": a negation right before a level; "only" within a clause (both built once, not per message).
  const negations = negation.map((x) => new RegExp(`(?:${x.source})\\s*(?:even\\s+|yet\\s+|quite\\s+)?$`, "iu"));
  const onlyIn = only && new RegExp(only.source, "iu");
  function readLanguages(text: string, consumed: [number, number][]): { mentions: Mention<LanguageRef>[]; levels: Record<string, CefrLevel | "?">; denied: string[] } {
    const overlaps = (s: number, e: number) => consumed.some(([a, b]) => s < b && e > a);
    const mentions: Mention<LanguageRef>[] = [];
    // "English, but not French": a language after a negation in its clause is not one the user speaks.
    const negatedAt = (at: number) => {
      const clause = splitWith(clauseBreak, text.slice(0, at)).at(-1) ?? "";
      return negation.some((re) => re.test(clause)) && !(onlyIn && onlyIn.test(clause));
    };
    const denied: string[] = [];
    for (const m of scan(text, languageByTerm, languageWords))
      if (overlaps(m.start, m.end)) continue;
      else if (!negatedAt(m.start)) mentions.push(m);
      else if (!denied.includes(m.ref.name)) denied.push(m.ref.name);
    const levels: { level: CefrLevel; start: number; end: number; word?: boolean }[] = [];
    // "B2, not C1": a level right after a negation is not the user's.
    for (const m of matches(cefrRe, text))
      if (!negations.some((re) => re.test(text.slice(Math.max(0, m.index - 12), m.index))))
        levels.push({ level: m[1]!.toUpperCase() as CefrLevel, start: m.index, end: m.index + m[0].length });
    for (const { re, level } of levelWords)
      for (const m of matches(re, text)) {
        if (!levels.some((l) => m.index < l.end && m.index + m[0].length > l.start))
          levels.push({ level, start: m.index, end: m.index + m[0].length, word: true });
      }
    // Each level goes to the nearest language in the same sentence.
    const sentenceOf = (i: number) => splitWith(sentenceBreak, text.slice(0, i)).length;
    const byLanguage = new Map<string, CefrLevel[]>();
    // CEFR codes first; then words ("mother tongue"), which go to a language that has no level yet where one is near:
    // "Czech as my mother tongue and English C1" gives Czech the mother tongue.
    const ordered = [...levels.filter((l) => !l.word), ...levels.filter((l) => l.word)];
    for (const l of ordered) {
      let best: Mention<LanguageRef> | undefined;
      let bestGap = Infinity;
      const free = mentions.filter((m) => !byLanguage.has(m.ref.name) && sentenceOf(m.start) === sentenceOf(l.start));
      const near = (m: Mention<LanguageRef>) => (l.start >= m.end ? l.start - m.end : m.start - l.end) <= 40;
      for (const m of l.word && free.some(near) ? free : mentions) {
        if (sentenceOf(m.start) !== sentenceOf(l.start)) continue;
        // "allemand niveau C2 et anglais niveau B2": a level after one language does not reach across "and" to the next.
        const across = m.start >= l.end && mentions.some((o) => o.end <= l.start && sentenceOf(o.start) === sentenceOf(l.start)) && joins(text.slice(l.end, m.start));
        const gap = (l.start >= m.end ? l.start - m.end : m.start - l.end) + (across ? 40 : 0);
        if (gap < bestGap) {
          best = m;
          bestGap = gap;
        }
      }
      if (best && bestGap <= 40) byLanguage.set(best.ref.name, [...(byLanguage.get(best.ref.name) ?? []), l.level]);
    }
    // "fluent in English and German", "English and German at C1": a level shared across "and".
    const joined = (a: Mention<LanguageRef>, b: Mention<LanguageRef>) => joiner.test(text.slice(a.end, b.start));
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
    return { mentions, levels: result, denied: denied.filter((n) => !(n in result)) };
  }

  // `notTheUser`: spans naming something other than the user (the job's place, "the job is in Germany"): a country there is no fact of theirs.
  function readProfile(text: string, notTheUser: readonly (readonly [number, number])[] = []): { profile: Profile; statesFacts: boolean; languages: LanguageRef[]; countries: CountryRef[] } {
    const profile: Profile = {};
    const consumed: [number, number][] = [];
    const nationalities = new Set<string>();
    const countries = scan(text, countryByTerm, countryWords, undefined, true).filter((c) => !notTheUser.some(([a, b]) => c.start < b && c.end > a) && !notNames.has(text.slice(c.start, c.end)));
    const marked = mark(text, countries, COUNTRY);
    const named = (m: RegExpExecArray) => countries[Number(m.groups?.x?.slice(COUNTRY.length, -COUNTRY.length))];
    // Which mentions made each nationality: "Italian, with a degree from Italy" keeps Italy as the nationality.
    const madeBy = new Map<string, Set<number>>();
    // The patterns around a country name match a name's marker only: with no country named, none can.
    for (const re of countries.length ? nationalityCue : [])
      for (const m of matches(re, marked)) {
        const c = named(m);
        if (!c || spokenAt(text, c) || !asNationality(text, c)) continue;
        // "Bin Österreicherin, …, kein Englisch": a name that is a language too, denied in its clause, stays a
        // language the user does not speak (a nationality denied is none of theirs either way).
        if (languageByTerm.has(text.slice(c.start, c.end)) && deniedAt(text, c)) continue;
        nationalities.add(c.ref.code);
        madeBy.set(c.ref.code, (madeBy.get(c.ref.code) ?? new Set()).add(c.start));
        consumed.push([c.start, c.end]);
      }
    // Where the diploma comes from is not a nationality, nor a language.
    for (const re of countries.length ? nonEuDiploma : [])
      for (const m of matches(re, marked)) {
        const c = named(m);
        if (!c) continue;
        profile.diplomaOutsideEu = !c.ref.eu;
        consumed.push([c.start, c.end]);
        const by = madeBy.get(c.ref.code);
        by?.delete(c.start);
        if (!by?.size) nationalities.delete(c.ref.code);
      }
    // Where the user lives: removed from the nationalities; the countries named before it, the user's own
    // ("ukrainian living in poland", "British but I live in France").
    const lives = residenceSpans(text);
    if (lives.length) {
      const resident = countries.filter((c) => lives.some(([, end]) => end <= c.start && fillerAfterResidence.test(text.slice(end, c.start))));
      for (const c of resident) {
        nationalities.delete(c.ref.code);
        consumed.push([c.start, c.end]);
      }
      const firstLives = lives[0]![0];
      const levelAfter = (c: Mention<CountryRef>) => levelWords.some(({ re }) => ((re.lastIndex = 0), re.test(text.slice(c.end, c.end + 25)))) || /^\s*[abc][12]\b/iu.test(text.slice(c.end));
      if (!nationalities.size)
        for (const c of countries)
          if (c.end <= firstLives && !resident.includes(c) && !levelAfter(c) && !consumed.some(([a, b]) => c.start < b && c.end > a)) {
            nationalities.add(c.ref.code);
            // A name that is a language too stays a language mention as well ("speak Spanish to work in Barcelona").
            if (!languageByTerm.has(text.slice(c.start, c.end))) consumed.push([c.start, c.end]);
          }
    }
    // A nationality denied anywhere is not the user's, whatever else names the country ("Karta Polaka … polskiego obywatelstwa nie mam").
    for (const c of countries) if (nationalities.has(c.ref.code) && deniedAt(text, c)) nationalities.delete(c.ref.code);
    if (nationalities.size) profile.nationalities = [...nationalities];
    // "I'm Irish, not British", "soy español, no argentino": the nationality denied corrects one said before.
    const notOurs = new Set(countries.filter((c) => !nationalities.has(c.ref.code) && !spokenAt(text, c) && asNationality(text, c) && deniedAt(text, c)).map((c) => c.ref.code));
    if (notOurs.size) profile.nationalitiesDenied = [...notOurs];

    if (any(noDegree, text)) profile.studyYears = 0;
    // Years of experience are never years of study: a number the experience words claim is not read as studies.
    const experienceAt = experienceSpans(text);
    // Matches may overlap: "12 years of experience and a 2-year diploma" holds a match from the 12 (work, skipped) and one from the 2.
    const overlapping = function* (re: RegExp) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        yield m;
        re.lastIndex = m.index + 1;
      }
    };
    for (const re of studyYears)
      for (const m of overlapping(re)) {
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
    const said = recognised.flatMap((re) => [...matches(re, text)]);
    if (said.length) profile.diplomaRecognised = !said.some((m) => Boolean(denial?.test(`${clauseBefore(text, m.index)} ${m[0]}`)));

    const { mentions, levels, denied } = readLanguages(text, consumed);
    if (denied.length) profile.languagesDenied = denied;
    const stated = Object.entries(levels).filter(([, l]) => l !== "?");
    if (stated.length) profile.languages = Object.fromEntries(stated);
    if (any(languagesComplete, text)) profile.languagesComplete = true;
    // "English is my only language", "je ne parle que français": a word of "only" in the clause of the one language named.
    if (only && mentions.length && new Set(mentions.map((m) => m.ref.name)).size === 1) {
      const m = mentions[0]!;
      const before = splitWith(clauseBreak, text.slice(0, m.start)).at(-1) ?? "";
      const [after = "", next = ""] = splitWith(clauseBreak, text.slice(m.end));
      only.lastIndex = 0;
      const inBefore = only.test(before);
      only.lastIndex = 0;
      const inAfter = only.test(after);
      // "English C1, nothing else.": a clause of its own that is no more than a word of "only" closes the list too.
      only.lastIndex = 0;
      const alone = next.replace(/[?!.]+/g, " ").trim();
      const closes = alone.split(/\s+/).length <= 3 && only.test(alone);
      if (inBefore || inAfter || closes) profile.languagesComplete = true;
    }
    Object.assign(profile, readEligibilityFacts(text));
    // A degree named with its length ("a licenciatura (4 years)") gives the years of study the lexicon's phrasings missed.
    // It also replaces a length guessed from a shorter name ("hbo-bachelor" is 4 years, not a bachelor's 3).
    // Degrees in sequence, each with its length ("3-year bachelor + 1-year MSc"), say more than one length read alone.
    const longer = profile.studyYears !== undefined && profile.degreeYears !== undefined && !profile.degreeYearsAtLeast && profile.degreeYears > profile.studyYears;
    const guessed = profile.studyYears === undefined || (profile.studyYearsAtLeast && !profile.degreeYearsAtLeast) || longer;
    if (guessed && profile.degreeYears !== undefined && profile.educationLevel && profile.educationLevel !== "secondary" && profile.educationLevel !== "post-secondary") {
      delete profile.studyYearsAtLeast;
      profile.studyYears = profile.degreeYears;
      if (profile.degreeYearsAtLeast) profile.studyYearsAtLeast = true;
    }
    // Studies not completed and no degree held: no completed university studies (the rule holds when the application is validated).
    if (profile.studiesUnfinished && !profile.educationLevel) {
      profile.studyYears = 0;
      delete profile.studyYearsAtLeast;
    }
    // A degree named only in a question about a requirement is kept for the question (./understand.ts).
    if (profile.studyYears !== undefined || profile.educationLevel) delete profile.degreeAsked;
    delete profile.studiesUnfinished;
    delete profile.degreeYears;
    delete profile.degreeYearsAtLeast;
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

  return readProfile;
}
