// The worst shapes of a message against a normal one, per language (issue 22, item 3): a message of one-letter
// words, one word repeated, a long question, a wall of distinct words, digits and punctuation, each up to the
// 1,000 characters the engine reads. Every message is new to the engine (its caches never answer), and the
// figure is the worst shape's median time over the median time of a normal question in the same language.
// Run alone: npx tsx bench/worst.ts (also part of `npm run bench`).
import { performance } from "node:perf_hooks";
import { createBot, loadKnowledge } from "../src/index.js";

export type WorstReport = Record<string, { medianMs: number; worstMs: number; worstShape: string; ratio: number }>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fill = (unit: string, length = 1000) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length).trim();

/** The shapes, built from a language's own examples so that every language gets its worst. */
export function worstShapes(examples: string[]): Record<string, string> {
  const long = examples.slice(0, 40).join(" ");
  const distinct = [...new Set(examples.join(" ").split(/\s+/))].join(" ");
  return {
    "one-letter words": fill("i "),
    "one word repeated": fill(`${examples[0]!.split(" ").sort((a, b) => b.length - a.length)[0]} `),
    "long question": fill(`${long} `),
    "distinct words": fill(`${distinct} `),
    "questions and commas": fill(`${examples[1]}, ${examples[2]}? `),
    digits: fill("1 2 3 4 5 6 7 8 9 "),
    punctuation: fill("? , ; . ! "),
  };
}

export function measureWorst(rounds = 30): WorstReport {
  const knowledge = loadKnowledge();
  const report: WorstReport = {};
  let n = 0;
  for (const [language, lexicon] of knowledge.lexicons) {
    const examples = Object.values(lexicon.examples).flat();
    if (examples.length < 10) continue;
    const bot = createBot({ knowledge });
    const now = "2025-10-06T08:00:00Z";
    // Each message new to the engine: a word no cache has seen is added to it.
    const time = (text: string) => {
      const t = `${text} zq${(n++).toString(36)}`;
      const started = performance.now();
      bot.ask({ sessionId: `worst-${n}`, text: t, now, locale: language });
      return performance.now() - started;
    };
    // Warm up the language's means of reading (built on first use).
    for (const q of examples.slice(0, 20)) time(q);
    const normal = median(examples.filter((_, i) => i % 7 === 0).slice(0, rounds * 3).map(time));
    let worst = { shape: "", ms: 0 };
    for (const [shape, text] of Object.entries(worstShapes(examples))) {
      const ms = median(Array.from({ length: rounds }, () => time(text)));
      if (ms > worst.ms) worst = { shape, ms };
    }
    report[language] = { medianMs: round(normal), worstMs: round(worst.ms), worstShape: worst.shape, ratio: round(worst.ms / normal) };
  }
  return report;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = measureWorst(Number(process.env.WORST_ROUNDS ?? 30));
  for (const [language, x] of Object.entries(r)) console.log(`${language}: median ${x.medianMs} ms, worst ${x.worstMs} ms (${x.worstShape}), ratio ${x.ratio}`);
}
