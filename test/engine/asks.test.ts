// What is asked (issue 17): a status stated beside a question selects the passages about people of that status;
// "must I already be an official?" where no status is a criterion; "why not?" and "the second one" after an
// answer; a vacancy named that is not this notice's; a long story ending in a question; a question whose own
// distinctive words stand in a passage. Each read with every language's words, the same code for all.
import { beforeAll, describe, expect, it } from "vitest";
import { createBot, loadKnowledge, renderText, type Answer, type Bot, type Knowledge } from "../../src/index.js";
import { asksOnlyWhy, ordinalAsked } from "../../src/engine/follow-ups.js";
import { namesOtherVacancy } from "../../src/engine/other-vacancy.js";
import { cleanInput, MAX_QUESTION_LENGTH } from "../../src/text/normalize.js";
import { completeLexicon } from "../../src/engine/language-pack.js";

let knowledge: Knowledge;
let bot: Bot;
beforeAll(() => {
  knowledge = loadKnowledge();
  bot = createBot({ knowledge });
});

const now = "2025-10-06T08:00:00Z";
let session = 0;
/** The answers to the turns of one conversation. */
function chat(...turns: string[]): (Answer & { text: string; quotes: string })[] {
  const id = `asks-${session++}`;
  return turns.map((text) => {
    const a = bot.ask({ sessionId: id, text, now });
    return { ...a, text: renderText(a), quotes: a.citations.map((c) => c.quote).join("\n") };
  });
}
const one = (text: string) => chat(text)[0]!;
const lexicon = (language: string) => completeLexicon(knowledge.lexicons.get(language)!);

describe("a status stated beside a question selects its passages", () => {
  it.each([
    ["en", "I'm a Commission official (AD6 in DG HR). How do I actually apply for this one?"],
    ["fr", "Je suis fonctionnaire de la Commission. Comment dois-je postuler ?"],
    ["de", "Ich bin Beamter der Kommission. Wie bewerbe ich mich?"],
    ["it", "Sono funzionario della Commissione. Come mi candido?"],
    ["pl", "Jestem urzędnikiem Komisji. Jak mam aplikować?"],
  ])("%s: the officials' own channel comes first, cited", (_lang, q) => {
    const a = one(q);
    expect(a.intent).toBe("application");
    expect(a.citations[0]!.quote).toMatch(/Sysper or inter-institutional/);
    expect(a.quotes).toContain("secretariat@cert.europa.eu");
  });

  // The statement pulls the whole message's votes towards a check (the kNN ties eligibility.check and
  // application.how on the whole German message); the asking sentence, which surely asks another subject, decides.
  it.each([
    ["fr", "Je suis fonctionnaire à la Commission. Comment je postule ?", "application", /Sysper or inter-institutional/],
    ["es", "Soy funcionario de la Comisión. ¿Cómo presento la candidatura?", "application", /Sysper or inter-institutional/],
    ["nl", "Ik ben ambtenaar bij de Raad. Hoe kan ik solliciteren?", "application", /Sysper or inter-institutional/],
    // An asking sentence that opens with a question word asks how, not whether: the check's votes drawn by "can I
    // apply" inside it ("kann ich mich bewerben", "jelentkezhetek") are set aside (engine.ts openAsked).
    ["de", "Ich bin Beamter beim Rat. Wie kann ich mich bewerben?", "application", /Sysper or inter-institutional/],
    ["hu", "A Bizottság tisztviselője vagyok. Hogyan jelentkezhetek?", "application", /Sysper or inter-institutional/],
    ["en", "I have a master's in computer science. Where is the job?", "place", /Brussels/],
    ["de", "Ich habe einen Master in Informatik. Wo ist der Arbeitsort?", "place", /Brussels/],
    ["es", "Tengo un máster en informática. ¿Dónde está el puesto?", "place", /Brussels/],
    // Within one sentence: the clause after the comma opens with a question word (words.json `questionWords`).
    ["en", "I'm a Commission official, how do I apply?", "application", /Sysper or inter-institutional/],
    ["de", "Ich bin Beamter der Kommission, wie bewerbe ich mich?", "application", /Sysper or inter-institutional/],
    ["it", "Sono funzionaria della Commissione, come faccio a candidarmi?", "application", /Sysper or inter-institutional/],
    ["pt", "Sou funcionário da Comissão, como me candidato?", "application", /Sysper or inter-institutional/],
    ["es", "Tengo un máster, ¿dónde está el puesto?", "place", /Brussels/],
  ])("%s: “%s” asks its asking sentence's subject, no check", (_lang, q, intent, quote) => {
    const a = one(q);
    expect(a.intent).toBe(intent);
    expect(a.verdict).toBeUndefined();
    expect(a.quotes).toMatch(quote);
  });
  it("no status stated: the channels as before, no passage for officials", () => {
    expect(one("How do I apply?").quotes).not.toMatch(/Sysper/);
  });

  it("a status denied ('I'm not an official') selects nothing", () => {
    expect(one("I'm not an official. How do I apply?").quotes).not.toMatch(/Sysper/);
  });
});

describe("must I already hold a status the notice does not require", () => {
  it.each([
    ["en", "Do I need to be an EU official already to apply for this?"],
    ["fr", "Faut-il déjà être fonctionnaire de l'UE pour postuler ?"],
  ])("%s: not a criterion; the priority rule and the contract offered otherwise, cited", (_lang, q) => {
    const a = one(q);
    expect(a.intent).toBe("criteria");
    expect(a.quotes).toMatch(/have priority/);
    expect(a.quotes).toMatch(/temporary agent/);
    expect(a.text.toLowerCase()).not.toMatch(/only officials can apply|yes, you must be/);
  });
});

describe("follow-ups that lean on the answer before", () => {
  it("'why not?' after a nationality answer gives that answer's rule again, cited", () => {
    const [, why] = chat("Can an American citizen apply?", "why not?");
    expect(why!.intent).toBe("criteria");
    expect(why!.quotes).toMatch(/citizen of a Member State/);
  });

  it("'pourquoi pas ?' in French too", () => {
    const [, why] = chat("Un citoyen américain peut-il postuler ?", "pourquoi pas ?");
    expect(why!.quotes).toMatch(/citizen of a Member State/);
  });

  it("'the second one' names the second item of the last list; where to find it is not stated", () => {
    const [, second] = chat("what are the 2 documents i need to send?", "where do i find the second one?");
    expect(second!.intent).toBe("application");
    expect(second!.text).toMatch(/application form/i);
    expect(second!.text).toMatch(/does not state/);
    expect(second!.citations.length).toBe(1);
  });

  it("'what's the first one?' names the item and says nothing missing", () => {
    const [, first] = chat("what documents do I need to send?", "what's the first one?");
    expect(first!.text).toMatch(/CV/);
    expect(first!.text).not.toMatch(/does not state/);
  });

  it.each([
    ["en", "why not?", true],
    ["en", "and why?", true],
    ["en", "why is the deadline at noon?", false],
    ["fr", "pourquoi pas ?", true],
    ["de", "warum nicht?", true],
    ["es", "¿por qué no?", true],
    ["pl", "dlaczego nie?", true],
    ["fi", "miksi ei?", true],
    ["el", "γιατί όχι;", true],
  ])("%s: %j asks only why: %s", (lang, text, expected) => {
    expect(asksOnlyWhy(lexicon(lang), text)).toBe(expected);
  });

  it.each([
    ["en", "where do i find the second one?", 2],
    ["fr", "où trouver le deuxième ?", 2],
    ["de", "wo finde ich das zweite?", 2],
    ["it", "e l'ultimo?", -1],
    ["pl", "gdzie znajdę drugi dokument?", 2],
    ["sv", "var hittar jag det första?", 1],
    ["en", "how long is the contract?", undefined],
  ])("%s: %j names place %s", (lang, text, place) => {
    expect(ordinalAsked(lexicon(lang), text)).toBe(place);
  });
});

describe("another vacancy named", () => {
  const facts = () => [...knowledge.notices.values()][0]!.facts;
  it.each([
    ["en", "Is the CERT-EU SOC analyst vacancy still open too?", true],
    ["fr", "L'offre d'analyste SOC au CERT-EU est-elle encore ouverte ?", true],
    ["de", "Ist die Stelle als SOC-Analyst noch offen?", true],
    ["pl", "Czy oferta na stanowisko analityka SOC jest jeszcze aktualna?", true],
    ["en", "Is the vacancy still open?", false],
    ["en", "Is the CTI analyst vacancy still open?", false],
    ["en", "Is the IT Security Officer job in Brussels?", false],
    ["en", "I saw this vacancy on LinkedIn, is it still open?", false],
  ])("%s: %j names another vacancy: %s", (lang, text, expected) => {
    expect(namesOtherVacancy(lexicon(lang), facts(), text)).toBe(expected);
  });

  it("is answered as off-topic: the bot knows this notice only", () => {
    const a = one("Is the CERT-EU SOC analyst vacancy still open too?");
    expect(a.intent).toBe("offtopic");
    expect(a.text).not.toMatch(/you can still apply/i);
  });
});

describe("a long story ending in a question", () => {
  const story = `${"I started my career years ago in a small company doing log analysis, then I moved to a bank. ".repeat(14)}Anyway, sorry for the long text - what is the actual deadline?`;

  it("keeps the closing question after the cut", () => {
    const c = cleanInput(story);
    expect(c.truncated).toBe(true);
    expect(c.closingQuestion).toBe(true);
    expect(c.text.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH + 3);
    expect(c.text.endsWith("what is the actual deadline?")).toBe(true);
  });

  it("answers the question and says what was read", () => {
    const a = one(story);
    expect(a.intent).toBe("deadline");
    expect(a.text).toMatch(/20 October 2025 at 12:00/);
    expect(a.text).toMatch(/closing question/);
  });

  it("a cut message with no closing question is read as its beginning", () => {
    const c = cleanInput("deadline ".repeat(400));
    expect(c.closingQuestion).toBeUndefined();
  });
});

describe("a question whose distinctive words stand in a passage", () => {
  it("quotes that passage first, the general answer after", () => {
    const a = one("I've got 6 years of red teaming / pentest experience - is that relevant at all for a CTI role or not really?");
    expect(a.citations[0]!.quote).toMatch(/red team operations/);
    expect(a.citations.length).toBeGreaterThan(1);
  });

  it("words common to many passages add nothing", () => {
    const a = one("How long is the contract?");
    expect(a.quotes).not.toMatch(/red team/);
  });
});
