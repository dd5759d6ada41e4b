// The classes of the second round on ties (issue 17), each on its own: requests joined by signs, colons and lists;
// an open question beside a status; a subject named with no fact of the user's; a correction of one fact.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptySession } from "../../src/conversation/session.js";
import { mergeProfile } from "../../src/engine/intents/eligibility.js";
import { correctedFigures } from "../../src/engine/profile-corrections.js";
import { listRequests, splitRequests } from "../../src/engine/requests.js";
import { RULES, type Signals } from "../../src/engine/route.js";
import type { Profile } from "../../src/engine/session.js";
import type { Understanding } from "../../src/engine/understand.js";
import { questionWordOpens } from "../../src/engine/word-sets.js";
import { phraseRegExp } from "../../src/engine/language-pack.js";
import { routingSchema } from "../../src/knowledge/schema.js";
import { normalizeForMatch } from "../../src/text/normalize.js";
import { last, botFor, knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";

const knowledge = knowledgeAt(projectKnowledgeDir);
const lexicon = (language: string) => knowledge.lexicons.get(language)!;
const and = (language: string) => phraseRegExp(lexicon(language).words.and, "giu");

describe("requests joined by signs, colons and lists, in every language alike", () => {
  it("“&” between spaces is kept as “+”; “R&D” is no join", () => {
    expect(normalizeForMatch("deadline & salary?")).toBe("deadline + salary?");
    expect(normalizeForMatch("R&D role?")).not.toContain("+");
  });
  it("a sign between spaces joins two requests as the language's “and” does", () => {
    expect(splitRequests(["grade + duree du contrat"], and("fr"), 1, 1)).toEqual(["grade", "duree du contrat"]);
    expect(splitRequests(["grade / location"], and("en"), 1, 1)).toEqual(["grade", "location"]);
    expect(splitRequests(["2b/2d"], and("en"), 1, 1)).toEqual(["2b/2d"]);
  });
  it("a colon before a space parts a heading from the request (“3 qs: 1) grade?”)", () => {
    expect(splitRequests(["hey 3 qs : 1 grade"], and("en"))).toEqual(["hey 3 qs", "1 grade"]);
    expect(splitRequests(["at 12:00 brussels time"], and("en"))).toEqual(["at 12:00 brussels time"]);
  });
  it("a list of subjects whatever its length: three pieces or more, each of a few words", () => {
    const text = normalizeForMatch("deadline, grade, contract length and probation");
    expect(listRequests([text], and("en"), 6)).toEqual(["deadline", "grade", "contract length", "probation"]);
    // A sentence with a comma is no list.
    const sentence = normalizeForMatch("I have a master's degree in law, and I would like to know how long the contract is");
    expect(listRequests([sentence], and("en"), 18)).toBeUndefined();
  });
  it.each([
    ["en", "deadline & salary?", ["20 October", "salary"]],
    ["en", "contract length + probation?", ["4 years", "9-month"]],
    ["en", "deadline, grade, contract length and probation?", ["20 October", "AD5", "4 years", "9-month"]],
    // The first answer leaves the topics another request names to that request, answered in its place.
    ["en", "hey 3 qs: 1) grade? 2) probation? 3) where is the office", ["AD5", "9-month", "Brussels"]],
    ["fr", "grade + durée du contrat ?", ["AD5", "4 ans"]],
    ["fr", "quelle est la date limite et où envoyer le dossier ?", ["20 octobre", "secretariat@cert.europa.eu"]],
    ["it", "qual è la scadenza e dove inviare la domanda?", ["20 ottobre", "secretariat@cert.europa.eu"]],
  ])("%s: “%s” answers every request, in order", (_lang, q, wanted) => {
    const text = last(botFor(projectKnowledgeDir), q, { now: "2025-10-06T08:00:00Z" }).text;
    const at = wanted.map((w) => text.indexOf(w));
    expect(at.every((i) => i >= 0), text).toBe(true);
    expect([...at].sort((a, b) => a - b), text).toEqual(at);
  });
  it("“è” typed as “e” joins nothing where both sides read as one subject (“Il contratto è a tempo indeterminato?”)", () => {
    const a = last(botFor(projectKnowledgeDir), "Il contratto è a tempo indeterminato?", { now: "2025-10-06T08:00:00Z" });
    expect(a.text).toMatch(/^Non è un posto permanente/);
  });
});

describe("an asking sentence opening with a question word beside a status asks how, not whether", () => {
  it("question words open it, why-words do not (they ask a check's reasons)", () => {
    expect(questionWordOpens(lexicon("de"), "wie kann ich mich bewerben?")).toBe(true);
    expect(questionWordOpens(lexicon("hu"), "hogyan jelentkezhetek?")).toBe(true);
    expect(questionWordOpens(lexicon("de"), "warum kann ich mich nicht bewerben?")).toBe(false);
    expect(questionWordOpens(lexicon("en"), "why can't i apply?")).toBe(false);
    expect(questionWordOpens(lexicon("en"), "can i apply?")).toBe(false);
  });
});

const routing = routingSchema.parse(JSON.parse(readFileSync(new URL("../../knowledge/lexicon/routing.json", import.meta.url), "utf8")));
const u = (over: Partial<Understanding>): Understanding => ({
  original: "q", text: "q", truncated: false, empty: false, scores: new Map(), offTopic: false, profile: {}, statesFacts: false, hypothetical: false,
  asked: {}, countries: [], languages: [], understood: true, topics: new Set(), ...over,
});
const signals = (over: Partial<Signals>): Signals => ({
  u: u({}), session: emptySession(), score: () => 0, firstPerson: false, followUp: false, refersBack: false, backToMe: false, levelsSet: true,
  patternScore: () => 0, passage: () => undefined, routing, ...over,
});
const rule = (id: string) => RULES.find((r) => r.id === id)!;

describe("a subject named, no fact of the user's, the classifier unsure of a check", () => {
  const unsure = { top: { intent: "eligibility", score: 1.2 }, label: { label: "eligibility.check", confidence: 0.3 } };
  it("answers the subject its words name", () => {
    expect(rule("subject-named").decide(signals({ ...unsure, u: u({ topics: new Set(["contract.kind", "eligibility.check"]) }) }))).toBe("contract");
  });
  it("passes with the user's facts, in the first person, a person asked about, or a sure check", () => {
    const topics = new Set(["contract.kind"]);
    expect(rule("subject-named").decide(signals({ ...unsure, u: u({ topics, statesFacts: true }) }))).toBeUndefined();
    expect(rule("subject-named").decide(signals({ ...unsure, firstPerson: true, u: u({ topics }) }))).toBeUndefined();
    expect(rule("subject-named").decide(signals({ ...unsure, u: u({ topics, asked: { nationalities: ["NO"] } }) }))).toBeUndefined();
    expect(rule("subject-named").decide(signals({ ...unsure, label: { label: "eligibility.check", confidence: 0.9 }, u: u({ topics }) }))).toBeUndefined();
    expect(rule("subject-named").decide(signals({ ...unsure, u: u({ topics: new Set(["contract.kind", "pay"]) }) }))).toBeUndefined();
  });
  it("“dan huwa xogħol permanenti?” is answered on the contract, in Maltese", () => {
    const a = last(botFor(projectKnowledgeDir), "dan huwa xogħol permanenti?", { now: "2025-10-06T08:00:00Z" });
    expect(a.intent).toBe("contract");
    expect(a.text).toMatch(/temporary agent/i);
  });
});

describe("a correction replaces the one fact it takes back", () => {
  it("a figure denied names the fact of equal value; the message's other figure replaces it", () => {
    expect(correctedFigures(lexicon("en"), "sorry, I meant 2 years not 5", { studyYears: 5 })).toEqual({ studyYears: 2 });
    expect(correctedFigures(lexicon("it"), "scusa, 2 anni non 3", { studyYears: 3, experienceYears: 6 })).toEqual({ studyYears: 2 });
    expect(correctedFigures(lexicon("de"), "Sorry, nicht 4, sondern 2 Jahre", { studyYears: 4 })).toEqual({ studyYears: 2 });
    expect(correctedFigures(lexicon("pl"), "przepraszam, 7 lat doświadczenia, nie 5", { experienceYears: 5, studyYears: 3 })).toEqual({ experienceYears: 7 });
    expect(correctedFigures(lexicon("en"), "I meant four years not two", { studyYears: 2 })).toEqual({ studyYears: 4 });
  });
  it("nothing where no fact of the profile holds the figure, none is denied, or the replacement is unclear", () => {
    expect(correctedFigures(lexicon("en"), "sorry, I meant 2 years not 5", { studyYears: 3 })).toEqual({});
    expect(correctedFigures(lexicon("en"), "I have 2 years, 5 in total", { studyYears: 5 })).toEqual({});
    expect(correctedFigures(lexicon("en"), "not 5 but 2 or 3", { studyYears: 5 })).toEqual({});
  });
  it("a nationality denied is taken back, the rest of the profile stays", () => {
    const profile: Profile = { nationalities: ["GB"], studyYears: 5, languages: { English: "C2", French: "B2" } };
    mergeProfile(profile, { nationalities: ["IE"], nationalitiesDenied: ["GB"] });
    expect(profile).toEqual({ nationalities: ["IE"], studyYears: 5, languages: { English: "C2", French: "B2" } });
  });
  it.each([
    ["en", "I am Swedish, master degree, Swedish native, English C1. can I apply?", "sorry, I am Norwegian, not Swedish", "not_eligible"],
    ["es", "Soy argentino, tengo un máster, español nativo, inglés C1. ¿Puedo presentarme?", "perdón, soy español, no argentino", "eligible"],
    ["it", "Sono italiano, laurea di 3 anni, italiano madrelingua, inglese C1. Posso candidarmi?", "scusa, 2 anni non 3", "not_eligible"],
    ["fr", "Je suis française, licence en 3 ans, anglais C1, espagnol B2. Je peux postuler ?", "pardon : 2 ans, pas 3", "not_eligible"],
  ])("%s: the check again on the corrected fact", (_lang, first, correction, verdict) => {
    const a = last(botFor(projectKnowledgeDir), [first, correction], { now: "2025-10-06T08:00:00Z" });
    expect(a.rule).toBe("correction");
    expect(a.verdict).toBe(verdict);
  });
});
