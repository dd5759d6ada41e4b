// Which language a message is in: the eld detector (n-grams, measured the most accurate of eld, tinyld and
// franc on short chat messages: scripts/detect-bench.mjs), narrowed to the languages the bot has a lexicon
// for, with the conversation's language and the channel's locale as priors. eld lives here only.
import { eld } from "eld/extrasmall";

export type LanguageChoice = {
  /** The language to answer in. */
  language: string;
  /** How it was chosen: the message itself, an explicit request, or the conversation/channel kept. */
  by: "detected" | "asked" | "kept" | "locale" | "default";
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
    scores = eld.detect(text).getScores() as Record<string, number>;
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
    for (const [phrase, language] of options.switches)
      if (supported.includes(language) && (` ${normalised} `).includes(` ${phrase} `)) return { language, by: "asked" };
  }
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const wordCount = (text.match(/\p{L}{2,}/gu) ?? []).length;
  if (letters < MIN_LETTERS || wordCount < MIN_WORDS) return fallback();
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
  if (!best) return fallback();
  // Leaving the language the conversation is in (or the channel's, or the notice's) takes a clear lead:
  // the shorter the message, the clearer ("Wat is the salary?" stays English).
  const prior = fallback();
  const lead = bestScore - (scores[prior.language] ?? 0);
  if (best !== prior.language && lead < (wordCount <= 2 ? TWO_WORD_LEAD : wordCount <= SHORT_WORDS ? SHORT_LEAD : LEAD)) return prior;
  return { language: best, by: "detected" };
}
