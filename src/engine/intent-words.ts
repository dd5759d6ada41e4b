// An intent's score from the language's own words (words.json `intentWords`), the same reading for every
// language: each phrase of an intent found in the message adds `routing.cueWeight` (at most `cueHits` phrases
// count; words opening the message add `routing.cueOpens`). A greeting, a thank-you or a call for help that is the whole message, its small words aside, scores
// `routing.smallTalk`; beside other words it scores one cue. Phrases are written like words.json `askedTopics`
// ("*" ends a stem, "{n}" a number, "!" a longer phrase that does not count).
import type { Lexicon, Routing } from "../knowledge/schema.js";
import { normalizeForMatch, words } from "../text/normalize.js";
import { askedTopicsOf } from "./asked-topics.js";

const SMALL_TALK = new Set(["greeting", "help", "thanks"]);

/** Scores a normalised text: intent → the weight of its words found. */
export type IntentScorer = (text: string) => Map<string, number>;

export function intentScorerOf(lexicon: Pick<Lexicon, "words" | "stopwords">, routing: Pick<Routing, "cueWeight" | "cueHits" | "cueOpens" | "smallTalk">): IntentScorer {
  const matchers = askedTopicsOf({ ...lexicon.words, askedTopics: lexicon.words.intentWords }).map((m) => ({ ...m, re: new RegExp(m.re.source, "giu") }));
  const small = new Set([...lexicon.stopwords, ...lexicon.words.stopwords].flatMap((x) => words(normalizeForMatch(x))));
  return (text) => {
    const scores = new Map<string, number>();
    for (const { id, re, gate } of matchers) {
      if (gate && !gate(text)) continue;
      re.lastIndex = 0;
      const found = [...text.matchAll(re)];
      if (!found.length) continue;
      if (SMALL_TALK.has(id)) {
        // The whole message: what is left once the phrases are taken out is no more than small words.
        let rest = text;
        for (const m of found.sort((a, b) => b.index - a.index)) rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
        scores.set(id, words(rest).every((x) => small.has(x)) ? routing.smallTalk : routing.cueWeight / 3);
        continue;
      }
      const distinct = new Set(found.map((m) => m[0])).size;
      // Words that open the message ("where do trainees work, and …") name what is asked first: they weigh a little more.
      scores.set(id, routing.cueWeight * Math.min(distinct, routing.cueHits) + (found[0]!.index === 0 ? routing.cueOpens : 0));
    }
    return scores;
  };
}
