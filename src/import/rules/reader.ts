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

/** What a top-level heading is for, by the words such notices use for it. */
export function sectionRole(name: string): Role {
  const n = name.toUpperCase();
  if (!n) return "intro";
  if (/\bANNEX\b/.test(n)) return "annex";
  if (/HOW TO (?:APPLY|EXPRESS|SUBMIT|MAKE)|APPLICATION PROCEDURE|HOW (?:DO I|CAN I) APPLY|SUBMISSION OF APPLICATIONS/.test(n)) return "apply";
  if (/LOOK(?:ING)? FOR|PROFILE|REQUIREMENTS|WHO YOU ARE/.test(n)) return "lookFor";
  if (/PROPOSE|THE JOB|JOB DESCRIPTION|YOUR ROLE|MAIN TASKS|DUTIES|WHAT YOU WILL DO|THE POST/.test(n)) return "propose";
  if (/^(?:WHO )?WE ARE$|ABOUT US/.test(n)) return "about";
  if (/WE OFFER|BENEFITS/.test(n)) return "offer";
  return "other";
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
  private readonly haystack: string;
  /** Units after the post's header block: the notice proper, without the employer's general introduction. */
  bodyFrom = 0;

  constructor(
    text: string,
    readonly ctx: ExtractContext,
  ) {
    this.doc = readDocument(text);
    this.haystack = comparable(text);
    this.language = ctx.language ?? noticeLanguage(text, ctx.words);
    this.facts = { language: this.language };
    const own = ctx.words?.get(this.language)?.words.notice.labels ?? {};
    const english = ctx.words?.get("en")?.words.notice.labels ?? {};
    this.labels = Object.fromEntries([...new Set([...Object.keys(own), ...Object.keys(english)])].map((k) => [k, [...(own[k as NoticeLabel] ?? []), ...(this.language === "en" ? [] : english[k as NoticeLabel] ?? [])]]));
    this.dateWords = dateWordsOf(ctx.words, this.language);
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
    return unit.start < this.bodyFrom && sectionRole(unit.section) !== "offer" ? "intro" : sectionRole(unit.section);
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
