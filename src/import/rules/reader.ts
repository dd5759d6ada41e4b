// What every import rule reads with: the notice's document, its language and label words, the ways of
// finding a passage ("the first sentence matching", "a Label: value line"), and the facts read so far.
import type { Countries, Languages, NoticeWords } from "../../knowledge/schema.js";
import { comparable } from "../../knowledge/text.js";
import type { ZoneIndex } from "../dates.js";
import { readDocument, sentences, type NoticeDocument, type Span, type Unit } from "../document.js";
import { dateWordsOf, noticeLanguage, type DateWords, type LanguageWords } from "../words.js";
import { labelOf, type Field } from "./fields.js";
import { escapeRegExp as escape } from "../../text/regexp.js";
export { escapeRegExp as escape } from "../../text/regexp.js";

type NoticeLabel = keyof NoticeWords["labels"];

export type ExtractContext = {
  countries: Countries;
  languages: Languages;
  zoneIndex: ZoneIndex;
  /** Every lexicon's words (src/import/words.ts); without them only the notice's structure is cleaned. */
  words?: Map<string, LanguageWords>;
  /** The notice's language, when known (else read from its words). */
  language?: string;
};

/** A fact the importer found: where it goes in facts.json, what it read, and the passage it read it from. */
export type Found = { field: string; label: string; value: string; quotes: string[] };

/** A fact the importer did not find, and why when it knows. */
export type Missing = { field: string; label: string; reason?: string };

/** A passage of the eligibility part the importer could not type: the bot tells the user to check it themself. */
export type Unread = { field: string; quote: string };

/** What one rule read: the passages it found, and what became of them. */
export type RuleRead = { field: Field; outcome: "fact" | "not a fact" | "nothing found"; quotes: string[] };

export type Role = "intro" | "about" | "propose" | "lookFor" | "apply" | "annex" | "offer" | "other";

/** A heading's words by the role of its part (words.json `notice.sections`), the notice language's and English's. */
export type SectionWords = NoticeWords["sections"];

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'").toLowerCase();

/** The matchers of the roles, in the order they are tried: a word matches whole, or as a stem when it ends in "*". */
function roleMatchers(words: SectionWords): [Role, RegExp][] {
  const order = ["annex", "apply", "lookFor", "propose", "about", "offer"] as const;
  return order
    .filter((role) => words[role].length)
    .map((role) => {
      const alternatives = [...words[role]].sort((a, b) => b.length - a.length).map((w) => {
        const stem = w.endsWith("*");
        return escape(fold(stem ? w.slice(0, -1) : w)).replace(/\s+/g, "\\s+") + (stem ? "" : "(?![\\p{L}\\p{N}])");
      });
      return [role, new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})`, "u")];
    });
}

const matchersOf = new WeakMap<SectionWords, [Role, RegExp][]>();

function matchers(words: SectionWords): [Role, RegExp][] {
  let known = matchersOf.get(words);
  if (!known) matchersOf.set(words, (known = roleMatchers(words)));
  return known;
}

/** What a top-level heading is for, by the words notices of its language use for it; "other" without words. */
export function sectionRole(name: string, words?: SectionWords): Role {
  if (!name) return "intro";
  if (!words) return "other";
  const n = fold(name);
  return matchers(words).find(([, re]) => re.test(n))?.[0] ?? "other";
}

/** Whether a line holds one of a role's heading words ("We offer:" leading a list of benefits). */
export function saysRole(text: string, role: Role, words?: SectionWords): boolean {
  const n = fold(text);
  return Boolean(words && matchers(words).some(([r, re]) => r === role && re.test(n)));
}

/** Lists of words by key, the notice language's followed by English's (a notice may keep English labels and headings). */
function withEnglish<T extends Partial<Record<string, string[]>>>(own: T, english: T | undefined): T {
  const keys = new Set([...Object.keys(own), ...Object.keys(english ?? {})]);
  return Object.fromEntries([...keys].map((k) => [k, [...(own[k] ?? []), ...(english?.[k] ?? [])]])) as T;
}

/** A sentence of the notice and the unit (paragraph, bullet, line) it stands in. */
export type Hit = { span: Span; unit: Unit };
export type Match = Hit & { match: RegExpExecArray };
/** A "Label: value" line (or a key-facts table cell) and its value. */
export type Labelled = { span: Span; value: string };

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, eighteen: 18, twenty: 20,
};
export const NUM = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty)";

export function numberOf(word: string): number | undefined {
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
  return n && n > 0 ? n : undefined;
}

export class Reader {
  readonly doc: NoticeDocument;
  readonly found: Found[] = [];
  readonly missing: Missing[] = [];
  readonly unread: Unread[] = [];
  /** Per rule, in the order the rules ran: the passage it read (for the import report). */
  readonly reads: RuleRead[] = [];
  readonly facts: Record<string, unknown>;
  /** The notice's language and the words of it the rules read with (labels, months, hours). */
  readonly language: string;
  readonly labels: Partial<Record<NoticeLabel, string[]>>;
  readonly dateWords: DateWords | undefined;
  /** The headings' words by role, the notice language's with English's (a notice may keep English headings). */
  readonly sectionWords: SectionWords | undefined;
  private readonly haystack: string;
  /** Units after the post's header block: the notice proper, without the employer's general introduction. */
  bodyFrom = 0;
  /** No top-level heading at all (computed once, by `role`). */
  private flat: boolean | undefined;

  constructor(
    text: string,
    readonly ctx: ExtractContext,
  ) {
    this.doc = readDocument(text);
    this.haystack = comparable(text);
    this.language = ctx.language ?? noticeLanguage(text, ctx.words);
    this.facts = { language: this.language };
    const own = ctx.words?.get(this.language)?.words.notice;
    const english = this.language === "en" ? undefined : ctx.words?.get("en")?.words.notice;
    this.labels = withEnglish(own?.labels ?? {}, english?.labels);
    this.dateWords = dateWordsOf(ctx.words, this.language);
    this.sectionWords = own?.sections && withEnglish(own.sections, english?.sections);
  }

  // ── Finding passages ────────────────────────────────────────────────────────

  hits(filter: (h: Hit) => boolean = () => true): Hit[] {
    return sentences(this.doc)
      .filter(({ unit }) => unit.kind !== "heading")
      .map(({ sentence, unit }) => ({ span: sentence, unit }))
      .filter(filter);
  }

  /** The first sentence matching, looking in the notice proper before its general introduction. */
  sentence(re: RegExp, filter: (h: Hit) => boolean = () => true): Match | undefined {
    const all = this.hits(filter);
    const body = all.filter((h) => h.unit.start >= this.bodyFrom);
    for (const list of [body, all]) {
      for (const h of list) {
        const match = re.exec(h.span.clean);
        if (match) return { ...h, match };
      }
    }
    return undefined;
  }

  /** A "Label: value" line; `field` adds the labels the notice's lexicon gives that fact ("Date limite"). */
  labelled(label: RegExp, field?: NoticeLabel): Labelled | undefined {
    const words = field ? (this.labels[field] ?? []) : [];
    if (words.length) label = new RegExp(`${label.source}|${[...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/'/g, "['’]")).join("|")}`, label.flags);
    for (const line of this.doc.lines) {
      const m = new RegExp(`^\\W{0,3}(?:${label.source})\\s*:\\s*(.+)$`, "i").exec(line.clean);
      if (m && m[1]!.trim()) return { span: line, value: m[1]!.trim() };
    }
    // A Markdown table of key facts: a header row, a |---| row, a row of values.
    const cells = (s: string) => s.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
    const lines = this.doc.lines;
    for (let i = 0; i + 2 < lines.length; i++) {
      if (!/^\s*\|.*\|\s*$/.test(lines[i]!.raw) || !/^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1]!.raw)) continue;
      const head = cells(lines[i]!.raw);
      const row = cells(lines[i + 2]!.raw);
      const at = head.findIndex((h) => new RegExp(`^(?:${label.source})$`, "i").test(h));
      if (at >= 0 && row[at]) return { span: lines[i + 2]!, value: row[at]! };
    }
    return undefined;
  }

  role(unit: Unit): Role {
    // A notice whose only headings are titles in sentence case ("Tehtävät", "Tarjoamme"): they name its parts.
    this.flat ??= !this.doc.units.some((u) => u.section);
    const role = sectionRole(unit.section || (this.flat ? (unit.sub[0] ?? "") : ""), this.sectionWords);
    return unit.start < this.bodyFrom && role !== "offer" ? "intro" : role;
  }

  /** What a heading is for, in the notice's words (see sectionRole). */
  roleOfHeading(name: string): Role {
    return sectionRole(name, this.sectionWords);
  }

  /** Whether a line holds one of a role's heading words, in the notice's words. */
  says(text: string, role: Role): boolean {
    return saysRole(text, role, this.sectionWords);
  }

  /** Not in the employer's general introduction. */
  readonly notIntro = (h: Hit): boolean => this.role(h.unit) !== "intro";

  // ── Recording ───────────────────────────────────────────────────────────────

  isQuote(quote: string): boolean {
    return quote.trim().length >= 3 && this.haystack.includes(comparable(quote));
  }

  set(field: string, fact: unknown, value: string, quotes: string[]): boolean {
    if (!quotes.every((q) => this.isQuote(q))) {
      this.miss(field, "the passage found is not a quote of the notice");
      return false;
    }
    this.put(field, fact);
    this.record(field, value, quotes);
    return true;
  }

  /** Writes a fact at its place in facts.json, without a line in the report. */
  put(field: string, fact: unknown): void {
    const path = field.split(".");
    let at = this.facts;
    for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
    at[path.at(-1)!] = fact;
  }

  record(field: string, value: string, quotes: string[]): void {
    this.found.push({ field, label: labelOf(field), value, quotes });
  }

  miss(field: string, reason?: string): void {
    if (!this.missing.some((m) => m.field === field)) this.missing.push({ field, label: labelOf(field), ...(reason ? { reason } : {}) });
  }

  /** A fact found after all: its earlier "not found" goes (those with a reason stay when `keepReasons`). */
  unmiss(fields: string[], keepReasons = false): void {
    this.missing.splice(0, this.missing.length, ...this.missing.filter((m) => !fields.includes(m.field) || (keepReasons && m.reason)));
  }
}
