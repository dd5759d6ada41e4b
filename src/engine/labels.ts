// The labels the lexicons' examples may use: an intent, or an intent and the topic within it that an intent
// reads. A label not listed here is a misspelling in the data, and stops start-up (see checkLabels).
import { KnowledgeError } from "../errors.js";

export const LABELS = new Set([
  "greeting", "help", "thanks", "offtopic",
  "deadline.when", "deadline.still", "deadline.late", "deadline.left", "deadline.mine", "deadline.extension",
  "eligibility.check", "eligibility.criteria", "eligibility.citizenship", "eligibility.education", "eligibility.condition", "eligibility.age",
  "experience", "clearance",
  "languages.requirements", "languages.official", "languages.levels",
  "contract.duration", "contract.extension", "contract.probation", "contract.kind", "contract.total",
  "grade", "pay", "place", "telework",
  "application.how", "application.format", "application.documents", "application.notify",
  "selection.steps", "selection.language", "selection.priority", "selection.publication", "selection.recruitment", "selection.reserve",
  "underrepresented", "role", "profile", "about", "benefits", "posts", "post",
]);

/** Labels of subjects a notice may leave open: "uncovered." and an id of the lexicon's uncovered list. */
export const UNCOVERED = "uncovered.";

/** Stops start-up with one line when a lexicon's examples use a label the engine does not know. */
export function checkLabels(language: string, labels: Iterable<string>, uncoveredIds: Set<string>): void {
  for (const label of labels) {
    if (LABELS.has(label)) continue;
    if (label.startsWith(UNCOVERED) && (uncoveredIds.size === 0 || uncoveredIds.has(label.slice(UNCOVERED.length)))) continue;
    throw new KnowledgeError(`examples: "${label}" is not a label the engine knows (knowledge/lexicon/${language}/examples.json)`);
  }
}
