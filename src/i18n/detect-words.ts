// How often each language's own data uses a word, and the vote of a message's words by it (issue 19: short,
// diacritic-less and code-switched messages). The detectors judge letters; a message of three words, two of them
// English ("jaki jest deadline?", "je to remote? kolik dni home office?"), or one word several languages write
// ("termín?", "lön?"), is told apart by which language's own questions use its words, and how often. Every language
// is read by the same code from its own data (examples and function words); no language has words here.

/** A language's words with their share of all its words: as folded for matching, and as written (lower case). */
export type WordFrequencies = { folded: Map<string, number>; written: Map<string, number> };

/** Words as the vote counts them: letters only, apostrophes trimmed, split at hyphens and other non-letters. */
export function lettersWords(text: string): string[] {
  return text.split(/[^\p{L}']+/u).map((w) => w.replace(/^'+|'+$/g, "")).filter((w) => w.length > 0);
}

const shares = (words: string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [w, c] of counts) counts.set(w, c / words.length);
  return counts;
};

/**
 * A language's word frequencies from its own texts: `folded` from the texts as `fold` normalises them (the words the
 * vocabulary holds), `written` from the texts lower-cased as typed, so a word with its diacritics ("lön", "termín")
 * counts for the languages that write it so.
 */
export function wordFrequencies(texts: string[], fold: (text: string) => string): WordFrequencies {
  const joined = texts.join("\n");
  return { folded: shares(lettersWords(fold(joined))), written: shares(lettersWords(joined.normalize("NFC").toLowerCase())) };
}

/** A message's words voting for languages: each language's score, the part of it from words the `against` language does not use, and how many such words it has. */
export type WordVote = { language: string; score: number; apart: number; apartWords: number }[];

/**
 * Each word of a message gives each language the share of its use that falls to that language (the word's
 * frequency in the language over its summed frequency in all of them); a word typed with diacritics that some
 * language writes so votes by its written form, any other by its folded form. Sorted, highest score first.
 */
export function voteOfWords(text: string, fold: (word: string) => string, languages: string[], frequencies: (language: string) => WordFrequencies, against?: string): WordVote {
  const tables = languages.map((language) => ({ language, f: frequencies(language) }));
  const vote = new Map<string, { score: number; apart: number; apartWords: number }>(languages.map((l) => [l, { score: 0, apart: 0, apartWords: 0 }]));
  const ownedByAgainst = (key: "folded" | "written", w: string) => (against ? (frequencies(against)[key].get(w) ?? 0) > 0 : false);
  for (const raw of lettersWords(text.normalize("NFC").toLowerCase())) {
    let key: "folded" | "written" = "written";
    let w = raw;
    // A word in plain letters, or one no language writes with these diacritics: its folded form votes.
    if (!/[^\p{ASCII}]/u.test(raw) || !tables.some((t) => t.f.written.has(raw))) {
      key = "folded";
      w = lettersWords(fold(raw))[0] ?? "";
    }
    if (!w) continue;
    const total = tables.reduce((sum, t) => sum + (t.f[key].get(w) ?? 0), 0);
    if (!total) continue;
    const apart = !ownedByAgainst(key, w);
    for (const t of tables) {
      const f = t.f[key].get(w);
      if (!f) continue;
      const v = vote.get(t.language)!;
      v.score += f / total;
      if (apart) {
        v.apart += f / total;
        v.apartWords++;
      }
    }
  }
  return [...vote].map(([language, v]) => ({ language, ...v })).sort((a, b) => b.score - a.score);
}
