// Reads and validates everything under a knowledge folder, once, at start-up.
// A bad file stops start-up with one KnowledgeError naming the file, the field and what is wrong.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { checkMessages } from "../i18n/catalogue.js";
import { defaultCacheDir, openValidationCache, type ValidationCache } from "./cache.js";
import { KnowledgeError } from "../errors.js";
import { isZone, parseLocal } from "../time/zones.js";
import {
  cefrSchema,
  countriesSchema,
  degreesSchema,
  factsSchema,
  languagesSchema,
  lexiconSchema,
  namesSchema,
  routingSchema,
  wordsSchema,
  zonesSchema,
  type Cefr,
  type Countries,
  type Degrees,
  type Facts,
  type Languages,
  type Lexicon,
} from "./schema.js";
import { findSection, quoteAsWritten, splitSections, type Section } from "./sections.js";
import { comparable, foldSpace, stripMarkup, tooLarge } from "./text.js";
import type { Citation } from "../answer.js";

export type Notice = {
  /** The folder name, e.g. "DIGIT-COM-2025-1194". */
  id: string;
  /** The notice's text, verbatim. */
  text: string;
  facts: Facts;
  sections: Section[];
};

export type Reference = { countries: Countries; languages: Languages; cefr: Cefr; zones: Record<string, string>; /** Degree names and their levels (knowledge/reference/degrees.json). */ degrees?: Degrees };

export type Knowledge = {
  dir: string;
  notices: Map<string, Notice>;
  reference: Reference;
  lexicons: Map<string, Lexicon>;
  /** Channel and page labels by language (knowledge/ui/<lang>.json), ICU messages. */
  ui: Map<string, Record<string, string>>;
};

/**
 * Reads the facts of a notice dropped in without a facts.json from its own words, as `vacancy-bot import` does
 * (src/import/read-facts.ts): the facts as read (validated here) and what was found. Knowledge sits below the
 * importer, so the importer is passed in, never imported.
 */
export type FactsReader = (text: string, reference: Reference) => { facts: unknown; found: readonly unknown[] };

export type LoadOptions = {
  /** How a notice without facts.json is read; without one, such a notice stops the load with a line saying so. */
  readFacts?: FactsReader;
  /**
   * Where files already validated are remembered by their bytes (src/knowledge/cache.ts), so an unchanged file is
   * not checked again at the next start-up; default the user's cache folder; `false`: every file checked every time.
   */
  cacheDir?: string | false;
};

/** The knowledge folder shipped with the project. */
export const defaultKnowledgeDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", ...(import.meta.url.includes("/dist/") ? [".."] : []), "knowledge");

const NOTICE_FILE = "notice.txt";
const FACTS_FILE = "facts.json";
const ROUTING_FILE = "routing.json";

function show(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith("..") ? file : rel;
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new KnowledgeError(`cannot read ${show(file)}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

function parseJson(raw: string, file: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new KnowledgeError(`${(e as Error).message} (${show(file)})`);
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map(String).join(".") : "(top level)";
  return `${where}: ${issue.message}`;
}

/** How a file is checked beyond its schema, and where what was checked is remembered (`kind` names the checks). */
type Checked<T> = {
  cache?: ValidationCache;
  kind: string;
  complete?: (raw: unknown) => unknown;
  /** What is wrong with the parsed data, if anything. */
  check?: (data: T) => string | undefined;
};

function parseFile<S extends z.ZodType>(schema: S, file: string, how?: Checked<z.infer<S>>): z.infer<S> {
  const raw = readText(file);
  const validate = (): z.infer<S> => {
    const result = schema.safeParse((how?.complete ?? ((x: unknown) => x))(parseJson(raw, file)));
    if (!result.success) {
      const [first, ...rest] = result.error.issues;
      const more = rest.length ? ` (and ${rest.length} more)` : "";
      throw new KnowledgeError(`${first ? describeIssue(first) : "invalid"}${more} (${show(file)})`);
    }
    const bad = how?.check?.(result.data);
    if (bad) throw new KnowledgeError(`${bad} (${show(file)})`);
    return result.data;
  };
  return how?.cache ? how.cache.get(how.kind, raw, validate) : validate();
}

/** Every `quote` in the facts, with the field path where it stands. */
function quotesOf(value: unknown, path: string[] = []): { path: string; quote: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => quotesOf(v, [...path, String(i)]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) =>
      k === "quote" && typeof v === "string" ? [{ path: [...path, k].join("."), quote: v }] : quotesOf(v, [...path, k]),
    );
  return [];
}

/** Checks what the schema cannot: quotes are in the text, the deadline is a real instant, states exist (a KnowledgeError naming the file). */
function checkFacts(facts: Facts, text: string, reference: Reference, file: string): undefined {
  const haystack = comparable(text);
  for (const { path, quote } of quotesOf(facts)) {
    if (!haystack.includes(comparable(quote)))
      throw new KnowledgeError(`${path} is not a quote of the notice: "${foldSpace(quote).slice(0, 80)}" (${show(file)})`);
  }
  if (facts.deadlines) {
    const d = facts.deadlines;
    if (!isZone(d.zone)) throw new KnowledgeError(`deadlines.zone "${d.zone}" is not a time zone (${show(file)})`);
    for (const local of [...d.windows.flatMap((w) => [w.closes, ...(w.opens ? [w.opens] : [])]), ...(d.final ? [d.final] : [])])
      if (!parseLocal(local, d.zone)) throw new KnowledgeError(`deadlines: "${local}" is not a date-time (${show(file)})`);
    if (d.kind === "windows" && !d.windows.length) throw new KnowledgeError(`deadlines: kind "windows" lists no window (${show(file)})`);
    if (d.kind === "rolling" && (!d.cutoffs.length || !d.final)) throw new KnowledgeError(`deadlines: kind "rolling" needs cutoffs and a final date (${show(file)})`);
  }
  if (facts.deadline) {
    if (!isZone(facts.deadline.zone)) throw new KnowledgeError(`deadline.zone "${facts.deadline.zone}" is not a time zone (${show(file)})`);
    if (!parseLocal(facts.deadline.local, facts.deadline.zone))
      throw new KnowledgeError(`deadline.local "${facts.deadline.local}" is not a date-time (${show(file)})`);
  }
  const countryCodes = new Set([...reference.countries.memberStates, ...reference.countries.otherCountries].map((c) => c.code));
  const languageNames = new Set([...reference.languages.official, ...reference.languages.other].map((l) => l.name));
  for (const [i, rule] of facts.eligibility.criteria.entries()) {
    if (rule.type === "citizenship")
      for (const code of rule.countries)
        if (!countryCodes.has(code)) throw new KnowledgeError(`eligibility.criteria.${i}.countries "${code}" is not a country of knowledge/reference/member-states.json (${show(file)})`);
    if (rule.type === "languages")
      for (const [j, r] of rule.requirements.entries())
        for (const name of r.languages ?? [])
          if (!languageNames.has(name)) throw new KnowledgeError(`eligibility.criteria.${i}.requirements.${j}.languages "${name}" is not a language of knowledge/reference/languages.json (${show(file)})`);
  }
  const known = new Set(reference.countries.memberStates.flatMap((c) => [c.name, ...c.aliases].map((n) => n.toLowerCase())));
  for (const [i, state] of (facts.underRepresented?.states ?? []).entries()) {
    if (!known.has(state.toLowerCase()))
      throw new KnowledgeError(`underRepresented.states.${i} "${state}" is not an EU member state (${show(file)})`);
  }
}

function loadZones(file: string, cache?: ValidationCache): Record<string, string> {
  const zoneCheck = ({ places }: { places: Record<string, string> }) => {
    for (const [place, zone] of Object.entries(places)) if (!isZone(zone)) return `places.${place}: "${zone}" is not a time zone`;
    return undefined;
  };
  return parseFile(zonesSchema, file, { cache, kind: "zones", check: zoneCheck }).places;
}

function loadReference(dir: string, cache?: ValidationCache): Reference {
  const at = (name: string) => join(existsSync(join(dir, "reference", name)) ? dir : defaultKnowledgeDir, "reference", name);
  return {
    countries: parseFile(countriesSchema, at("member-states.json"), { cache, kind: "countries" }),
    languages: parseFile(languagesSchema, at("languages.json"), { cache, kind: "languages" }),
    cefr: parseFile(cefrSchema, at("cefr.json"), { cache, kind: "cefr" }),
    zones: loadZones(at("zones.json"), cache),
    degrees: parseFile(degreesSchema, at("degrees.json"), { cache, kind: "degrees" }),
  };
}

const examplesSchema = z.record(z.string().regex(/^[a-z]+(?:\.[a-z-]+)?$/, "must be an intent or intent.topic id"), z.array(z.string().min(1)).min(1));
const messagesSchema = z.record(z.string().min(1), z.string());

/**
 * Loads the lexicons: one folder per language under knowledge/lexicon/<lang>/ with lexicon.json (the words),
 * examples.json (example questions per intent.topic) and messages/*.json (what the bot says, ICU messages).
 */
/** The routing thresholds every language shares (knowledge/lexicon/routing.json, the folder's own or the project's). */
function loadRouting(dir: string, cache?: ValidationCache): Record<string, unknown> {
  const file = [dir, defaultKnowledgeDir].map((base) => join(base, "lexicon", ROUTING_FILE)).find((f) => existsSync(f));
  if (!file) throw new KnowledgeError(`no routing thresholds: knowledge/lexicon/${ROUTING_FILE} is missing (${show(dir)})`);
  const routing = parseFile(routingSchema, file, { cache, kind: "routing" });
  // The thresholds calibrated for the classifier that runs, each one a threshold the file has.
  const own = routing.calibrations[routing.classifier] ?? {};
  for (const key of Object.keys(own))
    if (typeof (routing as Record<string, unknown>)[key] !== "number") throw new KnowledgeError(`routing: calibrations.${routing.classifier}.${key} is not a threshold of ${ROUTING_FILE} (${show(file)})`);
  return { ...routing, ...own };
}

function loadLexicons(dir: string, cache?: ValidationCache): Map<string, Lexicon> {
  const lexicons = new Map<string, Lexicon>();
  const routing = loadRouting(dir, cache);
  // A lexicon is checked with the thresholds it is completed with: other thresholds, another check.
  const lexiconKind = `lexicon ${JSON.stringify(routing)}`;
  // A language's own thresholds (lexicon.json `routing`) over the shared ones.
  const withRouting = (raw: unknown) =>
    raw && typeof raw === "object" && !Array.isArray(raw) ? { ...raw, routing: { ...routing, ...((raw as { routing?: object }).routing ?? {}) } } : raw;
  for (const base of new Set([defaultKnowledgeDir, dir])) {
    const folder = join(base, "lexicon");
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const at = join(folder, name);
      if (!statSync(at).isDirectory()) continue;
      // A copy: the parts added below are not the cache's.
      const lexicon = { ...parseFile(lexiconSchema, join(at, "lexicon.json"), { cache, kind: lexiconKind, complete: withRouting }) };
      if (lexicon.language !== name) throw new KnowledgeError(`language: "${lexicon.language}" is not the folder's language "${name}" (${show(join(at, "lexicon.json"))})`);
      const examplesFile = join(at, "examples.json");
      lexicon.examples = existsSync(examplesFile) ? parseFile(examplesSchema, examplesFile, { cache, kind: "examples" }) : {};
      const messages: Record<string, string> = {};
      const messagesDir = join(at, "messages");
      if (existsSync(messagesDir))
        for (const file of readdirSync(messagesDir).filter((n) => n.endsWith(".json")).sort()) {
          const part = parseFile(messagesSchema, join(messagesDir, file), { cache, kind: `messages ${name}`, check: (messages) => checkMessages(messages, name) });
          for (const id of Object.keys(part))
            if (id in messages) throw new KnowledgeError(`message "${id}" is defined twice (${show(join(messagesDir, file))})`);
          Object.assign(messages, part);
        }
      lexicon.messages = messages;
      const namesFile = join(at, "names.json");
      if (existsSync(namesFile)) lexicon.names = parseFile(namesSchema, namesFile, { cache, kind: "names" });
      const wordsFile = join(at, "words.json");
      if (existsSync(wordsFile)) lexicon.words = parseFile(wordsSchema, wordsFile, { cache, kind: "words" });
      lexicons.set(lexicon.language, lexicon);
    }
  }
  return lexicons;
}

/**
 * A notice dropped in without a facts file: its facts are read from its own words, as `vacancy-bot import`
 * does, and validated the same way. What cannot be read is left out, so the bot says the notice does not say.
 */
function readFactsFrom(text: string, reference: Reference, file: string, readFacts: FactsReader | undefined): Facts {
  if (!readFacts) throw new KnowledgeError(`no facts.json, and no importer to read the notice with (${show(file)}); run vacancy-bot import`);
  const extraction = readFacts(text, reference);
  if (extraction.found.length < 3)
    throw new KnowledgeError(`no facts.json, and the text does not read as a vacancy notice (${show(file)}); run vacancy-bot import to see what was found`);
  const result = factsSchema.safeParse(extraction.facts);
  if (!result.success) throw new KnowledgeError(`facts read from the notice are invalid: ${result.error.issues[0] ? describeIssue(result.error.issues[0]) : "invalid"} (${show(file)})`);
  return result.data;
}

const uiSchema = z.record(z.string().min(1), z.string());

function loadUi(dir: string, cache?: ValidationCache): Map<string, Record<string, string>> {
  const ui = new Map<string, Record<string, string>>();
  for (const base of new Set([defaultKnowledgeDir, dir])) {
    const folder = join(base, "ui");
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((n) => n.endsWith(".json")).sort()) {
      const file = join(folder, name);
      const language = name.replace(/\.json$/, "");
      const messages = parseFile(uiSchema, file, { cache, kind: `ui ${language}`, check: (labels) => checkMessages(labels, language) });
      ui.set(language, { ...(ui.get(language) ?? {}), ...messages });
    }
  }
  if (!ui.has("en")) throw new KnowledgeError(`no English labels: knowledge/ui/en.json is missing (${show(dir)})`);
  return ui;
}

/** Loads one notice folder: its verbatim text and its validated facts (read from the text when there is no facts.json). */
export function loadNotice(folder: string, reference: Reference, options: LoadOptions = {}): Notice {
  return readNotice(folder, reference, options);
}

function readNotice(folder: string, reference: Reference, options: LoadOptions, cache?: { store: ValidationCache; reference: string }): Notice {
  const textFile = join(folder, NOTICE_FILE);
  const factsFile = join(folder, FACTS_FILE);
  if (!existsSync(textFile)) throw new KnowledgeError(`${NOTICE_FILE} is missing (${show(folder)})`);
  const text = readFileSync(textFile, "utf8");
  if (!text.trim()) throw new KnowledgeError(`the notice is empty (${show(textFile)})`);
  const large = tooLarge(text);
  if (large) throw new KnowledgeError(`${large} (${show(textFile)})`);
  let facts: Facts;
  if (existsSync(factsFile)) {
    // The facts are checked against the notice's text and the reference data: a change in either, another check.
    const kind = `facts ${createHash("sha256").update(text).digest("base64url")} ${cache?.reference ?? ""}`;
    facts = parseFile(factsSchema, factsFile, { cache: cache?.store, kind, check: (read) => checkFacts(read, text, reference, factsFile) });
  } else {
    facts = readFactsFrom(text, reference, textFile, options.readFacts);
    checkFacts(facts, text, reference, textFile);
  }
  return { id: folder.split(/[\\/]/).filter(Boolean).at(-1) ?? folder, text, facts, sections: splitSections(text) };
}

/** Whether a knowledge folder holds a notice without its facts.json, to be read by an importer (a CLI loads the importer only then). */
export function needsFactsReader(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => existsSync(join(dir, name, NOTICE_FILE)) && !existsSync(join(dir, name, FACTS_FILE)));
  } catch {
    return false;
  }
}

/**
 * Loads a knowledge folder: one sub-folder per notice (notice.txt + facts.json), plus the reference data
 * and lexicons (taken from the project's own knowledge/ where the folder has none).
 *
 * @example
 * const k = loadKnowledge("knowledge");
 * [...k.notices.keys()] // → ["DIGIT-COM-2025-1194"]
 */
export function loadKnowledge(dir: string = defaultKnowledgeDir, options: LoadOptions = {}): Knowledge {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new KnowledgeError(`no knowledge folder at ${show(dir)}`);
  const cache = openValidationCache(options.cacheDir === false ? undefined : (options.cacheDir ?? defaultCacheDir()));
  const reference = loadReference(dir, cache);
  const lexicons = loadLexicons(dir, cache);
  const notices = new Map<string, Notice>();
  const checkedWith = { store: cache, reference: createHash("sha256").update(JSON.stringify(reference)).digest("base64url") };
  for (const name of readdirSync(dir).sort()) {
    const folder = join(dir, name);
    if (!statSync(folder).isDirectory() || !(existsSync(join(folder, FACTS_FILE)) || existsSync(join(folder, NOTICE_FILE)))) continue;
    const notice = readNotice(folder, reference, options, checkedWith);
    if (!lexicons.has(notice.facts.language))
      throw new KnowledgeError(`language "${notice.facts.language}" has no lexicon in knowledge/lexicon (${show(join(folder, FACTS_FILE))})`);
    notices.set(notice.id, notice);
  }
  if (!notices.size) throw new KnowledgeError(`no notice found: a notice is a folder with ${NOTICE_FILE} (and its ${FACTS_FILE}) (${show(dir)})`);
  const ui = loadUi(dir, cache);
  cache.save();
  return { dir, notices, reference, lexicons, ui };
}

/** A citation for a quote of the notice: the section it stands in and its words, markup removed. */
export function cite(notice: Notice, quote: string): Citation {
  const section = findSection(notice.sections, quote);
  return {
    sectionId: section?.id ?? "notice",
    heading: section?.heading ?? "Notice",
    quote: quoteAsWritten(section, quote),
  };
}
