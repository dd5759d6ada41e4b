// The selection and recruitment: publication, priority candidates, the panel, who is notified, the language
// of the selection, documentary evidence, medical check-up, vetting, and under-represented member states.
import type { Countries, Languages } from "../../knowledge/schema.js";
import { join, sentences, type Span } from "../document.js";
import { passageRule, rule, type Rule } from "./rule.js";
import { panelInWords, selectionLanguageInWords } from "./terms-words.js";
import { escape, type Reader } from "./reader.js";

type StateName = { re: RegExp; name: string };

/** Every way a member state is named, longest first so "the Czech Republic" wins over "Czech Republic". */
function stateNames(countries: Countries): StateName[] {
  return countries.memberStates
    .flatMap((c) => [c.name, ...c.aliases].map((n) => ({ n, name: c.name })))
    .sort((a, b) => b.n.length - a.n.length)
    .map(({ n, name }) => ({ re: new RegExp(`(?<![\\p{L}])${escape(n)}(?![\\p{L}])`, "giu"), name }));
}

/** The member states named in a passage, in the order they are named, each by its reference name. */
export function statesIn(s: string, names: StateName[]): string[] {
  const taken: { at: number; end: number; name: string }[] = [];
  for (const { re, name } of names) {
    for (const m of s.matchAll(re)) {
      const at = m.index;
      const end = at + m[0].length;
      if (taken.some((t) => at < t.end && end > t.at)) continue;
      taken.push({ at, end, name });
    }
  }
  const out: string[] = [];
  for (const t of taken.sort((a, b) => a.at - b.at)) if (!out.includes(t.name)) out.push(t.name);
  return out;
}

/** The official languages named in a passage ("English and French"), by their reference names. */
export function languageNames(s: string, languages: Languages): string[] {
  const found: { at: number; name: string }[] = [];
  for (const l of languages.official) {
    for (const n of [l.name, ...l.aliases]) {
      const m = new RegExp(`(?<![\\p{L}])${escape(n)}(?![\\p{L}])`, "u").exec(s);
      if (m && !found.some((f) => f.name === l.name)) found.push({ at: m.index, name: l.name });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** The passage naming under-represented member states: the sentence itself, or its list of bullets after "…:". */
function findUnderRepresented(r: Reader): { span: Span; states: string[] } | undefined {
  const names = stateNames(r.ctx.countries);
  const all = sentences(r.doc);
  for (const [i, { sentence, unit }] of all.entries()) {
    if (!/\bunder[- ]?represented\b/i.test(sentence.clean)) continue;
    for (const { sentence: s, unit: u } of all.slice(i, i + 3)) {
      if (u !== unit && !(u.kind === "bullet" && unit.kind === "paragraph")) continue;
      let quote = s;
      let states = statesIn(s.clean, names);
      if (!states.length && /:\s*$/.test(s.clean)) {
        const list = r.doc.units.filter((b) => b.kind === "bullet" && b.leadIn?.start === u.start);
        if (list.length) {
          states = list.flatMap((b) => statesIn(b.clean, names));
          quote = join(r.doc, s, list.at(-1)!);
        }
      }
      if (states.length) return { span: quote, states };
    }
  }
  return undefined;
}

export const selectionRules: Rule[] = [
  passageRule("selection.publication", (r) => r.sentence(/\b(?:post|vacancy|position|notice)\s+(?:was|is|has been|will be)\s+(?:also\s+)?published\b/i)),
  passageRule("selection.priority", (r) => r.sentence(/\bArticle 29 of the Staff Regulations\b|\bhave priority\b|\bpriority (?:will|shall) be given\b|\bgiven priority\b/i)),
  // In English, else in the notice's words ("comité de sélection", "Auswahlausschuss").
  passageRule("selection.panel", (r) => r.sentence(/\bselection (?:panel|committee|board)\b|\b(?:panel|committee) will (?:choose|select|assess|shortlist)\b/i) ?? panelInWords(r)),
  passageRule("selection.onlyShortlistedNotified", (r) => r.sentence(/\bonly (?:the )?(?:candidates|applicants)\b[^.]*\b(?:notified|contacted|informed|invited)\b/i)),
  rule({
    field: "selection.language",
    find: (r) => {
      const english = r.sentence(/\b(?:selection (?:procedure|process)|interviews?|tests?)\b[^.]*\b(?:carried out|conducted|held|take place|be in)\b[^.]*?\bin\s+(.+)$/i);
      const names = english ? languageNames(english.match[1]!, r.ctx.languages) : [];
      if (english && names.length) return { span: english.span, names };
      // In the notice's language: "un colloquio in inglese", "les épreuves se dérouleront en anglais".
      return selectionLanguageInWords(r) ?? (english ? { span: english.span, names } : undefined);
    },
    parse: (p) => (p.names.length ? { fact: { value: p.names, quote: p.span.raw }, value: p.names.join(", ") } : { missing: true }),
  }),
];

export const recruitmentRules: Rule[] = [
  passageRule("recruitment.evidence", (r) => r.sentence(/\bdocumentary evidence\b|\bsupporting documents\b[^.]*\b(?:recruit|prove|statements)\b/i, r.notIntro)),
  passageRule("recruitment.medical", (r) => r.sentence(/\bmedical (?:check|examination|visit)|\bpre-recruitment medical\b/i)),
  passageRule("recruitment.vetting", (r) => r.sentence(/\bsecurity vetting\b|\bvetting procedure\b|\bsecurity (?:screening|investigation)\b|\bbackground (?:check|screening)\b/i)),
];

export const underRepresentedRules: Rule[] = [
  rule({
    field: "underRepresented",
    find: findUnderRepresented,
    parse: (p) => ({ fact: { states: p.states, quote: p.span.raw }, value: p.states.join(", ") }),
  }),
  // Said only beside the under-represented states: where they are not named, neither is it.
  passageRule("underRepresented.noReservation", (r) => {
    if (!r.facts.underRepresented) return undefined;
    const none = r.sentence(/\bno (?:positions?|posts?) (?:will|shall) be reserved\b|\bnot (?:be )?reserved for (?:nationals|citizens)\b/i);
    return none && r.isQuote(none.span.raw) ? none : undefined;
  }),
];
