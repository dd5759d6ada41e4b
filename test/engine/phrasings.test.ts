// Phrasings the way candidates really write them, one table per class of issue 11, on the CTI notice.
// Each row states what a correct answer must hold according to the notice, not what the bot says today.
import { describe, expect, it } from "vitest";
import type { CriterionStatus, Gap, Verdict } from "../../src/index.js";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";
import { STILL_MISREAD_IDS } from "./phrasings.still.js";

const bot = botFor(projectKnowledgeDir);

// rows:begin
type Row = {
  /** Stable id of the row, reported when it fails. */
  id: string;
  /** One message, or the turns of one conversation; the expectations hold of the last answer. */
  turns: string | string[];
  /** The clock; "2025-10-06T08:00:00Z" unless given. */
  now?: string;
  /** The channel's time zone, if it knows one. */
  zone?: string;
  /** The intent that must answer, or the ones acceptable. */
  intent: string | string[];
  verdict?: Verdict;
  /** Criterion id → the status it must have. */
  criteria?: Record<string, CriterionStatus>;
  /** The text must match this. */
  says?: RegExp;
  /** The text must not match this. */
  never?: RegExp;
  /** The gap the answer records; "none" for no gap. */
  gap?: Gap | "none";
};

const NOW = "2025-10-06T08:00:00Z";
/** 30 minutes before the deadline (12:00 Brussels, CEST, is 10:00 UTC). */
const HALF_HOUR_LEFT = "2025-10-20T09:30:00Z";
/** Five minutes after the deadline. */
const CLOSED = "2025-10-20T10:05:00Z";

/** A RegExp that matches a text containing every one of the parts, in any order. */
function all(...parts: RegExp[]): RegExp {
  const flags = parts.some((p) => p.flags.includes("i")) ? "i" : "";
  return new RegExp(`^${parts.map((p) => `(?=[\\s\\S]*?${p.source})`).join("")}`, flags);
}

const NOT_IN_NOTICE = /does not (?:say|mention|cover|state|specify)|doesn't (?:say|mention)|not (?:stated|mentioned|covered) in the notice/i;
const REFUSAL = /(?:can|could) only (?:answer|help with) questions about|only answer questions about this vacancy/i;
const DEADLINE_DATE = /20 October 2025|20\.10\.2025|October 20, 2025/;
const NOON = /\b12[:.]00\b|\bnoon\b/i;
const GRADE = /AD ?5\s*(?:to|–|-|and)\s*(?:AD ?)?7/;
const FIRST_CONTRACT = /\b(?:4|four) years\b/;
const EXTENSION = /\bonce\b[\s\S]*\b(?:2|two) years\b|\b(?:2|two) years\b[\s\S]*\bonce\b/;
const PROBATION = /\b(?:9|nine)[- ]months?\b/;
const ADDRESS = /secretariat@cert\.europa\.eu/;
const REFERENCE = /DIGIT\/COM\/2025\/1194/;
const SINGLE_PDF = /single pdf/i;
const NOT_REQUIRED = /not (?:required|an eligibility criterion|a requirement|mandatory|needed)|no minimum|is only an asset|an asset/i;
const CAN_BE_CLEARED = /(?:in a position to|able to|can) be (?:security )?cleared/i;
const NOT_EU = /not (?:an? )?(?:EU )?member state|not in the EU|left the EU|only citizens of an EU member state/i;
const OPEN = /applications are (?:still )?open/i;
const SALARY_FIGURE = /(?:€|EUR)\s?\d|\d[\d.,]*\s?(?:€|EUR|euros?)\b/i;
const CYBER = /threat/i;

/** 1. A common word ("main", "first", "key", "day", "type") must not derail the route. */
const commonWord: Row[] = [
  { id: "cw-main-tasks", turns: "What are the main tasks?", intent: "role", says: CYBER },
  { id: "cw-main-duties", turns: "what are the main duties of the job", intent: "role", says: CYBER },
  { id: "cw-main-responsibilities", turns: "main responsibilities?", intent: "role", says: CYBER },
  { id: "cw-main-same-language", turns: "Can my main language and my second language be the same?", intent: ["languages", "criteria"], says: /\bNo\b|different|second/i, never: REFUSAL },
  { id: "cw-same-language-twice", turns: "can the first and second language be the same one", intent: ["languages", "criteria"], says: /\bNo\b|different/i, never: REFUSAL },
  { id: "cw-mother-tongue-main", turns: "Can I use my mother tongue as my main language?", intent: ["languages", "criteria"], says: /C1/, never: REFUSAL },
  { id: "cw-first-language-c1", turns: "Does my first language count as the C1 one?", intent: ["languages", "criteria"], says: /C1/, never: REFUSAL },
  { id: "cw-main-language-level", turns: "What level is needed for the main language?", intent: ["languages", "criteria"], says: /C1/ },
  { id: "cw-second-language-level", turns: "Which level do I need in my second language?", intent: ["languages", "criteria"], says: /B2/ },
  { id: "cw-second-language-requirement", turns: "What is the second language requirement?", intent: ["languages", "criteria"], says: /B2/ },
  { id: "cw-day-to-day", turns: "what is the day to day work like", intent: "role", says: CYBER },
  { id: "cw-normal-day", turns: "What will I do on a normal day?", intent: "role", says: CYBER },
  { id: "cw-typical-week", turns: "In a typical week what would my job be?", intent: "role", says: CYBER },
  { id: "cw-main-requirement", turns: "What is the main requirement to apply?", intent: ["criteria", "eligibility"], says: /citizen/i },
  { id: "cw-key-requirements", turns: "key requirements?", intent: ["criteria", "eligibility"], says: /citizen/i },
  { id: "cw-main-criteria", turns: "main criteria for eligibility", intent: ["criteria", "eligibility"], says: /citizen/i },
  { id: "cw-first-contract", turns: "How long is the first contract?", intent: "contract", says: FIRST_CONTRACT },
  { id: "cw-first-step-after", turns: "What is the first step after I send my application?", intent: "selection", says: /interview|selection panel|notified/i },
  { id: "cw-key-skills", turns: "What are the key skills?", intent: "profile", says: /analytical|communication|skills/i },
  { id: "cw-kind-of-person", turns: "What kind of person are they looking for?", intent: ["profile", "experience"], says: /skill|experience|knowledge/i },
  { id: "cw-ideal-candidate", turns: "Who is the ideal candidate?", intent: ["profile", "experience"], says: /experience|diploma|skill/i },
  { id: "cw-what-team-does", turns: "what does the team do", intent: ["role", "about"], says: /Cyber Threat Intelligence|threat/i },
  { id: "cw-permanent-post", turns: "Is the post a permanent one?", intent: "contract", says: /temporary agent|\b4 years\b/i },
  { id: "cw-type-contract", turns: "What is the type of contract?", intent: "contract", says: /temporary agent/i },
  { id: "cw-send-application", turns: "How do I send my application?", intent: "application", says: ADDRESS },
  { id: "cw-where-send-cv", turns: "Where do I send my CV?", intent: "application", says: ADDRESS },
  { id: "cw-reference-number", turns: "What is the reference number?", intent: ["application", "post"], says: REFERENCE },
  { id: "cw-final-date", turns: "What is the final date?", intent: "deadline", says: DEADLINE_DATE },
  { id: "cw-last-day", turns: "last day to apply?", intent: "deadline", says: DEADLINE_DATE },
  { id: "cw-closing-time", turns: "What is the closing time?", intent: "deadline", says: NOON },
  { id: "cw-close-the-call", turns: "What time do they close the call?", intent: "deadline", says: NOON },
  { id: "cw-pay-like", turns: "What's the pay like?", intent: "pay", says: /basic salary/i },
  { id: "cw-money-make", turns: "how much money will i make", intent: "pay", says: /basic salary/i, never: SALARY_FIGURE },
  { id: "cw-starting-grade", turns: "What is the starting grade?", intent: "grade", says: /AD ?5/ },
  { id: "cw-training", turns: "Do they offer training?", intent: "benefits", says: /training/i, never: NOT_IN_NOTICE },
  { id: "cw-work-from-home", turns: "Can I work from home?", intent: ["benefits", "place", "search", "telework"], says: /telework/i },
  { id: "cw-home-office", turns: "is home office possible", intent: ["benefits", "place", "telework"], says: /telework/i },
  { id: "cw-probation-main", turns: "Is there a probation?", intent: "contract", says: PROBATION },
  { id: "cw-job-involve", turns: "What does the job involve?", intent: "role", says: CYBER },
  { id: "cw-official-languages", turns: "Which languages are official?", intent: "languages", says: /\b24\b/ },
  { id: "cw-main-goal-cert", turns: "What is the main goal of CERT-EU?", intent: "about", says: /Cybersecurity Service/i },
  { id: "cw-big-picture", turns: "Give me the big picture of the role in a few words", intent: ["role", "post"], says: CYBER, never: REFUSAL },
];

/** 2. No false "the notice does not say" where the notice answers. */
const falseSilence: Row[] = [
  { id: "fs-pension", turns: "Is there a pension?", intent: ["benefits", "pay", "search"], says: /pension/i, never: NOT_IN_NOTICE },
  { id: "fs-pension-scheme", turns: "do i get a pension scheme", intent: ["benefits", "pay", "search"], says: /pension/i, never: NOT_IN_NOTICE },
  { id: "fs-pension-plan", turns: "pension plan??", intent: ["benefits", "pay", "search"], says: /pension/i, never: NOT_IN_NOTICE },
  { id: "fs-retirement-savings", turns: "What about retirement benefits, is there a pension?", intent: "benefits", says: /pension/i, never: NOT_IN_NOTICE },
  { id: "fs-health-insurance", turns: "Will I have health insurance?", intent: "benefits", says: /healthcare/i, never: NOT_IN_NOTICE },
  { id: "fs-medical-insurance", turns: "is there medical insurance", intent: ["benefits", "search"], says: /healthcare/i, never: NOT_IN_NOTICE },
  { id: "fs-accident-insurance", turns: "Is there accident insurance?", intent: "benefits", says: /accident/i, never: NOT_IN_NOTICE },
  { id: "fs-schools", turns: "Are there schools for my kids?", intent: "benefits", says: /schools/i, never: NOT_IN_NOTICE },
  { id: "fs-telework", turns: "Is teleworking possible?", intent: ["benefits", "telework"], says: /telework/i, never: NOT_IN_NOTICE },
  { id: "fs-soc", turns: "Will I work with the Security Operations Centre?", intent: "role", says: /Security Operations Cent(?:re|er)/i, never: NOT_IN_NOTICE },
  { id: "fs-soc-abbrev", turns: "Do we collaborate with the SOC?", intent: "role", says: /Security Operations/i, never: NOT_IN_NOTICE },
  { id: "fs-soc-us", turns: "will this job involve working with the security operations center", intent: "role", says: /Security Operations/i, never: NOT_IN_NOTICE },
  { id: "fs-dfir", turns: "will i work with incident response team", intent: "role", says: /Incident Response/i, never: NOT_IN_NOTICE },
  { id: "fs-other-teams", turns: "Do I work with other teams?", intent: "role", says: /teams|cooperat|collaborat/i, never: NOT_IN_NOTICE },
  { id: "fs-grade-depend", turns: "What does the grade depend on?", intent: "grade", says: all(/qualifications/i, /experience/i), never: NOT_IN_NOTICE },
  { id: "fs-grade-decided", turns: "how is the grade decided", intent: "grade", says: /qualifications/i, never: NOT_IN_NOTICE },
  { id: "fs-grade-calculated", turns: "How is the grade calculated?", intent: "grade", says: /qualifications|professional experience/i, never: NOT_IN_NOTICE },
  { id: "fs-step", turns: "What determines the step in the grade?", intent: "grade", says: /step/i, never: NOT_IN_NOTICE },
  { id: "fs-higher-grade", turns: "Can I get a higher grade?", intent: "grade", says: /exceptionally/i, never: NOT_IN_NOTICE },
  { id: "fs-lux-or-bxl", turns: "Is it in Luxembourg or Brussels?", intent: "place", says: /Brussels/, never: NOT_IN_NOTICE },
  { id: "fs-bxl-or-lux", turns: "is the job in brussels or luxembourg", intent: "place", says: /Brussels/, never: NOT_IN_NOTICE },
  { id: "fs-bxl-or-lux-short", turns: "Brussels or Lux?", intent: "place", says: /Brussels/, never: NOT_IN_NOTICE },
  { id: "fs-lux-based", turns: "will i be based in luxembourg?", intent: "place", says: all(/^No\b/, /Brussels/), never: NOT_IN_NOTICE },
  { id: "fs-strasbourg", turns: "Is the job based in Strasbourg?", intent: "place", says: all(/^No\b/, /Brussels/), never: NOT_IN_NOTICE },
  { id: "fs-taxes", turns: "Do I pay taxes?", intent: "pay", says: /tax/i, never: NOT_IN_NOTICE },
  { id: "fs-taxed", turns: "Is the salary taxed?", intent: "pay", says: /tax/i, never: NOT_IN_NOTICE },
  { id: "fs-family-allowance", turns: "Are there family allowances?", intent: "pay", says: /family allowances/i, never: NOT_IN_NOTICE },
  { id: "fs-expat-allowance", turns: "Do I get expat allowance?", intent: "pay", says: /expatriation/i, never: NOT_IN_NOTICE },
  { id: "fs-medical-check", turns: "Is there a medical check before recruitment?", intent: ["selection", "criteria"], says: /medical/i, never: NOT_IN_NOTICE },
  { id: "fs-vetting", turns: "Will there be a security vetting?", intent: "clearance", says: /vetting/i, never: NOT_IN_NOTICE },
  { id: "fs-interview", turns: "Will there be an interview?", intent: "selection", says: /interview/i, never: NOT_IN_NOTICE },
  { id: "fs-told-not-selected", turns: "Will I be told if I am not selected?", intent: ["selection", "application"], says: /only candidates selected/i, never: NOT_IN_NOTICE },
  { id: "fs-interview-language", turns: "In which language is the interview?", intent: ["selection", "languages"], says: /English/, never: NOT_IN_NOTICE },
  { id: "fs-priority-officials", turns: "Do officials get priority?", intent: "selection", says: /priority/i, never: NOT_IN_NOTICE },
  { id: "fs-laureates", turns: "Is the post open to competition laureates?", intent: "selection", says: /laureates/i, never: NOT_IN_NOTICE },
  { id: "fs-function-group", turns: "What's the function group?", intent: ["grade", "contract", "post"], says: /\bAD\b|Administrator/, never: NOT_IN_NOTICE },
  { id: "fs-total-stay", turns: "How many years can I stay in total?", intent: "contract", says: /\b6 years\b/, never: NOT_IN_NOTICE },
  { id: "fs-character-references", turns: "Do I need character references?", intent: "criteria", says: /character references/i, never: NOT_IN_NOTICE },
  { id: "fs-physically-fit", turns: "Do I have to be physically fit?", intent: "criteria", says: /physically fit/i, never: NOT_IN_NOTICE },
  { id: "fs-provide-diploma", turns: "Do I need to provide my diploma?", intent: ["selection", "criteria"], says: /documentary evidence|diplomas|supporting documents/i, never: NOT_IN_NOTICE },
  { id: "fs-python", turns: "Do I need python?", intent: ["profile", "experience"], says: /python/i, never: NOT_IN_NOTICE },
  { id: "fs-machine-learning", turns: "Is knowledge of machine learning needed?", intent: ["profile", "experience"], says: /machine learning/i, never: NOT_IN_NOTICE },
  { id: "fs-malware", turns: "is malware reverse engineering part of the profile?", intent: ["profile", "experience", "role"], says: /malware/i, never: NOT_IN_NOTICE },
  { id: "fs-customers", turns: "will i deal with customers?", intent: ["profile", "role"], says: /customer/i, never: NOT_IN_NOTICE },
  { id: "fs-how-many-entities", turns: "how many union entities does cert-eu serve", intent: "about", says: /\b90\b/, never: NOT_IN_NOTICE },
];

/** 3. A phrase ("can I still apply?", "can it be extended?") must not hijack the intent. */
const hijack: Row[] = [
  { id: "hj-british-still", turns: "I'm British, can I still apply?", intent: "eligibility", verdict: "not_eligible", criteria: { citizenship: "not_met" }, says: NOT_EU, never: OPEN },
  { id: "hj-uk-after-brexit", turns: "I am from the UK, can i still apply after brexit", intent: "eligibility", verdict: "not_eligible", says: NOT_EU, never: OPEN },
  { id: "hj-uk-citizen-brexit", turns: "Since Brexit, can I still apply as a UK citizen?", intent: ["eligibility", "criteria"], says: NOT_EU, never: OPEN },
  { id: "hj-british-passport", turns: "I only have a British passport, am I still able to apply?", intent: "eligibility", verdict: "not_eligible", says: NOT_EU, never: OPEN },
  { id: "hj-american-still", turns: "I'm American, can I still apply?", intent: "eligibility", verdict: "not_eligible", says: NOT_EU, never: OPEN },
  { id: "hj-swiss-still", turns: "Im Swiss can i still apply", intent: "eligibility", verdict: "not_eligible", says: NOT_EU, never: OPEN },
  { id: "hj-turkish", turns: "I'm Turkish, can I apply?", intent: "eligibility", verdict: "not_eligible", says: NOT_EU, never: OPEN },
  { id: "hj-norwegian-still", turns: "Is it still possible to apply for a Norwegian?", intent: ["criteria", "eligibility"], says: all(/Norway|Norwegian/, NOT_EU), never: OPEN },
  { id: "hj-ukrainian-in-poland", turns: "I'm a Ukrainian living in Poland, can I still apply?", intent: "eligibility", verdict: "not_eligible", criteria: { citizenship: "not_met" }, never: OPEN },
  { id: "hj-brazilian-in-belgium", turns: "I live in Belgium but I'm Brazilian. Can I apply?", intent: "eligibility", verdict: "not_eligible", criteria: { citizenship: "not_met" }, never: OPEN },
  { id: "hj-associate-still", turns: "I only have a 2-year associate degree, can I still apply?", intent: "eligibility", verdict: "not_eligible", criteria: { education: "not_met" }, says: /\b3 years\b/, never: OPEN },
  { id: "hj-no-degree-still", turns: "can I still apply if I never finished university?", intent: ["eligibility", "criteria"], says: /\b3 years\b/, never: OPEN },
  { id: "hj-india-degree", turns: "Can I still apply with a degree from India?", intent: ["criteria", "eligibility"], says: /recogni[sz]ed|equivalent/i, never: OPEN },
  { id: "hj-age-55", turns: "Can I still apply if I'm 55?", intent: ["uncovered", "eligibility", "criteria"], says: /age/i, never: /^Yes, you can still apply|applications are (?:still )?open/i },
  { id: "hj-no-experience-still", turns: "can i still apply without experience?", intent: ["experience", "eligibility", "criteria"], says: NOT_REQUIRED, never: OPEN },
  { id: "hj-no-clearance-still", turns: "can i still apply if i don't have a clearance yet", intent: ["clearance", "eligibility", "criteria"], says: CAN_BE_CLEARED, never: OPEN },
  { id: "hj-b1-french-still", turns: "Can I still apply if my French is only B1?", intent: ["languages", "eligibility", "criteria"], says: /B2/, never: OPEN },
  { id: "hj-deadline-extend", turns: ["When is the deadline?", "Can it be extended?"], intent: ["deadline", "uncovered"], says: /No applications will be accepted after|does not say|not (?:be )?extended/i, never: EXTENSION },
  { id: "hj-deadline-extend-they", turns: ["When do applications close?", "can they extend it?"], intent: ["deadline", "uncovered"], says: /No applications will be accepted after|does not say|not (?:be )?extended/i, never: EXTENSION },
  { id: "hj-deadline-postpone", turns: ["What's the deadline?", "any chance it gets postponed?"], intent: ["deadline", "uncovered"], never: EXTENSION },
  { id: "hj-deadline-extended-direct", turns: "Can the deadline be extended?", intent: ["deadline", "uncovered"], never: EXTENSION },
  { id: "hj-contract-extend-direct", turns: "Can the contract be extended?", intent: "contract", says: EXTENSION },
  { id: "hj-contract-extend-followup", turns: ["How long is the contract?", "can it be extended?"], intent: "contract", says: EXTENSION },
  { id: "hj-contract-renew-followup", turns: ["what's the contract length", "is it renewable?"], intent: "contract", says: EXTENSION },
  { id: "hj-irish-deadline", turns: "I'm Irish, when is the deadline?", intent: ["deadline", "eligibility"], says: DEADLINE_DATE },
  { id: "hj-masters-how-apply", turns: "I have a master's, how do I apply?", intent: "application", says: all(SINGLE_PDF, ADDRESS) },
  { id: "hj-french-contract", turns: "I am French, how long is the contract?", intent: "contract", says: FIRST_CONTRACT },
  { id: "hj-c1-deadline", turns: "My English is C1, when is the deadline?", intent: "deadline", says: DEADLINE_DATE },
  { id: "hj-german-underrep", turns: "I'm German. Is my country underrepresented?", intent: "underrepresented", says: /^Yes\b/ },
  { id: "hj-not-eu-how-apply", turns: "How do I apply if I'm not an EU citizen?", intent: ["criteria", "eligibility", "application"], says: /citizen|member state/i, never: /^Yes\b/ },
  { id: "hj-deadline-word-in-eligibility", turns: "Before the deadline passes: is a Canadian citizen eligible?", intent: ["criteria", "eligibility"], says: NOT_EU, never: OPEN },
  { id: "hj-apply-word-in-languages", turns: "To apply, do both languages have to be official EU languages?", intent: ["languages", "criteria"], says: /^Yes\b|official/i },
];

/** 4. A yes/no question gets a first word that is true for the facts. */
const yesNo: Row[] = [
  { id: "yn-french", turns: "Do I need to speak French?", intent: ["languages", "criteria"], says: /^No\b/, never: /^Yes\b/ },
  { id: "yn-french-mandatory", turns: "Is French mandatory?", intent: ["languages", "criteria"], says: /^No\b/ },
  { id: "yn-german", turns: "do i have to know german", intent: ["languages", "criteria"], says: /^No\b/ },
  { id: "yn-dutch", turns: "Must I speak Dutch?", intent: ["languages", "criteria"], says: /^No\b/ },
  { id: "yn-b1-second", turns: "Is B1 English enough as my second language?", intent: ["languages", "criteria"], says: all(/^No\b/, /B2/), never: /^Yes\b/ },
  { id: "yn-b1-ok", turns: "is b1 ok for the 2nd language?", intent: ["languages", "criteria"], says: all(/^No\b/, /B2/) },
  { id: "yn-a2-second", turns: "Is A2 fine for the second language", intent: ["languages", "criteria"], says: /^No\b/ },
  { id: "yn-b2-second", turns: "Is B2 enough for the second language?", intent: ["languages", "criteria"], says: /^Yes\b/ },
  { id: "yn-c1-second", turns: "Is C1 enough for my second language?", intent: ["languages", "criteria"], says: /^Yes\b/ },
  { id: "yn-b2-main", turns: "Is B2 enough for my main language?", intent: ["languages", "criteria"], says: all(/^No\b/, /C1/) },
  { id: "yn-c1-first", turns: "Is C1 enough for the first language?", intent: ["languages", "criteria"], says: /^Yes\b/ },
  { id: "yn-irish-official", turns: "Does Irish count as an official language?", intent: "languages", says: /^Yes\b/ },
  { id: "yn-maltese", turns: "Is Maltese an official EU language?", intent: "languages", says: /^Yes\b/ },
  { id: "yn-catalan", turns: "Does Catalan count?", intent: "languages", says: /^No\b/ },
  { id: "yn-russian", turns: "Is Russian accepted as a second language?", intent: "languages", says: /^No\b/ },
  { id: "yn-turkish-lang", turns: "can turkish be my second language", intent: "languages", says: /^No\b/ },
  { id: "yn-clearance-already", turns: "Do I already need a clearance?", intent: "clearance", says: CAN_BE_CLEARED, never: /^Yes\b/ },
  { id: "yn-clearance-before", turns: "Must I have a security clearance before applying?", intent: "clearance", says: CAN_BE_CLEARED, never: /^Yes\b/ },
  { id: "yn-clearance-secret-now", turns: "Do I need to hold EU SECRET clearance already?", intent: "clearance", says: CAN_BE_CLEARED, never: /^Yes\b/ },
  { id: "yn-clearance-have", turns: "do i have to have clearance to apply", intent: "clearance", says: CAN_BE_CLEARED, never: /^Yes\b/ },
  { id: "yn-experience", turns: "Do I need experience?", intent: "experience", says: NOT_REQUIRED, never: /^Yes\b/ },
  { id: "yn-3y-experience", turns: "Is 3 years of experience required?", intent: "experience", says: NOT_REQUIRED, never: /^Yes\b/ },
  { id: "yn-cti-experience", turns: "Must I have 2 years in threat intelligence?", intent: "experience", says: NOT_REQUIRED, never: /^Yes\b/ },
  { id: "yn-master", turns: "Do I need a master's degree?", intent: "criteria", says: /\b3 years\b/, never: /^Yes\b/ },
  { id: "yn-phd", turns: "Do I need a PhD?", intent: "criteria", says: /\b3 years\b/, never: /^Yes\b/ },
  { id: "yn-bachelor-3y", turns: "Is a 3-year bachelor enough?", intent: "criteria", says: /^Yes\b/ },
  { id: "yn-2y-diploma", turns: "Is a 2-year diploma enough?", intent: ["criteria", "eligibility"], says: all(/^No\b/, /\b3\b/) },
  { id: "yn-eu-citizen", turns: "Do I have to be an EU citizen?", intent: "criteria", says: /^Yes\b/ },
  { id: "yn-eu-national", turns: "do i need to be eu national to apply", intent: "criteria", says: /^Yes\b/ },
  { id: "yn-brussels", turns: "Is the job in Brussels?", intent: "place", says: /^Yes\b/ },
  { id: "yn-luxembourg", turns: "Is the job in Luxembourg?", intent: "place", says: all(/^No\b/, /Brussels/) },
  { id: "yn-permanent", turns: "Is it a permanent contract?", intent: "contract", says: /^(?:No\b|[^.\n]*\bnot (?:a )?permanent)/i },
  { id: "yn-temporary", turns: "Is it a temporary position?", intent: "contract", says: /^(?:Yes\b|[^.\n]*\btemporary agent)/i },
  { id: "yn-4-years", turns: "Is the contract 4 years?", intent: "contract", says: /^Yes\b/ },
  { id: "yn-2-years", turns: "Is the contract for 2 years?", intent: "contract", says: all(/^No\b/, FIRST_CONTRACT) },
  { id: "yn-extend-twice", turns: "Can the contract be extended twice?", intent: "contract", says: /^No\b/ },
  { id: "yn-probation-9", turns: "Is the probation 9 months?", intent: "contract", says: /^Yes\b/ },
  { id: "yn-probation-3", turns: "Is probation 3 months?", intent: "contract", says: all(/^No\b/, PROBATION) },
  { id: "yn-ast", turns: "Is it an AST post?", intent: ["grade", "contract", "post"], says: all(/^No\b/, /\bAD/) },
  { id: "yn-ad", turns: "Is it an AD post?", intent: ["grade", "contract", "post"], says: /^Yes\b/ },
  { id: "yn-germany-under", turns: "Is Germany underrepresented?", intent: "underrepresented", says: /^Yes\b/ },
  { id: "yn-poland-under", turns: "Is Poland under-represented?", intent: "underrepresented", says: /^Yes\b/ },
  { id: "yn-italy-under", turns: "Is Italy underrepresented?", intent: "underrepresented", says: /^No\b/ },
  { id: "yn-spain-under", turns: "Is Spain on the list of underrepresented countries?", intent: "underrepresented", says: /^No\b/ },
  { id: "yn-more-posts", turns: "Is there more than one post?", intent: "posts", says: /^No\b/ },
  { id: "yn-one-vacancy", turns: "Is there only one vacancy?", intent: "posts", says: /^Yes\b/ },
  { id: "yn-too-late", turns: "Is it too late to apply?", intent: "deadline", says: /^No\b/ },
  { id: "yn-still-apply", turns: "Can I still apply?", intent: "deadline", says: /^Yes\b/ },
  { id: "yn-still-apply-closed", turns: "Can I still apply?", now: "2025-10-21T08:00:00Z", intent: "deadline", says: /^No\b/ },
  { id: "yn-too-late-closed", turns: "Is it too late?", now: CLOSED, intent: "deadline", says: /^Yes\b/ },
  { id: "yn-by-post", turns: "Can I send my application by post?", intent: "application", says: ADDRESS, never: /^Yes\b/ },
  { id: "yn-two-files", turns: "Can I send the CV and form as two separate files?", intent: "application", says: SINGLE_PDF, never: /^Yes\b/ },
  { id: "yn-selection-english", turns: "Is the selection in English?", intent: ["selection", "languages"], says: all(/^Yes\b/, /English/) },
  { id: "yn-underrep-priority", turns: "Does being from an underrepresented country give me priority?", intent: "underrepresented", says: /merits?|no positions will be reserved/i, never: /^Yes\b/ },
];

/** 5. The user's own facts are read with their scope: "only", "no", "but", years of work, degree names, credits. */
const ownFacts: Row[] = [
  // Facts beside a question that is not a check (issue 17, class 2): the question answered, the facts kept for later.
  { id: "fq-official-how-apply", turns: "I'm a Commission official (AD6 in DG HR). How do I actually apply for this one?", intent: "application", says: ADDRESS, never: /check your eligibility/i },
  { id: "fq-official-where-send", turns: "I work as an AD7 official at the Council. Where do I send my application?", intent: "application", says: ADDRESS, never: /check your eligibility/i },
  { id: "fq-experience-hard", turns: "is the 3 years' experience a hard requirement? i've only got 1.5 yrs in a SOC", intent: "experience", says: NOT_REQUIRED },
  { id: "fq-experience-must", turns: "Must I have 3 years of experience? I have 2 years in a CERT.", intent: "experience", says: NOT_REQUIRED },
  { id: "fq-danish-send", turns: "I'm Danish and saw Denmark is on the under-represented list :) so what exactly do I need to send and where?", intent: "application", says: all(ADDRESS, /application form/i) },
  { id: "fq-greek-documents", turns: "I'm Greek: what exactly do I need to send?", intent: "application", says: all(ADDRESS, SINGLE_PDF) },
  { id: "fq-check-stays", turns: "I'm Slovak, Slovak is my native language and my English is C1. Can I apply now?", intent: "eligibility" },
  { id: "uf-highschool-soc", turns: "I only got a high-school diploma but 10 years of SOC experience", intent: "eligibility", verdict: "not_eligible", criteria: { education: "not_met" }, never: /10 years of (?:university )?stud/i },
  { id: "uf-no-degree-15y", turns: "no degree, 15 years in cybersecurity, am I eligible?", intent: "eligibility", verdict: "not_eligible", criteria: { education: "not_met" }, never: /15 years of (?:university )?stud/i },
  { id: "uf-no-university-8y", turns: "I didn't go to university but I have 8 years experience in threat intel. Can I apply?", intent: "eligibility", verdict: "not_eligible", criteria: { education: "not_met" } },
  { id: "uf-12y-work-2y-diploma", turns: "I have 12 years of experience and a 2-year diploma", intent: "eligibility", verdict: "not_eligible", criteria: { education: "not_met" }, never: /12 years of (?:university )?stud/i },
  { id: "uf-6y-soc-3y-bachelor", turns: "I worked 6 years in a SOC, and I have a 3-year bachelor", intent: "eligibility", criteria: { education: "met" } },
  { id: "uf-english-only", turns: "English is the only language I speak", intent: "eligibility", verdict: "not_eligible", criteria: { languages: "not_met" } },
  { id: "uf-only-english", turns: "I only speak English", intent: "eligibility", verdict: "not_eligible", criteria: { languages: "not_met" } },
  { id: "uf-only-portuguese", turns: "i speak only portuguese, no other language", intent: "eligibility", verdict: "not_eligible", criteria: { languages: "not_met" } },
  { id: "uf-spanish-b1-english", turns: "My languages: Spanish native, English B1", intent: "eligibility", verdict: "not_eligible", criteria: { languages: "not_met" } },
  { id: "uf-russian-english", turns: "Native Russian speaker, English C1", intent: "eligibility", verdict: "not_eligible", criteria: { languages: "not_met" } },
  { id: "uf-romanian-english", turns: "My mother tongue is Romanian, English C1", intent: "eligibility", criteria: { languages: "met" } },
  { id: "uf-dutch-german", turns: "Native Dutch speaker, German B2", intent: "eligibility", criteria: { languages: "met" } },
  { id: "uf-irish-french", turns: "Irish native, French C1", intent: "eligibility", criteria: { languages: "met" } },
  { id: "uf-dual-indian-portuguese", turns: "I have dual nationality, Indian and Portuguese", intent: "eligibility", criteria: { citizenship: "met" } },
  { id: "uf-us-italian-passports", turns: "I hold both US and Italian passports", intent: "eligibility", criteria: { citizenship: "met" } },
  { id: "uf-half-brazilian-spanish", turns: "I am half Brazilian half Spanish, with both passports", intent: "eligibility", criteria: { citizenship: "met" } },
  { id: "uf-canadian-also-irish", turns: "Canadian citizen, I also have Irish citizenship through my grandmother", intent: "eligibility", criteria: { citizenship: "met" } },
  { id: "uf-british-irish", turns: "I'm British and Irish", intent: "eligibility", criteria: { citizenship: "met" } },
  { id: "uf-british-only", turns: "I'm British only", intent: "eligibility", verdict: "not_eligible", criteria: { citizenship: "not_met" } },
  { id: "uf-indian", turns: "I am Indian", intent: "eligibility", verdict: "not_eligible", criteria: { citizenship: "not_met" } },
  { id: "uf-swiss-in-germany", turns: "I'm Swiss but I live in Germany", intent: "eligibility", verdict: "not_eligible", criteria: { citizenship: "not_met" } },
  { id: "uf-portugese-typo", turns: "i am portugese", intent: "eligibility", criteria: { citizenship: "met" } },
  { id: "uf-from-germany", turns: "im from germany", intent: "eligibility", criteria: { citizenship: "met" } },
  { id: "uf-luxembourgish-one-of", turns: "Does Luxembourgish count as one of the EU languages?", intent: "languages", says: /^No\b/, never: /stud(?:y|ies)|diploma/i },
  { id: "uf-german-one-of", turns: "Is German one of the languages?", intent: "languages", says: /^Yes\b/, never: /stud(?:y|ies)|diploma/i },
  { id: "uf-one-language-enough", turns: "Is one language enough?", intent: ["languages", "criteria"], says: /^No\b/, never: /stud(?:y|ies)/i },
  { id: "uf-licenciatura", turns: "I have a 4-year licenciatura from Spain", intent: "eligibility", criteria: { education: "met" } },
  { id: "uf-licenciatura-full", turns: "I did a 4 year licenciatura in Portugal, I'm Portuguese, native Portuguese and English C1", intent: "eligibility", verdict: "eligible" },
  { id: "uf-180-ects", turns: "My degree is 180 ECTS", intent: "eligibility", criteria: { education: "met" } },
  { id: "uf-180-ects-full", turns: "I have a bachelor of 180 ECTS credits, I'm Polish, Polish native, English B2", intent: "eligibility", verdict: "eligible" },
  { id: "uf-240-ects", turns: "bachelor with 240 ects", intent: "eligibility", criteria: { education: "met" } },
  { id: "uf-120-ects", turns: "I have 120 ECTS from a short-cycle programme", intent: "eligibility", verdict: "not_eligible", criteria: { education: "not_met" } },
  { id: "uf-laurea-triennale", turns: "I'm Italian with a laurea triennale", intent: "eligibility", criteria: { citizenship: "met", education: "met" } },
  { id: "uf-magister", turns: "I have an Austrian Magister degree", intent: "eligibility", criteria: { education: "met" } },
  { id: "uf-bachelor-plus-master", turns: "I have a 3 year bachelors and a 1 year master", intent: "eligibility", criteria: { education: "met" } },
  { id: "uf-5y-master", turns: "I finished a 5-year master in Lithuania", intent: "eligibility", criteria: { education: "met" } },
  { id: "uf-still-studying", turns: "I'm in the last year of my bachelor, not finished yet", intent: "eligibility", criteria: { education: "not_met" } },
  { id: "uf-estonian-languages", turns: "I'm Estonian, my native language is Estonian and my English is C1", intent: "eligibility", criteria: { citizenship: "met", languages: "met" } },
  { id: "uf-greek-full", turns: "I'm Greek, native Greek, English B2, 3-year degree", intent: "eligibility", verdict: "eligible" },
  { id: "uf-30-finnish", turns: "I'm 30, Finnish, with a 3-year BSc", intent: "eligibility", criteria: { citizenship: "met", education: "met" }, never: /30 years of (?:university )?stud/i },
  { id: "uf-three-words", turns: "I studied three years at university and got my diploma", intent: "eligibility", criteria: { education: "met" } },
  { id: "uf-non-native", turns: "I am spanish nationality, i have studied 4 years engeneering and my english level is C1, spanish is my mother languaje", intent: "eligibility", verdict: "eligible" },
  { id: "uf-phone-style", turns: "romanian, bsc 3y, ro native, en b2 - ok?", intent: "eligibility", verdict: "eligible" },
];

/** 6. Follow-ups keep the thread: country, zone, topic, hypotheticals, corrections. */
const followUps: Row[] = [
  { id: "fu-interview-language", turns: ["Is there an interview?", "in which language?"], intent: "selection", says: /English/ },
  { id: "fu-dutch-what-else", turns: ["can i apply", "i'm dutch", "what else do you need to know?"], intent: "eligibility", verdict: "incomplete", says: /diploma|studies/i },
  { id: "fu-uk-then-norway", turns: ["I'm British, can I still apply?", "What about Norwegians?"], intent: ["criteria", "eligibility"], says: all(/Norw/, NOT_EU), never: /United Kingdom|British/ },
  { id: "fu-uk-then-norway-short", turns: ["I am from the UK. Am I eligible?", "and norway?"], intent: ["criteria", "eligibility"], says: /Norw/, never: /United Kingdom/ },
  { id: "fu-swiss-then-croatia", turns: ["Can Swiss citizens apply?", "what about Croatians?"], intent: ["criteria", "eligibility"], says: all(/Croatia/, /^Yes\b/) },
  { id: "fu-germany-then-france", turns: ["Is Germany underrepresented?", "what about France?"], intent: "underrepresented", says: all(/^No\b/, /France/) },
  { id: "fu-austria-then-italy", turns: ["Is Austria underrepresented?", "and Italy?"], intent: "underrepresented", says: all(/^No\b/, /Italy/) },
  { id: "fu-italy-then-malta", turns: ["Is Italy under-represented?", "and malta"], intent: "underrepresented", says: all(/^Yes\b/, /Malta/) },
  { id: "fu-deadline-lisbon", turns: ["When is the deadline?", "and in Lisbon?"], intent: "deadline", says: /\b11[:.]00\b/ },
  { id: "fu-deadline-new-york", turns: ["When is the deadline?", "what about New York?"], intent: "deadline", says: /\b0?6[:.]00\b/ },
  { id: "fu-deadline-helsinki", turns: ["When is the deadline?", "And for Helsinki?"], intent: "deadline", says: /\b13[:.]00\b/ },
  { id: "fu-deadline-india", turns: ["What time does it close?", "in India?"], intent: "deadline", says: /\b15[:.]30\b/ },
  { id: "fu-deadline-im-in-tokyo", turns: ["what is the deadline", "I'm in Tokyo"], intent: "deadline", says: /\b19[:.]00\b/ },
  { id: "fu-deadline-for-me", turns: ["When is the deadline?", "what time is that for me?"], zone: "Europe/Athens", intent: "deadline", says: /\b13[:.]00\b/ },
  { id: "fu-deadline-left", turns: ["When's the deadline?", "how much time do I have left?"], intent: "deadline", says: /\b14 days\b/ },
  { id: "fu-grade-depend", turns: ["What grade is the job?", "what does that depend on?"], intent: "grade", says: /qualifications/i, never: NOT_IN_NOTICE },
  { id: "fu-contract-probation", turns: ["How long is the contract?", "and the probation?"], intent: "contract", says: PROBATION },
  { id: "fu-contract-renew", turns: ["How long is the contract?", "can it be renewed?"], intent: "contract", says: EXTENSION },
  { id: "fu-languages-only-b1", turns: ["What languages do I need?", "what if I only have B1?"], intent: ["languages", "criteria", "eligibility"], says: /B2/ },
  { id: "fu-b2-then-b1", turns: ["Is B2 enough for the second language?", "and B1?"], intent: ["languages", "criteria"], says: /^No\b/ },
  { id: "fu-irish-then-catalan", turns: ["Is Irish an official language?", "and Catalan?"], intent: "languages", says: /^No\b/ },
  { id: "fu-irish-then-welsh", turns: ["Is Irish an official language?", "what about Welsh?"], intent: "languages", says: /^No\b/ },
  { id: "fu-irish-then-croatian", turns: ["Is Catalan an official EU language?", "and Croatian?"], intent: "languages", says: /^Yes\b/ },
  { id: "fu-check-dialog", turns: ["Am I eligible?", "I'm Irish", "I have a 4-year degree", "Irish native, French C1"], intent: "eligibility", verdict: "eligible" },
  { id: "fu-swiss-then-italian", turns: ["I'm Swiss. Can I apply?", "I also have Italian citizenship"], intent: "eligibility", criteria: { citizenship: "met" } },
  { id: "fu-correct-years", turns: ["I have a 2-year diploma, am I eligible?", "sorry, I meant 4 years"], intent: "eligibility", criteria: { education: "met" } },
  { id: "fu-facts-two-turns", turns: ["I'm Belgian with a 3-year degree", "my languages are French native and Dutch B2"], intent: "eligibility", verdict: "eligible" },
  { id: "fu-friend-irish", turns: ["I'm American with a 5-year master, English native, Spanish C1. Can I apply?", "my friend is Irish, can she apply?"], intent: ["criteria", "eligibility"], says: /Ireland|Irish/, never: /United States|American/ },
  { id: "fu-friend-does-not-merge", turns: ["I'm American with a 5-year master, English native, Spanish C1. Can I apply?", "my friend is Irish, can she apply?", "and me?"], intent: "eligibility", verdict: "not_eligible", criteria: { citizenship: "not_met" } },
  { id: "fu-hypothetical-b1", turns: ["I'm Spanish with a 3-year degree, Spanish native and English C1. Am I eligible?", "what if my English were only B1?"], intent: ["eligibility", "languages"], says: /B2/, never: /^Yes\b/ },
  { id: "fu-hypothetical-keeps-facts", turns: ["I'm Spanish with a 3-year degree, Spanish native and English C1. Am I eligible?", "what if my English were only B1?", "ok, so with my real C1 am I eligible?"], intent: "eligibility", verdict: "eligible" },
  { id: "fu-place-then-grade", turns: ["Where is the job?", "and the grade?"], intent: "grade", says: GRADE },
  { id: "fu-apply-which-email", turns: ["How do I apply?", "to which email?"], intent: "application", says: ADDRESS },
  { id: "fu-apply-what-order", turns: ["How do I apply?", "in what order?"], intent: "application", says: /CV[\s\S]*application form/i },
  { id: "fu-salary-taxed", turns: ["What's the salary?", "is it taxed?"], intent: "pay", says: /tax/i },
  { id: "fu-underrep-maltese", turns: ["Which countries are underrepresented?", "is mine? I'm Maltese"], intent: "underrepresented", says: /Malta/ },
  { id: "fu-clearance-level", turns: ["Do I need a clearance?", "what level?"], intent: "clearance", says: /EU SECRET/i },
  { id: "fu-experience-how-many", turns: ["Do I need experience?", "how many years would be ideal?"], intent: "experience", says: /\b3 years\b/ },
  { id: "fu-deadline-zone-remembered", turns: ["When do applications close?", "What time is that in Lisbon?", "How long do I have left?"], intent: "deadline", says: /\b14 days\b/ },
];

/** 7. Two questions in one message: both are answered. */
const twoQuestions: Row[] = [
  { id: "tq-three-numbered", turns: "hey 3 qs: 1) deadline? 2) can non-eu ppl apply? 3) is the job in brussels", intent: "deadline", says: all(DEADLINE_DATE, /member state/i, /Brussels/) },
  { id: "tq-numbered-two", turns: "two questions: 1) can people from outside the EU apply? 2) where is the job?", intent: ["criteria", "place"], says: all(/member state/i, /Brussels/) },
  { id: "tq-diploma-languages", turns: "What kind of diploma I need and which languages?", intent: ["languages", "criteria"], says: all(/\b3 years\b/, /C1/, /B2/) },
  { id: "tq-day-scripting", turns: "What would I actually be doing day to day, and which scripting languages do they expect me to know?", intent: ["role", "profile"], says: all(CYBER, /python/i) },
  { id: "tq-tasks-scripting-order", turns: "what are the tasks, and what programming languages do they expect?", intent: ["role", "profile"], says: /threat[\s\S]*python/i },
  { id: "tq-priority-fallback", turns: "Who gets priority for this post, and what happens if none of them fits?", intent: ["selection", "contract"], says: all(/laureate/i, /temporary agent/i) },
  { id: "tq-grade-place", turns: "What grade is it and where is the job?", intent: ["grade", "place"], says: all(GRADE, /Brussels/) },
  { id: "tq-contract-grade", turns: "How long is the contract and what grade is it?", intent: ["contract", "grade"], says: all(FIRST_CONTRACT, GRADE) },
  { id: "tq-deadline-apply", turns: "When is the deadline and how do I apply?", intent: ["deadline", "application"], says: all(DEADLINE_DATE, ADDRESS) },
  { id: "tq-where-send-by-when", turns: "where do i send it and by when?", intent: ["application", "deadline"], says: all(ADDRESS, DEADLINE_DATE) },
  { id: "tq-salary-pension", turns: "What's the salary and is there a pension?", intent: ["pay", "benefits"], says: all(/basic salary/i, /pension/i) },
  { id: "tq-posts-place", turns: "How many posts are there and where?", intent: ["posts", "place"], says: all(/\b(?:1|one)\b/i, /Brussels/) },
  { id: "tq-probation-contract", turns: "Is there a probation period and how long is the contract?", intent: ["contract"], says: all(PROBATION, FIRST_CONTRACT) },
  { id: "tq-deadline-clearance", turns: "When's the deadline? Also, do I need a clearance?", intent: ["deadline", "clearance"], says: all(DEADLINE_DATE, /EU SECRET/i) },
  { id: "tq-selection-deadline", turns: "How does the selection work and when is the deadline?", intent: ["selection", "deadline"], says: all(/interview/i, DEADLINE_DATE) },
  { id: "tq-place-telework", turns: "Where is the job located, and is teleworking possible?", intent: ["place", "benefits"], says: all(/Brussels/, /telework/i) },
  { id: "tq-grade-salary", turns: "What grade and what salary?", intent: ["grade", "pay"], says: all(GRADE, /basic salary/i) },
  { id: "tq-experience-languages", turns: "Do I need experience and what languages are required?", intent: ["experience", "languages", "criteria"], says: all(NOT_REQUIRED, /B2/) },
  { id: "tq-poland-deadline", turns: "Is Poland underrepresented and when is the deadline?", intent: ["underrepresented", "deadline"], says: all(/Poland/, DEADLINE_DATE) },
  { id: "tq-contract-extension", turns: "how long is the contract? can it be extended?", intent: "contract", says: all(FIRST_CONTRACT, EXTENSION) },
  { id: "tq-deadline-dublin", turns: "what's the deadline and what time is that in Dublin", intent: "deadline", says: all(DEADLINE_DATE, /\b11[:.]00\b/) },
  { id: "tq-eligible-and-deadline", turns: "I'm Irish with a 3-year degree, Irish native and English C1. Am I eligible and when is the deadline?", intent: ["eligibility", "deadline"], says: DEADLINE_DATE, verdict: "eligible" },
  { id: "tq-associate-still", turns: "I only have a 2-year associate degree, can I still apply and until when?", intent: ["eligibility", "deadline"], says: all(/\b3 years\b/, DEADLINE_DATE), never: /^Yes, you can still apply/ },
  { id: "tq-who-how-many", turns: "Who is hiring and how many people?", intent: ["about", "posts", "post"], says: all(/CERT-EU/, /\b(?:1|one)\b/i) },
  { id: "tq-contract-place", turns: "whats the contract duration + location", intent: ["contract", "place"], says: all(FIRST_CONTRACT, /Brussels/) },
  { id: "tq-apply-format-pay", turns: "In what format do I send the documents, and how much is the pay?", intent: ["application", "pay"], says: all(SINGLE_PDF, /basic salary/i) },
  { id: "tq-probation-grade", turns: "how long is the probation and what is the grade", intent: ["contract", "grade"], says: all(PROBATION, GRADE) },
];

/** 8. Small talk and rambling: thanks are thanks, greetings greet, a friendly ramble still gets its question answered. */
const smallTalk: Row[] = [
  { id: "st-real-person", turns: "can i talk to a real person please", intent: "help", says: /bot|automated/i },
  { id: "st-human-please", turns: "I want to speak to a human", intent: "help", says: /bot|automated/i },
  { id: "ot-other-jobs", turns: "are there other open jobs at CERT-EU right now?", intent: "offtopic", says: REFUSAL },
  { id: "ot-neighbourhood", turns: "which neighbourhood in brussels is nicest to live in?", intent: ["offtopic", "uncovered"], never: /Ixelles|Uccle|Etterbeek/ },
  { id: "ot-epso-register", turns: "how do I register for the next EPSO AD5 competition?", intent: "offtopic", says: REFUSAL },
  { id: "st-thanks-bye", turns: "thanks, bye", intent: "thanks", gap: "none", never: NOT_IN_NOTICE },
  { id: "st-thank-you", turns: "thank you!", intent: "thanks", gap: "none" },
  { id: "st-thx", turns: "thx", intent: "thanks", gap: "none" },
  { id: "st-ty", turns: "ty!!", intent: "thanks", gap: "none" },
  { id: "st-ok-thanks", turns: "ok thanks a lot", intent: "thanks", gap: "none" },
  { id: "st-cheers", turns: "cheers mate", intent: "thanks", gap: "none" },
  { id: "st-helpful", turns: "Thanks, that's very helpful", intent: "thanks", gap: "none" },
  { id: "st-great-thanks", turns: "great, thank you so much for your help", intent: "thanks", gap: "none" },
  { id: "st-after-answer", turns: ["When is the deadline?", "perfect thanks"], intent: "thanks", gap: "none" },
  { id: "st-bye", turns: "bye", intent: ["thanks", "greeting"], gap: "none", never: NOT_IN_NOTICE },
  { id: "st-goodbye", turns: "goodbye and have a nice day", intent: ["thanks", "greeting"], gap: "none", never: NOT_IN_NOTICE },
  { id: "st-hi", turns: "hi", intent: "greeting", says: REFERENCE, gap: "none" },
  { id: "st-hello-there", turns: "hello there", intent: "greeting", gap: "none" },
  { id: "st-good-morning", turns: "good morning", intent: "greeting", gap: "none" },
  { id: "st-hey", turns: "hey", intent: "greeting", gap: "none" },
  { id: "st-how-are-you", turns: "Hi, how are you?", intent: "greeting", gap: "none" },
  { id: "st-help", turns: "help", intent: "help", gap: "none" },
  { id: "st-what-can-you-do", turns: "what can you do?", intent: "help", gap: "none" },
  { id: "st-what-can-i-ask", turns: "what can I ask you?", intent: "help", gap: "none" },
  { id: "st-ramble-deadline", turns: "Hi! I hope you're well. I saw this job on LinkedIn and I'm very excited about it, I've been working in security for a while. Could you tell me what is the last day I can send the application? Thanks a lot", intent: "deadline", says: DEADLINE_DATE },
  { id: "st-ramble-apply", turns: "Hello, good afternoon, I am writing because I am very interested in this position, my question is how I can send my documents, thank you in advance", intent: "application", says: ADDRESS },
  { id: "st-ramble-place", turns: "Hey so I was wondering, like, if it's not too much trouble, where exactly would I be working if I got it? thx", intent: ["place", "uncovered"], says: /Brussels/ },
  { id: "st-ramble-contract", turns: "Dear bot, I have a family and I need some stability, so I would like to know how many years the contract lasts. Kind regards", intent: "contract", says: FIRST_CONTRACT },
  { id: "st-ramble-languages", turns: "good evening!! sorry for my english, i am from poland and i want to know which languages i must speak for this work, thank you very much", intent: ["languages", "criteria"], says: all(/C1/, /B2/) },
];

/** Plain questions on every intent, short and long, with typos and in phone style. */
const plain: Row[] = [
  // deadline
  { id: "pl-dl-when", turns: "When is the deadline?", intent: "deadline", says: all(DEADLINE_DATE, NOON, /Brussels/) },
  { id: "pl-dl-bare", turns: "deadline?", intent: "deadline", says: DEADLINE_DATE },
  { id: "pl-dl-due", turns: "when r applications due", intent: "deadline", says: DEADLINE_DATE },
  { id: "pl-dl-until-when", turns: "until when can I apply", intent: "deadline", says: DEADLINE_DATE },
  { id: "pl-dl-last-date", turns: "What is the last date for applying?", intent: "deadline", says: DEADLINE_DATE },
  { id: "pl-dl-dead-line", turns: "whats the dead line", intent: "deadline", says: DEADLINE_DATE },
  { id: "pl-dl-closing-pls", turns: "closing date pls", intent: "deadline", says: DEADLINE_DATE },
  { id: "pl-dl-vacancy-close", turns: "When does the vacancy close?", intent: "deadline", says: DEADLINE_DATE },
  { id: "pl-dl-send-cv-by", turns: "by which date should i send my cv", intent: ["deadline", "application"], says: DEADLINE_DATE },
  { id: "pl-dl-typo", turns: "wen is dedline for aplication", intent: "deadline", says: DEADLINE_DATE },
  { id: "pl-dl-london", turns: "What time is the deadline in London?", intent: "deadline", says: /\b11[:.]00\b/ },
  { id: "pl-dl-athens", turns: "deadline in Athens time?", intent: "deadline", says: /\b13[:.]00\b/ },
  { id: "pl-dl-utc", turns: "When is the deadline in UTC?", intent: "deadline", says: /\b10[:.]00\b/ },
  { id: "pl-dl-zone-ny", turns: "What time is the deadline for me?", zone: "America/New_York", intent: "deadline", says: /\b0?6[:.]00\b/ },
  { id: "pl-dl-zone-kolkata", turns: "What time is the deadline for me?", zone: "Asia/Kolkata", intent: "deadline", says: /\b15[:.]30\b/ },
  { id: "pl-dl-zone-sydney", turns: "When is the deadline?", zone: "Australia/Sydney", intent: "deadline", says: /\b21[:.]00\b/ },
  { id: "pl-dl-zone-lisbon", turns: "what time do applications close for me", zone: "Europe/Lisbon", intent: "deadline", says: /\b11[:.]00\b/ },
  { id: "pl-dl-left", turns: "How much time is left?", intent: "deadline", says: /\b14 days and 2 hours\b/ },
  { id: "pl-dl-days-left", turns: "how many days left to apply", intent: "deadline", says: /\b14 days\b/ },
  { id: "pl-dl-half-hour", turns: "How long do I have?", now: HALF_HOUR_LEFT, intent: "deadline", says: /\b30 minutes\b/, never: /closed|no longer/i },
  { id: "pl-dl-half-hour-still", turns: "Is there still time?", now: HALF_HOUR_LEFT, intent: "deadline", says: all(/^Yes\b/, /\b30 minutes\b/) },
  { id: "pl-dl-half-hour-hurry", turns: "omg am i too late?? still time to send?", now: HALF_HOUR_LEFT, intent: "deadline", says: /\b30 minutes\b/, never: /^Yes\b/ },
  { id: "pl-dl-closed", turns: "Can I still apply?", now: CLOSED, intent: "deadline", says: all(/^No\b/, /closed/i) },
  { id: "pl-dl-tomorrow-on-the-day", turns: "Can I apply tomorrow?", now: "2025-10-20T08:00:00Z", intent: "deadline", says: NOON, never: /^Yes\b/ },
  { id: "pl-dl-is-20-october", turns: "Is the deadline 20 October?", intent: "deadline", says: /^Yes\b/ },
  { id: "pl-dl-is-21st", turns: "Is the deadline on the 21st?", intent: "deadline", says: /^No\b/ },
  { id: "pl-dl-midnight", turns: "Is the deadline at midnight?", intent: "deadline", says: all(/^No\b/, NOON) },
  // eligibility
  { id: "pl-el-am-i", turns: "Am I eligible?", intent: "eligibility", verdict: "incomplete" },
  { id: "pl-el-polish", turns: "I'm Polish, am I eligible?", intent: "eligibility", verdict: "incomplete", criteria: { citizenship: "met" } },
  { id: "pl-el-greek-full", turns: "Im greek, 3 year degree, greek native, english c1 - eligible?", intent: "eligibility", verdict: "eligible" },
  { id: "pl-el-french-full", turns: "French national, 5-year master's degree, French mother tongue, English C2. Can I apply?", intent: "eligibility", verdict: "eligible" },
  { id: "pl-el-dutch-2y", turns: "I am Dutch, I studied 2 years at university, Dutch native, English C1", intent: "eligibility", verdict: "not_eligible", criteria: { education: "not_met" } },
  { id: "pl-el-norwegian", turns: "Norwegian, 5 year master, Norwegian native, English C1, eligible?", intent: "eligibility", verdict: "not_eligible", criteria: { citizenship: "not_met" } },
  { id: "pl-el-croatian-phd", turns: "I'm Croatian with a PhD, Croatian native, English C1", intent: "eligibility", verdict: "eligible" },
  { id: "pl-el-czech-phone", turns: "check my eligibility pls: czech, bachelor 3y, czech c2, german b2", intent: "eligibility", verdict: "eligible" },
  { id: "pl-el-irish-gaelic", turns: "Irish citizen, 4-year degree, English native and Irish B2", intent: "eligibility", verdict: "eligible" },
  // criteria
  { id: "pl-cr-list", turns: "What are the eligibility criteria?", intent: "criteria", says: all(/citizen/i, /military service/i, /\b3 years\b/, /C1/, /B2/) },
  { id: "pl-cr-requirements", turns: "what are the requirements", intent: ["criteria", "profile"], says: /citizen/i },
  { id: "pl-cr-who-can-apply", turns: "who can apply for this position?", intent: "criteria", says: /citizen/i },
  { id: "pl-cr-degree", turns: "Do I need a degree?", intent: "criteria", says: /\b3 years\b/ },
  { id: "pl-cr-non-eu", turns: "Can non-EU citizens apply?", intent: "criteria", says: /^No\b|Only citizens/ },
  { id: "pl-cr-military", turns: "Do I need to have done military service?", intent: "criteria", says: /military service/i },
  { id: "pl-cr-recognised", turns: "My diploma is from Canada. Is that OK?", intent: ["criteria", "eligibility"], says: /recogni[sz]ed|equivalent/i },
  // languages
  { id: "pl-la-need", turns: "What languages do I need?", intent: "languages", says: all(/C1/, /B2/) },
  { id: "pl-la-requirements", turns: "language requirements?", intent: "languages", says: all(/C1/, /B2/) },
  { id: "pl-la-typo", turns: "wat languages r needed", intent: "languages", says: all(/C1/, /B2/) },
  { id: "pl-la-list", turns: "Which are the official EU languages?", intent: "languages", says: all(/\b24\b/, /Bulgarian/) },
  { id: "pl-la-irish", turns: "Is Irish official?", intent: "languages", says: /^Yes\b/ },
  { id: "pl-la-how-many", turns: "how many languages must i speak", intent: ["languages", "criteria"], says: /\btwo\b|\b2\b|second/i },
  { id: "pl-la-selection-language", turns: "In which language will the selection be done?", intent: ["selection", "languages"], says: /English/ },
  // contract
  { id: "pl-co-how-long", turns: "How long is the contract?", intent: "contract", says: all(FIRST_CONTRACT, EXTENSION) },
  { id: "pl-co-kind", turns: "what kind of contract is it", intent: "contract", says: /temporary agent/i },
  { id: "pl-co-duration", turns: "contract duration?", intent: "contract", says: FIRST_CONTRACT },
  { id: "pl-co-typo", turns: "how long is teh contrat?", intent: "contract", says: FIRST_CONTRACT },
  { id: "pl-co-probation", turns: "Is there a probation period?", intent: "contract", says: PROBATION },
  { id: "pl-co-probation-long", turns: "how long is probation", intent: "contract", says: PROBATION },
  { id: "pl-co-renew", turns: "Can the contract be renewed?", intent: "contract", says: EXTENSION },
  // grade
  { id: "pl-gr-what", turns: "What grade is the position?", intent: "grade", says: GRADE },
  { id: "pl-gr-which-will-i-get", turns: "which grade will i get", intent: "grade", says: /qualifications|AD ?5/i },
  { id: "pl-gr-ad-or-ast", turns: "AD or AST?", intent: ["grade", "post", "contract"], says: GRADE },
  { id: "pl-gr-level", turns: "what level is this job in the EU scale", intent: "grade", says: GRADE },
  // pay
  { id: "pl-pa-salary", turns: "What's the salary?", intent: "pay", says: /basic salary/i, never: SALARY_FIGURE },
  { id: "pl-pa-per-month", turns: "How much does it pay per month?", intent: "pay", never: SALARY_FIGURE },
  { id: "pl-pa-range", turns: "salary range?", intent: "pay", never: SALARY_FIGURE },
  { id: "pl-pa-net", turns: "what would be the net salary", intent: "pay", says: /tax/i, never: SALARY_FIGURE },
  { id: "pl-pa-typo", turns: "Wat is the salry?", intent: "pay", never: SALARY_FIGURE },
  // place
  { id: "pl-pl-where", turns: "Where is the job?", intent: "place", says: /Brussels/ },
  { id: "pl-pl-based", turns: "where would i be based", intent: "place", says: /Brussels/ },
  { id: "pl-pl-location", turns: "location?", intent: "place", says: /Brussels/ },
  { id: "pl-pl-city", turns: "which city is the office in", intent: "place", says: /Brussels/ },
  // application
  { id: "pl-ap-how", turns: "How do I apply?", intent: "application", says: all(SINGLE_PDF, ADDRESS, REFERENCE) },
  { id: "pl-ap-documents", turns: "what documents do I need to send?", intent: "application", says: all(/CV/, /application form/i) },
  { id: "pl-ap-subject", turns: "what should I put in the email subject?", intent: "application", says: REFERENCE },
  { id: "pl-ap-format", turns: "Which format should my documents be in?", intent: "application", says: /pdf/i },
  { id: "pl-ap-where", turns: "where to apply?", intent: "application", says: ADDRESS },
  { id: "pl-ap-epso", turns: "Do I apply through the EPSO website?", intent: "application", says: ADDRESS, never: /^Yes\b/ },
  { id: "pl-ap-typo", turns: "how to aply for this", intent: "application", says: ADDRESS },
  { id: "pl-ap-motivation", turns: "Do I need a motivation letter?", intent: ["application", "uncovered"], says: /CV/, never: /^Yes\b/ },
  // selection
  { id: "pl-se-how", turns: "How does the selection work?", intent: "selection", says: /interview/i },
  { id: "pl-se-after", turns: "what happens after I apply?", intent: "selection", says: /interview|notified/i },
  { id: "pl-se-answer", turns: "Will everyone get an answer?", intent: ["selection", "application"], says: /only candidates selected/i },
  { id: "pl-se-who-decides", turns: "Who decides who gets an interview?", intent: ["selection", "uncovered"], says: /selection panel/i },
  { id: "pl-se-published", turns: "Was the post published externally?", intent: "selection", says: /internally/i },
  // under-represented
  { id: "pl-ur-which", turns: "Which countries are underrepresented?", intent: "underrepresented", says: all(/Austria/, /Sweden/, /Portugal/) },
  { id: "pl-ur-denmark", turns: "Is Denmark underrepresented?", intent: "underrepresented", says: /^Yes\b/ },
  { id: "pl-ur-portuguese", turns: "are portuguese candidates encouraged to apply?", intent: "underrepresented", says: /^Yes\b|Portugal/ },
  { id: "pl-ur-nationalities", turns: "Which nationalities are encouraged to apply?", intent: "underrepresented", says: /Austria/ },
  { id: "pl-ur-france", turns: "is france under represented", intent: "underrepresented", says: /^No\b/ },
  // role
  { id: "pl-ro-about", turns: "What is the job about?", intent: ["role", "post"], says: CYBER },
  { id: "pl-ro-doing", turns: "What would I be doing?", intent: "role", says: CYBER },
  { id: "pl-ro-describe", turns: "describe the role", intent: "role", says: CYBER },
  { id: "pl-ro-responsibilities", turns: "what are the responsibilities?", intent: "role", says: CYBER },
  // profile
  { id: "pl-pr-skills", turns: "What skills are needed?", intent: "profile", says: /skills/i },
  { id: "pl-pr-profile", turns: "What profile are they looking for?", intent: ["profile", "experience"], says: /knowledge|skills|experience/i },
  { id: "pl-pr-technical", turns: "what technical knowledge do they expect", intent: "profile", says: /threat intelligence|operating systems|scripting/i },
  { id: "pl-pr-soft", turns: "which soft skills matter", intent: "profile", says: /communication|teamwork|analytical/i },
  // about
  { id: "pl-ab-cert-eu", turns: "Who is CERT-EU?", intent: "about", says: /Cybersecurity Service/i },
  { id: "pl-ab-digit", turns: "What is DIGIT?", intent: "about", says: /Directorate-General for Digital Services/i },
  { id: "pl-ab-established", turns: "When was CERT-EU established?", intent: "about", says: /\b2011\b/ },
  { id: "pl-ab-who-hiring", turns: "who is hiring?", intent: ["about", "post"], says: /CERT-EU|DIGIT/ },
  // benefits
  { id: "pl-be-what", turns: "What are the benefits?", intent: "benefits", says: /pension|healthcare|telework/i },
  { id: "pl-be-offer", turns: "What do they offer?", intent: "benefits", says: /pension|healthcare|telework|training/i },
  { id: "pl-be-perks", turns: "any perks?", intent: "benefits", says: /pension|healthcare|telework|training/i },
  // posts
  { id: "pl-po-how-many", turns: "How many posts are there?", intent: "posts", says: /\b(?:1|one)\b/i },
  { id: "pl-po-people", turns: "how many people will they hire?", intent: "posts", says: /\b(?:1|one)\b/i },
  { id: "pl-po-one", turns: "is it just one position?", intent: "posts", says: /^Yes\b/ },
  // clearance
  { id: "pl-cl-need", turns: "Do I need a security clearance?", intent: "clearance", says: all(/EU SECRET/i, CAN_BE_CLEARED) },
  { id: "pl-cl-level", turns: "what clearance level", intent: "clearance", says: /SECRET/ },
  { id: "pl-cl-dont-have", turns: "I don't have a clearance, can I apply?", intent: "clearance", says: CAN_BE_CLEARED, never: /^No\b/ },
  { id: "pl-cl-vetting-who", turns: "who does the security vetting?", intent: "clearance", says: /national administration/i },
  // experience
  { id: "pl-ex-how-much", turns: "How much experience do I need?", intent: "experience", says: all(NOT_REQUIRED, /\b3 years\b/) },
  { id: "pl-ex-required", turns: "Is experience required?", intent: "experience", says: NOT_REQUIRED, never: /^Yes\b/ },
  { id: "pl-ex-none", turns: "I have no experience, can I apply?", intent: ["experience", "eligibility"], says: NOT_REQUIRED },
  { id: "pl-ex-junior", turns: "is this ok for a junior / fresh graduate?", intent: ["experience", "eligibility", "criteria"], says: NOT_REQUIRED },
  // what the notice does not say
  { id: "pl-un-visa", turns: "Do I need a visa?", intent: ["uncovered", "search"], says: NOT_IN_NOTICE },
  { id: "pl-un-work-permit", turns: "will they sponsor my work permit", intent: ["uncovered", "search"], says: NOT_IN_NOTICE },
  { id: "pl-un-start-date", turns: "When would I start?", intent: ["uncovered", "search"], says: NOT_IN_NOTICE },
  { id: "pl-un-start-date-2", turns: "what is the starting date of the job", intent: ["uncovered", "search"], says: NOT_IN_NOTICE },
  { id: "pl-un-relocation", turns: "Is relocation paid?", intent: ["uncovered", "search"], says: NOT_IN_NOTICE },
  { id: "pl-un-reserve-list", turns: "Is there a reserve list?", intent: ["uncovered", "search"], says: NOT_IN_NOTICE },
  { id: "pl-un-part-time", turns: "is part time possible?", intent: ["uncovered", "search"], says: NOT_IN_NOTICE },
  { id: "pl-un-interview-dates", turns: "When will the interviews take place?", intent: ["uncovered", "search"], says: NOT_IN_NOTICE },
  { id: "pl-un-age", turns: "Is there an age limit?", intent: ["uncovered", "criteria", "search"], says: NOT_IN_NOTICE },
  { id: "pl-un-applicants", turns: "how many people applied so far?", intent: ["uncovered", "search"], says: NOT_IN_NOTICE },
  { id: "pl-un-parking", turns: "Is there parking at the office?", intent: ["uncovered", "search"], says: NOT_IN_NOTICE },
  { id: "pl-un-written-test", turns: "Is there a written test?", intent: ["uncovered", "search"], says: NOT_IN_NOTICE },
  { id: "pl-un-salary-figure", turns: "what is the exact salary in euros for AD5?", intent: ["pay", "uncovered"], says: /no salary figure|does not (?:say|give|state)/i, never: SALARY_FIGURE },
  // off-topic
  { id: "pl-ot-weather", turns: "What's the weather in Brussels?", intent: "offtopic", gap: "off_topic", never: NOT_IN_NOTICE },
  { id: "pl-ot-joke", turns: "Tell me a joke", intent: "offtopic", never: NOT_IN_NOTICE },
  { id: "pl-ot-football", turns: "who won the football match yesterday", intent: "offtopic", never: NOT_IN_NOTICE },
  { id: "pl-ot-maths", turns: "what is 2+2", intent: "offtopic", never: NOT_IN_NOTICE },
  { id: "pl-ot-poem", turns: "can you write me a poem about cats", intent: "offtopic", never: NOT_IN_NOTICE },
  { id: "pl-ot-capital", turns: "What's the capital of Australia?", intent: "offtopic", never: NOT_IN_NOTICE },
  { id: "pl-ot-restaurant", turns: "recommend a good restaurant in Brussels", intent: "offtopic", never: NOT_IN_NOTICE },
  { id: "pl-ot-pasta", turns: "how do I cook pasta", intent: "offtopic", never: NOT_IN_NOTICE },
];

const table = { commonWord, falseSilence, hijack, yesNo, ownFacts, followUps, twoQuestions, smallTalk, plain };
// rows:end

function check(row: Row): void {
  const now = row.now ?? NOW;
  const a = last(bot, row.turns, row.zone === undefined ? { now } : { now, zone: row.zone });
  const intents = Array.isArray(row.intent) ? row.intent : [row.intent];
  const where = `${row.id} (answered ${a.intent}: ${a.text.slice(0, 160)})`;
  expect(intents, where).toContain(a.intent);
  if (row.verdict !== undefined) expect(a.verdict, where).toBe(row.verdict);
  for (const [id, status] of Object.entries(row.criteria ?? {})) expect(a.criteria?.find((c) => c.id === id)?.status, `${where}: ${id}`).toBe(status);
  if (row.says) expect(a.text, where).toMatch(row.says);
  if (row.never) expect(a.text, where).not.toMatch(row.never);
  if (row.gap === "none") expect(a.gap, where).toBeUndefined();
  else if (row.gap !== undefined) expect(a.gap, where).toBe(row.gap);
}

/**
 * Rows the bot still misreads, each written down in the closing note of the understanding issue. They run
 * as expected failures: a fix makes one pass, and then it must leave this list.
 */
const STILL_MISREAD = new Set<string>(STILL_MISREAD_IDS);

function rowsOf(rows: Row[]): void {
  const now = rows.filter((r) => !STILL_MISREAD.has(r.id));
  const still = rows.filter((r) => STILL_MISREAD.has(r.id));
  if (now.length) it.each(now)("$id: $turns", check);
  if (still.length) it.fails.each(still)("still misread: $id: $turns", check);
}

describe("a common word does not derail the route", () => {
  rowsOf(table.commonWord);
});

describe("the notice's answer is given, never a false 'the notice does not say'", () => {
  rowsOf(table.falseSilence);
});

describe("a phrase does not hijack the intent", () => {
  rowsOf(table.hijack);
});

describe("a yes/no question opens with a word true to the facts", () => {
  rowsOf(table.yesNo);
});

describe("the user's own facts are read with their scope", () => {
  rowsOf(table.ownFacts);
});

describe("follow-ups keep the thread of the conversation", () => {
  rowsOf(table.followUps);
});

describe("two questions in one message are both answered", () => {
  rowsOf(table.twoQuestions);
});

describe("small talk and rambling are understood", () => {
  rowsOf(table.smallTalk);
});

describe("plain questions on every intent are answered from the notice", () => {
  rowsOf(table.plain);
});

describe("the table", () => {
  it("has at least 320 rows with unique ids", () => {
    const rows = Object.values(table).flat();
    expect(rows.length).toBeGreaterThanOrEqual(320);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it("names only its own rows as still misread, and fewer than one in four", () => {
    const ids = new Set(Object.values(table).flat().map((r) => r.id));
    for (const id of STILL_MISREAD) expect(ids.has(id), id).toBe(true);
    expect(STILL_MISREAD.size).toBeLessThan(ids.size / 4);
  });
});
