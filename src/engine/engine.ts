// The answer engine: reads a message, picks the intent, lets it answer from the facts, and shapes the Answer.
// Pure and synchronous: the clock and the session come in, nothing goes out but the Answer.
import { asksOnlyAspect } from "./aspect-follow-up.js";
import type { DateTime } from "luxon";
import type { Answer, Citation, EligibilityForm } from "../answer.js";
import { summarize, type FormOptions, type NoticeSummary } from "./summary.js";
import type { Profile, Session } from "./session.js";
import { factsAt } from "../time/deadline.js";
import { cite as citeIn, type Knowledge, type Notice } from "../knowledge/load.js";
import type { CefrLevel, Lexicon, Routing } from "../knowledge/schema.js";
import { createSearchIndex, type SearchIndex } from "../search/index.js";
import { createCatalogue, type Catalogue } from "../i18n/catalogue.js";
import type { Context, Intent, Reply } from "./context.js";
import { createCoverage } from "./covered.js";
import { statesEligibilityFacts } from "./eligibility/read.js";
import { formFacts } from "./eligibility/registry.js";
import { about } from "./intents/about.js";
import { application } from "./intents/application.js";
import { benefits } from "./intents/benefits.js";
import { clearance } from "./intents/clearance.js";
import { contract } from "./intents/contract.js";
import { deadline } from "./intents/deadline.js";
import { eligibility, mergeProfile, verdictReply } from "./intents/eligibility.js";
import { supposed } from "./eligibility/registry.js";
import { criteria } from "./intents/criteria.js";
import { experience } from "./intents/experience.js";
import { grade } from "./intents/grade.js";
import { greeting } from "./intents/greeting.js";
import { help, thanks } from "./intents/help.js";
import { languages } from "./intents/languages.js";
import { offtopic } from "./intents/offtopic.js";
import { pay } from "./intents/pay.js";
import { place } from "./intents/place.js";
import { post } from "./intents/post.js";
import { posts } from "./intents/posts.js";
import { profile } from "./intents/profile.js";
import { role } from "./intents/role.js";
import { search } from "./intents/search.js";
import { selection } from "./intents/selection.js";
import { uncovered } from "./intents/uncovered.js";
import { underrepresented } from "./intents/underrepresented.js";
import { telework } from "./intents/telework.js";
import { boundForReading, cleanInput, MAX_QUESTION_LENGTH, normalizeForMatch, words } from "../text/normalize.js";
import { createCountryFinder, createLanguageFinder, createReader, type Reader, type Understanding } from "./understand.js";
import { completeLexicon, phraseRegExp, referenceWithNames, switchPhrases } from "./language-pack.js";
import { CHECK_LABEL, route, SMALL_TALK, STORY_RULE, type Signals } from "./route.js";
import { checkLabels, UNCOVERED } from "./labels.js";
import { createClassifier, type Classifier, type Ranked } from "../search/examples.js";
import { createHybridClassifier, createLinearClassifier } from "../search/linear.js";
import { classifyMessage, intentOfLabel, scoresOfIntents } from "./classify.js";
import { chooseLanguage } from "../i18n/detect.js";
import { wordFrequencies, type WordFrequencies } from "../i18n/detect-words.js";
import { createRomanisedReader } from "../i18n/romanised.js";
import type { Speaker } from "../time/format.js";
import type { Names } from "./context.js";
import { closestPassage } from "./intents/search.js";
import { createFigures, type Figures } from "./figures.js";
import { askingPart, listRequests, requestWords, splitRequests } from "./requests.js";
import { askedTopics, findRemnants, otherJobNote, withAskedTopics } from "./open-world.js";
import type { Reference } from "../knowledge/load.js";
import { statusTopics, withStatusPassages } from "./status-passages.js";
import { openersOf, questionWordOpens, stopSetOf, yesNoOpens } from "./word-sets.js";
import { namesOtherVacancy } from "./other-vacancy.js";
import { withClosePassage } from "./close-passage.js";
import { correctedFigures } from "./profile-corrections.js";
import { asksOnlyWhy, saysStill, hasList, ORDINAL_RULE, ordinalAsked, ordinalReply, WHY_RULE } from "./follow-ups.js";
import { splitWith } from "../text/regexp.js";

/** The fewest words, the job's place and its post word aside, for a message to ask something beside the place. */
const MIN_REST_WORDS = 3;

/** The rules that answer a message as a follow-up of the last answer's intent. */
const FOLLOW_RULES = new Set(["follow-up-topic", "refers-back", "follow-up"]);

/** One turn of a conversation: the Answer, and the session to keep for the next turn (the one given is never changed). */
export type Turn = { answer: Answer; session: Session };

export type Engine = {
  answer(text: string, session: Session, now: DateTime, zone: string | undefined, locale?: string): Turn;
  assessForm(form: EligibilityForm, session: Session, now: DateTime, zone: string | undefined): Turn;
  formOptions(): FormOptions;
  summary(): NoticeSummary;
};

const intents: Record<string, Intent> = {
  about,
  application,
  benefits,
  clearance,
  contract,
  criteria,
  deadline,
  eligibility,
  experience,
  grade,
  greeting,
  help,
  languages,
  offtopic,
  pay,
  place,
  post,
  posts,
  profile,
  role,
  search,
  selection,
  telework,
  thanks,
  uncovered,
  underrepresented,
};

/** Intents that answer a plain question about the post and can be answered side by side. */
const COMBINABLE = new Set(["deadline", "contract", "grade", "pay", "place", "application", "selection", "clearance", "posts", "benefits", "about", "role"]);
/** Intents answered beside others only when a clause of their own asks them ("…, and can non-EU people apply?"). */
const BY_CLAUSE = new Set([...COMBINABLE, "criteria", "languages", "telework", "underrepresented", "experience", "profile"]);


/** A second intent asked in the same message, strong on its own, if any. */
function secondIntent(scores: Map<string, number>, first: string, patternScores: Map<string, number>, routing: Routing): string | undefined {
  if (!COMBINABLE.has(first)) return undefined;
  // Against the first intent's own words, not what the classifier adds to it: a strong first answer must not hide a second question.
  const firstScore = patternScores.get(first) ?? scores.get(first) ?? 0;
  let best: [string, number] | undefined;
  for (const [intent, score] of scores)
    if (intent !== first && COMBINABLE.has(intent) && score >= routing.secondScore && score >= firstScore * routing.secondShare && (!best || score > best[1])) best = [intent, score];
  return best?.[0];
}

/** One language's means of reading and speaking: its lexicon, reader, classifier, catalogue and names. */
type Pack = {
  language: string;
  lexicon: Lexicon;
  reference: Reference;
  reader: Reader;
  classifier?: Classifier;
  catalogue: Catalogue;
  speaker: Speaker;
  names: Names;
  followUp: RegExp[];
  refersBack: RegExp[];
  backToMe: RegExp[];
  firstPerson: RegExp[];
  figures: Figures;
};

/** Intents whose answer is never a passage on a subject that might lack the figure asked. */
const NO_DETAIL = new Set(["eligibility", "criteria", "uncovered", "offtopic", "greeting", "help", "thanks", "profile", "pay"]);

/** A form's level: "C1", "c1", or a word the lexicon knows ("native" → C2). */
function levelOf(lexicon: Lexicon, s: string): CefrLevel | undefined {
  const code = /^\s*([abc][12])\s*$/i.exec(s)?.[1];
  if (code) return code.toUpperCase() as CefrLevel;
  const t = normalizeForMatch(s);
  return lexicon.levelWords.find((l) => new RegExp(l.pattern, "iu").test(t))?.level;
}

/** A fault inside the engine: which intent was answering (or "understanding"), and what was thrown. */
export type EngineFault = { intent: string; error: unknown };

export function createEngine(knowledge: Knowledge, notice: Notice, onFault: (fault: EngineFault) => void = () => {}): Engine {
  const lexicon = knowledge.lexicons.get(notice.facts.language);
  if (!lexicon) throw new Error(`engine: no lexicon for language "${notice.facts.language}"`);
  const facts = notice.facts;
  // A pasted page's list of other jobs, headed in any lexicon's words (a page may mix languages).
  const remnants = findRemnants(notice.text, [...knowledge.lexicons.values()].flatMap((l) => l.words.notice.related));
  // A passage naming a language ("Knowledge of French would be an asset") speaks of languages: the names of the
  // reference data and of the notice's language are topic words of "languages" too.
  const languageNames = [...knowledge.reference.languages.official, ...knowledge.reference.languages.other].flatMap((l) => [l.name, ...l.aliases, ...(lexicon.names.languages[l.name] ?? [])]);
  // The deadline's labels mark the passages on closing dates: a call with none says so in one of them ("This call has no closing date").
  const topics = { ...lexicon.words.notice.topics, ...statusTopics(lexicon.words), deadline: lexicon.words.notice.labels.deadline ?? [], languages: [...(lexicon.words.notice.topics.languages ?? []), ...languageNames.filter((n) => n.length > 3)] };
  const furniture = [...knowledge.lexicons.values()].flatMap((l) => l.words.notice.furniture).map((f) => normalizeForMatch(f)).filter(Boolean);
  const isFurniture = (text: string) => {
    const t = normalizeForMatch(text);
    // A list right under its heading (no blank line between) is one passage with the heading.
    return furniture.some((f) => t.startsWith(f)) || remnants.some((r) => normalizeForMatch(r.text).includes(t) || normalizeForMatch(`${r.heading} ${r.text}`).includes(t));
  };
  // The notice's search index is built when a question first needs it, as the languages' readers are.
  let searchIndex: SearchIndex | undefined;
  const noticeIndex = () => (searchIndex ??= createSearchIndex(notice.sections, { stopwords: lexicon.stopwords, synonyms: lexicon.synonyms, topics, isFurniture }));
  const index: SearchIndex = {
    search: (question, limit) => noticeIndex().search(question, limit),
    raw: (question) => noticeIndex().raw(question),
    get passages() {
      return noticeIndex().passages;
    },
    onTopic: (topic) => noticeIndex().onTopic(topic),
  };
  const noticeWords = words(normalizeForMatch(notice.text));
  // Which subjects of the lexicon's uncovered list this notice does cover after all (an age rule, a salary figure).
  // Every lexicon's list: a question in English about a notice in German is read with the English list.
  // The subjects are the same in every language (lexicon.json `uncovered`); each language names them in its own words.
  const subjects = [...new Map([...knowledge.lexicons.values()].flatMap((l) => l.uncovered).map((u) => [u.id, u])).values()];
  const coverage = createCoverage(facts, notice.text, subjects);
  const english = createCatalogue("en", knowledge.lexicons.get("en")?.messages ?? {});

  // A form's level words ("native") are read with the words the lexicon's patterns are built from.
  const formLexicon = completeLexicon(lexicon);
  const makePack = (source: Lexicon): Pack => {
    const lex = completeLexicon({ ...source, uncovered: subjects });
    const reference = referenceWithNames(knowledge.reference, lex);
    const catalogue = lex.language === "en" ? english : createCatalogue(lex.language, lex.messages, english);
    const places = new Map<string, string>();
    // A name written in lower case in the data is shown with capitals, as place names are written.
    const display = (name: string) => (name === name.toLowerCase() ? name.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : name);
    for (const [zone, names] of Object.entries(lex.names.places)) if (names[0]) places.set(zone, display(names[0]));
    const countryNames = lex.names.countries;
    const languageNames = lex.names.languages;
    return {
      language: lex.language,
      lexicon: lex,
      reference,
      reader: createReader(lex, reference, reference.zones, noticeWords, coverage),
      ...(Object.keys(lex.examples).length ? { classifier: ({ knn: createClassifier, softmax: createLinearClassifier, hybrid: createHybridClassifier }[lex.routing.classifier])(lex.examples, { language: lex.language, stopwords: lex.stopwords }) } : {}),
      catalogue,
      // English names places as the zone database does (its reference data is English); other languages by their own names.
      speaker: { language: lex.language, t: catalogue.t, placeName: (zone) => (lex.language === "en" ? undefined : places.get(zone)) },
      names: {
        country: (code, fallback) => (lex.language === "en" ? fallback : display(countryNames[code]?.[0] ?? fallback)),
        language: (name) => (lex.language === "en" ? name : (languageNames[name]?.[0] ?? name)),
      },
      followUp: lex.cues.followUp.map((p) => new RegExp(p, "iu")),
      refersBack: lex.cues.refersBack.map((p) => new RegExp(p, "iu")),
      backToMe: lex.cues.backToMe.map((p) => new RegExp(p, "iu")),
      firstPerson: lex.cues.firstPerson.map((p) => new RegExp(p, "iu")),
      figures: createFigures(lex.words),
    };
  };
  const uncoveredIds = new Set(subjects.map((u) => u.id));
  const levelsSet = Boolean(facts.eligibility.languages) || facts.eligibility.criteria.some((c) => c.type === "languages" && c.requirements.some((r) => r.level));
  // Every lexicon is checked at start-up; a language's means of reading are built when a message first needs
  // them, the notice's language too, so 24 languages cost start-up only their checks.
  for (const [language, lex] of knowledge.lexicons) checkLabels(language, Object.keys(lex.examples), uncoveredIds);
  const built = new Map<string, Pack>();
  const packOf = (language: string): Pack | undefined => {
    let pack = built.get(language);
    if (!pack) {
      const lex = knowledge.lexicons.get(language);
      if (!lex) return undefined;
      built.set(language, (pack = makePack(lex)));
    }
    return pack;
  };
  const packs = { get: packOf };
  // The notice's language too is built on first use: start-up pays for no reader and no classifier.
  const home = (): Pack => packOf(lexicon.language)!;
  // The languages a message may be read in: those with examples to learn from, the notice's first.
  const supported = [lexicon.language, ...[...knowledge.lexicons.values()].filter((l) => Object.keys(l.examples).length && l.language !== lexicon.language).map((l) => l.language)];
  const switches = switchPhrases(knowledge.lexicons.values());
  // Greek or Bulgarian typed in Latin letters: each such language's reader, from its romanisation data and its own words.
  const romanised = [...knowledge.lexicons.values()]
    .filter((l) => Object.keys(l.words.romanisation.letters).length)
    .map((l) => createRomanisedReader(l.language, l.words.romanisation, () => [...l.words.stopwords, ...l.stopwords, ...Object.values(l.examples).flat()]));
  let latinWords: Set<string>[] | undefined;
  // Each language's own words, for telling short messages apart: built for a language the first time it is asked.
  const vocabularies = new Map<string, Set<string>>();
  const frequencyTables = new Map<string, WordFrequencies>();
  // How often the language's own texts use each word (../i18n/detect-words.ts); its vocabulary is the words of it.
  const frequencies = (language: string): WordFrequencies => {
    let f = frequencyTables.get(language);
    if (!f) {
      const l = knowledge.lexicons.get(language);
      // One text of all of them, normalised at once (a line break splits words as their own edges do): a language's
      // words cost one pass, not one per example, and every language's are built for a message's first reading.
      f = wordFrequencies(l ? [...l.words.stopwords, ...l.stopwords, ...Object.values(l.examples).flat()] : [], normalizeForMatch);
      frequencyTables.set(language, f);
    }
    return f;
  };
  const vocabulary = (language: string): Set<string> => {
    let v = vocabularies.get(language);
    if (!v) vocabularies.set(language, (v = new Set(frequencies(language).folded.keys())));
    return v;
  };
  const latinShare = (normalised: string): number => {
    latinWords ??= [...knowledge.lexicons.values()].filter((l) => !Object.keys(l.words.romanisation.letters).length).map((l) => new Set([...l.words.stopwords, ...l.stopwords].map(normalizeForMatch)));
    // A word joined to its article by a hyphen ("fil-lista", "tal-pajjiżi") counts as its parts, as function words are listed.
    const ws = words(normalised).flatMap((w) => w.split("-")).filter((w) => w && !/\p{N}/u.test(w));
    return ws.length ? Math.max(0, ...latinWords.map((set) => ws.filter((w) => set.has(w)).length / ws.length)) : 0;
  };

  /** The clauses of a message, by the lexicon's clause breaks; a one-word piece is no clause of its own. */
  const clauseBreaks = new Map<string, RegExp>();
  const clausesOf = (pack: Pack, text: string): string[] => {
    let re = clauseBreaks.get(pack.language);
    if (!re) clauseBreaks.set(pack.language, (re = new RegExp(pack.lexicon.routing.clauseBreak, "iu")));
    return splitWith(re, text).map((c) => c.trim()).filter((c) => c.split(" ").length >= 2);
  };

  const residences = new Map<string, RegExp>();
  const residenceWords = (pack: Pack): RegExp => {
    let re = residences.get(pack.language);
    if (!re) residences.set(pack.language, (re = phraseRegExp(pack.lexicon.words.residence.map(normalizeForMatch), "iu") ?? /(?!)/));
    return re;
  };
  /** A piece of a message holds a word that is not one of its language's stop words. */
  const hasContentWord = (pack: Pack, piece: string): boolean => {
    const stop = stopSetOf(pack.lexicon);
    return piece.split(/[^\p{L}\p{N}'-]+/u).some((w) => w && !stop.has(w));
  };
  const joins = new Map<string, RegExp | undefined>();
  const requestsOf = (pack: Pack, text: string): string[] => {
    if (!joins.has(pack.language)) joins.set(pack.language, phraseRegExp(pack.lexicon.words.and, "giu"));
    return splitRequests(clausesOf(pack, text), joins.get(pack.language));
  };

  /** The labels of a message: the whole's, with its clauses' votes where the whole is unsure (./classify.ts). */
  const classify = (pack: Pack, classifier: Classifier, text: string): Ranked[] => classifyMessage(classifier, text, () => clausesOf(pack, text), pack.lexicon.routing);

  // At an event the same questions come again and again: a message is read once per language (it depends on
  // its words and on whether a check is under way, nothing else), and the reading is never changed afterwards.
  type Reading = { u: Understanding; labels: Ranked[] };
  const understood = new Map<string, Reading>();
  const readIn = (pack: Pack, text: string, checking: boolean): Reading => {
    const make = (): Reading => {
      const u = pack.reader.read(text, { checking });
      // The classifier reads the words as typed (normalised, not spell-mended): it matches loosely on its own.
      return { u, labels: pack.classifier && !u.empty ? classify(pack, pack.classifier, normalizeForMatch(u.original)) : [] };
    };
    if (text.length > MAX_QUESTION_LENGTH) return make();
    const key = `${pack.language}${checking ? 1 : 0}${text}`;
    let r = understood.get(key);
    if (!r) {
      r = make();
      if (understood.size >= 5000) understood.delete(understood.keys().next().value!);
      understood.set(key, r);
    }
    return r;
  };
  const citations = new Map<string, Citation>();
  const cite = (quote: string): Citation => {
    let c = citations.get(quote);
    if (!c) citations.set(quote, (c = citeIn(notice, quote)));
    return c;
  };
  const findCountry = createCountryFinder(knowledge.reference);
  const findLanguage = createLanguageFinder(knowledge.reference);

  const context = (pack: Pack, u: Understanding, session: Session, now: DateTime, zone: string | undefined): Context => ({
    notice,
    // A notice with windows or rolling cut-offs: the closing date in force at `now` (src/time/deadline.ts).
    facts: factsAt(facts, now),
    reference: pack.reference,
    lexicon: pack.lexicon,
    u,
    session,
    now,
    ...(zone ? { zone } : {}),
    search: index,
    remnants,
    cite,
    language: pack.language,
    t: pack.catalogue.t,
    speaker: pack.speaker,
    names: pack.names,
  });

  const shape = (pack: Pack, intent: string, reply: Reply, u: Understanding | undefined, extra: Partial<Answer> = {}): Answer => {
    const parts = [...reply.parts];
    if (u?.truncated) parts.push(pack.catalogue.t(u.closingQuestion ? "engine.truncatedQuestion" : "engine.truncated", { max: MAX_QUESTION_LENGTH }));
    const unique = [...new Map(reply.citations.map((c) => [c.quote, c])).values()];
    return {
      intent,
      parts,
      citations: unique,
      ...(reply.verdict ? { verdict: reply.verdict } : {}),
      ...(reply.criteria ? { criteria: reply.criteria } : {}),
      followUps: reply.followUps ?? pack.lexicon.followUps[intent] ?? [],
      ...(reply.gap ? { gap: reply.gap } : {}),
      ...(u?.truncated ? { truncated: true } : {}),
      noticeId: notice.id,
      language: pack.language,
      ...extra,
    };
  };

  const scoresOf = (pack: Pack, u: Understanding, labels: Ranked[]): Map<string, number> => scoresOfIntents(u.scores, labels, pack.lexicon.routing);

  // A clause's ranking, remembered like a message's reading.
  const clauseRanks = new Map<string, Ranked[]>();
  const rankClause = (pack: Pack, clause: string): Ranked[] => {
    const key = `${pack.language}${clause}`;
    let r = clauseRanks.get(key);
    if (!r) {
      r = pack.classifier!.rank(clause, 3);
      if (clauseRanks.size >= 5000) clauseRanks.delete(clauseRanks.keys().next().value!);
      clauseRanks.set(key, r);
    }
    return r;
  };

  /**
   * The asking sentence's likeliest label. One that opens with a question word ("Wie kann ich mich bewerben?",
   * "Hogyan jelentkezhetek?") asks how, where or when, which no yes/no check answers: the check's votes (drawn by
   * "can I apply" inside it) are set aside and the rest shared out again.
   */
  const openAsked = (pack: Pack, asking: string): Ranked | undefined => {
    const ranked = askedFirst(pack, asking);
    const check = ranked.find((r) => r.label === CHECK_LABEL);
    if (!check || !questionWordOpens(pack.lexicon, asking) || yesNoOpens(pack.lexicon, asking) || check.confidence >= 1) return ranked[0];
    const rest = ranked.find((r) => r !== check);
    return rest && { ...rest, confidence: rest.confidence / (1 - check.confidence) };
  };

  /**
   * The asking part's reading: the whole's where it is sure enough; else, where it asks several things ("…what's the
   * deadline exactly because …, and also can I send the documents …?"), its first request that reads surely on its
   * own, in the order asked: the votes of two requests split over two subjects make neither sure.
   */
  const askedFirst = (pack: Pack, asking: string): Ranked[] => {
    const ranked = rankClause(pack, asking);
    const sure = pack.lexicon.routing.questionBesideFacts;
    if (!askingUnsure(pack, asking)) return ranked;
    const requests = askingRequests(pack, asking);
    if (requests.length < 2) return ranked;
    for (const request of requests) {
      // A request's votes may spread over its intent's topics ("deadline.mine", "deadline.extension"): their sum counts.
      const own = rankClause(pack, request);
      const shares = new Map<string, number>();
      for (const r of own) {
        const intent = intentOfLabel(pack.lexicon.routing.intentOf, r.label) ?? r.label;
        shares.set(intent, (shares.get(intent) ?? 0) + r.confidence);
      }
      const [intent, share] = [...shares].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
      const best = own.find((r) => (intentOfLabel(pack.lexicon.routing.intentOf, r.label) ?? r.label) === intent);
      if (best && share >= sure) return [{ ...best, confidence: share }, ...own.filter((r) => r !== best)];
    }
    return ranked;
  };
  /** Whether the asking part as a whole reads below the confidence a question beside facts needs. */
  const askingUnsure = (pack: Pack, asking: string): boolean => (rankClause(pack, asking)[0]?.confidence ?? 0) < pack.lexicon.routing.questionBesideFacts;
  /** The requests of an asking part that open as questions, with a question word or a yes/no opener ("i want to make sure" asks nothing). */
  const askingRequests = (pack: Pack, asking: string): string[] => requestsOf(pack, asking).filter((r) => questionWordOpens(pack.lexicon, r) || yesNoOpens(pack.lexicon, r));

  /**
   * The other requests of a message, up to three: each clause ("…, how long is the contract and is there
   * probation?") classified on its own, and an intent the patterns find strong beside the first, unless the
   * classifier is sure the message is one question. A clause asking the first intent about another topic is
   * a request of its own too; the caller keeps a request only when its answer adds a passage.
   */
  const moreQuestions = (pack: Pack, u: Understanding, labels: Ranked[], scores: Map<string, number>, first: string, given?: string[]): { intent: string; labels: Ranked[]; clause?: string; at?: number }[] & { firstAt?: number; firstClause?: string; firstLabels?: Ranked[]; loose?: boolean } => {
    if (!BY_CLAUSE.has(first) || !pack.classifier) return [];
    const routing = pack.lexicon.routing;
    const found: { intent: string; labels: Ranked[]; clause?: string; label?: string; at?: number }[] & { firstAt?: number; firstClause?: string; firstLabels?: Ranked[]; loose?: boolean } = [];
    let clauses = given ?? requestsOf(pack, u.text);
    // "deadline and salary?": in a message this short, each side of an "and" may be a request of one word.
    let loose = false;
    // So may a list of subjects whatever its length ("deadline, grade, contract length and probation?"): three
    // pieces or more, each of a few words, parted by commas, signs or the language's "and".
    if (clauses.length <= 1) {
      // Read as typed, like the whole message: a word of one or two is no context for the speller ("salaire" is no "salarié").
      const pieces = listRequests(clausesOf(pack, normalizeForMatch(u.original)), joins.get(pack.language), requestWords(u.text));
      // "Quanto è lo stipendio?" folds "è" (is) into "e" (and): a side of function words alone ("quanto") beside one
      // with a subject opens that side's question; "Wann und wo?", all question words, stays two.
      const content = pieces ? pieces.filter((p) => hasContentWord(pack, p)).length : 0;
      if (pieces && (content === pieces.length || content === 0)) [clauses, loose] = [pieces, true];
    }
    const firstLabel = labels[0]?.label;
    if (clauses.length > 1)
      for (const [at, clause] of clauses.entries()) {
        const ranked = rankClause(pack, clause);
        const best = ranked[0];
        let intent = best && intentOfLabel(routing.intentOf, best.label);
        // "can non-EU people apply?" beside another question asks what the notice requires, not for a check.
        if (intent === "eligibility" && best!.label !== "eligibility.check") intent = "criteria";
        // A one-word side ("deadline") spreads the classifier's votes over its intent's topics: their sum counts.
        const share = loose && intent ? ranked.filter((r) => intentOfLabel(routing.intentOf, r.label) === intentOfLabel(routing.intentOf, best!.label)).reduce((a, r) => a + r.confidence, 0) : 0;
        const clear = best && (best.confidence >= routing.clauseConfidence || share >= routing.clauseConfidence);
        if (!best || !intent || !clear || !BY_CLAUSE.has(intent)) continue;
        // "…in total, with the extension?": a clause asking nothing of its own (no question word, no yes/no opening) that
        // reads as the first intent nearly as well as another ("the extension" of the deadline or of the contract) is
        // the first request's, not a request of its own.
        if (intent !== first && !questionWordOpens(pack.lexicon, clause) && !yesNoOpens(pack.lexicon, clause) && ranked.some((r) => r !== best && intentOfLabel(routing.intentOf, r.label) === first && r.confidence >= best.confidence * routing.clauseOwnShare)) continue;
        // Where the first answer's own clause stands, so that the answers come in the order asked.
        // The clause whose own label is the message's ("contract length + probation?" read as probation) is that
        // place before a clause of the same intent on another topic.
        if (intent === first && (found.firstAt === undefined || (best.label === firstLabel && !found.firstLabels))) [found.firstAt, found.firstClause] = [at, clause];
        if (intent === first && best.label === firstLabel && !found.firstLabels) found.firstLabels = ranked;
        // Names joined by "and" ("English and German") are one request: a side adds one only on another subject.
        // A side on another topic of the same intent ("contract length + probation?") is a request of its own when
        // its own label is clear.
        if (loose && intent === first && (best.label === firstLabel || best.confidence < routing.clauseConfidence)) continue;
        if ((intent === first && best.label === firstLabel) || found.some((f) => f.label === best.label)) continue;
        found.push({ intent, labels: ranked, clause, label: best.label, at });
      }
    // Two pieces of one intent whose readings overlap (one's label among the other's likeliest: "il contratto e a
    // tempo indeterminato", where "è" typed without its accent reads as "and") are one request, not two.
    if (loose && found.firstClause !== undefined) {
      const firstRanked = rankClause(pack, found.firstClause);
      for (let i = found.length - 1; i >= 0; i--) {
        const f = found[i]!;
        if (f.intent === first && f.clause && f.clause !== found.firstClause && (firstRanked.some((r) => r.label === f.label) || f.labels.some((r) => r.label === firstRanked[0]?.label))) found.splice(i, 1);
      }
    }
    const byPatterns = COMBINABLE.has(first) ? secondIntent(scores, first, u.scores, routing) : undefined;
    const sure = labels[0] && labels[0].confidence >= routing.oneQuestionConfidence && intentOfLabel(routing.intentOf, labels[0].label) === first;
    const backed = labels.some((l) => intentOfLabel(routing.intentOf, l.label) === byPatterns && l.confidence >= routing.secondBacked);
    if (byPatterns && !found.some((f) => f.intent === byPatterns) && (!sure || backed)) found.push({ intent: byPatterns, labels });
    const out: typeof found = found.slice(0, routing.maxRequests - 1);
    if (loose) out.loose = true;
    if (found.firstAt !== undefined) [out.firstAt, out.firstClause] = [found.firstAt, found.firstClause];
    if (found.firstLabels) out.firstLabels = found.firstLabels;
    return out;
  };

  /** The reading of a message, with what the classifier adds: the topic asked and an uncovered subject it knows. */
  const enrich = (pack: Pack, u: Understanding, labels: Ranked[], intent: string, withBeside = false): Understanding => {
    const routing = pack.lexicon.routing;
    const topics = new Set(u.topics);
    // The topics of other intents the message also touches: what the answer's first word must not contradict.
    const beside = withBeside ? new Set([...u.topics, ...labels.filter((l) => l.confidence >= routing.besideTopic).map((l) => l.label)].filter((l) => intentOfLabel(routing.intentOf, l) !== intent)) : undefined;
    for (const l of labels.slice(0, 2)) {
      if (l !== labels[0] && l.confidence < routing.secondTopicConfidence) continue;
      if (intentOfLabel(routing.intentOf, l.label) !== intent && !(intent === "criteria" && l.label.startsWith("eligibility."))) continue;
      topics.add(l.label);
      for (const alias of routing.aliases[l.label] ?? []) topics.add(alias);
    }
    let uncoveredTopic = u.uncovered;
    const top = labels[0];
    const subjectLabel = top ? (routing.intentOf[top.label] ?? top.label) : "";
    if (!uncoveredTopic && top && subjectLabel.startsWith(UNCOVERED) && top.confidence >= routing.uncoveredConfidence) {
      const id = subjectLabel.slice(UNCOVERED.length);
      const known = subjects.find((x) => x.id === id);
      const own = pack.language !== "en" ? pack.lexicon.messages[`subject.uncovered.${id}`] : undefined;
      uncoveredTopic = { id, subject: own ?? known?.subject ?? pack.catalogue.t(`subject.uncovered.${id}`), ...(known?.cite ? { cite: known.cite } : {}) };
    }
    return topics.size === u.topics.size && uncoveredTopic === u.uncovered && !beside?.size ? u : { ...u, topics, ...(uncoveredTopic ? { uncovered: uncoveredTopic } : {}), ...(beside?.size ? { beside } : {}) };
  };

  let summaryOnce: NoticeSummary | undefined;
  const buildSummary = (): NoticeSummary => summarize(notice, lexicon.commonQuestions, cite);

  const fallback = (pack: Pack): Answer => shape(pack, "help", { parts: [pack.catalogue.t("engine.fault")], citations: [] }, undefined);

  /**
   * The follow-ups worth offering: those whose answer would add a passage this one has not shown
   * ("Can it be extended?" is not offered under an answer that already says it can, once).
   */
  // What a follow-up's answer quotes depends on the facts, its language and the answer it follows, nothing of the
  // user's: read once per follow-up on a conversation that holds only those, never on this user's session.
  const probed = new Map<string, string[]>();
  const quotesOf = (followUp: string, language: string, after: string, now: DateTime): string[] => {
    const key = `${language}|${after}|${followUp}`;
    let quotes = probed.get(key);
    if (!quotes) {
      quotes = respond(followUp, { profile: {}, language, lastIntent: after }, now, undefined, undefined, true).answer.citations.map((c) => c.quote);
      probed.set(key, quotes);
    }
    return quotes;
  };
  const fresh = (followUps: string[], shown: Citation[], language: string, after: string, now: DateTime): string[] => {
    const seen = new Set(shown.map((c) => c.quote));
    if (!seen.size) return followUps;
    return followUps.filter((f) => {
      const quotes = quotesOf(f, language, after, now);
      return !quotes.length || quotes.some((q) => !seen.has(q));
    });
  };

  const respond = (text: string, given: Session, now: DateTime, zone: string | undefined, locale: string | undefined, probing: boolean): Turn => {
      let pack = home();
      let answering = "understanding";
      // The turn's own session: what this message changes is written here, never into the one given.
      const session = structuredClone(given);
      try {
        const cleaned = boundForReading(cleanInput(text).text);
        const choice = chooseLanguage(cleaned, normalizeForMatch(cleaned), { supported, ...(session.language ? { current: session.language } : {}), ...(locale ? { locale } : {}), switches, romanised, latinShare, vocabulary, frequencies, fold: normalizeForMatch });
        pack = packs.get(choice.language) ?? home();
        session.language = pack.language;
        const checking = Boolean(session.checking);
        const { u: read, labels } = readIn(pack, choice.text ?? text, checking);
        const scores = scoresOf(pack, read, labels);
        let top: { intent: string; score: number } | undefined;
        let second: { intent: string; score: number } | undefined;
        for (const [intent, score] of scores) {
          if (SMALL_TALK.has(intent)) continue;
          if (!top || score > top.score) {
            second = top;
            top = { intent, score };
          } else if (!second || score > second.score) second = { intent, score };
        }
        const first = labels[0];
        const withLabel = enrich(pack, read, labels, first ? intentOfLabel(pack.lexicon.routing.intentOf, first.label) ?? "" : "");
        const passage = () => {
          const [best] = pack.language === facts.language ? index.search(read.text, 1) : [];
          return best ? { coverage: best.coverage, score: best.score } : undefined;
        };
        // "I'm an official. How do I apply?", "Je suis fonctionnaire, comment je postule ?": the asking sentence, or a
        // clause opening with a question word, read alone beside the facts stated (route.ts "question-beside-facts").
        const asking = pack.classifier && !checking ? askingPart(normalizeForMatch(read.original), openersOf(pack.lexicon)) : undefined;
        const asked = asking ? openAsked(pack, asking) : undefined;
        const readings = new Map<string, boolean>();
        const once = (key: string, reader: () => boolean): boolean => {
          let v = readings.get(key);
          if (v === undefined) readings.set(key, (v = reader()));
          return v;
        };
        const signals: Signals = {
          u: withLabel,
          session,
          score: (i) => scores.get(i) ?? 0,
          ...(top ? { top } : {}),
          ...(second ? { second } : {}),
          ...(first ? { label: { label: first.label, confidence: first.confidence } } : {}),
          ...(asked ? { question: { label: asked.label, confidence: asked.confidence } } : {}),
          ...(asking && yesNoOpens(pack.lexicon, asking) ? { questionYesNo: true } : {}),
          checkShare: labels.filter((l) => intentOfLabel(pack.lexicon.routing.intentOf, l.label) === "eligibility").reduce((a, l) => a + l.confidence, 0),
          // The readers below run when a rule first asks for their result (most messages are routed before), once.
          get firstPerson() {
            return once("firstPerson", () => pack.firstPerson.some((re) => re.test(withLabel.text)) || withLabel.statesFacts);
          },
          get corrects() {
            return once("corrects", () => Object.keys(correctedFigures(pack.lexicon, read.original, session.profile)).length > 0 || Boolean(read.profile.nationalitiesDenied?.some((c) => session.profile.nationalities?.includes(c))));
          },
          get followUp() {
            return once("followUp", () => pack.followUp.some((re) => re.test(withLabel.text)));
          },
          get refersBack() {
            return once("refersBack", () => pack.refersBack.some((re) => re.test(withLabel.text)));
          },
          get backToMe() {
            return once("backToMe", () => pack.backToMe.some((re) => re.test(withLabel.text)));
          },
          patternScore: (i) => read.scores.get(i) ?? 0,
          levelsSet,
          get asksWhy() {
            return once("asksWhy", () => asksOnlyWhy(pack.lexicon, read.original));
          },
          get otherVacancy() {
            return once("otherVacancy", () => namesOtherVacancy(pack.lexicon, facts, read.original, noticeWords));
          },
          get stillAsked() {
            return once("stillAsked", () => labels.some((l) => l.label === "deadline.still" && l.confidence >= pack.lexicon.routing.stillConfidence) && saysStill(pack.lexicon, read.original));
          },
          get ordinal() {
            return once("ordinal", () => hasList(facts, session.lastIntent) && ordinalAsked(pack.lexicon, read.original) !== undefined);
          },
          passage,
          get besidePlace() {
            const rest = withLabel.jobPlaceRest;
            // Nothing else asked where the rest holds fewer words than a request ("stanowisko jest w Polsce, prawda?").
            if (!rest || !pack.classifier || rest.split(" ").filter((w) => /\p{L}/u.test(w)).length < MIN_REST_WORDS) return undefined;
            // The votes of each intent's topics together ("kdy je uzaverka …?" spreads them over the deadline's), half
            // from the whole message and half from the rest read alone: neither reading of a few words is sure alone.
            const shares = new Map<string, number>();
            for (const r of [...labels, ...rankClause(pack, rest)]) {
              const intent = intentOfLabel(pack.lexicon.routing.intentOf, r.label) ?? r.label;
              shares.set(intent, (shares.get(intent) ?? 0) + r.confidence / 2);
            }
            const [best] = [...shares].sort((a, b) => b[1] - a[1]);
            return best ? { intent: best[0], share: best[1] } : undefined;
          },
          residenceNamed: residenceWords(pack).test(withLabel.text),
          routing: pack.lexicon.routing,
        };
        let { intent, rule } = route(signals);
        if (!intents[intent]) intent = "search";
        // "And what if it had been paid?" right after a check: the check again on the facts as supposed, never kept.
        const whatIf = session.lastIntent === "eligibility" && read.hypothetical ? supposed(facts.eligibility.criteria, read.text, pack.lexicon.words, session.profile) : undefined;
        if (whatIf) {
          intent = "eligibility";
          rule = "what-if";
        }
        // Answering the asking sentence beside the facts: its own labels give the topic asked.
        // "Why not?": the question the last answer answered, read again, so that its rule is given with its reasons.
        const again = rule === WHY_RULE && session.recent?.length ? readIn(pack, session.recent.at(-1)!, checking) : undefined;
        // Facts stated beside several questions ("… I work at MITA. What's the deadline …, and can I send …?"): the
        // requests are the asking part's questions, not the statements, where the asking part is unsure as a whole.
        const askedRequests = rule === "question-beside-facts" && asking && askingUnsure(pack, asking) ? askingRequests(pack, asking) : [];
        const more: ReturnType<typeof moreQuestions> =
          rule === ORDINAL_RULE || rule === WHY_RULE || rule === STORY_RULE ? [] : askedRequests.length > 1 ? moreQuestions(pack, read, askedFirst(pack, asking!), scores, intent, askedRequests) : moreQuestions(pack, read, labels, scores, intent);
        // "wie lange ist der Vertrag und gibt es eine Probezeit?": where another clause asks the same intent about
        // another topic, the first answer is its own clause's, not the whole message's topics (each asked once).
        // A clause that asks no topic of its own ("e o período experimental, dura quanto tempo?") leaves the whole's topics.
        const sameIntent = more.filter((m) => m.intent === intent && m.clause);
        const ownLabels = more.firstLabels && sameIntent.length && !sameIntent.some((m) => more.firstLabels!.some((l) => l.label === m.labels[0]?.label)) ? more.firstLabels : undefined;
        // The subjects asked are then the first clause's as well: "Probezeit" in the other clause is asked there.
        const firstClause = sameIntent.length ? more.firstClause : undefined;
        const clauseTopics = firstClause ? readIn(pack, firstClause, checking).u.topics : undefined;
        // A piece of a list ("contract length + probation?") asks its own topics only, those its labels give too.
        // Its words are the request's too: the topics the other pieces name are theirs to answer.
        const own = firstClause && more.loose ? { ...read, text: firstClause, topics: clauseTopics ?? new Set<string>() } : clauseTopics?.size ? { ...read, topics: clauseTopics } : read;
        // The asking sentence's labels where it chose the intent; where the whole message read more surely, the whole's;
        // where the asking sentence is itself several clauses of the intent ("…, cuánto dura el contrato y hay periodo de
        // prueba?"), the first clause's own.
        const byAsking = (rule === "question-beside-facts" || rule === STORY_RULE) && asking && asked && intentOfLabel(pack.lexicon.routing.intentOf, asked.label)?.split(".")[0] === intent;
        let u = enrich(pack, again?.u ?? own, byAsking && !ownLabels ? rankClause(pack, asking) : (again?.labels ?? ownLabels ?? labels), intent, true);
        if (rule === "residence-asked") u = { ...u, topics: new Set([...u.topics, "eligibility.residence"]) };
        // "Kann ich mich noch bewerben?": the still-word is the topic asked, whatever the classifier's share for it.
        if (rule === "still-open") u = { ...u, topics: new Set([...u.topics, "deadline.still"]) };
        // "What about Norwegians?", "still possible for a Norwegian?": the country named is the nationality asked about.
        if ((rule === "follow-up-country" || rule === "still-with-condition") && u.countries.length && !u.asked.nationalities?.length && !u.profile.nationalities?.length)
          u = { ...u, hypothetical: true, asked: { ...u.asked, nationalities: u.countries.map((c) => c.code) }, topics: new Set([...u.topics, "eligibility.citizenship"]) };
        // "is there a probation? | how long?": an aspect asked alone is asked of the last answer's own subject.
        if (FOLLOW_RULES.has(rule) && session.lastIntent === intent && session.lastTopics?.length && asksOnlyAspect(pack.lexicon, read.original))
          u = { ...u, topics: new Set([...[...u.topics].filter((t) => !t.startsWith(`${intent}.`)), ...session.lastTopics]) };
        answering = intent;
        const ctx = whatIf ? context(pack, u, { ...session, profile: whatIf }, now, zone) : context(pack, u, session, now, zone);
        // A subject the classifier took for one the notice leaves open may be one this notice does cover.
        if (intent === "uncovered" && !read.uncovered && closestPassage(ctx)?.coverage === 1) intent = "search";
        let reply = (rule === ORDINAL_RULE ? ordinalReply(ctx, intent) : undefined) ?? intents[intent]!(ctx);
        // "How many days of telework?": the passage on the subject, and that it gives no figure, where it gives none.
        if (!NO_DETAIL.has(intent) && !reply.gap && reply.citations.length && pack.figures.asksFigure(read.text) && !pack.figures.hasFigure(reply.parts.join(" ")))
          reply = { ...reply, parts: [...reply.parts, pack.catalogue.t("engine.detailMissing")] };
        // Open world: the topics the question also names, from their passages; a date of another job's, said so.
        // The topics another request of the message names (not the first's own clause) are answered in their place, in order.
        const topicsOf = (clause: string) => askedTopics({ ...ctx, u: { ...ctx.u, text: clause } });
        const ownAsked = new Set(more.firstClause ? topicsOf(more.firstClause) : []);
        const elsewhere = new Set(more.flatMap((m) => (m.clause && m.clause !== more.firstClause ? topicsOf(m.clause) : [])).filter((t) => !ownAsked.has(t)));
        reply = withClosePassage(ctx, intent, withStatusPassages(ctx, intent, withAskedTopics(ctx, intent, reply, elsewhere)));
        const otherJob = otherJobNote(ctx, remnants);
        if (otherJob) {
          // Taken for a subject the notice leaves open, the message is about that date: this notice's own deadline answers it.
          const base = intent === "uncovered" && ctx.facts.deadline ? intents.deadline!(ctx) : reply;
          reply = { ...base, parts: [otherJob.part, ...base.parts], citations: [otherJob.citation, ...base.citations] };
        }
        // The answers in the order asked: the first one where its own clause stands (first when no clause is its own).
        const pieces: { at: number; parts: string[] }[] = [{ at: more.firstAt ?? -1, parts: reply.parts }];
        for (const { intent: also, labels: clauseLabels, clause, at } of more) {
          // Several questions in one message ("What does it pay and where is it?"): each answered, in order; a
          // clause is read on its own, and its answer kept only when it adds a passage not quoted yet.
          const own = clause ? readIn(pack, clause, checking).u : read;
          // "Brussels is UTC+1, so …": a clause stating the clock is part of the deadline's answer, not a question of its own.
          if (rule === "clock" && own.clock) continue;
          const next = intents[also]!(context(pack, enrich(pack, { ...own, profile: read.profile, asked: read.asked, ...(clause ? {} : { alongside: true }) }, clauseLabels, also), session, now, zone));
          const shown = new Set(reply.citations.map((c) => c.quote));
          if (next.citations.length && next.citations.every((c) => shown.has(c.quote))) continue;
          const said = new Set(pieces.flatMap((p) => p.parts));
          pieces.push({ at: at ?? Number.MAX_SAFE_INTEGER, parts: next.parts.filter((p) => !said.has(p)) });
          reply = { ...reply, citations: [...reply.citations, ...next.citations] };
        }
        if (pieces.length > 1) reply = { ...reply, parts: pieces.sort((a, b) => a.at - b.at).flatMap((p) => p.parts) };
        const also = more[0]?.intent;
        // Torn between two intents: the likeliest answered, the other offered.
        const torn = (rule === "confident" || rule === "likeliest") && top && second && !also && second.score >= top.score * pack.lexicon.routing.offerShare && second.intent !== intent;
        const offer = torn && pack.catalogue.has(`choice.${second!.intent}`) ? [pack.catalogue.t(`choice.${second!.intent}`)] : [];
        // Facts stated beside another question are the user's all the same: kept for a later check.
        if (intent !== "eligibility" && !u.hypothetical && u.statesFacts && !probing) mergeProfile(session.profile, u.profile);
        session.lastIntent = intent;
        const ownTopics = [...u.topics].filter((t) => t.startsWith(`${intent}.`));
        if (ownTopics.length) session.lastTopics = ownTopics;
        else delete session.lastTopics;
        // How sure: the classifier's share of votes for the intent that answered (all its topics together).
        const share = labels.filter((l) => intentOfLabel(pack.lexicon.routing.intentOf, l.label) === (intent === "criteria" ? "eligibility" : intent)).reduce((a, l) => a + l.confidence, 0);
        const confidence = labels.length ? Math.round(Math.min(1, share) * 100) / 100 : undefined;
        const suggested = reply.followUps ?? pack.lexicon.followUps[intent] ?? [];
        const followUps = [...offer, ...(probing ? suggested : fresh(suggested, reply.citations, pack.language, intent, now))].slice(0, 3);
        const answer = shape(pack, intent, { ...reply, followUps }, u, {
          ...(confidence !== undefined ? { confidence } : {}),
          ...(offer.length ? { alternatives: [second!.intent] } : {}),
          rule,
        });
        return { answer, session };
      } catch (error) {
        // The engine must answer every message; a fault here is ours, not the user's: said to whoever runs the bot.
        // The conversation stays where it was.
        onFault({ intent: answering, error });
        return { answer: fallback(pack), session: given };
      }
  };

  return {
    answer: (text, session, now, zone, locale) => respond(text, session, now, zone, locale, false),

    assessForm(form, session, now, zone) {
      const profile: Profile = {};
      const codes = (form.nationalities ?? []).map((n) => findCountry(n)?.code).filter((c): c is string => Boolean(c));
      if (codes.length) profile.nationalities = [...new Set(codes)];
      if (typeof form.studyYears === "number" && Number.isFinite(form.studyYears) && form.studyYears >= 0) profile.studyYears = Math.floor(form.studyYears);
      if (form.diplomaOutsideEu !== undefined) profile.diplomaOutsideEu = form.diplomaOutsideEu;
      if (form.diplomaRecognised !== undefined) profile.diplomaRecognised = form.diplomaRecognised;
      const langs: Record<string, CefrLevel> = {};
      for (const l of form.languages ?? []) {
        const name = findLanguage(String(l.language ?? ""))?.name;
        const level = levelOf(formLexicon, String(l.level ?? ""));
        if (name && level) langs[name] = level;
      }
      if (Object.keys(langs).length) {
        profile.languages = langs;
        profile.languagesComplete = true;
      }
      // The fields the eligibility registry adds: a level of education, experience, age, statuses.
      Object.assign(profile, formFacts(form, facts.eligibility.criteria));
      const next: Session = { ...structuredClone(session), profile };
      const pack = packs.get(next.language ?? "") ?? home();
      const u = pack.reader.read("");
      const reply = verdictReply(context(pack, u, next, now, zone));
      next.checking = reply.verdict === "incomplete";
      next.lastIntent = "eligibility";
      return { answer: shape(pack, "eligibility", reply, undefined), session: next };
    },

    formOptions: () => ({
      memberStates: knowledge.reference.countries.memberStates.map((c) => ({ code: c.code, name: c.name })),
      otherCountries: knowledge.reference.countries.otherCountries.map((c) => ({ code: c.code, name: c.name })),
      languages: [
        ...knowledge.reference.languages.official.map((l) => ({ name: l.name, official: true })),
        ...knowledge.reference.languages.other.map((l) => ({ name: l.name, official: false })),
      ],
      levels: knowledge.reference.cefr.levels.map((l) => l.level),
      criteria: facts.eligibility.criteria,
    }),

    // The summary depends on the facts alone: built on first use, then the same value every time.
    summary: () => (summaryOnce ??= buildSummary()),
  };
}
