// The bot in eight languages: intents, a multi-turn eligibility check with the same verdicts as in English, a
// follow-up, a switch of language, and short messages that keep the conversation's language.
import { describe, expect, it } from "vitest";
import { botFor, converse, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

type Language = {
  code: string;
  deadline: string;
  contract: string;
  probation: string;
  application: string;
  underrepresented: string;
  /** An eligibility check over four turns, ending eligible: nationality, studies, languages. */
  eligible: [string, string, string, string];
  /** The same, with English at B1: not eligible on languages. */
  notEligible: [string, string, string, string];
  /** After the deadline answer, the time in Lisbon. */
  followUp: [string, string];
  /** A month name of the language, in the deadline's answer. */
  october: RegExp;
};

const languages: Language[] = [
  {
    code: "fr", deadline: "C'est quand la date limite pour postuler ?", contract: "Le contrat dure combien de temps ?", probation: "Il y a une période d'essai ?",
    application: "Comment je postule, j'envoie quoi ?", underrepresented: "Quels pays sont sous-représentés ?",
    eligible: ["Est-ce que je suis éligible ?", "je suis belge", "j'ai un master, 5 ans d'études", "français langue maternelle et anglais niveau C1"],
    notEligible: ["Est-ce que je peux postuler ?", "je suis française", "j'ai une licence de 3 ans", "français langue maternelle, anglais B1"],
    followUp: ["Quelle est la date limite ?", "et à Lisbonne ?"], october: /octobre/,
  },
  {
    code: "de", deadline: "Bis wann muss die Bewerbung da sein?", contract: "Wie lange läuft der Vertrag?", probation: "Gibt es eine Probezeit?",
    application: "Wie bewerbe ich mich, was muss ich schicken?", underrepresented: "Welche Länder sind unterrepräsentiert?",
    eligible: ["Bin ich für die Stelle geeignet?", "Ich bin Österreicher", "Ich habe einen Master, 5 Jahre Studium", "Deutsch ist meine Muttersprache und mein Englisch ist C1"],
    notEligible: ["Kann ich mich bewerben?", "ich bin Deutsche", "ich habe einen Bachelor, 3 Jahre Studium", "Deutsch Muttersprache, Englisch nur B1"],
    followUp: ["Wann ist die Bewerbungsfrist?", "und in Lissabon?"], october: /Oktober/,
  },
  {
    code: "es", deadline: "¿Cuál es la fecha límite para presentar la solicitud?", contract: "¿Cuánto dura el contrato?", probation: "¿Hay periodo de prueba?",
    application: "¿Cómo presento mi candidatura? ¿Qué envío?", underrepresented: "¿Qué países están infrarrepresentados?",
    eligible: ["¿Soy elegible para este puesto?", "soy español", "tengo un máster, 5 años de estudios", "español nativo e inglés C1"],
    notEligible: ["¿Puedo presentarme?", "soy española", "tengo un grado de 4 años", "español nativo, inglés B1"],
    followUp: ["¿Cuándo es la fecha límite?", "¿y en Lisboa?"], october: /octubre/,
  },
  {
    code: "it", deadline: "Qual è la scadenza per candidarsi?", contract: "Quanto dura il contratto?", probation: "C'è un periodo di prova?",
    application: "Come mi candido? Cosa devo mandare?", underrepresented: "Quali paesi sono sottorappresentati?",
    eligible: ["Posso candidarmi?", "sono italiano", "ho una laurea magistrale, 5 anni di studi", "italiano madrelingua e inglese C1"],
    notEligible: ["Sono idonea?", "sono italiana", "ho una laurea di 3 anni", "italiano madrelingua, inglese B1"],
    followUp: ["Qual è la scadenza?", "e a Lisbona?"], october: /ottobre/,
  },
  {
    code: "pl", deadline: "Do kiedy można składać aplikacje?", contract: "Na jak długo jest umowa?", probation: "Czy jest okres próbny?",
    application: "Jak aplikować? Co mam wysłać?", underrepresented: "Które kraje są niedoreprezentowane?",
    eligible: ["Czy mogę aplikować na to stanowisko?", "jestem Polakiem", "mam magistra, 5 lat studiów", "polski ojczysty, angielski C1"],
    notEligible: ["Czy spełniam wymagania?", "jestem Polką", "mam licencjat, 3 lata studiów", "polski ojczysty, angielski B1"],
    followUp: ["Jaki jest termin składania aplikacji?", "a w Lizbonie?"], october: /października/,
  },
  {
    code: "nl", deadline: "Wanneer sluit de vacature precies?", contract: "Hoe lang duurt het contract?", probation: "Is er een proeftijd?",
    application: "Hoe solliciteer ik? Wat moet ik sturen?", underrepresented: "Welke landen zijn ondervertegenwoordigd?",
    eligible: ["Kom ik in aanmerking voor deze functie?", "Ik ben Nederlander", "ik heb een master, 5 jaar studie", "Nederlands is mijn moedertaal en mijn Engels is C1"],
    notEligible: ["Mag ik solliciteren?", "ik ben Belg", "ik heb een bachelor van 3 jaar", "Nederlands moedertaal, Engels B1"],
    followUp: ["Wat is de deadline?", "en in Lissabon?"], october: /oktober/,
  },
  {
    code: "pt", deadline: "Qual é o prazo para me candidatar?", contract: "Quanto tempo dura o contrato?", probation: "Há período experimental?",
    application: "Como me candidato? O que envio?", underrepresented: "Quais países estão sub-representados?",
    eligible: ["Sou elegível para esta vaga?", "sou portuguesa", "tenho mestrado, 5 anos de estudos", "português nativo e inglês C1"],
    notEligible: ["Sou elegível?", "sou português", "tenho licenciatura de 3 anos", "português nativo, inglês B1"],
    followUp: ["Qual é o prazo?", "e em Lisboa?"], october: /outubro/,
  },
];

describe.each(languages)("in $code", (l) => {
  it.each([
    ["deadline", l.deadline],
    ["contract", l.contract],
    ["contract", l.probation],
    ["application", l.application],
    ["underrepresented", l.underrepresented],
  ])("answers a %s question in the language asked", (intent, question) => {
    const a = last(bot, question, { now });
    expect(a.intent).toBe(intent);
    expect(a.language).toBe(l.code);
  });

  it("dates the deadline in the language's own words, the notice quoted as it stands", () => {
    const a = last(bot, l.deadline, { now });
    expect(a.text).toMatch(l.october);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it("runs the eligibility check over several messages, with the same verdicts as in English", () => {
    const verdicts = converse(bot, l.eligible, { now }).map((a) => a.verdict);
    expect(verdicts.slice(1)).toEqual(["incomplete", "incomplete", "eligible"]);
    expect(last(bot, l.notEligible, { now }).verdict).toBe("not_eligible");
  });

  it("keeps the thread: the deadline, then a place, gives the time there", () => {
    expect(last(bot, l.followUp, { now }).text).toMatch(/\b11[:.]00\b/);
  });

  it.each(["ok", "C1", "4"])("keeps the conversation's language for the short %j", (short) => {
    expect(converse(bot, [l.deadline, short], { now }).at(-1)!.language).toBe(l.code);
  });
});

describe("switching language", () => {
  it("follows a user who changes language, and back", () => {
    const answers = converse(bot, ["When is the deadline?", "Et la durée du contrat, c'est combien ?", "And the probation period?"], { now });
    expect(answers.map((a) => a.language)).toEqual(["en", "fr", "en"]);
  });

  it("the same facts give the same verdict in every language", () => {
    const english = last(bot, ["Am I eligible?", "I'm Belgian", "I have a master's, 5 years of studies", "French native and English C1"], { now }).verdict;
    for (const l of languages) expect(last(bot, l.eligible, { now }).verdict, l.code).toBe(english);
  });
});
