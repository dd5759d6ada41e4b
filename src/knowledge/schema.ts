// The shape of everything under knowledge/, as zod schemas: the single source of the types.
// Hand-written data uses strict objects so that a misspelt field is an error, not a silent default.
import { z } from "zod";
import { doctorateCreditSchema, previousServiceRuleSchema, previousServiceWordsSchema } from "./criteria.js";

/** A verbatim passage of the notice (white space may differ; it is folded when matched). */
const quote = z.string().trim().min(3, "a quote must hold at least 3 characters of the notice");

/** A passage of the notice with nothing more to it than its words. */
export const passageSchema = z.strictObject({ quote });

const textFact = z.strictObject({ value: z.string().min(1), quote });
const count = z.number().int().positive();
const cefrLevel = z.enum(["A1", "A2", "B1", "B2", "C1", "C2"]);
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/, 'must be a local date-time "YYYY-MM-DDTHH:MM" or a date "YYYY-MM-DD"');
const years = z.number().positive();

/** A level of education, lowest first; a route of the education criterion names the least it accepts. */
export const educationLevels = ["secondary", "post-secondary", "university", "master", "doctorate"] as const;
const educationLevel = z.enum(educationLevels);

/**
 * One eligibility criterion of a notice, typed: what it allows, and the notice's words for it.
 * Each type has its module under src/engine/eligibility/ (how it is asked, read from the user, assessed).
 */
export const criterionRuleSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("citizenship"),
    /** "eu": member states; "eu-eea": plus Iceland, Liechtenstein, Norway; "named": member states plus `countries`; "any": every nationality. */
    allowed: z.enum(["eu", "eu-eea", "named", "any"]),
    /** Country codes admitted besides the member states (for "eu-eea" and "named"). */
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
    /** The notice's own words for the countries it admits beyond the EU ("of a country that is a candidate for accession to the European Union"). */
    group: z.string().min(1).optional(),
    /** Countries the notice excludes in so many words ("candidates from the United Kingdom are not eligible"). */
    excluded: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
    quote,
  }),
  z.strictObject({
    type: z.literal("education"),
    /** Alternatives: meeting one route is enough. */
    routes: z
      .array(
        z.strictObject({
          level: educationLevel,
          /** Minimum length of the studies, in years (university routes). */
          minYears: years.optional(),
          /** Professional experience the route needs on top of the diploma, in years. */
          experienceYears: years.optional(),
          /** True when that experience is part of the education requirement and not counted towards the experience criterion. */
          experienceIntegral: z.boolean().optional(),
          /** The fields of study the notice names, in its words. */
          fields: z.array(z.string().min(1)).optional(),
          quote,
        }),
      )
      .min(1),
    quote,
  }),
  z.strictObject({
    type: z.literal("experience"),
    minYears: years,
    /** Counted from the diploma the education criterion asks for. */
    afterDiploma: z.boolean().default(false),
    /** The field the experience must be in, in the notice's words. */
    field: z.string().min(1).optional(),
    /** Part of it in a narrower field ("of which at least 3 years in operational analysis"). */
    part: z.strictObject({ minYears: years, field: z.string().min(1) }).optional(),
    /** What does not count as experience: traineeships, unpaid work ("only paid experience"), with the notice's words. */
    notCounted: z.strictObject({ kinds: z.array(z.enum(["traineeship", "unpaid"])).min(1), quote }).optional(),
    quote,
  }),
  z.strictObject({
    type: z.literal("languages"),
    /** Each requirement is met by a different language. */
    requirements: z
      .array(
        z.strictObject({
          /** The CEFR level, where the notice gives one. */
          level: cefrLevel.optional(),
          /** The notice's words for the level ("thorough knowledge"), where it gives no CEFR level. */
          wording: z.string().min(1).optional(),
          /** The languages that count (any of them); absent: any official EU language. */
          languages: z.array(z.string().min(1)).min(1).optional(),
          quote,
        }),
      )
      .min(1),
    /** One of the languages that meet the requirements must be one of these ("One of these two languages must be English"). */
    including: z.array(z.string().min(1)).min(1).optional(),
    quote,
  }),
  z.strictObject({
    type: z.literal("status"),
    /** Alternatives: holding one status is enough. */
    routes: z
      .array(
        z.discriminatedUnion("kind", [
          z.strictObject({ kind: z.literal("official"), functionGroup: z.string().min(1).optional(), quote }),
          z.strictObject({ kind: z.literal("laureate"), competition: z.string().min(1), quote }),
          z.strictObject({ kind: z.literal("certificate"), name: z.string().min(1), functionGroup: z.string().min(1).optional(), beforeDeadline: z.boolean().default(false), quote }),
          /** Employed by a public administration (or an international organisation) for at least `months`. */
          z.strictObject({ kind: z.literal("employer"), months: z.number().int().positive().optional(), quote }),
        ]),
      )
      .min(1),
    quote,
  }),
  /** Age limits (src/engine/eligibility/age.ts): at least one of `minAge` and `maxAge`. */
  z.strictObject({
    type: z.literal("age"),
    /** The candidate must be under this age (a maximum age, or the retirement age). */
    maxAge: z.number().int().positive().optional(),
    /** The candidate must be at least this age. */
    minAge: z.number().int().positive().optional(),
    /** `maxAge` is the retirement age the notice names as such. */
    retirement: z.boolean().optional(),
    /** `maxAge` must not be reached before the end of the contract (its first term, `contract.firstContract`). */
    byContractEnd: z.boolean().optional(),
    quote,
  }),
  /** A condition that cannot be checked in chat (military service, fitness, references). */
  z.strictObject({ type: z.literal("condition"), id: z.string().min(1), label: z.string().min(1), quote }),
  /** A passage of the eligibility section the importer could not type: the user is told to check it themself. */
  z.strictObject({ type: z.literal("check"), quote }),
  /** Previous traineeship or employment in an EU institution beyond a duration (src/engine/eligibility/previous-service.ts). */
  previousServiceRuleSchema,
]);
export type CriterionRule = z.infer<typeof criterionRuleSchema>;
export type RuleOf<T extends CriterionRule["type"]> = Extract<CriterionRule, { type: T }>;
export type EducationLevel = z.infer<typeof educationLevel>;

const noticeFactsSchema = z.strictObject({
  /** The language the notice is written in; picks the lexicon. */
  language: z.string().min(2).default("en"),
  reference: textFact.optional(),
  title: textFact.optional(),
  directorate: textFact.optional(),
  service: textFact.optional(),
  domain: textFact.optional(),
  place: textFact.optional(),
  /** `fixedTerm`: a category that holds no permanent post (temporary or contract agent, grantholder, seconded expert). */
  staffCategory: z.strictObject({ value: z.string().min(1), functionGroup: z.string().min(1).optional(), fixedTerm: z.boolean().optional(), quote }).optional(),
  grades: z.strictObject({ min: z.string().min(1), max: z.string().min(1), quote }).optional(),
  posts: z.strictObject({ value: count, quote }).optional(),
  /** `local` is a date-time, or a date alone when the notice gives no time of day (then the whole day counts). */
  deadline: z.strictObject({ local: localDateTime, zone: z.string().min(1), quote }).optional(),
  /**
   * A notice with more than one closing date: application windows (each with its opening, closing and label,
   * e.g. the traineeship period it is for), or rolling cut-off dates (month and day, every year) up to a final
   * closing date. `deadline` then holds the final (or last) closing; the one in force is chosen from `now`.
   */
  deadlines: z
    .strictObject({
      kind: z.enum(["windows", "rolling"]),
      zone: z.string().min(1),
      windows: z.array(z.strictObject({ label: z.string().min(1).optional(), opens: localDateTime.optional(), closes: localDateTime, quote })).default([]),
      cutoffs: z.array(z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })).default([]),
      /** The time of day a cut-off closes at ("23:59"); absent: the whole day. */
      time: z.string().regex(/^\d{2}:\d{2}$/).optional(),
      /** The last closing of a rolling call. */
      final: localDateTime.optional(),
      quote,
    })
    .optional(),
  /** The reserve list and how long it is valid. */
  reserveList: z.strictObject({ until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), quote }).optional(),
  /** Working from home, as the notice allows it; `minOfficeShare` in per cent of the working time. */
  telework: z.strictObject({ minOfficeShare: z.number().min(0).max(100).optional(), quote }).optional(),
  application: z
    .strictObject({
      /** How applications are made: by e-mail to an address, on an online portal or form (its link or name), or through an intermediary. */
      channels: z
        .array(z.strictObject({ kind: z.enum(["email", "online", "intermediary"]), value: z.string().min(1).optional(), quote }))
        .default([]),
      /** Channels the notice refuses ("applications sent by e-mail will not be considered"). */
      refused: z.strictObject({ kinds: z.array(z.enum(["email", "post", "other"])).min(1), quote }).optional(),
      /** Addresses the notice gives for something else than applications (questions, data protection). */
      notForApplications: z.array(z.strictObject({ value: z.string().min(1), quote })).default([]),
      /** The language the application must be written in. */
      language: z.strictObject({ value: z.array(z.string().min(1)).min(1), quote }).optional(),
      /** The format asked for a document (Europass). */
      format: textFact.optional(),
      address: textFact.optional(),
      subjectReference: textFact.optional(),
      documents: z.strictObject({ value: z.array(z.string().min(1)).min(1), quote }).optional(),
      singlePdf: passageSchema.optional(),
      noLateApplications: passageSchema.optional(),
    })
    .default({ channels: [], notForApplications: [] }),
  eligibility: z
    .strictObject({
      when: passageSchema.optional(),
      citizenship: passageSchema.optional(),
      education: z.strictObject({ minYears: count, quote }).optional(),
      diplomaRecognition: passageSchema.optional(),
      /** Doctoral research counted as professional experience, up to a number of years (src/engine/eligibility/doctorate-credit.ts). */
      doctorateCredit: doctorateCreditSchema.optional(),
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
      /** Every criterion of the notice, typed; the eligibility check runs over these alone. */
      criteria: z.array(criterionRuleSchema).default([]),
    })
    .default({ otherConditions: [], criteria: [] }),
  /** Criteria used to choose among eligible candidates ("essential", "advantageous"): never a reason to rule anyone out. */
  selectionCriteria: z.array(z.strictObject({ essential: z.boolean(), quote })).default([]),
  /** What makes an application stand out but is not required. */
  assets: z
    .array(z.strictObject({ id: z.string().min(1), label: z.string().min(1), minYears: count.optional(), quote }))
    .default([]),
  contract: z
    .strictObject({
      type: passageSchema.optional(),
      /** What the post is when it is not a contract: a grant, a post for officials. */
      notStaff: passageSchema.optional(),
      /** Renewals: how many, how long each, the total stay, and whether a further renewal is indefinite. */
      renewal: z
        .strictObject({
          times: count.optional(),
          years: years.optional(),
          totalMaxYears: years.optional(),
          indefiniteAfter: z.boolean().optional(),
          quote,
        })
        .optional(),
      /** Pay as the notice gives it: figures as written, never computed. */
      salary: z
        .strictObject({
          figures: z.array(z.string().min(1)).min(1),
          currency: z.string().min(1).optional(),
          basis: z.enum(["net", "gross", "basic"]).optional(),
          range: z.boolean().default(false),
          quote,
        })
        .optional(),
      allowances: passageSchema.optional(),
      /** The notice says the body recruiting pays no salary (a seconded expert's employer goes on paying it). */
      unpaid: passageSchema.optional(),
      firstContract: z.strictObject({ years: count, quote }).optional(),
      extension: z.strictObject({ times: count, maxYears: count, quote }).optional(),
      probation: z.strictObject({ months: count, quote }).optional(),
      grading: passageSchema.optional(),
      /** The notice's passage on the step within the grade ("the step in that grade will be determined…", "grade AD8, step 1"). */
      step: passageSchema.optional(),
      /** The grade by years of experience, from the notice's table: each row from `minYears` up to (not including) `belowYears`. */
      gradeByExperience: z
        .strictObject({ rows: z.array(z.strictObject({ grade: z.string().min(1), minYears: z.number().min(0), belowYears: z.number().positive().optional() })).min(2), quote })
        .optional(),
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
      /** The candidate chooses among the selection languages (English or French, not both). */
      languageChoice: passageSchema.optional(),
      /** The steps of the selection (a written test, an interview). */
      steps: z.strictObject({ value: z.array(z.string().min(1)).min(1), quote }).optional(),
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

/**
 * One profile of a notice that recruits for several at once ("Profile A – Statistician (AD7)"): its label and
 * title, and the facts that are its own, read from its parts of the notice (src/import/profiles.ts). A fact a
 * profile lacks is the notice's (src/engine/profiles.ts puts the two together).
 */
export const noticeProfileSchema = z.strictObject({
  /** The letter or number the notice gives it ("A", "2"). */
  label: z.string().min(1),
  title: z.string().min(1).optional(),
  /** The heading or list line that names it. */
  quote,
  staffCategory: noticeFactsSchema.shape.staffCategory,
  grades: noticeFactsSchema.shape.grades,
  eligibility: noticeFactsSchema.shape.eligibility,
  contract: noticeFactsSchema.shape.contract,
  selection: noticeFactsSchema.shape.selection,
  selectionCriteria: noticeFactsSchema.shape.selectionCriteria,
});
export type NoticeProfile = z.infer<typeof noticeProfileSchema>;

export const factsSchema = noticeFactsSchema.extend({
  /** Several profiles in one notice; empty for a notice with one post. */
  profiles: z.array(noticeProfileSchema).default([]),
  /** What the notice says of its profiles as a whole ("Candidates may apply for one profile only"). */
  profilesRules: z.array(passageSchema).default([]),
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

/** Degree names across languages, with the level they stand for and their usual length in years. */
export const degreesSchema = z.strictObject({
  degrees: z.array(
    z.strictObject({
      names: z.array(z.string().min(1)).min(1),
      level: educationLevel,
      /** The usual length; with `atLeast` it is a lower bound ("a master's": at least `minYears`, usually `years`). */
      years: z.number().positive().optional(),
      atLeast: z.boolean().optional(),
      minYears: z.number().positive().optional(),
    }),
  ),
  /** ECTS credits per year of full-time study. */
  ects: z.strictObject({ perYear: z.number().int().positive() }),
});
export type Degrees = z.infer<typeof degreesSchema>;

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

const patterns = z.array(pattern).default([]);

/**
 * The thresholds routing and the engine's stages work with (src/engine/route.ts, engine.ts): every one is data, in
 * knowledge/lexicon/routing.json; a language may tune any of them in its lexicon.json `routing`.
 */
export const routingSchema = z.strictObject({
  /** How much the classifier's confidence (0–1) adds to an intent's score. */
  classifierWeight: z.number(),
  /** A score from which an intent is answered outright. */
  answer: z.number(),
  /** The least score for the likeliest intent to be answered rather than the closest passage. */
  likeliest: z.number(),
  /** A small-talk score (its words the whole message, words.json `intentWords`) that wins over everything. */
  smallTalk: z.number(),
  /** What each phrase of an intent's words (words.json `intentWords`) found in a message adds to its score… */
  cueWeight: z.number().default(3),
  /** …for at most this many distinct phrases. */
  cueHits: z.number().int().min(1).default(2),
  /** …and this much more where they open the message. */
  cueOpens: z.number().default(1.5),
  /** The classifier's confidence for small talk, in a message of at most `smallTalkWords` words. */
  smallTalkConfidence: z.number(),
  smallTalkWords: z.number().int(),
  /** An uncovered subject is answered as such unless an intent scores this much. */
  uncoveredUnless: z.number(),
  offTopicUnless: z.number(),
  offTopicConfidence: z.number(),
  /** The classifier's confidence for an uncovered subject it recognises. */
  uncoveredConfidence: z.number(),
  factsUnless: z.number(),
  /** The classifier's confidence for a question on another subject than eligibility to be answered, the facts beside it kept for later. */
  questionBesideFacts: z.number(),
  /** A question about "that" follows the last answer unless another intent's patterns score this much. */
  refersBackUnless: z.number(),
  checkingUnless: z.number(),
  /** A passage holding every word of the question wins over an intent only the classifier proposes, from this score… */
  passageScore: z.number(),
  /** …unless the classifier is at least this sure. */
  passageUnless: z.number(),
  /** Where a message breaks into separate questions, each classified on its own (a pattern over the normalised text). */
  clauseBreak: pattern.default("\\?|;"),
  /** The classifier's confidence for a clause's own question to be answered beside the first. */
  clauseConfidence: z.number(),
  /** A clause read as another intent, yet as the message's own at this share of that reading or more, is the message's ("…, with the extension?"). */
  clauseOwnShare: z.number(),
  /** A label of another intent than the one answered, at least this sure, is a topic asked beside it (its premise). */
  besideTopic: z.number(),
  /** The asking sentence beside facts is answered on its own unless the whole message's votes for eligibility reach this share. */
  questionUnlessCheck: z.number(),
  /** A question of at most `followUpWords` words right after an answer stays with its intent when its best label is of that intent, this sure. */
  followUpWords: z.number().int(),
  /** "Can I still apply?": the classifier's least confidence in "deadline.still" for a still-word to make it the deadline question. */
  stillConfidence: z.number(),
  /** An ordinal follow-up ("where do I find the second one?") is at most this many words. */
  ordinalWords: z.number().int(),
  followUpConfidence: z.number(),
  /** The runner-up is offered as "did you mean" when it scores at least this share of the winner. */
  offerShare: z.number(),
  /** A message whose best label is this sure is not also read clause by clause. */
  wholeConfidence: z.number(),
  /** Which classifier learns the examples: the nearest neighbours, the softmax regression, or the softmax with the neighbours where it is unsure (bench/classifiers.ts). Default knn. */
  classifier: z.enum(["knn", "softmax", "hybrid"]).default("knn"),
  /**
   * Thresholds measured on another classifier's confidences (docs/classifiers.md), over the ones above when that
   * classifier runs: the softmax's probabilities are shaped unlike the neighbours' vote shares.
   */
  calibrations: z.partialRecord(z.enum(["knn", "softmax", "hybrid"]), z.record(z.string(), z.number())).default({}),
  /** A second intent is answered beside the first when it scores this much… */
  secondScore: z.number(),
  /** …and at least this share of the first intent's own score. */
  secondShare: z.number(),
  /** The classifier is sure a message is one question when its best label, of the intent answered, is this sure… */
  oneQuestionConfidence: z.number(),
  /** …unless it gives the second intent at least this confidence. */
  secondBacked: z.number(),
  /** The classifier's second label adds its topic to the answer's from this confidence. */
  secondTopicConfidence: z.number(),
  /** The most requests one message gets answered, in the order asked. */
  maxRequests: z.number().int().positive(),
  /** Labels whose topic stands for another's ("application.documents" also asks "application.order"). */
  aliases: z.record(z.string(), z.array(z.string())).default({}),
  /** Labels answered by another intent than their first part ("eligibility.criteria" → "eligibility", "telework" → "place"). */
  intentOf: z.record(z.string(), z.string()).default({}),
});

export type Routing = z.infer<typeof routingSchema>;

/** How people name countries, languages and places in one language (names.json beside lexicon.json). */
export const namesSchema = z.strictObject({
  countries: z.record(z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166 alpha-2 code"), z.array(z.string().min(1)).min(1)).default({}),
  languages: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).default({}),
  places: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).default({}),
});

const words = z.array(z.string().min(1)).default([]);

/**
 * Words of a notice's eligibility part, by what they mark (the `notice.criteria` part of words.json). Phrases,
 * matched as whole words, case and apostrophes folded; numbers and years come from `numbers` and `units.year`.
 */
export const criteriaWordsSchema = z.strictObject({
  /** Headings of the eligibility part ("conditions d'éligibilité") and of parts that are not it ("critères de sélection"). */
  eligibilityHeadings: words,
  notEligibilityHeadings: words,
  /** A passage on nationality ("ressortissant"); one admitting any nationality ("toutes nationalités"). */
  citizenship: words,
  anyNationality: words,
  /** The European Economic Area named ("Espace économique européen"). */
  eea: words,
  /** A passage on education ("diplôme"), and the words of each level, lowest first in the file. */
  education: words,
  levels: z.partialRecord(z.enum(educationLevels), z.array(z.string().min(1))).default({}),
  /** Recognition of diplomas ("reconnus comme équivalents"): not a criterion of its own. */
  recognition: words,
  /** A passage on professional experience ("expérience professionnelle"). */
  experience: words,
  /** Experience counted from the diploma ("après l'obtention du diplôme"). */
  afterDiploma: words,
  /** Experience that does not count: "not taken into account", with what ("stage" → traineeship), and paid work only ("rémunérée"). */
  notCounted: words,
  traineeship: words,
  paidOnly: words,
  /** A passage on languages ("langues"), a clause of one level ("connaissance"), official languages of the Union. */
  languages: words,
  knowledge: words,
  officialLanguages: words,
  /** "One of these two languages must be …": the languages named after it are required among the ones above. */
  oneOfThem: words,
  /** Conditions chat cannot check, by id ("military-service": ["service militaire"]). */
  conditions: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
  /** "less than" before a number of years in a grade table row ("moins de"). */
  lessThan: words,
  /** The retirement age named in an age limit ("age of retirement", "Ruhestandsalter"): the age the passage gives is the limit. */
  retirementAge: words,
  /**
   * A person's age spoken of ("years old", "âgé", "Lebensjahr"); a minimum ("at least", "au moins"), a maximum
   * ("not have reached", "ne pas avoir atteint", "noch nicht vollendet"), and the end of the contract the maximum
   * is counted to ("by the end of the contract", "à la fin du contrat"). A number of years in such a clause is the limit.
   */
  age: words,
  minimumAge: words,
  maximumAge: words,
  contractEnd: words,
});
export type CriteriaWords = z.infer<typeof criteriaWordsSchema>;

/** Words the importer reads a notice with (the `notice` part of words.json), the same for every language. */
export const noticeWordsSchema = z.strictObject({
  /** Web-page furniture: lines dropped when they stand alone ("skip to main content", "apply now"). */
  furniture: z.array(z.string().min(1)).default([]),
  /** Words of a cookie banner ("cookies"); a block that says them twice is dropped. */
  cookies: z.array(z.string().min(1)).default([]),
  /** Headings of a list of other jobs on a careers page ("similar jobs"); the list is dropped. */
  related: z.array(z.string().min(1)).default([]),
  /** Labels of a notice's key–value header, by the fact they give ("deadline": ["date limite"]). */
  labels: z.partialRecord(z.enum(["reference", "title", "staffCategory", "grades", "place", "deadline", "reserveList", "opens", "cutoffs"]), z.array(z.string().min(1))).default({}),
  /** Words saying the nationals of a country named with them may not apply ("are not eligible", "sont exclus"). */
  excluded: z.array(z.string().min(1)).default([]),
  /** The word "or" ("ou", "oder"): where the notice's words for a further group of countries begin. */
  or: z.array(z.string().min(1)).default([]),
  /** Words that make a clock time noon or midnight ("midi", "Mittag"). */
  noon: z.array(z.string().min(1)).default([]),
  midnight: z.array(z.string().min(1)).default([]),
  /** The word for a zone's time after or before a place name ("heure de Luxembourg", "Brussels time"). */
  zoneTime: z.array(z.string().min(1)).default([]),
  /** Words that put a closing date in a sentence ("no later than", "au plus tard le", "spätestens am"). */
  deadlineCues: z.array(z.string().min(1)).default([]),
  /** Words for the first contract's length, a number of years following them ("initial period of", "Anfangszeit von"). */
  firstContract: z.array(z.string().min(1)).default([]),
  /** Words saying the contract may be extended ("renewed", "renouvelé", "verlängert"), and "once" ("une fois", "einmal"). */
  extension: z.array(z.string().min(1)).default([]),
  once: z.array(z.string().min(1)).default([]),
  /** Words for the total length of a contract with its renewals ("durée totale", "Gesamtdauer"). */
  total: z.array(z.string().min(1)).default([]),
  /** Words of a sentence on applying ("applications", "apply", "candidatures", "Bewerbungen"). */
  apply: z.array(z.string().min(1)).default([]),
  /**
   * Words naming a channel of applying: an online tool or form ("e-recruitment tool", "outil de recrutement en
   * ligne"), e-mail ("by e-mail", "par courrier électronique"), post ("by post", "per Post"), any other ("tout autre moyen").
   */
  channels: z
    .strictObject({ online: z.array(z.string().min(1)).default([]), email: z.array(z.string().min(1)).default([]), post: z.array(z.string().min(1)).default([]), other: z.array(z.string().min(1)).default([]) })
    .default({ online: [], email: [], post: [], other: [] }),
  /** Words saying applications are refused ("will not be considered", "ne seront pas prises en considération"). */
  notAccepted: z.array(z.string().min(1)).default([]),
  /** Words of a sentence giving an address for something else than applying ("questions", "data protection", "Fragen"). */
  questions: z.array(z.string().min(1)).default([]),
  /** "At least" before a share of working time ("au moins", "mindestens", "co najmniej"). */
  atLeast: z.array(z.string().min(1)).default([]),
  /** Words saying how long a reserve list is valid ("valid", "valable", "gültig"). */
  valid: z.array(z.string().min(1)).default([]),
  /** The steps of a selection ("written test", "interview", "test écrit", "entretien"), and "invited to" them ("invités", "eingeladen"). */
  selectionSteps: z.array(z.string().min(1)).default([]),
  invited: z.array(z.string().min(1)).default([]),
  /** The body that selects ("selection panel", "comité de sélection", "Auswahlausschuss"). */
  panel: z.array(z.string().min(1)).default([]),
  /** Words saying the post is no employment contract and its holder no member of staff ("not an employment contract", "kein Arbeitsvertrag"). */
  notStaff: z.array(z.string().min(1)).default([]),
  /**
   * Words a passage on a topic holds, by the intent it answers ("telework": ["télétravail"]): the notice's
   * passages are tagged with them, and a topic with no typed fact is answered by quoting its passages.
   */
  topics: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
  /** Verbs of meeting the criteria ("meet", "erfüllen", "soddisfare"): a sentence saying when the eligibility criteria must be met. */
  meet: z.array(z.string().min(1)).default([]),
  /**
   * A top-level heading's words, by what its part of the notice is for: the employer ("about us", "qui sommes-nous"),
   * the post ("the job", "die Stelle"), the person sought ("your profile"), applying ("how to apply", "candidature"),
   * what is offered ("we offer", "unser Angebot"), an annex. A word matches whole, or as a stem when it ends in "*".
   */
  sections: z
    .strictObject({ about: z.array(z.string().min(1)).default([]), propose: z.array(z.string().min(1)).default([]), lookFor: z.array(z.string().min(1)).default([]), apply: z.array(z.string().min(1)).default([]), offer: z.array(z.string().min(1)).default([]), annex: z.array(z.string().min(1)).default([]) })
    .default({ about: [], propose: [], lookFor: [], apply: [], offer: [], annex: [] }),
  /** Headings that introduce requirements outside an eligibility section ("qualifications", "we look for", "votre profil"). */
  requirements: z.array(z.string().min(1)).default([]),
  /** The heading of a column of requirements in a selection table ("essential", "indispensables"). */
  essential: z.array(z.string().min(1)).default([]),
  /** Words that make an item an advantage, not a requirement ("would be an asset", "advantageous", "souhaitable"). */
  advantage: z.array(z.string().min(1)).default([]),
  /**
   * Words saying what a requirement sentence names is not required ("do not need to", "is not required",
   * "n'est pas requis", "müssen nicht"): such a sentence is never an eligibility criterion.
   */
  notRequired: z.array(z.string().min(1)).default([]),
  /** Words for a doctorate in a notice ("doctoral", "PhD") and for counting it as experience ("counted as professional experience"). */
  doctorate: z.array(z.string().min(1)).default([]),
  countsAsExperience: z.array(z.string().min(1)).default([]),
  /** Words the eligibility criteria are read with (src/import/criteria-words.ts); every list may be empty. */
  criteria: criteriaWordsSchema.default(criteriaWordsSchema.parse({})),
  /** Staff categories that hold no permanent post, as a sentence names them ("temporary agent", "Bediensteter auf Zeit", "agent contractuel"). */
  staffCategories: z.array(z.string().min(1)).default([]),
  /** The words for a function group before its numeral ("function group III", "groupe de fonctions IV", "FG"). */
  functionGroup: z.array(z.string().min(1)).default([]),
  /** Documents an application holds ("CV", "motivation letter", "Lebenslauf"), as a sentence or a list names them. */
  documents: z.array(z.string().min(1)).default([]),
  /** The word for a salary ("salary", "Gehalt", "salaire"): with a negation before it, the body pays none. */
  salary: z.array(z.string().min(1)).default([]),
  /**
   * The word for a step within a grade ("step", "échelon", "Dienstaltersstufe"); "*" ends a stem. A notice's
   * sentence holding one beside a grade is its passage on the step; a grade question holding one asks for it.
   */
  step: z.array(z.string().min(1)).default([]),
  /** The word a notice calls one of several posts it recruits for by ("profile", "profil"), singular and plural. */
  profile: z.array(z.string().min(1)).default([]),
  /** Words that, before or after the profile word, name every profile at once ("both", "entrambi", "oba"). */
  allProfiles: z.array(z.string().min(1)).default([]),
});
export type NoticeWords = z.infer<typeof noticeWordsSchema>;

/** The value words of one language (words.json beside lexicon.json): numbers, months, units, levels, cues. */
export const wordsSchema = z.strictObject({
  numbers: z.record(z.string().min(1), z.number().min(0)).default({}),
  months: z.record(z.string().min(1), z.number().int().min(1).max(12)).default({}),
  units: z.partialRecord(z.enum(["year", "month", "week", "day", "hour", "minute"]), z.array(z.string().min(1))).default({}),
  levels: z.record(z.string().min(1), cefrLevel).default({}),
  yes: z.array(z.string().min(1)).default([]),
  no: z.array(z.string().min(1)).default([]),
  /** Phrases that ask to switch the conversation to this language ("auf Deutsch"). */
  switch: z.array(z.string().min(1)).default([]),
  study: z.array(z.string().min(1)).default([]),
  experience: z.array(z.string().min(1)).default([]),
  negation: z.array(z.string().min(1)).default([]),
  only: z.array(z.string().min(1)).default([]),
  contrast: z.array(z.string().min(1)).default([]),
  /** Words asking whether the user is eligible ("eligible", "éligible", "berechtigt"): the user asks of themself. */
  eligible: z.array(z.string().min(1)).default([]),
  /** Words of the first person ("je", "ich", "tengo"): the user speaks of themself. */
  self: z.array(z.string().min(1)).default([]),
  stopwords: z.array(z.string().min(1)).default([]),
  /** Phrases before a place where someone lives ("live in", "j'habite en", "wohne in"): a country after them is a residence, never a nationality. */
  residence: z.array(z.string().min(1)).default([]),
  /** Phrases saying studies are not completed ("still studying", "dropped out", "graduate next"): a degree in their clause is not held. */
  unfinished: z.array(z.string().min(1)).default([]),
  /** Phrases saying the user holds no degree ("no degree", "without a degree", "only high school", "sans diplôme"), in the phrase syntax of src/engine/subject-words.ts: no completed university studies. */
  noDegree: z.array(z.string().min(1)).default([]),
  /** Phrases saying a diploma is recognised ("is recognised", "got the equivalence", "reconnu"), same syntax; a negation before it in its clause says it is not. */
  recognised: z.array(z.string().min(1)).default([]),
  /** Phrases saying the languages named are all the user speaks ("no other language", "only one language", "aucune autre langue"), same syntax. */
  languagesComplete: z.array(z.string().min(1)).default([]),
  /** Phrases around a country or demonym ("{X}") saying it is the user's nationality ("i'm [a/an] {X}", "{X} citizen*"), in the phrase syntax of src/engine/subject-words.ts; empty: any country named is. */
  nationality: z.array(z.string().min(1)).default([]),
  /** Phrases around a place ("{X}") saying it is where the user's clock is ("in [the] {X}", "{X} time"), same syntax; empty: any place named is. */
  zone: z.array(z.string().min(1)).default([]),
  /** A country's clock named with one of its names, its people's adjective too ("{X} time" → "Irish time", "ora {X}" → "ora irlandese", "{X} tid" → "isländsk tid"): plain phrases, "{X}" standing for each of the country's names; the zone is that country's place's. */
  countryTime: z.array(z.string().min(1)).default([]),
  /** Phrases around a country ("{X}") saying a diploma is from there ("degree | diploma … from [the] {X}", "{X} degree"), same syntax: that country is neither a nationality nor a language. */
  diplomaFrom: z.array(z.string().min(1)).default([]),
  /** Phrases making the facts of a message the user's own rather than a requirement asked ("I have", "my", "with a"); empty: the `self` words. */
  possession: z.array(z.string().min(1)).default([]),
  /** Phrases asking for a figure ("how many", "how long", "maximum"): an answer with no figure says the notice does not state it. */
  quantity: z.array(z.string().min(1)).default([]),
  /** Words asking for one exact value ("exact", "exactement", "genau"): a range the notice gives ("AD5 to AD7") does not answer them, and the answer says so. */
  exact: z.array(z.string().min(1)).default([]),
  /** Words naming a field of study or asking about one ("field", "computer science", "Informatik"): a notice whose education rule names no field says so. */
  studyFields: z.array(z.string().min(1)).default([]),
  /** Words joining two requests ("and", "et", "und"): a message may be split there into questions of their own. */
  and: z.array(z.string().min(1)).default([]),
  /** How a person states their age, "{n}" standing for the number ("{n} years old", "j'ai {n} ans", "{n} Jahre alt"). */
  age: z.array(z.string().min(1).regex(/\{n\}/, "an age phrase holds {n}")).default([]),
  /** Words for an official of the EU institutions ("official", "fonctionnaire", "Beamter"): a status the user may hold; "!" a longer phrase that is not ("!official language"). */
  official: z.array(z.string().min(1)).default([]),
  /** Words saying what one worked as, right after a number of years ("as", "with", "at", "comme", "als"): "5 years as a nurse" is experience. */
  workedAs: z.array(z.string().min(1)).default([]),
  /** The part of one's experience in a field, "{n}" standing for its years ("of which {n}", "the last {n} years as", "dont {n}"). */
  experiencePart: z.array(z.string().min(1)).default([]),
  /** Words saying the experience came after the diploma ("since graduating", "after my degree", "depuis mon diplôme"). */
  afterDiploma: z.array(z.string().min(1)).default([]),
  /** Words for a pass of an EU selection test that is not a competition ("CAST", "EPSO test", "test EPSO"). */
  certificate: z.array(z.string().min(1)).default([]),
  /** Words for working for a public employer ("civil servant", "public sector", "ministry", "fonction publique"). */
  publicEmployer: z.array(z.string().min(1)).default([]),
  /** Words for working on one's own or for a private firm ("freelancer", "self-employed", "indépendant"): not a public employer. */
  privateEmployer: z.array(z.string().min(1)).default([]),
  /** Words for a laureate of an EU competition or a place on its reserve list ("laureate", "lauréat", "reserve list"). */
  laureate: z.array(z.string().min(1)).default([]),
  /** Words of citizenship ("citizen", "nationality", "passport"): a name that is a people's and a language's ("English", "inglés", "Deutsch") beside them is the user's nationality, else the language. */
  citizenship: z.array(z.string().min(1)).default([]),
  /** How a person says what they are ("I am", "je suis", "ich bin", "soy"): such a name right after it is a nationality too. */
  iAm: z.array(z.string().min(1)).default([]),
  /** Words before the date something began ("since", "depuis", "seit", "vuodesta"): work since then counts as experience. */
  since: z.array(z.string().min(1)).default([]),
  /** Words after the date something began, or glued to it ("2019 óta", "2019-től", "2019 lähtien", "2019 onwards"). */
  sinceAfter: z.array(z.string().min(1)).default([]),
  /**
   * For a language written in a script of its own: its standard romanisation (letters and letter groups → Latin, e.g.
   * ELOT 743, the Bulgarian Streamlined System), the informal spellings folded together in order ("w" → "o"), and the
   * letters' final forms ("σ" → "ς"). Empty for a language written in Latin letters. Romanised messages are read with it.
   */
  romanisation: z
    .strictObject({
      letters: z.record(z.string().min(1), z.string()).default({}),
      folds: z.array(z.tuple([z.string().min(1), z.string()])).default([]),
      final: z.record(z.string().min(1), z.string().min(1)).default({}),
    })
    .default({ letters: {}, folds: [], final: {} }),
  /** Words of the clocks changing ("daylight saving", "the clocks go back", "summer time", "Zeitumstellung"): whether the change moves the deadline. */
  clockChange: z.array(z.string().min(1)).default([]),
  /**
   * Words asking about a subject within an intent, by "intent.topic" ("contract.extension": ["extend*", "renew*"]), for a
   * focused answer (src/engine/asked-topics.ts): "*" ends a stem, "{n}" is a number, "{level}" a CEFR level, "!" a longer phrase that does not ask it.
   */
  askedTopics: z.record(z.string().regex(/^[a-z]+\.[a-z]+$/, "an asked topic is intent.topic"), z.array(z.string().min(1))).default({}),
  /**
   * Words that name an intent's subject ("deadline": ["deadline", "closing date"]), by intent, the same intents in every
   * language (src/engine/intent-words.ts): each found adds to the intent's score; written like `askedTopics`.
   */
  intentWords: z.record(z.string().regex(/^[a-z]+$/, "an intent is one lower-case word"), z.array(z.string().min(1))).default({}),
  /**
   * Words naming a subject a notice may leave open, by the subject's id ("visa": ["visa", "work permit"]), the same ids in
   * every language (src/engine/subject-words.ts): "*" ends a stem, "{n}" a number, "{nn}" two digits, "{num}" any figure,
   * " … " parts a few words apart, " | " alternatives of a part, "!" a longer phrase that does not name the subject.
   */
  uncovered: z.record(z.string().regex(/^[a-z-]+$/, "a subject id is lower-case words joined by '-'"), z.array(z.string().min(1))).default({}),
  /** Plainly off-topic words ("weather", "joke", "bitcoin", "météo"); "*" ends a stem ("crypto*"): the bot redirects to the vacancy. */
  offTopic: z.array(z.string().min(1)).default([]),
  /** Words of the user's own clock ("my time", "local time", "mon heure", "meiner Zeit"): a time beside them, with no place, is in the conversation's zone. */
  ownTime: z.array(z.string().min(1)).default([]),
  /** Words for a vacancy or post ("vacancy", "position", "poste", "Stelle"): a post named beside them that is not this notice's is another vacancy. */
  vacancy: z.array(z.string().min(1)).default([]),
  /** Words of "still" ("still", "encore", "noch", "ainda"): "can I still apply?" asks whether applications are open, not for a check. */
  still: z.array(z.string().min(1)).default([]),
  /** Words asking for the reason ("why", "how come", "pourquoi"): "why not?" alone after an answer asks for its rule again. */
  why: z.array(z.string().min(1)).default([]),
  /** Openers of a follow-up to the last answer ("and", "what about", "et pour", "und was ist mit"), at the start of a message. */
  followUp: z.array(z.string().min(1)).default([]),
  /** Words asking whether something is required or enough ("do I need", "mandatory", "obligatoire", "reicht"): a question about a requirement, not the user's facts. */
  requirement: z.array(z.string().min(1)).default([]),
  /** Words of a supposition or of someone else's facts ("what if", "my friend", "et si", "meine Frau"): assessed, never kept as the user's. */
  supposition: z.array(z.string().min(1)).default([]),
  /** Openers of a question that wants a yes or a no ("is", "does", "est-ce que", "czy", "onko"), at the start of a message. */
  yesNoStart: z.array(z.string().min(1)).default([]),
  /** Words referring back to the last answer ("that", "it", "ça", "das", "to"): a short question holding one asks about that answer. */
  anaphora: z.array(z.string().min(1)).default([]),
  /** Words asking which one ("what", "which", "quel", "welche", "jaki"): "what level?" alone after an answer asks about that answer. */
  which: z.array(z.string().min(1)).default([]),
  /** Question words ("how", "where", "when", "comment", "wie", "jak"): a clause after a statement that opens with one asks a question of its own ("I'm an official, how do I apply?"). */
  questionWords: z.array(z.string().min(1)).default([]),
  /** Ordinal words and the place they name in a list, -1 for the last ("second": 2, "deuxième": 2, "last": -1). */
  ordinals: z.record(z.string().min(1), z.number().int().min(-1).max(10)).default({}),
  /** Words for reading a notice written in this language (src/import/); every part may be absent. */
  notice: noticeWordsSchema.default(noticeWordsSchema.parse({})),
  /** Words for previous service in the EU institutions, read in notices and in users' messages (src/engine/eligibility/previous-service.ts). */
  previousService: previousServiceWordsSchema.default(previousServiceWordsSchema.parse({})),
});

export type Names = z.infer<typeof namesSchema>;
export type Words = z.infer<typeof wordsSchema>;

/**
 * The words of one language: how each intent, fact and unknown topic is recognised. English carries the
 * older patterns beside its examples; a new language needs only its examples, names, words and messages.
 */
export const lexiconSchema = z.strictObject({
  language: z.string().min(2),
  /** Words never counted as content when judging what a question is about. */
  stopwords: z.array(z.string()).default([]),
  /** Search synonyms: each group's words are searched for as one. */
  synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]),
  intents: z.record(z.string(), z.array(weighted).min(1)).default({}),
  /**
   * Subjects candidates ask about that a notice may not cover; answered with "the notice does not say". The same for
   * every language: the words naming each are every language's own (words.json `uncovered`).
   */
  uncovered: z
    .array(
    z.strictObject({
      id: z.string().min(1),
      subject: z.string().min(1),
      /** A dotted path into the facts whose passage is related and worth citing, e.g. "selection.panel". */
      cite: z.string().optional(),
      /**
       * Facts that, when a notice has them, mean it does cover the subject after all: dotted paths
       * ("contract.salary"), "criteria:<type>" for an eligibility criterion, "application.channels.<kind>",
       * "notice:<pattern>" for words of the notice itself.
       */
      coveredBy: z.array(z.string().min(1)).optional(),
      /** The intent that answers the subject where the notice covers it (default: the usual routing). */
      answeredBy: z.string().min(1).optional(),
    }),
  )
    .default([]),
  /**
   * Shapes of a message: a follow-up to the last answer ("and in Tokyo?"), or about the user themself. Built for every
   * language from its words.json by src/engine/language-pack.ts (`cuesOf`); what a lexicon.json writes here is replaced.
   */
  cues: z
    .strictObject({
      followUp: patterns,
      /** The user asks about themself ("can I", "am I", "eligible?"). */
      personal: patterns,
      /** The user speaks in the first person at all. */
      firstPerson: patterns,
      requirement: patterns,
      /** A supposition or someone else's facts ("what if I had…", "my friend is…"): assessed, never kept as the user's. */
      supposition: patterns,
      /** The message refers back to the last answer ("what does that depend on?"). */
      refersBack: patterns,
      /** The user turns the question back to themself ("and me?"). */
      backToMe: patterns,
      /** The message is a question rather than a statement. */
      question: patterns,
      /** A question that wants a yes or a no ("Is the contract 5 years?"). */
      yesNoQuestion: patterns,
      /** A bare yes or no, answering the question the bot asked. */
      yes: patterns,
      no: patterns,
    })
    .default({ followUp: [], personal: [], firstPerson: [], requirement: [], supposition: [], refersBack: [], backToMe: [], question: [], yesNoQuestion: [], yes: [], no: [] }),
  /** How a person states a language level in words, mapped to CEFR. */
  levelWords: z.array(z.strictObject({ pattern, level: cefrLevel })).default([]),
  /** Patterns with named groups that pick out the user's own facts. */
  profile: z
    .strictObject({
      nationalityCue: patterns,
      languageCue: patterns,
      studyYears: patterns,
      noDegree: patterns,
      nonEuDiploma: patterns,
      recognised: patterns,
      notRecognised: patterns,
      degreeYears: z.array(z.strictObject({ pattern, years: count })).default([]),
      timeZone: patterns,
      languagesComplete: patterns,
      /** The user speaks of their own facts ("I have", "my"), not of a requirement in general. */
      possession: patterns,
      numberWords: z.record(z.string(), z.number().int()).default({}),
    })
    .default({ nationalityCue: [], languageCue: [], studyYears: [], noDegree: [], nonEuDiploma: [], recognised: [], notRecognised: [], degreeYears: [], timeZone: [], languagesComplete: [], possession: [], numberWords: {} }),
  /** Names of the zone database that are everyday words of this language ("male", "wake"): never read as places. */
  notPlaces: z.array(z.string().min(1)).default([]),
  /** Units a question may put a number on ("5 years", "3 posts"), as pattern fragments, for yes/no answers about numbers. */
  units: z.record(z.string(), pattern).default({}),
  /**
   * Words for the user's own facts that the eligibility criteria need: negation and clause breaks (a "not"
   * applies to what follows it, up to a break), years of experience (never years of study), age, and
   * statuses (official, laureate, CAST/EPSO). Patterns with named groups: `n` a number, `g` a function group,
   * `c` a competition reference. A field left empty is built from the language's words (src/engine/language-pack.ts).
   */
  factWords: z
    .strictObject({
      negation: z.array(pattern),
      clauseBreak: z.array(pattern),
      /** Where a language level stops applying: the end of a sentence, "but", "while". */
      sentenceBreak: z.array(pattern).default(["[.;!?]"]),
      /** Words between language names that share one level: ",", "and", "or", "as well as". */
      joiner: z.array(pattern).default([","]),
      experienceYears: z.array(pattern).default([]),
      experiencePart: z.array(pattern).default([]),
      afterDiploma: z.array(pattern).default([]),
      age: z.array(pattern).default([]),
      official: z.array(pattern).default([]),
      officialGroup: z.array(pattern).default([]),
      laureate: z.array(pattern).default([]),
      certificate: z.array(pattern).default([]),
      functionGroup: z.array(pattern).default([]),
      competition: z.array(pattern).default([]),
      /** Working for a public administration or an international organisation. */
      publicEmployer: z.array(pattern).default([]),
      /** Working on one's own or for a private firm: not for a public employer. */
      privateEmployer: z.array(pattern).default([]),
      /** Words before a status or degree that make it a requirement asked about, not the user's ("do I have to be an …"). */
      requirementCue: z.array(pattern).default([]),
      /** A number of months ("for 18 months"). */
      months: z.array(pattern).default([]),
    })
    .optional(),
  /** The questions every channel offers first (App Home, welcome cards). */
  commonQuestions: z.array(z.string().min(1)).default([]),
  /** Follow-up questions offered after each intent. */
  followUps: z.record(z.string(), z.array(z.string())).default({}),
  /** Example questions per intent or intent.topic (examples.json beside lexicon.json); the classifier learns from them. */
  examples: z.record(z.string(), z.array(z.string())).default({}),
  /** What the bot says, ICU MessageFormat by id (messages/*.json beside lexicon.json). */
  messages: z.record(z.string(), z.string()).default({}),
  /** Names of countries, languages and places in this language (names.json). */
  names: namesSchema.default({ countries: {}, languages: {}, places: {} }),
  /** The routing thresholds of knowledge/lexicon/routing.json, with this language's own where it sets any. */
  routing: routingSchema,
  /** Value words of this language (words.json). */
  words: wordsSchema.default(wordsSchema.parse({})),
});

export type Lexicon = z.infer<typeof lexiconSchema>;
