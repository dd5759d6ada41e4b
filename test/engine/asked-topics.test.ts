// The subjects asked within an intent and the plainly off-topic words, read in every language from its words
// (words.json `askedTopics`, `offTopic`; issue 17, "one understanding"): English once had patterns of its own for them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askedTopicsIn, askedTopicsOf } from "../../src/engine/asked-topics.js";
import { phraseRegExp } from "../../src/engine/language-pack.js";
import { wordsSchema } from "../../src/knowledge/schema.js";
import { normalizeForMatch } from "../../src/text/normalize.js";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const dir = join(projectKnowledgeDir, "lexicon");
const languages = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const wordsOf = (l: string) => wordsSchema.parse(JSON.parse(readFileSync(join(dir, l, "words.json"), "utf8")));
const topicsOf = (l: string, text: string) => askedTopicsIn(askedTopicsOf(wordsOf(l)), normalizeForMatch(text));

describe("every language has the same subjects and off-topic words", () => {
  const english = Object.keys(wordsOf("en").askedTopics);
  it.each(languages)("%s", (l) => {
    const w = wordsOf(l);
    expect(Object.keys(w.askedTopics)).toEqual(english);
    for (const [id, phrases] of Object.entries(w.askedTopics)) expect(phrases.length, `${l} ${id}`).toBeGreaterThan(0);
    expect(w.offTopic.length).toBeGreaterThan(20);
  });
});

describe("a subject asked, read from the language's words", () => {
  it.each([
    ["en", "Can the contract be renewed after 4 years?", "contract.extension"],
    ["fr", "Le contrat est-il renouvelable ?", "contract.extension"],
    ["de", "Kann der Vertrag verlängert werden?", "contract.extension"],
    ["pl", "Czy umowę można przedłużyć?", "contract.extension"],
    ["fi", "Voiko sopimusta jatkaa?", "contract.extension"],
    ["en", "Is there a probation period?", "contract.probation"],
    ["it", "C'è un periodo di prova?", "contract.probation"],
    ["nl", "Is er een proeftijd?", "contract.probation"],
    ["es", "¿Puedo enviar los documentos en un solo PDF?", "application.format"],
    ["sv", "Kan jag skicka allt i en fil?", "application.format"],
    ["pt", "Posso trabalhar a partir de casa?", "place.telework"],
    ["cs", "Je možná práce z domova?", "place.telework"],
    ["el", "Υπάρχει δυνατότητα τηλεργασίας;", "place.telework"],
    ["en", "What does C1 mean?", "languages.levels"],
    ["hu", "Mit jelent a B2?", "languages.levels"],
    ["ro", "Este prea târziu să aplic?", "deadline.late"],
    ["bg", "Още ли мога да кандидатствам?", "deadline.still"],
    ["da", "Hvornår er fristen i min lokale tid?", "deadline.mine"],
    ["lt", "Ar bus rezervo sąrašas?", "selection.reserve"],
    ["hr", "Trebam li liječnički pregled?", "selection.recruitment"],
    ["sk", "Koľko trvá skúšobná doba?", "contract.probation"],
    ["sl", "Ali imajo uradniki prednost?", "selection.priority"],
    ["lv", "Vai ir nepieciešams militārais dienests?", "eligibility.condition"],
    ["et", "Kas saab töötada kaugtööd?", "place.telework"],
    ["mt", "Hemm lista ta' riżerva?", "selection.reserve"],
    ["ga", "An bhfuil cianobair ceadaithe?", "place.telework"],
  ])("%s: %s → %s", (l, q, topic) => {
    expect(topicsOf(l, q)).toContain(topic);
  });

  it("a longer phrase after '!' does not ask the subject: 'open to' is no deadline", () => {
    expect(topicsOf("en", "Is it open to non-EU citizens?")).not.toContain("deadline.still");
    expect(topicsOf("en", "Is it still open?")).toContain("deadline.still");
    expect(topicsOf("fr", "Est-ce ouvert aux non-Européens ?")).not.toContain("deadline.still");
    expect(topicsOf("fr", "Le poste est-il ouvert à tous ?")).not.toContain("deadline.still");
  });

  it("a stem takes its endings, a number its figures and words", () => {
    expect(topicsOf("pl", "czy to praca hybrydowa?")).toContain("place.telework");
    expect(topicsOf("en", "is it a five-year contract?")).toContain("contract.duration");
    expect(topicsOf("de", "ist es ein 4-jähriger Vertrag?")).toContain("contract.duration");
  });
});

describe("plainly off-topic words, in every language", () => {
  it.each([
    ["en", "what's the weather like in Brussels?"],
    ["fr", "raconte-moi une blague"],
    ["de", "wer hat das Fußballspiel gewonnen?"],
    ["pl", "jaka jest pogoda w Warszawie?"],
    ["it", "chi ha vinto la partita di calcio?"],
    ["fi", "kerro vitsi"],
    ["el", "πες μου ένα ανέκδοτο"],
    ["hu", "milyen idő lesz holnap? időjárás?"],
  ])("%s: %s", (l, q) => {
    expect(phraseRegExp(wordsOf(l).offTopic)?.test(normalizeForMatch(q))).toBe(true);
  });

  it("a stem takes its endings ('kryptowaluty')", () => {
    expect(phraseRegExp(wordsOf("pl").offTopic)?.test(normalizeForMatch("czy warto kupić kryptowaluty?"))).toBe(true);
  });

  const bot = botFor(projectKnowledgeDir);
  it.each([
    ["what is 2+2", "offtopic"],
    ["wie wird das Wetter morgen?", "offtopic"],
    ["raconte-moi une blague", "offtopic"],
    ["kto wygrał mecz wczoraj?", "offtopic"],
  ])("the bot redirects '%s'", (q, intent) => {
    expect(last(bot, q, { now: "2025-10-06T08:00:00Z" }).intent).toBe(intent);
  });
});
