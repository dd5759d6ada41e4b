// A language written in its own script (Greek, Bulgarian) typed in Latin letters ("geia sas, poso diarkei i symvasi?").
// The same code for every such language, from its data (words.json "romanisation"): the standard romanisation of its
// letters (ELOT 743 for Greek, the official Streamlined System for Bulgarian) and the informal spellings people type,
// folded together. The language's own words (stop words, examples) are romanised and folded once; a message's Latin
// words are folded the same way and looked up among them: how much of the message they cover tells the language,
// and each found word gives back its spelling in the script, so the message is read as if typed in it.


export type Romanisation = {
  /** Letters and letter groups of the script → their Latin spelling by the national standard. */
  letters: Record<string, string>;
  /** Informal spellings folded together, in order, on both sides before comparing ("w" → "o"). */
  folds: [string, string][];
  /** A letter's form at the end of a word ("σ" → "ς"). */
  final: Record<string, string>;
};

export type RomanisedReader = {
  language: string;
  /** The share (0–1) of the message's words that are words of the language, typed in Latin letters, and how many. */
  share(normalised: string): { share: number; found: number };
  /** The message in the language's own script: known words as the language writes them, others letter by letter. */
  toScript(normalised: string): string;
};

const WORD = /[\p{L}\p{N}]+/gu;

/** Longest-first replacement of a text's letters by a map's values; characters the map lacks are kept. */
function transcribe(text: string, map: Map<string, string>, longest: number): string {
  let out = "";
  for (let i = 0; i < text.length; ) {
    let done = false;
    for (let n = Math.min(longest, text.length - i); n >= 1 && !done; n--) {
      const v = map.get(text.slice(i, i + n));
      if (v !== undefined) {
        out += v;
        i += n;
        done = true;
      }
    }
    if (!done) out += text[i++];
  }
  return out;
}

/**
 * A reader of one language's romanised text, from its romanisation data and its vocabulary in its own script
 * (given lazily: built on the first message that needs it).
 */
export function createRomanisedReader(language: string, data: Romanisation, vocabulary: () => Iterable<string>): RomanisedReader {
  // Lower case, and accents stripped except where the mark makes a letter of the script's own ("й" stays, "ά" is "α").
  const own = new Set(Object.keys(data.letters).flatMap((k) => [...k.normalize("NFC").toLowerCase()]));
  const plain = (s: string) => [...s.normalize("NFC").toLowerCase()].map((c) => (own.has(c) ? c : c.normalize("NFKD").replace(/\p{M}/gu, ""))).join("");
  const forward = new Map(Object.entries(data.letters).map(([k, v]) => [plain(k), v]));
  const forwardLongest = Math.max(1, ...[...forward.keys()].map((k) => k.length));
  // Back to the script letter by letter: single letters only, the first one listed for a spelling wins.
  const backward = new Map<string, string>();
  for (const [k, v] of forward) if (k.length === 1 && !backward.has(v)) backward.set(v, k);
  const backwardLongest = Math.max(1, ...[...backward.keys()].map((k) => k.length));
  const fold = (latin: string) => {
    let s = plain(latin);
    for (const [from, to] of data.folds) s = s.replaceAll(from, to);
    // A doubled letter is typed single as often as not ("ll", "ss").
    return s.replace(/(\p{L})\1+/gu, "$1");
  };
  let known: Map<string, string> | undefined;
  const lookup = () => {
    if (!known) {
      const count = new Map<string, number>();
      for (const phrase of vocabulary()) for (const w of plain(phrase).match(WORD) ?? []) count.set(w, (count.get(w) ?? 0) + 1);
      known = new Map();
      // The commonest spelling of a folded form wins ("πόσο" over a rarer word folding the same).
      for (const [w, n] of [...count].sort((a, b) => b[1] - a[1])) {
        // Latin letters or digits inside the language's own words ("CV", "C1", "PDF") tell nothing of the language.
        if (/[a-z0-9]/.test(w)) continue;
        const key = fold(transcribe(w, forward, forwardLongest));
        if (!known.has(key) && n > 0) known.set(key, w);
      }
    }
    return known;
  };
  const finalForm = (w: string) => {
    const last = w.at(-1);
    return last && data.final[last] ? w.slice(0, -1) + data.final[last] : w;
  };
  return {
    language,
    share(normalised) {
      // Words with digits ("C1", "2025") are of no language.
      const ws = normalised.match(WORD)?.filter((w) => !/\p{N}/u.test(w)) ?? [];
      if (!ws.length) return { share: 0, found: 0 };
      const map = lookup();
      const found = ws.filter((w) => map.has(fold(w))).length;
      return { share: found / ws.length, found };
    },
    toScript(normalised) {
      const map = lookup();
      return normalised.replace(/\p{L}+/gu, (w) => map.get(fold(w)) ?? finalForm(transcribe(w, backward, backwardLongest)));
    },
  };
}
