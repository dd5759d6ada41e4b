// Routing as named rules: each looks at what was read of the message and at the conversation, and either
// picks the intent or passes. The first rule that picks wins; the order and every rule are tested on their
// own (test/engine/route.test.ts). Thresholds are data (lexicon.json "routing").
import type { Session } from "./session.js";
import type { Routing } from "../knowledge/schema.js";
import type { Understanding } from "./understand.js";
import { statesEligibilityFacts } from "./eligibility/read.js";
import { ORDINAL_RULE, WHY_RULE } from "./follow-ups.js";
import { requestWords } from "./requests.js";

/** The classifier's label for "can I apply?" asked of the user's own facts. */
export const CHECK_LABEL = "eligibility.check";

/** The rule for a long story ending in a question: answered on its asking sentences. */
export const STORY_RULE = "story-question";

/** What the rules see: the message as read, the conversation, and the intents ranked by score. */
export type Signals = {
  u: Understanding;
  session: Session;
  /** An intent's score: its words' weight (words.json `intentWords`) plus its share of the classifier's votes. */
  score(intent: string): number;
  /** The best scoring intent other than small talk, and the runner-up. */
  top?: { intent: string; score: number };
  second?: { intent: string; score: number };
  /** The classifier's best label and its confidence (0–1), e.g. "uncovered.visa", 0.8. */
  label?: { label: string; confidence: number };
  /** The message speaks in the first person. */
  firstPerson: boolean;
  /**
   * Where the message states something and asks something in sentences of their own ("I'm an official. How do I
   * apply?"), the classifier's best label for the asking sentences alone.
   */
  question?: { label: string; confidence: number };
  /** The asking sentences open with one of the language's yes/no openers ("is …", "ist …", "est-ce que …"). */
  questionYesNo?: boolean;
  /** The classifier's share of votes (0–1) for the eligibility labels, over the whole message. */
  checkShare?: number;
  /** The message takes back a fact the profile holds: a figure ("I meant 2 years not 5") or a nationality ("Irish, not British"). */
  corrects?: boolean;
  /** The message opens like a follow-up ("and…", "what about…"). */
  followUp: boolean;
  /** The message refers back to the last answer ("what does that depend on?"). */
  refersBack: boolean;
  /** The user turns the question back to themself ("and me?"). */
  backToMe: boolean;
  /** The notice sets CEFR levels for its languages (so a level asked about can be compared). */
  levelsSet: boolean;
  /** An intent's score from its words alone (words.json `intentWords`, src/engine/intent-words.ts), without the classifier. */
  patternScore(intent: string): number;
  /** A still-word of the language ("ainda", "noch") with "deadline.still" among the classifier's labels. */
  stillAsked?: boolean;
  /** The message names a vacancy that is not this notice's ("the SOC analyst vacancy"). */
  otherVacancy?: boolean;
  /** "why not?" and nothing else: the last answer's rule asked for again. */
  asksWhy?: boolean;
  /** An ordinal word ("the second one") after an answer showing a list. */
  ordinal?: boolean;
  /** Where the message names the job's place, the intent the rest of it reads as ("until when … in Barcelona?") and its share of the votes. */
  besidePlace?: { intent: string; share: number };
  /** The message names a place with the language's words for living somewhere ("live in Belgium"). */
  residenceNamed?: boolean;
  /** The closest passage of the notice: the share of the message's words it holds (0–1) and its score (searched when asked). */
  passage(): { coverage: number; score: number } | undefined;
  routing: Routing;
};

export type Rule = {
  id: string;
  /** What the rule is for, in one line. */
  doc: string;
  decide(s: Signals): string | undefined;
};

export const SMALL_TALK = new Set(["greeting", "help", "thanks"]);
/** Intents a statement of the user's own facts belongs to, rather than overriding them. */
const ABOUT_THE_USER = new Set(["eligibility", "languages", "experience", "criteria"]);

const learnedLabel = (s: Signals, test: (label: string) => boolean, min: number) => (s.label && test(s.label.label) && s.label.confidence >= min ? s.label.label : undefined);

export const RULES: Rule[] = [
  { id: "empty", doc: "nothing but spaces or symbols: what the bot can do", decide: (s) => (s.u.empty ? "help" : undefined) },
  {
    id: "small-talk",
    doc: "a greeting, a thank-you or a call for help, and nothing else",
    decide: (s) => {
      for (const i of SMALL_TALK) if (s.score(i) >= s.routing.smallTalk) return i;
      const learned = learnedLabel(s, (l) => SMALL_TALK.has(l), s.routing.smallTalkConfidence);
      // A greeting beside a question ("Moin, wann ist Bewerbungsschluss?") does not win over it: another intent whose
      // score (its words and its votes, the same in every language) outweighs the small talk's own votes is asked.
      const other = s.top?.score ?? 0;
      const own = (s.label?.confidence ?? 0) * s.routing.classifierWeight;
      return learned && other < Math.max(s.routing.answer, own) && !s.u.statesFacts && !s.u.countries.length && !s.u.languages.length && requestWords(s.u.text) <= s.routing.smallTalkWords ? learned : undefined;
    },
  },
  {
    id: "clock",
    doc: "a time stated in a zone about the deadline (“my mail says 09:58 UTC”), the offset a place is said to be on (“Lisbon is UTC+1”) or the clocks changing: the deadline, on its own date",
    decide: (s) => {
      const c = s.u.clock;
      if (!c) return undefined;
      return c.offsets.length || c.change || (c.times.length && (s.score("deadline") > 0 || s.session.lastIntent === "deadline")) ? "deadline" : undefined;
    },
  },
  {
    id: "other-vacancy",
    doc: "“Is the SOC analyst vacancy still open too?”: a vacancy named that is not this notice's is off-topic, even at the same employer",
    // A place or a country named beside the post ("is the job based in Strasbourg?") is where, not which post.
    // The cheap conditions first: the vacancy reader runs only when they hold.
    decide: (s) => (!s.u.statesFacts && !s.session.checking && !s.u.zone && !s.u.countries.length && s.otherVacancy ? "offtopic" : undefined),
  },
  {
    id: "job-place",
    doc: "“the job is in Germany, right?”: a place named as the job's asks where the job is, not about the user's nationality or a check, unless the words clearly ask another subject",
    decide: (s) => {
      // Several questions ("1) deadline? 2) … 3) is the job in Brussels") are each answered in their turn.
      if (!s.u.jobPlace || s.u.statesFacts || s.u.clock || s.u.text.split("?").length > 2) return undefined;
      const intent = s.label && (s.routing.intentOf[s.label.label] ?? s.label.label).split(".")[0]!;
      // A country's name pulls the classifier towards citizenship and the under-represented list: those are no other subject.
      const misled = (i: string | undefined) => !i || ["place", "eligibility", "criteria", "underrepresented", "search", "offtopic", "uncovered"].includes(i);
      if (!misled(intent) && s.label!.confidence >= s.routing.clauseConfidence) return undefined;
      // "do kdy se muzu prihlasit na pozici v barcelone?": the place is context where the rest of the message, read
      // without it, surely asks another subject (the deadline); "is the job in Barcelona?" leaves nothing else asked.
      const rest = s.besidePlace;
      return rest && !misled(rest.intent) && rest.share >= s.routing.clauseConfidence ? rest.intent : "place";
    },
  },
  {
    id: WHY_RULE,
    doc: "“why not?” alone after an answer: that answer's intent again, on the question it answered",
    decide: (s) => (s.session.lastIntent && !SMALL_TALK.has(s.session.lastIntent) && !s.session.checking && s.asksWhy ? s.session.lastIntent : undefined),
  },
  {
    id: ORDINAL_RULE,
    doc: "“where do I find the second one?” after an answer showing a list: that answer's intent, on the item named",
    decide: (s) => (s.ordinal && s.session.lastIntent && !s.u.statesFacts && s.u.text.split(" ").length <= s.routing.ordinalWords ? s.session.lastIntent : undefined),
  },
  {
    id: STORY_RULE,
    doc: "a long story ending in a question (“…sorry for the long text - what is the actual deadline?”): the question, read alone",
    decide: (s) => {
      if (!s.u.closingQuestion || !s.question || s.session.checking || s.question.confidence < s.routing.questionBesideFacts) return undefined;
      const intent = (s.routing.intentOf[s.question.label] ?? s.question.label).split(".")[0]!;
      return SMALL_TALK.has(intent) ? undefined : intent;
    },
  },
  {
    id: "correction",
    doc: "“sorry, I meant 2 years not 5”, “scusa, 2 anni non 3”, “actually I'm Irish, not British”: a fact of the profile taken back is corrected and the check given again, whatever the figure's words suggest (a contract's years)",
    decide: (s) => (s.corrects ? "eligibility" : undefined),
  },
  {
    id: "question-beside-facts",
    doc: "“I'm an official at the Court, do I get priority?”: facts stated beside a question on another subject are kept for later; the question is answered, no check starts",
    decide: (s) => {
      // The asking sentence read alone, where there is one: the facts beside it do not pull it towards a check,
      // unless the whole message reads as a check more surely than the asking sentence reads as its subject.
      const whole = s.label && (s.routing.intentOf[s.label.label] ?? s.label.label).split(".")[0]!;
      const clause = s.question && (s.routing.intentOf[s.question.label] ?? s.question.label).split(".")[0];
      // "Ich bin Beamter der Kommission. Wie bewerbe ich mich?", "Tengo un máster. ¿Dónde está el puesto?": the
      // statement pulls the whole message's votes towards a check, but a sentence of its own that surely asks another
      // subject, with a question word of its own, decides what is asked; the whole's reading as a check weighs only
      // where the asking sentence is unsure, asks about eligibility, or is a yes/no question that may take its
      // subject from the statement ("Ich habe 5 Jahre Berufserfahrung, ist das ein Vorteil?").
      const asksOther = s.question !== undefined && !s.questionYesNo && clause !== "eligibility" && s.question.confidence >= s.routing.questionBesideFacts;
      const asCheck = !asksOther && ((whole === "eligibility" && s.label!.confidence >= (s.question?.confidence ?? 0)) || (s.checkShare ?? 0) >= s.routing.questionUnlessCheck);
      // "i have only 2 yrs in cyber, is the 3 years a must?": an asking clause that takes its subject from the
      // statement beside it ("the 3 years") reads alone as a requirement of no named subject, less surely than the
      // whole reads as its subject (experience): the whole's reading, not a check, is the question.
      const asksRequirement = clause === "eligibility" || (clause !== undefined && clause === whole);
      // Studies, a nationality or languages stated as well ("eine Ausbildung, kein Studium, aber 10 Jahre … reicht das?") are what a check weighs.
      const checkFacts = s.u.profile.studyYears !== undefined || s.u.profile.educationLevel !== undefined || Boolean(s.u.profile.nationalities?.length) || Boolean(s.u.profile.languages && Object.keys(s.u.profile.languages).length);
      const wholeSurer = asksRequirement && !checkFacts && whole && whole !== "eligibility" && s.label!.confidence > s.question!.confidence;
      // "daca nu intru pe lista de rezerva, cand pot aplica din nou?": an asking clause that reads alone as a subject
      // the notice leaves open takes its subject from the clause before it, which the whole message's reading holds.
      const openAlone = (clause === "uncovered" || clause === "offtopic") && whole !== undefined && !["uncovered", "offtopic", "eligibility"].includes(whole) && s.label!.confidence >= s.routing.questionBesideFacts;
      const question = s.question && !asCheck && !openAlone ? (wholeSurer ? s.label : s.question) : undefined;
      const label = question ?? s.label;
      if (s.session.checking || !label || !/\?/.test(s.u.text)) return undefined;
      if (s.u.hypothetical && !question) return undefined;
      const facts = s.u.statesFacts || statesEligibilityFacts(s.u.profile) || statesEligibilityFacts(s.u.asked) || Boolean(s.u.asked.nationalities?.length);
      if (!facts) return undefined;
      const intent = (s.routing.intentOf[label.label] ?? label.label).split(".")[0]!;
      // Languages, "can I still apply?" and the requirements are what a check answers; they never leave it.
      if (["eligibility", "criteria", "languages", "offtopic", "uncovered"].includes(intent) || label.label === "deadline.still" || SMALL_TALK.has(intent)) return undefined;
      // "… Am I eligible?" asks for the check, whatever else the words touch.
      return label.confidence >= s.routing.questionBesideFacts && (question || s.score("eligibility") < s.routing.factsUnless) ? intent : undefined;
    },
  },
  {
    id: "asks-check",
    doc: "“… Am I eligible?” with some of the user's own facts stated: the check, whatever else the words touch",
    decide: (s) =>
      !s.u.hypothetical && s.firstPerson && s.patternScore("eligibility") >= s.routing.factsUnless && (s.u.statesFacts || s.u.profile.languagesComplete || statesEligibilityFacts(s.u.profile)) ? "eligibility" : undefined,
  },
  {
    id: "residence-asked",
    doc: "“Do I need to live in Belgium to apply?”: where one lives asked as a requirement is a question on the criteria, not on the place of work",
    decide: (s) => {
      const { u } = s;
      // A nationality named beside the place ("Brazilian, living in Lisbon") makes it a question on citizenship, not on
      // residence; "I live in France, can I apply?" asks for the check.
      const nationality = u.profile.nationalities?.length || u.asked.nationalities?.length;
      // Read as a question on the criteria ("based in Luxembourg?" is the place; "I'm in India, what time?" the deadline).
      const onCriteria = s.label && (s.routing.intentOf[s.label.label] ?? s.label.label).split(".")[0] === "eligibility" && s.label.label !== "eligibility.check";
      return s.residenceNamed && onCriteria && !nationality && !u.statesFacts && !s.session.checking && (u.countries.length || u.zone) ? "criteria" : undefined;
    },
  },
  {
    id: "uncovered",
    doc: "a subject candidates ask about that the notice does not cover (age, visa, start date…), unless a check is what is asked",
    decide: (s) => {
      if (!s.u.uncovered) return undefined;
      if ((s.u.statesFacts || s.u.asked.nationalities?.length) && s.top?.intent === "eligibility") return undefined;
      // "I'm 40" inside a check answers its question (the age), whatever subject the words also evoke.
      if (s.session.checking && (s.u.statesFacts || statesEligibilityFacts(s.u.profile))) return undefined;
      return (s.top ? s.patternScore(s.top.intent) : 0) < s.routing.uncoveredUnless ? "uncovered" : undefined;
    },
  },
  {
    id: "covered",
    doc: "a subject the notice covers after all (“days of leave” where the notice gives them): answered from it",
    decide: (s) => (s.u.covered?.intent && (s.top ? s.patternScore(s.top.intent) : 0) < s.routing.uncoveredUnless && !s.u.statesFacts ? s.u.covered.intent : undefined),
  },
  {
    id: "off-topic",
    doc: "plainly unrelated (weather, football, jokes) with no strong sign of a question about the post",
    decide: (s) => {
      if (s.u.offTopic && ((s.top?.score ?? 0) < s.routing.offTopicUnless || s.label?.label === "offtopic")) return "offtopic";
      return learnedLabel(s, (l) => l === "offtopic", s.routing.offTopicConfidence) && !s.u.statesFacts && (s.top?.score ?? 0) < s.routing.offTopicUnless ? "offtopic" : undefined;
    },
  },
  {
    id: "follow-up-country",
    doc: "after an eligibility answer, “what about Norwegians?” asks about that nationality, not the user's own; after the under-represented list, whether that state is on it",
    decide: (s) => {
      if (!s.u.countries.length || s.u.languages.length || s.session.checking) return undefined;
      // A country is a place with a clock too ("and Spain?"): after the list, whether it is on it, not its time or telework.
      if (s.session.lastIntent === "underrepresented" && (s.followUp || s.u.text.split(" ").length <= 6)) return "underrepresented";
      return !s.u.zone && s.followUp && !s.u.statesFacts && ["eligibility", "criteria"].includes(s.session.lastIntent ?? "") ? "criteria" : undefined;
    },
  },
  {
    id: "level-question",
    doc: "“Is B1 English enough?”: one language with a level, asked about, outside a check: the language rule, not a check",
    decide: (s) => {
      const { u } = s;
      const stated = Object.entries({ ...u.asked.languages, ...u.profile.languages }).filter(([, l]) => l !== "?");
      const other = u.profile.nationalities?.length || u.profile.studyYears !== undefined || u.asked.nationalities?.length || u.asked.studyYears !== undefined;
      // "English is my only language, is that enough?": all the user's languages, so the rule itself is checked.
      return s.levelsSet && !s.session.checking && stated.length === 1 && !other && !u.profile.languagesComplete && s.label?.label.startsWith("languages.") && s.u.text.includes("?") ? "languages" : undefined;
    },
  },
  {
    id: "back-to-me",
    doc: "“and me?” after a question about someone else: the user's own check again",
    decide: (s) => (s.backToMe && Object.keys(s.session.profile).length ? "eligibility" : undefined),
  },
  {
    id: "eligibility-facts",
    doc: "facts an eligibility criterion decides on (a degree, experience, a CAST pass, being an official) with “can I apply”: the check, not the deadline or the selection steps the words also touch",
    decide: (s) =>
      !s.u.hypothetical && statesEligibilityFacts(s.u.profile) && (s.score("eligibility") >= s.routing.factsUnless || s.top?.intent === "deadline" || s.top?.intent === "selection") ? "eligibility" : undefined,
  },
  {
    id: "own-facts",
    doc: "the user states their own facts, or answers the check under way: the eligibility check",
    decide: (s) => {
      const { u, session, top } = s;
      const checking =
        session.checking &&
        (u.statesFacts || Object.keys(u.profile.languages ?? {}).length > 0 || u.countries.length > 0 || (["education", "experience", "age", "status"].includes(session.asking ?? "") && (/\d/.test(u.text) || u.yesNo !== undefined)));
      if (!(u.statesFacts || checking)) return undefined;
      // "I'm British, can I still apply?": with the user's facts stated, "still" asks whether they may, not when.
      if (u.statesFacts && top?.intent === "deadline" && (u.topics.has("deadline.still") || s.label?.label === "deadline.still") && (!u.zone || u.profile.nationalities?.length)) return "eligibility";
      // Against the other intent's own words: what the classifier adds to it does not outweigh facts the user states.
      const other = top ? s.patternScore(top.intent) : 0;
      if (!top || ABOUT_THE_USER.has(top.intent) || other < s.routing.factsUnless || (checking && other < s.routing.checkingUnless)) return "eligibility";
      return undefined;
    },
  },
  {
    id: "zone",
    doc: "a place or zone named about the deadline, or right after a deadline answer (“and in Lisbon?”)",
    decide: (s) => (s.u.zone && !s.u.jobPlace && (s.patternScore("deadline") > 0 || s.label?.label.startsWith("deadline.") || s.session.lastIntent === "deadline") ? "deadline" : undefined),
  },
  {
    id: "still-with-condition",
    doc: "“can I still apply if my French is B1?”, “still possible for a Norwegian?”: a condition makes it a question of eligibility, not of the deadline",
    decide: (s) => {
      const { u } = s;
      if (s.top?.intent !== "deadline" || !(u.topics.has("deadline.still") || s.label?.label === "deadline.still")) return undefined;
      const condition = u.countries.length || u.languages.length || Object.keys(u.asked).length || Object.keys(u.profile).length;
      if (!condition || (u.zone && !u.profile.nationalities?.length && !u.asked.nationalities?.length)) return undefined;
      return u.hypothetical ? "criteria" : "eligibility";
    },
  },
  {
    id: "still-open",
    doc: "“Ainda posso candidatar-me?”, “Kann ich mich noch bewerben?”: “still” with no condition and no facts asks whether applications are open, not for a check",
    decide: (s) => {
      const { u } = s;
      if (!s.stillAsked || s.session.checking || u.statesFacts || statesEligibilityFacts(u.profile) || u.hypothetical) return undefined;
      if (u.countries.length || u.languages.length || Object.keys(u.asked).length || Object.keys(u.profile).length) return undefined;
      return "deadline";
    },
  },
  {
    id: "subject-named",
    doc: "“dan huwa xogħol permanenti?”: no fact of the user's, no first person, no one asked about, the classifier unsure of a check, and the words name one other subject (words.json `askedTopics`): that subject, not the criteria",
    decide: (s) => {
      const { u } = s;
      // Asked of someone ("for a Norwegian?") or of a supposed fact, it is a question on the criteria.
      if (s.top?.intent !== "eligibility" || s.session.checking || s.firstPerson || u.statesFacts || statesEligibilityFacts(u.profile) || Object.keys(u.asked).length || u.countries.length || u.languages.length) return undefined;
      if (s.label?.label !== CHECK_LABEL || s.label.confidence >= s.routing.questionUnlessCheck) return undefined;
      // The check's own topics (the classifier's label among them) aside.
      const named = new Set([...u.topics].map((t) => (s.routing.intentOf[t] ?? t).split(".")[0]!).filter((i) => i !== "eligibility"));
      const [intent] = named;
      return named.size === 1 && !SMALL_TALK.has(intent!) ? intent : undefined;
    },
  },
  {
    id: "requirement",
    doc: "a question about what the notice requires, not about the user: the criteria, not a check",
    decide: (s) =>
      s.top?.intent === "eligibility" && !s.session.checking && (s.u.hypothetical || !s.firstPerson || s.u.topics.has("eligibility.condition")) ? "criteria" : undefined,
  },
  {
    id: "passage-over-guess",
    doc: "the classifier alone proposes an intent, but a passage of the notice holds every word asked: the passage",
    decide: (s) => {
      if (!s.top || s.patternScore(s.top.intent) || (s.label?.confidence ?? 0) >= s.routing.passageUnless) return undefined;
      const p = s.passage();
      return p && p.coverage === 1 && p.score >= s.routing.passageScore ? "search" : undefined;
    },
  },
  {
    id: "refers-back",
    doc: "a short question about “that” or “it” after an answer, with no strong sign of another subject: the same intent",
    decide: (s) => {
      const last = s.session.lastIntent;
      if (!last || SMALL_TALK.has(last) || !s.refersBack || s.u.statesFacts) return undefined;
      const strong = s.top && s.top.intent !== last && s.patternScore(s.top.intent) >= s.routing.refersBackUnless;
      return strong ? undefined : last;
    },
  },
  {
    id: "follow-up-topic",
    doc: "a short question right after an answer whose best label is a topic of that answer's intent (“in which language?” after the interview): the same intent",
    decide: (s) => {
      const last = s.session.lastIntent;
      if (!last || SMALL_TALK.has(last) || !s.label || s.u.statesFacts || s.u.text.split(" ").length > s.routing.followUpWords) return undefined;
      const intent = (s.routing.intentOf[s.label.label] ?? s.label.label).split(".")[0];
      return intent === last && s.label.confidence >= s.routing.followUpConfidence ? last : undefined;
    },
  },
  { id: "confident", doc: "one intent scores clearly", decide: (s) => (s.top && s.top.score >= s.routing.answer ? s.top.intent : undefined) },
  { id: "languages-named", doc: "a language named and little else: whether it counts", decide: (s) => (s.u.languages.length ? "languages" : undefined) },
  {
    id: "follow-up",
    doc: "“why?”, “and what about…” after an answer: the same intent again",
    decide: (s) => (s.session.lastIntent && !SMALL_TALK.has(s.session.lastIntent) && s.followUp ? s.session.lastIntent : undefined),
  },
  { id: "likeliest", doc: "some intent scores enough to be more than a guess: the likeliest", decide: (s) => (s.top && s.top.score >= s.routing.likeliest ? s.top.intent : undefined) },
  { id: "weak-small-talk", doc: "a faint greeting or thanks", decide: (s) => [...SMALL_TALK].find((i) => s.score(i) > 0) },
  {
    id: "unknown-words",
    doc: "not one word the bot knows (gibberish, a language it does not read): the redirect, not a random passage",
    decide: (s) => (!s.u.understood && !s.u.countries.length && !s.u.zone ? "offtopic" : undefined),
  },
  { id: "closest-passage", doc: "whatever is left: the closest passage of the notice, or that it does not say", decide: () => "search" },
];

/** The intent for a message and the rule that chose it. */
export function route(s: Signals, rules: Rule[] = RULES): { intent: string; rule: string } {
  for (const rule of rules) {
    const intent = rule.decide(s);
    if (intent) return { intent, rule: rule.id };
  }
  return { intent: "search", rule: "closest-passage" };
}
