// The post's header: its selection reference, title, directorate and service, domain, place, staff
// category, grades and number of posts — mostly "Label: value" lines, else the sentences that state them.
import { join, type Span } from "../document.js";
import { rule, type Rule } from "./rule.js";
import { NUM, numberOf, type Labelled, type Match, type Reader } from "./reader.js";
import { escapeRegExp } from "../../text/regexp.js";

const ORG_LINE = /^(?:Directorate-General|Secretariat-General|Joint Research Centre|Legal Service|DG [A-Z]{2,}\b)|Directorate-General for|\bof the European Commission$/;
export const REFERENCE_TOKEN = "([A-Z][A-Z0-9]*(?:\\s?[/_.-]\\s?[A-Z0-9]+){1,6})";
// A range joins two grades with a dash, a slash or a short word of any language ("to", "à", "bis", "a", "do").
const GRADE = /\b(AD|AST\/SC|AST|SC|FG)\s?(\d{1,2}|IV|III|II|I)\b(?:(?:\s*[-–—/]\s*|\s+\p{Ll}{1,3}\s+)(?:(AD|AST\/SC|AST|SC|FG)\s?)?(\d{1,2}|IV|III|II|I)\b)?/u;

/** A reference, and the title that follows it on its own line when it leads one. */
type Reference = { value: string; span: Span; title?: string };
/** The header block: the reference, the lines above it (title, directorate) and the directorate's line among them. */
type Head = { reference?: Reference; at: number; above: Span[]; orgAt: number };

const heads = new WeakMap<Reader, Head>();

function findReference(r: Reader): Reference | undefined {
  const label = r.labelled(/(?:selection |vacancy |post |job |notice )?(?:reference|ref\.?)(?: number| no\.?)?/, "reference");
  // A labelled reference may mix cases ("Europol/2027/TA/AD6/712").
  const token = /^\**([A-Za-z][A-Za-z0-9]*(?:\s?[/_.-]\s?[A-Za-z0-9]+){1,6})/;
  const m = label && token.exec(label.value);
  if (label && m) return { value: m[1]!.replace(/\s/g, ""), span: label.span };
  const hit = r.sentence(new RegExp(`(?:selection|vacancy) reference(?: number)?\\s+${REFERENCE_TOKEN}`));
  // "VACANCY NOTICE No 27/AST/142": the notice's number in its title line.
  const numbered = r.doc.lines.find((l) => /^\W{0,3}(?:vacancy notice|call for (?:applications|expressions of interest)|notice)\s+(?:No\.?|n[°o]\.?|number)\s*[A-Z0-9]/i.test(l.clean));
  const number = numbered && /(?:No\.?|n[°o]\.?|number)\s*([A-Z0-9][A-Za-z0-9]*(?:[/_.-][A-Za-z0-9]+){1,6})/i.exec(numbered.clean);
  if (hit) return { value: hit.match[1]!.replace(/\s/g, ""), span: hit.span };
  if (numbered && number) return { value: number[1]!, span: numbered };
  return bareReference(r);
}

/** The top of a notice where an unlabelled reference stands: its first lines. */
const TOP_LINES = 40;

/**
 * A reference on a line of its own near the top, with no label in any language ("EASA/TA/AD/2027/017"), or
 * leading the title line ("ETF/REP/2027/05 – Agenti temporanei …"): a code of capitals and figures with at
 * least two separators, or one and a year.
 */
function bareReference(r: Reader): Reference | undefined {
  const bare = new RegExp(`^\\W{0,3}${REFERENCE_TOKEN}(?:\\s+[–—-]\\s+(\\S.{0,140}))?$`, "u");
  for (const line of r.doc.lines.filter((l) => l.clean).slice(0, TOP_LINES)) {
    const m = bare.exec(line.clean);
    if (!m) continue;
    const token = m[1]!.replace(/\s/g, "");
    const separators = token.match(/[/_.-]/g)?.length ?? 0;
    if (!/\p{Lu}{2}/u.test(token) || !/\d{2}/.test(token) || (separators < 2 && !/(?:19|20)\d{2}/.test(token))) continue;
    return { value: token, span: line, ...(m[2] ? { title: m[2].trim() } : {}) };
  }
  return undefined;
}

/**
 * The header block, read once per notice; it also sets where the notice proper begins (the units before it are
 * the employer's general introduction), so the header's rules run first.
 */
export function headOf(r: Reader): Head {
  const known = heads.get(r);
  if (known) return known;
  const reference = findReference(r);
  const refSpan = reference?.span;
  const lines = r.doc.lines;
  const at = refSpan ? lines.findIndex((l) => l.start <= refSpan.start && refSpan.start <= l.end) : -1;
  const above: Span[] = [];
  if (at > 0) {
    for (let i = at - 1; i >= 0 && above.length < 6; i--) {
      let l: Span = lines[i]!;
      if (!l.clean) continue;
      // A header line hard-wrapped in two ("…of the European\nCommission") is one line.
      while (i > 0 && lines[i - 1]!.clean && (lines[i - 1]!.clean.length >= 60 || /^\p{Ll}/u.test(l.clean)) && !/[.:;!?]$/.test(lines[i - 1]!.clean)) l = join(r.doc, lines[--i]!, l);
      const t = l.clean;
      if (/^[A-Za-z][\w ]{1,40}:\s*\S/.test(t) || /^\|/.test(t)) continue; // another "Label: value" line of the header, or a table row
      if (/^[¹²³⁴⁵⁶⁷⁸⁹]|[.!?:;]$|^[-•*▪]\s|^For more information/.test(t) || t.length > 140 || /MAKE A DIFFERENCE|STAFF RECRUITED|WE OFFER|JOIN THE/i.test(t)) break;
      above.unshift(l);
    }
  }
  if (above.length) r.bodyFrom = above[0]!.start;
  else if (refSpan) r.bodyFrom = refSpan.start;
  const head: Head = { ...(reference ? { reference } : {}), at, above, orgAt: above.findIndex((l) => ORG_LINE.test(l.clean)) };
  heads.set(r, head);
  return head;
}

/** The header's title: a "Title:" line, the line after "VACANCY NOTICE No …", else the header lines above the reference. */
function findTitle(r: Reader): { span: Span; value: string } | undefined {
  const titleLabel = r.labelled(/(?:job|post) title|title of the post|title|post|position/, "title");
  if (titleLabel) return titleLabel;
  const { reference, at, above, orgAt } = headOf(r);
  const refSpan = reference?.span;
  // The title is the header's other lines, whether the directorate's line comes after them or before.
  const titleLines = above.filter((_, i) => i !== orgAt);
  // "VACANCY NOTICE No 27/AST/142" heading the notice: the title is the line after it.
  const numberedRef = refSpan && /^\W{0,3}(?:vacancy notice|call for|notice)\b/i.test(refSpan.clean) ? r.doc.lines.slice(at + 1).find((l) => l.clean) : undefined;
  if (numberedRef && numberedRef.clean.length <= 120 && !/:/.test(numberedRef.clean)) return { span: numberedRef, value: numberedRef.clean };
  // A reference leading the title line: the title is the line's rest, after the header lines above.
  if (reference?.title && refSpan) return { span: titleLines.length ? join(r.doc, titleLines[0]!, refSpan) : refSpan, value: [...titleLines.map((l) => l.clean), reference.title].join(" – ") };
  if (titleLines.length) return { span: join(r.doc, titleLines[0]!, titleLines.at(-1)!), value: titleLines.map((l) => l.clean).join(" – ") };
  return undefined;
}

/** The directorate's line: in the header block, else anywhere. */
function findOrganisation(r: Reader): Span | undefined {
  const { above, orgAt } = headOf(r);
  return orgAt >= 0 ? above[orgAt] : r.doc.lines.find((l) => ORG_LINE.test(l.clean) && l.clean.length < 200);
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

/** The place: "The place of employment will be …", "The post is based in …", a "Place:" label, or a "Where:" line's last part. */
function findPlace(r: Reader): { span: Span; value: string } | undefined {
  const hit =
    r.sentence(/place of employment (?:will be|is|shall be)\s+(?:in\s+)?(.+?)\.?$/i) ??
    r.sentence(/^(?:The|This) (?:post|job|position) (?:is|will be) (?:located|based) in\s+(\p{Lu}[\p{L} ,'-]{1,40}?)\.?$/u);
  if (hit) return { span: hit.span, value: hit.match[1]!.replace(/[.*]+$/, "").trim() };
  const label = r.labelled(/place of employment|location|duty station|place of work|place of (?:secondment|assignment)|place/, "place");
  if (label) return { span: label.span, value: label.value.replace(/\.$/, "") };
  const where = r.labelled(/where/);
  const last = where?.value.split(",").at(-1)?.trim();
  if (where && last && /^\p{Lu}[\p{L}' -]{1,40}$/u.test(last) && where.value.includes(",")) return { span: where.span, value: last };
  return undefined;
}

/** The grades: a "Grade:" label holding one, else the first sentence naming grades. */
function findGrades(r: Reader): (Labelled & { match: RegExpExecArray }) | undefined {
  const label = r.labelled(/grade range|grades?|function group and grade/, "grades");
  let source: Labelled | undefined = label;
  if (!source || !GRADE.test(source.value)) {
    // "grade AD7", and the notice language's words for it ("Besoldungsgruppe AD7", "inquadrato nel grado AD6").
    const own = (r.labels.grades ?? []).filter((w) => !/\//.test(w)).map((w) => escapeRegExp(w));
    const words = ["grades?", ...own].join("|");
    const word = new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})`, "iu");
    const hit = r.sentence(new RegExp(`(?<!\\p{L})\\p{L}+.*${GRADE.source}`, "u"), (h) => {
      const w = word.exec(h.span.clean);
      const g = GRADE.exec(h.span.clean);
      return Boolean(w && g && w.index < g.index);
    });
    source = hit ? { span: hit.span, value: hit.span.clean } : undefined;
  }
  const match = source && GRADE.exec(source.value);
  return source && match ? { ...source, match } : undefined;
}

/** The number of posts: a "Number of posts:" label, else a sentence outside the introduction ("we are looking for two …"). */
function findPosts(r: Reader): { span: Span; value: number } | undefined {
  const label = r.labelled(/number of (?:vacant )?(?:posts|positions|vacancies)/);
  const n = label && new RegExp(`^${NUM}\\b`, "i").exec(label.value);
  if (label && n) return { span: label.span, value: numberOf(n[1]!)! };
  const patterns = [
    new RegExp(`\\b(?:hire|recruit|fill|appoint|engage|select|looking for|seeking|seeks)\\s+(?:up to\\s+)?${NUM}\\b(?!\\s+(?:of|or|year|month|day))`, "i"),
    new RegExp(`\\b${NUM}\\s+(?:(?!of\\b)[\\w-]+\\s+){0,3}?(?:vacant\\s+)?(?:posts|positions|vacancies|posts?\\s+available)\\b`, "i"),
  ];
  for (const re of patterns) {
    const hit: Match | undefined = r.sentence(re, r.notIntro);
    const value = hit && numberOf(hit.match[1]!);
    if (hit && value) return { span: hit.span, value };
  }
  return undefined;
}

export const headerRules: Rule[] = [
  rule({
    field: "reference",
    find: (r) => headOf(r).reference,
    parse: (p) => ({ fact: { value: p.value, quote: p.span.raw }, value: p.value }),
  }),
  rule({
    field: "title",
    find: findTitle,
    parse: (p) => ({ fact: { value: p.value, quote: p.span.raw }, value: p.value }),
  }),
  rule({
    field: "directorate",
    find: (r) => {
      const span = findOrganisation(r);
      return span && { span };
    },
    parse: (p) => {
      const { directorate } = splitOrganisation(p.span.clean);
      return directorate ? { fact: { value: directorate, quote: p.span.raw }, value: directorate } : { missing: true };
    },
  }),
  rule({
    field: "service",
    find: (r) => {
      const span = findOrganisation(r);
      return span && { span };
    },
    parse: (p) => {
      const { service } = splitOrganisation(p.span.clean);
      return service ? { fact: { value: service, quote: p.span.raw }, value: service } : { missing: true };
    },
  }),
  rule({
    field: "domain",
    find: (r) => r.labelled(/domain|field|area of work/),
    parse: (p) => ({ fact: { value: p.value, quote: p.span.raw }, value: p.value }),
  }),
  rule({
    field: "place",
    find: findPlace,
    parse: (p) => ({ fact: { value: p.value, quote: p.span.raw }, value: p.value }),
  }),
  rule({
    field: "staffCategory",
    find: (r) => r.labelled(/staff category(?: and function group)?|type of post|type of contract|contract type|type of position|category/, "staffCategory"),
    parse: (p, r) => {
      const [category, group] = p.value.split(/\s+[–—-]\s+|\s*,\s*|\s*\/\s*(?=Administrator|Assistant)/);
      let functionGroup = group ? functionGroupName(group.trim()) : undefined;
      if (!functionGroup) {
        const fg = r.labelled(/function group/);
        if (fg) functionGroup = functionGroupName(fg.value);
      }
      // Temporary and contract agents, grantholders and seconded experts hold no permanent post.
      const fixedTerm = /\b(?:temporary|contract) agent|\bgrant ?holder|\bseconded\b|\btrainee/i.test(category!);
      const fact = { value: category!.trim(), ...(functionGroup ? { functionGroup } : {}), ...(fixedTerm ? { fixedTerm } : {}), quote: p.span.raw };
      return { fact, value: functionGroup ? `${fact.value}, ${functionGroup}` : fact.value };
    },
  }),
  rule({
    field: "grades",
    find: findGrades,
    parse: (p) => {
      const m = p.match;
      const group = m[1]!;
      const format = (g: string, n: string) => (g === "FG" ? `FG ${n}` : `${g}${n}`);
      const min = format(group, m[2]!);
      const max = m[4] ? format(m[3] ?? group, m[4]) : min;
      return { fact: { min, max, quote: p.span.raw }, value: min === max ? min : `${min} to ${max}` };
    },
  }),
  rule({
    field: "posts",
    find: findPosts,
    parse: (p) => ({ fact: { value: p.value, quote: p.span.raw }, value: String(p.value) }),
  }),
];
