// The Teams channel end to end: real botbuilder CloudAdapter over real HTTP, the real bot and knowledge,
// and a local fake Bot Connector that records the replies.
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createBot, defaultKnowledgeDir, loadKnowledge, type Bot, type ReviewSink } from "../../../src/index.js";
import { TURN_ERROR_REPLY } from "../../../adapters/teams/index.js";
import { activity, BOT, cardOf, cardText, post, recording, startFakeConnector, startTeamsServer, USER, walk, type Calls, type FakeConnector, type TeamsServer } from "./harness.js";

const knowledge = loadKnowledge();
const noticeId = "DIGIT-COM-2025-1194";
// The notice's words: white space folded, its Markdown-style emphasis and link markup left out (as citations quote it).
const fold = (s: string) =>
  s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\\(?=[()])/g, "")
    .replace(/\*\*/g, "")
    .replace(/\s+/g, " ")
    .trim();
const noticeText = fold(readFileSync(`${defaultKnowledgeDir}/${noticeId}/notice.txt`, "utf8"));
// A week before the deadline (20 October 2025, 12:00 Brussels time).
const clock = () => new Date("2025-10-13T08:00:00Z");

type Feedback = Parameters<ReviewSink["recordFeedback"]>[0];

let connector: FakeConnector;
let server: TeamsServer;
let calls: Calls;
let feedback: Feedback[];

beforeAll(async () => {
  connector = await startFakeConnector();
  feedback = [];
  const review: ReviewSink = { recordGap: () => {}, recordFeedback: (entry) => void feedback.push(entry) };
  const recorded = recording(createBot({ knowledge, noticeId, review }));
  calls = recorded.calls;
  server = await startTeamsServer({ bot: recorded.bot, clock });
});

afterAll(async () => {
  await server.close();
  await connector.close();
});

afterEach(() => {
  connector.posted.length = 0;
  calls.ask.length = 0;
  calls.checkEligibility.length = 0;
});

const send = async (fields: Record<string, unknown>) => {
  const before = connector.posted.length;
  const res = await post(server.url, activity(connector.url, fields));
  expect(res.status).toBe(200);
  return connector.posted.slice(before);
};

describe("Teams channel over HTTP", () => {
  it("logs at start-up that it runs unauthenticated without an app id", () => {
    expect(server.authenticated).toBe(false);
    expect(server.logs.some((l) => l.msg.includes("unauthenticated"))).toBe(true);
  });

  it("answers a personal message with an Adaptive Card whose source toggle holds a verbatim notice quote", async () => {
    const replies = await send({ text: "How long is the contract?" });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.conversationId).toBe("a:personal-chat-1");
    const card = cardOf(replies[0]);
    expect(card.version).toBe("1.5");
    expect(card.fallbackText).toBeTruthy();
    const toggle = walk(card).find((el) => el.type === "Action.ToggleVisibility");
    expect(toggle?.title).toMatch(/^Show source/);
    const sources = walk(card).find((el) => el.id === toggle!.targetElements[0]);
    expect(sources?.isVisible).toBe(false);
    const quotes = walk(sources).filter((el) => el.type === "TextRun").map((el) => el.text as string);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(noticeText).toContain(fold(quote));
    expect(calls.ask[0]).toMatchObject({ sessionId: `teams:a:personal-chat-1:${USER.id}`, text: "How long is the contract?" });
  });

  it("strips the bot's @mention from a channel message before the bot sees it, and answers in the channel", async () => {
    const conversation = { id: "19:hr-team@thread.tacv2;messageid=1700000000000", conversationType: "channel", isGroup: true, tenantId: "tenant-1" };
    const replies = await send({
      conversation,
      text: "<at>Vacancy Bot</at> When is the deadline?",
      entities: [{ type: "mention", mentioned: BOT, text: "<at>Vacancy Bot</at>" }],
      channelData: { teamsChannelId: "19:hr-team@thread.tacv2", teamsTeamId: "19:team", tenant: { id: "tenant-1" } },
    });
    expect(calls.ask.map((c) => c.text)).toEqual(["When is the deadline?"]);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.conversationId).toBe(conversation.id);
    expect(cardText(cardOf(replies[0]))).toContain("20 October 2025");
  });

  it("welcomes once when the app is installed, with the countdown in the user's time zone", async () => {
    const replies = await send({ type: "installationUpdate", action: "add", localTimezone: "Europe/Helsinki" });
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    const countdown = walk(card).find((el) => el.id === "countdown");
    expect(countdown?.text).toMatch(/left: closes .*Helsinki time/);
    // The Brussels deadline at 12:00 is 13:00 in Helsinki.
    expect(countdown?.text).toContain("13:00");
    const starters = walk(card).filter((el) => el.type === "Action.Submit" && el.data.action === "ask");
    expect(starters.length).toBeGreaterThan(0);
    // Teams also says the bot joined the conversation; that must not welcome a second time.
    expect(await send({ type: "conversationUpdate", membersAdded: [BOT] })).toHaveLength(0);
  });

  it("welcomes a member added to the conversation by name", async () => {
    const replies = await send({ type: "conversationUpdate", membersAdded: [{ id: "29:new-member", name: "Jonas" }] });
    expect(replies).toHaveLength(1);
    expect(cardText(cardOf(replies[0]))).toContain("Hello Jonas!");
  });

  it("answers a follow-up's Action.Submit like the typed question", async () => {
    const [first] = await send({ text: "How long is the contract?" });
    const followUp = walk(cardOf(first)).find((el) => el.type === "Action.Submit" && el.data.action === "ask");
    expect(followUp, "the answer offers follow-up questions").toBeDefined();
    const replies = await send({ text: undefined, value: followUp!.data });
    expect(calls.ask.map((c) => c.text)).toEqual(["How long is the contract?", followUp!.data.question]);
    expect(replies).toHaveLength(1);
    const typed = await send({ text: followUp!.data.question });
    // Clicked or typed, the same question gets the same card (but for the feedback buttons' question, which is the same too).
    expect(cardOf(typed[0])).toEqual(cardOf(replies[0]));
  });

  it("records Helpful / Not helpful through bot.feedback", async () => {
    const [answer] = await send({ text: "How long is the contract?" });
    const notHelpful = walk(cardOf(answer)).find((el) => el.type === "Action.Submit" && el.data.action === "feedback" && el.data.helpful === false);
    const replies = await send({ value: notHelpful!.data });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.activity.text).toMatch(/thank/i);
    expect(feedback.at(-1)).toMatchObject({ noticeId, question: "How long is the contract?", helpful: false });
    expect(feedback.at(-1)!.answer.length).toBeGreaterThan(0);
  });

  it("keeps an eligibility check across several messages of one user in one conversation", async () => {
    const conversation = { id: "a:personal-eligibility", conversationType: "personal", tenantId: "tenant-1" };
    const turns = ["Am I eligible?", "I am Estonian.", "I have a five-year master's degree from Tartu.", "My English is C1 and my French is B2."];
    const cards: Record<string, any>[] = [];
    for (const text of turns) cards.push(cardOf((await send({ conversation, text }))[0]));
    expect(new Set(calls.ask.map((c) => c.sessionId))).toEqual(new Set([`teams:a:personal-eligibility:${USER.id}`]));
    const last = cards.at(-1)!;
    const verdict = walk(last).find((el) => el.id === "verdict");
    expect(verdict, "the last answer gives the verdict").toBeDefined();
    for (const id of ["citizenship", "education", "languages"]) {
      expect(cardText(walk(verdict).find((el) => el.id === `criterion-${id}`)!)).toMatch(/✅ met/);
    }
    // Another user in the same conversation starts from nothing.
    await send({ conversation, from: { id: "29:other", name: "Other" }, text: "Am I eligible?" });
    expect(calls.ask.at(-1)!.sessionId).toBe("teams:a:personal-eligibility:29:other");
  });

  it("answers the eligibility form's submit criterion by criterion", async () => {
    const [formReply] = await send({ value: { action: "form" } });
    const form = cardOf(formReply);
    const inputs = walk(form).filter((el) => el.type.startsWith("Input.")).map((el) => el.id);
    expect(inputs).toEqual(expect.arrayContaining(["nationalities", "studyYears", "diploma", "language1", "level1"]));
    const check = form.actions.find((a: any) => a.type === "Action.Submit");
    // Teams merges the inputs' values into the button's data.
    const value = { ...check.data, nationalities: "EE,CA", studyYears: "5", diploma: "eu", language1: "English", level1: "C1", language2: "French", level2: "B2", language3: "", level3: "" };
    const [verdictReply] = await send({ value });
    expect(calls.checkEligibility[0]!.form).toEqual({
      nationalities: ["EE", "CA"],
      studyYears: 5,
      diplomaOutsideEu: false,
      languages: [
        { language: "English", level: "C1" },
        { language: "French", level: "B2" },
      ],
    });
    const verdict = walk(cardOf(verdictReply)).find((el) => el.id === "verdict");
    expect(verdict?.style).toBe("good");
    expect(walk(verdict).filter((el) => String(el.id).startsWith("criterion-")).length).toBeGreaterThanOrEqual(3);
  });

  it("passes the clientInfo time zone to the bot and shows the deadline in it", async () => {
    const [reply] = await send({ text: "When is the deadline?", entities: [{ type: "clientInfo", locale: "ja-JP", country: "JP", platform: "Web", timezone: "Asia/Tokyo" }] });
    expect(calls.ask[0]).toMatchObject({ zone: "Asia/Tokyo", now: clock() });
    expect(cardText(cardOf(reply))).toContain("Tokyo");
  });

  it("rejects what is not a Bot Framework POST", async () => {
    expect((await fetch(`${server.url}/api/messages`)).status).toBe(405);
    expect((await post(server.url, "{not json")).status).toBe(400);
    expect((await post(server.url, JSON.stringify({ text: "x".repeat(1024 * 1024 + 1) }))).status).toBe(413);
    expect(connector.posted).toHaveLength(0);
  });
});

describe("Teams channel with an app id", () => {
  it("rejects a request without a token with 401, before the bot sees it", async () => {
    const connector = await startFakeConnector();
    const recorded = recording(createBot({ knowledge, noticeId }));
    const server = await startTeamsServer({
      bot: recorded.bot,
      config: { MicrosoftAppId: "3f2f7a52-9d1c-4d5e-8c7a-2b1e0f9d6c11", MicrosoftAppPassword: "secret", MicrosoftAppType: "MultiTenant" },
    });
    try {
      expect(server.authenticated).toBe(true);
      const res = await post(server.url, activity(connector.url, { text: "When is the deadline?" }));
      expect(res.status).toBe(401);
      expect(recorded.calls.ask).toHaveLength(0);
      expect(connector.posted).toHaveLength(0);
      const forged = await post(server.url, activity(connector.url, { text: "When is the deadline?" }), { authorization: "Bearer not-a-jwt" });
      expect(forged.status).toBe(401);
      expect(recorded.calls.ask).toHaveLength(0);
    } finally {
      await server.close();
      await connector.close();
    }
  });
});

describe("Teams channel when a turn fails", () => {
  it("tells the user politely, without internals, and logs the error", async () => {
    const connector = await startFakeConnector();
    const real = createBot({ knowledge, noticeId });
    const failing: Bot = {
      ...real,
      noticeId: real.noticeId,
      ask: () => {
        throw new Error("boom: session store at /var/lib/secret is unreachable");
      },
    };
    const server = await startTeamsServer({ bot: failing });
    try {
      const res = await post(server.url, activity(connector.url, { text: "When is the deadline?" }));
      expect(res.status).toBe(200);
      expect(connector.posted).toHaveLength(1);
      const reply = connector.posted[0]!.activity;
      expect(reply.text).toBe(TURN_ERROR_REPLY);
      expect(JSON.stringify(reply)).not.toMatch(/boom|secret|Error/);
      const logged = server.logs.find((l) => l.code === "teams_turn_failed");
      expect(logged?.err?.message).toContain("boom");
    } finally {
      await server.close();
      await connector.close();
    }
  });
});
