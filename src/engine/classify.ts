// The classify stage: a message's labels from the classifier (the whole, and its clauses where the whole is
// unsure), and every intent's score from them. Thresholds come from the routing data (knowledge/lexicon/routing.json).
import type { Routing } from "../knowledge/schema.js";
import type { Classifier, Ranked } from "../search/examples.js";
import { MAX_CLAUSES } from "./requests.js";
import { SMALL_TALK } from "./route.js";

/** The intent a classifier label is answered by: the lexicon's mapping, else its first part. */
export function intentOfLabel(intentOf: Record<string, string>, label: string): string | undefined {
  return (intentOf[label] ?? label).split(".")[0];
}

/**
 * The labels of a message. A long message whose words pull many ways ("how do I apply concretely? what do I
 * send and to whom?") is also read clause by clause, and the clauses' votes are added to the whole's.
 */
export function classifyMessage(classifier: Classifier, text: string, clausesOf: () => string[], routing: Routing): Ranked[] {
  const whole = classifier.rank(text, 4);
  if ((whole[0]?.confidence ?? 0) >= routing.wholeConfidence) return whole;
  const clauses = clausesOf();
  if (clauses.length < 2) return whole;
  const votes = new Map<string, { confidence: number; score: number }>();
  for (const r of [whole, ...clauses.slice(0, MAX_CLAUSES).map((c) => classifier.rank(c, 4))])
    for (const l of r) {
      const v = votes.get(l.label) ?? { confidence: 0, score: 0 };
      votes.set(l.label, { confidence: v.confidence + l.confidence, score: Math.max(v.score, l.score) });
    }
  const total = [...votes.values()].reduce((a, v) => a + v.confidence, 0);
  return [...votes]
    .map(([label, v]) => ({ label, score: v.score, confidence: v.confidence / total }))
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, 4);
}

/** An intent's score: its patterns' weights plus its share of the classifier's votes. */
export function scoresOfIntents(patternScores: Map<string, number>, labels: Ranked[], routing: Routing): Map<string, number> {
  const scores = new Map(patternScores);
  for (const l of labels) {
    const intent = intentOfLabel(routing.intentOf, l.label);
    // Small talk, off-topic and uncovered subjects have rules of their own; votes for them do not add up here.
    if (!intent || intent === "uncovered" || intent === "offtopic" || SMALL_TALK.has(intent)) continue;
    scores.set(intent, (scores.get(intent) ?? 0) + routing.classifierWeight * l.confidence);
  }
  return scores;
}
