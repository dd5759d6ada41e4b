// The first request a message asks: the subject a yes/no answer must lead with. A message that states something
// and asks in sentences of its own ("My application failed. Can I send a new one?") asks in its asking sentences;
// those are split into requests as the engine splits them (the lexicon's clause breaks, commas, its word for
// "and"), the same data and code in every language.
import type { Context } from "./context.js";
import { phraseRegExp } from "./language-pack.js";
import { listRequests, questionPart, requestWords, splitRequests } from "./requests.js";
import { normalizeForMatch } from "../text/normalize.js";
import { splitWith } from "../text/regexp.js";

const breaks = new Map<string, RegExp>();
const joins = new Map<string, RegExp | undefined>();

/** The first request of the message's asking part, normalised (the whole message when it is one request). */
export function firstRequest(ctx: Context): string {
  const text = normalizeForMatch(ctx.u.original);
  const asking = questionPart(text) ?? text;
  const key = ctx.language;
  let re = breaks.get(key);
  if (!re) breaks.set(key, (re = new RegExp(ctx.lexicon.routing.clauseBreak, "iu")));
  if (!joins.has(key)) joins.set(key, phraseRegExp(ctx.lexicon.words.and, "giu"));
  const clauses = splitWith(re, asking)
    .map((c) => c.trim())
    .filter((c) => c.split(" ").length >= 2);
  const requests = splitRequests(clauses, joins.get(key));
  // "contract length + probation?": a list's first piece, as the engine answers it first.
  const list = requests.length <= 1 ? listRequests(clauses, joins.get(key), requestWords(asking)) : undefined;
  return (list ?? requests)[0] ?? asking;
}
