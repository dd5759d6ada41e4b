// Which language a reply is in: the message's own words when they say it clearly, the conversation's otherwise.
import { describe, expect, it } from "vitest";
import { chooseLanguage, languageOfLocale } from "../../src/i18n/detect.js";
import { normalizeForMatch } from "../../src/engine/normalize.js";

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
