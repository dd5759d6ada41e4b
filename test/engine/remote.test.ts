// "Could I do this job 100% remote from Lisbon?" (issue 17, yes/no with the wrong first word): where the notice sets no
// share of office time, the place of employment comes first, cited, beside what the notice says of telework; never a yes.
import { describe, expect, it } from "vitest";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const cti = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";
const PLACE_QUOTE = "The place of employment will be Brussels.";

describe("working fully remotely or from another place", () => {
  it.each([
    ["en", "could i do this job 100% remote from lisbon?", /place of employment is Brussels/],
    ["en", "Can I do the whole job remotely from Portugal?", /place of employment is Brussels/],
    ["fr", "Puis-je faire ce travail à 100 % en télétravail depuis Lisbonne ?", /lieu d’affectation est Brussels/],
    ["de", "Kann ich den Job komplett von Lissabon aus machen?", /Dienstort ist Brussels/],
    ["es", "¿Puedo hacer este trabajo 100% en remoto desde Lisboa?", /lugar de destino es Brussels/],
  ])("%s: %s", (_, q, says) => {
    const a = last(cti, q, { now });
    expect(a.text).toMatch(says);
    expect(a.text).not.toMatch(/^(?:Yes|Oui|Ja|Sí)\b/);
    expect(a.citations.map((c) => c.quote)).toContain(PLACE_QUOTE);
  });

  it("a plain telework question gets the telework passage alone", () => {
    const a = last(cti, "is teleworking possible?", { now });
    expect(a.text).not.toMatch(/place of employment/);
    expect(a.text).toMatch(/teleworking/);
  });
});
