// `node bench/answers-snapshot.mjs OUT.jsonl` (after `npm run build`): every answer the compiled engine gives to
// every question the project has — the samples, the held-out fixtures, each lexicon's examples in its language and
// the bench's question mix — one JSON line per question, so that a change meant only to make the engine faster is
// proved to change no answer: `diff before.jsonl after.jsonl` is empty. Imported notices go to a temporary folder.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const { createBot, loadKnowledge, renderText, whenDetectorReady } = await import(join(root, "dist/src/index.js"));
const { importNotice, readImportReference, writeImport } = await import(join(root, "dist/src/import/import.js"));
const out = process.argv[2] ?? "answers.jsonl";
await whenDetectorReady();

const lines = (file) => (existsSync(file) ? readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)) : []);
const jsonl = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl")).map((f) => join(dir, f)) : []);

// The notices: the project's own, and every notice the samples and fixtures name, imported plainly.
const dir = mkdtempSync(join(tmpdir(), "vacancy-snapshot-"));
const reference = readImportReference();
const fixtureNotices = join(root, "test/fixtures/notices");
const folders = [join(root, "../shared/notices"), ...readdirSync(fixtureNotices, { withFileTypes: true }).filter((d) => /^new/.test(d.name) && d.isDirectory()).map((d) => join(fixtureNotices, d.name))];
for (const folder of folders)
  for (const file of existsSync(folder) ? readdirSync(folder).filter((f) => /\.(txt|md)$/.test(f) && f !== "README.md") : [])
    writeImport(dir, importNotice(readFileSync(join(folder, file), "utf8"), { reference, id: file.replace(/\.(txt|md)$/, "") }));
cpSync(join(root, "knowledge/DIGIT-COM-2025-1194"), join(dir, "DIGIT-COM-2025-1194"), { recursive: true });
const product = loadKnowledge();
const imported = loadKnowledge(dir);
const bots = new Map();
const botOf = (notice) => {
  const key = notice ?? "";
  if (!bots.has(key)) bots.set(key, notice ? createBot({ knowledge: imported, noticeId: notice }) : createBot({ knowledge: product }));
  return bots.get(key);
};

/** Cases: {key, notice?, turns, now?, tz?, lang?}. */
const cases = [];
for (const file of [...jsonl(join(root, "../shared/eval")), ...jsonl(join(root, "test/fixtures")), ...jsonl(join(root, "test/fixtures/heldout"))]) {
  const name = file.slice(root.length);
  for (const [i, c] of lines(file).entries()) {
    if (Array.isArray(c.turns)) cases.push({ key: `${name}#${c.id ?? i}`, notice: c.notice, turns: c.turns, now: c.now, tz: c.tz, lang: c.lang });
    else for (const [lang, text] of Object.entries(c)) if (/^[a-z]{2}$/.test(lang) && typeof text === "string") cases.push({ key: `${name}#${c.id ?? i}:${lang}`, turns: [text], lang });
  }
}
for (const [language, lexicon] of product.lexicons)
  for (const [label, list] of Object.entries(lexicon.examples)) list.forEach((text, i) => i % 12 === 0 && cases.push({ key: `examples:${language}:${label}:${i}`, turns: [text], lang: language }));
const { questionMix } = await import(join(root, "bench/questions.ts")).catch(() => ({ questionMix: undefined }));
if (questionMix) questionMix().forEach((text, i) => cases.push({ key: `mix:${i}`, turns: [text] }));

const now = "2025-10-06T08:00:00Z";
const rows = [];
let n = 0;
const started = performance.now();
const part = process.env.PART; // "notices" or "product": one half of the cases, in a process of its own
const known = new Set(imported.notices.keys());
const chosen = cases.filter((c) => (!part || (part === "notices") === Boolean(c.notice)) && (!c.notice || known.has(c.notice)));
for (const c of chosen) {
  if (process.env.PROGRESS && n % 200 === 0) console.error(`${n} ${((performance.now() - started) / 1000).toFixed(0)} s heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  const bot = botOf(c.notice);
  const sessionId = `snap-${n++}`;
  const answers = c.turns.map((text) => {
    const a = bot.ask({ sessionId, text: String(text), now: c.now ?? now, ...(c.tz ? { zone: c.tz } : {}), ...(c.lang ? { locale: c.lang } : {}) });
    return { ...a, text: renderText(a) };
  });
  bot.reset?.(sessionId);
  rows.push(JSON.stringify({ key: c.key, answers }));
}
const ms = performance.now() - started;
writeFileSync(out, `${rows.join("\n")}\n`);
rmSync(dir, { recursive: true, force: true });
console.error(`${chosen.length} cases, ${rows.length} written to ${out} in ${(ms / 1000).toFixed(1)} s`);
