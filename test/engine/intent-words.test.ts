// An intent's score from the language's words (words.json `intentWords`, src/engine/intent-words.ts; issue 17, "one
// understanding"): English once scored intents with regular expressions of its own (lexicon.json `intents`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { intentScorerOf } from "../../src/engine/intent-words.js";
import { wordsSchema } from "../../src/knowledge/schema.js";
import { normalizeForMatch } from "../../src/text/normalize.js";
import { projectKnowledgeDir } from "../helpers/bot.js";

const dir = join(projectKnowledgeDir, "lexicon");
const routing = { cueWeight: 3, cueHits: 2, cueOpens: 1.5, smallTalk: 6 };

describe("intent words", () => {
  it("English's lexicon.json holds no intent patterns any more", () => {
    const lexicon = JSON.parse(readFileSync(join(dir, "en", "lexicon.json"), "utf8"));
    expect(lexicon.intents).toBeUndefined();
  });
  const words = wordsSchema.parse({
    intentWords: { greeting: ["hello", "hi"], place: ["where do {w} work", "location"], telework: ["telework*"], pay: ["salary", "allowance"] },
  });
  const score = intentScorerOf({ words, stopwords: ["there", "the", "is"] }, routing);
  const of = (text: string) => Object.fromEntries(score(normalizeForMatch(text)));
  it("a greeting that is the whole message, small words aside, scores as small talk; beside a question, one weak cue", () => {
    expect(of("Hello there!").greeting).toBe(6);
    expect(of("hello, what is the salary?").greeting).toBeLessThan(3);
  });
  it("each distinct phrase adds a cue, up to cueHits; words opening the message weigh more; {w} is any one word", () => {
    expect(of("what is the salary and the allowance?").pay).toBe(6);
    expect(of("salary salary salary").pay).toBe(3 + 1.5);
    expect(of("where do trainees work, and can they telework?")).toEqual({ place: 4.5, telework: 3 });
  });
});
