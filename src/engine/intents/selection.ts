// The selection: publication, priority, the panel, interviews, the language, and what follows.
import type { Citation } from "../../answer.js";
import { isYesNoQuestion, sentence, silence, type Intent } from "../context.js";
import { bestQuotes } from "./rank.js";

export const selection: Intent = (ctx) => {
  const s = ctx.facts.selection;
  const r = ctx.facts.recruitment;
  const asks = (t: string) => ctx.u.topics.has(`selection.${t}`);
  const focused = ["language", "priority", "panel", "recruitment", "publication", "steps", "reserve"].filter(asks);
  const all = !focused.length;
  const parts: string[] = [];
  const citations: Citation[] = [];
  const say = (quote: string | undefined, lead = "") => {
    if (!quote) return;
    parts.push(`${lead}${sentence(quote)}`);
    citations.push(ctx.cite(quote));
  };
  if (asks("language")) {
    // The candidate's choice of language (English or French, not both), in the notice's own words.
    if (s.languageChoice) say(s.languageChoice.quote);
    else if (s.language) {
      parts.push(`The selection procedure will be carried out in ${s.language.value.join(" and ")}${/possibly/i.test(s.language.quote) ? ", and possibly in another language" : ""}.`);
      citations.push(ctx.cite(s.language.quote));
    } else parts.push(silence(ctx, "the language of the selection"));
  }
  if (all || asks("priority")) {
    if (s.priority) say(s.priority.quote, asks("priority") && isYesNoQuestion(ctx) ? "Yes. " : "");
    else if (asks("priority")) parts.push(silence(ctx, "priority for some candidates"));
  }
  if (all || asks("publication")) say(s.publication?.quote);
  if (all || asks("panel")) say(s.panel?.quote);
  if (all || asks("panel")) say(s.onlyShortlistedNotified?.quote);
  // The steps (a written test, an interview; "there is no written test") and the reserve list, from the general facts.
  if (all || asks("steps") || asks("panel")) say(s.steps?.quote);
  if (all || asks("reserve")) say(ctx.facts.reserveList?.quote);
  if (all && s.language) say(s.language.quote);
  if (all || asks("recruitment")) {
    const steps = [r.evidence?.quote, r.medical?.quote, r.vetting?.quote].filter((q): q is string => Boolean(q));
    for (const q of new Set([...bestQuotes(ctx, steps, steps.length), ...steps])) say(q);
  }
  if (!parts.length) return { parts: [silence(ctx, "the selection steps")], citations: [], gap: "not_in_notice" };
  return { parts, citations };
};
