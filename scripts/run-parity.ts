// Runs the parity table (test/engine/parity-table.ts) and lists the pairs read unlike the English, with the difference (a dev tool).
import { englishOf, LANGUAGES, readingOf, ROWS, type Reading } from "../test/engine/parity-table.js";

const shown = (r: Reading) => JSON.stringify(r);
let differ = 0;
for (const row of ROWS)
  for (const language of LANGUAGES) {
    if (language === "en") continue;
    const want = englishOf(row);
    const got = readingOf(row[language], language);
    if (shown(got) === shown(want)) continue;
    differ++;
    const diff = (Object.keys({ ...want, ...got }) as (keyof Reading)[]).filter((k) => JSON.stringify(got[k]) !== JSON.stringify(want[k]));
    console.log(`DIFF ${row.id}:${language} [${diff.map((k) => `${k} ${JSON.stringify(got[k])} vs en ${JSON.stringify(want[k])}`).join("; ")}]`);
  }
console.log(`${differ} of ${ROWS.length * (LANGUAGES.length - 1)} pairs read unlike the English (${ROWS.length} questions × ${LANGUAGES.length} languages)`);
