// The answer engine: reads a message, picks the intent, lets it answer from the facts, and shapes the Answer.
// Pure and synchronous: the clock and the session come in, nothing goes out but the Answer.
import type { DateTime } from "luxon";
import type { Answer, Citation, EligibilityForm } from "../answer.js";
import type { FormOptions, KeyFact, NoticeSummary } from "../conversation/bot.js";
import type { Profile, Session } from "../conversation/session.js";
import { cite as citeIn, type Knowledge, type Notice } from "../knowledge/load.js";
import type { CefrLevel, Lexicon } from "../knowledge/schema.js";
import { createSearchIndex } from "../search/index.js";
import { createCatalogue, type Catalogue } from "../i18n/catalogue.js";
import { deadlineInstant, formatDateTime, formatOffset, zoneLabel } from "../time/deadline.js";
import type { Context, Intent, Reply } from "./context.js";
import { createCoverage } from "./covered.js";
import { statesEligibilityFacts } from "./eligibility/read.js";
import { formFacts } from "./eligibility/registry.js";
import { about } from "./intents/about.js";
import { application } from "./intents/application.js";
import { benefits } from "./intents/benefits.js";
import { clearance } from "./intents/clearance.js";
import { contract } from "./intents/contract.js";
import { deadline } from "./intents/deadline.js";
import { eligibility, verdictReply } from "./intents/eligibility.js";
import { criteria } from "./intents/criteria.js";
import { experience } from "./intents/experience.js";
import { grade } from "./intents/grade.js";
import { greeting } from "./intents/greeting.js";
import { help, thanks } from "./intents/help.js";
import { languages } from "./intents/languages.js";
import { offtopic } from "./intents/offtopic.js";
import { pay } from "./intents/pay.js";
import { place } from "./intents/place.js";
import { post } from "./intents/post.js";
import { posts } from "./intents/posts.js";
import { profile } from "./intents/profile.js";
import { role } from "./intents/role.js";
import { search } from "./intents/search.js";
import { selection } from "./intents/selection.js";
import { uncovered } from "./intents/uncovered.js";
import { underrepresented } from "./intents/underrepresented.js";
import { telework } from "./intents/telework.js";
import { MAX_QUESTION_LENGTH, normalizeForMatch, words } from "./normalize.js";
import { createCountryFinder, createLanguageFinder, createReader, type Understanding } from "./understand.js";

export type Engine = {
  answer(text: string, session: Session, now: DateTime, zone: string | undefined): Answer;
  assessForm(form: EligibilityForm, session: Session, now: DateTime, zone: string | undefined): Answer;
  formOptions(): FormOptions;
  summary(): NoticeSummary;
};

const intents: Record<string, Intent> = {
  about,
  application,
  benefits,
  clearance,
  contract,
  criteria,
  deadline,
  eligibility,
  experience,
  grade,
  greeting,
  help,
  languages,
  offtopic,
  pay,
  place,
  post,
  posts,
  profile,
  role,
  search,
  selection,
  telework,
  thanks,
  uncovered,
  underrepresented,
};

const SMALL_TALK = new Set(["greeting", "help", "thanks"]);
/** Intents a statement of the user's own facts belongs to, rather than overriding them. */
const ABOUT_THE_USER = new Set(["eligibility", "languages", "experience", "criteria"]);

function matchesAny(patterns: RegExp[], text: string): boolean {
  return patterns.some((re) => re.test(text));
}

/** Picks the intent for a message, given what the conversation was about. */
function route(u: Understanding, session: Session, cues: { followUp: RegExp[]; firstPerson: RegExp[] }): string {
  if (u.empty) return "help";
  const score = (i: string) => u.scores.get(i) ?? 0;
  for (const i of SMALL_TALK) if (score(i) >= 6) return i;
  let top: { intent: string; score: number } | undefined;
  for (const [intent, s] of u.scores) if (!SMALL_TALK.has(intent) && (!top || s > top.score)) top = { intent, score: s };
  if (u.uncovered && (top?.score ?? 0) < 6 && !(u.statesFacts && top?.intent === "eligibility")) return "uncovered";
  // A subject the notice covers after all ("days of leave" where the notice gives them): answered from it.
  if (u.covered?.intent && (top?.score ?? 0) < 6 && !u.statesFacts) return u.covered.intent;
  if (u.offTopic && (top?.score ?? 0) < 4) return "offtopic";
  const checking =
    session.checking &&
    (u.statesFacts || Object.keys(u.profile.languages ?? {}).length > 0 || u.countries.length > 0 || (["education", "experience", "age", "status"].includes(session.asking ?? "") && (/\d|\byears?\b/.test(u.text) || u.yesNo !== undefined)));
  // Facts the eligibility criteria decide on (a degree, experience, a CAST pass, being an official) with
  // "can I apply": the check, not the deadline or the selection steps the words also touch.
  if (!u.hypothetical && statesEligibilityFacts(u.profile) && (score("eligibility") >= 3 || top?.intent === "deadline" || top?.intent === "selection")) return "eligibility";
  if (u.statesFacts || checking) {
    if (!top || ABOUT_THE_USER.has(top.intent) || top.score < 3 || (checking && top.score < 4)) return "eligibility";
  }
  if (
    top?.intent === "eligibility" &&
    !session.checking &&
    (u.hypothetical || !matchesAny(cues.firstPerson, u.text) || u.topics.has("eligibility.condition"))
  )
    return "criteria";
  if (u.zone && (score("deadline") > 0 || session.lastIntent === "deadline")) return "deadline";
  if (top && top.score >= 1.5) return top.intent;
  if (u.languages.length) return "languages";
  if (session.lastIntent && !SMALL_TALK.has(session.lastIntent) && matchesAny(cues.followUp, u.text)) return session.lastIntent;
  if (top) return top.intent;
  for (const i of SMALL_TALK) if (score(i) > 0) return i;
  // Not one word we know (gibberish, another language): a redirect, not a passage chosen at random.
  if (!u.understood && !u.countries.length && !u.zone) return "offtopic";
  return "search";
}

/** Intents that answer a plain question about the post and can be answered side by side. */
const COMBINABLE = new Set(["deadline", "contract", "grade", "pay", "place", "application", "selection", "clearance", "posts", "benefits", "about", "role"]);

/** A second intent asked in the same message, strong on its own, if any. */
function secondIntent(u: Understanding, first: string): string | undefined {
  if (!COMBINABLE.has(first)) return undefined;
  const firstScore = u.scores.get(first) ?? 0;
  let best: [string, number] | undefined;
  for (const [intent, score] of u.scores)
    if (intent !== first && COMBINABLE.has(intent) && score >= 2.5 && score >= firstScore * 0.6 && (!best || score > best[1])) best = [intent, score];
  return best?.[0];
}

/** A form's level: "C1", "c1", or a word the lexicon knows ("native" → C2). */
function levelOf(lexicon: Lexicon, s: string): CefrLevel | undefined {
  const code = /^\s*([abc][12])\s*$/i.exec(s)?.[1];
  if (code) return code.toUpperCase() as CefrLevel;
  const t = normalizeForMatch(s);
  return lexicon.levelWords.find((l) => new RegExp(l.pattern, "iu").test(t))?.level;
}

export function createEngine(knowledge: Knowledge, notice: Notice): Engine {
  const lexicon = knowledge.lexicons.get(notice.facts.language);
  if (!lexicon) throw new Error(`engine: no lexicon for language "${notice.facts.language}"`);
  const facts = notice.facts;
  const index = createSearchIndex(notice.sections, { stopwords: lexicon.stopwords, synonyms: lexicon.synonyms });
  const reader = createReader(lexicon, knowledge.reference, knowledge.reference.zones, words(normalizeForMatch(notice.text)), createCoverage(facts, notice.text, lexicon.uncovered));
  const cues = {
    followUp: lexicon.cues.followUp.map((p) => new RegExp(p, "iu")),
    firstPerson: lexicon.cues.firstPerson.map((p) => new RegExp(p, "iu")),
  };
  // At an event the same questions come again and again: a message is read once (it depends on its words
  // and on whether a check is under way, nothing else), and the Understanding is never changed afterwards.
  const understood = new Map<string, Understanding>();
  const read = (text: string, checking: boolean): Understanding => {
    if (text.length > MAX_QUESTION_LENGTH) return reader.read(text, { checking });
    const key = `${checking ? 1 : 0}${text}`;
    let u = understood.get(key);
    if (!u) {
      u = reader.read(text, { checking });
      if (understood.size >= 5000) understood.delete(understood.keys().next().value!);
      understood.set(key, u);
    }
    return u;
  };
  const citations = new Map<string, Citation>();
  const cite = (quote: string): Citation => {
    let c = citations.get(quote);
    if (!c) citations.set(quote, (c = citeIn(notice, quote)));
    return c;
  };
  const english = createCatalogue("en", knowledge.lexicons.get("en")?.messages ?? {});
  const catalogues = new Map<string, Catalogue>([...knowledge.lexicons].map(([lang, lex]) => [lang, lang === "en" ? english : createCatalogue(lang, lex.messages, english)]));
  const catalogue = (language: string): Catalogue => catalogues.get(language) ?? english;
  const findCountry = createCountryFinder(knowledge.reference);
  const findLanguage = createLanguageFinder(knowledge.reference);

  const context = (u: Understanding, session: Session, now: DateTime, zone: string | undefined): Context => ({
    notice,
    facts,
    reference: knowledge.reference,
    lexicon,
    u,
    session,
    now,
    ...(zone ? { zone } : {}),
    search: index,
    cite,
    language: lexicon.language,
    t: catalogue(lexicon.language).t,
  });

  const shape = (intent: string, reply: Reply, u: Understanding | undefined): Answer => {
    const parts = [...reply.parts];
    if (u?.truncated) parts.push(`(Your message was very long, so I read only its first ${MAX_QUESTION_LENGTH} characters.)`);
    const unique = [...new Map(reply.citations.map((c) => [c.quote, c])).values()];
    return {
      intent,
      parts,
      citations: unique,
      ...(reply.verdict ? { verdict: reply.verdict } : {}),
      ...(reply.criteria ? { criteria: reply.criteria } : {}),
      followUps: reply.followUps ?? lexicon.followUps[intent] ?? [],
      ...(reply.gap ? { gap: reply.gap } : {}),
      ...(u?.truncated ? { truncated: true } : {}),
      noticeId: notice.id,
      language: lexicon.language,
    };
  };

  let summaryOnce: NoticeSummary | undefined;
  const buildSummary = (): NoticeSummary => {
    const keyFacts: KeyFact[] = [];
    const add = (label: string, value: string | undefined, quote: string | undefined) => {
      if (value && quote) keyFacts.push({ label, value, citation: cite(quote) });
    };
    add("Reference", facts.reference?.value, facts.reference?.quote);
    add("Place", facts.place?.value, facts.place?.quote);
    add("Staff category", facts.staffCategory?.value, facts.staffCategory?.quote);
    add("Grade", facts.grades && `${facts.grades.min}–${facts.grades.max}`, facts.grades?.quote);
    add("First contract", facts.contract.firstContract && `up to ${facts.contract.firstContract.years} years`, facts.contract.firstContract?.quote);
    add("Apply to", facts.application.address?.value, facts.application.address?.quote);
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
      questions: lexicon.commonQuestions,
    };
  };

  const fallback = (): Answer =>
    shape("help", { parts: ["Sorry, something went wrong reading that message. Could you ask it another way?"], citations: [] }, undefined);

  return {
    answer(text, session, now, zone) {
      try {
        const u = read(text, Boolean(session.checking));
        const intent = route(u, session, cues);
        const ctx = context(u, session, now, zone);
        let reply = intents[intent]!(ctx);
        const also = secondIntent(u, intent);
        if (also) {
          // Two questions in one message ("What does it pay and where is it?"): both answered, in order.
          const more = intents[also]!(ctx);
          reply = { ...reply, parts: [...reply.parts, ...more.parts], citations: [...reply.citations, ...more.citations] };
        }
        session.lastIntent = intent;
        return shape(intent, reply, u);
      } catch {
        // The engine must answer every message; a fault here is ours, not the user's.
        return fallback();
      }
    },

    assessForm(form, session, now, zone) {
      const profile: Profile = {};
      const codes = (form.nationalities ?? []).map((n) => findCountry(n)?.code).filter((c): c is string => Boolean(c));
      if (codes.length) profile.nationalities = [...new Set(codes)];
      if (typeof form.studyYears === "number" && Number.isFinite(form.studyYears) && form.studyYears >= 0) profile.studyYears = Math.floor(form.studyYears);
      if (form.diplomaOutsideEu !== undefined) profile.diplomaOutsideEu = form.diplomaOutsideEu;
      if (form.diplomaRecognised !== undefined) profile.diplomaRecognised = form.diplomaRecognised;
      const langs: Record<string, CefrLevel> = {};
      for (const l of form.languages ?? []) {
        const name = findLanguage(String(l.language ?? ""))?.name;
        const level = levelOf(lexicon, String(l.level ?? ""));
        if (name && level) langs[name] = level;
      }
      if (Object.keys(langs).length) {
        profile.languages = langs;
        profile.languagesComplete = true;
      }
      // The fields the eligibility registry adds: a level of education, experience, age, statuses.
      Object.assign(profile, formFacts(form, facts.eligibility.criteria));
      session.profile = profile;
      const u = reader.read("");
      const reply = verdictReply(context(u, session, now, zone));
      session.checking = reply.verdict === "incomplete";
      session.lastIntent = "eligibility";
      return shape("eligibility", reply, undefined);
    },

    formOptions: () => ({
      memberStates: knowledge.reference.countries.memberStates.map((c) => ({ code: c.code, name: c.name })),
      otherCountries: knowledge.reference.countries.otherCountries.map((c) => ({ code: c.code, name: c.name })),
      languages: [
        ...knowledge.reference.languages.official.map((l) => ({ name: l.name, official: true })),
        ...knowledge.reference.languages.other.map((l) => ({ name: l.name, official: false })),
      ],
      levels: knowledge.reference.cefr.levels.map((l) => l.level),
      criteria: facts.eligibility.criteria,
    }),

    // The summary depends on the facts alone: built on first use, then the same value every time.
    summary: () => (summaryOnce ??= buildSummary()),
  };
}
