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
  connector.typing.length = 0;
  connector.updated.length = 0;
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
    expect(calls.ask[0]).toMatchObject({ sessionId: `teams:a:personal-chat-1:${USER.id}`, text: "How long is the contract?", locale: "en-GB" });
    // "The bot is typing…" comes first, in the same conversation.
    expect(connector.typing.map((t) => t.conversationId)).toEqual(["a:personal-chat-1"]);
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
    // Teams also says the bot joined the conversation, and the user with it; neither welcomes a second time.
    expect(await send({ type: "conversationUpdate", membersAdded: [BOT] })).toHaveLength(0);
    expect(await send({ type: "conversationUpdate", membersAdded: [BOT, USER] })).toHaveLength(0);
    expect(await send({ type: "installationUpdate", action: "add" })).toHaveLength(0);
  });

  it("welcomes once whichever comes first, conversationUpdate or installationUpdate, in each conversation", async () => {
    const conversation = { id: "a:personal-chat-welcome", conversationType: "personal", tenantId: "tenant-1" };
    expect(await send({ conversation, type: "conversationUpdate", membersAdded: [BOT, USER] })).toHaveLength(1);
    expect(await send({ conversation, type: "installationUpdate", action: "add" })).toHaveLength(0);
    expect(await send({ conversation: { ...conversation, id: "a:another-chat" }, type: "installationUpdate", action: "add" })).toHaveLength(1);
  });

  it("welcomes a member added to a conversation not yet welcomed by name", async () => {
    const conversation = { id: "19:group-chat-jonas@thread.v2", conversationType: "groupChat", tenantId: "tenant-1" };
    const replies = await send({ conversation, type: "conversationUpdate", membersAdded: [{ id: "29:new-member", name: "Jonas" }] });
    expect(replies).toHaveLength(1);
    expect(cardText(cardOf(replies[0]))).toContain("Hello Jonas!");
  });

  it("answers a follow-up's Action.Submit like the typed question, and marks it asked on the card it came from", async () => {
    const [first] = await send({ text: "How long is the contract?" });
    const firstId = walk(cardOf(first)).find((el) => el.data?.action === "feedback")!.data.id;
    const followUp = walk(cardOf(first)).find((el) => el.type === "Action.Submit" && el.data.action === "ask");
    expect(followUp, "the answer offers follow-up questions").toBeDefined();
    // The bot's own short question, as if typed, and the id of the answer whose card offered it.
    expect(followUp!.data).toEqual({ action: "ask", question: followUp!.title, from: firstId });
    const replies = await send({ text: undefined, value: followUp!.data, replyToId: "card-1" });
    expect(calls.ask.map((c) => c.text)).toEqual(["How long is the contract?", followUp!.title]);
    expect(replies).toHaveLength(1);
    expect(connector.updated).toHaveLength(1);
    expect(connector.updated[0]!.activityId).toBe("card-1");
    const marked = walk(connector.updated[0]!.activity.attachments[0].content).find((el) => el.type === "Action.Submit" && el.data.question === followUp!.title);
    expect(marked?.title).toBe(`✓ ${followUp!.title}`);
    const typed = await send({ text: followUp!.title });
    // Clicked or typed, the same question gets the same card, but for the answer's own id.
    const withoutIds = (card: unknown) => JSON.stringify(card).replace(/"(id|from)":"[A-Za-z0-9_-]{16}"/g, '"$1":"…"');
    expect(withoutIds(cardOf(typed[0]))).toEqual(withoutIds(cardOf(replies[0])));
  });

  it("feedback naming an answer of another conversation, or none, is not recorded; a follow-up from there marks no card", async () => {
    const [answer] = await send({ text: "How long is the contract?" });
    const data = walk(cardOf(answer)).find((el) => el.type === "Action.Submit" && el.data.action === "feedback")!.data;
    const before = feedback.length;
    const other = { id: "a:someone-else", conversationType: "personal", tenantId: "tenant-1" };
    for (const value of [data, { ...data, id: "forged-answer-id" }]) {
      const replies = await send({ conversation: other, value, replyToId: "card-x" });
      expect(cardText({ body: [{ type: "TextBlock", text: replies[0]!.activity.text }] })).toMatch(/the answer went to someone else, or I no longer have it/);
    }
    expect(feedback.length).toBe(before);
    await send({ conversation: other, value: { action: "ask", question: "Am I eligible?", from: data.id }, replyToId: "card-x" });
    expect(connector.updated).toHaveLength(0);
  });

  it("with a Bot that cannot look up what it said (no `said`), feedback is still recorded and follow-ups answered, only no card is redrawn", async () => {
    const connector2 = await startFakeConnector();
    const { said: _, ...plain } = createBot({ knowledge, noticeId, review: { recordGap: () => {}, recordFeedback: (entry) => void feedback.push(entry) } });
    const server2 = await startTeamsServer({ bot: plain as Bot, clock });
    try {
      await post(server2.url, activity(connector2.url, { text: "How long is the contract?" }));
      const card = cardOf(connector2.posted[0]);
      const helpful = walk(card).find((el) => el.data?.action === "feedback")!;
      const followUp = walk(card).find((el) => el.data?.action === "ask")!;
      const before = feedback.length;
      await post(server2.url, activity(connector2.url, { value: helpful.data, replyToId: "c1" }));
      await post(server2.url, activity(connector2.url, { value: followUp.data, replyToId: "c1" }));
      expect(feedback.length).toBe(before + 1);
      expect(connector2.posted.map((p) => p.activity.text ?? "card")).toEqual(["card", "Thank you for the feedback.", "card"]);
      expect(connector2.updated).toHaveLength(0);
    } finally {
      await server2.close();
      await connector2.close();
    }
  });

  it("records Helpful / Not helpful by answer id, once, and updates the card to show the button pressed", async () => {
    const [answer] = await send({ text: "How long is the contract?" });
    const notHelpful = walk(cardOf(answer)).find((el) => el.type === "Action.Submit" && el.data.action === "feedback" && el.data.helpful === false);
    expect(Object.keys(notHelpful!.data).sort()).toEqual(["action", "helpful", "id"]);
    const replies = await send({ value: notHelpful!.data, replyToId: "card-7" });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.activity.text).toMatch(/thank/i);
    expect(feedback.at(-1)).toMatchObject({ noticeId, question: "How long is the contract?", helpful: false, intent: "contract" });
    expect(feedback.at(-1)!.answer).toBe(cardOf(answer).fallbackText);
    const updated = connector.updated.at(-1)!;
    expect(updated.activityId).toBe("card-7");
    expect(updated.activity.attachments[0].content.actions.map((a: any) => [a.title, a.isEnabled])).toEqual([
      ["👍 Helpful", false],
      ["✓ 👎 Not helpful", false],
    ]);
    // A second press (a stale client) records nothing more and thanks no one again.
    const count = feedback.length;
    expect(await send({ value: { ...notHelpful!.data, helpful: true }, replyToId: "card-7" })).toHaveLength(0);
    expect(feedback.length).toBe(count);
  });

  it.each([
    ["Greek", "Ποια είναι η προθεσμία για την αίτηση; Είμαι Έλληνας πολίτης. "],
    ["Chinese", "申请截止日期是什么时候？我是希腊公民，有五年大学学位。"],
    ["emoji", "👩🏽‍💻🇪🇺📅⏰✅❓🧑‍🤝‍🧑"],
    // English the bot understands: the eligibility check with all its passages, the biggest card of these.
    ["English", "Am I eligible? I am Greek, I have a 5-year degree, Greek native and English C1. "],
  ])("keeps every activity under 28 KB for a 10,000-character question in %s, the card, its update and the thanks", async (script, phrase) => {
    const question = phrase.repeat(Math.ceil(10_000 / phrase.length)).slice(0, 10_000);
    const [reply] = await send({ text: question });
    const helpful = walk(cardOf(reply)).find((el) => el.type === "Action.Submit" && el.data.action === "feedback")!;
    const thanks = await send({ value: helpful.data, replyToId: "card-long" });
    expect(thanks[0]!.activity.text).toMatch(/thank/i);
    const sizes = [reply!.bytes, connector.updated.at(-1)!.bytes, thanks[0]!.bytes];
    for (const size of sizes) expect(size).toBeLessThan(28 * 1024);
    // Measured for the closing note.
    console.info(`teams: 10,000 characters of ${script}: answer ${reply!.bytes} B, updated card ${sizes[1]} B, thanks ${sizes[2]} B`);
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
      expect(cardText(walk(verdict).find((el) => el.id === `criterion-${id}`)!)).toMatch(/^✅ .*: met$/m);
    }
    // Another user in the same conversation starts from nothing.
    await send({ conversation, from: { id: "29:other", name: "Other" }, text: "Am I eligible?" });
    expect(calls.ask.at(-1)!.sessionId).toBe("teams:a:personal-eligibility:29:other");
  });

  it("answers the eligibility form's submit criterion by criterion, the form drawn from bot.form()", async () => {
    const [formReply] = await send({ value: { action: "form" } });
    // The form repeats the language list on every row: still well under Teams' limit.
    expect(formReply!.bytes).toBeLessThan(28 * 1024);
    console.info(`teams: the eligibility form card: ${formReply!.bytes} B`);
    const form = cardOf(formReply);
    const inputs = walk(form).filter((el) => el.type.startsWith("Input.")).map((el) => el.id);
    expect(inputs).toEqual(expect.arrayContaining(["nationalities", "studyYears", "diploma", "languages.1.language", "languages.1.level"]));
    const check = form.actions.find((a: any) => a.type === "Action.Submit");
    // Teams merges the inputs' values into the button's data.
    const value = {
      ...check.data,
      nationalities: "EE,CA",
      studyYears: "5",
      diploma: "eu",
      "languages.1.language": "English",
      "languages.1.level": "C1",
      "languages.2.language": "French",
      "languages.2.level": "B2",
      "languages.3.language": "",
      "languages.3.level": "",
    };
    const [verdictReply] = await send({ value });
    expect(calls.checkEligibility[0]!.values).toEqual({
      nationalities: ["EE", "CA"],
      studyYears: 5,
      diploma: "eu",
      languages: [
        { language: "English", level: "C1" },
        { language: "French", level: "B2" },
      ],
    });
    const card = cardOf(verdictReply);
    const verdict = walk(card).find((el) => el.id === "verdict");
    expect(verdict?.style).toBe("good");
    expect(walk(verdict).filter((el) => String(el.id).startsWith("criterion-")).length).toBe(3);
    // Each criterion is on the card once: in the box, not again as a line of text.
    const text = cardText(card);
    expect(text.split("Citizenship of an EU member state").length - 1).toBe(1);
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
