// A gate before a pattern made of phrases: each alternative of the pattern holds a run of plain letters that any
// match of it must contain (its longest literal piece). When the message holds none of the alternatives' runs, the
// pattern cannot match and is not run: most messages name none of the dozens of subjects a language's words list,
// and a substring search costs a fraction of a case-insensitive Unicode pattern with look-behinds tried at every
// position. The gate only skips a pattern that cannot match, so what matches is unchanged.

/** The letters whose case folding is not their lower case (final sigma, long s, the Greek symbol forms). */
const FOLDS: Record<string, string> = { "µ": "μ", "ſ": "s", "\u0345": "ι", "ς": "σ", "ϐ": "β", "ϑ": "θ", "ϕ": "φ", "ϖ": "π", "ϰ": "κ", "ϱ": "ρ", "ϵ": "ε", "ẛ": "ṡ", "\u1fbe": "ι" };
const FOLDED = /[µſ\u0345ςϐϑϕϖϰϱϵẛ\u1fbe]/gu;

/** Lower case with those letters folded: two texts a case-insensitive pattern ("iu") takes as equal are equal here. */
export function foldCase(s: string): string {
  const lower = s.toLowerCase();
  FOLDED.lastIndex = 0;
  return FOLDED.test(lower) ? lower.replace(FOLDED, (c) => FOLDS[c]!) : lower;
}

/** The last text folded, kept: the gates of one language's dozens of patterns all look at the same message. */
let lastText: string | undefined;
let lastFolded = "";
function folded(text: string): string {
  if (text !== lastText) {
    lastFolded = foldCase(text);
    lastText = text;
  }
  return lastFolded;
}

export type LiteralGate = (text: string) => boolean;

/**
 * A gate from one literal run per alternative of a pattern (each run a text every match of that alternative holds,
 * compared case-insensitively); undefined (no gate: the pattern always runs) when an alternative has no such run.
 */
export function literalGate(runs: readonly (string | undefined)[]): LiteralGate | undefined {
  if (!runs.length || runs.some((r) => !r)) return undefined;
  const keys = [...new Set(runs.map((r) => foldCase(r!)))];
  // A run inside another is enough on its own: the longer one holds it.
  const needed = keys.filter((k) => !keys.some((o) => o !== k && k.includes(o)));
  return (text) => {
    const f = folded(text);
    for (const k of needed) if (f.includes(k)) return true;
    return false;
  };
}

/** The longest of some literal pieces (undefined when there is none). */
export function longestRun(pieces: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const p of pieces) if (p && (!best || p.length > best.length)) best = p;
  return best;
}
