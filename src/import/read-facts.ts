// The importer as the knowledge loader's facts reader: a notice dropped into a knowledge folder without a
// facts.json is read from its own words, as `vacancy-bot import` reads it (src/knowledge/load.ts validates it).
import type { FactsReader } from "../knowledge/load.js";
import { createPlaceZones } from "./dates.js";
import { extractFacts } from "./extract.js";
import { readLanguageWords } from "./words.js";

/** Reads a notice's facts from its text with every language's words. */
export const readNoticeFacts: FactsReader = (text, reference) =>
  extractFacts(text, { countries: reference.countries, languages: reference.languages, zoneIndex: createPlaceZones(reference.zones), words: readLanguageWords() });
