// Held-out questions on the step within the grade (issue 17): "what step will i start at", "à quel échelon
// serai-je recruté ?", "welche Dienstaltersstufe?" in the 24 languages about the first notice, and about the
// development notices that state the step (Europol, the Court of Auditors in French), quote a salary at a step
// (Cedefop, F4E) or say nothing of it (EEAS, the Council); two traps where "step" is a selection's. Written before
// the reading code was looked at. The first notice is the project's curated one; the others are imported as an HR
// unit would, with no hand edits; where ../shared/notices is not beside the repository the test is skipped.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectKnowledgeDir } from "../helpers/bot.js";
import { importNotices, readCases, replay, type ImportedNotices } from "../helpers/heldout.js";

const cases = readCases(new URL("../fixtures/heldout/step.jsonl", import.meta.url));
const folder = fileURLToPath(new URL("../../../shared/notices/", import.meta.url));
const present = existsSync(folder);

let notices: ImportedNotices;

describe.skipIf(!present)("held-out questions on the step within the grade (issue 17)", () => {
  beforeAll(() => {
    notices = importNotices(folder, [join(projectKnowledgeDir, "DIGIT-COM-2025-1194")]);
  }, 120_000);
  afterAll(() => notices?.remove());

  it("asks in all 24 languages about the first notice", () => {
    for (const lang of ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"])
      expect(cases.some((c) => c.id.startsWith(`step-digit-${lang}-`)), lang).toBe(true);
  });

  let conversation = 0;
  for (const c of cases) it(`${c.id}: ${c.turns.join(" | ")}`, () => void replay(notices, c, `step-${conversation++}`));
});
