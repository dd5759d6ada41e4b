// An import rule: the fact it fills (a path of the facts schema), how it finds the passage that speaks of
// it, and how it reads the fact out of that passage. The runner applies a table of them in order.
import type { Span } from "../document.js";
import type { FactAt, Field } from "./fields.js";
import type { Found, Reader, Unread } from "./reader.js";

/** What a rule's reading does to the facts, for the rules that settle several facts at once. */
export type Outcome =
  | { [F in Field]: { set: F; fact: FactAt<F>; value: string; quotes: string[] } }[Field]
  /** A fact written into facts.json without a line of the report (a part of a fact recorded on its own). */
  | { [F in Field | Whole]: { put: F; fact: FactAt<F> } }[Field | Whole]
  /** A line of the report without a fact of its own (the parts of a fact written whole). */
  | { record: Field; value: string; quotes: string[] }
  | { found: Found }
  | { unread: Unread }
  | { miss: Field; reason?: string }
  /** Facts found after all: their "not found" goes (those with a reason stay when `keepReasons`). */
  | { unmiss: Field[]; keepReasons?: boolean };

/** A rule's reading of its passage: its fact (quoting the passage unless it says otherwise), or why it is none. */
export type Reading<F extends Field> =
  | { fact: FactAt<F>; value: string; quotes?: string[] }
  | { missing: true; reason?: string }
  | Outcome[];

/** What a rule found: a sentence, a labelled line, a table, a list of passages… most know their span. */
export type Passage = object;

/** A fact written whole whose parts each have a line of the report. */
type Whole = "eligibility.languages";

export type Rule<F extends Field = Field, P extends Passage = Passage> = {
  field: F;
  /** The passage speaking of the fact, or undefined when the notice has none. */
  find: (r: Reader) => P | undefined;
  parse: (passage: P, r: Reader) => Reading<F>;
  /** Why nothing was found, when the rule can tell ("asks for a diploma but states no length"). */
  absent?: (r: Reader) => string | undefined;
  /** Most notices have no such passage: its absence is not a subject the notice is silent on. */
  optional?: boolean;
};

/** A rule, typed by its own field and passage, as a row of a table of rules of any field. */
export function rule<F extends Field, P extends Passage>(r: Rule<F, P>): Rule {
  return r as unknown as Rule;
}

/** A rule that keeps the passage itself as the fact ("a single PDF", "no late applications"). */
export function passageRule<F extends Field>(field: F, find: (r: Reader) => Passage & { span: Span } | undefined): Rule {
  return rule({ field, find, parse: (p) => ({ fact: { quote: p.span.raw } as FactAt<F>, value: "(passage)" }) });
}

/** Applies one outcome; true when a fact (or a line of the report for one) came of it. */
function apply(r: Reader, o: Outcome): boolean {
  if ("set" in o) return r.set(o.set, o.fact, o.value, o.quotes);
  if ("put" in o) r.put(o.put, o.fact);
  else if ("record" in o) r.record(o.record, o.value, o.quotes);
  else if ("found" in o) r.found.push(o.found);
  else if ("unread" in o) r.unread.push(o.unread);
  else if ("miss" in o) r.miss(o.miss, o.reason);
  else r.unmiss(o.unmiss, o.keepReasons);
  return "put" in o || "record" in o || "found" in o;
}

function spanOf(passage: Passage): Span | undefined {
  return "span" in passage ? (passage.span as Span) : undefined;
}

function quotesOf(outcomes: Outcome[]): string[] {
  return outcomes.flatMap((o) => ("quotes" in o ? o.quotes : "found" in o ? o.found.quotes : "unread" in o ? [o.unread.quote] : []));
}

/** Runs the rules in order; each rule's passage, fact or miss is recorded in the reader. */
export function runRules(r: Reader, rules: Rule[]): void {
  for (const rule of rules) {
    const passage = rule.find(r);
    if (passage === undefined) {
      if (!rule.optional) r.miss(rule.field, rule.absent?.(r));
      r.reads.push({ field: rule.field, outcome: "nothing found", quotes: [] });
      continue;
    }
    const reading = rule.parse(passage, r);
    const outcomes: Outcome[] = Array.isArray(reading)
      ? reading
      : "fact" in reading
        ? [{ set: rule.field, fact: reading.fact, value: reading.value, quotes: reading.quotes ?? [spanOf(passage)?.raw ?? ""] } as Outcome]
        : [{ miss: rule.field, ...(reading.reason ? { reason: reading.reason } : {}) }];
    // Every outcome applies, in order: a fact whose passage is not a quote becomes a miss with that reason.
    const applied = outcomes.map((o) => apply(r, o));
    const quotes = quotesOf(outcomes);
    const isFact = applied.some(Boolean);
    r.reads.push({ field: rule.field, outcome: isFact ? "fact" : "not a fact", quotes: quotes.length ? quotes : [spanOf(passage)?.raw ?? ""].filter(Boolean) });
  }
}
