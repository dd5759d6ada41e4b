// The Answer: the one value every channel renders. Adapters translate it; they never add facts to it.

/** A verbatim passage of the notice and where it stands. */
export type Citation = {
  /** Stable id of the notice section, e.g. "annex-selection-am-i-eligible-to-apply". */
  sectionId: string;
  /** Human heading path, e.g. "ANNEX › Selection › Am I eligible to apply?". */
  heading: string;
  /** The notice's own words (white space folded). */
  quote: string;
};

export type CriterionStatus = "met" | "not_met" | "unknown";

/** One eligibility criterion assessed against what the user said. */
export type Criterion = {
  /** "citizenship", "education", "languages", or a condition that chat cannot check (e.g. "military-service"). */
  id: string;
  label: string;
  status: CriterionStatus;
  reason: string;
  /** False for conditions the bot cannot check in chat; they never decide the verdict. */
  checkable: boolean;
};

export type Verdict = "eligible" | "not_eligible" | "incomplete";

/** Why an answer is worth a look by HR: the notice was silent, the question off-topic, or retrieval unsure. */
export type Gap = "not_in_notice" | "off_topic" | "low_confidence";

/** The deadline as a channel needs it to draw a live countdown. */
export type DeadlineInfo = {
  /** The instant, ISO 8601 in UTC. */
  utc: string;
  /** The zone the notice states it in, e.g. "Europe/Brussels". */
  zone: string;
  /** The deadline as the notice's zone reads it, e.g. "Monday 20 October 2025, 12:00 (Brussels time, CEST)". */
  local: string;
};

export type Answer = {
  /** The id of the intent that answered: "deadline", "eligibility", "contract", … */
  intent: string;
  /** Paragraphs of plain text, in order. A paragraph may hold lines starting with "• ". */
  parts: string[];
  citations: Citation[];
  verdict?: Verdict;
  criteria?: Criterion[];
  /** Questions the user may want to ask next, answered like typed questions. */
  followUps: string[];
  /** Set when the answer is one HR should review. */
  gap?: Gap;
  /** Set when the question was cut to the maximum length before answering. */
  truncated?: boolean;
  /** The notice this answer is about. */
  noticeId: string;
  /** The language the answer is written in (BCP 47, e.g. "en", "fr"); the notice's quotes stay in the notice's own. */
  language?: string;
  /** How sure the understanding was of what was asked (the classifier's share of votes, 0–1), where it could tell. */
  confidence?: number;
  /** Intents the bot was torn with and offered as "did you mean" follow-ups. */
  alternatives?: string[];
  /** Which routing rule chose the intent (src/engine/route.ts), for HR's audit and for debugging. */
  rule?: string;
  /** The bot's random id for this answer, given by `ask` and `checkEligibility`; feedback and card updates name it. */
  id?: string;
};

/** A user's own facts for an eligibility check, as an eligibility form submits them. */
export type EligibilityForm = {
  /** Country names, demonyms or codes, e.g. ["Estonia"] or ["EE", "CA"]. */
  nationalities?: string[];
  /** Length of completed university studies in years; 0 when none. */
  studyYears?: number;
  /** Whether the diploma was issued outside the EU. */
  diplomaOutsideEu?: boolean;
  /** For a diploma from outside the EU: recognised as equivalent by an EU member state authority. */
  diplomaRecognised?: boolean;
  /** Languages with CEFR levels, e.g. [{ language: "English", level: "C1" }]; "native" is read as C2. */
  languages?: { language: string; level: string }[];
  /** The highest level of education: "secondary", "post-secondary", "university", "master", "doctorate". */
  educationLevel?: "secondary" | "post-secondary" | "university" | "master" | "doctorate";
  /** Years of professional experience. */
  experienceYears?: number;
  age?: number;
  /** Months of traineeship or employment in an EU institution (paid, where the notice counts only paid service); 0 when none. */
  previousServiceMonths?: number;
  /** Statuses held: an official, a laureate of the competition the notice names, a CAST/EPSO pass; "none". */
  statuses?: ("official" | "laureate" | "certificate" | "employer" | "none")[];
};

/** One choice of a form field: the value submitted and the label shown. */
export type FormChoice = { value: string; label: string; group?: string };

/**
 * One input of the eligibility form. The fields come from the notice's own criteria, so a channel draws
 * whatever the notice needs (nationality, studies, experience, languages, status, age…) without knowing it.
 */
export type FormField =
  | { id: string; kind: "choice"; label: string; hint?: string; multiple?: boolean; options: FormChoice[] }
  | { id: string; kind: "number"; label: string; hint?: string; min: number; max: number }
  | { id: string; kind: "languages"; label: string; hint?: string; rows: number; languages: FormChoice[]; levels: FormChoice[] };

/** The eligibility form of a notice, in one language: what a Slack modal, a Teams card or a web form draws. */
export type FormSpec = {
  language: string;
  title: string;
  intro: string;
  submit: string;
  fields: FormField[];
  /** What the conversation already knows (field id → value), for the form to open filled in. */
  values?: FormValues;
};

/** What a form submits: field id → the chosen value (values when multiple), a number, or language rows. */
export type FormValues = Record<string, string | string[] | number | { language: string; level: string }[] | undefined>;

/** Renders an Answer as plain text, paragraphs separated by a blank line. */
export function renderText(answer: Answer): string {
  return answer.parts.join("\n\n");
}
