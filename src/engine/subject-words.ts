// The subjects a notice may leave open (an age limit, a visa, a dress code, a start date), read in every language from
// its words (words.json `uncovered`, one phrase list per subject id, the same ids in every language) by one matcher
// built the same way for all. What a subject is besides its words (the passage worth citing, the facts that mean a
// notice covers it) is the same in every language: lexicon.json `uncovered` (src/engine/engine.ts merges it).
//
// A phrase is matched as whole words over the normalised text:
// - "*" ends a stem ("relocat*", "interview* format"), on any word of the phrase;
// - "{n}" is a number in figures or words, "{nn}" a two-digit figure (an age), "{num}" any figure ("€{num}");
// - a hyphen inside a word may be typed as a space or left out ("part-time", "part time", "parttime");
// - " … " joins parts said a few words apart, in that order ("age … matter");
// - " | " lists alternatives within a part ("who can i | who should i … contact | call");
// - a phrase after "!" is a longer phrase that does not name the subject: what it covers is not read ("!medical exam*");
// - in the phrases around a name (`slotPatterns`), "{X}" is where the name stands and "[a/an/the]" one optional word
//   of those listed ("i'm [a/an] [proud/dual] {X}", "{X} citizen*"), "{w}" any one word ("i'm {w} and {X}", "[{w}]" an optional one).
import type { Lexicon } from "../knowledge/schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import { escapeRegExp as escape } from "../text/regexp.js";
import { literalGate, literalGates, longestRun, type LiteralGate } from "../text/literal-gate.js";

export type SubjectMatcher = { id: string; test: (text: string) => boolean };

/** At most this many characters (no sentence end) between the parts of a phrase said apart. */
const GAP = "[^.?!;]{0,30}?";
const START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}])";
// Placeholders and stems survive normalisation as letters no word has.
const HOLDERS: Record<string, string> = { "{nn}": "zqnnz", "{num}": "zqnumz", "{n}": "zqnz", "{X}": "zqxz", "{w}": "zqwz", "*": "zqstarz" };
/** An optional word of a list, "[a/an/the]", held as "zqoptNz" while the phrase is normalised. */
const OPTIONAL = /\[([^\]]+)\]/g;

function tokenPattern(token: string, number: string): string {
  const out: string[] = [];
  for (const piece of token.split(/(zqnnz|zqnumz|zqnz|zqxz|zqwz|zqstarz)/).filter(Boolean)) {
    if (piece === "zqxz") out.push("{X}");
    else if (piece === "zqwz") out.push("[\\p{L}\\p{N}']+");
    else if (piece === "zqnz") out.push(`(?:${number})`);
    else if (piece === "zqnnz") out.push("\\d{2}(?!\\d)");
    else if (piece === "zqnumz") out.push("\\d+");
    else if (piece === "zqstarz") out.push("\\p{L}*");
    else out.push(escape(piece).replace(/-/g, "[- ]?"));
  }
  // A placeholder glued to a word or sign ("€{num}", "{n}-year") may stand apart from it as well.
  return out.reduce((acc, p, i) => (i === 0 || p === "\\p{L}*" ? acc + p : `${acc}\\s*${p}`), "");
}

/** One part of a phrase: its alternatives, each its words in order. */
function partPattern(part: string, number: string): string {
  const alts = partAlternatives(part, number);
  return alts.length ? `${START}(?:${alts.join("|")})${END}` : "";
}

/** The alternatives of one part, each its words in order, longest first. */
function partAlternatives(part: string, number: string): string[] {
  const alts = part
    .split(/\s+\|\s+/)
    .map((alt) => {
      let held = alt.trim();
      const optional: string[] = [];
      held = held.replace(OPTIONAL, (_, list: string) => `zqopt${optional.push(list) - 1}z`);
      for (const [holder, letters] of Object.entries(HOLDERS)) held = held.split(holder).join(letters);
      const tokens = normalizeForMatch(held).split(" ").filter(Boolean);
      // An optional word carries the space after it: the next word follows it directly.
      let out = "";
      tokens.forEach((t, i) => {
        const opt = /^zqopt(\d+)z$/.exec(t);
        const sep = i === 0 || /^zqopt\d+z$/.test(tokens[i - 1]!) ? "" : "\\s+";
        const words = opt ? optional[Number(opt[1])]!.split("/").map((x) => (x.trim() === "{w}" ? "[\\p{L}\\p{N}']+" : escape(normalizeForMatch(x).trim()))).filter(Boolean) : [];
        out += sep + (opt ? `(?:(?:${words.join("|")})\\s+)?` : tokenPattern(t, number));
      });
      return out;
    })
    .filter(Boolean);
  return [...new Set(alts)].sort((a, b) => b.length - a.length);
}

const STEM = "\\p{L}*";

/**
 * The phrases as one pattern that only tells whether a text holds one of them, built to compile fast: a Unicode
 * class in every alternative made V8 compile each pattern for tens of milliseconds, on a language's first messages.
 * The edge before a phrase is written once for all (every phrase starts with it); an alternative ending in a stem
 * ends there (its letters run on to a word's end, which the edge after it would check); the others share the edge
 * after them. What it matches is what the phrases written out one by one match.
 */
function testPattern(phrases: string[], number: string): string {
  const stems = new Set<string>();
  const others = new Set<string>();
  for (const phrase of phrases) {
    const parts = phrase.split(/\s*(?:…|\.\.\.)\s*/);
    if (parts.length === 1) {
      for (const alt of partAlternatives(parts[0]!, number)) (alt.endsWith(STEM) ? stems.add(alt.slice(0, -STEM.length)) : others.add(alt));
      continue;
    }
    // Said in parts: the whole, less the edge before its first part and after its last.
    const whole = phrasePattern(phrase, number);
    if (whole) others.add(whole.slice(START.length, whole.length - END.length));
  }
  const tails = [...stems, ...(others.size ? [`(?:${[...others].join("|")})${END}`] : [])];
  return tails.length ? `${START}(?:${tails.join("|")})` : "";
}

/** The literal runs of one alternative of a part: its words' letters between placeholders, stems and hyphens. */
function altRuns(alt: string): string[] {
  // An optional word ("[a/an]") is no run; nor is a name or any word ("{X}", "{w}").
  let held = alt.trim().replace(OPTIONAL, " ");
  for (const [holder, letters] of Object.entries(HOLDERS)) held = held.split(holder).join(letters);
  return normalizeForMatch(held)
    .split(" ")
    .flatMap((t) => t.split(/zqnnz|zqnumz|zqnz|zqxz|zqwz|zqstarz/))
    .flatMap((piece) => piece.split("-"));
}

/**
 * A run of letters every match of a phrase holds, one per alternative of its most telling part (the part whose
 * shortest run is longest); undefined when a part has an alternative with none.
 */
function phraseRuns(phrase: string): (string | undefined)[] {
  let best: (string | undefined)[] = [undefined];
  let bestShortest = 0;
  for (const part of phrase.split(/\s*(?:…|\.\.\.)\s*/)) {
    const runs = part.split(/\s+\|\s+/).filter((a) => a.trim()).map((a) => longestRun(altRuns(a)));
    if (!runs.length || runs.some((r) => !r)) continue;
    const shortest = Math.min(...runs.map((r) => r!.length));
    if (shortest > bestShortest) {
      best = runs;
      bestShortest = shortest;
    }
  }
  return best;
}

function phrasePattern(phrase: string, number: string): string {
  const parts = phrase.split(/\s*(?:…|\.\.\.)\s*/).map((p) => partPattern(p, number));
  return parts.some((p) => !p) ? "" : parts.join(GAP);
}

/** The number of a phrase's "{n}": figures, or the language's whole-number words. */
export function numberPattern(w: Lexicon["words"]): string {
  const words = Object.keys(w.numbers)
    .filter((k) => Number.isInteger(w.numbers[k]))
    .map((k) => escape(normalizeForMatch(k)))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  return `\\d{1,2}(?!\\d)${words.length ? `|${words.join("|")}` : ""}`;
}

/**
 * The phrases around a name ("{X}") as patterns for `compile(pattern, names)` of ./eligibility/scan.ts, and those after
 * "!" (a longer phrase in which the name is something else: "!{X} speaker"), in the syntax above.
 */
export function slotPatterns(phrases: string[], number: string): { yes: string[]; no: string[] } {
  // One pattern for each alternative holding the name: a pattern names its group once.
  const split = (phrase: string) => {
    const parts = phrase.split(/\s*(?:…|\.\.\.)\s*/);
    const at = parts.findIndex((p) => p.includes("{X}"));
    if (at < 0) return [phrase];
    return parts[at]!.split(/\s+\|\s+/).map((alt) => parts.map((p, i) => (i === at ? alt : p)).join(" … "));
  };
  const of = (list: string[]) => [...new Set(list.flatMap(split).map((p) => phrasePattern(p, number)).filter(Boolean))];
  const no = phrases.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  // "!{X} speaker": the words right after the name that make it something else, kept out of every phrase's name.
  const after = no.flatMap((p) => p.split(/\s+\|\s+/)).filter((p) => p.trim().startsWith("{X} ")).map((p) => normalizeForMatch(p.trim().slice(4)).trim()).filter(Boolean).map(escape);
  const guard = after.length ? `(?!\\s+(?:${[...new Set(after)].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{N}]))` : "";
  return { yes: of(phrases.filter((p) => !p.startsWith("!"))).map((p) => p.replaceAll("{X}", `{X}${guard}`)), no: of(no) };
}

/** The phrases (none after "!") as one pattern over normalised text, in the syntax above; "" when none is usable. */
export function phrasesPattern(phrases: string[], number: string): string {
  return [...new Set(phrases.filter((p) => !p.startsWith("!")).map((p) => phrasePattern(p, number)).filter(Boolean))].join("|");
}

/** The phrases of one subject that make a pattern; none after "!". */
function usedPhrases(phrases: string[], number: string): string[] {
  return phrases.filter((p) => !p.startsWith("!") && phrasePattern(p, number));
}

/** The gate of `phrasesPattern(phrases, number)`: false for a text none of its matches can be in. */
export function phrasesGate(phrases: string[], number: string): LiteralGate | undefined {
  return literalGate(phrases.filter((p) => !p.startsWith("!") && phrasePattern(p, number)).flatMap(phraseRuns));
}

/**
 * A matcher for one subject's phrases; undefined when none is usable. A text holding no phrase's letters cannot
 * match: the pattern is not run (../text/literal-gate.ts); the gate is built here or given (one of a language's gates).
 */
export function subjectMatcher(id: string, phrases: string[], number: string, given?: LiteralGate): SubjectMatcher | undefined {
  const used = usedPhrases(phrases, number);
  if (!used.length) return undefined;
  const re = new RegExp(testPattern(used, number), "iu");
  const no = phrases.filter((p) => p.startsWith("!")).map((p) => phrasePattern(p.slice(1), number)).filter(Boolean);
  const not = no.length ? new RegExp(no.join("|"), "giu") : undefined;
  const gate: LiteralGate | undefined = given ?? literalGate(used.flatMap(phraseRuns));
  return { id, test: (text) => (!gate || gate(text)) && re.test(not ? text.replace(not, (m) => " ".repeat(m.length)) : text) };
}

/**
 * The language's matchers for the subjects a notice may leave open, in the order of `ids` (then its own); their gates
 * share one pass over a message (literalGates).
 */
export function subjectMatchers(w: Lexicon["words"], ids: readonly string[] = []): SubjectMatcher[] {
  const number = numberPattern(w);
  const order = [...new Set([...ids, ...Object.keys(w.uncovered)])];
  const gates = literalGates(order.map((id) => usedPhrases(w.uncovered[id] ?? [], number).flatMap(phraseRuns)));
  return order.flatMap((id, i) => {
    const m = subjectMatcher(id, w.uncovered[id] ?? [], number, gates[i]);
    return m ? [m] : [];
  });
}
