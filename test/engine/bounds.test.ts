// The work per message is bounded by construction (issue 22, item 3): whatever its shape, a message reaches the
// examples index with a bounded number of distinct terms, the notice's index with a bounded number of content
// words, and the classifier with a bounded number of clauses. Counts, not timings (timings are in `npm run bench`).
import { describe, expect, it } from "vitest";
import { worstShapes } from "../../bench/worst.js";
import { boundForReading, cleanInput, MAX_READ_WORDS, normalizeForMatch } from "../../src/text/normalize.js";
import { MAX_CLAUSES, splitRequests } from "../../src/engine/requests.js";
import { phraseRegExp } from "../../src/engine/language-pack.js";
import { createClassifier, MAX_CONTENT_TERMS, MAX_STOP_TERMS } from "../../src/search/examples.js";
import { createSearchIndex, MAX_SEARCH_TERMS } from "../../src/search/index.js";
import { knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";

const knowledge = knowledgeAt(projectKnowledgeDir);
const notice = [...knowledge.notices.values()][0]!;

describe.each([...knowledge.lexicons.keys()])("the worst shapes of a message in %s", (language) => {
  const lexicon = knowledge.lexicons.get(language)!;
  const examples = Object.values(lexicon.examples).flat();
  const stop = lexicon.stopwords.length ? lexicon.stopwords : lexicon.words.stopwords;
  const classifier = createClassifier(lexicon.examples, { language, stopwords: stop });
  const and = phraseRegExp(lexicon.words.and, "giu");
  const shapes = { ...worstShapes(examples), "one letter, 4,000 times": "i ".repeat(2000), "a word of 1,000 letters": "a".repeat(1000) };

  it.each(Object.entries(shapes))("%s", (_, message) => {
    const read = boundForReading(cleanInput(message).text);
    expect(read.split(" ").length).toBeLessThanOrEqual(MAX_READ_WORDS + 1);
    const terms = classifier.queryTerms(normalizeForMatch(read));
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.length).toBeLessThanOrEqual(MAX_CONTENT_TERMS + MAX_STOP_TERMS);
    const clauses = splitRequests(normalizeForMatch(read).split(/[?;]/), and);
    expect(clauses.length).toBeLessThanOrEqual(MAX_CLAUSES);
    for (const clause of clauses) expect(classifier.queryTerms(clause).length).toBeLessThanOrEqual(MAX_CONTENT_TERMS + MAX_STOP_TERMS);
  });
});

describe("the notice's index", () => {
  it("is searched with at most MAX_SEARCH_TERMS distinct content words", () => {
    const lexicon = knowledge.lexicons.get(notice.facts.language)!;
    let searched: number;
    const index = createSearchIndex(notice.sections, { stopwords: lexicon.stopwords, synonyms: [] });
    const many = Array.from({ length: 300 }, (_, i) => `word${i.toString(36)}`).join(" ");
    // Every content word a passage holds is counted in its coverage: the coverage's denominator is the terms searched.
    const word = normalizeForMatch(index.passages[0]!.text).split(" ").find((w) => /^\p{L}{7,}$/u.test(w) && !lexicon.stopwords.includes(w))!;
    const hits = index.search(`${word} ${many}`, 100);
    expect(hits.length).toBeGreaterThan(0);
    searched = Math.round(1 / Math.max(...hits.map((h) => h.coverage)));
    expect(searched).toBeLessThanOrEqual(MAX_SEARCH_TERMS);
  });
});

describe("what the engine reads of a message", () => {
  it("cuts runs of one word and keeps the head and the tail of a long message", () => {
    expect(boundForReading("i i i i i i am here")).toBe("i i am here");
    const long = Array.from({ length: 300 }, (_, i) => `w${i}`).join(" ") + " when is the deadline?";
    const read = boundForReading(long);
    expect(read.split(" ").length).toBeLessThanOrEqual(MAX_READ_WORDS + 1);
    expect(read.startsWith("w0 w1")).toBe(true);
    expect(read.endsWith("when is the deadline?")).toBe(true);
  });

  it("leaves a normal question as it is", () => {
    expect(boundForReading("When is the deadline, and where is the job?")).toBe("When is the deadline, and where is the job?");
  });
});
