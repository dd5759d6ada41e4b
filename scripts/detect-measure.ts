// Measures language detection on the lexicons' own example questions (short chat messages in eight languages):
// accuracy per language, with English (the notice's language) as the prior. Run: npx tsx scripts/detect-measure.ts
import { readdirSync, readFileSync } from "node:fs";
import { chooseLanguage } from "../src/i18n/detect.js";
import { normalizeForMatch } from "../src/text/normalize.js";

const dir = new URL("../knowledge/lexicon/", import.meta.url);
const languages = readdirSync(dir).filter((l) => !l.includes("."));
const supported = ["en", ...languages.filter((l) => l !== "en")];
let all = 0;
let right = 0;
for (const language of languages) {
  const examples = Object.values(JSON.parse(readFileSync(new URL(`${language}/examples.json`, dir), "utf8")) as Record<string, string[]>).flat();
  let ok = 0;
  let short = 0;
  let shortOk = 0;
  for (const text of examples) {
    const got = chooseLanguage(text, normalizeForMatch(text), { supported }).language;
    const words = text.split(/\s+/).length;
    if (got === language) ok++;
    if (words <= 4) {
      short++;
      if (got === language) shortOk++;
    }
  }
  all += examples.length;
  right += ok;
  console.log(`${language}: ${ok}/${examples.length} (${((100 * ok) / examples.length).toFixed(1)}%), ≤4 words ${shortOk}/${short}`);
}
console.log(`all: ${right}/${all} (${((100 * right) / all).toFixed(1)}%)`);
