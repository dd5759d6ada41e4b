// Held-out questions about the new-shape notices of test/fixtures/notices/new (issue 18): notices in Spanish,
// German, Italian and French, a PDF and a web copy, and three written for the age criteria (EMSA: the retirement
// age reached before the end of a five-year contract; EIOPA: a minimum age of 21; ELA: at least 18 and under 30).
// The notices are imported as an HR unit would, with no hand edits; each case says what the answer must contain,
// as ../shared/eval/grade.mjs checks it. Cases still answered wrongly are listed in OPEN with their class.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, it } from "vitest";
import { importNotices, readCases, replay, type ImportedNotices } from "../helpers/heldout.js";

const cases = readCases(new URL("../fixtures/heldout/notices-new.jsonl", import.meta.url));
const folder = fileURLToPath(new URL("../fixtures/notices/new/", import.meta.url));

/** Still answered wrongly, by class (the branch's report says more). */
const OPEN = new Set([
  "de-title", // "Welche Stelle ist das?": read as the recruiting body, not the post's title
]);

let notices: ImportedNotices;

describe("held-out questions about the new-shape notices (issue 18)", () => {
  beforeAll(() => {
    notices = importNotices(folder);
  }, 120_000);
  afterAll(() => notices?.remove());

  let conversation = 0;
  for (const c of cases) it.skipIf(OPEN.has(c.id))(`${c.id}: ${c.turns.join(" | ")}`, () => void replay(notices, c, `new-${conversation++}`));
});
