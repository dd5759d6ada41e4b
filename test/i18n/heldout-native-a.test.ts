// Held-out questions in Bulgarian, Czech, Slovak, Croatian, Slovenian, Greek, Hungarian and Romanian about the
// first notice (issue 19, the native second read): written the way candidates type them — without diacritics,
// colloquial, two questions in one, facts of their own (citizenship beside residence, their country's degrees,
// language levels), false premises — and a conversation in each that goes to English and back. Each case says
// what the answer must contain, its verdict, that it cites the notice, and that it is in the language asked.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { botFor, converse, projectKnowledgeDir } from "../helpers/bot.js";

type Case = {
  id: string;
  turns: string[];
  now: string;
  tz?: string;
  tags: string[];
  lang: string;
  expect: { all?: string[][]; none?: string[]; verdict?: string; cited?: boolean };
};

const cases: Case[] = readFileSync(fileURLToPath(new URL("../fixtures/heldout-native-a.jsonl", import.meta.url)), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);
const bot = botFor(projectKnowledgeDir);
const fold = (s: string) => s.normalize("NFKC").replace(/[*_`]/g, "").replace(/\s+/g, " ").toLowerCase();

describe("held-out questions in the native-a languages", () => {
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const answers = converse(bot, c.turns, { now: c.now, ...(c.tz ? { zone: c.tz } : {}) });
    const a = answers.at(-1)!;
    const text = fold(a.text);
    expect(a.language).toBe(c.lang);
    // A conversation that goes to English in its middle turn is answered in English there.
    if (c.tags.includes("switch")) expect(answers[1]!.language).toBe("en");
    for (const group of c.expect.all ?? []) expect(group.some((alt) => text.includes(fold(alt))), `${c.id}: one of ${group.join(" | ")} in: ${a.text}`).toBe(true);
    for (const alt of c.expect.none ?? []) expect(text.includes(fold(alt)), `${c.id}: no ${alt} in: ${a.text}`).toBe(false);
    if (c.expect.verdict) expect(a.verdict).toBe(c.expect.verdict);
    if (c.expect.cited) expect(a.citations.length).toBeGreaterThan(0);
  });
});

describe("the classes the held-out questions showed", () => {
  const now = "2025-10-06T08:00:00Z";
  const ask = (q: string | string[]) => converse(bot, Array.isArray(q) ? q : [q], { now }).at(-1)!;

  it.each([
    ["I live in Czech Republic, am I from an underrepresented country?", "en"],
    ["my degree is in Greek philology, 4 years. Is that enough?", "en"],
    ["je Slovensko nedostatočne zastúpené?", "sk"],
  ])("a language's name inside a sentence is no request to switch: %s", (q, language) => {
    expect(ask(q).language).toBe(language);
  });

  it("a message made of one language's own words is that language even when the detector leans to one the bot does not speak", () => {
    const a = ask("aka dlha je skusobna doba?");
    expect(a.language).toBe("sk");
    expect(a.text).toMatch(/9 mesiacov/);
  });

  it.each([
    "sem državljan BiH, v Ljubljani živim že 10 let, slovenskega državljanstva pa nimam. Magistriral sem na FRI, slovenščina C1, angleščina C1. Se lahko prijavim?",
    "jsem z Ukrajiny, v Praze žiju 8 let, české občanství však nemám. Mám inženýra z VUT, češtinu C1 a angličtinu C1. Můžu se přihlásit?",
    "ja sam iz Subotice, imam srpsko državljanstvo, hrvatsko nemam. Magistrirala sam na FER-u, hrvatski materinji, engleski C1. Mogu li se prijaviti?",
  ])("a citizenship denied after a contrast particle, or held as a country's adjective, is read: %s", (q) => {
    expect(ask(q).verdict).toBe("not_eligible");
  });

  it.each([
    [["můžu se přihlásit?", "jsem Češka, mám jen maturitu, žádnou vysokou, čeština rodná a angličtina C1"], "not_eligible"],
    [["mozem sa prihlasit?", "som Slovak, byvam v Prahe, mam inziniera z FIIT STU, slovencina materinsky jazyk, anglictina C1"], "eligible"],
    [["mogu li se prijaviti?", "hrvat sam, zivim u Njemackoj, imam magisterij iz elektrotehnike s FER-a, hrvatski materinji, njemacki C1, engleski B2"], "eligible"],
    [["ali se lahko prijavim?", "sem Slovenka, imam diplomo prve bolonjske stopnje iz računalništva, slovenščina materni jezik, angleščina C1"], "eligible"],
  ])("the degrees of the candidate's own system are read: %s", (turns, verdict) => {
    expect(ask(turns).verdict).toBe(verdict);
  });

  it.each([
    ["sl", "sem srbski drzavljan, magisterij FRI, slovenscina C1, anglescina C2, se lahko prijavim?", "država kandidatka"],
    ["ro", "sunt din Marea Britanie, am doar cetatenie britanica, master, engleza materna, franceza C1. pot aplica?", "a ieșit din UE în 2020"],
    ["cs", "jsem Nor, mam magistra, norstina materstina, anglictina C1, muzu se prihlasit?", "EHP"],
  ])("%s: the group of a country outside the EU is said in the language, not in the reference's English", (language, q, says) => {
    const a = ask(q);
    expect(a.language).toBe(language);
    expect(a.text).toContain(says);
    expect(a.text).not.toMatch(/candidate country|left the EU|\(EEA\)|, EEA\)/);
  });
});
