// `npx tsx bench/profile-unseen.ts [languages] [per-language]`: where a message never seen before spends its time.
// Warms every language (its reader and classifier built on first use), then asks each language's examples once,
// each in a conversation of its own, under the V8 CPU profiler, and prints the self time by function (built-ins
// counted for the function that called them) and the median per language, as bench/understanding.ts measures it.
// Runs the compiled engine (`npm run build` first), so that the profile names real lines.
import { Session } from "node:inspector/promises";
import { performance } from "node:perf_hooks";
import { profileTree, type CpuProfile, type ProfileNode } from "./cpu-profile.js";

const compiled: string = "../dist/src/index.js";
const { createBot, loadKnowledge } = (await import(compiled)) as typeof import("../src/index.js");

const only = process.argv[2] && process.argv[2] !== "all" ? new Set(process.argv[2].split(",")) : undefined;
const perLanguage = Number(process.argv[3] ?? 60);
const knowledge = loadKnowledge();
const bot = createBot({ knowledge });
const now = "2025-10-06T08:00:00Z";
// WARM=k: k passes over other examples of each language first, unprofiled, so that what is built or compiled on a
// pattern's first use (V8 compiles a regular expression when it first runs) is out of the profile: what is left is
// the cost every new message pays.
const warmPasses = Number(process.env.WARM ?? 0);
const pick = (offset: number) => {
  const picked = new Map<string, string[]>();
  for (const [language, lexicon] of knowledge.lexicons) {
    if (only && !only.has(language)) continue;
    const all = Object.values(lexicon.examples).flat();
    if (all.length < 20) continue;
    const step = Math.max(1, Math.floor(all.length / (perLanguage + 10)));
    picked.set(language, all.filter((_, i) => i % step === offset % step).slice(0, perLanguage + 10));
  }
  return picked;
};
const picked = pick(warmPasses);
let n = 0;
for (let pass = 0; pass < warmPasses; pass++) for (const [language, texts] of pick(pass)) for (const text of texts) bot.ask({ sessionId: `warm-${n++}`, text, now, locale: language });
// Warm-up: each language's first ten, as the bench leaves them out.
for (const [language, texts] of picked) for (const text of texts.slice(0, 10)) bot.ask({ sessionId: `warm-${n++}`, text, now, locale: language });

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
const medians: string[] = [];
let total = 0;
let count = 0;
for (const [language, texts] of picked) {
  const times = texts.slice(10).map((text) => {
    const started = performance.now();
    bot.ask({ sessionId: `unseen-${n++}`, text, now, locale: language });
    return performance.now() - started;
  });
  total += times.reduce((a, b) => a + b, 0);
  count += times.length;
  medians.push(`${language} ${[...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(2)}`);
}
const { profile } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
type Node = ProfileNode;
const { parent, owner, idle } = profileTree(profile);
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let busy = 0;
const key = (at: Node) => `${at.callFrame.functionName || "(anonymous)"} ${at.callFrame.url.replace(/.*\/(wt-[^/]+|node_modules)\//, "")}:${at.callFrame.lineNumber + 1}`;
for (const node of profile.nodes) {
  const fn = node.callFrame.functionName;
  if (idle(node)) continue;
  busy += node.hitCount;
  const k = fn === "(garbage collector)" ? fn : key(owner(node));
  self.set(k, (self.get(k) ?? 0) + node.hitCount);
  // Inclusive: every distinct function on the stack.
  const seen = new Set<string>();
  for (let at: Node | undefined = node; at; at = parent.get(at.id)) {
    if (!at.callFrame.url) continue;
    const kk = key(at);
    if (seen.has(kk)) continue;
    seen.add(kk);
    inclusive.set(kk, (inclusive.get(kk) ?? 0) + node.hitCount);
  }
}
console.log(`${count} messages, mean ${(total / count).toFixed(3)} ms; median per language: ${medians.join(", ")} ms`);
console.log("\nself time (share of busy samples):");
for (const [fn, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))) console.log(`  ${((hits / busy) * 100).toFixed(1).padStart(5)}%  ${fn}`);
console.log("\ninclusive time (share of busy samples):");
for (const [fn, hits] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log(`  ${((hits / busy) * 100).toFixed(1).padStart(5)}%  ${fn}`);
// CALLERS=name: who calls the functions of that name, by self time under them.
if (process.env.CALLERS) {
  const callers = new Map<string, number>();
  let under = 0;
  for (const node of profile.nodes) {
    let at: Node | undefined = node;
    while (at && at.callFrame.functionName !== process.env.CALLERS) at = parent.get(at.id);
    if (!at) continue;
    under += node.hitCount;
    let up = parent.get(at.id);
    while (up && !up.callFrame.url) up = parent.get(up.id);
    const k = up ? key(up) : "(none)";
    callers.set(k, (callers.get(k) ?? 0) + node.hitCount);
  }
  console.log(`\ncallers of ${process.env.CALLERS} (${((under / busy) * 100).toFixed(1)}% under it):`);
  for (const [fn, hits] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${((hits / busy) * 100).toFixed(1).padStart(5)}%  ${fn}`);
}
