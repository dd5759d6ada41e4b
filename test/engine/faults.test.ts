// An intent that throws: the user gets one polite line, and whoever runs the bot is told which intent it was.
import { describe, expect, it } from "vitest";
import { createBot, type EngineFault, type Knowledge } from "../../src/index.js";
import { knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";

describe("a fault inside an intent", () => {
  it("is reported with the intent's id, and the user gets a polite line", () => {
    const knowledge = knowledgeAt(projectKnowledgeDir);
    const [id, notice] = [...knowledge.notices][0]!;
    // Facts broken behind the loader's back (the loader would refuse them): the list of states is not a list.
    const broken = { ...notice, facts: { ...notice.facts, underRepresented: { ...notice.facts.underRepresented!, states: null as unknown as string[] } } };
    const faults: EngineFault[] = [];
    const bot = createBot({ knowledge: { ...knowledge, notices: new Map([[id, broken]]) } as Knowledge, onFault: (f) => faults.push(f) });
    const answer = bot.ask({ sessionId: "f", text: "Is Germany an under-represented member state?", now: "2025-10-06T08:00:00Z" });
    expect(answer.parts).toEqual(["Sorry, something went wrong reading that message. Could you ask it another way?"]);
    expect(faults.map((f) => f.intent)).toEqual(["underrepresented"]);
    expect(bot.ask({ sessionId: "f", text: "How long is the contract?", now: "2025-10-06T08:00:00Z" }).intent).toBe("contract");
  });
});
