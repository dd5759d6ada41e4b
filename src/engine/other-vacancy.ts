// "Is the CERT-EU SOC analyst vacancy still open too?": a vacancy the user names that is not this notice's.
// The bot knows one notice; a post named by words that are neither this notice's title, reference, service
// or place (nor their initials, "CTI"), nor words of the notice itself, nor words the bot's examples use for any question, and written as a
// name (a capital inside the sentence), is another post,
// even when it names the same employer. Read with the words of the message's language (words.json `vacancy`,
// `stopwords`), the same code for every language.
import type { Facts, Lexicon } from "../knowledge/schema.js";
import { stem } from "../search/index.js";
import { normalizeForMatch, words } from "../text/normalize.js";
import { stopSetOf, vacancySetOf } from "./word-sets.js";

const vocabularies = new Map<string, Set<string>>();

/** The stems of every word the language's example questions use: words of questions, not names of posts. */
function vocabularyOf(lexicon: Lexicon): Set<string> {
  let v = vocabularies.get(lexicon.language);
  if (!v) {
    v = new Set(
      Object.values(lexicon.examples)
        .flat()
        .flatMap((e) => words(normalizeForMatch(e)))
        .map(stem),
    );
    vocabularies.set(lexicon.language, v);
  }
  return v;
}

const titles = new WeakMap<Facts, Set<string>>();
const noticeStems = new WeakMap<string[], Set<string>>();

/** The stems of the words naming this notice's post (title, reference, service, directorate, place), and their initials. */
function titleOf(facts: Facts): Set<string> {
  let t = titles.get(facts);
  if (!t) {
    const names = [facts.title?.value, facts.reference?.value, facts.service?.value, facts.directorate?.value, facts.place?.value, facts.domain?.value].filter((x): x is string => Boolean(x));
    t = new Set<string>();
    for (const name of names) {
      for (const w of words(normalizeForMatch(name))) t.add(stem(w));
      // "Cyber Threat Intelligence" → "cti": the initials of two to four words in a row, within one part of the name.
      for (const part of name.split(/\s[–—-]\s|[,:;()/|]/)) {
        const ws = words(normalizeForMatch(part));
        for (let i = 0; i < ws.length; i++) for (let n = 2; n <= 4 && i + n <= ws.length; n++) t.add(ws.slice(i, i + n).map((w) => w[0]).join(""));
      }
    }
    titles.set(facts, t);
  }
  return t;
}

/** A function word this short ("d'", "de", "in") may stand inside the name of a post. */
const GLUE = 3;
/** The most words on either side of the word "vacancy" read as its name. */
const SPAN = 3;

/** A message's words with elisions dropped ("l'offre" → "offre") and compounds split ("soc-analyst" → "soc", "analyst"). */
const tokens = (text: string) => words(normalizeForMatch(text)).flatMap((w) => w.replace(/^\p{L}{1,2}'/u, "").split("-")).filter(Boolean);

/** True when the message names a vacancy by words that are not this notice's. */
export function namesOtherVacancy(lexicon: Lexicon, facts: Facts, text: string, noticeWords: string[] = []): boolean {
  const vacancy = vacancySetOf(lexicon);
  if (!vacancy.size) return false;
  const ws = tokens(text);
  const stop = stopSetOf(lexicon);
  const vocabulary = vocabularyOf(lexicon);
  const title = titleOf(facts);
  // A word the notice itself uses ("this Europol post" in Europol's notice) names this post, not another.
  let inNotice = noticeStems.get(noticeWords);
  if (!inNotice) noticeStems.set(noticeWords, (inNotice = new Set(noticeWords.flatMap((w) => w.split("-")).map(stem))));
  // A post's name is written as a name: capitals inside the sentence ("the SOC analyst vacancy", "le poste Data Officer").
  const named = new Set(
    [...text.matchAll(/(?<=[\p{L}\p{N},;:'"()-]\s+)[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*/gu)].flatMap((m) => tokens(m[0])),
  );
  const foreign = (w: string) => named.has(w) && !stop.has(w) && !/\d/.test(w) && w.length > 1 && !vacancy.has(w) && !vocabulary.has(stem(w)) && !title.has(stem(w)) && !title.has(w) && !inNotice.has(stem(w));
  for (let i = 0; i < ws.length; i++) {
    if (!vacancy.has(ws[i]!)) continue;
    // The words naming the post on either side, up to a function word longer than GLUE.
    for (const step of [-1, 1])
      for (let j = i + step; j >= 0 && j < ws.length && Math.abs(j - i) <= SPAN; j += step) {
        const w = ws[j]!;
        if (stop.has(w) || vacancy.has(w)) {
          if (w.length > GLUE) break;
          continue;
        }
        if (foreign(w)) return true;
      }
  }
  return false;
}
