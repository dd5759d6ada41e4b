// Masks what could identify a person in a question before it is stored for HR: e-mail addresses, phone
// numbers, long runs of digits (ID, passport, account numbers), dates of birth and the names a person
// introduces ("my name is …", "I am Maria …").
//
// The text is cut first, then masked, and every pattern here runs in time linear in its input: no nested
// quantifiers, every repetition bounded, the one scanner a single pass. A question of any size costs at
// most the time to mask MAX_MASKED_LENGTH characters (see `npm run bench`, "mask").

/** Longest text masked and kept, in characters; the rest is cut before anything else runs. */
export const MAX_MASKED_LENGTH = 2000;

/** Digits a phone number has at least. */
const MIN_PHONE_DIGITS = 8;

export type MaskOptions = {
  /**
   * Capitalised words that are never a person's name (lower case): the countries, demonyms and languages of
   * the reference data, so "I am Irish" and "I'm Estonian" stay as typed. Without it, only the cue's own words
   * are known ("I am a lawyer" is never a name: it is not capitalised).
   */
  notNames?: ReadonlySet<string>;
  /** Mask the names a person introduces. Default true; answers (the bot's own words) turn it off. */
  names?: boolean;
  /** Addresses kept as they stand (lower case): the notice's own, which the bot's answers quote. */
  keep?: ReadonlySet<string>;
};

// Full-width forms (＠, ０–９, Ａ–Ｚ…) and Arabic-Indic digits are read as their ASCII twins, so "ｊｏ＠ｅｘ．ｅｕ"
// and "٠٤٧٠١٢٣٤٥٦" are masked like "jo@ex.eu" and "0470123456". One character in, one out: offsets hold.
const FOLDABLE = /[\uFF01-\uFF5E\u0660-\u0669\u06F0-\u06F9]/g;
function fold(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01) return String.fromCharCode(code - 0xfee0);
  return String.fromCharCode(48 + (code >= 0x06f0 ? code - 0x06f0 : code - 0x0660));
}

// An address is found from its "@" outwards: the local part read back at most 64 characters, the domain matched
// where it starts (a sticky pattern, bounded). Text without an "@" costs one indexOf.
const LOCAL_PART = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy;

function maskEmails(text: string, keep?: ReadonlySet<string>): string {
  let out = "";
  let from = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > from && at - start < 64 && LOCAL_PART.test(text[start - 1]!)) start--;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    if (!DOMAIN.test(text)) continue;
    if (keep?.has(text.slice(start, DOMAIN.lastIndex).toLowerCase())) continue;
    out += `${text.slice(from, start)}[email]`;
    from = DOMAIN.lastIndex;
    at = from - 1;
  }
  return out + text.slice(from);
}

// A date: day, month and year with dots, dashes or slashes (day first or the year first), or day month-name year.
const MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const NUMERIC_DATE = "\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}";
const WORD_DATE = `\\d{1,2}(?:st|nd|rd|th)?[ ]{1,2}(?:of[ ]{1,2})?(?:${MONTHS})\\.?,?[ ]{1,2}\\d{4}|(?:${MONTHS})\\.?[ ]{1,2}\\d{1,2}(?:st|nd|rd|th)?,?[ ]{1,2}\\d{4}`;
// A date of birth is a full date after a cue; a year alone ("born 1990") says little and is kept.
const BIRTH = new RegExp(
  `\\b(born(?:[ ]{1,2}(?:on|in))?|date[ ]{1,2}of[ ]{1,2}birth|birth[ ]{0,2}date|birthday|d\\.?o\\.?b\\.?)([ ]{0,2}(?:is|:|-|,)?[ ]{0,2})(?:${NUMERIC_DATE}|${WORD_DATE})(?!\\d)`,
  "giu",
);
// A numeric date inside a phone candidate (day ≤ 31 and month ≤ 12 are checked after): kept as typed.
const DATE_IN_CANDIDATE = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})(?!\d)/g;
const LONG_DIGITS = /\d{6,}/g;

// Who introduces themselves: the cue, then up to three capitalised words that are not reference words.
const NAME_CUE = /\b(?:my[ ]{1,2}name[ ]{1,2}is|my[ ]{1,2}name's|name[ ]{0,2}:|i[ ]{1,2}am|i['’]m|call[ ]{1,2}me)[ ]{1,3}/giu;
const NAME_WORD = /\p{Lu}[\p{Ll}\p{M}]{1,30}(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]{1,30})?(?![\p{L}\p{M}])/uy;
const GAP = /[ ]{1,2}/y;

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const PHONE_SEPARATORS = " .-/()";
/** Where a phone candidate may start: a digit, or "+" or "(" right before one. */
const CANDIDATE_START = /[+(]?\d/g;

function isRealDate(date: string): boolean {
  // The first two numbers: day and month, or (year first) the year and the month.
  let first = 0;
  let i = 0;
  for (; i < date.length && isDigit(date[i]); i++) first = first * 10 + date.charCodeAt(i) - 48;
  let month = 0;
  for (i++; i < date.length && isDigit(date[i]); i++) month = month * 10 + date.charCodeAt(i) - 48;
  let last = 0;
  for (i++; i < date.length && isDigit(date[i]); i++) last = last * 10 + date.charCodeAt(i) - 48;
  const day = first > 31 ? last : first;
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** A run of digits and separators, judged without the dates it holds: 8 or more digits left is a phone. */
function judgeCandidate(candidate: string): string {
  let out = "";
  let from = 0;
  DATE_IN_CANDIDATE.lastIndex = 0;
  for (let m = DATE_IN_CANDIDATE.exec(candidate); m; m = DATE_IN_CANDIDATE.exec(candidate)) {
    if (!isRealDate(m[0])) continue;
    out += judgePiece(candidate.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return out + judgePiece(candidate.slice(from));
}

function judgePiece(piece: string): string {
  if (piece.length < MIN_PHONE_DIGITS) return piece;
  let digits = 0;
  let groups = 0;
  for (let i = 0; i < piece.length; i++) {
    if (isDigit(piece[i])) {
      digits++;
      if (!isDigit(piece[i - 1])) groups++;
    }
  }
  // Bare digits are left to the digit-run rule, which names them "[number]".
  if (digits < MIN_PHONE_DIGITS || groups < 2) return piece;
  // Keep the spaces around, mask the number.
  const start = piece.search(/[\d+(]/);
  let end = piece.length;
  while (end > 0 && !isDigit(piece[end - 1]) && piece[end - 1] !== ")") end--;
  return `${piece.slice(0, start)}[phone]${piece.slice(end)}`;
}

/**
 * Masks phone numbers in one pass: a candidate starts at a digit, "+" or "(" not glued to a letter, digit or
 * "/" (so "COM/2025/1194" is a reference, not a number), and runs over digits and at most two separators in a row.
 */
function maskPhones(text: string): string {
  let out = "";
  let from = 0;
  CANDIDATE_START.lastIndex = 0;
  for (let m = CANDIDATE_START.exec(text); m; m = CANDIDATE_START.exec(text)) {
    const i = m.index;
    const prev = text[i - 1];
    if (isDigit(prev) || isLetter(prev) || prev === "/") {
      // Not a start: skip the rest of this run of digits, which is glued to what came before.
      CANDIDATE_START.lastIndex = i + m[0].length;
      while (isDigit(text[CANDIDATE_START.lastIndex])) CANDIDATE_START.lastIndex++;
      continue;
    }
    let lastDigit = i + m[0].length - 1;
    let separators = 0;
    for (let j = lastDigit + 1; j < text.length; j++) {
      const d = text[j]!;
      if (isDigit(d)) {
        lastDigit = j;
        separators = 0;
      } else if (PHONE_SEPARATORS.includes(d) && separators < 2) {
        separators++;
      } else break;
    }
    out += text.slice(from, i) + judgeCandidate(text.slice(i, lastDigit + 1));
    from = lastDigit + 1;
    CANDIDATE_START.lastIndex = from;
  }
  return out + text.slice(from);
}

function maskNames(text: string, notNames: ReadonlySet<string>): string {
  let out = "";
  let from = 0;
  NAME_CUE.lastIndex = 0;
  for (let m = NAME_CUE.exec(text); m; m = NAME_CUE.exec(text)) {
    let at = m.index + m[0].length;
    let end = at;
    for (let words = 0; words < 3; words++) {
      NAME_WORD.lastIndex = at;
      const word = NAME_WORD.exec(text);
      if (!word || notNames.has(word[0].toLowerCase()) || COMMON_CAPITALISED.has(word[0].toLowerCase())) break;
      end = at = NAME_WORD.lastIndex;
      GAP.lastIndex = at;
      if (!GAP.test(text)) break;
      at = GAP.lastIndex;
    }
    if (end === m.index + m[0].length) continue;
    out += `${text.slice(from, m.index + m[0].length)}[name]`;
    from = end;
    NAME_CUE.lastIndex = end;
  }
  return out + text.slice(from);
}

// Words people capitalise after "I am" that are not names: the notice's own vocabulary and the start of a sentence.
const COMMON_CAPITALISED = new Set(["eu", "not", "interested", "applying", "currently", "still", "also", "an", "the", "from", "in", "looking", "working", "eligible", "here", "sorry", "unsure", "wondering"]);

/** The words of the reference data that are never a person's name, lower case: countries, demonyms, languages, places. */
export function referenceWords(reference: {
  countries: { memberStates: { name: string; demonyms: string[]; aliases: string[] }[]; otherCountries: { name: string; demonyms: string[]; aliases: string[] }[] };
  languages: { official: { name: string; aliases: string[] }[]; other: { name: string; aliases: string[] }[] };
  zones?: Record<string, string>;
}): Set<string> {
  const words = new Set<string>();
  const add = (s: string) => {
    for (const w of s.toLowerCase().split(/[\s,()]+/)) if (w) words.add(w);
  };
  for (const c of [...reference.countries.memberStates, ...reference.countries.otherCountries]) for (const n of [c.name, ...c.demonyms, ...c.aliases]) add(n);
  for (const l of [...reference.languages.official, ...reference.languages.other]) for (const n of [l.name, ...l.aliases]) add(n);
  for (const [place, zone] of Object.entries(reference.zones ?? {})) {
    add(place);
    add(zone.split("/").at(-1)!.replace(/_/g, " "));
  }
  return words;
}

/**
 * Cuts the text to MAX_MASKED_LENGTH characters (marking the cut with "…"), then masks e-mail addresses, phone
 * numbers, runs of 6 or more digits, dates of birth and introduced names; other dates are kept.
 *
 * @example
 * maskPersonal("I'm Maria, jane.doe@example.org, call +32 2 123 45 67 before 20.10.2025")
 * // → "I'm [name], [email], call [phone] before 20.10.2025"
 */
export function maskPersonal(text: string, options: MaskOptions = {}): string {
  const cut = text.length > MAX_MASKED_LENGTH ? `${text.slice(0, MAX_MASKED_LENGTH)}…` : text;
  let out = cut.replace(FOLDABLE, fold);
  out = maskEmails(out, options.keep);
  out = out.replace(BIRTH, (_m, cue: string, gap: string) => `${cue}${gap}[date of birth]`);
  out = maskPhones(out);
  out = out.replace(LONG_DIGITS, "[number]");
  if (options.names ?? true) out = maskNames(out, options.notNames ?? new Set());
  return out;
}
