// Reading a message: which intent it has, which zone it names, and which of the user's own facts it
// states (nationality, studies, languages with levels). Every word recognised comes from the lexicon and
// the reference data; nothing here knows English beyond the shape of a sentence.
import type { Lexicon } from "../knowledge/schema.js";
import type { Reference } from "../knowledge/load.js";
import type { Profile } from "./session.js";
import { createZoneIndex, isZone, offsetZone } from "../time/zones.js";
import { boundForReading, cleanInput, createSpeller, normalizeForMatch, words, type Speller } from "../text/normalize.js";
import { countryTerms, languageTerms, compile, mark, matches, scan, type CountryRef, type LanguageRef } from "./eligibility/scan.js";
import { createProfileReader } from "./eligibility/profile.js";
import { phraseRegExp } from "./language-pack.js";
import { askedTopicsIn, askedTopicsOf } from "./asked-topics.js";
import { intentScorerOf } from "./intent-words.js";
import { subjectMatchers } from "./subject-words.js";
import { OWN_ZONE, readStatedClock, type StatedClock } from "../time/stated.js";
import { execAll } from "../text/regexp.js";

export type { CountryRef, LanguageRef, Mention } from "./eligibility/scan.js";

/** The most words between a word for the post and the place it is said to be in ("job is based in"). */
const JOB_PLACE_GAP = 3;

export type Understanding = {
  /** The cleaned message, as typed. */
  original: string;
  /** Normalised and spell-corrected, the form patterns run over. */
  text: string;
  truncated: boolean;
  /** Cut for its length, with its closing question kept after its beginning. */
  closingQuestion?: boolean;
  empty: boolean;
  scores: Map<string, number>;
  uncovered?: { id: string; subject: string; cite?: string };
  /** A subject often left open that this notice covers, and the intent that answers it from the notice (`answeredBy`). */
  covered?: { id: string; intent?: string };
  offTopic: boolean;
  zone?: string;
  /** The zone read is the job's place, named after a word for the post ("the job is in Germany, right?"), not where the user is. */
  jobPlace?: boolean;
  /** Where jobPlace holds, the message without the job's place named: what it asks beside where the job is. */
  jobPlaceRest?: string;
  /** Clock facts the message states: a time in a zone, the offset a place is on, the clocks changing. */
  clock?: StatedClock;
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
  /** Topics of other intents asked beside the one answered ("…, so I get priority, right?" beside the under-represented list). */
  beside?: ReadonlySet<string>;
  /** Answered beside another intent's request, from the whole message (no clause of its own): its words are that request's. */
  alongside?: boolean;
};


export type Reader = {
  /** Reads a message; `checking` says an eligibility check is under way, so bare facts are the user's own. */
  read(message: string, options?: { checking?: boolean }): Understanding;
  speller: Speller;
};



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

  // Zone names from the database that are also everyday words or research stations (the lexicon's): not places.
  const notPlaces = new Set(lexicon.notPlaces.map((p) => p.toLowerCase()));
  const zoneByPlace = createZoneIndex(zoneAliases);
  // A place name that is a function word of the language ("est" in French, the EST of zones.json) is not a place.
  const common = new Set(lexicon.stopwords.map((w) => w.toLowerCase()));
  // Compared as read (accents folded): "Pará" is the Portuguese "para" a question says.
  for (const p of [...zoneByPlace.keys()]) if ((notPlaces.has(p) && !(p in zoneAliases)) || common.has(p) || common.has(norm(p))) zoneByPlace.delete(p);
  const placeTerms = new Map<string, string>();
  for (const [place, zone] of zoneByPlace) placeTerms.set(norm(place), zone);

  const wordsIn = (terms: Iterable<string>) => Math.max(...[...terms].map((t) => t.split(" ").length));
  const placeWords = wordsIn(placeTerms.keys());
  const PLACE = "zqp";

  // Each intent's score from the language's words naming it (words.json `intentWords`), the same reading for every language.
  const scoreIntents = intentScorerOf(lexicon, lexicon.routing);
  const topics = askedTopicsOf(lexicon.words);
  // Subjects a notice may leave open, named by the language's words (words.json `uncovered`), in the order of the
  // subjects' list; the subject said in the language's words where its catalogue has them.
  const subjects = new Map(lexicon.uncovered.map((u) => [u.id, u]));
  const uncovered = subjectMatchers(lexicon.words, [...subjects.keys()]).map((m) => {
    const known = subjects.get(m.id);
    const subject = (lexicon.language !== "en" ? lexicon.messages[`subject.uncovered.${m.id}`] : undefined) ?? known?.subject ?? m.id;
    return { ...known, id: m.id, subject, test: m.test };
  });
  // "what's the weather like?", "tell me a joke": plainly off-topic words of the language (words.offTopic).
  const offTopic = phraseRegExp(lexicon.words.offTopic);
  // "what is 2+2?", "wie viel ist 7*8": a short message ending in a sum, a shape of figures in every language.
  const sum = /(?<![\p{L}\p{N}/.-])\d{1,6}\s?[+*×]\s?\d{1,6}\s?=?\s?\??$/u;
  const offTopicIn = (text: string) => Boolean(offTopic?.test(text)) || (sum.test(text) && words(text).length <= 5);
  const p = lexicon.profile;
  const timeZone = p.timeZone.map((x) => compile(x, `(?:utc|gmt) ?[+-] ?\\d{1,2}(?::?\\d{2})?|[a-z]+/[a-z_]+(?:/[a-z_]+)?|${PLACE}\\d+${PLACE}`));
  const possession = p.possession.map((x) => compile(x));
  const requirement = lexicon.cues.requirement.map((x) => compile(x));
  const supposition = lexicon.cues.supposition.map((x) => compile(x));
  const personal = lexicon.cues.personal.map((x) => compile(x));
  const question = lexicon.cues.question.map((x) => compile(x));
  const yes = lexicon.cues.yes.map((x) => compile(x));
  const no = lexicon.cues.no.map((x) => compile(x));
  const any = (res: RegExp[], text: string) => res.some((re) => ((re.lastIndex = 0), re.test(text)));
  // "How many hours are left?": the deadline's time left asked in a unit, from the language's words (a figure asked for, and the unit).
  const quantity = phraseRegExp(lexicon.words.quantity);
  const spans = (["hour", "minute", "week"] as const).flatMap((unit) => {
    // After an elision too ("combien d'heures").
    const re = phraseRegExp(lexicon.words.units[unit] ?? []);
    return re ? [{ id: `deadline.${unit}s`, re: new RegExp(re.source.replace("(?<![\\p{L}'])", "(?<![\\p{L}])"), re.flags) }] : [];
  });
  const spanAsked = (text: string) => (quantity?.test(text) ? spans.filter((s) => s.re.test(text)).map((s) => s.id) : []);

  // The vocabulary the speller mends typos towards: the lexicon's words, the notice's, the reference names.
  const lexiconWords = new Set<string>();
  const harvest = (s: string) => {
    // Regex escapes (\b, \w, \s…) are not letters of a word.
    for (const w of s.replace(/\\[a-zA-Z]/g, " ").toLowerCase().match(/[a-z]{3,}/g) ?? []) lexiconWords.add(w);
  };
  for (const l of lexicon.levelWords) harvest(l.pattern);
  for (const list of Object.values(p)) if (Array.isArray(list)) for (const x of list) harvest(typeof x === "string" ? x : x.pattern);
  for (const group of lexicon.synonyms) group.forEach(harvest);
  Object.keys(p.numberWords).forEach(harvest);
  // The eligibility words and the degree names are words the speller must not mend into others.
  for (const list of Object.values(lexicon.factWords ?? {})) list.forEach(harvest);
  for (const d of reference.degrees?.degrees ?? []) d.names.forEach((n) => words(norm(n)).forEach((w) => lexiconWords.add(w)));
  // The phrase lists of words.json are read as typed: the speller must not mend "studiere" into "studiert".
  const w = lexicon.words;
  for (const list of [w.residence, w.unfinished, w.quantity, w.and, w.only, w.study, w.experience, w.negation, w.self, w.since, w.sinceAfter, w.clockChange, w.ownTime, w.followUp, w.requirement, w.supposition, w.yesNoStart, w.anaphora, w.which, w.notice.step.map((x) => x.replace(/\*$/, "")), Object.keys(w.months)])
    for (const phrase of list) words(norm(phrase)).forEach((x) => x.length >= 3 && lexiconWords.add(x));
  // The words asking a subject, from five letters: a shorter one ("gers", "pdf") is no word to mend a typo into. The
  // off-topic words never are: a typo mended into one ("zijem" into "žiješ") would turn a candidate's facts away.
  for (const list of Object.values(w.askedTopics)) for (const phrase of list) words(norm(phrase)).forEach((x) => x.length >= 5 && lexiconWords.add(x));
  // So are the words naming an intent ("deadline", "salary", "Gehalt"), from three letters.
  for (const list of Object.values(w.intentWords)) for (const phrase of list) words(norm(phrase.replace(/\*$/, ""))).forEach((x) => x.length >= 3 && lexiconWords.add(x));
  // The words naming a subject a notice may leave open ("visa", "parking", "Elternzeit") are read as typed.
  for (const list of Object.values(w.uncovered)) for (const phrase of list) words(norm(phrase)).forEach((x) => x.length >= 3 && lexiconWords.add(x));
  const names = [...countryByTerm.keys(), ...languageByTerm.keys()].flatMap((t) => words(t));
  // A word two or more of the language's own example questions use ("ibland", "eile", "jomā") is a word of the
  // language, never a typo of a name one letter away ("Irland", "Éire", "somā"): it is kept as typed.
  const exampleUses = new Map<string, number>();
  for (const list of Object.values(lexicon.examples)) for (const q of list) for (const x of new Set(words(norm(q)))) exampleUses.set(x, (exampleUses.get(x) ?? 0) + 1);
  const ownWords = [...exampleUses].filter(([x, n]) => n >= 2 && !/\d/.test(x)).map(([x]) => x);
  const speller = createSpeller(
    [...noticeWords, ...[...placeTerms.keys()].flatMap((t) => words(t))],
    [...lexiconWords, ...lexicon.stopwords.map(norm), ...names],
    ownWords,
  );


  const readProfile = createProfileReader(lexicon, reference);

  // The places a text names ("utc" before "+3" is an offset, read whole by the pattern, not the place "UTC"):
  // found once for the zone and the clock readers, which read the same texts.
  // The last two texts are kept: a message is read as typed and as spell-mended, in turn.
  let placesOf: { text: string; found: ReturnType<typeof scan<string>> }[] = [];
  const placesIn = (text: string) => {
    const kept = placesOf.find((p) => p.text === text);
    if (kept) return kept.found;
    const found = scan(text, placeTerms, placeWords, (end) => !/^\s?[+-]\s?\d/.test(text.slice(end, end + 4)));
    placesOf = [{ text, found }, ...placesOf.slice(0, 1)];
    return found;
  };

  const smallWords = new Set([...lexicon.stopwords, ...lexicon.words.followUp].flatMap((x) => words(norm(x))));
  function readZone(text: string): string | undefined {
    const places = placesIn(text);
    const marked = mark(text, places, PLACE);
    for (const re of timeZone)
      for (const m of matches(re, marked)) {
        const x = m.groups?.x?.toLowerCase();
        if (!x) continue;
        const place = x.startsWith(PLACE) ? places[Number(x.slice(PLACE.length, -PLACE.length))] : undefined;
        const zone = place?.ref ?? offsetZone(x) ?? (x.includes("/") ? findIana(x) : undefined);
        if (zone) return zone;
      }
    // "and Austria?", "in Lisbon?": a message that is one place and no more than the language's small words around it.
    if (places.length === 1) {
      const rest = words(`${text.slice(0, places[0]!.start)} ${text.slice(places[0]!.end)}`);
      if (rest.length <= 1 && rest.every((x) => smallWords.has(x))) return places[0]!.ref;
    }
    return undefined;
  }

  // "Do the clocks going back change the deadline?": the language's words for the clocks changing.
  const clockChange = phraseRegExp(w.clockChange);
  // "at 11:30 my time": the language's words for the user's own clock stand where a place would (the zone is the conversation's).
  const ownTime = phraseRegExp(w.ownTime.map(norm), "giu");
  function readClock(text: string): StatedClock | undefined {
    const places = placesIn(text).map((p) => ({ zone: p.ref, start: p.start, end: p.end }));
    const own = ownTime ? execAll(ownTime, text).map((m) => ({ zone: OWN_ZONE, start: m.index, end: m.index + m[0].length })) : [];
    return readStatedClock(text, own.length ? [...places, ...own].sort((a, b) => a.start - b.start) : places, Boolean(clockChange?.test(text)));
  }

  // "the job is in Germany, right?", "le poste est en Belgique ?": a place named a few words after one of the
  // language's words for the post, in the same clause and with no word of the user's own between, is where the job
  // is: neither the user's nationality nor where they are.
  const vacancyWords = phraseRegExp(w.vacancy.map(norm), "giu");
  const selfWords = phraseRegExp(w.self.map(norm), "iu");
  function jobPlaces(text: string): { ref: string; start: number; end: number; from: number }[] {
    if (!vacancyWords) return [];
    const posts = execAll(vacancyWords, text).map((m) => ({ from: m.index, end: m.index + m[0].length }));
    if (!posts.length) return [];
    return placesIn(text).flatMap((p) => {
      // The phrase naming the job's place runs from the word for the post to the place ("pozici v barceloně").
      const post = posts.find(({ end }) => {
        const between = text.slice(end, p.start);
        return end <= p.start && !/[,;.!?()]/.test(between) && words(between).length <= JOB_PLACE_GAP && !selfWords?.test(between);
      });
      return post ? [{ ...p, from: post.from }] : [];
    });
  }

  const ianaByLower = new Map(Intl.supportedValuesOf("timeZone").map((z) => [z.toLowerCase(), z]));
  const findIana = (x: string) => {
    const z = ianaByLower.get(x);
    return z && isZone(z) ? z : undefined;
  };

  function read(message: string, options: { checking?: boolean } = {}): Understanding {
    const cleaned = cleanInput(message);
    const truncated = cleaned.truncated;
    const original = boundForReading(cleaned.text);
    const normalised = norm(original);
    const text = normalised
      .split(" ")
      .map((w) => {
        const core = /^(\p{L}+)([?.!,:]*)$/u.exec(w);
        return core ? speller.correct(core[1]!) + core[2]! : w;
      })
      .join(" ");
    const mended = text !== normalised;
    const empty = !/[\p{L}\p{N}]/u.test(original);
    const scores = scoreIntents(text);
    const hit = uncovered.find((u) => !covered(u.id) && u.test(text));
    const coveredHit = hit ? undefined : uncovered.find((u) => covered(u.id) && u.test(text));
    const off = offTopicIn(text);
    const read = readProfile(text, jobPlaces(text).map((p) => [p.start, p.end] as const));
    // Facts are the user's own when they say so ("I have", "my"), when they ask about themselves
    // without asking what is required, or when they answer an eligibility check; otherwise the facts
    // only shape a question ("Is a master's degree required?", "Can a Turkish citizen apply?").
    const possessive = any(possession, text);
    // "What if my English were B1?", "my friend is Irish": facts of a supposition or of someone else, never the user's own.
    const supposed = any(supposition, text);
    // "licence 3 ans + master, belge, français langue maternelle, anglais B2, c'est bon ?": a nationality, studies and
    // languages with their levels listed together are a profile of one's own, even with no "I" (a question about
    // a requirement names one or two of them, not all three).
    const p = read.profile;
    // "English C1, nothing else. enough?": a list of languages said to be complete is the user's own as well.
    const levelled = Object.values(p.languages ?? {}).some((l) => l !== "?");
    const ownProfile = [p.nationalities?.length, p.studyYears !== undefined || p.educationLevel !== undefined, levelled].every(Boolean) || Boolean(p.languagesComplete && levelled);
    const hypothetical = supposed || (!options.checking && !possessive && !ownProfile && (any(requirement, text) || (!any(personal, text) && any(question, text))));
    const { languages } = read;
    // "do I need a master's?": a degree named in a question of a requirement asks about at least its usual years of study.
    const { degreeAsked, ...stated } = read.profile;
    read.profile = stated;
    const asked: Profile = hypothetical ? { ...stated, ...(degreeAsked !== undefined && stated.studyYears === undefined ? { studyYears: degreeAsked, studyYearsAtLeast: true } : {}) } : {};
    const profile = hypothetical ? {} : read.profile;
    const statesFacts = hypothetical ? false : read.statesFacts;
    return {
      original,
      text,
      truncated,
      ...(cleaned.closingQuestion ? { closingQuestion: true } : {}),
      empty,
      scores,
      ...(hit ? { uncovered: { id: hit.id, subject: hit.subject, ...(hit.cite ? { cite: hit.cite } : {}) } } : {}),
      ...(coveredHit ? { covered: { id: coveredHit.id, ...(coveredHit.answeredBy ? { intent: coveredHit.answeredBy } : {}) } } : {}),
      offTopic: off,
      // As typed, then as spell-mended when the mending changed anything.
      ...(() => {
        const zone = readZone(normalised) ?? (mended ? readZone(text) : undefined);
        const named = zone === undefined ? undefined : (mended ? [normalised, text] : [normalised]).flatMap((t) => jobPlaces(t).map((p) => ({ ...p, t }))).find((p) => p.ref === zone);
        const rest = named && `${named.t.slice(0, named.from)} ${named.t.slice(named.end)}`.replace(/\s+/g, " ").trim();
        return zone ? { zone, ...(named ? { jobPlace: true, jobPlaceRest: rest } : {}) } : {};
      })(),
      ...(() => {
        const clock = readClock(normalised) ?? (mended ? readClock(text) : undefined);
        return clock ? { clock } : {};
      })(),
      profile,
      statesFacts,
      hypothetical,
      asked,
      ...(any(no, text) ? { yesNo: false } : any(yes, text) ? { yesNo: true } : {}),
      countries: read.countries,
      languages,
      understood: words(text).some((w) => speller.knows(w)),
      topics: new Set([...askedTopicsIn(topics, text), ...spanAsked(text)]),
    };
  }

  return { read, speller };
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
