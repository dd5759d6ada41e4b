// The readers' cheap first looks (bench/readers.ts measures them) never turn away what the full reading finds:
// scan() looks names up only over words that may be words of a name (with a full stop, a plural or possessive
// ending, an elided article), and the dates and "since" readers skip a message without a digit.
import { describe, expect, it } from "vitest";
import { scan } from "../../../src/engine/eligibility/scan.js";
import { createDateReader } from "../../../src/engine/eligibility/doctorate-credit.js";
import { createSinceReader } from "../../../src/engine/eligibility/since.js";
import { knowledgeAt, projectKnowledgeDir } from "../../helpers/bot.js";

const k = knowledgeAt(projectKnowledgeDir);

describe("scan: names found whatever words stand around them", () => {
  const terms = new Map<string, string>([
    ["anglais", "English"],
    ["new york", "America/New_York"],
    ["st. lucia", "LC"],
    ["greek", "GR"],
    ["côte d'ivoire", "CI"],
  ]);
  const names = (text: string, plurals = false) => scan(text, terms, 3, undefined, plurals).map((m) => `${m.ref}@${text.slice(m.start, m.end)}`);
  it.each([
    ["je parle l'anglais et le grec", ["English@anglais"]],
    ["i live in new york now", ["America/New_York@new york"]],
    ["from st. lucia.", ["LC@st. lucia"]],
    ["two greeks and a greek's friend", ["GR@greeks", "GR@greek's"], true],
    ["née en côte d'ivoire", ["CI@côte d'ivoire"]],
    ["nothing here at all", []],
  ] as [string, string[], boolean?][])("%s", (text, expected, plurals = false) => {
    expect(names(text, plurals)).toEqual(expected);
  });
});

describe("the dates and since readers: a message without a digit states no date", () => {
  it("reads dates with digits as before", () => {
    const words = k.lexicons.get("en")!.words;
    expect(createSinceReader(words, ["phd"])("i have worked as a lawyer since october 2019")?.since).toBe("2019-10");
    expect(createDateReader(words, ["phd"])("my phd ran from october 2017 to october 2021").doctorateYears).toBe(4);
  });
  it.each([...k.lexicons.keys()])("%s: nothing without a digit", (language) => {
    const words = k.lexicons.get(language)!.words;
    const month = Object.keys(words.months)[9] ?? "october";
    expect(createSinceReader(words, ["phd"])(`${words.since[0] ?? "since"} ${month}`)).toBeUndefined();
    expect(createDateReader(words, ["phd"])(`phd ${month} ${month}`)).toEqual({});
  });
});
