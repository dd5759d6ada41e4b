// Importing a notice: extract its facts, validate them exactly as start-up will, and write the notice folder.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { KnowledgeError } from "../errors.js";
import { defaultKnowledgeDir, loadNotice, type Reference } from "../knowledge/load.js";
import { cefrSchema, countriesSchema, factsSchema, languagesSchema, zonesSchema, type FactsInput } from "../knowledge/schema.js";
import { createPlaceZones, type ZoneIndex } from "./dates.js";
import type { Dropped } from "./normalize.js";
import { parse, readLanguageWords, type LanguageWords } from "./words.js";
import { normalizeForMatch } from "../text/normalize.js";
import { extractFacts, type Found, type Missing, type RuleRead, type Unread } from "./extract.js";
import { escapeRegExp } from "../text/regexp.js";

/** The reference data, plus place names → zones for reading the zone a deadline is stated in. */
export type ImportReference = Reference & { zoneIndex: ZoneIndex; words?: Map<string, LanguageWords> };

export type ImportResult = {
  /** The notice id: the one asked for, else the selection reference with "/" turned into "-". */
  id?: string;
  /** The notice text, verbatim. */
  text: string;
  facts: FactsInput;
  found: Found[];
  missing: Missing[];
  /** Passages of the eligibility part it could not type: kept as "check this yourself" criteria. */
  unread: Unread[];
  /** Per import rule, in the order they ran: the passage it read and whether a fact came of it. */
  reads: RuleRead[];
  /** What the normalisation dropped as page furniture, and the words it joined across line breaks. */
  dropped: Dropped[];
  joined: string[];
  /** False when the text is not a vacancy notice of this kind: too few of its landmarks were found. */
  isNotice: boolean;
};

/** The facts that mark a text as a vacancy notice; without three of them it is not one. */
const LANDMARKS = ["reference", "title", "grades", "staffCategory", "deadline", "application.address", "application.channels", "eligibility.languages.main", "eligibility.education", "eligibility.criteria", "contract.firstContract"];

/**
 * How many of the subjects a notice speaks of (words.json `notice.topics`: contract, pay, selection …) a text
 * names, in its own language or English: a notice whose header the rules could not read (no labels in its
 * language) still speaks of most of them, minutes or a letter of few.
 */
const TOPICS_OF_A_NOTICE = 6;

function topicsSpokenOf(text: string, words: Map<string, LanguageWords> | undefined, language: string | undefined): number {
  const folded = normalizeForMatch(text);
  const topics = new Set<string>();
  for (const code of new Set([language ?? "en", "en"])) {
    for (const [topic, list] of Object.entries(words?.get(code)?.words.notice.topics ?? {})) {
      if (list.some((w) => w.length >= 4 && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalizeForMatch(w))}`, "u").test(folded))) topics.add(topic);
    }
  }
  return topics.size;
}

function readReferenceFile<S extends z.ZodType>(schema: S, dir: string, name: string): z.infer<S> {
  return parse(schema, join(existsSync(join(dir, "reference", name)) ? dir : defaultKnowledgeDir, "reference", name));
}

/** The reference data an import reads names against: the folder's own, else the project's. */
export function readImportReference(knowledgeDir: string = defaultKnowledgeDir): ImportReference {
  const places = readReferenceFile(zonesSchema, knowledgeDir, "zones.json").places;
  return {
    countries: readReferenceFile(countriesSchema, knowledgeDir, "member-states.json"),
    languages: readReferenceFile(languagesSchema, knowledgeDir, "languages.json"),
    cefr: readReferenceFile(cefrSchema, knowledgeDir, "cefr.json"),
    zones: places,
    zoneIndex: createPlaceZones(places),
    words: readLanguageWords(knowledgeDir),
  };
}

/** "DIGIT/COM/2025/1194" → "DIGIT-COM-2025-1194". */
export function idFromReference(reference: string): string {
  return reference
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|-+$/g, "")
    .replace(/-{2,}/g, "-");
}

export function isValidId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id) && !id.includes("..");
}

/**
 * Reads a notice's facts from its text. Never throws for any text; what is missing is listed.
 *
 * @example
 * const r = importNotice(readFileSync("notice.txt", "utf8"), { reference: readImportReference() });
 * r.id // → "DIGIT-COM-2025-1194"
 */
export function importNotice(text: string, options: { id?: string; reference: ImportReference }): ImportResult {
  const { facts, found, missing, unread, reads, dropped, joined } = extractFacts(text, options.reference);
  const reference = facts.reference?.value;
  const id = options.id ?? (reference ? idFromReference(reference) : undefined);
  const have = new Set(found.map((f) => f.field));
  const landmarks = LANDMARKS.filter((f) => have.has(f)).length;
  const isNotice = landmarks >= 3 || (landmarks >= 1 && topicsSpokenOf(text, options.reference.words, (facts as { language?: string }).language) >= TOPICS_OF_A_NOTICE);
  return { ...(id ? { id } : {}), text, facts, found, missing, unread, reads, dropped, joined, isNotice };
}

/** The facts file as written: validated by the schema, two-space JSON. */
export function factsJson(result: ImportResult): string {
  return `${JSON.stringify(factsSchema.parse(result.facts), null, 2)}\n`;
}

/**
 * Validates an import exactly as start-up validates knowledge (schema, quotes in the text, the deadline's
 * zone, member-state names), by loading it from a scratch folder. Throws the loader's KnowledgeError.
 */
export function validateImport(result: ImportResult, reference: Reference): void {
  const scratch = mkdtempSync(join(tmpdir(), "vacancy-bot-import-"));
  try {
    const folder = join(scratch, result.id ?? "notice");
    mkdirSync(folder);
    writeFileSync(join(folder, "notice.txt"), result.text);
    writeFileSync(join(folder, "facts.json"), `${JSON.stringify(result.facts, null, 2)}\n`);
    loadNotice(folder, reference);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Writes knowledge/<id>/notice.txt (verbatim) and facts.json; returns the folder. */
export function writeImport(knowledgeDir: string, result: ImportResult, options: { replace?: boolean } = {}): string {
  if (!result.id || !isValidId(result.id)) throw new KnowledgeError(`import: "${result.id ?? ""}" cannot be a notice id`);
  const folder = join(knowledgeDir, result.id);
  if (existsSync(join(folder, "facts.json")) && !options.replace)
    throw new KnowledgeError(`import: ${folder} already holds a notice; give --replace to overwrite it`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "notice.txt"), result.text);
  writeFileSync(join(folder, "facts.json"), factsJson(result));
  return folder;
}
