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

/** The slots of the table of runs by their first two code units. */
const SLOTS = 1 << 14;
const slot = (a: number, b: number) => ((a << 7) ^ b) & (SLOTS - 1);

/**
 * One gate per group of runs (as `literalGate` builds for one), all answered by a single pass over the text: each
 * group's runs are looked up at every position of the folded text by their first two letters, once per text, instead
 * of one substring search per run (a language's subjects hold some hundreds of runs; the searches cost more than the
 * patterns they spare). What each gate answers is what `literalGate` of its runs answers.
 */
export function literalGates(groups: readonly (readonly (string | undefined)[])[]): (LiteralGate | undefined)[] {
  const ids = new Map<string, number>();
  const idOf = (key: string) => ids.get(key) ?? (ids.set(key, ids.size), ids.size - 1);
  const keysOf = groups.map((runs) => {
    if (!runs.length || runs.some((r) => !r)) return undefined;
    const keys = [...new Set(runs.map((r) => foldCase(r!)))];
    return Int32Array.from(keys.filter((k) => !keys.some((o) => o !== k && k.includes(o))).map(idOf));
  });
  // The keys by their first code unit and, for the longer ones, a hash of their first two (a table slot holds every
  // key of its hash; each is then compared in full).
  const byPair: ({ key: string; id: number }[] | undefined)[] = new Array(SLOTS);
  const byFirst = new Map<number, number[]>();
  for (const [key, id] of ids) {
    if (key.length === 1) byFirst.set(key.charCodeAt(0), [...(byFirst.get(key.charCodeAt(0)) ?? []), id]);
    else (byPair[slot(key.charCodeAt(0), key.charCodeAt(1))] ??= []).push({ key, id });
  }
  const seen = new Uint8Array(ids.size);
  let scanned: string | undefined;
  const scan = (text: string) => {
    if (text === scanned) return;
    scanned = text;
    seen.fill(0);
    const f = folded(text);
    let next = f.charCodeAt(0);
    for (let i = 0; i < f.length; i++) {
      const first = next;
      next = f.charCodeAt(i + 1);
      if (byFirst.size) for (const id of byFirst.get(first) ?? []) seen[id] = 1;
      const list = next === next ? byPair[slot(first, next)] : undefined;
      if (list) for (const { key, id } of list) if (!seen[id] && f.startsWith(key, i)) seen[id] = 1;
    }
  };
  return keysOf.map(
    (keys) =>
      keys &&
      ((text: string) => {
        scan(text);
        for (const id of keys) if (seen[id]) return true;
        return false;
      }),
  );
}

/**
 * A pattern behind a gate: `exec` (and so `test`, and a loop of `exec`) finds nothing in a text the gate turns away,
 * without running the pattern. The pattern itself when there is no gate.
 */
export function gatedRegExp(re: RegExp, gate: LiteralGate | undefined): RegExp {
  return gate ? new GatedRegExp(re.source, re.flags, gate) : re;
}

class GatedRegExp extends RegExp {
  // The copies matchAll and split make are plain patterns: they run without the gate, as the pattern alone would.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }
  readonly #gate: LiteralGate;
  constructor(source: string, flags: string, gate: LiteralGate) {
    super(source, flags);
    this.#gate = gate;
  }
  override exec(text: string): RegExpExecArray | null {
    if (this.#gate(text)) return super.exec(text);
    this.lastIndex = 0;
    return null;
  }
}

/** The longest of some literal pieces (undefined when there is none). */
export function longestRun(pieces: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const p of pieces) if (p && (!best || p.length > best.length)) best = p;
  return best;
}
