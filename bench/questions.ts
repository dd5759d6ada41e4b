// The fixed question mix of the benchmarks and the load test: the dev cases' questions (the shared eval set when
// it is there, else the shipped golden questions) and variants of each, as people type them at an event.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const DEV = join(root, "..", "shared", "eval", "dev.jsonl");

function turnsOf(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .flatMap((l) => (JSON.parse(l) as { turns: string[] }).turns);
}

/** The dev cases' questions, one per turn, in file order. */
export function devQuestions(): string[] {
  if (existsSync(DEV)) return turnsOf(DEV);
  const knowledge = join(root, "knowledge");
  return readdirSync(knowledge)
    .map((d) => join(knowledge, d, "golden.jsonl"))
    .filter(existsSync)
    .flatMap(turnsOf);
}

/** A typo: two letters of the longest word swapped. */
function typo(q: string): string {
  const words = q.split(" ");
  const i = words.reduce((best, w, j) => (w.length > words[best]!.length ? j : best), 0);
  const w = words[i]!;
  if (w.length < 4) return q;
  words[i] = w.slice(0, 1) + w[2] + w[1] + w.slice(3);
  return words.join(" ");
}

const VARIANTS: ((q: string) => string)[] = [
  (q) => q,
  (q) => q.toLowerCase(),
  (q) => q.replace(/[?!.,]/g, ""),
  (q) => `hi, ${q}`,
  (q) => `Please tell me: ${q}`,
  (q) => `${q} thanks`,
  (q) => q.toUpperCase(),
  typo,
  (q) => `${q}??`,
  (q) => `  ${q.toLowerCase()}  `,
  (q) => `quick question - ${typo(q.toLowerCase())}`,
];

/** At least 500 questions: every dev question in every variant. */
export function questionMix(): string[] {
  const base = devQuestions();
  return VARIANTS.flatMap((v) => base.map(v));
}
