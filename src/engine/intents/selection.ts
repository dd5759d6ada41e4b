// The selection: publication, priority, the panel, interviews, the language, and what follows.
import type { Citation } from "../../answer.js";
import { fromPassages, isYesNoQuestion, listOf, quoted, silence, subject, type Intent } from "../context.js";
import { bestQuotes } from "./rank.js";
import { underrepresented } from "./underrepresented.js";
import { sentencesNamingLanguages } from "../named-languages.js";

/** The most selection sentences naming a language quoted where no typed fact gives the selection's language. */
const NAMED_LIMIT = 2;

export const selection: Intent = (ctx) => {
  const s = ctx.facts.selection;
  const r = ctx.facts.recruitment;
  const asks = (t: string) => ctx.u.topics.has(`selection.${t}`);
  const focused = ["language", "priority", "panel", "recruitment", "publication", "steps", "reserve"].filter(asks);
  // A topic asked about that this notice has no passage for ("steps" where it only describes the panel): the whole procedure.
  const has: Record<string, unknown> = { language: s.language ?? s.languageChoice, priority: s.priority, panel: s.panel, recruitment: r.evidence ?? r.medical ?? r.vetting, publication: s.publication, steps: s.steps, reserve: ctx.facts.reserveList };
  const all = !focused.some((t) => has[t]) && !focused.includes("language") && !focused.includes("priority");
  // "Le Portugal est sous-représenté, donc j'ai la priorité ?": priority asked on the ground of an under-represented
  // state named beside it, by no one holding a status the notice gives priority to: the under-represented answer (no).
  const held = { ...ctx.session.profile, ...ctx.u.profile };
  const named = ctx.u.countries.length > 0 || Boolean(ctx.u.profile.nationalities?.length);
  if (asks("priority") && named && ctx.u.beside?.has("underrepresented") && ctx.facts.underRepresented?.noReservation && !held.official && !held.laureate) return underrepresented(ctx);
  const parts: string[] = [];
  const citations: Citation[] = [];
  // Sentences shown in the answer's text. The language's line only names the language, so its sentence stays
  // to be quoted where another part asks for it ("… a written test and an interview, both in English.").
  const shown = new Set<string>();
  const say = (quote: string | undefined, lead?: string) => {
    if (!quote || shown.has(quote)) return;
    shown.add(quote);
    parts.push(lead ? ctx.t(lead, { sentence: quoted(ctx, quote) }) : quoted(ctx, quote));
    if (!citations.some((c) => c.quote === quote)) citations.push(ctx.cite(quote));
  };
  if (asks("language")) {
    // The candidate's choice of language (English or French, not both), in the notice's own words.
    if (s.languageChoice) say(s.languageChoice.quote);
    else if (s.language) {
      parts.push(ctx.t(/possibly/i.test(s.language.quote) ? "selection.language.possibly" : "selection.language", { languages: listOf(s.language.value.map((l) => ctx.names.language(l)), ctx) }));
      citations.push(ctx.cite(s.language.quote));
    } else {
      // No typed language, but a selection sentence names one ("… a written test and an interview, both in English."):
      // the notice does speak of it there, so that sentence is quoted, not "the notice does not say".
      const passages = [s.steps?.quote, ...ctx.search.onTopic("selection").map((p) => p.text)].filter((q): q is string => Boolean(q));
      const named = sentencesNamingLanguages(ctx.reference, passages).slice(0, NAMED_LIMIT);
      if (named.length) for (const q of named) say(q);
      else parts.push(silence(ctx, subject(ctx, "selectionLanguage")));
    }
  }
  if (all || asks("priority")) {
    if (s.priority) say(s.priority.quote, asks("priority") && isYesNoQuestion(ctx) ? "selection.yes" : undefined);
    else if (asks("priority")) parts.push(silence(ctx, subject(ctx, "priority")));
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
  // The notice's passages on the selection (those not quoted yet): the whole procedure where no steps are typed,
  // and the rest of it beside the typed steps' sentence ("Step 1 – Eligibility …", the reserve list that follows).
  if (all || asks("steps")) {
    const open = fromPassages(ctx, "selection", subject(ctx, "selection"), citations.map((c) => c.quote), s.steps ? 2 : 3);
    if (open.citations.length) {
      parts.push(...(s.steps ? open.parts.slice(0, 1) : open.parts));
      citations.push(...open.citations);
    }
  }
  if (!parts.length) return fromPassages(ctx, "selection", subject(ctx, "selection"));
  return { parts, citations };
};
