// What the engine tells of a notice as a whole: the post at a glance (its key facts, each with its citation) and
// the choices an eligibility form offers. The conversation layer hands them on to the channels.
import type { Citation, DeadlineInfo } from "../answer.js";
import type { CriterionRule } from "../knowledge/schema.js";

export type FormOptions = {
  /** EU member states, for the nationality input: code and name. */
  memberStates: { code: string; name: string }[];
  /** Other countries people commonly hold, for the same input. */
  otherCountries: { code: string; name: string }[];
  /** Official EU languages first, then other languages people name. */
  languages: { name: string; official: boolean }[];
  levels: string[];
  /** The notice's eligibility criteria: the form draws its fields from them (and from the registry). */
  criteria?: CriterionRule[];
};

/** `key` names a fact a channel treats apart: "application", the address to apply to (not shown once the notice closed). */
export type KeyFact = { label: string; value: string; citation: Citation; key?: "application" };

export type NoticeSummary = {
  id: string;
  title?: string;
  reference?: string;
  deadline?: DeadlineInfo;
  keyFacts: KeyFact[];
  /** The questions to offer first, in the notice's language. */
  questions: string[];
};
