// Several profiles in one notice ("Profile A – Statistician (AD7)", "Profile B – …"): found from the notice's
// structure, never from its subject. A line that begins with the language's profile word and a label (a capital
// letter or a number) names a profile. Such a line standing alone is a heading: what follows, up to the next
// profile line or heading of the notice, is that profile's own part; a line among other profile lines is an item
// of a list and is its own part; a line that goes on into a sentence ("Profile A: a statistical exercise…") is a
// part up to the next blank or profile line. Each profile's facts are read, with the same rules as the notice's,
// from the notice without the other profiles' parts.
import type { FactsInput } from "../knowledge/schema.js";
import { readDocument } from "./document.js";
import { escapeRegExp as escape } from "../text/regexp.js";

export type ProfileWords = {
  /** The profile word, singular and plural ("profile", "profiles"). */
  profile: string[];
  /** Words joining labels ("and"). */
  and: string[];
};

type Mention = { labels: string[]; line: number; rest: string };
type Part = { labels: string[]; start: number; end: number };

/** The facts a profile has of its own; the rest are the notice's. */
const OWN = ["eligibility", "contract", "selection", "selectionCriteria"] as const;

/** Grade codes of the EU staff rules: "AD7", "AST3", "AST/SC 2", "FG IV", "Function Group IV". */
const gradeCode = /\b(?:AD|AST\/SC|AST|SC)\s?\d{1,2}\b|\bFG\s?[IVX]{1,3}\b/u;

function mentionOf(line: string, words: ProfileWords): Omit<Mention, "line"> | undefined {
  if (!words.profile.length) return undefined;
  const word = words.profile.map(escape).join("|");
  const join = `\\s*[,&/]\\s*|\\s+(?:${words.and.map(escape).join("|")})\\s+`;
  const label = "(?:[A-Z]|\\d{1,2})";
  // A numbered heading may carry the profile line: "3.2 Profile A – Statistician (AD 7)".
  const m = new RegExp(`^\\s*(?:[•\\-*▪●◦]\\s*|\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?(?:${word})\\s+(${label}(?:(?:${join})${label})*)(?![\\p{L}\\d])(.*)$`, "iu").exec(line);
  if (!m) return undefined;
  const labels = [...m[1]!.matchAll(/(?<![\p{L}\d])(?:\p{L}|\d{1,2})(?![\p{L}\d])/gu)].map((l) => l[0]);
  if (!labels.every((l) => /^(?:[A-Z]|\d{1,2})$/.test(l))) return undefined;
  return { labels, rest: m[2]! };
}

/** "– Statistician (Temporary Agent, AD7)" → its title and what the brackets say. */
function titleOf(rest: string): { title?: string; grade?: string; category?: string } {
  const m = /^\s*[–—:-]\s*(.+?)\s*(?:\(([^()]*)\))?\s*$/u.exec(rest);
  if (!m) return {};
  const inside = m[2]?.split(",").map((s) => s.trim()) ?? [];
  let grade = inside.map((s) => gradeCode.exec(s)?.[0]).find(Boolean);
  if (!grade) {
    const fg = inside.map((s) => /\b(?:function group|groupe de fonctions|funktionsgruppe)\s+([IVX]{1,3})\b/iu.exec(s)?.[1]).find(Boolean);
    if (fg) grade = `FG ${fg}`;
  }
  const category = inside.find((s) => s && !gradeCode.test(s) && !/\b[IVX]{1,3}$/.test(s) && /\p{L}{3,}/u.test(s));
  return { title: m[1]!, ...(grade ? { grade: grade.replace(/\s+/g, " ") } : {}), ...(category ? { category } : {}) };
}

export type ProfileReading = {
  profiles: NonNullable<FactsInput["profiles"]>;
  rules: { quote: string }[];
};

/**
 * The profiles of a notice and what it says of them as a whole. `read` runs the importer's rules over a text;
 * `ruleSections` are the top-level headings under which a general sentence on profiles is kept (the
 * application's), besides the notice's header.
 */
export function readProfiles(
  text: string,
  words: ProfileWords,
  read: (text: string) => Record<string, unknown>,
  ruleSections: string[] = [],
): ProfileReading {
  const lines = text.split("\n");
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const mentions: Mention[] = [];
  lines.forEach((l, i) => {
    const m = mentionOf(l, words);
    if (m) mentions.push({ ...m, line: i });
  });
  const labels = [...new Set(mentions.flatMap((m) => m.labels))];
  if (labels.length < 2) return { profiles: [], rules: [] };

  const doc = readDocument(text);
  const headingLines = new Set(doc.units.filter((u) => u.kind === "heading").map((u) => text.slice(0, u.start).split("\n").length - 1));
  const isMention = new Map(mentions.map((m) => [m.line, m]));
  const blank = (i: number) => i < 0 || i >= lines.length || !lines[i]!.trim();
  /** The lines of the run of non-blank lines around line i. */
  const run = (i: number) => {
    let a = i;
    let b = i;
    while (!blank(a - 1)) a--;
    while (!blank(b + 1)) b++;
    return [a, b] as const;
  };

  const parts: Part[] = [];
  for (const m of mentions) {
    const [a, b] = run(m.line);
    const allMentions = Array.from({ length: b - a + 1 }, (_, k) => a + k).every((i) => isMention.has(i));
    const heading = allMentions && !/[.;,:]\s*$/.test(lines[m.line]!);
    let end = m.line;
    if (heading && a === b) {
      // A heading: its part runs to the next profile line or heading of the notice.
      while (end + 1 < lines.length && !isMention.has(end + 1) && !headingLines.has(end + 1)) end++;
    } else if (!heading) {
      while (end + 1 < lines.length && !blank(end + 1) && !isMention.has(end + 1)) end++;
    }
    parts.push({ labels: m.labels, start: starts[m.line]!, end: starts[end]! + lines[end]!.length });
  }

  const inPart = (pos: number) => parts.some((p) => pos >= p.start && pos < p.end);
  const profileWord = new RegExp(`(?<![\\p{L}])(?:${words.profile.map(escape).join("|")})(?![\\p{L}])`, "iu");
  const seen = new Set<string>();
  const rules: { quote: string }[] = [];
  // The notice's introduction, before the first profile's part, is its header too.
  const firstPart = Math.min(...parts.map((p) => p.start));
  for (const u of doc.units) {
    if (u.kind === "heading" || inPart(u.start)) continue;
    if (u.section && !ruleSections.includes(u.section) && u.end > firstPart) continue;
    for (const s of u.sentences) {
      const key = s.clean.toLowerCase();
      // Not a flattened table's rows, nor a title, nor a list of criteria under a heading.
      if (!profileWord.test(s.clean) || seen.has(key) || /\S {3,}\S/.test(s.raw) || !/[.:;!?]$/.test(s.clean) || s.clean.length > 200) continue;
      seen.add(key);
      rules.push({ quote: s.raw.trim() });
    }
  }

  const profiles: ProfileReading["profiles"] = [];
  for (const label of labels) {
    const defining = mentions.find((m) => m.labels.length === 1 && m.labels[0] === label && titleOf(m.rest).title) ?? mentions.find((m) => m.labels.includes(label))!;
    const { title, grade, category } = titleOf(defining.rest);
    const own = parts.filter((p) => !p.labels.includes(label)).sort((x, y) => x.start - y.start);
    let kept = "";
    let from = 0;
    for (const p of own) {
      if (p.start < from) {
        from = Math.max(from, p.end + 1);
        continue;
      }
      kept += text.slice(from, p.start);
      from = p.end + 1;
    }
    kept += text.slice(Math.min(from, text.length));
    const facts = read(kept);
    const quote = lines[defining.line]!.trim();
    const profile: Record<string, unknown> = { label, ...(title ? { title } : {}), quote };
    if (grade) profile.grades = { min: grade, max: grade, quote };
    if (category) profile.staffCategory = { value: category, ...(grade?.startsWith("FG") ? { functionGroup: grade.slice(3) } : {}), quote };
    for (const key of OWN) if (facts[key] !== undefined && quotesIn(facts[key], text)) profile[key] = facts[key];
    profiles.push(profile as ProfileReading["profiles"][number]);
  }
  return { profiles, rules };
}

/** True when every quote in a value stands in the text as it is (a quote across a removed part does not). */
function quotesIn(value: unknown, text: string): boolean {
  if (Array.isArray(value)) return value.every((v) => quotesIn(v, text));
  if (value && typeof value === "object")
    return Object.entries(value).every(([k, v]) => (k === "quote" && typeof v === "string" ? text.includes(v) : quotesIn(v, text)));
  return true;
}

/**
 * The profiles of a notice as the importer adds them to its facts: `profiles` and `profilesRules`, or nothing
 * for a notice with one post. The profile word is the notice's language's (and English's).
 */
export function profilesOf(
  text: string,
  languageWords: Map<string, { words: { and: string[]; notice: { profile: string[] } } }> | undefined,
  language: string,
  facts: Record<string, unknown>,
  read: (text: string) => Record<string, unknown>,
): { profiles?: ProfileReading["profiles"]; profilesRules?: ProfileReading["rules"] } {
  const own = languageWords?.get(language)?.words;
  const english = language === "en" ? undefined : languageWords?.get("en")?.words;
  const words = { profile: [...(own?.notice.profile ?? []), ...(english?.notice.profile ?? [])], and: [...(own?.and ?? []), ...(english?.and ?? [])] };
  if (!words.profile.length) return {};
  // General sentences on profiles are kept from the header and from the part on how to apply.
  const application = facts.application as { channels?: { quote: string }[]; refused?: { quote: string } } | undefined;
  const anchors = [...(application?.channels ?? []).map((c) => c.quote), application?.refused?.quote].filter((q): q is string => Boolean(q));
  const doc = readDocument(text);
  const sections = anchors.flatMap((q) => {
    const at = text.indexOf(q);
    const unit = at < 0 ? undefined : doc.units.find((u) => at >= u.start && at < u.end);
    return unit ? [unit.section] : [];
  });
  // And from a section of its own on the profiles ("2. PROFILES": "Candidates may apply for one profile only.").
  const profileWord = new RegExp(`(?<![\\p{L}])(?:${words.profile.map(escape).join("|")})(?![\\p{L}])`, "iu");
  const titleOnly = (name: string) => profileWord.test(name) && name.replace(/^[\d.\s]+/, "").split(/\s+/).length <= 3;
  for (const u of doc.units) if (u.section && titleOnly(u.section) && !sections.includes(u.section)) sections.push(u.section);
  const { profiles, rules } = readProfiles(text, words, read, sections);
  return profiles.length ? { profiles, profilesRules: rules } : {};
}
