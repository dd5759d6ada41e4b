// The words an import reads a notice with: each lexicon's words.json (`notice` part, months, numbers) and
// names.json, from the project's knowledge/ and a knowledge folder's own. The same data for every language.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { KnowledgeError } from "../errors.js";
import { defaultKnowledgeDir } from "../knowledge/load.js";
import { namesSchema, wordsSchema, type Names, type Words } from "../knowledge/schema.js";
import type { Furniture } from "./normalize.js";

export type LanguageWords = { words: Words; names: Names };

/** A JSON file of knowledge, validated: a bad one is a KnowledgeError naming the file and what is wrong. */
export function parse<S extends z.ZodType>(schema: S, file: string): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new KnowledgeError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new KnowledgeError(`${z.prettifyError(result.error)} (${file})`);
  return result.data;
}

/** Every language's words, by language code; a folder's own lexicon replaces the project's. */
export function readLanguageWords(knowledgeDir: string = defaultKnowledgeDir): Map<string, LanguageWords> {
  const out = new Map<string, LanguageWords>();
  for (const base of new Set([defaultKnowledgeDir, knowledgeDir])) {
    const folder = join(base, "lexicon");
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const at = join(folder, name);
      if (!statSync(at).isDirectory()) continue;
      const wordsFile = join(at, "words.json");
      const namesFile = join(at, "names.json");
      out.set(name, {
        words: existsSync(wordsFile) ? parse(wordsSchema, wordsFile) : wordsSchema.parse({}),
        names: existsSync(namesFile) ? parse(namesSchema, namesFile) : namesSchema.parse({}),
      });
    }
  }
  return out;
}

/** Page furniture of every language at once: a pasted page may mix them ("EN | FR | DE"). */
export function furnitureOf(languages: Map<string, LanguageWords> | undefined): Furniture {
  const all = [...(languages?.values() ?? [])].map((l) => l.words.notice);
  return {
    lines: all.flatMap((n) => n.furniture),
    cookies: [...new Set(all.flatMap((n) => n.cookies))],
    related: all.flatMap((n) => n.related),
  };
}

/**
 * The language a notice is written in: the lexicon whose function words (words.json `stopwords`) its first
 * pages use most. "en" when no lexicon's words are found.
 */
export function noticeLanguage(text: string, languages: Map<string, LanguageWords> | undefined): string {
  if (!languages?.size) return "en";
  const tokens = text.slice(0, 30_000).toLowerCase().normalize("NFC").replace(/[’]/g, "'").match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  let best = "en";
  let most = 0;
  for (const [code, { words }] of languages) {
    const stop = new Set(words.stopwords.map((w) => w.toLowerCase()));
    if (!stop.size) continue;
    let n = 0;
    for (const t of tokens) if (stop.has(t)) n++;
    if (n > most) {
      most = n;
      best = code;
    }
  }
  return best;
}

/** The words of the notice's language that reading dates needs, with English's beside them. */
export type DateWords = { months: Record<string, number>; hours: string[]; noon: string[]; midnight: string[]; zoneTime: string[] };

export function dateWordsOf(languages: Map<string, LanguageWords> | undefined, language: string): DateWords | undefined {
  const own = languages?.get(language)?.words;
  if (!own) return undefined;
  return { months: own.months, hours: own.units.hour ?? [], noon: own.notice.noon, midnight: own.notice.midnight, zoneTime: own.notice.zoneTime };
}

/**
 * The zone index with the place names of the notice's language ("bruxelles" → Europe/Brussels), then those of
 * every other language ("Alicante", listed by one lexicon only), then the names of a country in every
 * language, adjectives included ("Irish time", "hora española"), where one of its names is a zone's.
 */
export function zonesInLanguage(zones: Map<string, string>, languages: Map<string, LanguageWords> | undefined, language: string): Map<string, string> {
  if (!languages?.size) return zones;
  const out = new Map(zones);
  const add = (name: string, zone: string) => {
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, zone);
  };
  const own = languages.get(language);
  const ordered = [...(own ? [own] : []), ...[...languages.entries()].filter(([code]) => code !== language).map(([, l]) => l)];
  for (const l of ordered) for (const [zone, names] of Object.entries(l.names.places)) for (const name of names) add(name, zone);
  const countryNames = new Map<string, string[]>();
  for (const l of ordered) for (const [code, names] of Object.entries(l.names.countries ?? {})) countryNames.set(code, [...(countryNames.get(code) ?? []), ...names]);
  for (const names of countryNames.values()) {
    const zone = names.map((n) => out.get(n.toLowerCase())).find(Boolean);
    if (zone) for (const name of names) add(name, zone);
  }
  return out;
}
