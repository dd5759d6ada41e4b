// The softmax classifier (issue 17, the classifier comparison): the same interface as the nearest neighbours,
// typos and inflections carried by character n-grams, probabilities as confidences, nothing for unknown words.
import { describe, expect, it } from "vitest";
import { createHybridClassifier, createLinearClassifier } from "../../src/search/linear.js";

const examples = {
  "deadline.when": ["when is the deadline", "what is the closing date", "by when must I send my application", "last day to apply"],
  "contract.duration": ["how long is the contract", "what kind of contract is it", "how many years does the contract last"],
  pay: ["what is the salary", "how much does it pay", "is the pay net or gross"],
};
const options = { language: "en", stopwords: ["the", "is", "what", "of", "it", "a", "does", "how", "to", "my", "i"] };

describe("createLinearClassifier", () => {
  const classifier = createLinearClassifier(examples, options);
  it.each([
    ["When's the dedline?", "deadline.when"],
    ["closing date please", "deadline.when"],
    ["how long does the contract last", "contract.duration"],
    ["contracts duration?", "contract.duration"],
    ["salary?", "pay"],
    ["how much would I earn, is it paid well", "pay"],
  ])("rank(%j) puts %s first", (q, label) => {
    expect(classifier.rank(q)[0]?.label).toBe(label);
  });

  it("gives probabilities: between 0 and 1, best first, summing to at most 1", () => {
    const ranked = classifier.rank("what is the salary", 3);
    expect(ranked[0]!.confidence).toBeGreaterThan(0.5);
    expect(ranked.map((r) => r.confidence)).toEqual([...ranked.map((r) => r.confidence)].sort((a, b) => b - a));
    expect(ranked.reduce((a, r) => a + r.confidence, 0)).toBeLessThanOrEqual(1.000001);
  });

  it("ranks nothing for a message whose words no example knows", () => {
    expect(classifier.rank("zxqv wplk")).toEqual([]);
    expect(classifier.rank("")).toEqual([]);
  });

  it("trains the same model from the same examples (a seeded order)", () => {
    const again = createLinearClassifier(examples, options);
    expect(again.rank("is the pay good", 3)).toEqual(classifier.rank("is the pay good", 3));
  });
});

describe("createHybridClassifier", () => {
  it("answers as the softmax where it is sure, and ranks a message the neighbours find by a prefix", () => {
    const hybrid = createHybridClassifier(examples, options);
    expect(hybrid.rank("what is the salary")[0]?.label).toBe("pay");
    expect(hybrid.rank("deadl?")[0]?.label).toBe("deadline.when");
  });
});
