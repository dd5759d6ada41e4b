// The terms of a notice read with the words of its language (words.json `notice`): how to apply (an online
// tool or form, an e-mail address) and the channels refused, telework and the share of office time, the
// reserve list and its validity, the selection steps and panel, the contract's type and its renewal. The same
// code for every language, English included; the English readers of src/import/terms.ts and the passage
// rules run first, and these fill what they leave unread ("Seules les candidatures introduites au moyen de
// l'outil de recrutement en ligne …", "eine bis zum 31.12.2028 gültige Reserveliste").
import type { NoticeWords } from "../../knowledge/schema.js";
import { normalizeForMatch } from "../../text/normalize.js";
import { readDates } from "../dates.js";
import type { Term } from "../terms.js";
import { EMAIL } from "./application.js";
import { escape, type Hit, type Reader } from "./reader.js";

type Pick = (n: NoticeWords) => string[] | undefined;

/** A list of words folded for matching, longest first, with the words as the lexicon writes them. */
type Words = { folded: string[]; written: Map<string, string> };

/** The notice language's words of a kind, and English's beside them (pages mix them). */
function wordsOf(r: Reader, pick: Pick): Words {
  const written = new Map<string, string>();
  for (const code of new Set([r.language, "en"])) {
    const notice = r.ctx.words?.get(code)?.words.notice;
    for (const w of (notice && pick(notice)) ?? []) {
      const f = normalizeForMatch(w);
      if (f.length >= 2 && !written.has(f)) written.set(f, w);
    }
  }
  return { folded: [...written.keys()].sort((a, b) => b.length - a.length), written };
}

/**
 * Whole words at their start; a word of five letters or more may take an ending ("candidature" in
 * "candidatures", "télétravail" in "télétravailler"), a shorter one stands alone ("post", "test").
 */
function matcher(w: Words): RegExp | undefined {
  if (!w.folded.length) return undefined;
  const alts = w.folded.map((f) => `${escape(f)}${f.length >= 5 ? "" : "(?![\\p{L}\\p{N}])"}`);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})`, "gu");
}

function has(re: RegExp | undefined, text: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}

/** The words of a list a text holds, in the order they stand, none inside another ("test écrit", not "test" too). */
function named(w: Words, text: string): { at: number; word: string }[] {
  const re = matcher(w);
  if (!re) return [];
  const out: { at: number; end: number; word: string }[] = [];
  for (const m of text.matchAll(re)) {
    const key = w.folded.find((f) => m[0] === f || m[0].startsWith(f)) ?? m[0];
    out.push({ at: m.index, end: m.index + m[0].length, word: w.written.get(key) ?? m[0] });
  }
  return out.sort((a, b) => a.at - b.at);
}

type Folded = Hit & { text: string };

function foldedHits(r: Reader, filter: (h: Hit) => boolean = () => true): Folded[] {
  return r.hits(filter).map((h) => ({ ...h, text: normalizeForMatch(h.span.clean) }));
}

/** A number of per cent within a few words after "at least" ("au moins 40 %", "mindestens 40 %", "al menos el 40 %"). */
function shareAfter(atLeast: RegExp | undefined, text: string): number | undefined {
  if (!atLeast) return undefined;
  atLeast.lastIndex = 0;
  for (const m of text.matchAll(atLeast)) {
    const after = /^\D{0,12}?(\d{1,3})\s?%/.exec(text.slice(m.index + m[0].length));
    const n = after && Number(after[1]);
    if (n !== null && n !== undefined && n >= 0 && n <= 100) return n;
  }
  return undefined;
}

/** The terms the notice's words state, by field; a field with nothing found is absent. */
export function readTermsInWords(r: Reader): Map<string, Term> {
  const out = new Map<string, Term>();
  const add = (field: string, fact: unknown, value: string, quotes: string[]) => out.set(field, { field, fact, value, quotes });
  const all = foldedHits(r);
  const body = all.filter((h) => r.notIntro(h));
  const ch = (k: "online" | "email" | "post" | "other") => wordsOf(r, (n) => n.channels[k]);
  const apply = matcher(wordsOf(r, (n) => n.apply));
  const refusedWords = matcher(wordsOf(r, (n) => n.notAccepted));
  const questions = matcher(wordsOf(r, (n) => n.questions));
  const online = ch("online");
  const other = matcher(ch("other"));

  // ── How to apply: an online tool or form, an address, in a sentence on applying; the channels refused.
  const channels: { kind: "email" | "online"; value: string; quote: string }[] = [];
  for (const h of all) {
    if (!has(apply, h.text) || has(refusedWords, h.text) || has(questions, h.text)) continue;
    const tool = named(online, h.text)[0];
    // The value is the sentence itself, in the notice's words: the tool's name alone ("en ligne", "portale") says little.
    if (tool && !channels.some((c) => c.kind === "online")) channels.push({ kind: "online", value: h.span.clean.replace(/\s+/g, " ").trim(), quote: h.span.raw });
    for (const m of h.span.clean.match(new RegExp(EMAIL.source, "g")) ?? []) if (!channels.some((c) => c.value === m)) channels.push({ kind: "email", value: m, quote: h.span.raw });
  }
  if (channels.length) add("application.channels", channels, channels.map((c) => `${c.kind}: ${c.value}`).join("; "), [...new Set(channels.map((c) => c.quote))]);
  // A word of post inside one of e-mail ("per posta" in "per posta elettronica", "pocztą elektroniczną") is e-mail's.
  const kindsIn = (text: string) => {
    const mails = named(ch("email"), text).map((m) => ({ at: m.at, end: m.at + normalizeForMatch(m.word).length }));
    const posts = named(ch("post"), text).filter((p) => !mails.some((m) => p.at < m.end && m.at < p.at + normalizeForMatch(p.word).length));
    return (["email", "post", "other"] as const).filter((k) => (k === "email" ? mails.length > 0 : k === "post" ? posts.length > 0 : has(other, text)));
  };
  const refused = all.find((h) => has(refusedWords, h.text) && kindsIn(h.text).length > 0);
  if (refused) {
    const kinds = kindsIn(refused.text);
    add("application.refused", { kinds, quote: refused.span.raw }, kinds.join(", "), [refused.span.raw]);
  }

  // ── No employment contract: a traineeship, a grant ("kein Arbeitsvertrag", "nie stanowi umowy o pracę").
  const notStaff = all.find((h) => has(matcher(wordsOf(r, (n) => n.notStaff)), h.text));
  if (notStaff) add("contract.notStaff", { quote: notStaff.span.raw }, "(passage)", [notStaff.span.raw]);

  // ── Telework, and the share of office time the notice asks for.
  const telework = body.find((h) => has(matcher(wordsOf(r, (n) => n.topics.telework)), h.text));
  if (telework) {
    const share = shareAfter(matcher(wordsOf(r, (n) => n.atLeast)), telework.text);
    add("telework", { ...(share !== undefined ? { minOfficeShare: share } : {}), quote: telework.span.raw }, share !== undefined ? `at least ${share}% in the office` : "(passage)", [telework.span.raw]);
  }

  // ── The reserve list: the sentence on it (one saying how long it is valid first), and that date.
  const reserveRe = matcher(wordsOf(r, (n) => n.labels.reserveList));
  const valid = matcher(wordsOf(r, (n) => n.valid));
  // Only a sentence saying how long the list is valid: others name a competition's list ("laureates … on the
  // reserve list of that competition") or what becomes of the data of those on it.
  // The shortest such sentence with a date first: a header block run together names the list too.
  const onReserve = body.filter((h) => h.span.clean.length < 600 && has(reserveRe, h.text) && has(valid, h.text)).map((h) => ({ h, until: readDates(h.span.clean, r.dateWords)[0]?.date }));
  const dated = onReserve.filter((x) => x.until).sort((a, b) => a.h.span.clean.length - b.h.span.clean.length)[0];
  const chosen = dated ?? onReserve[0];
  const reserve = chosen?.h;
  if (reserve) {
    const until = chosen.until;
    add("reserveList", { ...(until ? { until } : {}), quote: reserve.span.raw }, until ? `valid until ${until}` : "(passage)", [reserve.span.raw]);
  }

  // ── The selection: the steps candidates are invited to, and the panel.
  const steps = wordsOf(r, (n) => n.selectionSteps);
  const invited = matcher(wordsOf(r, (n) => n.invited));
  for (const h of body) {
    if (!has(invited, h.text)) continue;
    const value = [...new Set(named(steps, h.text).map((s) => s.word))];
    if (value.length) {
      add("selection.steps", { value, quote: h.span.raw }, value.join(", "), [h.span.raw]);
      break;
    }
  }
  return out;
}

/** The first sentence naming the selection panel in the notice's words ("comité de sélection", "Auswahlausschuss"). */
export function panelInWords(r: Reader): Hit | undefined {
  const panel = matcher(wordsOf(r, (n) => n.panel));
  return foldedHits(r).find((h) => has(panel, h.text));
}

/** The contract's own words, without those of extending ("contrat", "Vertrag", not "renouvelable"). */
function contractWords(r: Reader): RegExp | undefined {
  const extension = new Set(wordsOf(r, (n) => n.extension).folded);
  const all = wordsOf(r, (n) => n.topics.contract);
  return matcher({ folded: all.folded.filter((f) => !extension.has(f) && ![...extension].some((e) => e.startsWith(f) || f.startsWith(e))), written: all.written });
}

/** A sentence saying "not" in the notice's words (words.json `negation`): "Traineeships cannot be extended". */
function negated(r: Reader, text: string): boolean {
  const words = [...new Set([r.language, "en"])].flatMap((c) => r.ctx.words?.get(c)?.words.negation ?? []);
  return has(matcher({ folded: [...new Set(words.map(normalizeForMatch))].filter((w) => w.length >= 2), written: new Map() }), text);
}

/**
 * The sentence giving the contract's type in the notice's words: a staff category ("agent temporaire",
 * "Bediensteter auf Zeit") beside a word of the contract ("contrat", "Vertrag"), outside the introduction.
 */
export function contractTypeInWords(r: Reader): Hit | undefined {
  const categories = wordsOf(r, (n) => n.staffCategories);
  const contract = contractWords(r);
  const rules = matcher(wordsOf(r, (n) => n.topics.staffRules));
  return foldedHits(r, r.notIntro).find((h) => {
    const named = [...h.text.matchAll(matcher(categories) ?? /(?!)/g)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
    if (!named.length) return false;
    // The contract's word beside the category, not inside it ("contract" in "contract agent", "agente contractual").
    const beside = contract ? [...h.text.matchAll(contract)].some((m) => !named.some((c) => m.index < c.end && c.at < m.index + m[0].length)) : false;
    return beside || has(rules, h.text);
  });
}

/**
 * The contract's renewal in the notice's words where no length is given ("avec possibilité de renouvellement",
 * "mit der Möglichkeit der Verlängerung"): a sentence on the contract with a word of extending, not negated;
 * "once" when it says so.
 */
export function renewalInWords(r: Reader): { span: Hit["span"]; times?: number } | undefined {
  const extension = matcher(wordsOf(r, (n) => n.extension));
  const contract = contractWords(r);
  const once = matcher(wordsOf(r, (n) => n.once));
  const hit = foldedHits(r, r.notIntro).find((h) => has(extension, h.text) && has(contract, h.text) && !negated(r, h.text));
  return hit && { span: hit.span, ...(has(once, hit.text) ? { times: 1 } : {}) };
}

/**
 * The language the selection is held in, in the notice's words: a sentence on its steps ("un colloquio in
 * inglese", "les épreuves se dérouleront en anglais") naming official languages as the notice's lexicon names
 * them (names.json `languages`), not a sentence on the knowledge asked of candidates.
 */
export function selectionLanguageInWords(r: Reader): { span: Hit["span"]; names: string[] } | undefined {
  const steps = matcher(wordsOf(r, (n) => [...n.selectionSteps, ...n.panel, ...(n.topics.selection ?? [])]));
  const knowledge = matcher(wordsOf(r, (n) => n.criteria.knowledge));
  const official = new Set(r.ctx.languages.official.map((l) => l.name));
  const names = new Map<string, RegExp>();
  for (const code of new Set([r.language, "en"])) {
    for (const [name, list] of Object.entries(r.ctx.words?.get(code)?.names.languages ?? {})) {
      if (!official.has(name)) continue;
      const re = matcher({ folded: [...new Set(list.map(normalizeForMatch))].filter((w) => w.length >= 3).sort((a, b) => b.length - a.length), written: new Map() });
      if (re) names.set(name, names.has(name) ? new RegExp(`${names.get(name)!.source}|${re.source}`, "gu") : re);
    }
  }
  for (const h of foldedHits(r, r.notIntro)) {
    if (!has(steps, h.text) || has(knowledge, h.text)) continue;
    const found = [...names.entries()]
      .map(([name, re]) => ({ name, at: (re.lastIndex = 0, re.exec(h.text)?.index ?? -1) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((x) => x.name);
    if (found.length) return { span: h.span, names: found };
  }
  return undefined;
}
