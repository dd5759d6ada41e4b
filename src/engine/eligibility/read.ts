// Reading the user's own facts that the criteria need beyond nationality and languages: the level of
// education (degree names from knowledge/reference/degrees.json), years of experience (never years of study),
// age, and statuses (official, laureate, CAST/EPSO pass). The words come from the lexicon's `words`; a
// negation ("no", "never", "not yet") applies to what follows it, up to a clause break ("," "but").
import type { Profile } from "../session.js";
import type { Lexicon } from "../../knowledge/schema.js";
import type { Reference } from "../../knowledge/load.js";
import { educationLevels, type EducationLevel } from "../../knowledge/schema.js";
import { factGatesFor, factWordsFor, phraseRegExp } from "../language-pack.js";
import { readPreviousService } from "./previous-service.js";
import { createDateReader } from "./doctorate-credit.js";
import { createSinceReader } from "./since.js";
import { escapeRegExp as escape, execAll } from "../../text/regexp.js";

export type FactReader = (text: string) => Profile;

/**
 * Lower case, and the few letters whose case folding is not their lower case (final sigma, long s, the Greek symbol
 * forms) folded: two texts a case-insensitive pattern ("iu") takes as equal are equal here, so a word not found here
 * cannot be matched by such a pattern.
 */
const FOLDS: Record<string, string> = { "µ": "μ", "ſ": "s", "\u0345": "ι", "ς": "σ", "ϐ": "β", "ϑ": "θ", "ϕ": "φ", "ϖ": "π", "ϰ": "κ", "ϱ": "ρ", "ϵ": "ε", "ẛ": "ṡ", "\u1fbe": "ι" };
const foldCase = (s: string) => s.toLowerCase().replace(/[µſ\u0345ςϐϑϕϖϰϱϵẛ\u1fbe]/gu, (c) => FOLDS[c]!);

export function createFactReader(lexicon: Lexicon, reference: Reference): FactReader {
  const w = factWordsFor(lexicon);
  const compile = (list: string[] | undefined) => (list ?? []).map((p) => new RegExp(p, "giu"));
  // A language without negation or clause-break patterns reads them from its words ("ne … pas", "mais").
  const fromWords = (list: string[]) => {
    const re = phraseRegExp(list, "giu");
    return re ? [re] : [];
  };
  const ownNegation = Boolean(w?.negation.length);
  const negation = ownNegation ? compile(w?.negation) : fromWords(lexicon.words.negation);
  const breaks = ownNegation ? compile(w?.clauseBreak) : [...compile(w?.clauseBreak.length ? w.clauseBreak : ["[,;.!?]"]), ...fromWords(lexicon.words.contrast)];
  const experienceYears = compile(w?.experienceYears);
  const experiencePart = compile(w?.experiencePart);
  const afterDiploma = compile(w?.afterDiploma);
  const age = compile(w?.age);
  const official = compile(w?.official);
  const officialGroup = compile(w?.officialGroup);
  const laureate = compile(w?.laureate);
  const certificate = compile(w?.certificate);
  const functionGroup = compile(w?.functionGroup);
  const competition = compile(w?.competition);
  const publicEmployer = compile(w?.publicEmployer);
  const privateEmployer = compile(w?.privateEmployer);
  const requirementCue = (w?.requirementCue ?? []).map((p) => new RegExp(p, "iu"));
  /** "Do I have to be an official?": the word names a requirement, not the user's fact. */
  const asked = (text: string, at: number) => requirementCue.some((re) => re.test(text.slice(Math.max(0, at - 40), at)));
  const months = compile(w?.months);
  const numberWords = lexicon.profile.numberWords;
  const numberOf = (s: string | undefined) => (s === undefined ? undefined : /^\d+(?:[.,]\d+)?$/.test(s) ? Number(s.replace(",", ".")) : numberWords[s.toLowerCase()]);
  // Degree names, longest first, so "post-secondary diploma" is not read as "secondary".
  // A degree's short name that is a function word of the message's language ("ma" in "ma candidature") is not read.
  const stop = new Set(lexicon.words.stopwords.map((w) => w.toLowerCase()));
  const degrees = (reference.degrees?.degrees ?? [])
    // "cand.scient.": a dot of an abbreviation may stand apart in the read text ("cand . scient .").
    .flatMap((d) => d.names.filter((n) => !stop.has(n.toLowerCase())).map((n) => ({ name: escape(n.toLowerCase()).replace(/ /g, "[\\s-]").replace(/\\\./g, "\\s?\\.\\s?"), first: n.toLowerCase().split(/[ .]/)[0]!, len: n.length, level: d.level, years: d.years, atLeast: d.atLeast ?? false })))
    .sort((a, b) => b.len - a.len)
    .map((d) => ({ ...d, re: new RegExp(`(?<![\\p{L}-])${d.name}(?![\\p{L}-])`, "giu"), first: foldCase(d.first) }));
  // The degrees by the first two letters of their first word: the names whose first word is in a message are found
  // by looking at each of its letters once, not by looking for each of the hundreds of names in it.
  const byStart = new Map<string, number[]>();
  degrees.forEach((d, i) => {
    const key = d.first.slice(0, 2);
    byStart.set(key, [...(byStart.get(key) ?? []), i]);
  });
  /** The degrees whose first word is in the folded text, in the order of `degrees` (longest first). */
  const degreesIn = (folded: string) => {
    const found = new Set<number>(byStart.get(""));
    const at = (key: string, i: number) => {
      const ks = byStart.get(key);
      if (ks) for (const k of ks) if (folded.startsWith(degrees[k]!.first, i)) found.add(k);
    };
    for (let i = 0; i < folded.length; i++) {
      at(folded.slice(i, i + 2), i);
      at(folded[i]!, i);
    }
    return [...found].sort((a, b) => a - b).map((k) => degrees[k]!);
  };

  const doctorateNames = (reference.degrees?.degrees ?? []).filter((d) => d.level === "doctorate").flatMap((d) => d.names);
  const dates = createDateReader(lexicon.words, doctorateNames);
  const since = createSinceReader(lexicon.words, doctorateNames);
  const all = (res: RegExp[], text: string) => res.flatMap((re) => execAll(re, text));
  /**
   * Every match, those starting inside an earlier one too, less any match holding a later one: in "einen vierjährigen
   * Master und sieben Jahre Berufserfahrung" the years of work are the seven next to the word of work, not the four
   * of the degree before them.
   */
  // The global copy of each pattern, made once (a pattern made per message is compiled again once a garbage
  // collection has emptied V8's cache of compiled patterns).
  const globals = new Map<RegExp, RegExp>();
  const globalOf = (re: RegExp) => {
    let r = globals.get(re);
    if (!r) globals.set(re, (r = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`)));
    r.lastIndex = 0;
    return r;
  };
  const innermost = (res: RegExp[], text: string) => {
    const found = res.flatMap((re) => {
      const r = globalOf(re);
      const out: RegExpExecArray[] = [];
      for (let m = r.exec(text); m; m = r.exec(text)) {
        out.push(m);
        r.lastIndex = m.index + 1;
      }
      return out;
    });
    return found.filter((m) => !found.some((o) => o !== m && o.index > m.index && o.index < m.index + m[0].length));
  };
  // A text that fails a gate holds no match of the built age or experience patterns (../language-pack.ts).
  const gates = factGatesFor(lexicon);
  const passes = (list: RegExp[] | undefined, text: string) => !list || list.every((re) => re.test(text));
  // The clause breaks of the message last read, found once for all the negation and completion checks on it.
  let breaksOf: { text: string; found: RegExpExecArray[] } | undefined;
  const breaksIn = (text: string) => (breaksOf?.text === text ? breaksOf.found : (breaksOf = { text, found: all(breaks, text) }).found);
  const unfinished = phraseRegExp(lexicon.words.unfinished, "giu");
  /** True when the clause around [start, end) says the studies are not completed. */
  // A phrase of unfinished studies that itself holds a clause-break word ("still doing", where "still" is also a
  // contrast word) counts for the clause it reaches into.
  const unfinishedAt = (text: string, start: number, end: number): boolean => {
    if (!unfinished) return false;
    let from = 0;
    let to = text.length;
    for (const m of breaksIn(text)) {
      if (m.index + m[0].length <= start && m.index + m[0].length > from) from = m.index + m[0].length;
      if (m.index >= end && m.index < to) to = m.index;
    }
    return execAll(unfinished, text).some((m) => m.index < to && m.index + m[0].length > from);
  };
  /** True when a negation stands between the start of the clause and `at`. */
  const negated = (text: string, at: number): boolean => {
    let from = 0;
    for (const m of breaksIn(text)) if (m.index < at && m.index + m[0].length > from) from = m.index + m[0].length;
    const clause = text.slice(from, at);
    return negation.some((re) => ((re.lastIndex = 0), re.test(clause)));
  };
  // "kein Studium", "pas de diplôme", "nie mam studiów", "geen diploma": a study word of the language right after a
  // negation (one word at most between them, in its clause) says the user holds no degree, in every language alike.
  const studyWord = phraseRegExp([...lexicon.words.study, ...lexicon.words.study.map(foldCase)], "giu");
  const negationAll = new Map(negation.map((re) => [re, new RegExp(re.source, "giu")]));
  const deniedRightBefore = (text: string, at: number): boolean => {
    let from = 0;
    for (const m of breaksIn(text)) if (m.index < at && m.index + m[0].length > from) from = m.index + m[0].length;
    const clause = text.slice(from, at);
    return negation.some((re) => execAll(negationAll.get(re)!, clause).some((m) => clause.slice(m.index + m[0].length).split(/\s+/u).filter(Boolean).length <= 1));
  };
  /** A statement found: true, or false when negated; undefined when not mentioned. */
  const stated = (res: RegExp[], text: string): { value: boolean; at: number; end: number } | undefined => {
    // Said of the user when any mention is not negated ("not yet a laureate, but on the reserve list").
    const ms = all(res, text).filter((x) => !asked(text, x.index));
    const m = ms.find((x) => !negated(text, x.index)) ?? ms[0];
    return m ? { value: !negated(text, m.index), at: m.index, end: m.index + m[0].length } : undefined;
  };

  return (text) => {
    const p: Profile = {};
    // Education: the highest level named and not negated. Degrees of different levels each said with their
    // length ("a 3-year bachelor and then a 2-year master") add up; a degree in a clause saying the studies are
    // not completed ("still doing my bachelor", "dropped out") is not held.
    const taken: [number, number][] = [];
    let best: EducationLevel | undefined;
    let bestYears: { years: number; atLeast: boolean } | undefined;
    const saidYears = new Map<EducationLevel, number>();
    // A name is looked for only when its first word is in the message (most messages name no degree).
    const folded = foldCase(text);
    for (const d of degreesIn(folded))
      for (const m of execAll(d.re, text)) {
        const end = m.index + m[0].length;
        if (taken.some(([a, b]) => m.index < b && end > a)) continue;
        taken.push([m.index, end]);
        if (negated(text, m.index)) continue;
        // "do I need a master's?": a degree asked about gives the years it stands for to the question (the notice's rule counts years, not names).
        if (asked(text, m.index)) {
          if (d.years) p.degreeAsked = Math.max(p.degreeAsked ?? 0, d.years);
          continue;
        }
        if (unfinishedAt(text, m.index, end)) {
          p.studiesUnfinished = true;
          continue;
        }
        // "a licenciatura (4 years)", "a 4-year hbo-bachelor": the length said with the name; else the name's usual length.
        const said = /^\s*\(?\s*(\d{1,2})[- ]?(?:years?|yrs?)\b/i.exec(text.slice(end, end + 20))?.[1] ?? /(\d{1,2})[- ](?:years?|yrs?)[- ](?:long\s+)?$/i.exec(text.slice(Math.max(0, m.index - 16), m.index))?.[1];
        if (said) saidYears.set(d.level, Math.max(saidYears.get(d.level) ?? 0, Number(said)));
        if (!best || educationLevels.indexOf(d.level) > educationLevels.indexOf(best)) {
          best = d.level;
          bestYears = said ? { years: Number(said), atLeast: false } : d.years ? { years: d.years, atLeast: d.atLeast } : undefined;
        }
      }
    // Studies in sequence: the lengths of degrees of different levels, each said, add up.
    if (saidYears.size >= 2 && [...saidYears.keys()].every((l) => educationLevels.indexOf(l) >= educationLevels.indexOf("university")))
      bestYears = { years: [...saidYears.values()].reduce((a, b) => a + b, 0), atLeast: false };
    if (!best && unfinishedAt(text, 0, text.length)) p.studiesUnfinished = true;
    if (!best && studyWord && execAll(studyWord, text).some((m) => !asked(text, m.index) && deniedRightBefore(text, m.index))) p.studiesUnfinished = true;
    if (best) p.educationLevel = best;
    // "180 ECTS": credits over the credits of a year of full-time study.
    const ects = /\b(\d{2,3})\s*(?:ects|ects credits|credits)\b/i.exec(text);
    const perYear = reference.degrees?.ects.perYear;
    if (ects && perYear && (!bestYears || bestYears.atLeast)) bestYears = { years: Number(ects[1]) / perYear, atLeast: false };
    if (bestYears) {
      p.degreeYears = bestYears.years;
      if (bestYears.atLeast) p.degreeYearsAtLeast = true;
    }

    // Experience: the most years said of work; a smaller part in a narrower field.
    let years: number | undefined;
    let words: string | undefined;
    // "a licenciatura (4 years) in pharmacy": years said right after a degree's name are its length, not experience.
    const afterDegree = (at: number) => taken.some(([, end]) => at >= end && /^[\s(]*$/.test(text.slice(end, at)));
    for (const m of passes(gates.experienceYears, text) ? innermost(experienceYears, text) : []) {
      const n = numberOf(m.groups?.n);
      if (n === undefined || n > 50 || negated(text, m.index) || afterDegree(m.index)) continue;
      if (years === undefined || n > years) {
        years = n;
        words = text.slice(m.index, Math.min(text.length, m.index + m[0].length + 40));
      }
    }
    if (years !== undefined) {
      p.experienceYears = years;
      if (words) p.experienceWords = words;
      if (all(afterDiploma, text).length) p.experienceAfterDiploma = true;
      for (const m of all(experiencePart, text)) {
        const n = numberOf(m.groups?.n);
        if (n !== undefined && n <= years) {
          p.experiencePartYears = n;
          p.experienceWords = text.slice(m.index, m.index + m[0].length + 40);
        }
      }
    }

    // Dates and durations: a doctorate's years, "9 years and 9 months", and work "since December 2022" (its
    // clause gives the words of the experience, to compare with a field the notice names).
    const d = dates(text);
    if (d.doctorateYears !== undefined) p.doctorateYears = d.doctorateYears;
    if (p.experienceYears === undefined && d.experienceYears !== undefined) p.experienceYears = d.experienceYears;
    const s = since(text);
    if (s) {
      p.workSince = s.since;
      p.experienceWords ??= s.words;
    }

    for (const m of passes(gates.age, text) ? all(age, text) : []) {
      const n = Number(m.groups?.n);
      if (n >= 15 && n <= 99) {
        p.age = n;
        break;
      }
    }

    const o = stated(official, text);
    if (o) {
      p.official = o.value;
      const g = all(officialGroup, text)[0]?.groups?.g;
      if (g && o.value) p.officialGroup = g.toUpperCase();
    }
    const comps = all(competition, text).map((m) => m.groups?.c?.toUpperCase()).filter((c): c is string => Boolean(c));
    const l = stated(laureate, text);
    if (l) p.laureate = l.value;
    if (comps.length && p.laureate !== false) {
      p.laureate = true;
      p.competitions = comps;
    }
    const c = stated(certificate, text);
    if (c) {
      p.certificate = c.value;
      const g = all(functionGroup, text)[0]?.groups?.g;
      if (g && c.value) p.certificateGroup = g.toUpperCase();
    }
    const e = stated(publicEmployer, text);
    if (e) {
      p.publicEmployer = e.value;
      const m = all(months, text).map((x) => numberOf(x.groups?.n)).find((n) => n !== undefined);
      if (m !== undefined) p.serviceMonths = m;
    }
    // "I'm a freelancer", "I work for a private company": not employed by a public administration.
    const own = e ? undefined : stated(privateEmployer, text);
    if (own?.value) p.publicEmployer = false;
    const service = readPreviousService(text, lexicon.words);
    if (service) p.previousService = service;
    return p;
  };
}

/** True when a profile read from one message states any of these facts. */
export function statesEligibilityFacts(p: Profile): boolean {
  return [p.educationLevel, p.experienceYears, p.workSince, p.age, p.official, p.laureate, p.certificate, p.publicEmployer, p.previousService].some((v) => v !== undefined);
}
