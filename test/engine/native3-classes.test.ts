// The classes the third native held-out round found (issue 19), one focused case each, through the real bot.
import { describe, expect, it } from "vitest";
import { normalizeForMatch } from "../../src/text/normalize.js";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("native round 3 classes", () => {
  it("reads a past residence as residence, not as the citizenship (da 'har boet i')", () => {
    const a = last(bot, "jeg har boet i Danmark i 15 år men er tyrkisk statsborger, har en master fra DTU, dansk C1 og engelsk C1, kan jeg søge?", { now });
    expect(a.verdict).toBe("not_eligible");
  });

  it("reads a word that is a count and a year at once as the years of study (mt 'sentejn', el 'τετραετές')", () => {
    expect(last(bot, "jien Malti, għandi diploma ta' sentejn biss fl-IT, Malti nattiv, Ingliż C1. nista' napplika?", { now }).verdict).toBe("not_eligible");
    expect(last(bot, ["μπορώ να κάνω αίτηση;", "είμαι Κύπριος πολίτης", "έχω τετραετές πτυχίο πληροφορικής, αγγλικά C2, ελληνικά μητρική"], { now }).verdict).toBe("eligible");
  });

  it("reads a compound number stem before the year (lv 'divgadīga', sk 'dvojročné')", () => {
    expect(last(bot, "esmu latvietis, man ir divgadīga koledžas izglītība IT, latviešu dzimtā, angļu C1. vai der?", { now }).verdict).toBe("not_eligible");
    expect(last(bot, "som Slovak, mam len dvojrocne pomaturitne studium, slovencina materinsky, anglictina C1. mozem sa prihlasit?", { now }).verdict).toBe("not_eligible");
  });

  it("never reads a stop word of the language as a country (sl 'danes' is 'today', not 'Danes')", () => {
    const a = last(bot, "se še lahko prijavim? danes je 21. oktober", { now: "2025-10-21T09:00:00Z" });
    expect(a.intent).toBe("deadline");
    expect(a.language).toBe("sl");
  });

  it("reads a Greek ';' after Greek letters as a question mark", () => {
    expect(normalizeForMatch("χώρες;")).toBe("χωρες?");
    expect(normalizeForMatch("χώρες\u037e")).toBe("χωρες?");
    expect(normalizeForMatch("C1; B2")).not.toContain("?");
    const a = last(bot, "η Ελλάδα είναι στις υποεκπροσωπούμενες χώρες;", { now });
    expect(a.intent).toBe("underrepresented");
    expect(a.verdict).toBeUndefined();
  });

  it("counts a hyphen-joined article as a function word: Maltese is not Greek in Latin letters", () => {
    const a = last(bot, "Malta hi fil-lista tal-pajjiżi sottorappreżentati?", { now });
    expect(a.language).toBe("mt");
    expect(a.intent).toBe("underrepresented");
  });

  it("names a citizenship by '<country> pilietybė' (lt)", () => {
    const a = last(bot, "gyvenu Lietuvoje 10 metų, bet turiu tik Baltarusijos pilietybę. turiu magistrą, anglų C1, lietuvių C1. ar galiu kandidatuoti?", { now });
    expect(a.verdict).toBe("not_eligible");
  });

  it("gives the Faroes their own clock (an hour behind Copenhagen in October)", () => {
    const a = last(bot, "jeg bor på Færøerne, hvad tid er fristen her hos os?", { now, zone: "Atlantic/Faroe" });
    expect(a.text).toMatch(/11[.:]00/);
  });
});
