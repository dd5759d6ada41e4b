// The schemas of the criterion rules that knowledge/schema.ts validates facts with, where a criterion type
// (src/engine/eligibility/<type>.ts) has a rule of its own: knowledge sits below the engine, so the schema lives
// here and the type's module re-exports it beside its reading, assessment and sentences.
import { z } from "zod";

/** The words of one language for previous service; the same lists read the notice and the user. */
export const previousServiceWordsSchema = z.strictObject({
  /** Kinds of service: "traineeship", "employment", "internship", "worked". */
  service: z.array(z.string().min(1)).default([]),
  /** Where: "institution", "body", "agency", "European Commission", "EU". */
  institution: z.array(z.string().min(1)).default([]),
  /** Service that is not paid ("unpaid", "study visit"). */
  unpaid: z.array(z.string().min(1)).default([]),
  /** Service that is paid ("paid"). */
  paid: z.array(z.string().min(1)).default([]),
  /** "consecutive". */
  consecutive: z.array(z.string().min(1)).default([]),
});

/** The rule: service longer than `limit` rules the candidate out. */
export const previousServiceRuleSchema = z.strictObject({
  type: z.literal("previous-service"),
  limit: z.strictObject({ amount: z.number().positive(), unit: z.enum(["year", "month", "week"]) }),
  /** The limit counts an unbroken period ("consecutive months"). */
  consecutive: z.boolean().default(false),
  /** Only paid traineeships and employment count. */
  paidOnly: z.boolean().default(false),
  quote: z.string().trim().min(3),
});
export type PreviousServiceRule = z.infer<typeof previousServiceRuleSchema>;

/** The notice's rule: doctoral research counts as professional experience for at most `maxYears`. */
export const doctorateCreditSchema = z.strictObject({
  maxYears: z.number().positive(),
  /** Only once the doctorate has been awarded. */
  awarded: z.boolean().default(false),
  quote: z.string().trim().min(3),
});
export type DoctorateCredit = z.infer<typeof doctorateCreditSchema>;
