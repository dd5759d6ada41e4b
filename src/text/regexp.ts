// Regular-expression helpers every reader shares.

/** A text as a pattern matching it literally ("C1+" → "C1\+"). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The index after `index` in `text`, a pair of surrogates counted as one character in a Unicode pattern (as matchAll and split step). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}

const isUnicode = (re: RegExp) => re.flags.includes("u") || re.flags.includes("v");

/**
 * Every match of a global pattern, as `[...text.matchAll(re)]` gives them, found by the pattern itself. matchAll and
 * split run a copy of the pattern, and V8 compiles a copy anew once a garbage collection has emptied its cache of
 * compiled patterns: tens of milliseconds for a long pattern with Unicode classes, on message after message.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("execAll: the pattern needs the g flag");
  const start = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, isUnicode(re));
    }
  } finally {
    re.lastIndex = start;
  }
  return out;
}

/** The sticky copy split runs of a pattern, made once per pattern (see execAll). */
const stickies = new WeakMap<RegExp, RegExp>();

/** `text.split(re)` (no limit), found with one sticky copy of the pattern kept for it rather than a new copy per call. */
export function splitWith(re: RegExp, text: string): string[] {
  let splitter = stickies.get(re);
  if (!splitter) stickies.set(re, (splitter = new RegExp(re.source, re.flags.includes("y") ? re.flags : `${re.flags}y`)));
  const size = text.length;
  if (size === 0) {
    splitter.lastIndex = 0;
    return splitter.exec(text) ? [] : [text];
  }
  const unicode = isUnicode(re);
  const out: string[] = [];
  let p = 0;
  let q = 0;
  while (q < size) {
    splitter.lastIndex = q;
    const z = splitter.exec(text);
    if (!z) {
      q = advance(text, q, unicode);
      continue;
    }
    const e = Math.min(splitter.lastIndex, size);
    if (e === p) {
      q = advance(text, q, unicode);
      continue;
    }
    out.push(text.slice(p, q));
    for (let i = 1; i < z.length; i++) out.push(z[i] as string);
    p = e;
    q = p;
  }
  out.push(text.slice(p));
  return out;
}
