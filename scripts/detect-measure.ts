// Language detection as the bot does it (issue 19, the detection table): per language, how often the language
// an answer is given in is the one the candidate wrote in,
// - on the samples' messages (../shared/eval: dev and dev-2 are English, the multilingual ones are tagged with
//   their language; mixed conversations are left out), each conversation asked as written, turn by turn;
// - on each language's own example questions (every `--step`-th, default 4), each alone in a new conversation;
// messages of at most four words counted apart. No channel locale is given: the message alone decides.
// - on held-out sets whose cases name their language (`--heldout test/fixtures/heldout/probe5.jsonl`, repeatable:
//   each case's turns asked in one conversation, every turn expected in the case's `lang`).
// Run: npx tsx scripts/detect-measure.ts [--step 4] [--markdown] [--misses] [--heldout FILE]…
import { existsSync, readFileSync } from "node:fs";
import { createBot, loadKnowledge } from "../src/index.js";
import { whenDetectorReady } from "../src/i18n/detect.js";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const step = Number(arg("step") ?? 4);
const markdown = process.argv.includes("--markdown");
const showMisses = process.argv.includes("--misses");
const heldoutFiles = process.argv.flatMap((a, i) => (a === "--heldout" && process.argv[i + 1] ? [process.argv[i + 1]!] : []));

await whenDetectorReady();
const knowledge = loadKnowledge();
const bot = createBot({ knowledge });
const languages = [...knowledge.lexicons.keys()].sort();
const now = "2025-10-06T08:00:00Z";
const SHORT = 4;

type Tally = { n: number; ok: number; short: number; shortOk: number };
const tally = () => ({ n: 0, ok: 0, short: 0, shortOk: 0 });
const samples = new Map<string, Tally>(languages.map((l) => [l, tally()]));
const examples = new Map<string, Tally>(languages.map((l) => [l, tally()]));
const heldout = new Map<string, Tally>(languages.map((l) => [l, tally()]));
const misses: string[] = [];
const count = (t: Tally, text: string, right: boolean) => {
  t.n++;
  if (right) t.ok++;
  if (text.trim().split(/\s+/).length <= SHORT) {
    t.short++;
    if (right) t.shortOk++;
  }
};

let session = 0;
const evalDir = new URL("../../shared/eval/", import.meta.url);
for (const file of ["dev.jsonl", "dev-2.jsonl", "dev-multilingual.jsonl", "dev-languages-24.jsonl"]) {
  const path = new URL(file, evalDir);
  if (!existsSync(path)) continue;
  for (const line of readFileSync(path, "utf8").split("\n").filter(Boolean)) {
    const c = JSON.parse(line) as { turns: string[]; tags?: string[]; now?: string };
    const tags = c.tags ?? [];
    if (tags.includes("mixed")) continue;
    const language = tags.includes("multilingual") ? tags.find((t) => languages.includes(t)) : "en";
    if (!language) continue;
    const id = `s${session++}`;
    for (const text of c.turns) {
      const got = bot.ask({ sessionId: id, text, now: c.now ?? now }).language;
      count(samples.get(language)!, text, got === language);
      if (got !== language) misses.push(`sample ${language} → ${got}: ${text}`);
    }
  }
}
for (const file of heldoutFiles) {
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const c = JSON.parse(line) as { turns: string[]; lang?: string; now?: string };
    if (!c.lang || !heldout.has(c.lang)) continue;
    const id = `h${session++}`;
    for (const text of c.turns) {
      const got = bot.ask({ sessionId: id, text, now: c.now ?? now }).language;
      count(heldout.get(c.lang)!, text, got === c.lang);
      if (got !== c.lang) misses.push(`held-out ${c.lang} → ${got}: ${text}`);
    }
  }
}
for (const language of languages) {
  const all = Object.values(knowledge.lexicons.get(language)!.examples).flat();
  all.forEach((text, i) => {
    if (i % step) return;
    const got = bot.ask({ sessionId: `e${session++}`, text, now }).language;
    count(examples.get(language)!, text, got === language);
    if (got !== language) misses.push(`example ${language} → ${got}: ${text}`);
  });
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "–");
const cell = (t: Tally) => `${t.ok}/${t.n} (${pct(t.ok, t.n)})`;
const shortCell = (t: Tally) => `${t.shortOk}/${t.short}`;
const sum = (m: Map<string, Tally>) => [...m.values()].reduce((a, t) => ({ n: a.n + t.n, ok: a.ok + t.ok, short: a.short + t.short, shortOk: a.shortOk + t.shortOk }), tally());
if (markdown) {
  const held = heldoutFiles.length ? [heldout] : [];
  console.log("| language | samples' messages | of them ≤4 words | examples (every " + step + "th) | of them ≤4 words |" + (held.length ? " held-out | of them ≤4 words |" : ""));
  console.log("| --- | ---: | ---: | ---: | ---: |" + (held.length ? " ---: | ---: |" : ""));
  const more = (l: string) => held.map((m) => ` ${cell(m.get(l)!)} | ${shortCell(m.get(l)!)} |`).join("");
  for (const l of languages) console.log(`| ${l} | ${cell(samples.get(l)!)} | ${shortCell(samples.get(l)!)} | ${cell(examples.get(l)!)} | ${shortCell(examples.get(l)!)} |${more(l)}`);
  console.log(`| all | ${cell(sum(samples))} | ${shortCell(sum(samples))} | ${cell(sum(examples))} | ${shortCell(sum(examples))} |${held.map((m) => ` ${cell(sum(m))} | ${shortCell(sum(m))} |`).join("")}`);
} else {
  const more = (l: string) => (heldoutFiles.length ? `; held-out ${cell(heldout.get(l)!)}, ≤${SHORT} words ${shortCell(heldout.get(l)!)}` : "");
  for (const l of languages) console.log(`${l}: samples ${cell(samples.get(l)!)}, ≤${SHORT} words ${shortCell(samples.get(l)!)}; examples ${cell(examples.get(l)!)}, ≤${SHORT} words ${shortCell(examples.get(l)!)}${more(l)}`);
  console.log(`all: samples ${cell(sum(samples))}; examples ${cell(sum(examples))}${heldoutFiles.length ? `; held-out ${cell(sum(heldout))}` : ""}`);
}
if (showMisses) for (const m of misses) console.log(m);
