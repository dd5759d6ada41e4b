// The place of employment in the answer's language (issue 19: no English left in a translated answer): a city the
// zone database knows is named by the language's own name for it, the quote keeps the notice's words; a short
// English question made of place names stays English.
import { describe, expect, it } from "vitest";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("the place named in the answer's language", () => {
  it.each([
    ["Var ligger tjänsten?", "sv", "Bryssel"],
    ["Où se trouve le poste ?", "fr", "Bruxelles"],
    ["Wo ist der Dienstort?", "de", "Brüssel"],
    ["Where is the job based?", "en", "Brussels"],
  ])("%s", (question, language, city) => {
    const answer = last(bot, question, { now });
    expect(answer.language).toBe(language);
    expect(answer.parts[0]).toContain(city);
    expect(answer.citations[0]?.quote).toContain("Brussels");
  });
});

describe("a short question of place names keeps its language", () => {
  it("'Brussels or Lux?' is English, not Dutch", () => {
    const answer = last(bot, "Brussels or Lux?", { now });
    expect(answer.language).toBe("en");
    expect(answer.text).toContain("Brussels");
  });
});
