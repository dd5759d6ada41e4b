// Each routing rule on its own, then the order between them, over hand-made signals.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptySession } from "../../src/conversation/session.js";
import { route, RULES, type Signals } from "../../src/engine/route.js";
import type { Understanding } from "../../src/engine/understand.js";
import { routingSchema } from "../../src/knowledge/schema.js";

// The thresholds every language shares are data (knowledge/lexicon/routing.json).
const routing = routingSchema.parse(JSON.parse(readFileSync(new URL("../../knowledge/lexicon/routing.json", import.meta.url), "utf8")));

function understanding(over: Partial<Understanding> = {}): Understanding {
  return {
    original: "q",
    text: "q",
    truncated: false,
    empty: false,
    scores: new Map(),
    offTopic: false,
    profile: {},
    statesFacts: false,
    hypothetical: false,
    asked: {},
    countries: [],
    languages: [],
    understood: true,
    topics: new Set(),
    ...over,
  };
}

function signals(over: Partial<Signals> & { scores?: Record<string, number> } = {}): Signals {
  const scores = new Map(Object.entries(over.scores ?? {}));
  const ranked = [...scores].filter(([i]) => !["greeting", "help", "thanks"].includes(i)).sort((a, b) => b[1] - a[1]);
  return {
    u: understanding(),
    session: emptySession(),
    score: (i) => scores.get(i) ?? 0,
    ...(ranked[0] ? { top: { intent: ranked[0][0], score: ranked[0][1] } } : {}),
    ...(ranked[1] ? { second: { intent: ranked[1][0], score: ranked[1][1] } } : {}),
    firstPerson: false,
    followUp: false,
    refersBack: false,
    backToMe: false,
    levelsSet: true,
    patternScore: (i) => scores.get(i) ?? 0,
    passage: () => undefined,
    routing,
    ...over,
  };
}

const rule = (id: string) => RULES.find((r) => r.id === id)!;

describe("each rule", () => {
  it("empty: a message of symbols gets help", () => {
    expect(rule("empty").decide(signals({ u: understanding({ empty: true }) }))).toBe("help");
    expect(rule("empty").decide(signals())).toBeUndefined();
  });

  it("small-talk: a strong greeting pattern, or a short message the classifier is sure is small talk", () => {
    expect(rule("small-talk").decide(signals({ scores: { greeting: 6 } }))).toBe("greeting");
    expect(rule("small-talk").decide(signals({ label: { label: "thanks", confidence: 0.9 }, u: understanding({ text: "merci beaucoup" }) }))).toBe("thanks");
    expect(rule("small-talk").decide(signals({ label: { label: "thanks", confidence: 0.9 }, u: understanding({ text: "thanks and when is the deadline for the post then" }) }))).toBeUndefined();
  });

  it("uncovered: a subject the notice leaves open, unless the user states facts for a check", () => {
    const u = understanding({ uncovered: { id: "visa", subject: "visas" } });
    expect(rule("uncovered").decide(signals({ u, scores: { deadline: 2 } }))).toBe("uncovered");
    expect(rule("uncovered").decide(signals({ u: { ...u, statesFacts: true }, scores: { eligibility: 3 } }))).toBeUndefined();
    expect(rule("uncovered").decide(signals({ u, scores: { deadline: 7 } }))).toBeUndefined();
  });

  it("off-topic: unrelated words win over a weak intent, and whenever the classifier agrees", () => {
    const u = understanding({ offTopic: true });
    expect(rule("off-topic").decide(signals({ u, scores: { deadline: 3.5 } }))).toBe("offtopic");
    expect(rule("off-topic").decide(signals({ u, scores: { deadline: 6 }, label: { label: "offtopic", confidence: 0.5 } }))).toBe("offtopic");
    expect(rule("off-topic").decide(signals({ u, scores: { deadline: 6 } }))).toBeUndefined();
  });

  it("follow-up-country: 'what about Norwegians?' after an eligibility answer asks about that country", () => {
    const session = { ...emptySession(), lastIntent: "eligibility" };
    const u = understanding({ countries: [{ code: "NO", name: "Norway", eu: false }] });
    expect(rule("follow-up-country").decide(signals({ u, session, followUp: true }))).toBe("criteria");
    expect(rule("follow-up-country").decide(signals({ u, session }))).toBeUndefined();
  });

  it("level-question: one language with a level, asked about, is the language rule", () => {
    const u = understanding({ text: "is b1 english enough ?", asked: { languages: { English: "B1" } } });
    expect(rule("level-question").decide(signals({ u, label: { label: "languages.requirements", confidence: 0.7 } }))).toBe("languages");
    expect(rule("level-question").decide(signals({ u: { ...u, profile: { nationalities: ["FR"] } }, label: { label: "languages.requirements", confidence: 0.7 } }))).toBeUndefined();
  });

  it("own-facts: facts stated, or answers inside a check, run the check", () => {
    expect(rule("own-facts").decide(signals({ u: understanding({ statesFacts: true }), scores: { eligibility: 3 } }))).toBe("eligibility");
    const checking = { ...emptySession(), checking: true };
    expect(rule("own-facts").decide(signals({ u: understanding({ countries: [{ code: "IE", name: "Ireland", eu: true }] }), session: checking }))).toBe("eligibility");
    expect(rule("own-facts").decide(signals({ u: understanding({ statesFacts: true }), scores: { pay: 5 } }))).toBeUndefined();
  });

  it("own-facts: 'I'm British, can I still apply?' is a check, not the deadline", () => {
    const u = understanding({ statesFacts: true, topics: new Set(["deadline.still"]) });
    expect(rule("own-facts").decide(signals({ u, scores: { deadline: 7 } }))).toBe("eligibility");
  });

  it("requirement: an eligibility question not about the user is the criteria", () => {
    expect(rule("requirement").decide(signals({ scores: { eligibility: 3 } }))).toBe("criteria");
    expect(rule("requirement").decide(signals({ scores: { eligibility: 3 }, firstPerson: true }))).toBeUndefined();
  });

  it("zone: a place after a deadline answer is the deadline there", () => {
    const u = understanding({ zone: "Europe/Lisbon" });
    expect(rule("zone").decide(signals({ u, session: { ...emptySession(), lastIntent: "deadline" } }))).toBe("deadline");
    expect(rule("zone").decide(signals({ u }))).toBeUndefined();
  });

  it("passage-over-guess: a passage holding every word beats an intent only the classifier proposes", () => {
    const base = { scores: { benefits: 4 }, passage: () => ({ coverage: 1, score: 9 }), label: { label: "benefits", confidence: 0.9 } };
    expect(rule("passage-over-guess").decide(signals({ ...base, patternScore: () => 0 }))).toBe("search");
    expect(rule("passage-over-guess").decide(signals({ ...base, patternScore: () => 3 }))).toBeUndefined();
    expect(rule("passage-over-guess").decide(signals({ ...base, passage: () => ({ coverage: 0.5, score: 9 }), patternScore: () => 0 }))).toBeUndefined();
  });

  it("confident and likeliest: a clear score is answered; a faint one is not a reason to answer", () => {
    expect(rule("confident").decide(signals({ scores: { pay: 2 } }))).toBe("pay");
    expect(rule("confident").decide(signals({ scores: { pay: 1.2 } }))).toBeUndefined();
    expect(rule("likeliest").decide(signals({ scores: { pay: 1.2 } }))).toBe("pay");
    expect(rule("likeliest").decide(signals({ scores: { pay: 0.6 } }))).toBeUndefined();
  });

  it("follow-up: 'why?' after an answer keeps the intent", () => {
    expect(rule("follow-up").decide(signals({ followUp: true, session: { ...emptySession(), lastIntent: "contract" } }))).toBe("contract");
  });

  it("unknown-words and closest-passage close the ladder", () => {
    expect(rule("unknown-words").decide(signals({ u: understanding({ understood: false }) }))).toBe("offtopic");
    expect(rule("closest-passage").decide(signals())).toBe("search");
  });
});

describe("the order", () => {
  it("every rule has an id, a line of documentation, and the ids are unique", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.doc.length).toBeGreaterThan(10);
  });

  it("the first rule that decides wins, and says which it was", () => {
    expect(route(signals({ u: understanding({ empty: true }), scores: { pay: 9 } }))).toEqual({ intent: "help", rule: "empty" });
    expect(route(signals({ scores: { pay: 0.2 } }))).toEqual({ intent: "search", rule: "closest-passage" });
  });
});
