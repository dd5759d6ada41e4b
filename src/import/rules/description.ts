// What the notice says of the post and the person: assets, the role's summary and duties, the knowledge
// and skills sought, the service, and what the employer offers — kept as the notice's own passages.
import type { Span, Unit } from "../document.js";
import { itemText } from "./application.js";
import type { Field } from "./fields.js";
import { rule, type Outcome, type Rule } from "./rule.js";
import { escape, NUM, numberOf, type Reader, type Role } from "./reader.js";

const ASSET_LEAD = /stand out|\basset|advantage|ideal candidate|desirable|preferab|\ba plus\b|nice to have/i;
const SKILLS_LEAD = /\bskills?\b|competenc|abilities|qualities/i;
const STOP = new Set(["a", "an", "the", "of", "in", "and", "or", "to", "for", "with", "on", "at", "least", "demonstrated", "proven", "good", "strong", "excellent", "solid", "very", "knowledge", "ability", "capacity", "competence", "experience"]);

function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function assetId(label: string): string {
  if (/\b(?:diploma|degree|master|phd|doctorate)\b/i.test(label) && !/\byears?\b/i.test(label)) return "diploma";
  if (/\byears?\b[^.]*\bexperience\b/i.test(label)) return "experience";
  const words = label
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w));
  return words.slice(0, 3).join("-") || "asset";
}

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** Whether a list's lead-in makes its items assets: the English words, or the notice language's advantage words ("Von Vorteil:", "Atouts :"). */
function leadsAssets(r: Reader, leadIn: string): boolean {
  if (ASSET_LEAD.test(leadIn)) return true;
  const words = r.language === "en" ? [] : (r.ctx.words?.get(r.language)?.words.notice.advantage ?? []);
  const text = fold(leadIn);
  return words.some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(fold(w))}(?![\\p{L}\\p{N}])`, "u").test(text));
}

/** The asset passages: bullets led in by "would be an asset", and sentences of the profile sought saying so. */
function findAssets(r: Reader): { items: Span[] } | undefined {
  const listed: Span[] = r.doc.units.filter((u) => u.kind === "bullet" && u.leadIn && leadsAssets(r, u.leadIn.clean) && r.role(u) !== "intro");
  // "Experience with open-data portals would be an asset." stands alone in a paragraph; "The following would be
  // an asset:" leads in a list of them and is none itself.
  const stated = r.hits((h) => h.unit.kind === "paragraph" && r.role(h.unit) === "lookFor" && !/:\s*$/.test(h.span.clean) && /\b(?:would|will) be (?:an asset|an advantage|a plus)\b|\bis an (?:asset|advantage)\b/i.test(h.span.clean)).map((h) => h.span);
  const items = [...listed, ...stated];
  return items.length ? { items } : undefined;
}

function readAssets(items: Span[]): { id: string; label: string; minYears?: number; quote: string }[] {
  const ids = new Set<string>();
  return items.map((u) => {
    const label = lowerFirst(itemText(u.clean));
    let id = assetId(label);
    for (let n = 2; ids.has(id); n++) id = `${assetId(label)}-${n}`;
    ids.add(id);
    const years = new RegExp(`\\b(?:at least|minimum(?: of)?|over|more than)\\s+${NUM}\\s*(?:\\+\\s*)?years?\\b|\\b${NUM}\\+?\\s+years?\\b`, "i").exec(u.clean);
    const minYears = years ? numberOf((years[1] ?? years[2])!) : undefined;
    return { id, label, ...(minYears ? { minYears } : {}), quote: u.raw };
  });
}

/** Passages kept whole (a list of quotes): a line of the report when there are any, else "not found". */
function listed(field: Field, units: Unit[]): Outcome {
  return units.length ? { record: field, value: `${units.length} passage${units.length === 1 ? "" : "s"}`, quotes: units.map((u) => u.raw) } : { miss: field };
}

const quotes = (units: Unit[]) => units.map((u) => ({ quote: u.raw }));
const inRole = (r: Reader, role: Role) => r.doc.units.filter((u) => r.role(u) === role);

/** Two lists of passages written together (the role's summary and duties), when either has any. */
function pair(fields: [Field & `${string}.${string}`, Field & `${string}.${string}`], lists: [Unit[], Unit[]]): Outcome[] {
  const [a, b] = lists;
  return [
    ...(a.length || b.length ? ([{ put: fields[0], fact: quotes(a) }, { put: fields[1], fact: quotes(b) }] as Outcome[]) : []),
    listed(fields[0], a),
    listed(fields[1], b),
  ];
}

export const assetRules: Rule[] = [
  rule({
    field: "assets",
    find: findAssets,
    parse: ({ items }) => {
      const assets = readAssets(items);
      return [{ put: "assets", fact: assets }, { record: "assets", value: `${assets.length}: ${assets.map((a) => a.id).join(", ")}`, quotes: assets.map((a) => a.quote) }];
    },
  }),
];

export const descriptionRules: Rule[] = [
  rule({
    field: "role.summary",
    find: (r) => {
      const propose = inRole(r, "propose");
      return { summary: propose.filter((u) => u.kind === "paragraph" && !/:\s*$/.test(u.clean)), duties: propose.filter((u) => u.kind === "bullet") };
    },
    parse: (p) => pair(["role.summary", "role.duties"], [p.summary, p.duties]),
  }),
  rule({
    field: "profile.knowledge",
    find: (r) => {
      const bullets = inRole(r, "lookFor").filter((u) => u.kind === "bullet" && !(u.leadIn && ASSET_LEAD.test(u.leadIn.clean)));
      const isSkill = (u: Unit) => Boolean(u.leadIn && SKILLS_LEAD.test(u.leadIn.clean));
      return { knowledge: bullets.filter((u) => !isSkill(u)), skills: bullets.filter(isSkill) };
    },
    parse: (p) => pair(["profile.knowledge", "profile.skills"], [p.knowledge, p.skills]),
  }),
  rule({
    field: "about",
    find: (r) => ({ units: r.doc.units.filter((u) => r.role(u) === "about" && u.kind !== "heading") }),
    parse: ({ units }) => [...(units.length ? [{ put: "about", fact: quotes(units) } as Outcome] : []), listed("about", units)],
  }),
  rule({
    field: "benefits",
    find: (r) => ({ units: r.doc.units.filter((u) => u.kind === "bullet" && (r.roleOfHeading(u.section) === "offer" || (u.leadIn && r.says(u.leadIn.clean, "offer")))) }),
    parse: ({ units }) => [...(units.length ? [{ put: "benefits", fact: quotes(units) } as Outcome] : []), listed("benefits", units)],
  }),
];
