// Finding names and patterns in a message: the country, language and place names a reader looks for, scanned
// as runs of words, and the lexicon's patterns compiled with a name list. Shared by the reader of intents and
// zones (understand.ts) and the reader of the user's own facts (profile.ts).
import type { Reference } from "../../knowledge/load.js";
import { normalizeForMatch } from "../../text/normalize.js";

export type CountryRef = { code: string; name: string; eu: boolean; group?: string };
export type LanguageRef = { name: string; official: boolean; code?: string; note?: string };
export type Mention<T> = { ref: T; start: number; end: number };

const TOKEN = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*\.?/gu;

/**
 * Finds the names of a list in a text, longest first, by looking up runs of up to `maxWords` words in a
 * map: much faster than one regular expression with hundreds of alternatives, on every message.
 */
export function scan<T>(text: string, terms: Map<string, T>, maxWords: number, keep: (end: number) => boolean = () => true, plurals = false): Mention<T>[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // A name is looked up only over words that may be words of a name: a run of the words of a name found below holds
  // only such words, each maybe without a trailing full stop, plural or possessive ending, or elided article.
  const known = termWordsOf(terms);
  const maybe = tokens.map(({ start, end }) => mayBeTermWord(text.slice(start, end), known));
  // A name runs over words separated by one space or hyphen: how far such a run goes from each word (found once).
  const runEnd = new Array<number>(tokens.length);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const gap = k + 1 < tokens.length ? text.slice(tokens[k]!.end, tokens[k + 1]!.start) : "";
    runEnd[k] = gap === " " || gap === "-" ? runEnd[k + 1]! : k;
  }
  const found: Mention<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    let within = 0;
    while (within < maxWords && i + within <= runEnd[i]! && maybe[i + within]) within++;
    // "l'anglais", "dell'inglese": an elided article or preposition before a name is not part of it.
    let elision: RegExpExecArray | null | undefined;
    for (let n = within; n >= 1; n--) {
      const last = tokens[i + n - 1]!;
      let end = last.end;
      let ref = terms.get(text.slice(first.start, end));
      if (ref === undefined && text[end - 1] === ".") ref = terms.get(text.slice(first.start, --end));
      let start = first.start;
      const elided = ref === undefined ? (elision === undefined ? (elision = /^\p{L}{1,4}['’]/u.exec(text.slice(first.start, first.end))) : elision) : null;
      if (elided && first.start + elided[0].length < end) {
        const inner = terms.get(text.slice(first.start + elided[0].length, end));
        if (inner !== undefined) {
          ref = inner;
          start = first.start + elided[0].length;
        }
      }
      // "Greeks", "Ireland's": a plural or possessive of a name is the name.
      if (ref === undefined && plurals) {
        const base = text.slice(first.start, end).replace(/(?:'s|s)$/, "");
        if (base.length > 2 && base !== text.slice(first.start, end)) ref = terms.get(base);
      }
      if (ref !== undefined && keep(end)) {
        found.push({ ref, start, end });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

const termWords = new WeakMap<Map<string, unknown>, ReadonlySet<string>>();
/** The words of a list's names, found once per list: a word of a message that is none of them starts no name. */
function termWordsOf(terms: Map<string, unknown>): ReadonlySet<string> {
  let known = termWords.get(terms);
  if (!known) {
    const found = new Set<string>();
    for (const term of terms.keys()) for (const m of term.matchAll(TOKEN)) found.add(m[0]);
    termWords.set(terms, (known = found));
  }
  return known;
}

/** True when a word of a message, as scan reads it (with or without its full stop, plural ending or elision), is a word of a name. */
function mayBeTermWord(word: string, known: ReadonlySet<string>): boolean {
  const forms = (w: string) => [w, w.replace(/(?:'s|s)$/, "")];
  const bare = word.endsWith(".") ? [word, word.slice(0, -1)] : [word];
  const elided = /^\p{L}{1,4}['’]/u.exec(word);
  const all = elided ? [...bare, ...bare.map((w) => w.slice(elided[0].length))] : bare;
  return all.some((w) => forms(w).some((f) => known.has(f)));
}

/** The text with each found name replaced by a marker word `<tag><n><tag>`, for patterns with {X}. */
export function mark<T>(text: string, found: Mention<T>[], tag: string): string {
  let out = "";
  let at = 0;
  found.forEach((f, k) => {
    out += `${text.slice(at, f.start)}${tag}${k}${tag}`;
    at = f.end;
  });
  return out + text.slice(at);
}

export function compile(pattern: string, names?: string): RegExp {
  return new RegExp(names === undefined ? pattern : pattern.replaceAll("{X}", `(?<x>${names})`), "giu");
}
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Countries by every name a person may use (name, aliases, demonyms, and codes when asked); the first one named wins. */
export function countryTerms(reference: Reference, withCodes: boolean): Map<string, CountryRef> {
  const byTerm = new Map<string, CountryRef>();
  for (const [list, eu] of [
    [reference.countries.memberStates, true],
    [reference.countries.otherCountries, false],
  ] as const)
    for (const c of list) {
      const ref: CountryRef = { code: c.code, name: c.name, eu, ...(c.group ? { group: c.group } : {}) };
      for (const n of [...(withCodes ? [c.code] : []), c.name, ...c.aliases, ...c.demonyms]) {
        const term = normalizeForMatch(n);
        if (!byTerm.has(term)) byTerm.set(term, ref);
      }
    }
  return byTerm;
}

/** Languages by name and alias (and official code when asked): the official ones first. */
export function languageTerms(reference: Reference, withCodes: boolean): Map<string, LanguageRef> {
  const byTerm = new Map<string, LanguageRef>();
  const add = (names: string[], ref: LanguageRef) => {
    for (const n of names) {
      const term = normalizeForMatch(n);
      if (!byTerm.has(term)) byTerm.set(term, ref);
    }
  };
  for (const l of reference.languages.official) add([...(withCodes ? [l.code] : []), l.name, ...l.aliases], { name: l.name, official: true, code: l.code });
  for (const l of reference.languages.other) add([l.name, ...l.aliases], { name: l.name, official: false, ...(l.note ? { note: l.note } : {}) });
  return byTerm;
}
