// Which language a reply is in: the message's own words when they say it clearly, the conversation's otherwise.
import { describe, expect, it } from "vitest";
import { chooseLanguage, languageOfLocale } from "../../src/i18n/detect.js";
import { normalizeForMatch } from "../../src/text/normalize.js";

const supported = ["en", "fr", "de", "es", "it", "pl", "nl", "pt"];
const choose = (text: string, options: { current?: string; locale?: string; switches?: Map<string, string> } = {}) =>
  chooseLanguage(text, normalizeForMatch(text), { supported, ...options });

describe("chooseLanguage", () => {
  it.each([
    ["Bonjour, c'est quand la date limite pour envoyer sa candidature ?", "fr"],
    ["Hallo, bis wann genau muss die Bewerbung da sein?", "de"],
    ["hola! vivo en canarias, hasta que hora puedo mandar la solicitud el ultimo dia?", "es"],
    ["ciao, qual è la scadenza? entro quando devo mandare la candidatura", "it"],
    ["Cześć, do kiedy można składać aplikacje?", "pl"],
    ["wanneer sluit de vacature precies?", "nl"],
    ["e o período experimental, dura quanto tempo?", "pt"],
    ["When is the deadline for this post?", "en"],
  ])("detects %j as %s", (text, language) => {
    expect(choose(text)).toEqual({ language, by: "detected" });
  });

  it.each(["ok", "C1", "4", "merci", "B2 :)", "Irish"])("keeps the conversation's language for the short %j", (text) => {
    expect(choose(text, { current: "de" }).language).toBe("de");
  });

  it("an English message with one foreign-looking word stays English", () => {
    expect(choose("Wat is the salry?").language).toBe("en");
  });

  it("takes the channel's locale as the prior of a new conversation", () => {
    expect(choose("ok", { locale: "fr-BE" })).toEqual({ language: "fr", by: "locale" });
    expect(languageOfLocale("pt-BR", supported)).toBe("pt");
    expect(languageOfLocale("ja-JP", supported)).toBeUndefined();
  });

  it("switches when asked, whatever the rest of the message", () => {
    const switches = new Map([["auf deutsch", "de"], ["in english please", "en"]]);
    expect(choose("kann ich das auf Deutsch haben", { current: "en", switches })).toEqual({ language: "de", by: "asked" });
    expect(choose("in English please", { current: "de", switches })).toEqual({ language: "en", by: "asked" });
  });
});

describe("chooseLanguage over the 24 official languages (issue 19)", () => {
  const all = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split(" ");
  const among = (text: string, options: { current?: string } = {}) => chooseLanguage(text, normalizeForMatch(text), { supported: all, ...options });

  it.each([
    ["Dia dhuit, cathain a bheidh an spriocdháta le haghaidh iarratas?", "ga"],
    ["Cé chomh fada is atá an conradh, le do thoil?", "ga"],
    ["Bongu, meta hija l-iskadenza biex napplika għal dan ix-xogħol?", "mt"],
    ["Kemm idum il-kuntratt ta' dan ix-xogħol?", "mt"],
    ["Bună! Până când pot trimite candidatura?", "ro"],
    ["Ahoj, do kdy se můžu přihlásit na tuto pozici?", "cs"],
    ["Καλησπέρα! Μέχρι πότε μπορώ να κάνω αίτηση;", "el"],
  ])("detects %j as %s (Irish and Maltese, which eld does not know, by CLD3)", (text, language) => {
    expect(among(text)).toEqual({ language, by: "detected" });
  });

  it("a message clearly in a language the bot does not speak is answered in English, never in a third language", () => {
    expect(among("Здравствуйте, до какого числа можно подать заявку на эту вакансию?")).toEqual({ language: "en", by: "unsupported" });
    expect(among("Merhaba, bu ilan için son başvuru tarihi ne zaman acaba?")).toEqual({ language: "en", by: "unsupported" });
  });
});
