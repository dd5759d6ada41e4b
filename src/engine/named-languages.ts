// Sentences of the notice that name an official EU language: where no typed fact gives the selection's language,
// the sentence of a selection passage that names one ("… a written test and an interview, both in English.")
// answers the question on it, quoted as it stands, instead of "the notice does not say". Names are the reference's
// (English names and their aliases, with the answer language's names added by its names.json), the same for every
// language.
import type { Reference } from "../knowledge/load.js";
import { normalizeForMatch } from "../text/normalize.js";
import { escapeRegExp } from "../text/regexp.js";

const namers = new WeakMap<Reference, RegExp>();

function languageNames(reference: Reference): RegExp {
  let re = namers.get(reference);
  if (!re) {
    const names = reference.languages.official.flatMap((l) => [l.name, ...l.aliases]).map((n) => normalizeForMatch(n)).filter((n) => n.length > 2);
    namers.set(reference, (re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "u")));
  }
  return re;
}

/** The sentences of the passages given that name an official language, in the passages' order, each once. */
export function sentencesNamingLanguages(reference: Reference, passages: readonly string[]): string[] {
  const re = languageNames(reference);
  const out: string[] = [];
  for (const passage of passages)
    for (const s of passage.split(/(?<=[.!?])\s+(?=\S)/u)) {
      const sentence = s.trim();
      if (sentence && !out.includes(sentence) && re.test(normalizeForMatch(sentence))) out.push(sentence);
    }
  return out;
}
