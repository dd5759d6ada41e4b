// The classes the second read of da, sv, fi, et, lv, lt, ga and mt found (issue 19), each for any language:
// a noun joined to its article by a hyphen is the same noun bare (own-words detection and the classifier), a word
// the language's own examples use is never mended into a country one letter away, and a demonym that is also an
// everyday word of the language is not a nationality.
import { describe, expect, it } from "vitest";
import { ownWordsOf } from "../../src/i18n/detect.js";
import { createClassifier } from "../../src/search/examples.js";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("a word joined by a hyphen is read by its parts", () => {
  it("splits own words at hyphens and trims apostrophes", () => {
    expect(ownWordsOf("kemm hu s-salarju ?")).toEqual(["kemm", "hu", "s", "salarju"]);
    expect(ownWordsOf("nista' nahdem mid-dar ?")).toEqual(["nista", "nahdem", "mid", "dar"]);
  });

  it.each([
    ["kemm hu s-salarju?", "mt", "pay"],
    ["nista' naħdem mid-dar?", "mt", "telework"],
  ])("%s is answered in its own language", (q, language, intent) => {
    const a = last(bot, q, { now });
    expect(a.language).toBe(language);
    expect(a.intent).toBe(intent);
  });

  it("the classifier meets a noun with another article or none", () => {
    const c = createClassifier(
      { pay: ["kemm hi l-paga?", "livell tal-paga?"], place: ["fejn hu x-xogħol?", "f'liema belt?"] },
      { language: "mt", stopwords: ["il-", "tal-", "x-", "ix-", "x'", "kemm"] },
    );
    expect(c.rank("x'inhi il-paga?")[0]?.label).toBe("pay");
    expect(c.rank("fejn ikun ix-xogħol?")[0]?.label).toBe("place");
  });

  it("a word of its own before the hyphen keeps the word whole", () => {
    const c = createClassifier({ about: ["what is CERT-EU?"], pay: ["what is the pay in the EU?"] }, { language: "en", stopwords: ["what", "is", "the", "in"] });
    expect(c.queryTerms("cert-eu")).toEqual(["cert-eu"]);
  });
});

describe("the language's own words are not names", () => {
  it.each([
    ["jag är svensk medborgare och jobbar ibland hemifrån, kan jag söka?", "Irland"],
    ["esmu Latvijas pilsonis, strādāju IT jomā, angļu C1, vai varu pieteikties?", "Somija"],
    ["tá Béarla líofa agam agus beagán Fraincise, an leor é sin?", "Sín"],
    ["kan du tjekke om jeg kan søge? jeg er dansk statsborger", "Tjekkiet"],
  ])("%s names no %s", (q, country) => {
    const a = last(bot, q, { now });
    expect(a.intent).toBe("eligibility");
    expect(a.text).not.toContain(country);
  });
});
