// Stemmers per language: the Snowball algorithms (snowball-stemmers) where it has one, a light
// truncation where it has none (Polish), so "extended" meets "extension" and "Verträge" meets "Vertrag".
import { createRequire } from "node:module";

type Snowball = { stem(word: string): string };
type Snowballs = { newStemmer(name: string): Snowball; algorithms(): string[] };
// Loaded when a language first needs a Snowball stemmer (one module holds every algorithm: not paid at start-up).
let snowballs: Snowballs | undefined;
const snowball = (): Snowballs => (snowballs ??= createRequire(import.meta.url)("snowball-stemmers") as Snowballs);

const SNOWBALL: Record<string, string> = {
  en: "english", fr: "french", de: "german", es: "spanish", it: "italian", pt: "portuguese", nl: "dutch",
  da: "danish", sv: "swedish", fi: "finnish", hu: "hungarian", ro: "romanian", ga: "irish", cs: "czech", sl: "slovene",
};

/** Where Snowball has no stemmer: a word's first six letters are its stem (good enough for inflected Slavic forms). */
const truncate = (word: string) => (word.length > 6 ? word.slice(0, 6) : word);

const made = new Map<string, (word: string) => string>();

/** The stemmer of a language (ISO 639-1 code); words are expected lower case. */
export function stemmerFor(language: string): (word: string) => string {
  let stem = made.get(language);
  if (!stem) {
    const name = SNOWBALL[language];
    if (name && snowball().algorithms().includes(name)) {
      const s = snowball().newStemmer(name);
      const cache = new Map<string, string>();
      stem = (word) => {
        let out = cache.get(word);
        if (out === undefined) {
          out = s.stem(word);
          if (cache.size > 50_000) cache.clear();
          cache.set(word, out);
        }
        return out;
      };
    } else stem = truncate;
    made.set(language, stem);
  }
  return stem;
}
