// The shape of everything under knowledge/, as zod schemas: the single source of the types.
// Hand-written data uses strict objects so that a misspelt field is an error, not a silent default.
import { z } from "zod";

/** A verbatim passage of the notice (white space may differ; it is folded when matched). */
const quote = z.string().trim().min(3, "a quote must hold at least 3 characters of the notice");

/** A passage of the notice with nothing more to it than its words. */
export const passageSchema = z.strictObject({ quote });

const textFact = z.strictObject({ value: z.string().min(1), quote });
const count = z.number().int().positive();
const cefrLevel = z.enum(["A1", "A2", "B1", "B2", "C1", "C2"]);
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date-time "YYYY-MM-DDTHH:MM"');

export const factsSchema = z.strictObject({
  /** The language the notice is written in; picks the lexicon. */
  language: z.string().min(2).default("en"),
  reference: textFact.optional(),
  title: textFact.optional(),
  directorate: textFact.optional(),
  service: textFact.optional(),
  domain: textFact.optional(),
  place: textFact.optional(),
  staffCategory: z.strictObject({ value: z.string().min(1), functionGroup: z.string().min(1).optional(), quote }).optional(),
  grades: z.strictObject({ min: z.string().min(1), max: z.string().min(1), quote }).optional(),
  posts: z.strictObject({ value: count, quote }).optional(),
  deadline: z.strictObject({ local: localDateTime, zone: z.string().min(1), quote }).optional(),
  application: z
    .strictObject({
      address: textFact.optional(),
      subjectReference: textFact.optional(),
      documents: z.strictObject({ value: z.array(z.string().min(1)).min(1), quote }).optional(),
      singlePdf: passageSchema.optional(),
      noLateApplications: passageSchema.optional(),
    })
    .default({}),
  eligibility: z
    .strictObject({
      when: passageSchema.optional(),
      citizenship: passageSchema.optional(),
      education: z.strictObject({ minYears: count, quote }).optional(),
      diplomaRecognition: passageSchema.optional(),
      languages: z
        .strictObject({
          main: z.strictObject({ level: cefrLevel, quote }),
          second: z.strictObject({ level: cefrLevel, quote }).optional(),
          officialLanguages: passageSchema.optional(),
        })
        .optional(),
      /** Professional experience, where a notice makes it an eligibility criterion. */
      experience: z.strictObject({ minYears: count, quote }).optional(),
      otherConditions: z.array(z.strictObject({ id: z.string().min(1), label: z.string().min(1), quote })).default([]),
      clearance: z.strictObject({ level: z.string().min(1), quote }).optional(),
    })
    .default({ otherConditions: [] }),
  /** What makes an application stand out but is not required. */
  assets: z
    .array(z.strictObject({ id: z.string().min(1), label: z.string().min(1), minYears: count.optional(), quote }))
    .default([]),
  contract: z
    .strictObject({
      type: passageSchema.optional(),
      firstContract: z.strictObject({ years: count, quote }).optional(),
      extension: z.strictObject({ times: count, maxYears: count, quote }).optional(),
      probation: z.strictObject({ months: count, quote }).optional(),
      grading: passageSchema.optional(),
      pay: passageSchema.optional(),
      tax: passageSchema.optional(),
    })
    .default({}),
  selection: z
    .strictObject({
      publication: passageSchema.optional(),
      priority: passageSchema.optional(),
      panel: passageSchema.optional(),
      onlyShortlistedNotified: passageSchema.optional(),
      language: z.strictObject({ value: z.array(z.string().min(1)).min(1), quote }).optional(),
    })
    .default({}),
  recruitment: z
    .strictObject({
      evidence: passageSchema.optional(),
      medical: passageSchema.optional(),
      vetting: passageSchema.optional(),
    })
    .default({}),
  underRepresented: z
    .strictObject({ states: z.array(z.string().min(1)).min(1), quote, noReservation: passageSchema.optional() })
    .optional(),
  role: z.strictObject({ summary: z.array(passageSchema).default([]), duties: z.array(passageSchema).default([]) }).optional(),
  profile: z
    .strictObject({ knowledge: z.array(passageSchema).default([]), skills: z.array(passageSchema).default([]) })
    .optional(),
  about: z.array(passageSchema).default([]),
  benefits: z.array(passageSchema).default([]),
});

export type Facts = z.infer<typeof factsSchema>;
export type FactsInput = z.input<typeof factsSchema>;
export type CefrLevel = z.infer<typeof cefrLevel>;

const country = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().min(1),
  demonyms: z.array(z.string().min(1)),
  aliases: z.array(z.string().min(1)),
  group: z.string().min(1).optional(),
});

export const countriesSchema = z.strictObject({
  memberStates: z.array(country).length(27, "the EU has 27 member states"),
  otherCountries: z.array(country),
});

export const languagesSchema = z.strictObject({
  official: z
    .array(z.strictObject({ code: z.string().regex(/^[A-Z]{2}$/), name: z.string().min(1), aliases: z.array(z.string()) }))
    .length(24, "the EU has 24 official languages"),
  other: z.array(z.strictObject({ name: z.string().min(1), aliases: z.array(z.string()), note: z.string().optional() })),
});

export const cefrSchema = z.strictObject({
  levels: z
    .array(z.strictObject({ level: cefrLevel, rank: z.number().int().min(1).max(6), name: z.string().min(1) }))
    .length(6),
});

/** Place names people use for a zone that the zone database does not hold as a city ("Munich", "CET"). */
export const zonesSchema = z.strictObject({ places: z.record(z.string(), z.string().min(1)) });

export type Countries = z.infer<typeof countriesSchema>;
export type Country = z.infer<typeof country>;
export type Languages = z.infer<typeof languagesSchema>;
export type Cefr = z.infer<typeof cefrSchema>;

/** A regular expression written as a string in data; checked to compile. `{X}` stands for a name list. */
const pattern = z.string().refine((s) => {
  try {
    new RegExp(s.replaceAll("{X}", "(?:x)"), "iu");
    return true;
  } catch {
    return false;
  }
}, "is not a valid regular expression");

const weighted = z.strictObject({ pattern, weight: z.number().default(1) });

/** The words of one language: how each intent, fact and unknown topic is recognised. */
export const lexiconSchema = z.strictObject({
  language: z.string().min(2),
  /** Words never counted as content when judging what a question is about. */
  stopwords: z.array(z.string()),
  /** Search synonyms: each group's words are searched for as one. */
  synonyms: z.array(z.array(z.string().min(1)).min(2)),
  intents: z.record(z.string(), z.array(weighted).min(1)),
  /** Within an intent, which subject is asked about ("contract" → "extension"), for a focused answer. */
  topics: z.record(z.string(), z.record(z.string(), z.array(pattern).min(1))),
  /** Subjects candidates ask about that a notice may not cover; answered with "the notice does not say". */
  uncovered: z.array(
    z.strictObject({
      id: z.string().min(1),
      subject: z.string().min(1),
      patterns: z.array(pattern).min(1),
      /** A dotted path into the facts whose passage is related and worth citing, e.g. "selection.panel". */
      cite: z.string().optional(),
    }),
  ),
  /** Shapes of a message: a follow-up to the last answer ("and in Tokyo?"), or about the user themself. */
  cues: z.strictObject({
    followUp: z.array(pattern),
    /** The user asks about themself ("can I", "am I", "eligible?"). */
    personal: z.array(pattern),
    /** The user speaks in the first person at all. */
    firstPerson: z.array(pattern),
    requirement: z.array(pattern),
    /** The message is a question rather than a statement. */
    question: z.array(pattern),
    /** A question that wants a yes or a no ("Is the contract 5 years?"). */
    yesNoQuestion: z.array(pattern),
    /** A bare yes or no, answering the question the bot asked. */
    yes: z.array(pattern),
    no: z.array(pattern),
  }),
  /** Plainly off-topic words: the bot redirects to the vacancy. */
  offTopic: z.array(pattern),
  /** How a person states a language level in words, mapped to CEFR. */
  levelWords: z.array(z.strictObject({ pattern, level: cefrLevel })),
  /** Patterns with named groups that pick out the user's own facts. */
  profile: z.strictObject({
    nationalityCue: z.array(pattern),
    languageCue: z.array(pattern),
    studyYears: z.array(pattern),
    noDegree: z.array(pattern),
    nonEuDiploma: z.array(pattern),
    recognised: z.array(pattern),
    notRecognised: z.array(pattern),
    degreeYears: z.array(z.strictObject({ pattern, years: count })),
    timeZone: z.array(pattern),
    languagesComplete: z.array(pattern),
    /** The user speaks of their own facts ("I have", "my"), not of a requirement in general. */
    possession: z.array(pattern),
    numberWords: z.record(z.string(), z.number().int()),
  }),
  /** The questions every channel offers first (App Home, welcome cards). */
  commonQuestions: z.array(z.string().min(1)).min(1),
  /** Follow-up questions offered after each intent. */
  followUps: z.record(z.string(), z.array(z.string())),
  /** Example questions per intent or intent.topic (examples.json beside lexicon.json); the classifier learns from them. */
  examples: z.record(z.string(), z.array(z.string())).default({}),
  /** What the bot says, ICU MessageFormat by id (messages/*.json beside lexicon.json). */
  messages: z.record(z.string(), z.string()).default({}),
});

export type Lexicon = z.infer<typeof lexiconSchema>;
