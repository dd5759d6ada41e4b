// The intent classifier over example questions: nearest examples vote, stop words alone decide nothing.
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/search/examples.js";

const examples = {
  "deadline.when": ["when is the deadline", "what is the closing date", "by when must I send my application", "last day to apply"],
  "contract.duration": ["how long is the contract", "what kind of contract is it", "how many years does the contract last"],
  pay: ["what is the salary", "how much does it pay", "is the pay net or gross"],
};
const classifier = createClassifier(examples, { language: "en", stopwords: ["the", "is", "what", "of", "it", "a", "does", "how", "to", "my", "i"] });

describe("createClassifier", () => {
  it.each([
    ["When's the dedline?", "deadline.when"],
    ["closing date please", "deadline.when"],
    ["how long does the contract last", "contract.duration"],
    ["salary?", "pay"],
    ["how much would I earn, is it paid well", "pay"],
  ])("rank(%j) puts %s first", (q, label) => {
    expect(classifier.rank(q)[0]?.label).toBe(label);
  });

  it("gives a confidence between 0 and 1, near 1 for a clear message", () => {
    const [best] = classifier.rank("what is the salary");
    expect(best!.confidence).toBeGreaterThan(0.7);
    expect(best!.confidence).toBeLessThanOrEqual(1);
  });

  it("ranks nothing when only stop words are shared ('what kind of…' is not about contracts)", () => {
    expect(classifier.rank("what kind of platforms").map((r) => r.label)).not.toContain("pay");
    expect(classifier.rank("tell me about platforms")).toEqual([]);
  });

  it("ranks nothing for an empty message", () => {
    expect(classifier.rank("   ")).toEqual([]);
  });

  it("stems in the language it is given: French plurals meet their singular", () => {
    const fr = createClassifier({ pay: ["quel est le salaire"], "contract.duration": ["combien de temps dure le contrat"] }, { language: "fr", stopwords: ["le", "de", "quel", "est"] });
    expect(fr.rank("les salaires ?")[0]?.label).toBe("pay");
    expect(fr.rank("durée des contrats")[0]?.label).toBe("contract.duration");
  });
});
