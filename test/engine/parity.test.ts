// The parity table (issue 17): the same questions, written natively in eight languages, must be understood the
// same way — the same intent, the same topics (the passages of the notice the answer rests on), the same facts
// of the user kept, the same verdict — because every language is read by the same code from data of the same
// shape. English is the reference each other language is compared with. Pairs that still differ run as
// expected failures (parity.still.ts); the list may only shrink.
import { describe, expect, it } from "vitest";
import { englishOf, LANGUAGES, readingOf, ROWS, type Language, type Row } from "./parity-table.js";
import { PARITY_STILL_DIFFERENT } from "./parity.still.js";

type Pair = { key: string; row: Row; language: Language };
const pairs: Pair[] = ROWS.flatMap((row) => LANGUAGES.filter((l) => l !== "en").map((language) => ({ key: `${row.id}:${language}`, row, language })));
const STILL = new Set(PARITY_STILL_DIFFERENT);

function same(pair: Pair): void {
  const want = englishOf(pair.row);
  const got = readingOf(pair.row[pair.language], pair.language);
  expect(got, `${pair.key}: "${pair.row[pair.language]}" read unlike "${pair.row.en}"`).toEqual(want);
}

describe("the parity table: the same question in eight languages is read the same way", () => {
  const now = pairs.filter((p) => !STILL.has(p.key));
  const still = pairs.filter((p) => STILL.has(p.key));
  if (now.length) it.each(now)("$key", same);
  if (still.length) it.fails.each(still)("still read differently: $key", same);
});

describe("the parity table itself", () => {
  it("has at least 40 questions, each in all eight languages, with unique ids", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ROWS.map((r) => r.id)).size).toBe(ROWS.length);
    for (const row of ROWS) for (const l of LANGUAGES) expect(row[l].trim().length, `${row.id}:${l}`).toBeGreaterThan(0);
  });

  it("answers the English questions from the notice (the reference is itself sound)", () => {
    for (const row of ROWS) expect(englishOf(row).intent, row.id).not.toMatch(/^(?:search|offtopic)$/);
  });

  it("names only its own pairs as still different", () => {
    const keys = new Set(pairs.map((p) => p.key));
    for (const key of STILL) expect(keys.has(key), key).toBe(true);
  });
});
