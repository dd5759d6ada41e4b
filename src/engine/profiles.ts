// A notice with several profiles (facts.profiles, read by src/import/profiles.ts): one engine per profile, over
// the notice's facts with that profile's own put in their place. A message that names a profile (by its label
// after the profile word, its title or its grade) is answered for it, and the profile is kept in the session
// for the follow-ups; a message that names several is answered with what the notice says of its profiles as a
// whole (for applying) or for each named one; a message that names none is answered once when every profile
// gives the same answer, else for each profile in turn, briefly.
import type { DateTime } from "luxon";
import type { Answer, Citation } from "../answer.js";
import type { Session } from "./session.js";
import { createCatalogue, type Catalogue } from "../i18n/catalogue.js";
import { cite as citeIn, type Knowledge, type Notice } from "../knowledge/load.js";
import type { Facts, NoticeProfile } from "../knowledge/schema.js";
import { createEngine, type Engine, type EngineFault, type Turn } from "./engine.js";
import { withWindow } from "./windows.js";
import { escapeRegExp as escape, execAll } from "../text/regexp.js";

/** The notice's facts as one profile has them: its own where it has them, the notice's elsewhere. */
export function factsOfProfile(facts: Facts, p: NoticeProfile): Facts {
  return {
    ...facts,
    ...(p.title ? { title: { value: p.title, quote: p.quote } } : {}),
    ...(p.staffCategory ? { staffCategory: p.staffCategory } : {}),
    ...(p.grades ? { grades: p.grades } : {}),
    eligibility: p.eligibility,
    contract: p.contract,
    selection: p.selection,
    selectionCriteria: p.selectionCriteria,
    profiles: [],
    profilesRules: [],
  };
}

const fold = (s: string): string => s.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");

export type ProfileMention = { label: string; spans: [number, number][]; all?: true };

/**
 * The profiles a message names, in the order of the notice: by label after a profile word ("profile B",
 * "profiles A and C"), by title (its first word, or all of them: "the researcher profile"), or by grade ("AD7").
 * Returns the spans to take out of the message so that the rest reads as a question about the post.
 */
export function profilesNamed(text: string, profiles: NoticeProfile[], words: { profile: string[]; and: string[]; all?: string[] }): ProfileMention[] {
  const found = new Map<string, [number, number][]>();
  let everyAtOnce = false;
  const add = (label: string, span: [number, number]) => found.set(label, [...(found.get(label) ?? []), span]);
  const labels = new Set(profiles.map((p) => p.label.toUpperCase()));
  const word = words.profile.map(escape).join("|");
  // "both profiles", "entrambi i profili", "oba profile", "beide Profile": every profile at once.
  const all = (words.all ?? []).map(escape).join("|");
  if (word && all) {
    const both = new RegExp(`(?<![\\p{L}])(?:(?:${all})\\s+(?:\\p{L}{1,3}\\s+)?(?:${word})|(?:${word})\\s+(?:${all}))(?![\\p{L}])`, "iu").exec(text);
    if (both) for (const p of profiles) add(p.label, [both.index, both.index + both[0].length]);
    if (both) everyAtOnce = true;
  }
  const join = `\\s*[,&/]\\s*|\\s+(?:${words.and.map(escape).join("|")})\\s+`;
  if (word) {
    const re = new RegExp(`(?<![\\p{L}])(?:${word})\\s+((?:[A-Za-z]|\\d{1,2})(?:(?:${join})(?:[A-Za-z]|\\d{1,2}))*)(?![\\p{L}\\d])`, "giu");
    for (const m of execAll(re, text)) {
      const list = [...m[1]!.matchAll(/(?<![\p{L}\d])(?:\p{L}|\d{1,2})(?![\p{L}\d])/gu)].map((l) => l[0].toUpperCase());
      for (const l of list) if (labels.has(l)) add(l, [m.index!, m.index! + m[0].length]);
    }
  }
  const folded = fold(text);
  const wordAt = (w: string): [number, number] | undefined => {
    const m = new RegExp(`(?<![\\p{L}])${escape(w)}s?(?![\\p{L}])`, "u").exec(folded);
    return m ? [m.index, m.index + m[0].length] : undefined;
  };
  const byTitle: { label: string; spans: [number, number][] }[] = [];
  for (const p of profiles) {
    const titleWords = fold(p.title ?? "").split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
    if (!titleWords.length) continue;
    const spans = titleWords.map(wordAt);
    if (spans[0] || spans.every(Boolean)) byTitle.push({ label: p.label, spans: spans.filter((s): s is [number, number] => Boolean(s)) });
  }
  // Only a title no other profile's words also match names a profile.
  if (byTitle.length === 1) add(byTitle[0]!.label, byTitle[0]!.spans[0]!);
  if (byTitle.length === 1) for (const s of byTitle[0]!.spans.slice(1)) add(byTitle[0]!.label, s);
  for (const p of profiles) {
    if (!p.grades || p.grades.min !== p.grades.max) continue;
    const g = p.grades.min.replace(/\s+/g, "\\s*");
    const m = new RegExp(`(?<![\\p{L}\\d])${g}(?![\\p{L}\\d])`, "iu").exec(text);
    if (m && profiles.filter((q) => q.grades?.min === p.grades!.min).length === 1) add(p.label, [m.index, m.index]);
  }
  return profiles.filter((p) => found.has(p.label)).map((p) => ({ label: p.label, spans: found.get(p.label)!, ...(everyAtOnce ? { all: true as const } : {}) }));
}

/** The message with the profile's naming taken out ("…for the researcher profile?" → "…for the ?"), and the bare profile word. */
function withoutNaming(text: string, mentions: ProfileMention[], word: RegExp | undefined): string {
  const spans = mentions.flatMap((m) => m.spans).filter(([a, b]) => b > a).sort((x, y) => y[0] - x[0]);
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + out.slice(b);
  if (word) out = out.replace(word, "");
  return out.replace(/\s{2,}/g, " ").replace(/\s+([?.!,;])/g, "$1").trim();
}

const name = (p: NoticeProfile): string => (p.title ? `${p.label} – ${p.title}` : p.label);

/** The engine for a notice: the plain one for a notice with one post, the profiles' for a notice with several. */
export function createNoticeEngine(knowledge: Knowledge, notice: Notice, onFault?: (fault: EngineFault) => void): Engine {
  const base = createEngine(knowledge, notice, onFault);
  const english = createCatalogue("en", knowledge.lexicons.get("en")?.messages ?? {});
  const catalogues = new Map<string, Catalogue>();
  const catalogue = (language: string | undefined): Catalogue => {
    const lang = language ?? "en";
    let c = catalogues.get(lang);
    if (!c) catalogues.set(lang, (c = lang === "en" ? english : createCatalogue(lang, knowledge.lexicons.get(lang)?.messages ?? {}, english)));
    return c;
  };
  // Month words of the answer's language, the notice's and English, for naming a window by its period.
  const monthsOf = (language: string | undefined): Record<string, number> =>
    Object.assign({}, ...["en", notice.facts.language, language ?? "en"].map((l) => knowledge.lexicons.get(l)?.words.months ?? {}));
  const windowed = (engine: Engine): Engine => ({
    ...engine,
    answer(text, session, now, zone, locale) {
      const turn = engine.answer(text, session, now, zone, locale);
      const a = turn.answer;
      return { ...turn, answer: withWindow(a, text, notice, now, monthsOf(a.language), catalogue(a.language)) };
    },
  });
  const profiles = notice.facts.profiles;
  if (profiles.length < 2) return notice.facts.deadlines?.kind === "windows" ? windowed(base) : base;
  const engines = new Map(profiles.map((p) => [p.label, createEngine(knowledge, { ...notice, facts: factsOfProfile(notice.facts, p) }, onFault)]));
  const lexicons = [...knowledge.lexicons.values()];
  const words = {
    profile: [...new Set(lexicons.flatMap((l) => l.words.notice.profile))],
    and: [...new Set(lexicons.flatMap((l) => l.words.and))],
    all: [...new Set(lexicons.flatMap((l) => l.words.notice.allProfiles))],
  };
  const word = words.profile.length ? new RegExp(`(?<![\\p{L}])(?:${words.profile.map(escape).join("|")})(?![\\p{L}])`, "giu") : undefined;
  const byLabel = new Map(profiles.map((p) => [p.label, p]));
  const citation = (quote: string): Citation => citeIn(notice, quote);
  const plain = (a: Answer): string => a.parts.join("\n");

  /** Answers for each profile from the same session; the first's next session is kept, tied to no profile. */
  const forEach = (labels: string[], text: string, session: Session, now: DateTime, zone: string | undefined, locale?: string): Turn => {
    const runs = labels.map((label) => ({ label, ...engines.get(label)!.answer(text, session, now, zone, locale) }));
    // Over the session given, as before the engine returned its sessions (a key the first run dropped stays).
    const { noticeProfile: _profile, ...kept } = { ...session, ...runs[0]!.session };
    const turn = (answer: Answer): Turn => ({ answer, session: kept });
    if (runs.every((r) => plain(r.answer) === plain(runs[0]!.answer))) return turn(runs[0]!.answer);
    const first = runs[0]!.answer;
    const t = catalogue(first.language).t;
    const verdicts = runs.map((r) => r.answer.verdict);
    const verdict = verdicts.includes("eligible") ? "eligible" : verdicts.every((v) => v === "not_eligible") ? "not_eligible" : verdicts.some(Boolean) ? "incomplete" : undefined;
    const parts = [t("profiles.each", { count: runs.length, label: runs[0]!.label })];
    // An eligibility check says for which profiles the user qualifies: its first lines for each, not every criterion.
    // Profiles that get the same answer share one paragraph.
    const groups = new Map<string, { labels: string[]; text: string }>();
    for (const r of runs) {
      const text = (verdict ? r.answer.parts.slice(0, 1) : r.answer.parts).join(" ");
      const g = groups.get(text) ?? { labels: [], text };
      g.labels.push(r.label);
      groups.set(text, g);
    }
    for (const g of groups.values()) parts.push(`${t("profiles.for", { name: g.labels.map((l) => name(byLabel.get(l)!)).join(", ") })} ${g.text}`);
    const citations = [...new Map(runs.flatMap((r) => r.answer.citations).map((c) => [c.quote, c])).values()];
    const { criteria: _criteria, verdict: _verdict, ...rest } = first;
    return turn({ ...rest, parts, citations, ...(verdict ? { verdict } : {}) });
  };

  return windowed({
    ...base,
    answer(text, session, now, zone, locale) {
      const named = profilesNamed(text, profiles, words);
      const rest = named.length ? withoutNaming(text, named, word) || text : text;
      if (named.length === 1) {
        const label = named[0]!.label;
        const { answer, session: next } = engines.get(label)!.answer(rest, { ...session, noticeProfile: label }, now, zone, locale);
        const t = catalogue(answer.language).t;
        return { answer: { ...answer, parts: [t("profiles.for", { name: name(byLabel.get(label)!) }), ...answer.parts] }, session: { ...next, noticeProfile: label } };
      }
      if (named.length > 1) {
        // What is asked, read without keeping anything of it: the session stays as it was.
        const asked = base.answer(rest, session, now, zone, locale).answer;
        const rules = notice.facts.profilesRules;
        // "Both profiles" asked of something the engine cannot place: what the notice says of its profiles as a whole.
        const whole = ["eligibility", "application", "criteria", "posts", ...(named[0]!.all ? ["uncovered"] : [])];
        if (rules.length && whole.includes(asked.intent)) {
          const t = catalogue(asked.language).t;
          return {
            answer: {
              ...asked,
              intent: "application",
              parts: [t("profiles.rules"), ...rules.map((r) => `“${r.quote.replace(/\s+/g, " ")}”`)],
              citations: rules.map((r) => citation(r.quote)),
              followUps: asked.followUps,
            },
            session,
          };
        }
        return forEach(named.map((n) => n.label), rest, session, now, zone, locale);
      }
      const kept = session.noticeProfile && engines.get(session.noticeProfile);
      if (kept) return kept.answer(text, session, now, zone, locale);
      return forEach(profiles.map((p) => p.label), text, session, now, zone, locale);
    },
    assessForm(form, session, now, zone) {
      const kept = session.noticeProfile && engines.get(session.noticeProfile);
      return (kept || base).assessForm(form, session, now, zone);
    },
  });
}
