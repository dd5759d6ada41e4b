// Held-out questions on the subjects asked within an intent (test/fixtures/heldout-asked-topics.jsonl), written in
// twelve languages before reading how the code reads them: each must be answered like the English, from the same
// passages (words.json `askedTopics`, issue 17). The pairs still answered otherwise are listed and may only shrink.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createBot, createMemorySessionStore } from "../../src/index.js";
import { knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";

type Row = { id: string; en: string } & Record<string, string>;
const rows: Row[] = readFileSync(new URL("../fixtures/heldout-asked-topics.jsonl", import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));

// Answered unlike the English for reasons outside the subjects asked: the Finnish reserve list (read as the subject, answered
// as off-topic), the Finnish medical check. (The reserve list in the ten other languages is read as English reads it since
// the subjects a notice may leave open are every language's words; the longest stay with its extension, es/it/pt, since
// "…, with the extension?" is the contract's own clause.)
const STILL_DIFFERENT = new Set(["reserve:fi", "medical:fi"]);

const bot = createBot({ knowledge: knowledgeAt(projectKnowledgeDir), sessions: createMemorySessionStore() });
let n = 0;
const readingOf = (text: string) => {
  const a = bot.ask({ sessionId: `heldout-topics-${n++}`, text, now: "2025-10-06T08:00:00Z" });
  return { intent: a.intent, passages: [...new Set(a.citations.map((c) => c.sectionId))].sort() };
};

describe("a subject asked, answered in every language from the passages the English answer cites", () => {
  const cases = rows.flatMap((r) => Object.keys(r).filter((k) => k !== "id" && k !== "en").map((l) => [r.id, l, r] as const));
  it.each(cases.filter(([id, l]) => !STILL_DIFFERENT.has(`${id}:${l}`)))("%s:%s", (_, l, r) => {
    expect(readingOf(r[l]!)).toEqual(readingOf(r.en));
  });
});
