// What the engine knows of a conversation: the user's facts and where the conversation stands. The engine owns
// these types (it reads them and returns the next one); the conversation layer stores them (src/conversation/session.ts).
import type { CefrLevel, EducationLevel } from "../knowledge/schema.js";

/** The user's own facts, gathered over the conversation. Kept small: one store may hold 100,000. */
export type Profile = {
  /** Country codes the user holds citizenship of. */
  nationalities?: string[];
  /**
   * Country codes one message says are not the user's ("I'm Irish, not British"): merging it removes them from the
   * nationalities kept, the rest of the profile stays; never kept itself.
   */
  nationalitiesDenied?: string[];
  /** Years of completed university studies; 0 for none. */
  studyYears?: number;
  /** True when the years are only a lower bound read from a degree's name ("a master's"). */
  studyYearsAtLeast?: boolean;
  diplomaOutsideEu?: boolean;
  diplomaRecognised?: boolean;
  /** Language name → CEFR level ("?" while the level is not known). */
  languages?: Record<string, CefrLevel | "?">;
  /** The user said these are all their languages ("I only speak …"). */
  languagesComplete?: boolean;
  /** The highest level of education the user holds, as the eligibility criteria name levels. */
  educationLevel?: EducationLevel;
  /** The length of that degree, said with its name or usual for it (knowledge/reference/degrees.json); a lower bound with `degreeYearsAtLeast`. */
  degreeYears?: number;
  degreeYearsAtLeast?: boolean;
  /** The usual length of a degree named in a question about a requirement ("do I need a master's?"): read only while reading. */
  degreeAsked?: number;
  /** Read from one message, never kept: the user said their studies are not completed ("still studying", "dropped out"). */
  studiesUnfinished?: boolean;
  /** Years of professional experience; with `experienceAfterDiploma` when counted since graduating. */
  experienceYears?: number;
  experienceAfterDiploma?: boolean;
  /** Years of that experience in a narrower field the user named ("the last 4 as an operational analyst"). */
  experiencePartYears?: number;
  /** Words the user used for their experience ("criminal analyst"), to compare with a field the notice names. */
  experienceWords?: string;
  /** Years of doctoral research (from its dates or length), counted as experience where the notice says so. */
  doctorateYears?: number;
  /**
   * The month the user's work began ("since December 2022", "2019 óta"), "YYYY-MM": when no number of years is
   * said, experience is counted from it to the day the criteria are judged on (eligibility/since.ts).
   */
  workSince?: string;
  /** Languages the user said they do not speak ("I don't speak English or French"). */
  languagesDenied?: string[];
  /** The user's age in years. */
  age?: number;
  /** Statuses: an official (and of which function group), a laureate (of which competitions), a CAST/EPSO pass. */
  official?: boolean;
  officialGroup?: string;
  laureate?: boolean;
  competitions?: string[];
  certificate?: boolean;
  certificateGroup?: string;
  /** Employed by a public administration (or an international organisation), and for how many months. */
  publicEmployer?: boolean;
  serviceMonths?: number;
  /** The longest traineeship or employment in an EU institution the user spoke of (0: none), and whether it was paid. */
  previousService?: { amount: number; unit: "year" | "month" | "week"; paid?: boolean };
};

export type Session = {
  /** The intent of the last answer, for follow-ups such as "Can it be extended?". */
  lastIntent?: string;
  /** The subjects within that intent the last answer was about ("contract.probation"), for "how long?" after it. */
  lastTopics?: string[];
  /** True while an eligibility check waits for more of the user's facts. */
  checking?: boolean;
  /** The profile the conversation is about, in a notice with several (its label, e.g. "B"). */
  noticeProfile?: string;
  /** The criterion the last check asked about, so a bare answer ("Irish", "4 years") can be read. */
  asking?: string;
  profile: Profile;
  /** A zone the user named ("I'm in Dublin"), kept for later deadline questions. */
  zone?: string;
  /** The language the conversation is held in, kept for short messages ("ok", "C1") that do not tell. */
  language?: string;
  /** The last few questions, as typed, for the context HR's review shows beside a question. */
  recent?: string[];
};
