// The bot: one notice, its knowledge, a session store, and the engine between them.
// Every channel talks to this and nothing else; the same question gets the same Answer everywhere.
import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";
import { renderText, type Answer, type DeadlineInfo, type EligibilityForm, type FormField, type FormSpec, type FormValues, type Gap } from "../answer.js";
import { formFields } from "../engine/eligibility/registry.js";
import { educationLevels, type EducationLevel } from "../knowledge/schema.js";
import { createCatalogue, type Catalogue } from "../i18n/catalogue.js";
import { KnowledgeError } from "../errors.js";
import { type Engine, type EngineFault, type Turn } from "../engine/engine.js";
import type { FormOptions, NoticeSummary } from "../engine/summary.js";
import { createNoticeEngine } from "../engine/profiles.js";
import type { Knowledge, Notice } from "../knowledge/load.js";
import { deadlineInstant, deadlineStatus, formatDateTime, formatOffset, formatSpan, zoneLabel } from "../time/deadline.js";
import { canonicalZone } from "../time/zones.js";
import { MAX_QUESTION_LENGTH } from "../text/normalize.js";
import { createMemorySaidStore, type SaidAnswer, type SaidStore } from "./said.js";
import { createMemorySessionStore, emptySession, type Profile, type Session, type SessionStore } from "./session.js";

/** What HR reviews: answers where the notice was silent, and answers a user marked. A port; storage lives at the edge. */
export interface ReviewSink {
  /** An answer with a gap (not in the notice, off-topic, low-confidence retrieval). The question is as typed; the sink masks it. */
  recordGap(entry: { noticeId: string; question: string; intent: string; gap: Gap; at: Date; language?: string; context?: ReviewContext }): void;
  /** A "Helpful" / "Not helpful" click on an answer. */
  recordFeedback(entry: { noticeId: string; question: string; answer: string; intent: string; helpful: boolean; at: Date; language?: string; context?: ReviewContext }): void;
}

/** What HR needs beside a question to judge its answer: the turns before it (as typed; the sink masks them), the rule, how sure, the verdict's facts. */
export type ReviewContext = {
  previous?: string[];
  rule?: string;
  confidence?: number;
  verdict?: string;
  criteria?: { label: string; status: string; reason: string }[];
};

/** The review context of an answer given after `previous` turns. */
export function reviewContext(answer: Answer, previous: string[] = []): ReviewContext {
  return {
    ...(previous.length ? { previous } : {}),
    ...(answer.rule ? { rule: answer.rule } : {}),
    ...(answer.confidence !== undefined ? { confidence: answer.confidence } : {}),
    ...(answer.verdict ? { verdict: answer.verdict } : {}),
    ...(answer.criteria?.length ? { criteria: answer.criteria.map((c) => ({ label: c.label, status: c.status, reason: c.reason })) } : {}),
  };
}

/** Turns kept per conversation for the review's context. */
const RECENT_TURNS = 3;

export type BotOptions = {
  knowledge: Knowledge;
  /** Which notice to answer about; default: the only one, else the one whose deadline is soonest and not past. */
  noticeId?: string;
  /** Where sessions live; default an in-memory store. */
  sessions?: SessionStore;
  /** The clock used to pick the default notice; default the real one. */
  now?: Date;
  /** Where gaps and feedback go for HR; default nowhere. */
  review?: ReviewSink;
  /** Told of a fault inside the engine (the intent that threw and the error); the user still gets a polite line. */
  onFault?: (fault: EngineFault) => void;
  /** Where the answers given are kept for feedback (by answer id); default in memory, the newest 10,000. */
  said?: SaidStore;
};

export type AskInput = {
  /** One conversation: a user in a channel, a web visitor's cookie, a batch case. */
  sessionId: string;
  text: string;
  /** The moment of the question; default the real clock. An ISO string is read as UTC unless it has an offset. */
  now?: Date | string;
  /** The user's IANA time zone when the channel knows it (Slack profile, Teams clientInfo, the browser). */
  zone?: string;
  /** The channel's locale for the user when it knows one (Teams `locale`, Slack `users.info`, Accept-Language), e.g. "fr-BE". */
  locale?: string;
};

export type { FormOptions, KeyFact, NoticeSummary } from "../engine/summary.js";

export type Countdown = {
  closed: boolean;
  /** The deadline in the viewer's zone as answers word it, e.g. "Monday 20 October 2025 at 13:00 Helsinki time". */
  when: string;
  /** "7 days, 2 hours and 5 minutes left: closes Monday 20 October 2025 at 13:00 Helsinki time" or "Closed on …". */
  text: string;
  deadline: DeadlineInfo;
};

export type Bot = {
  readonly noticeId: string;
  /** Answers one message in a conversation. Never throws for any text. */
  ask(input: AskInput): Answer;
  /**
   * Answers an eligibility form with the criterion-by-criterion verdict, and keeps the facts in the session.
   * `values` are what a form drawn from `form()` submits (field id → value); `form` is the older fixed shape.
   */
  checkEligibility(input: { sessionId: string; form?: EligibilityForm; values?: FormValues; now?: Date | string; zone?: string; locale?: string }): Answer;
  /** The choices an eligibility form offers. @deprecated draw the form from `form()` */
  formOptions(): FormOptions;
  /** The notice's eligibility form in a language (default the notice's): the fields its criteria need. */
  form(language?: string, sessionId?: string): FormSpec;
  /** The channel and page labels (knowledge/ui) in a language, English for what that language lacks. */
  ui(language?: string): Catalogue;
  /** The post at a glance: title, reference, deadline and key facts, each with its citation. */
  summary(): NoticeSummary;
  /** The countdown to the deadline in a zone (default the notice's own); undefined when the notice gives none. */
  countdown(now: Date | string, zone?: string): Countdown | undefined;
  /**
   * Records a user's "Helpful" / "Not helpful" on an answer this conversation was given (for HR's review), once.
   * False, and nothing recorded, for an id this session never received, one already rated, or one forgotten.
   */
  feedback(input: { sessionId: string; answerId: string; helpful: boolean; at?: Date }): boolean;
  /**
   * An answer this conversation was given, by its id, with its rating if any; undefined for any other.
   * `createBot` always has it; it is optional so that a Bot which hands calls on to another (the server's,
   * across knowledge reloads) keeps compiling until it passes this on too. Channels do without it by not
   * redrawing a card after a click.
   */
  said?(sessionId: string, answerId: string): SaidAnswer | undefined;
  /** Forgets a conversation. */
  reset(sessionId: string): void;
};

function toDateTime(now: Date | string | undefined): DateTime {
  if (now === undefined) return DateTime.utc();
  const dt = typeof now === "string" ? DateTime.fromISO(now, { zone: "UTC", setZone: true }) : DateTime.fromJSDate(now);
  return dt.isValid ? dt : DateTime.utc();
}

/** The zone a channel passed, in its IANA spelling (before luxon caches anything by it), or undefined. */
function usableZone(zone: string | undefined): string | undefined {
  return canonicalZone(zone);
}

/**
 * Picks the notice a channel answers about: the named one, the only one, or the one whose deadline is
 * soonest and not past (else the latest). A name that does not exist is an error naming those that do.
 */
export function selectNotice(knowledge: Knowledge, noticeId: string | undefined, now: Date = new Date()): Notice {
  if (noticeId) {
    const notice = knowledge.notices.get(noticeId);
    if (!notice) throw new KnowledgeError(`no notice "${noticeId}"; the notices are: ${[...knowledge.notices.keys()].join(", ")}`);
    return notice;
  }
  const all = [...knowledge.notices.values()];
  if (all.length === 1) return all[0]!;
  const at = (n: Notice) => (n.facts.deadline ? deadlineInstant(n.facts.deadline).toMillis() : Number.POSITIVE_INFINITY);
  const open = all.filter((n) => at(n) > now.getTime()).sort((a, b) => at(a) - at(b));
  return open[0] ?? all.sort((a, b) => at(b) - at(a))[0]!;
}

/**
 * Creates the bot for one notice.
 *
 * @example
 * const bot = createBot({ knowledge: loadKnowledge() });
 * bot.ask({ sessionId: "u1", text: "How long is the contract?" }).parts[0]
 * // → "The first contract is for up to 4 years."
 */
export function createBot(options: BotOptions): Bot {
  const notice = selectNotice(options.knowledge, options.noticeId, options.now);
  const sessions = options.sessions ?? createMemorySessionStore();
  const engine: Engine = createNoticeEngine(options.knowledge, notice, options.onFault);

  const said = options.said ?? createMemorySaidStore();

  // Every answer is kept under a random id with the conversation it went to: a click names only the id.
  // The engine returns the session to keep; the stored one is replaced by it, never changed in place.
  const withSession = (sessionId: string, question: string, run: (session: Session) => Turn): Answer => {
    const session = sessions.get(sessionId) ?? emptySession();
    const previous = session.recent ?? [];
    const { answer: given, session: next } = run(session);
    sessions.set(sessionId, { ...next, recent: [...previous, question.slice(0, 300)].slice(-RECENT_TURNS) });
    const answer: Answer = { ...given, id: randomBytes(12).toString("base64url") };
    said.put({
      id: answer.id!,
      sessionId,
      question: question.length > MAX_QUESTION_LENGTH ? question.slice(0, MAX_QUESTION_LENGTH) : question,
      text: renderText(answer),
      intent: answer.intent,
      noticeId: answer.noticeId,
      at: new Date(),
      answer,
      ...(previous.length ? { previous } : {}),
    });
    return answer;
  };
  const saidTo = (sessionId: string, answerId: string): SaidAnswer | undefined => {
    const entry = typeof answerId === "string" ? said.get(answerId) : undefined;
    return entry && entry.sessionId === sessionId ? entry : undefined;
  };

  const english = createCatalogue("en", options.knowledge.ui.get("en") ?? {});
  const catalogues = new Map<string, Catalogue>([["en", english]]);
  const ui = (language?: string): Catalogue => {
    const lang = (language ?? "en").toLowerCase().split(/[-_]/)[0]!;
    let c = catalogues.get(lang);
    if (!c) {
      const messages = options.knowledge.ui.get(lang);
      if (!messages) return english;
      catalogues.set(lang, (c = createCatalogue(lang, messages, english)));
    }
    return c;
  };

  return {
    noticeId: notice.id,
    ask({ sessionId, text, now, zone, locale }) {
      const question = String(text ?? "");
      const at = toDateTime(now);
      const answer = withSession(sessionId, question, (session) => engine.answer(question, session, at, usableZone(zone), locale));
      if (answer.gap)
        options.review?.recordGap({ noticeId: notice.id, question, intent: answer.intent, gap: answer.gap, at: at.toJSDate(), ...(answer.language ? { language: answer.language } : {}), context: reviewContext(answer, said.get(answer.id!)?.previous) });
      return answer;
    },
    checkEligibility: ({ sessionId, form, values, now, zone }) =>
      withSession(sessionId, ui().t("form.question"), (session) => engine.assessForm(values ? formFromValues(values) : (form ?? {}), session, toDateTime(now), usableZone(zone))),
    formOptions: () => engine.formOptions(),
    form(language, sessionId) {
      const spec = formSpec(engine.formOptions(), ui(language));
      const known = sessionId ? sessions.get(sessionId)?.profile : undefined;
      const values = known ? profileValues(known, spec.fields) : {};
      return Object.keys(values).length ? { ...spec, values } : spec;
    },
    ui,
    summary: () => engine.summary(),
    countdown(now, zone) {
      const d = notice.facts.deadline;
      if (!d) return undefined;
      const viewer = usableZone(zone) ?? d.zone;
      const status = deadlineStatus(d, toDateTime(now));
      const info = engine.summary().deadline!;
      const at = `${formatDateTime(status.at, viewer)} ${zoneLabel(viewer)}`;
      const when = `${at} (${formatOffset(status.at, viewer)})`;
      return status.closed
        ? { closed: true, when: at, text: `Closed: applications closed on ${when}.`, deadline: info }
        : { closed: false, when: at, text: `${formatSpan(status.span)} left: closes ${when}.`, deadline: info };
    },
    feedback({ sessionId, answerId, helpful, at }) {
      const entry = saidTo(sessionId, answerId);
      if (!entry || entry.helpful !== undefined || typeof helpful !== "boolean") return false;
      said.rate(entry.id, helpful);
      options.review?.recordFeedback({
        noticeId: entry.noticeId,
        question: entry.question,
        answer: entry.text,
        intent: entry.intent,
        helpful,
        at: at ?? new Date(),
        ...(entry.answer.language ? { language: entry.answer.language } : {}),
        context: reviewContext(entry.answer, entry.previous),
      });
      return true;
    },
    said: saidTo,
    reset: (sessionId) => sessions.delete(sessionId),
  };
}

/** The form of the notice's criteria, drawn from the eligibility registry (src/engine/eligibility/registry.ts). */
function formSpec(options: FormOptions, ui: Catalogue): FormSpec {
  const t = ui.t;
  const fields: FormField[] = options.criteria
    ? formFields(options.criteria, {
        t,
        countries: [...options.memberStates.map((c) => ({ ...c, member: true })), ...options.otherCountries.map((c) => ({ ...c, member: false }))],
        languages: options.languages,
        levels: options.levels,
      })
    : legacyFields(options, t);
  return { language: ui.language, title: t("form.title"), intro: t("form.intro"), submit: t("form.submit"), fields };
}

/** The fixed fields of a form for options without criteria (nationality, studies, diploma, languages). */
function legacyFields(options: FormOptions, t: Catalogue["t"]): FormField[] {
  return [
      {
        id: "nationalities",
        kind: "choice",
        multiple: true,
        label: t("form.nationalities"),
        options: [
          ...options.memberStates.map((c) => ({ value: c.code, label: c.name, group: t("form.nationalities.member") })),
          ...options.otherCountries.map((c) => ({ value: c.code, label: c.name, group: t("form.nationalities.other") })),
        ],
      },
      { id: "studyYears", kind: "number", label: t("form.studyYears"), min: 0, max: 12 },
      {
        id: "diploma",
        kind: "choice",
        label: t("form.diploma"),
        options: ["eu", "recognised", "not_recognised"].map((value) => ({ value, label: t(`form.diploma.${value}`) })),
      },
      {
        id: "languages",
        kind: "languages",
        label: t("form.languages"),
        rows: 3,
        languages: options.languages.map((l) => ({ value: l.name, label: l.name, group: t(l.official ? "form.languages.official" : "form.languages.other") })),
        levels: options.levels.map((l) => ({ value: l, label: l })),
      },
  ];
}

/** The user's facts as the form's values (the inverse of formFromValues), for the fields the form has. */
export function profileValues(p: Profile, fields: FormField[]): FormValues {
  const has = new Set(fields.map((f) => f.id));
  const v: FormValues = {};
  if (has.has("nationalities") && p.nationalities?.length) v["nationalities"] = [...p.nationalities];
  if (has.has("studyYears") && typeof p.studyYears === "number" && !p.studyYearsAtLeast) v["studyYears"] = p.studyYears;
  if (has.has("diploma") && p.diplomaOutsideEu !== undefined) v["diploma"] = !p.diplomaOutsideEu ? "eu" : p.diplomaRecognised ? "recognised" : p.diplomaRecognised === false ? "not_recognised" : undefined;
  if (has.has("educationLevel") && p.educationLevel) v["educationLevel"] = p.educationLevel;
  if (has.has("experienceYears") && typeof p.experienceYears === "number") v["experienceYears"] = p.experienceYears;
  if (has.has("age") && typeof p.age === "number") v["age"] = p.age;
  if (has.has("previousServiceMonths") && p.previousService && p.previousService.unit === "month" && p.previousService.paid !== false) v["previousServiceMonths"] = p.previousService.amount;
  if (has.has("languages") && p.languages) {
    const rows = Object.entries(p.languages).filter(([, level]) => level !== "?").map(([language, level]) => ({ language, level: String(level) }));
    if (rows.length) v["languages"] = rows;
  }
  const statuses = (["official", "laureate", "certificate"] as const).filter((s) => p[s]);
  if (p.publicEmployer) statuses.push("employer" as never);
  if (has.has("status") && statuses.length) v["status"] = statuses;
  for (const k of Object.keys(v)) if (v[k] === undefined) delete v[k];
  return v;
}

/** Reads a form's submitted values into the user's facts. */
function formFromValues(values: FormValues): EligibilityForm {
  const form: EligibilityForm = {};
  const nationalities = values["nationalities"];
  if (Array.isArray(nationalities)) form.nationalities = nationalities.filter((n): n is string => typeof n === "string");
  else if (typeof nationalities === "string" && nationalities) form.nationalities = nationalities.split(",").map((s) => s.trim()).filter(Boolean);
  const years = Number(values["studyYears"]);
  if (values["studyYears"] !== undefined && values["studyYears"] !== "" && Number.isFinite(years)) form.studyYears = years;
  const diploma = values["diploma"];
  if (diploma === "eu") form.diplomaOutsideEu = false;
  if (diploma === "recognised" || diploma === "not_recognised") {
    form.diplomaOutsideEu = true;
    form.diplomaRecognised = diploma === "recognised";
  }
  const level = values["educationLevel"];
  if (typeof level === "string" && (educationLevels as readonly string[]).includes(level)) form.educationLevel = level as EducationLevel;
  for (const key of ["experienceYears", "age", "previousServiceMonths"] as const) {
    const n = Number(values[key]);
    if (values[key] !== undefined && values[key] !== "" && Number.isFinite(n) && n >= 0) form[key] = Math.floor(n);
  }
  const status = values["status"];
  const statuses = (Array.isArray(status) ? status : typeof status === "string" && status ? status.split(",") : []).map((s) => String(s).trim());
  if (statuses.length) form.statuses = statuses.filter((s): s is "official" | "laureate" | "certificate" | "employer" | "none" => ["official", "laureate", "certificate", "employer", "none"].includes(s));
  const languages = values["languages"];
  if (Array.isArray(languages)) form.languages = languages.filter((l): l is { language: string; level: string } => typeof l === "object" && l !== null);
  return form;
}
