// Which language a message is in: the eld detector (n-grams, measured the most accurate of eld, tinyld and
// franc on short chat messages: scripts/detect-bench.mjs), narrowed to the languages the bot has a lexicon
// for, with the conversation's language and the channel's locale as priors. eld knows 22 of the 24 official
// languages (not Irish or Maltese): where eld is not reliable, Google's CLD3 (cld3-asm, WebAssembly, ~100
// languages) gives the second opinion, narrowed the same way. eld and CLD3 live here only.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LanguageIdentifier } from "cld3-asm";
import { voteOfWords, type WordFrequencies } from "./detect-words.js";
import type { RomanisedReader } from "./romanised.js";

type Eld = { detect(text: string): { getScores(): Record<string, number>; isReliable(): boolean } };

// Both detectors are loaded on first use, not at import: eld's n-gram table is a megabyte of JavaScript and CLD3
// WebAssembly, together the largest part of a start-up. The edges await `whenDetectorReady()` (the server after it
// listens, before its first answer; the CLI before its first question); until CLD3 is loaded eld decides alone.
let eld: Eld | undefined;
let cld3: LanguageIdentifier | undefined;
let loading: Promise<void> | undefined;

export type DetectorOptions = {
  /**
   * A folder to keep eld's n-gram table in as JSON (the CLI and the server pass the user's cache folder): read back
   * with JSON.parse it loads several times faster than the megabyte of JavaScript it comes as, the largest part of
   * a CLI run's start-up. Default none: the table is read from eld's own module.
   */
  cacheDir?: string;
};

/** Loads both detectors (once); resolves when they are loaded (CLD3 failing to load leaves eld to decide alone). */
export function whenDetectorReady(options: DetectorOptions = {}): Promise<void> {
  loading ??= Promise.all([
    (options.cacheDir ? Promise.resolve().then(() => eldFromCache(options.cacheDir!)) : Promise.resolve(undefined))
      .catch(() => undefined)
      .then(async (cached) => {
        eld ??= cached ?? ((await import("eld/extrasmall")).eld as Eld);
      }),
    import("cld3-asm")
      .then((m) => m.loadModule())
      .then((factory) => {
        cld3 = factory.create(0, 512);
      })
      .catch(() => undefined),
  ]).then(() => undefined);
  return loading;
}

type EldData = { type: string; languages: Record<string, string>; ngrams: Record<string, Record<string, number>> };
type EldInternals = { createEld(): { instance: Eld; loadData(data: EldData): string } };

/**
 * eld's extra-small detector built from a JSON copy of its n-gram table kept in `dir`, the copy written from eld's
 * own module the first time (keyed by eld's version, so another version writes another copy). The same table and
 * the same code: the scores are eld's own. Undefined when eld's files are not where version 2 keeps them.
 */
export function eldFromCache(dir: string): Eld | undefined {
  const require = createRequire(import.meta.url);
  const entry = fileURLToPath(import.meta.resolve("eld/extrasmall"));
  const root = join(dirname(entry), "..");
  const version = (JSON.parse(readFileSync(join(root, "..", "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
  const { createEld } = require(join(root, "languageDetector.js")) as EldInternals;
  const file = join(dir, `eld-extrasmall-${version}.json`);
  let data: EldData | undefined;
  try {
    const read = JSON.parse(readFileSync(file, "utf8")) as EldData;
    if (read && typeof read.type === "string" && typeof read.languages === "object" && typeof read.ngrams === "object") data = read;
  } catch {
    // No copy yet, or one cut short: made again below.
  }
  if (!data) {
    data = (require(join(root, "ngrams", "extrasmall.js")) as { ngramsData: EldData }).ngramsData;
    try {
      mkdirSync(dir, { recursive: true });
      const temporary = `${file}.${process.pid}`;
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, file);
    } catch {
      // A folder that cannot be written: the next run reads eld's module again.
    }
  }
  const { instance, loadData } = createEld();
  return loadData(data) ? instance : undefined;
}

/** eld, read now when a message comes before `whenDetectorReady()` has loaded it (Node loads an ES module with require since 20.19). */
function detector(): Eld {
  eld ??= (createRequire(import.meta.url)(fileURLToPath(import.meta.resolve("eld/extrasmall"))) as { eld: Eld }).eld;
  return eld;
}

/** CLD3's reliable verdicts for a text, as scores by language (the probability of each reliable language). */
function secondOpinion(text: string): Record<string, number> {
  const scores: Record<string, number> = {};
  if (!cld3) return scores;
  for (const r of cld3.findMostFrequentLanguages(text, 3)) if (r.is_reliable && r.language !== "und") scores[r.language] = Math.max(scores[r.language] ?? 0, r.probability);
  return scores;
}

export type LanguageChoice = {
  /** The language to answer in. */
  language: string;
  /** How it was chosen: the message itself, an explicit request, or the conversation/channel kept. */
  by: "detected" | "asked" | "kept" | "locale" | "default" | "unsupported" | "romanised";
  /** A message typed in Latin letters in a language with a script of its own: the message in that script, to read. */
  text?: string;
};

export type DetectOptions = {
  /** Languages with a lexicon; the first is the default. */
  supported: string[];
  /** The conversation's language so far. */
  current?: string;
  /** The channel's locale for the user ("fr-BE"). */
  locale?: string;
  /** Phrases that ask for a language ("auf Deutsch", "in English please"), normalised, by language. */
  switches?: Map<string, string>;
  /** Readers of the languages written in a script of their own, for messages typed in Latin letters. */
  romanised?: RomanisedReader[];
  /** The largest share (0–1) of a message's words that are function words of one language written in Latin letters. */
  latinShare?: (normalised: string) => number;
  /**
   * The words a language's own data uses (its function words and the words of its example questions), normalised:
   * where the detectors cannot tell a short message apart ("Sa meta nista' napplika?", "Cé mhéad a íocann an post
   * seo?"), the language whose words make it up clearly decides.
   */
  vocabulary?: (language: string) => Set<string>;
  /** How often each language's own data uses each word (./detect-words.ts), with `fold` the normalising of a word as typed: the first message's words vote. */
  frequencies?: (language: string) => WordFrequencies;
  fold?: (word: string) => string;
};

/** A language code from a locale ("fr-BE" → "fr"), if the bot speaks it. */
export function languageOfLocale(locale: string | undefined, supported: string[]): string | undefined {
  const code = locale?.toLowerCase().split(/[-_]/)[0];
  return code && supported.includes(code) ? code : undefined;
}

// The same questions come again and again at an event: the detector's scores are remembered by text.
const remembered = new Map<string, Record<string, number>>();
function scoresOf(text: string): Record<string, number> {
  let scores = remembered.get(text);
  if (!scores) {
    const result = detector().detect(text);
    scores = result.getScores() as Record<string, number>;
    // eld unsure (as on Irish or Maltese, which it does not know): CLD3's reliable verdicts count where eld has none.
    if (!result.isReliable()) for (const [language, p] of Object.entries(secondOpinion(text))) scores[language] = Math.max(scores[language] ?? 0, p);
    if (remembered.size >= 5000) remembered.delete(remembered.keys().next().value!);
    remembered.set(text, scores);
  }
  return scores;
}

/** How many letters a message must have before its own words outweigh the conversation's language. */
const MIN_LETTERS = 6;
const MIN_WORDS = 2;
/** Up to this many words a message is short, and moving away from the prior needs SHORT_LEAD, else LEAD. */
const SHORT_WORDS = 4;
const SHORT_LEAD = 0.05;
/** Two words ("pension plan", "contrat durée") say little of their language: a clear lead only. */
const TWO_WORD_LEAD = 0.15;
const LEAD = 0.02;
/** How far a language the bot does not speak must lead the best one it speaks (in eld's scores) before CLD3 is asked to confirm it. */
const UNSPOKEN_LEAD = 0.02;

/** A romanised reading needs this many of the message's words found in the language, this share of them, and this lead over the best Latin-script language's share. */
const ROMAN_FOUND = 3;
const ROMAN_SHARE = 0.3;
/** Leaving a conversation held in another language for a romanised reading takes at least this share. */
const ROMAN_SWITCH_SHARE = 0.5;
const ROMAN_LEAD = 0.15;
const ROMAN_LATIN_MAX = 0.5;

/** The language with a script of its own whose words, typed in Latin letters, make up the message, if one clearly does. */
function romanisedChoice(text: string, normalised: string, options: DetectOptions): LanguageChoice | undefined {
  if (!options.romanised?.length || /[^\p{Script=Latin}\P{L}]/u.test(text)) return undefined;
  let pick: { reader: RomanisedReader; share: number } | undefined;
  for (const reader of options.romanised) {
    if (!options.supported.includes(reader.language)) continue;
    const { share, found } = reader.share(normalised);
    const least = options.current && options.current !== reader.language ? ROMAN_SWITCH_SHARE : ROMAN_SHARE;
    if (found >= ROMAN_FOUND && share >= least && (!pick || share > pick.share)) pick = { reader, share };
  }
  // Half the words function words of a Latin-script language ("Do I pay taxes?"): that language, whatever else folds alike.
  const latin = pick ? (options.latinShare?.(normalised) ?? 0) : 0;
  if (!pick || latin >= ROMAN_LATIN_MAX || pick.share < latin + ROMAN_LEAD) return undefined;
  return { language: pick.reader.language, by: "romanised", text: pick.reader.toScript(normalised) };
}

/** A message's words found in a language's own words: this share at least, this many, and this lead over every other language. */
const OWN_SHARE = 0.75;
const OWN_FOUND = 3;
const OWN_LEAD = 0.3;

/**
 * A normalised text's words as the own-words reading counts them: letters only, apostrophes trimmed, split at
 * hyphens ("s-salarju" → "s", "salarju"; "nista'" → "nista"). A language's vocabulary is built with the same split,
 * so a word joined to its article in one question and bare in another is the same word.
 */
export function ownWordsOf(normalised: string): string[] {
  return normalised.split(/[^\p{L}']+/u).map((w) => w.replace(/^'+|'+$/g, "")).filter((w) => w.length > 0 && !/\d/.test(w));
}

/** The language whose own words make up the message, when one clearly does; the share the detector's choice has too. */
function ownWordsChoice(normalised: string, options: DetectOptions, detected: string): string | undefined {
  if (!options.vocabulary) return undefined;
  const ws = ownWordsOf(normalised);
  if (ws.length < OWN_FOUND) return undefined;
  const shares = options.supported.map((language) => {
    const v = options.vocabulary!(language);
    const found = ws.filter((w) => v.has(w)).length;
    return { language, found, share: found / ws.length };
  });
  shares.sort((a, b) => b.share - a.share);
  const [top, next] = shares;
  if (!top || top.language === detected || top.found < OWN_FOUND || top.share < OWN_SHARE) return undefined;
  const detectedShare = shares.find((x) => x.language === detected)?.share ?? 0;
  return top.share - Math.max(detectedShare, next?.share ?? 0) >= OWN_LEAD ? top.language : undefined;
}

/**
 * A short message every word of which is among one language's own words and not all among the detector's pick's
 * ("kif napplika?" read as Croatian, "ca bhfuil an post?" as Romanian): that language, when it is the only one
 * whose words make up the whole message. It is asked once the message has left the conversation's language (a short
 * "pension plan??" that eld leans to French stays English, whatever other language "plan" and "pension" belong to).
 */
function coveringLanguage(normalised: string, options: DetectOptions, best: string, prior: string): string | undefined {
  if (!options.vocabulary) return undefined;
  const ws = ownWordsOf(normalised);
  if (ws.length < MIN_WORDS) return undefined;
  const covers = (language: string) => {
    const v = options.vocabulary!(language);
    return ws.every((w) => v.has(w));
  };
  if (covers(best)) return undefined;
  // Where the detector agrees with the conversation's language ("gibts homeoffice?" read as English), another language
  // takes over only if the conversation's language has none of the words.
  const priorWords = options.vocabulary(prior);
  if (best === prior && ws.some((w) => priorWords.has(w))) return undefined;
  const all = options.supported.filter(covers);
  return all.length === 1 ? all[0] : undefined;
}

/**
 * A new conversation with no locale, a short message the detector reads as `best` without a clear lead over the
 * default: every word of it is among `best`'s own words and none among the default's ("posso candidarmi?",
 * "etätyö mahdollista?"), so it is `best`; "Wat is the salary?" stays English ("the" is English), "thanks" too.
 */
function ownAgainstDefault(normalised: string, options: DetectOptions, best: string, prior: LanguageChoice): boolean {
  if (prior.by !== "default" || !options.vocabulary) return false;
  const ws = normalised.split(/[^\p{L}']+/u).map((w) => w.replace(/^'+|'+$/g, "")).filter((w) => w.length > 0);
  if (!ws.length) return false;
  const own = options.vocabulary(best);
  const fallback = options.vocabulary(prior.language);
  return ws.every((w) => own.has(w) && !fallback.has(w));
}

/**
 * A short message the detector leans to `best` on, more of whose words are the prior language's own than `best`'s
 * ("Brussels or Lux?" read as Dutch: "brussels" and "or" are English words, none of them Dutch): it stays in the prior.
 */
function priorOwnsMore(normalised: string, options: DetectOptions, best: string, prior: LanguageChoice): boolean {
  if (!options.vocabulary) return false;
  const ws = ownWordsOf(normalised);
  const own = options.vocabulary(best);
  const priors = options.vocabulary(prior.language);
  return ws.filter((w) => priors.has(w)).length > ws.filter((w) => own.has(w)).length;
}

/**
 * The first message of a conversation with no locale, one word long ("Goedemorgen!", "Dziękuję"): too short for the
 * detectors, it is the one language whose own words hold it, where the default's do not ("thanks", "Hallo" stay).
 */
function oneOwnWord(normalised: string, options: DetectOptions, prior: LanguageChoice): LanguageChoice | undefined {
  if (prior.by !== "default" || !options.vocabulary) return undefined;
  const ws = ownWordsOf(normalised);
  if (ws.length !== 1 || options.vocabulary(prior.language).has(ws[0]!)) return undefined;
  const holding = options.supported.filter((language) => options.vocabulary!(language).has(ws[0]!));
  return holding.length === 1 ? { language: holding[0]!, by: "detected" } : undefined;
}

/**
 * The vote of a first message's words decides when its top language's score comes this much from words the default
 * does not use, from two such words at least or one nearly only that language uses ("Frist?", not "pension plan??"),
 */
const VOTE_APART = 0.6;
const VOTE_ONE_WORD = 0.85;
/** is this many times the default's, */
const VOTE_OVER_DEFAULT = 2;
/** and this many times the next language's; */
const VOTE_OVER_NEXT = 1.5;
/** on messages of at most this many words (longer ones the detectors read well). */
const VOTE_WORDS = 10;

/**
 * The first message of a conversation with no locale, short, whose own words clearly belong to one language: two
 * of three words Polish and the third English ("jaki jest deadline?"), Czech with English inside ("je to remote?
 * kolik dni home office?"), a word several languages write that one uses far more ("Frist?"), or with diacritics
 * only one writes ("lön?"), Portuguese the detector reads as Italian ("quanto e o salario": "o" is Portugal's article).
 * Words the default language uses too ("deadline", "salary", "cv") give no lead away from it.
 */
function voteChoice(text: string, options: DetectOptions, prior: LanguageChoice): string | undefined {
  if (prior.by !== "default" || !options.frequencies || !options.fold) return undefined;
  const vote = voteOfWords(text, options.fold, options.supported, options.frequencies, prior.language);
  const [top, next] = vote;
  if (!top || top.language === prior.language || top.apart < VOTE_APART || (top.apartWords < 2 && top.apart < VOTE_ONE_WORD)) return undefined;
  const fallback = vote.find((v) => v.language === prior.language)?.score ?? 0;
  return top.score >= VOTE_OVER_DEFAULT * fallback && top.score >= VOTE_OVER_NEXT * (next?.score ?? 0) ? top.language : undefined;
}

/** CLD3 also reads the text as a language the bot does not speak (Danish read as Norwegian by eld alone is not). */
function unspokenByBoth(text: string, supported: string[]): boolean {
  const verdicts = Object.entries(secondOpinion(text.slice(0, 1000))).sort((a, b) => b[1] - a[1]);
  return verdicts.length > 0 && !supported.includes(verdicts[0]![0]);
}

/**
 * Chooses the language of a reply. Short or ambiguous messages ("ok", "C1", "4 years") keep the
 * conversation's language; a message that asks for a language gets it; otherwise the detector decides.
 *
 * @example
 * chooseLanguage("Bonjour, c'est quand la date limite ?", { supported: ["en", "fr"] }) // → { language: "fr", by: "detected" }
 */
export function chooseLanguage(text: string, normalised: string, options: DetectOptions): LanguageChoice {
  const { supported } = options;
  const fallback = (): LanguageChoice => {
    if (options.current && supported.includes(options.current)) return { language: options.current, by: "kept" };
    const fromLocale = languageOfLocale(options.locale, supported);
    if (fromLocale) return { language: fromLocale, by: "locale" };
    return { language: supported[0] ?? "en", by: "default" };
  };
  if (options.switches) {
    const spaced = ` ${normalised} `;
    for (const [phrase, language] of options.switches) if (spaced.includes(` ${phrase} `) && supported.includes(language)) return { language, by: "asked" };
  }
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const wordCount = (text.match(/\p{L}{2,}/gu) ?? []).length;
  if (letters < MIN_LETTERS || wordCount < MIN_WORDS) {
    const prior = fallback();
    const own = oneOwnWord(normalised, options, prior);
    if (own) return own;
    const voted = voteChoice(text, options, prior);
    return voted ? { language: voted, by: "detected" } : prior;
  }
  const romanised = romanisedChoice(text, normalised, options);
  if (romanised) return romanised;
  const scores = scoresOf(text.slice(0, 1000));
  let best: string | undefined;
  let bestScore = 0;
  for (const language of supported) {
    const s = scores[language] ?? 0;
    if (s > bestScore) {
      best = language;
      bestScore = s;
    }
  }
  // The detectors unsure between languages that share an alphabet, or leaning to one the bot does not speak
  // ("aka dlha je skusobna doba?" read as Bosnian): the language whose own words the message is made of.
  const own = ownWordsChoice(normalised, options, best ?? "");
  if (own) return { language: own, by: "detected" };
  if (!best) return fallback();
  // Clearly a language the bot does not speak (Russian, Ukrainian, Turkish…): English, never a third language
  // that merely shares its script or its words.
  if (wordCount > SHORT_WORDS) {
    let top: string | undefined;
    let topScore = 0;
    for (const [language, s] of Object.entries(scores)) if (s > topScore) [top, topScore] = [language, s];
    if (top && !supported.includes(top) && topScore - bestScore >= UNSPOKEN_LEAD && unspokenByBoth(text, supported)) {
      const english = supported.includes("en") ? "en" : (supported[0] ?? "en");
      return { language: english, by: "unsupported" };
    }
  }
  // Leaving the language the conversation is in (or the channel's, or the notice's) takes a clear lead:
  // the shorter the message, the clearer ("Wat is the salary?" stays English).
  const prior = fallback();
  const voted = wordCount <= VOTE_WORDS ? voteChoice(text, options, prior) : undefined;
  if (voted) return { language: voted, by: "detected" };
  const lead = bestScore - (scores[prior.language] ?? 0);
  if (best !== prior.language && lead < (wordCount <= 2 ? TWO_WORD_LEAD : wordCount <= SHORT_WORDS ? SHORT_LEAD : LEAD) && !ownAgainstDefault(normalised, options, best, prior)) return prior;
  if (best !== prior.language && wordCount <= SHORT_WORDS && priorOwnsMore(normalised, options, best, prior)) return prior;
  const covering = wordCount <= SHORT_WORDS ? coveringLanguage(normalised, options, best, prior.language) : undefined;
  if (covering) return { language: covering, by: "detected" };
  return { language: best, by: "detected" };
}
