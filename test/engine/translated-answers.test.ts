// No English left inside a translated answer: list joins, country and language names, dates and the notice's
// own conditions (quoted and labelled with the notice's language) come from the answer language's data.
import { describe, expect, it } from "vitest";
import { botFor, last } from "../helpers/bot.js";
import { projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
// After the deadline, so the verdict names the date the call closed.
const closed = "2025-11-03T09:00:00Z";

const cases = [
  { code: "pt", eligibility: "Sou português, falo português (C2) e inglês (C1), tenho mestrado e 4 anos de experiência. Sou elegível?", application: "Como me candidato?", label: /em inglês/ },
  { code: "fr", eligibility: "Je suis française, je parle français (C2) et anglais (C1), j'ai un master et 4 ans d'expérience. Suis-je éligible ?", application: "Comment je postule ?", label: /en anglais/ },
  { code: "de", eligibility: "Ich bin Österreicher, spreche Deutsch (C2) und Englisch (C1), habe einen Master und 4 Jahre Erfahrung. Bin ich geeignet?", application: "Wie bewerbe ich mich?", label: /Englisch/ },
  { code: "cs", eligibility: "Jsem Čech, mluvím česky (C2) a anglicky (C1), mám magisterský titul a 4 roky praxe. Splňuji podmínky?", application: "Jak se mám přihlásit?", label: /angličtin/ },
  { code: "es", eligibility: "Soy español, hablo español (C2) e inglés (C1), tengo un máster y 4 años de experiencia. ¿Soy elegible?", application: "¿Cómo presento la candidatura?", label: /en inglés/ },
];

// Words that would betray English inside the answer's own sentences (the notice's quotes are labelled and excluded).
const english = /\b(?:and|or|Monday|Tuesday|Wednesday|Thursday|Friday|October|Brussels time|Portuguese|English|French|German|Spanish|Spain|Austria)\b/;
/** The answer without the notice's own words in quotation marks. */
const own = (text: string) => text.replace(/“[^”]*”|«[^»]*»|„[^“”]*[“”]/g, "“…”");

describe("a translated answer holds no English of its own", () => {
  for (const c of cases) {
    it(`eligibility in ${c.code}: names, joins, conditions and the closed date in the language`, () => {
      const a = last(bot, c.eligibility, { now: closed });
      expect(a.language).toBe(c.code);
      expect(own(a.text)).not.toMatch(english);
      // The notice's conditions are its own words, labelled with its language.
      expect(a.text).toMatch(c.label);
      expect(a.text).toMatch(/2025/);
    });
    it(`application in ${c.code}: the deadline in the language`, () => {
      const a = last(bot, c.application, { now: "2025-10-06T08:00:00Z" });
      expect(a.language).toBe(c.code);
      expect(own(a.text)).not.toMatch(english);
    });
  }
});
