// A yes/no question resting on a premise is answered on the question: “X is under-represented, so I get
// priority?” is a no (only whom the notice names have priority), not a yes about the list; in every language alike.
import { describe, expect, it } from "vitest";
import { botFor, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("a premise beside a yes/no question", () => {
  it.each([
    ["Portugal is underrepresented so I get priority, right?", "No:"],
    ["Le Portugal est sous-représenté, donc j'ai la priorité, n'est-ce pas ?", "Non :"],
    ["Portugal ist unterrepräsentiert, also habe ich Vorrang, oder?", "Nein:"],
    ["Il Portogallo è sottorappresentato, quindi ho la priorità, giusto?", "No:"],
    ["Portugal está sub-representado, por isso tenho prioridade, certo?", "Não:"],
    ["Portugalia jest niedoreprezentowana, więc mam pierwszeństwo, prawda?", "Nie:"],
    ["Portugal está infrarrepresentado, así que tengo prioridad, ¿verdad?", "No:"],
    ["Portugal is ondervertegenwoordigd, dus ik heb voorrang, toch?", "Nee:"],
  ])("%s: answers the priority first, with its passage", (question, no) => {
    const text = last(bot, question, { now }).text;
    expect(text.startsWith(no), text).toBe(true);
    expect(text).toContain("Article 29");
  });
  it("a question on the list alone still answers yes", () => {
    expect(last(bot, "Is Malta on the underrepresented list?", { now }).text.startsWith("Yes, Malta")).toBe(true);
  });
});
