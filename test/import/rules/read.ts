// Runs one group of import rules over a passage, with the project's reference data and every lexicon.
import { readWithRules } from "../../../src/import/extract.js";
import { readImportReference } from "../../../src/import/import.js";
import type { Rule } from "../../../src/import/rules/rule.js";

const reference = readImportReference();

export function read(text: string, rules: Rule[], language = "en") {
  return readWithRules(text, { ...reference, language }, rules);
}

/** The fields a reading found, and those it says are missing. */
export const fieldsOf = (items: { field: string }[]) => items.map((i) => i.field);
