// Detection on the samples' messages, per language: how often the chooser (eld, CLD3 where eld is unsure)
// names the language a case is written in, over the 24 official languages. Needs `npm run build` first.
//   node scripts/detect-samples.mjs
import { readFileSync } from "node:fs";
import { chooseLanguage, whenDetectorReady } from "../dist/src/i18n/detect.js";
import { normalizeForMatch } from "../dist/src/text/normalize.js";

await whenDetectorReady();
const all = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split(" ");
const byLang = new Map();
for (const file of ["dev-languages-24", "dev-multilingual"]) {
  for (const line of readFileSync(new URL(`../../shared/eval/${file}.jsonl`, import.meta.url), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    const lang = /^dl-([a-z]{2})-/.exec(c.id)?.[1] ?? /^dml-([a-z]{2})-/.exec(c.id)?.[1];
    if (!lang || !all.includes(lang)) continue;
    for (const turn of c.turns) {
      const row = byLang.get(lang) ?? { n: 0, right: 0, wrong: [] };
      const got = chooseLanguage(turn, normalizeForMatch(turn), { supported: all }).language;
      row.n++;
      if (got === lang) row.right++;
      else row.wrong.push(`${got}: ${turn}`);
      byLang.set(lang, row);
    }
  }
}
console.log("| language | messages | detected right |\n| --- | --- | --- |");
for (const [lang, row] of [...byLang].sort()) console.log(`| ${lang} | ${row.n} | ${row.right} |${row.wrong.length ? " " + row.wrong.join(" · ") : ""}`);
