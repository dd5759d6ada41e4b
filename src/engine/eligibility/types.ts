// The shape every criterion type shares: how it is asked, read from what the user says, assessed, and
// offered in a form. One module per type (citizenship.ts, education.ts, …); registry.ts lists them.
import type { CriterionStatus, FormField } from "../../answer.js";
import type { Profile } from "../session.js";
import type { CriterionRule, RuleOf, Words } from "../../knowledge/schema.js";
import type { Context } from "../context.js";

export type Assessment = { status: CriterionStatus; reason: string };

/** What a form field needs beyond the catalogue: the choices the reference data offers. */
export type FieldContext = {
  t(id: string, params?: Record<string, string | number>): string;
  countries: { code: string; name: string; member: boolean }[];
  languages: { name: string; official: boolean }[];
  levels: string[];
};

export type CriterionType<T extends CriterionRule["type"]> = {
  type: T;
  /** The message id of the question asked while the criterion is not known. */
  ask: string;
  /** False when the chat cannot decide it for this rule and profile (then it is named as "still to be met"). */
  checkable(rule: RuleOf<T>, profile: Profile, ctx?: Context): boolean;
  /** The criterion as one line, in the notice's terms. */
  label(ctx: Context, rule: RuleOf<T>): string;
  /** The user's facts against the rule; `all` are the notice's other criteria (experience depends on education). */
  assess(ctx: Context, rule: RuleOf<T>, profile: Profile, all: CriterionRule[]): Assessment;
  /** Sentences to add after the check (a selection criterion the user falls short of is not an eligibility one). */
  notes?(ctx: Context, rule: RuleOf<T>, profile: Profile): string[];
  /**
   * A supposition about a fact this type reads, after a check ("And what if it had been paid?"): the user's facts
   * as supposed, or undefined when the message changes none of them. Never kept.
   */
  suppose?(text: string, words: Words, profile: Profile): Profile | undefined;
  /** The form fields the criterion needs; ids are stable across notices. */
  fields?(ctx: FieldContext, rule: RuleOf<T>): FormField[];
};

/** The status of alternatives: met if one is met, not met if all are not met, unknown otherwise. */
export function anyOf(statuses: CriterionStatus[]): CriterionStatus {
  if (statuses.includes("met")) return "met";
  if (statuses.length && statuses.every((s) => s === "not_met")) return "not_met";
  return "unknown";
}
