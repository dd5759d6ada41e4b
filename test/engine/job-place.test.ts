// "the job is in Germany, right?", "le poste est en Belgique, non ?": a place named a few words after one of the
// language's words for the post (words.json `vacancy`) is where the job is said to be — a question on the place of
// work, never the user's nationality (no check starts, none is fed) nor where the user is (no time zone taken).
import { describe, expect, it } from "vitest";
import { botFor, converse, last, projectKnowledgeDir } from "../helpers/bot.js";

const bot = botFor(projectKnowledgeDir);
const now = "2025-10-06T08:00:00Z";

describe("a place named as the job's", () => {
  it.each([
    ["the job is in Germany, right?", "Brussels"],
    ["the position is in Spain right", "Brussels"],
    ["le poste est en Belgique, non ?", "Bruxelles"],
    ["die Stelle ist in Deutschland, oder?", "Brüssel"],
    ["il posto è in Italia, giusto?", "Bruxelles"],
    ["stanowisko jest w Polsce, prawda?", "Bruksela"],
    ["el puesto está en España, ¿no?", "Bruselas"],
  ])("%s: the place of employment, no nationality read", (question, city) => {
    const answer = last(bot, question, { now });
    expect(answer.intent, answer.text).toBe("place");
    expect(answer.verdict).toBeUndefined();
    expect(answer.text).toContain(city);
  });
  // The place named as the post's inside a question asking something else is context, not the question: the rest of
  // the message, read without the post word and the place, asks the deadline (also cross-cs-f4e-deadline, in Czech).
  it.each([
    ["until when can I apply for the job in Brussels?", "20 October"],
    ["bis wann kann ich mich für die Stelle in Brüssel bewerben?", "20. Oktober"],
    ["entro quando posso candidarmi per il posto a Bruxelles?", "20 ottobre"],
  ])("%s: the deadline, the place aside", (question, date) => {
    const answer = last(bot, question, { now });
    expect(answer.intent, answer.text).toBe("deadline");
    expect(answer.text).toContain(date);
  });
  it.each([
    ["am I eligible?", "the job is in Belgium, right?"],
    ["am I eligible?", "die Stelle ist in Deutschland, oder?"],
  ])("inside a check (%s → %s): answered, and not taken as the user's citizenship", (first, second) => {
    const [, answer] = converse(bot, [first, second, "and what is my status so far?"], { now });
    expect(answer!.intent).toBe("place");
    expect(answer!.text).not.toMatch(/Met:|Erfüllt:/);
  });
  it("the job's country is not where the user is: no time there", () => {
    const text = last(bot, "the job is in Ireland right? can I apply", { now }).text;
    expect(text).not.toContain("Dublin time");
  });
  it("a nationality beside a post word stays a nationality", () => {
    const answer = last(bot, "I'm German, can I apply for this job?", { now });
    expect(answer.text).toMatch(/Germany/);
  });
});
