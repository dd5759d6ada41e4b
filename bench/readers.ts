// `npx tsx bench/readers.ts [languages]`: what the readers alone cost on each language's examples — the whole
// reading of a message (understand.ts: the speller, the user's facts, zones, clocks, cues) and the user's facts
// alone (eligibility/profile.ts) — as the median over the examples of each message's fastest of ROUNDS readings
// (the fastest, so that a busy machine's pauses do not count). Runs the compiled modules (`npm run build` first);
// ROOT=<folder> measures another build of the project the same way.
import { performance } from "node:perf_hooks";

const root = process.env.ROOT ?? "..";
const { loadKnowledge } = (await import(`${root}/dist/src/index.js`)) as typeof import("../src/index.js");
const { completeLexicon, referenceWithNames } = (await import(`${root}/dist/src/engine/language-pack.js`)) as typeof import("../src/engine/language-pack.js");
const { createReader } = (await import(`${root}/dist/src/engine/understand.js`)) as typeof import("../src/engine/understand.js");
const { createProfileReader } = (await import(`${root}/dist/src/engine/eligibility/profile.js`)) as typeof import("../src/engine/eligibility/profile.js");
const { normalizeForMatch } = (await import(`${root}/dist/src/text/normalize.js`)) as typeof import("../src/text/normalize.js");

const knowledge = loadKnowledge(process.env.ROOT ? `${root}/knowledge` : undefined);
const only = process.argv[2] && process.argv[2] !== "all" ? new Set(process.argv[2].split(",")) : undefined;
const rounds = Number(process.env.ROUNDS ?? 5);
const step = Number(process.env.STEP ?? 3);
const fastest = (f: () => unknown) => {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const at = performance.now();
    f();
    best = Math.min(best, performance.now() - at);
  }
  return best;
};
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]! * 1000;
const mean = (times: number[]) => (times.reduce((a, b) => a + b, 0) / times.length) * 1000;
const rows: string[] = [];
for (const [language, source] of knowledge.lexicons) {
  if (only && !only.has(language)) continue;
  const lexicon = completeLexicon(source);
  const reference = referenceWithNames(knowledge.reference, lexicon);
  const reader = createReader(lexicon, reference, reference.zones, [], () => false);
  const profile = createProfileReader(lexicon, reference);
  const texts = Object.values(lexicon.examples).flat().filter((_, i) => i % step === 0);
  for (const t of texts.slice(0, 50)) reader.read(t);
  const whole = texts.map((t) => fastest(() => reader.read(t)));
  const facts = texts.map((t) => normalizeForMatch(t)).map((t) => fastest(() => profile(t)));
  rows.push(`${language}  read median ${median(whole).toFixed(0).padStart(4)} µs, mean ${mean(whole).toFixed(0).padStart(4)} µs | user's facts median ${median(facts).toFixed(0).padStart(4)} µs, mean ${mean(facts).toFixed(0).padStart(4)} µs`);
}
console.log(rows.join("\n"));
