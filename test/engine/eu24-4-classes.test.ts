// The classes the fourth held-out round on the first notice found (issues 17 and 19), one focused test each,
// through the real bot: nationalities outside the EU/EEA, a people's name that is a language's too standing alone
// in a list of facts, degree names written as abbreviations, farewells beside thanks, and insults.
import { describe, expect, it } from "vitest";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("fourth held-out round on the first notice, in all 24 languages", () => {
  // One non-EU nationality said the way a candidate says it, in every language (knowledge/lexicon/<lang>/names.json).
  const nonEu: [string, string][] = [
    ["bg", "аз съм венецуелка, мога ли да кандидатствам?"],
    ["cs", "jsem Peruánec, můžu se přihlásit?"],
    ["da", "jeg er syrer, kan jeg søge?"],
    ["de", "ich bin Venezolanerin, darf ich mich bewerben?"],
    ["el", "είμαι Ιρακινός, μπορώ να κάνω αίτηση;"],
    ["en", "im venezuelan, can i apply?"],
    ["es", "soy peruana, puedo postularme?"],
    ["et", "olen venemaalane, kas ma võin kandideerida?"],
    ["fi", "oon venezuelalainen, voinko hakea?"],
    ["fr", "je suis vénézuélienne, est-ce que je peux postuler ?"],
    ["ga", "is Meiriceánach mé, an féidir liom iarratas a dhéanamh?"],
    ["hr", "ja sam Venezuelanac, mogu li se prijaviti?"],
    ["hu", "venezuelai vagyok, jelentkezhetek?"],
    ["it", "sono cubana, posso candidarmi?"],
    ["lt", "esu kubietis, ar galiu teikti paraišką?"],
    ["lv", "esmu kubietis, vai varu pieteikties?"],
    ["mt", "jien Libjan, nista' napplika?"],
    ["nl", "ik ben Venezolaan, mag ik solliciteren?"],
    ["pl", "jestem Wenezuelczykiem, mogę aplikować?"],
    ["pt", "sou angolana, posso candidatar-me?"],
    ["ro", "sunt venezuelean, pot aplica?"],
    ["sk", "som Venezuelčan, môžem sa prihlásiť?"],
    ["sl", "sem Venezuelec, se lahko prijavim?"],
    ["sv", "jag är venezuelan, får jag söka?"],
  ];
  it.each(nonEu)("reads a nationality outside the EU/EEA as not met (%s)", (lang, text) => {
    const a = last(bot, text, { now });
    expect(a.language).toBe(lang);
    expect(a.verdict, text).toBe("not_eligible");
  });

  it("never reads a first name as a country (pl 'Kuba' is Jakub, not Cuba)", () => {
    const a = last(bot, "cześć, jestem Kuba, do kiedy można się zgłaszać?", { now });
    expect(a.intent).toBe("deadline");
    expect(a.verdict).toBeUndefined();
  });

  // (Not "magyar vagyok" nor a bare "българин": in Hungarian and Bulgarian these name an origin as often as a
  // citizenship — "vajdasági magyar vagyok, de csak szerb állampolgárságom van" — and stay out of the names data.)
  it("reads a people's name that is a language's too, alone in a list of facts, as the nationality", () => {
    expect(last(bot, "nací en 1960, español, licenciado en informática (5 años), inglés C1 y francés B2. puedo presentarme?", { now }).verdict).toBe("eligible");
    expect(last(bot, "nasci em 1958, português, licenciatura 5 anos, inglês C1 e francês B2. posso concorrer?", { now }).verdict).toBe("eligible");
    expect(last(bot, "Twelidt fl-1962, Malti, grad universitarju 4 snin, Ingliż C1 u Taljan B2. Nista' napplika?", { now }).verdict).toBe("eligible");
    // Beside another language, or with no level anywhere, it stays the language.
    expect(last(bot, "español, inglés C1. puedo presentarme?", { now }).criteria?.find((c) => c.id === "citizenship")?.status ?? "unknown").not.toBe("met");
    expect(last(bot, "el español cuenta?", { now }).verdict).toBeUndefined();
  });

  it("reads degree names written as abbreviations or national titles (cand.scient., mgr inż., civ.ing, ingénieur civil, diplomirani inženjer)", () => {
    for (const text of [
      "dansk statsborger, cand.scient., engelsk C1, dansk modersmål. kan jeg søge?",
      "Polak, mgr inż., angielski C1, polski ojczysty. czy mogę aplikować?",
      "svensk, civ.ing (5 år), svenska modersmål och engelska C1. kan jag söka?",
      "belge, ingénieur civil (5 ans), français natif, anglais C1. je peux postuler ?",
      "Hrvat, diplomirani inženjer (5 godina), engleski C1, njemački B2. Mogu li se prijaviti?",
    ])
      expect(last(bot, text, { now }).verdict, text).toBe("eligible");
  });

  it("answers thanks with a farewell as a closing, not as a greeting nor as a question", () => {
    for (const [lang, text] of [
      ["cs", "díky moc, to je vše, hezký den!"],
      ["el", "ευχαριστώ πολύ! καλό βράδυ"],
      ["sl", "hvala, lep dan še naprej!"],
      ["sv", "tack för hjälpen, hej då!"],
    ] as const) {
      const a = last(bot, text, { now });
      expect(a.language).toBe(lang);
      expect(a.intent, text).toBe("thanks");
    }
  });

  it("reads whether freelance or self-employed work counts as the experience asked about, not as a language question", () => {
    const a = last(bot, "od 4 lat prowadzę jednoosobową działalność (B2B) w cyberbezpieczeństwie, czy to się liczy jako doświadczenie?", { now });
    expect(a.language).toBe("pl");
    expect(a.intent).toBe("experience");
  });

  it("reads 'hvala puno' as thanks though 'puno' is the 'full' of 'puno radno vrijeme' (full-time)", () => {
    expect(last(bot, "hvala puno, to je sve", { now }).intent).toBe("thanks");
  });

  it("answers an insult with an apology and what it can do, never with the notice's silence", () => {
    const a = last(bot, "sei proprio inutile", { now });
    expect(a.language).toBe("it");
    expect(["offtopic", "help"]).toContain(a.intent);
  });
});
