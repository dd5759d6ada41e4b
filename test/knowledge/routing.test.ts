// Every threshold the engine routes with is data: knowledge/lexicon/routing.json, validated at start-up, and a
// language's lexicon.json `routing` tunes it for that language.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/index.js";
import { routingSchema } from "../../src/knowledge/schema.js";
import { projectKnowledgeDir } from "../helpers/bot.js";

const file = join(projectKnowledgeDir, "lexicon", "routing.json");

describe("knowledge/lexicon/routing.json", () => {
  it("holds every threshold: the schema has no number of its own", () => {
    expect(() => routingSchema.parse({})).toThrow();
    expect(routingSchema.parse(JSON.parse(readFileSync(file, "utf8"))).maxRequests).toBe(4);
  });

  it("gives every language the shared thresholds, a language's own over them", () => {
    const shared = routingSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    const knowledge = loadKnowledge();
    expect(knowledge.lexicons.get("de")!.routing).toEqual(shared);
    expect(knowledge.lexicons.get("en")!.routing).toEqual({ ...shared, clauseBreak: expect.not.stringMatching(/^\\\?\|;$/) });
  });

  it("stops start-up with one line naming the file when a threshold is wrong", () => {
    const dir = mkdtempSync(join(tmpdir(), "knowledge-"));
    try {
      cpSync(projectKnowledgeDir, dir, { recursive: true });
      writeFileSync(join(dir, "lexicon", "routing.json"), JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), maxRequests: "four" }));
      expect(() => loadKnowledge(dir)).toThrow(/maxRequests.*routing\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // The softmax's probabilities are shaped unlike the neighbours' vote shares: its thresholds are measured apart.
  it("takes the thresholds calibrated for the classifier that runs, and only thresholds the file has", () => {
    const shared = JSON.parse(readFileSync(file, "utf8"));
    const dir = mkdtempSync(join(tmpdir(), "knowledge-"));
    try {
      cpSync(projectKnowledgeDir, dir, { recursive: true });
      const at = join(dir, "lexicon", "routing.json");
      writeFileSync(at, JSON.stringify({ ...shared, classifier: "softmax", calibrations: { softmax: { wholeConfidence: 0.7 } } }));
      const routing = loadKnowledge(dir).lexicons.get("de")!.routing;
      expect(routing.classifier).toBe("softmax");
      expect(routing.wholeConfidence).toBe(0.7);
      expect(routing.clauseConfidence).toBe(shared.clauseConfidence);
      writeFileSync(at, JSON.stringify({ ...shared, classifier: "knn", calibrations: { softmax: { wholeConfidence: 0.7 } } }));
      expect(loadKnowledge(dir).lexicons.get("de")!.routing.wholeConfidence).toBe(shared.wholeConfidence);
      writeFileSync(at, JSON.stringify({ ...shared, classifier: "hybrid", calibrations: { hybrid: { wholeConfidense: 0.7 } } }));
      expect(() => loadKnowledge(dir)).toThrow(/calibrations\.hybrid\.wholeConfidense.*routing\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
