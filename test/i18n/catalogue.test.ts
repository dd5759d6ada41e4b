// The message catalogue: named parameters, plural rules per language, and English where a language lacks a message.
import { describe, expect, it } from "vitest";
import { checkMessages, createCatalogue } from "../../src/i18n/catalogue.js";

describe("createCatalogue", () => {
  const en = createCatalogue("en", { left: "{n, plural, one {# day} other {# days}} left", only: "English only" });
  const pl = createCatalogue("pl", { left: "{n, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}" }, en);

  it("formats parameters and plurals", () => {
    expect(en.t("left", { n: 1 })).toBe("1 day left");
    expect(en.t("left", { n: 3 })).toBe("3 days left");
    expect(pl.t("left", { n: 5 })).toBe("5 dni");
  });

  it("falls back to English for a message the language lacks, and to the id when neither has it", () => {
    expect(pl.t("only")).toBe("English only");
    expect(pl.t("nowhere")).toBe("nowhere");
    expect(pl.has("only")).toBe(false);
  });

  it("shares a compiled message between catalogues of one language only: the same text keeps each language's plural rules", () => {
    const text = "{n, plural, one {one} few {few} many {many} other {other}}";
    const [english, polish, again] = [createCatalogue("en", { m: text }), createCatalogue("pl", { m: text }), createCatalogue("en", { x: text })];
    expect([2, 5].map((n) => english.t("m", { n }))).toEqual(["other", "other"]);
    expect([2, 5].map((n) => polish.t("m", { n }))).toEqual(["few", "many"]);
    expect(again.t("x", { n: 1 })).toBe("one");
  });

  it("checkMessages names the first message that does not compile", () => {
    expect(checkMessages({ ok: "fine {x}", bad: "{n, plural, one {x}" }, "en")).toMatch(/^bad: /);
    expect(checkMessages({ ok: "fine" }, "en")).toBeUndefined();
  });
});
