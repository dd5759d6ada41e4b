// What the engine tells of a notice as a whole: the post at a glance (its key facts, each with its citation) and
// the choices an eligibility form offers. The conversation layer hands them on to the channels.
import type { Citation, DeadlineInfo } from "../answer.js";
import type { Notice } from "../knowledge/load.js";
import type { CriterionRule } from "../knowledge/schema.js";
import { deadlineInstant, formatDateTime, formatOffset, zoneLabel } from "../time/deadline.js";

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

/** The post at a glance: its key facts, each with its citation, the deadline in the notice's zone, the questions to offer first. */
export function summarize(notice: Notice, questions: string[], cite: (quote: string) => Citation): NoticeSummary {
  const facts = notice.facts;
  const keyFacts: KeyFact[] = [];
  const add = (label: string, value: string | undefined, quote: string | undefined, key?: KeyFact["key"]) => {
    if (value && quote) keyFacts.push({ label, value, citation: cite(quote), ...(key ? { key } : {}) });
  };
  add("Reference", facts.reference?.value, facts.reference?.quote);
  add("Place", facts.place?.value, facts.place?.quote);
  add("Staff category", facts.staffCategory?.value, facts.staffCategory?.quote);
  add("Grade", facts.grades && `${facts.grades.min}–${facts.grades.max}`, facts.grades?.quote);
  add("First contract", facts.contract.firstContract && `up to ${facts.contract.firstContract.years} years`, facts.contract.firstContract?.quote);
  add("Apply to", facts.application.address?.value, facts.application.address?.quote, "application");
  const d = facts.deadline;
  let info: NoticeSummary["deadline"];
  if (d) {
    const at = deadlineInstant(d);
    info = { utc: at.toUTC().toISO()!, zone: d.zone, local: `${formatDateTime(at, d.zone)} ${zoneLabel(d.zone)} (${formatOffset(at, d.zone)})` };
    add("Deadline", info.local, d.quote);
  }
  return {
    id: notice.id,
    ...(facts.title ? { title: facts.title.value } : {}),
    ...(facts.reference ? { reference: facts.reference.value } : {}),
    ...(info ? { deadline: info } : {}),
    keyFacts,
    questions,
  };
}
