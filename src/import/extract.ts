// Rule-based extraction of a notice's facts from its own words.
//
// Each rule reads the phrasings this family of EU vacancy notices uses ("Selection reference:",
// "Grade range:", "The place of employment will be …", "minimum level C1", "a 9-month probationary
// period" …) and keeps the passage it read the value from as the fact's quote. A rule that finds
// nothing leaves its fact out and says so: the importer never fills a gap with a guess.
import type { Countries, FactsInput, Languages, NoticeWords, Words } from "../knowledge/schema.js";
import { comparable } from "../knowledge/text.js";
import { readClock, readDaysOfYear, readDeadline, readWindow, type ZoneIndex } from "./dates.js";
import { join, readDocument, sentences, type Line, type NoticeDocument, type Span, type Unit } from "./document.js";
import type { DoctorateWords } from "../engine/eligibility/doctorate-credit.js";
import { readCriteria, readDoctorateCreditOf, strictEligibilityUnits } from "./eligibility.js";
import { selectionTable, type ColumnWords, type RequirementWords } from "./requirements.js";
import { readGradeTable } from "./criteria-words.js";
import { normalizeNotice, originalSlice, type Dropped } from "./normalize.js";
import { profilesOf } from "./profiles.js";
import { readTerms } from "./terms.js";
import { dateWordsOf, furnitureOf, noticeLanguage, zonesInLanguage, type DateWords, type LanguageWords } from "./words.js";

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

export type Extraction = {
  facts: FactsInput;
  found: Found[];
  missing: Missing[];
  unread: Unread[];
  /** What the normalisation dropped (page furniture) and the words it joined across line breaks. */
  dropped: Dropped[];
  joined: string[];
};

/** Every fact the importer looks for, in the order the report lists them. */
export const FIELDS: { field: string; label: string }[] = [
  { field: "reference", label: "selection reference" },
  { field: "title", label: "title of the post" },
  { field: "directorate", label: "directorate-general" },
  { field: "service", label: "service" },
  { field: "domain", label: "domain" },
  { field: "place", label: "place of employment" },
  { field: "staffCategory", label: "staff category and function group" },
  { field: "grades", label: "grade range" },
  { field: "posts", label: "number of posts" },
  { field: "deadline", label: "deadline" },
  { field: "deadlines", label: "several closing dates (windows or cut-offs)" },
  { field: "application.address", label: "where to send the application" },
  { field: "application.subjectReference", label: "reference to give in the subject" },
  { field: "application.documents", label: "documents and their order" },
  { field: "application.singlePdf", label: "single-PDF rule" },
  { field: "application.noLateApplications", label: "no late applications" },
  { field: "eligibility.when", label: "when eligibility is judged" },
  { field: "eligibility.citizenship", label: "citizenship" },
  { field: "eligibility.education", label: "length of education" },
  { field: "eligibility.experience", label: "professional experience required" },
  { field: "eligibility.diplomaRecognition", label: "recognition of diplomas" },
  { field: "eligibility.doctorateCredit", label: "doctoral research counted as experience" },
  { field: "eligibility.languages.main", label: "main language level" },
  { field: "eligibility.languages.second", label: "second language level" },
  { field: "eligibility.languages.officialLanguages", label: "list of official languages" },
  { field: "eligibility.otherConditions", label: "other eligibility conditions" },
  { field: "eligibility.clearance", label: "security clearance" },
  { field: "eligibility.criteria", label: "eligibility criteria, typed" },
  { field: "selectionCriteria", label: "selection criteria (essential, advantageous)" },
  { field: "application.channels", label: "how to apply (e-mail, online, intermediary)" },
  { field: "application.refused", label: "channels the notice refuses" },
  { field: "application.notForApplications", label: "addresses not for applications" },
  { field: "application.language", label: "language of the application" },
  { field: "application.format", label: "format of the documents" },
  { field: "contract.notStaff", label: "not an employment contract / post for officials" },
  { field: "contract.renewal", label: "renewals and total length" },
  { field: "contract.salary", label: "salary figures" },
  { field: "contract.allowances", label: "allowances" },
  { field: "selection.steps", label: "selection steps" },
  { field: "selection.languageChoice", label: "language of the selection at the candidate's choice" },
  { field: "telework", label: "telework" },
  { field: "reserveList", label: "reserve list" },
  { field: "assets", label: "assets (what makes an application stand out)" },
  { field: "contract.type", label: "type of contract" },
  { field: "contract.firstContract", label: "length of the first contract" },
  { field: "contract.extension", label: "extension of the contract" },
  { field: "contract.probation", label: "probationary period" },
  { field: "contract.grading", label: "how the grade is set" },
  { field: "contract.gradeByExperience", label: "grade by years of experience (table)" },
  { field: "contract.pay", label: "pay" },
  { field: "contract.tax", label: "tax" },
  { field: "selection.publication", label: "where the post was published" },
  { field: "selection.priority", label: "priority candidates" },
  { field: "selection.panel", label: "selection panel" },
  { field: "selection.onlyShortlistedNotified", label: "only shortlisted candidates notified" },
  { field: "selection.language", label: "language of the selection" },
  { field: "recruitment.evidence", label: "documentary evidence" },
  { field: "recruitment.medical", label: "medical check-up" },
  { field: "recruitment.vetting", label: "security vetting" },
  { field: "underRepresented", label: "under-represented member states" },
  { field: "underRepresented.noReservation", label: "no posts reserved by nationality" },
  { field: "role.summary", label: "summary of the role" },
  { field: "role.duties", label: "duties" },
  { field: "profile.knowledge", label: "knowledge and experience sought" },
  { field: "profile.skills", label: "skills sought" },
  { field: "about", label: "about the service" },
  { field: "benefits", label: "what the employer offers" },
];

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, eighteen: 18, twenty: 20,
};
const NUM = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty)";

function numberOf(word: string): number | undefined {
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
  return n && n > 0 ? n : undefined;
}

type Role = "intro" | "about" | "propose" | "lookFor" | "apply" | "annex" | "offer" | "other";

/** What a top-level heading is for, by the words such notices use for it. */
function sectionRole(name: string): Role {
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

const ORG_LINE = /^(?:Directorate-General|Secretariat-General|Joint Research Centre|Legal Service|DG [A-Z]{2,}\b)|Directorate-General for|\bof the European Commission$/;
const REFERENCE_TOKEN = "([A-Z][A-Z0-9]*(?:\\s?[/_.-]\\s?[A-Z0-9]+){1,6})";
// A range joins two grades with a dash, a slash or a short word of any language ("to", "à", "bis", "a", "do").
const GRADE = /\b(AD|AST\/SC|AST|SC|FG)\s?(\d{1,2}|IV|III|II|I)\b(?:(?:\s*[-–—/]\s*|\s+\p{Ll}{1,3}\s+)(?:(AD|AST\/SC|AST|SC|FG)\s?)?(\d{1,2}|IV|III|II|I)\b)?/u;
const CEFR = /\b([ABC][12])\b/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const CLEARANCE = /\b(EU TOP SECRET|EU SECRET|EU CONFIDENTIAL|EU RESTRICTED|TR[EÈ]S SECRET UE|SECRET UE|CONFIDENTIEL UE|RESTREINT UE)\b/i;

/** The standard conditions of the Staff Regulations and the Conditions of Employment, by their usual words. */
const CONDITIONS: { id: string; label: string; pattern: RegExp }[] = [
  { id: "military-service", label: "obligations concerning military service fulfilled", pattern: /military service/i },
  { id: "fitness", label: "physically fit to perform the duties", pattern: /physically fit|physical fitness/i },
  { id: "character-references", label: "appropriate character references", pattern: /character (?:references|requirements)|guarantees as to (?:their |your )?(?:character|integrity)|suitability for the performance/i },
];

type Hit = { span: Span; unit: Unit };

class Extractor {
  readonly doc: NoticeDocument;
  readonly found: Found[] = [];
  readonly missing: Missing[] = [];
  readonly unread: Unread[] = [];
  readonly facts: Record<string, unknown>;
  /** The notice's language and the words of it the rules read with (labels, months, hours). */
  readonly language: string;
  private readonly labels: Partial<Record<NoticeLabel, string[]>>;
  readonly dateWords: DateWords | undefined;
  private readonly haystack: string;
  /** Units after the post's header block: the notice proper, without the employer's general introduction. */
  private bodyFrom = 0;

  constructor(
    text: string,
    private readonly ctx: ExtractContext,
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
  sentence(re: RegExp, filter: (h: Hit) => boolean = () => true): (Hit & { match: RegExpExecArray }) | undefined {
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
  labelled(label: RegExp, field?: NoticeLabel): { span: Span; value: string } | undefined {
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

  // ── Recording ───────────────────────────────────────────────────────────────

  isQuote(quote: string): boolean {
    return quote.trim().length >= 3 && this.haystack.includes(comparable(quote));
  }

  set(field: string, fact: Record<string, unknown>, value: string, quotes: string[]): void {
    if (!quotes.every((q) => this.isQuote(q))) {
      this.miss(field, "the passage found is not a quote of the notice");
      return;
    }
    const path = field.split(".");
    let at = this.facts;
    for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
    at[path.at(-1)!] = fact;
    this.record(field, value, quotes);
  }

  record(field: string, value: string, quotes: string[]): void {
    this.found.push({ field, label: labelOf(field), value, quotes });
  }

  miss(field: string, reason?: string): void {
    if (!this.missing.some((m) => m.field === field)) this.missing.push({ field, label: labelOf(field), ...(reason ? { reason } : {}) });
  }

  passage(field: string, re: RegExp, filter?: (h: Hit) => boolean): Hit | undefined {
    const hit = this.sentence(re, filter);
    if (hit) this.set(field, { quote: hit.span.raw }, "(passage)", [hit.span.raw]);
    else this.miss(field);
    return hit;
  }

  // ── The rules ───────────────────────────────────────────────────────────────

  run(): Extraction {
    const ref = this.reference();
    this.header(ref?.span);
    this.domain();
    this.place();
    this.staffCategory();
    this.grades();
    this.posts();
    this.deadline();
    this.deadlines();
    this.application(ref?.value);
    this.eligibility();
    this.assets();
    this.contract();
    this.selection();
    this.recruitment();
    this.underRepresented();
    this.roleAndProfile();
    this.aboutAndBenefits();
    this.criteria();
    this.gradeTable();
    this.terms();
    const order = new Map(FIELDS.map((f, i) => [f.field, i]));
    const byOrder = (a: { field: string }, b: { field: string }) => (order.get(a.field) ?? 99) - (order.get(b.field) ?? 99);
    return { facts: this.facts as FactsInput, found: this.found.sort(byOrder), missing: this.missing.sort(byOrder), unread: this.unread, dropped: [], joined: [] };
  }

  reference(): { value: string; span: Span } | undefined {
    const label = this.labelled(/(?:selection |vacancy |post |job |notice )?(?:reference|ref\.?)(?: number| no\.?)?/, "reference");
    // A labelled reference may mix cases ("Europol/2027/TA/AD6/712").
    const token = /^\**([A-Za-z][A-Za-z0-9]*(?:\s?[/_.-]\s?[A-Za-z0-9]+){1,6})/;
    let found: { value: string; span: Span } | undefined;
    const m = label && token.exec(label.value);
    if (label && m) found = { value: m[1]!.replace(/\s/g, ""), span: label.span };
    else {
      const hit = this.sentence(new RegExp(`(?:selection|vacancy) reference(?: number)?\\s+${REFERENCE_TOKEN}`));
      // "VACANCY NOTICE No 27/AST/142": the notice's number in its title line.
      const numbered = this.doc.lines.find((l) => /^\W{0,3}(?:vacancy notice|call for (?:applications|expressions of interest)|notice)\s+(?:No\.?|n[°o]\.?|number)\s*[A-Z0-9]/i.test(l.clean));
      const number = numbered && /(?:No\.?|n[°o]\.?|number)\s*([A-Z0-9][A-Za-z0-9]*(?:[/_.-][A-Za-z0-9]+){1,6})/i.exec(numbered.clean);
      if (hit) found = { value: hit.match[1]!.replace(/\s/g, ""), span: hit.span };
      else if (numbered && number) found = { value: number[1]!, span: numbered };
    }
    if (found) this.set("reference", { value: found.value, quote: found.span.raw }, found.value, [found.span.raw]);
    else this.miss("reference");
    return found;
  }

  /** The post's header: the title lines and the directorate line just above the reference. */
  header(refSpan: Span | undefined): void {
    const titleLabel = this.labelled(/(?:job|post) title|title of the post|title|post|position/, "title");
    const lines = this.doc.lines;
    const at = refSpan ? lines.findIndex((l) => l.start <= refSpan.start && refSpan.start <= l.end) : -1;
    const above: Span[] = [];
    if (at > 0) {
      for (let i = at - 1; i >= 0 && above.length < 6; i--) {
        let l: Span = lines[i]!;
        if (!l.clean) continue;
        // A header line hard-wrapped in two ("…of the European\nCommission") is one line.
        while (i > 0 && lines[i - 1]!.clean && (lines[i - 1]!.clean.length >= 60 || /^\p{Ll}/u.test(l.clean)) && !/[.:;!?]$/.test(lines[i - 1]!.clean)) l = join(this.doc, lines[--i]!, l);
        const t = l.clean;
        if (/^[A-Za-z][\w ]{1,40}:\s*\S/.test(t) || /^\|/.test(t)) continue; // another "Label: value" line of the header, or a table row
        if (/^[¹²³⁴⁵⁶⁷⁸⁹]|[.!?:;]$|^[-•*▪]\s|^For more information/.test(t) || t.length > 140 || /MAKE A DIFFERENCE|STAFF RECRUITED|WE OFFER|JOIN THE/i.test(t)) break;
        above.unshift(l);
      }
    }
    if (above.length) this.bodyFrom = above[0]!.start;
    else if (refSpan) this.bodyFrom = refSpan.start;
    const orgAt = above.findIndex((l) => ORG_LINE.test(l.clean));
    // The title is the header's other lines, whether the directorate's line comes after them or before.
    const titleLines = above.filter((_, i) => i !== orgAt);
    // "VACANCY NOTICE No 27/AST/142" heading the notice: the title is the line after it.
    const numberedRef = refSpan && /^\W{0,3}(?:vacancy notice|call for|notice)\b/i.test(refSpan.clean) ? lines.slice(at + 1).find((l) => l.clean) : undefined;
    if (titleLabel) this.set("title", { value: titleLabel.value, quote: titleLabel.span.raw }, titleLabel.value, [titleLabel.span.raw]);
    else if (numberedRef && numberedRef.clean.length <= 120 && !/:/.test(numberedRef.clean)) this.set("title", { value: numberedRef.clean, quote: numberedRef.raw }, numberedRef.clean, [numberedRef.raw]);
    else if (titleLines.length) {
      const quote = join(this.doc, titleLines[0]!, titleLines.at(-1)!).raw;
      const value = titleLines.map((l) => l.clean).join(" – ");
      this.set("title", { value, quote }, value, [quote]);
    } else this.miss("title");

    const org = orgAt >= 0 ? above[orgAt] : this.doc.lines.find((l) => ORG_LINE.test(l.clean) && l.clean.length < 200);
    if (!org) {
      this.miss("directorate");
      this.miss("service");
      return;
    }
    const { directorate, service } = splitOrganisation(org.clean);
    if (directorate) this.set("directorate", { value: directorate, quote: org.raw }, directorate, [org.raw]);
    else this.miss("directorate");
    if (service) this.set("service", { value: service, quote: org.raw }, service, [org.raw]);
    else this.miss("service");
  }

  domain(): void {
    const d = this.labelled(/domain|field|area of work/);
    if (d) this.set("domain", { value: d.value, quote: d.span.raw }, d.value, [d.span.raw]);
    else this.miss("domain");
  }

  place(): void {
    const hit =
      this.sentence(/place of employment (?:will be|is|shall be)\s+(?:in\s+)?(.+?)\.?$/i) ??
      this.sentence(/^(?:The|This) (?:post|job|position) (?:is|will be) (?:located|based) in\s+(\p{Lu}[\p{L} ,'-]{1,40}?)\.?$/u);
    if (hit) {
      const value = hit.match[1]!.replace(/[.*]+$/, "").trim();
      this.set("place", { value, quote: hit.span.raw }, value, [hit.span.raw]);
      return;
    }
    const label = this.labelled(/place of employment|location|duty station|place of work|place of (?:secondment|assignment)|place/, "place");
    if (label) {
      const value = label.value.replace(/\.$/, "");
      this.set("place", { value, quote: label.span.raw }, value, [label.span.raw]);
      return;
    }
    const where = this.labelled(/where/);
    const last = where?.value.split(",").at(-1)?.trim();
    if (where && last && /^\p{Lu}[\p{L}' -]{1,40}$/u.test(last) && where.value.includes(",")) {
      this.set("place", { value: last, quote: where.span.raw }, last, [where.span.raw]);
      return;
    }
    this.miss("place");
  }

  staffCategory(): void {
    const label = this.labelled(/staff category(?: and function group)?|type of post|type of contract|contract type|type of position|category/, "staffCategory");
    if (!label) return this.miss("staffCategory");
    const [category, group] = label.value.split(/\s+[–—-]\s+|\s*,\s*|\s*\/\s*(?=Administrator|Assistant)/);
    let functionGroup = group ? functionGroupName(group.trim()) : undefined;
    if (!functionGroup) {
      const fg = this.labelled(/function group/);
      if (fg) functionGroup = functionGroupName(fg.value);
    }
    // Temporary and contract agents, grantholders and seconded experts hold no permanent post.
    const fixedTerm = /\b(?:temporary|contract) agent|\bgrant ?holder|\bseconded\b|\btrainee/i.test(category!);
    const fact = { value: category!.trim(), ...(functionGroup ? { functionGroup } : {}), ...(fixedTerm ? { fixedTerm } : {}), quote: label.span.raw };
    this.set("staffCategory", fact, functionGroup ? `${fact.value}, ${functionGroup}` : fact.value, [label.span.raw]);
  }

  grades(): void {
    const label = this.labelled(/grade range|grades?|function group and grade/, "grades");
    let source: { span: Span; text: string } | undefined = label ? { span: label.span, text: label.value } : undefined;
    if (!source || !GRADE.test(source.text)) {
      const hit = this.sentence(new RegExp(`\\bgrades?\\b.*${GRADE.source}`, "u"));
      source = hit ? { span: hit.span, text: hit.span.clean } : undefined;
    }
    const m = source && GRADE.exec(source.text);
    if (!source || !m) return this.miss("grades");
    const group = m[1]!;
    const format = (g: string, n: string) => (g === "FG" ? `FG ${n}` : `${g}${n}`);
    const min = format(group, m[2]!);
    const max = m[4] ? format(m[3] ?? group, m[4]) : min;
    this.set("grades", { min, max, quote: source.span.raw }, min === max ? min : `${min} to ${max}`, [source.span.raw]);
  }

  posts(): void {
    const label = this.labelled(/number of (?:vacant )?(?:posts|positions|vacancies)/);
    const n = label && new RegExp(`^${NUM}\\b`, "i").exec(label.value);
    if (label && n) {
      const value = numberOf(n[1]!)!;
      this.set("posts", { value, quote: label.span.raw }, String(value), [label.span.raw]);
      return;
    }
    const patterns = [
      new RegExp(`\\b(?:hire|recruit|fill|appoint|engage|select|looking for|seeking|seeks)\\s+(?:up to\\s+)?${NUM}\\b(?!\\s+(?:of|or|year|month|day))`, "i"),
      new RegExp(`\\b${NUM}\\s+(?:(?!of\\b)[\\w-]+\\s+){0,3}?(?:vacant\\s+)?(?:posts|positions|vacancies|posts?\\s+available)\\b`, "i"),
    ];
    for (const re of patterns) {
      const hit = this.sentence(re, (h) => this.role(h.unit) !== "intro");
      const value = hit && numberOf(hit.match[1]!);
      if (hit && value) {
        this.set("posts", { value, quote: hit.span.raw }, String(value), [hit.span.raw]);
        return;
      }
    }
    this.miss("posts");
  }

  deadline(): void {
    const own = this.labels.deadline ?? [];
    const ownLabel = own.length ? `|${[...own].sort((a, b) => b.length - a.length).map(escape).join("|")}` : "";
    const label = new RegExp(`^\\W{0,3}(?:(?:publication |application |closing |final )?(?:deadline|closing date)(?: for (?:the )?(?:applications?|submission|expressions? of interest))?${ownLabel})\\s*:`, "i");
    const cues = [...own, ...(this.ctx.words?.get(this.language)?.words.notice.deadlineCues ?? [])];
    const ownWords = cues.length ? new RegExp(`(?<!\\p{L})(?:${cues.map(escape).join("|")})(?!\\p{L})`, "iu") : undefined;
    const lines = this.doc.lines.filter((l) => l.clean);
    const candidates: Span[] = [
      // A label line, and the same line with the next one, for "(Brussels time)" wrapped onto its own line.
      ...lines.flatMap((l, i) => (label.test(l.clean) ? [l, ...(lines[i + 1] ? [join(this.doc, l, lines[i + 1]!)] : [])] : [])),
      ...this.hits((h) => /\b(?:deadline|closing date|no later than|not later than|by|before|until)\b/i.test(h.span.clean) || Boolean(ownWords?.test(h.span.clean))).map((h) => h.span),
    ];
    let reason: string | undefined;
    // A date alone counts in the zone of the place of employment ("Brussels"), the whole day.
    const place = (this.facts.place as { value?: string } | undefined)?.value;
    const placeZone = place
      ?.split(/[\s,()]+/)
      .map((w) => ({ zone: this.ctx.zoneIndex.get(w.toLowerCase()), words: `${place} (place of employment)` }))
      .find((z): z is { zone: string; words: string } => Boolean(z.zone));
    const dated: Span[] = [];
    for (const span of candidates) {
      const reading = readDeadline(span.clean, this.ctx.zoneIndex, undefined, this.dateWords);
      if (!reading.ok && /without a time of day/.test(reading.reason)) dated.push(span);
      if (reading.ok) {
        const value = `${reading.local.replace("T", " ")} ${reading.zone} (read from "${reading.zoneWords}")`;
        this.set("deadline", { local: reading.local, zone: reading.zone, quote: span.raw }, value, [span.raw]);
        return;
      }
      if (reading.reason !== "no date") reason ??= reading.reason;
    }
    for (const span of dated) {
      const reading = readDeadline(span.clean, this.ctx.zoneIndex, placeZone, this.dateWords);
      if (reading.ok) {
        const value = `${reading.date} (no time of day: the whole day) ${reading.zone} (read from "${reading.zoneWords}")`;
        this.set("deadline", { local: reading.local, zone: reading.zone, quote: span.raw }, value, [span.raw]);
        return;
      }
    }
    this.miss("deadline", reason);
  }

  /**
   * Several closing dates. Windows: rows that each give an application window (two dates, the second with a
   * time and a zone), labelled by the rest of the row (the period it is for). Rolling: a labelled list of
   * cut-off days of the year, closing at the time a passage on cut-offs gives, up to the final closing date.
   */
  deadlines(): void {
    const rows: { label?: string; opens: string; closes: string; zone: string; quote: string; line: Span }[] = [];
    for (const line of this.doc.lines) {
      if (!line.clean || line.clean.length > 300) continue;
      const cells = line.raw.split(/\s{3,}|\s*\|\s*/).map((c) => c.trim()).filter(Boolean);
      for (const [i, cell] of cells.entries()) {
        const w = readWindow(cell, this.ctx.zoneIndex, this.dateWords);
        if (!w) continue;
        const label = cells.filter((_, j) => j !== i).join(" ").trim();
        rows.push({ ...(label ? { label } : {}), ...w, quote: line.raw.trim(), line });
        break;
      }
    }
    if (rows.length >= 2 && rows.every((r) => r.zone === rows[0]!.zone)) {
      const zone = rows[0]!.zone;
      const windows = rows.map(({ zone: _z, line: _l, ...w }) => w);
      // The quote is the rows together, as the notice lays them out.
      const quote = join(this.doc, rows[0]!.line, rows.at(-1)!.line).raw;
      this.set("deadlines", { kind: "windows", zone, windows, quote }, windows.map((w) => `${w.opens} → ${w.closes.replace("T", " ")}${w.label ? ` (${w.label})` : ""}`).join("; ") + ` ${zone}`, [quote]);
      if (!this.facts.deadline) {
        const last = windows.at(-1)!;
        this.set("deadline", { local: last.closes, zone, quote: last.quote }, `${last.closes.replace("T", " ")} ${zone} (the last window)`, [last.quote]);
        const at = this.missing.findIndex((m) => m.field === "deadline");
        if (at >= 0) this.missing.splice(at, 1);
      }
      return;
    }
    const cut = this.labelled(/cut-?off dates?/i, "cutoffs");
    const days = cut ? readDaysOfYear(cut.value, this.dateWords) : [];
    const deadline = this.facts.deadline as { local: string; zone: string; quote: string } | undefined;
    if (!cut || days.length < 2 || !deadline) return;
    const words = [cut.span.clean.split(":")[0]!.trim().toLowerCase().replace(/s$/, "")];
    const clockHit = this.hits((h) => words.some((w) => h.span.clean.toLowerCase().includes(w)) && Boolean(readClock(h.span.clean, this.ctx.zoneIndex, this.dateWords)))[0];
    const clock = clockHit && readClock(clockHit.span.clean, this.ctx.zoneIndex, this.dateWords);
    const zone = clock?.zone ?? deadline.zone;
    const finalDate = deadline.local.slice(0, 10);
    const final = clock ? `${finalDate}T${clock.time}` : deadline.local;
    // The cut-offs with the final closing date, where the header gives them side by side.
    const lineOf = (quote: string) => this.doc.lines.find((l) => l.raw.includes(quote.trim()));
    const finalLine = lineOf(deadline.quote);
    const near = finalLine && Math.abs(finalLine.index - (cut.span as Line).index) <= 3;
    const quote = near ? (finalLine.index < (cut.span as Line).index ? join(this.doc, finalLine, cut.span) : join(this.doc, cut.span, finalLine)).raw : cut.span.raw;
    this.set("deadlines", { kind: "rolling", zone, cutoffs: days, ...(clock ? { time: clock.time } : {}), final, quote }, `cut-offs ${days.map((d) => `${d.day}/${d.month}`).join(", ")}${clock ? ` at ${clock.time}` : ""}, final ${final} ${zone}`, [quote]);
    if (clock && deadline.local !== final) (this.facts.deadline as { local: string; zone: string }).local = final;
    if (clock) (this.facts.deadline as { zone: string }).zone = zone;
  }

  application(reference: string | undefined): void {
    const inApply = (h: Hit) => this.role(h.unit) === "apply";
    const notFor = /\bquestions?\b|\bcontact\b|\bdata protection\b|\bprivacy\b|\bcomplaint\b|\brequests?\b|\bDPO\b/i;
    const send = (h: Hit) => /\b(?:send|submit|apply|e-?mail|address|forward)\b/i.test(h.span.clean) && !notFor.test(h.span.clean);
    const mail = this.sentence(EMAIL, (h) => inApply(h) && send(h)) ?? this.sentence(EMAIL, (h) => send(h) && this.role(h.unit) !== "intro");
    if (mail) this.set("application.address", { value: mail.match[0], quote: mail.span.raw }, mail.match[0], [mail.span.raw]);
    else {
      // A link's address survives only in the raw words: "[apply here](https://…)".
      const link = /https?:\/\/[^\s)\]]+[^\s)\].,;]/;
      const url = this.hits((h) => inApply(h) && send(h) && link.test(h.span.raw))[0];
      const address = url && link.exec(url.span.raw)![0];
      if (url && address) this.set("application.address", { value: address, quote: url.span.raw }, address, [url.span.raw]);
      else this.miss("application.address");
    }

    const subject = this.sentence(new RegExp(`${REFERENCE_TOKEN}[^.]*\\bsubject\\b|\\bsubject\\b[^.]*?${REFERENCE_TOKEN}`));
    const token = subject && (subject.match[1] ?? subject.match[2])!.replace(/\s/g, "");
    if (subject && token && /\d/.test(token)) this.set("application.subjectReference", { value: token, quote: subject.span.raw }, token, [subject.span.raw]);
    else if (reference && this.sentence(/\bsubject\b/i, inApply)?.span.clean.includes(reference)) {
      const hit = this.sentence(/\bsubject\b/i, inApply)!;
      this.set("application.subjectReference", { value: reference, quote: hit.span.raw }, reference, [hit.span.raw]);
    } else this.miss("application.subjectReference");

    this.documents();
    this.passage("application.singlePdf", /\b(?:single|one)\s+(?:pdf|PDF|file|document)\b|\bin (?:one|a single) (?:pdf|PDF|file)\b/i);
    this.passage(
      "application.noLateApplications",
      /\bno applications? (?:will|shall|can) be (?:accepted|considered)\b|\blate applications\b|\bapplications? (?:received|sent|submitted) after\b[^.]*\b(?:not|rejected)\b/i,
    );
  }

  documents(): void {
    const bullets = this.doc.units.filter((u) => u.kind === "bullet" && u.leadIn && this.role(u) === "apply");
    const leadIn = bullets.find((b) => /\b(?:documents?|order|include|send|submit|consist|following|attach|upload|enclose)\b/i.test(b.leadIn!.clean))?.leadIn;
    if (!leadIn) return this.inlineDocuments();
    const items = bullets.filter((b) => b.leadIn === leadIn);
    const value = items.map((b) => itemText(b.clean));
    const quote = join(this.doc, leadIn.sentences.at(-1) ?? leadIn, items.at(-1)!).raw;
    this.set("application.documents", { value, quote }, value.join("; "), [quote]);
  }

  /** "…should send their CV and motivation letter to X@ec.europa.eu": the documents named in the sentence itself. */
  inlineDocuments(): void {
    const named = /\b(?:CV|curriculum vitae|letter|form|certificate|diploma|copy|copies|statement|declaration|references?)\b/i;
    const hit = this.sentence(new RegExp(`\\b(?:send|submit|e-?mail)\\s+(?:(?:their|your|the following|a|an)\\s+)?(.+?)\\s+(?:by\\s+[^,]+?\\s+)?to\\s+${EMAIL.source}`, "i"), (h) => this.role(h.unit) === "apply");
    const items = hit?.match[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((i) => i.replace(/^(?:a|an|the|their|your)\s+/i, "").trim()).filter(Boolean);
    if (!hit || !items?.length || !items.every((i) => named.test(i))) return this.miss("application.documents");
    this.set("application.documents", { value: items, quote: hit.span.raw }, items.join("; "), [hit.span.raw]);
  }

  eligibility(): void {
    this.passage("eligibility.when", /\b(?:must|should|have to|need to)\s+(?:meet|fulfil|fulfill|satisfy)\b[^.]*\beligibility criteria\b|\beligibility criteria\b[^.]*\b(?:must|should) be (?:met|fulfilled)\b/i);
    this.passage("eligibility.citizenship", /\b(?:citizens?|nationals?) of (?:a|one of the|an EU) Member States?\b|\bcitizenship of (?:a|one of the) Member States?\b/i);

    // "…studies of at least 3 years…", but not "…a diploma, followed by at least 3 years of professional experience".
    const edu = this.sentence(
      new RegExp(`\\b(?:studies|education|degree)\\b[^.;]*?\\b${NUM}\\s*(?:\\(\\d+\\)\\s*)?(?:full[- ]time\\s+)?years?\\b(?!\\s+of\\s+(?:[\\w-]+\\s+){0,3}?experience)`, "i"),
      (h) => !/\bexperience\b/i.test(h.span.clean.split(/years?/i)[0] ?? ""),
    );
    const years = edu && numberOf(edu.match[1]!);
    if (edu && years) this.set("eligibility.education", { minYears: years, quote: edu.span.raw }, `${years} years`, [edu.span.raw]);
    else {
      const vague = this.sentence(/\b(?:education|studies)\b[^.]*\b(?:attested by a diploma|diploma)\b/i, (h) => this.role(h.unit) !== "intro");
      this.miss("eligibility.education", vague ? "the notice asks for education attested by a diploma but states no length in years" : undefined);
    }

    const eligible = (h: Hit) => this.role(h.unit) !== "intro" && this.role(h.unit) !== "lookFor" && !(h.unit.leadIn && /stand out|\basset|advantage|ideal candidate|desirable/i.test(h.unit.leadIn.clean));
    const exp = this.sentence(
      new RegExp(
        `\\b(?:must|should|need to|are required to)\\s+(?:have|possess|hold|demonstrate)\\b[^.]*?\\b${NUM}\\s*(?:full[- ]time\\s+)?years?\\s+of\\s+(?:[\\w-]+\\s+){0,3}?experience\\b|\\b${NUM}\\s*years?\\s+of\\s+(?:[\\w-]+\\s+){0,3}?experience\\b[^.]*\\b(?:is|are) required\\b`,
        "i",
      ),
      eligible,
    );
    const expYears = exp && numberOf((exp.match[1] ?? exp.match[2])!);
    if (exp && expYears) this.set("eligibility.experience", { minYears: expYears, quote: exp.span.raw }, `${expYears} years`, [exp.span.raw]);
    else this.miss("eligibility.experience");

    this.passage("eligibility.diplomaRecognition", /\b(?:issued|recogni[sz]ed)\b[^.]*\bas equivalent\b|\bequivalence of (?:the |your )?(?:diploma|qualification)/i);
    this.languages();
    this.conditions();

    // A sentence of the body before a header block run together ("Security clearance level: SECRET UE").
    const clearanceRe = new RegExp(`security clearance[^.]*${CLEARANCE.source}|${CLEARANCE.source}[^.]*security clearance`, "i");
    const clearance = this.sentence(clearanceRe, (h) => h.span.clean.length < 300) ?? this.sentence(clearanceRe);
    const level = clearance && (clearance.match[1] ?? clearance.match[2]);
    if (clearance && level) this.set("eligibility.clearance", { level: level.toUpperCase(), quote: clearance.span.raw }, level.toUpperCase(), [clearance.span.raw]);
    else this.miss("eligibility.clearance");
  }

  languages(): void {
    const part = new Set(strictEligibilityUnits(this.doc));
    const inPart = (h: Hit) => !part.size || part.has(h.unit);
    const levelled = this.hits((h) => CEFR.test(h.span.clean) && /\blanguages?\b/i.test(h.span.clean) && inPart(h));
    const second = /\b(?:second|another|additional)\b[^.]*\blanguage/i;
    let main: { level: string; span: Span } | undefined;
    let other: { level: string; span: Span } | undefined;
    for (const h of levelled) {
      const levels = [...h.span.clean.matchAll(new RegExp(CEFR.source, "g"))].map((m) => m[1]!);
      if (levels.length >= 2 && second.test(h.span.clean)) {
        main ??= { level: levels[0]!, span: h.span };
        other ??= { level: levels.at(-1)!, span: h.span };
      } else if (second.test(h.span.clean)) other ??= { level: levels[0]!, span: h.span };
      else main ??= { level: levels[0]!, span: h.span };
    }
    if (main) {
      const languages: Record<string, unknown> = { main: { level: main.level, quote: main.span.raw } };
      this.record("eligibility.languages.main", main.level, [main.span.raw]);
      if (other) {
        languages.second = { level: other.level, quote: other.span.raw };
        this.record("eligibility.languages.second", other.level, [other.span.raw]);
      } else this.miss("eligibility.languages.second");
      const official = this.sentence(/\bofficial languages of the (?:European Union|EU) are\b/i);
      if (official) {
        languages.officialLanguages = { quote: official.span.raw };
        this.record("eligibility.languages.officialLanguages", "(passage)", [official.span.raw]);
      } else this.miss("eligibility.languages.officialLanguages");
      const quotes = [main.span.raw, other?.span.raw, official?.span.raw].filter((q): q is string => !!q);
      if (quotes.every((q) => this.isQuote(q))) ((this.facts.eligibility ??= {}) as Record<string, unknown>).languages = languages;
      return;
    }
    const anyLanguage = this.sentence(/\b(?:thorough|satisfactory|excellent|good) knowledge\b[^.]*\blanguage/i);
    const reason = anyLanguage ? "the notice asks for languages but states no CEFR level (A1–C2)" : undefined;
    this.miss("eligibility.languages.main", reason);
    this.miss("eligibility.languages.second", reason);
    this.miss("eligibility.languages.officialLanguages");
  }

  conditions(): void {
    const out: { id: string; label: string; quote: string }[] = [];
    for (const c of CONDITIONS) {
      const hit = this.sentence(c.pattern, (h) => h.unit.kind === "bullet") ?? this.sentence(c.pattern, (h) => this.role(h.unit) !== "intro");
      if (hit && this.isQuote(hit.span.raw)) out.push({ id: c.id, label: c.label, quote: hit.span.raw });
    }
    if (!out.length) return this.miss("eligibility.otherConditions");
    ((this.facts.eligibility ??= {}) as Record<string, unknown>).otherConditions = out;
    this.record("eligibility.otherConditions", out.map((c) => c.label).join("; "), out.map((c) => c.quote));
  }

  assets(): void {
    const assetLead = /stand out|\basset|advantage|ideal candidate|desirable|preferab|\ba plus\b|nice to have/i;
    const listed: Span[] = this.doc.units.filter((u) => u.kind === "bullet" && u.leadIn && assetLead.test(u.leadIn.clean) && this.role(u) !== "intro");
    // "Experience with open-data portals would be an asset." stands alone in a paragraph.
    const stated = this.hits((h) => h.unit.kind === "paragraph" && this.role(h.unit) === "lookFor" && /\b(?:would|will) be (?:an asset|an advantage|a plus)\b|\bis an (?:asset|advantage)\b/i.test(h.span.clean)).map((h) => h.span);
    const items = [...listed, ...stated];
    if (!items.length) return this.miss("assets");
    const ids = new Set<string>();
    const assets = items.map((u) => {
      const label = lowerFirst(itemText(u.clean));
      let id = assetId(label);
      for (let n = 2; ids.has(id); n++) id = `${assetId(label)}-${n}`;
      ids.add(id);
      const years = new RegExp(`\\b(?:at least|minimum(?: of)?|over|more than)\\s+${NUM}\\s*(?:\\+\\s*)?years?\\b|\\b${NUM}\\+?\\s+years?\\b`, "i").exec(u.clean);
      const minYears = years ? numberOf((years[1] ?? years[2])!) : undefined;
      return { id, label, ...(minYears ? { minYears } : {}), quote: u.raw };
    });
    this.facts.assets = assets;
    this.record("assets", `${assets.length}: ${assets.map((a) => a.id).join(", ")}`, assets.map((a) => a.quote));
  }

  contract(): void {
    const type =
      this.sentence(/\b(?:recruited|engaged|employed|appointed)\s+as\s+(?:an?\s+)?(?:temporary|contract) agents?\b[^.]*\b(?:Article|Conditions of Employment|function groups?|CEOS)\b/i) ??
      this.sentence(/\b(?:temporary|contract) agents?\s+(?:under|pursuant to)\s+Article\b/i) ??
      this.sentence(/\b(?:offered|given) an? (?:[\w-]+\s+){0,2}contract as an? (?:temporary|contract) agent\b/i) ??
      this.sentence(/\b(?:recruited|appointed) as an? (?:probationary )?official\b/i) ??
      this.sentence(/\b(?:temporary|contract) agent contract\b/i);
    if (type) this.set("contract.type", { quote: type.span.raw }, "(passage)", [type.span.raw]);
    else this.miss("contract.type");

    const first = this.sentence(
      new RegExp(
        [
          `\\b(?:first|1st|initial)\\s+(?:employment\\s+)?contract\\b[^.]*?\\b${NUM}\\s*(?:-\\s*)?years?\\b`,
          `\\bcontract\\b[^.]*?\\b(?:will be|is|of|for)\\s+(?:a\\s+(?:duration|period)\\s+of\\s+)?(?:up to\\s+)?${NUM}\\s*years?\\b`,
          `\\b${NUM}[- ]year\\s+(?:first\\s+|initial\\s+)?contract\\b`,
        ].join("|"),
        "i",
      ),
      (h) => this.role(h.unit) !== "intro" && !/^\W*(?:the contract )?(?:may|might|could|can) (?:then )?be (?:extended|renewed)/i.test(h.span.clean),
    );
    const firstYears = first && numberOf((first.match[1] ?? first.match[2] ?? first.match[3])!);
    const duration = this.labelled(/(?:duration of (?:the )?(?:first )?contract|contract duration|length of contract|duration)/);
    // "Duration: up to 3 years" in a header is the longest stay, not the first contract.
    const generic = duration && /^\W{0,3}duration\s*:/i.test(duration.span.clean);
    const durationYears = duration && new RegExp(generic ? `^${NUM}\\s*years?\\b` : `^(?:up to\\s+)?${NUM}\\s*years?\\b`, "i").exec(duration.value);
    if (first && firstYears) this.set("contract.firstContract", { years: firstYears, quote: first.span.raw }, `${firstYears} years`, [first.span.raw]);
    else if (duration && durationYears) {
      const years = numberOf(durationYears[1]!)!;
      this.set("contract.firstContract", { years, quote: duration.span.raw }, `${years} years`, [duration.span.raw]);
    } else this.miss("contract.firstContract");

    const ext = this.sentence(new RegExp(`\\b(?:extended|renewed|renewable|extension|prolonged)\\b([^.]*?)\\b${NUM}\\s*(?:additional\\s+|further\\s+|more\\s+)?years?\\b`, "i"), (h) => this.role(h.unit) !== "intro" && !/\btotal\b/i.test(h.span.clean));
    if (ext) {
      const maxYears = numberOf(ext.match[2]!)!;
      const words = ext.span.clean;
      const times = /\bonce\b|\bone time\b/i.test(words)
        ? 1
        : /\btwice\b/i.test(words)
          ? 2
          : (() => {
              const m = new RegExp(`\\b${NUM}\\s+times\\b`, "i").exec(words);
              if (m) return numberOf(m[1]!);
              // "renewed for a further period of 2 years", "for another 2 years", "for a maximum of 2 years": one extension.
              return /\b(?:a further|another|an additional|a single|one)\b|\bperiod\b|\bmaximum\b|\bup to\b/i.test(ext.match[1]!) ? 1 : undefined;
            })();
      if (times) this.set("contract.extension", { times, maxYears, quote: ext.span.raw }, `${times === 1 ? "once" : `${times} times`}, up to ${maxYears} years`, [ext.span.raw]);
      else this.miss("contract.extension", "the notice does not say how many times the contract may be extended");
    } else this.miss("contract.extension");

    const probation = this.sentence(new RegExp(`\\b${NUM}[- ]months?['’]?\\s+(?:of\\s+)?probation|\\bprobation(?:ary)?\\s+period\\b[^.]{0,30}?\\b${NUM}\\s+months?`, "i"));
    const months = probation && numberOf((probation.match[1] ?? probation.match[2])!);
    if (probation && months) this.set("contract.probation", { months, quote: probation.span.raw }, `${months} months`, [probation.span.raw]);
    else this.miss("contract.probation");

    const grading =
      this.doc.units.find((u) => u.kind === "paragraph" && /\bgrade\b[^.]*\b(?:calculated|based on)\b/i.test(u.clean) && this.role(u) !== "intro") ??
      this.doc.units.find((u) => u.kind === "paragraph" && /\b(?:recruitment grade|grade[^.]*\b(?:determined|set|classified))\b/i.test(u.clean) && this.role(u) !== "intro");
    if (grading) this.set("contract.grading", { quote: grading.raw }, "(passage)", [grading.raw]);
    else this.miss("contract.grading");

    const notIntro = (h: Hit) => this.role(h.unit) !== "intro";
    this.passage("contract.pay", /\bbasic (?:salary|monthly salary)\b|\bremuneration\b|\bpay of staff\b/i, notIntro);
    this.passage("contract.tax", /\bsubject to (?:a |the )?(?:\w+ )?tax\b|\btax (?:raised|levied) by\b|\bexempt(?:ed)? from national tax/i, notIntro);
  }

  selection(): void {
    this.passage("selection.publication", /\b(?:post|vacancy|position|notice)\s+(?:was|is|has been|will be)\s+(?:also\s+)?published\b/i);
    this.passage("selection.priority", /\bArticle 29 of the Staff Regulations\b|\bhave priority\b|\bpriority (?:will|shall) be given\b|\bgiven priority\b/i);
    this.passage("selection.panel", /\bselection (?:panel|committee|board)\b|\b(?:panel|committee) will (?:choose|select|assess|shortlist)\b/i);
    this.passage("selection.onlyShortlistedNotified", /\bonly (?:the )?(?:candidates|applicants)\b[^.]*\b(?:notified|contacted|informed|invited)\b/i);

    const hit = this.sentence(/\b(?:selection (?:procedure|process)|interviews?|tests?)\b[^.]*\b(?:carried out|conducted|held|take place|be in)\b[^.]*?\bin\s+(.+)$/i);
    if (hit) {
      const names = languageNames(hit.match[1]!, this.ctx.languages);
      if (names.length) return this.set("selection.language", { value: names, quote: hit.span.raw }, names.join(", "), [hit.span.raw]);
    }
    this.miss("selection.language");
  }

  recruitment(): void {
    this.passage("recruitment.evidence", /\bdocumentary evidence\b|\bsupporting documents\b[^.]*\b(?:recruit|prove|statements)\b/i, (h) => this.role(h.unit) !== "intro");
    this.passage("recruitment.medical", /\bmedical (?:check|examination|visit)|\bpre-recruitment medical\b/i);
    this.passage("recruitment.vetting", /\bsecurity vetting\b|\bvetting procedure\b|\bsecurity (?:screening|investigation)\b|\bbackground (?:check|screening)\b/i);
  }

  underRepresented(): void {
    const names = stateNames(this.ctx.countries);
    const all = sentences(this.doc);
    for (const [i, { sentence, unit }] of all.entries()) {
      if (!/\bunder[- ]?represented\b/i.test(sentence.clean)) continue;
      for (const { sentence: s, unit: u } of all.slice(i, i + 3)) {
        if (u !== unit && !(u.kind === "bullet" && unit.kind === "paragraph")) continue;
        let quote = s;
        let states = statesIn(s.clean, names);
        if (!states.length && /:\s*$/.test(s.clean)) {
          const list = this.doc.units.filter((b) => b.kind === "bullet" && b.leadIn?.start === u.start);
          if (list.length) {
            states = list.flatMap((b) => statesIn(b.clean, names));
            quote = join(this.doc, s, list.at(-1)!);
          }
        }
        if (states.length) {
          this.set("underRepresented", { states, quote: quote.raw }, states.join(", "), [quote.raw]);
          const none = this.sentence(/\bno (?:positions?|posts?) (?:will|shall) be reserved\b|\bnot (?:be )?reserved for (?:nationals|citizens)\b/i);
          if (none && this.isQuote(none.span.raw)) {
            (this.facts.underRepresented as Record<string, unknown>).noReservation = { quote: none.span.raw };
            this.record("underRepresented.noReservation", "(passage)", [none.span.raw]);
          } else this.miss("underRepresented.noReservation");
          return;
        }
      }
    }
    this.miss("underRepresented");
    this.miss("underRepresented.noReservation");
  }

  roleAndProfile(): void {
    const inRole = (r: Role) => this.doc.units.filter((u) => this.role(u) === r);
    const propose = inRole("propose");
    const summary = propose.filter((u) => u.kind === "paragraph" && !/:\s*$/.test(u.clean)).map((u) => ({ quote: u.raw }));
    const duties = propose.filter((u) => u.kind === "bullet").map((u) => ({ quote: u.raw }));
    if (summary.length || duties.length) this.facts.role = { summary, duties };
    this.list("role.summary", summary);
    this.list("role.duties", duties);

    const assetLead = /stand out|\basset|advantage|ideal candidate|desirable|preferab|\ba plus\b|nice to have/i;
    const bullets = inRole("lookFor").filter((u) => u.kind === "bullet" && !(u.leadIn && assetLead.test(u.leadIn.clean)));
    const skills = bullets.filter((u) => u.leadIn && /\bskills?\b|competenc|abilities|qualities/i.test(u.leadIn.clean)).map((u) => ({ quote: u.raw }));
    const knowledge = bullets.filter((u) => !(u.leadIn && /\bskills?\b|competenc|abilities|qualities/i.test(u.leadIn.clean))).map((u) => ({ quote: u.raw }));
    if (knowledge.length || skills.length) this.facts.profile = { knowledge, skills };
    this.list("profile.knowledge", knowledge);
    this.list("profile.skills", skills);
  }

  aboutAndBenefits(): void {
    const about = this.doc.units.filter((u) => this.role(u) === "about" && u.kind !== "heading").map((u) => ({ quote: u.raw }));
    if (about.length) this.facts.about = about;
    this.list("about", about);
    const benefits = this.doc.units
      .filter((u) => u.kind === "bullet" && (sectionRole(u.section) === "offer" || (u.leadIn && /\bwe offer\b|\bbenefits\b/i.test(u.leadIn.clean))))
      .map((u) => ({ quote: u.raw }));
    if (benefits.length) this.facts.benefits = benefits;
    this.list("benefits", benefits);
  }

  /** The words the criteria are read with: the notice language's, then English's (pages mix them in). */
  private noticeWords(): RequirementWords & DoctorateWords & ColumnWords {
    const own = this.ctx.words?.get(this.language)?.words.notice;
    const english = this.language === "en" ? undefined : this.ctx.words?.get("en")?.words.notice;
    const both = (k: "requirements" | "advantage" | "essential" | "doctorate" | "countsAsExperience") => [...(own?.[k] ?? []), ...(english?.[k] ?? [])];
    return { requirements: both("requirements"), advantage: both("advantage"), essential: both("essential"), doctorate: both("doctorate"), countsAsExperience: both("countsAsExperience") };
  }

  /** The typed eligibility criteria; what cannot be typed is kept as "check this yourself". */
  criteria(): void {
    // The words of the notice's language, and English's beside them (as for the header's labels).
    const words = [...new Set([this.language, "en"])].map((l) => this.ctx.words?.get(l)?.words).filter((w): w is Words => Boolean(w));
    const ctx = { ...this.ctx, words, noticeWords: this.noticeWords(), wordsByLanguage: this.ctx.words, language: this.language };
    const credit = readDoctorateCreditOf(this.doc, ctx);
    if (credit) this.set("eligibility.doctorateCredit", credit, `doctoral research counted as experience for at most ${credit.maxYears} years`, [credit.quote]);
    const read = readCriteria(this.doc, ctx).filter((c) => this.isQuote(c.rule.quote));
    if (!read.length) return this.miss("eligibility.criteria");
    ((this.facts.eligibility ??= {}) as Record<string, unknown>).criteria = read.map((c) => c.rule);
    // A legacy field the typed criteria cover is not "not found": the report would contradict itself.
    const covered: Record<string, string[]> = {
      experience: ["eligibility.experience"],
      languages: ["eligibility.languages.main", "eligibility.languages.second"],
      education: ["eligibility.education"],
      citizenship: ["eligibility.citizenship"],
    };
    const drop = new Set(read.flatMap((c) => covered[c.rule.type] ?? []));
    // A miss with a reason ("states no length in years") still tells HR something: it stays.
    this.missing.splice(0, this.missing.length, ...this.missing.filter((m) => !drop.has(m.field) || m.reason));
    for (const c of read) {
      if (c.rule.type === "check") this.unread.push({ field: "eligibility.criteria", quote: c.rule.quote });
      else this.found.push({ field: `eligibility.criteria`, label: `criterion: ${c.rule.type}`, value: c.summary || c.rule.type, quotes: [c.rule.quote] });
    }
  }

  /** A table of grades by years of experience, read with the notice language's words (src/import/criteria-words.ts). */
  gradeTable(): void {
    const table = readGradeTable(this.doc, this.ctx.words, this.language);
    // Most notices have no such table: its absence is not a subject the notice is silent on.
    if (!table) return;
    const value = table.rows.map((r) => `${r.grade}: ${r.minYears}${r.belowYears ? `–<${r.belowYears}` : "+"} years`).join("; ");
    this.set("contract.gradeByExperience", { rows: table.rows, quote: table.quote.raw }, value, [table.quote.raw]);
  }

  /** Application channels, refused channels and addresses, contract terms, pay, telework, reserve list, selection steps. */
  terms(): void {
    const t = readTerms(this.doc, this.ctx, (u) => this.role(u));
    for (const term of t.found) {
      if (term.field === "contract.firstContract" && (this.facts.contract as Record<string, unknown> | undefined)?.firstContract) continue;
      if (!term.quotes.every((q) => this.isQuote(q))) {
        this.miss(term.field, "the passage found is not a quote of the notice");
        continue;
      }
      const path = term.field.split(".");
      let at = this.facts;
      for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
      at[path.at(-1)!] = term.fact;
      this.missing.splice(0, this.missing.length, ...this.missing.filter((m) => m.field !== term.field));
      this.record(term.field, term.value, term.quotes);
    }
    // "| Essential | Advantageous |": a selection table read by column.
    const table = t.missing.includes("selectionCriteria") ? selectionTable(this.doc.text, this.noticeWords()).filter((c) => this.isQuote(c.quote)) : [];
    if (table.length) {
      this.facts.selectionCriteria = table;
      this.record("selectionCriteria", `${table.filter((c) => c.essential).length} essential, ${table.filter((c) => !c.essential).length} advantageous (a table read by column)`, table.map((c) => c.quote));
    }
    for (const field of t.missing) if (!(field === "selectionCriteria" && table.length)) this.miss(field);
  }

  list(field: string, items: { quote: string }[]): void {
    if (items.length) this.record(field, `${items.length} passage${items.length === 1 ? "" : "s"}`, items.map((i) => i.quote));
    else this.miss(field);
  }
}

function labelOf(field: string): string {
  return FIELDS.find((f) => f.field === field)?.label ?? field;
}

/** A list item's words without its bullet or number and without the list's punctuation. */
function itemText(s: string): string {
  return s
    .replace(/^\s*(?:[-•*▪●◦–]|\d{1,2}[.)])\s+/, "")
    .replace(/[.;,]\s*(?:and|or)?\s*$/i, "")
    .replace(/\s+(?:and|or)$/i, "")
    .trim();
}

function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

const STOP = new Set(["a", "an", "the", "of", "in", "and", "or", "to", "for", "with", "on", "at", "least", "demonstrated", "proven", "good", "strong", "excellent", "solid", "very", "knowledge", "ability", "capacity", "competence", "experience"]);

function assetId(label: string): string {
  if (/\b(?:diploma|degree|master|phd|doctorate)\b/i.test(label) && !/\byears?\b/i.test(label)) return "diploma";
  if (/\byears?\b[^.]*\bexperience\b/i.test(label)) return "experience";
  const words = label
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w));
  return words.slice(0, 3).join("-") || "asset";
}

function functionGroupName(s: string): string | undefined {
  const t = s.replace(/^function group\s*/i, "").trim();
  if (/^administrators?(?:\s*\(AD\))?$|^AD$/i.test(t)) return "Administrator (AD)";
  if (/^(?:assistant-)?secretar(?:y|ies)|clerk|^AST\/SC$/i.test(t)) return "Secretary/clerk (AST/SC)";
  if (/^assistants?(?:\s*\(AST\))?$|^AST$/i.test(t)) return "Assistant (AST)";
  if (/^(?:FG\s*)?(IV|III|II|I)$/i.test(t)) return `Function group ${t.replace(/^FG\s*/i, "").toUpperCase()}`;
  return t || undefined;
}

/** "Directorate-General for Digital Services CERT-EU of the European Commission" → the DG and the service in it. */
export function splitOrganisation(line: string): { directorate?: string; service?: string } {
  const s = line.replace(/\s*(?:,\s*|\s+)(?:of\s+)?(?:the\s+)?European Commission\.?$/i, "").replace(/^\W+/, "");
  let directorate: string | undefined;
  let rest = "";
  const dg = /^(Directorate-General\s+(?:for\s+)?)(.*)$/i.exec(s);
  if (dg) {
    const tokens = dg[2]!.split(/(\s+)/);
    let taken = "";
    let i = 0;
    for (; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (/^\s+$/.test(t)) {
        taken += t;
        continue;
      }
      const word = t.replace(/[,;]$/, "");
      const isAcronym = /^[\p{Lu}\d][\p{Lu}\d.&-]+$/u.test(word) && /\p{Lu}{2}/u.test(word);
      const stop = isAcronym || /^[–—-]$/.test(word) || /^\(/.test(word) || /^(?:Directorate|Unit|Service)$/.test(word) || (!/^\p{Lu}/u.test(word) && !/^(?:and|of|the|for|&)$/.test(word));
      if (stop && taken.trim()) break;
      taken += t;
      if (/[,;]$/.test(t) && !/^\p{Lu}/u.test(tokens[i + 2] ?? "")) break;
    }
    directorate = (dg[1]! + taken).trim().replace(/[,;]$|\s+(?:and|of|the|for)$/g, "").trim();
    rest = tokens.slice(i).join("");
  } else {
    const other = /^(Secretariat-General|Joint Research Centre|Legal Service|DG [A-Z]{2,})\b(.*)$/.exec(s);
    if (other) {
      directorate = other[1]!;
      rest = other[2]!;
    }
  }
  const service = rest
    .replace(/^\s*\([^)]*\)/, "")
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "")
    .trim();
  return { ...(directorate ? { directorate } : {}), ...(service ? { service } : {}) };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

type StateName = { re: RegExp; name: string };

/** Every way a member state is named, longest first so "the Czech Republic" wins over "Czech Republic". */
function stateNames(countries: Countries): StateName[] {
  return countries.memberStates
    .flatMap((c) => [c.name, ...c.aliases].map((n) => ({ n, name: c.name })))
    .sort((a, b) => b.n.length - a.n.length)
    .map(({ n, name }) => ({ re: new RegExp(`(?<![\\p{L}])${escape(n)}(?![\\p{L}])`, "giu"), name }));
}

/** The member states named in a passage, in the order they are named, each by its reference name. */
function statesIn(s: string, names: StateName[]): string[] {
  const taken: { at: number; end: number; name: string }[] = [];
  for (const { re, name } of names) {
    for (const m of s.matchAll(re)) {
      const at = m.index;
      const end = at + m[0].length;
      if (taken.some((t) => at < t.end && end > t.at)) continue;
      taken.push({ at, end, name });
    }
  }
  const out: string[] = [];
  for (const t of taken.sort((a, b) => a.at - b.at)) if (!out.includes(t.name)) out.push(t.name);
  return out;
}

/** The official languages named in a passage ("English and French"), by their reference names. */
function languageNames(s: string, languages: Languages): string[] {
  const found: { at: number; name: string }[] = [];
  for (const l of languages.official) {
    for (const n of [l.name, ...l.aliases]) {
      const m = new RegExp(`(?<![\\p{L}])${escape(n)}(?![\\p{L}])`, "u").exec(s);
      if (m && !found.some((f) => f.name === l.name)) found.push({ at: m.index, name: l.name });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** Reads a notice's facts from its text. Never throws; what it cannot find is in `missing`. */
export function extractFacts(text: string, ctx: ExtractContext): Extraction {
  const normal = normalizeNotice(text, furnitureOf(ctx.words));
  const language = ctx.language ?? noticeLanguage(normal.text, ctx.words);
  const within = { ...ctx, language, zoneIndex: zonesInLanguage(ctx.zoneIndex, ctx.words, language) };
  const result = new Extractor(normal.text, within).run();
  Object.assign(result.facts, profilesOf(normal.text, ctx.words, language, result.facts, (t) => new Extractor(t, within).run().facts));
  // Every quote was read from the cleaned text; the facts quote the notice as published.
  const cache = new Map<string, string>();
  const verbatim = (q: string): string => {
    if (!cache.has(q)) {
      const at = normal.text.indexOf(q);
      cache.set(q, at >= 0 ? originalSlice(text, normal, at, at + q.length) || q : q);
    }
    return cache.get(q)!;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "quote" && typeof x === "string" ? verbatim(x) : walk(x)]));
    return v;
  };
  return {
    facts: walk(result.facts) as FactsInput,
    found: result.found.map((f) => ({ ...f, quotes: f.quotes.map(verbatim) })),
    missing: result.missing,
    unread: result.unread.map((u) => ({ ...u, quote: verbatim(u.quote) })),
    dropped: normal.dropped,
    joined: normal.joined,
  };
}
