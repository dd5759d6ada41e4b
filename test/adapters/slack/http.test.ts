// The Slack channel in HTTP mode: the real Bolt app behind our handle on a local node:http server, its Web
// API client pointed at a fake Slack that records every call, and requests signed as Slack signs them.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackChannel, readSlackConfig, type SlackChannel } from "../../../adapters/slack/index.js";
import { createBot, loadKnowledge, type Bot, type ReviewSink } from "../../../src/index.js";
import { BOT_USER, TEAM, send, sendCommand, sendEvent, sendInteraction, startFakeSlack, SIGNING_SECRET, type FakeSlack } from "./fake-slack.js";

type Block = { type: string; block_id?: string; text?: { text: string }; elements?: { text?: string | { text: string }; value?: string; action_id?: string }[]; fields?: { text: string }[] };

const NOW = new Date("2025-10-13T08:00:00Z");
const feedback: Parameters<ReviewSink["recordFeedback"]>[0][] = [];
const review: ReviewSink = { recordGap: () => {}, recordFeedback: (entry) => void feedback.push(entry) };
const logLines: { msg: string; eventId?: string }[] = [];
const logSink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split("\n").filter(Boolean)) logLines.push(JSON.parse(line) as { msg: string });
    done();
  },
});

const asks: Parameters<Bot["ask"]>[0][] = [];
let fake: FakeSlack;
let bot: Bot;
let slack: SlackChannel;
let server: Server;
let url: string;

beforeAll(async () => {
  fake = await startFakeSlack();
  const real = createBot({ knowledge: loadKnowledge(), review });
  bot = { ...real, noticeId: real.noticeId, ask: (input) => (asks.push(input), real.ask(input)) };
  const config = readSlackConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl })!;
  slack = await createSlackChannel({ bot, config, logger: pino({ level: "info" }, logSink), now: () => NOW });
  server = createServer((req, res) => slack.handle!(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  if (server) await new Promise((resolve) => server.close(resolve));
  await fake?.close();
});

const blocksOf = (args: Record<string, unknown>) => (args.blocks ?? []) as Block[];
const texts = (blocks: Block[]) => blocks.map((b) => b.text?.text ?? b.elements?.map((e) => (typeof e.text === "string" ? e.text : e.text?.text)).join(" ") ?? "").join("\n");
/** The answer id both feedback buttons carry, and nothing else. */
const feedbackValue = (blocks: Block[]) => {
  const [helpful, unhelpful] = blocks.find((b) => b.block_id === "feedback")!.elements!.map((e) => e.value!);
  expect(helpful).toMatch(/^[A-Za-z0-9_-]{16}$/);
  expect(unhelpful).toBe(helpful);
  return helpful!;
};
const dm = (user: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: "message",
  channel_type: "im",
  channel: `D${user}`,
  user,
  text,
  ts: `${Date.now() / 1000}`,
  team: TEAM,
  ...extra,
});
const mention = (channel: string, user: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: "app_mention",
  channel,
  user,
  text: `<@${BOT_USER}> ${text}`,
  ts: `${Math.floor(Date.now() / 1000)}.${String(Math.random()).slice(2, 8)}`,
  team: TEAM,
  ...extra,
});

describe("Slack over HTTP", () => {
  it("answers a DM in the DM with blocks: the answer, its source, follow-ups and feedback buttons", async () => {
    const response = await sendEvent(url, dm("UDM1", "When is the deadline?"));
    expect(response.status).toBe(200);
    const call = await fake.waitFor("chat.postMessage", (a) => a.channel === "DUDM1");
    expect(call.args.thread_ts).toBeUndefined();
    expect(call.args.text).toEqual(expect.any(String));
    const blocks = blocksOf(call.args);
    expect(blocks[0]!.type).toBe("section");
    expect(blocks.filter((b) => b.type === "context").map((b) => b.elements![0]!.text)).toContainEqual(expect.stringMatching(/^Source: /));
    feedbackValue(blocks);
    expect(fake.callsTo("users.info").map((c) => c.args.user)).toContain("UDM1");
  });

  it("answers a mention in the thread of the question, without the bot's own mention in the question", async () => {
    const event = mention("C1", "UM1", "When is the deadline?");
    await sendEvent(url, event);
    const call = await fake.waitFor("chat.postMessage", (a) => a.channel === "C1" && a.thread_ts === event.ts);
    feedbackValue(blocksOf(call.args));

    const inThread = mention("C1", "UM2", "How long is the contract?", { thread_ts: "1700000000.000001" });
    await sendEvent(url, inThread);
    await fake.waitFor("chat.postMessage", (a) => a.channel === "C1" && a.thread_ts === "1700000000.000001");
  });

  it("acks /vacancy at once, before the answer's work is done, then answers only the asker", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    fake.zones.set("USL1", "Europe/Helsinki");
    fake.once("users.info", async (args) => {
      await held;
      return { ok: true, user: { id: args.user, tz: "Europe/Helsinki" } };
    });
    const response = await sendCommand(url, command("USL1", "When is the deadline?", "r-slash-1"));
    // Slack needs the ack within 3 s: it came back while users.info was still held.
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    expect(fake.callsTo("response_url").filter((c) => c.args.path === "/respond/r-slash-1")).toHaveLength(0);
    release();
    const answer = await fake.waitFor("response_url", (a) => a.path === "/respond/r-slash-1");
    expect(answer.args).toMatchObject({ response_type: "ephemeral", replace_original: false });
    feedbackValue(blocksOf(answer.args));
  });

  it("/vacancy public … answers in the channel and shows the question escaped, never as a ping", async () => {
    await sendCommand(url, command("USL2", "public &lt;!here&gt; <!channel> when is the deadline?", "r-public"));
    const answer = await fake.waitFor("response_url", (a) => a.path === "/respond/r-public");
    expect(answer.args.response_type).toBe("in_channel");
    const body = JSON.stringify(answer.args);
    expect(body).not.toMatch(/<!here>|<!channel>/);
    expect(blocksOf(answer.args)[0]!.elements![0]!.text).toBe("<@USL2> asked: &lt;!here&gt; @channel when is the deadline?");
  });

  it("/vacancy public with <@U123> echoes the person as plain @name (or @someone), as docs/slack.md says: it pings no one", async () => {
    await sendCommand(url, command("USL3", "public <@U123|ana> <@U456> when is the deadline?", "r-mention"));
    const answer = await fake.waitFor("response_url", (a) => a.path === "/respond/r-mention");
    expect(JSON.stringify(answer.args)).not.toMatch(/<@U123|<@U456/);
    expect(blocksOf(answer.args)[0]!.elements![0]!.text).toBe("<@USL3> asked: @ana @someone when is the deadline?");
    expect(readFileSync(new URL("../../../docs/slack.md", import.meta.url), "utf8")).toContain("`@ana`");
  });

  it("answers a follow-up button like a typed question, in the clicked message's thread", async () => {
    const response = await sendInteraction(url, blockAction("UB1", { channel: "C2", ts: "1700000001.000100" }, "followup:0", "How long is the contract?"));
    expect(response.status).toBe(200);
    const call = await fake.waitFor("chat.postMessage", (a) => a.channel === "C2" && a.thread_ts === "1700000001.000100");
    feedbackValue(blocksOf(call.args));
    expect(texts(blocksOf(call.args))).toContain("4 years");
  });

  it("records Helpful / Not helpful for HR with the answer it was given for, by its id, and thanks the user privately", async () => {
    await sendEvent(url, dm("UFB1", "When is the deadline?"));
    const answered = await fake.waitFor("chat.postMessage", (a) => a.channel === "DUFB1");
    const value = feedbackValue(blocksOf(answered.args));
    await sendInteraction(url, blockAction("UFB1", { channel: "DUFB1", ts: "1700000002.000100" }, "feedback:unhelpful", value));
    const thanks = await fake.waitFor("chat.postEphemeral", (a) => a.user === "UFB1");
    expect(thanks.args.channel).toBe("DUFB1");
    expect(feedback).toContainEqual(expect.objectContaining({ question: "When is the deadline?", helpful: false, intent: "deadline" }));
    expect(feedback.find((f) => f.question === "When is the deadline?")!.answer).toBe(String(answered.args.text).replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
  });

  it("feedback on a question full of & < > stores the question as asked; a click by someone else, or a second click, stores nothing", async () => {
    const question = `${"Tom & Jerry <b> ".repeat(150)}when is the deadline?`;
    await sendEvent(url, dm("UFB2", question.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")));
    const answered = await fake.waitFor("chat.postMessage", (a) => a.channel === "DUFB2");
    const value = feedbackValue(blocksOf(answered.args));
    const before = feedback.length;
    // Another user, in their own DM, naming this answer's id: not their answer.
    await sendInteraction(url, blockAction("UFB3", { channel: "DUFB3", ts: "1700000005.000100" }, "feedback:unhelpful", value));
    await sendInteraction(url, blockAction("UFB2", { channel: "DUFB2", ts: "1700000005.000200" }, "feedback:helpful", value));
    await until(() => feedback.length > before);
    await sendInteraction(url, blockAction("UFB2", { channel: "DUFB2", ts: "1700000005.000200" }, "feedback:unhelpful", value));
    await fake.waitFor("chat.postEphemeral", (a) => a.user === "UFB2");
    expect(feedback.slice(before)).toEqual([expect.objectContaining({ question: question.replace(/\s+/g, " ").trim().slice(0, 1000), helpful: true })]);
    expect(fake.callsTo("chat.postEphemeral").filter((c) => c.args.user === "UFB3")).toHaveLength(0);
  });

  it("passes the user's Slack locale (users.info with include_locale) and zone to the bot", async () => {
    fake.locales.set("ULOC1", "fr-FR");
    fake.zones.set("ULOC1", "Europe/Paris");
    await sendEvent(url, dm("ULOC1", "When is the deadline?"));
    await fake.waitFor("chat.postMessage", (a) => a.channel === "DULOC1");
    expect(asks.find((a) => a.sessionId.endsWith(":DULOC1:ULOC1"))).toMatchObject({ locale: "fr-FR", zone: "Europe/Paris" });
  });

  it("publishes App Home with the countdown in the viewer's time zone", async () => {
    fake.zones.set("UH1", "Asia/Tokyo");
    await sendEvent(url, { type: "app_home_opened", user: "UH1", channel: "DUH1", tab: "home", ts: "1700000003.000100" });
    const call = await fake.waitFor("views.publish", (a) => a.user_id === "UH1");
    const view = call.args.view as { type: string; blocks: Block[] };
    expect(view.type).toBe("home");
    const countdown = bot.countdown(NOW, "Asia/Tokyo")!;
    expect(texts(view.blocks)).toContain(countdown.text);
    expect(view.blocks.flatMap((b) => b.elements ?? []).map((e) => e.action_id)).toContain("open_eligibility");
  });

  it("answers an App Home question button in the user's DM", async () => {
    await sendInteraction(url, { ...blockAction("UH2", undefined, "followup:0", "When is the deadline?"), view: { type: "home", id: "VH" } });
    const call = await fake.waitFor("chat.postMessage", (a) => a.channel === "DUH2");
    feedbackValue(blocksOf(call.args));
  });

  it("rejects a request with a bad signature and one with a stale timestamp, answering neither", async () => {
    const before = fake.calls.length;
    const forged = await sendEvent(url, dm("UBAD", "When is the deadline?"), { secret: "not-the-secret-at-all" });
    expect(forged.status).toBe(401);
    const stale = await sendEvent(url, dm("UBAD", "When is the deadline?"), { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect(stale.status).toBe(401);
    expect(fake.calls.slice(before).filter((c) => c.args.channel === "DUBAD" || c.args.user === "UBAD")).toEqual([]);
  });

  it("does not answer a retried event twice", async () => {
    const eventId = "EvRetry1";
    await sendEvent(url, dm("URT1", "When is the deadline?"), { eventId });
    await fake.waitFor("chat.postMessage", (a) => a.channel === "DURT1");
    const retry = await sendEvent(url, dm("URT1", "When is the deadline?"), { eventId, retryNum: 1 });
    expect(retry.status).toBe(200);
    await until(() => logLines.some((l) => l.eventId === eventId && /already answered/.test(l.msg)));
    expect(fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "DURT1")).toHaveLength(1);
  });

  it("answers a retried event whose first delivery failed", async () => {
    fake.once("chat.postMessage", () => ({ ok: false, error: "fatal_error" }));
    const eventId = "EvRetry2";
    await sendEvent(url, dm("URT2", "When is the deadline?"), { eventId });
    await fake.waitFor("chat.postMessage", (a) => a.channel === "DURT2");
    await sendEvent(url, dm("URT2", "When is the deadline?"), { eventId, retryNum: 1 });
    await until(() => fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "DURT2").length === 2);
  });

  it("never echoes a mention, @channel, @here or a disguised link from user text", async () => {
    const event = mention("C3", "UINJ", "<!channel> <!here|@here> <@U999> <https://evil.example|click> &lt;!everyone&gt; When is the deadline?");
    await sendEvent(url, event);
    const call = await fake.waitFor("chat.postMessage", (a) => a.channel === "C3");
    const body = JSON.stringify(call.args);
    expect(body).not.toMatch(/<!(channel|here|everyone)|<@U999|<https:\/\/evil/);
    // What the bot read (and HR would see) is the plain words: mentions as "@name", links as their label.
    await sendInteraction(url, blockAction("UINJ", { channel: "C3", ts: "1700000009.000100", thread_ts: String(event.ts) }, "feedback:helpful", feedbackValue(blocksOf(call.args))));
    await until(() => feedback.some((f) => f.question.endsWith("When is the deadline?") && f.question.startsWith("@channel")));
    expect(feedback.at(-1)!.question).toBe("@channel @here @someone click <!everyone> When is the deadline?");
  });

  it("checks eligibility over several DM messages, keeping the facts in the conversation", async () => {
    const turns = ["Am I eligible?", "I am Estonian.", "I have a 4-year university degree from Tartu.", "I speak Estonian natively and English at C1."];
    let last: Record<string, unknown> = {};
    for (const [i, text] of turns.entries()) {
      await sendEvent(url, dm("UEL1", text));
      await until(() => fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "DUEL1").length === i + 1);
      last = fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "DUEL1")[i]!.args;
    }
    const blocks = blocksOf(last);
    feedbackValue(blocks);
    const shown = texts(blocks);
    for (const criterion of ["Citizenship", "University studies", "C1 in one official EU language"]) {
      expect(shown).toMatch(new RegExp(`^:white_check_mark: \\*${criterion}`, "m"));
    }
    expect(shown).not.toMatch(/:x:|:grey_question:/);
  });

  it("/vacancy eligibility opens the form; its submission is answered criterion by criterion", async () => {
    const response = await sendCommand(url, command("UFORM", "eligibility", "r-form"));
    expect(response.status).toBe(200);
    const opened = await fake.waitFor("views.open", (a) => a.trigger_id === "trigger-r-form");
    const view = opened.args.view as { callback_id: string; private_metadata: string; blocks: Block[] };
    expect(view.callback_id).toBe("eligibility");
    expect(view.blocks.map((b) => b.block_id)).toEqual(expect.arrayContaining(["nationalities", "studyYears", "diploma", "languages.1.language", "languages.1.level"]));

    const invalid = await sendInteraction(url, viewSubmission("UFORM", view.private_metadata, { "languages.1.language": pick("English") }));
    expect(await invalid.json()).toEqual({ response_action: "errors", errors: { "languages.1.level": "Choose your level in English." } });

    const state = {
      nationalities: { value: { type: "multi_static_select", selected_options: [{ value: "EE" }] } },
      studyYears: { value: { type: "number_input", value: "4" } },
      diploma: { value: { type: "radio_buttons", selected_option: { value: "eu" } } },
      "languages.1.language": pick("Estonian"),
      "languages.1.level": pick("C2"),
      "languages.2.language": pick("English"),
      "languages.2.level": pick("C1"),
    };
    const submitted = await sendInteraction(url, viewSubmission("UFORM", view.private_metadata, state));
    expect(submitted.status).toBe(200);
    expect(await submitted.text()).toBe("");
    const answer = await fake.waitFor("response_url", (a) => a.path === "/respond/r-form");
    expect(answer.args.response_type).toBe("ephemeral");
    const shown = texts(blocksOf(answer.args));
    expect(shown).toMatch(/^:white_check_mark: \*Citizenship/m);
    expect(shown).not.toMatch(/:x:|:grey_question:/);
  });

  it("answers a channel full of people asking at once, each exactly once in their own thread, one users.info each", async () => {
    const events = Array.from({ length: 25 }, (_, i) => mention("C7", `UCROWD${i}`, i % 2 ? "When is the deadline?" : "How long is the contract?"));
    const responses = await Promise.all(events.map((event) => sendEvent(url, event)));
    expect(responses.map((r) => r.status)).toEqual(events.map(() => 200));
    await until(() => fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "C7").length >= events.length);
    const threads = fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "C7").map((c) => c.args.thread_ts);
    expect([...threads].sort()).toEqual(events.map((e) => e.ts).sort());
    for (const event of events) expect(fake.callsTo("users.info").filter((c) => c.args.user === event.user)).toHaveLength(1);
  });

  it("answers a click on a private /vacancy answer privately, through its response URL", async () => {
    const click = blockAction("UEPH", { channel: "C9", ts: "1700000004.000100" }, "followup:0", "How do I apply?");
    await sendInteraction(url, { ...click, container: { type: "message", message_ts: "1700000004.000100", channel_id: "C9", is_ephemeral: true } });
    const answer = await fake.waitFor("response_url", (a) => a.path === "/respond/action-UEPH");
    expect(answer.args).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "C9")).toHaveLength(0);
  });

  it("acts once on a signed /vacancy replayed with the same signature and timestamp", async () => {
    const body = new URLSearchParams(command("URPL", "When is the deadline?", "r-replay")).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await send(url, body, "application/x-www-form-urlencoded", { timestamp });
    const replay = await send(url, body, "application/x-www-form-urlencoded", { timestamp });
    expect([first.status, replay.status]).toEqual([200, 200]);
    await fake.waitFor("response_url", (a) => a.path === "/respond/r-replay");
    // Once known as a replay (acked, not acted on), nothing more can come of it.
    await until(() => logLines.some((l) => (l as { code?: string }).code === "slack_replay"));
    expect(fake.callsTo("response_url").filter((c) => c.args.path === "/respond/r-replay")).toHaveLength(1);
  });

  it("refuses a timestamp more than 5 minutes ahead, as one more than 5 minutes behind", async () => {
    const ahead = await sendEvent(url, dm("UFUT", "When is the deadline?"), { timestamp: Math.floor(Date.now() / 1000) + 10 * 60 });
    expect(ahead.status).toBe(401);
    const slightlyAhead = await sendEvent(url, dm("UFUT2", "When is the deadline?"), { timestamp: Math.floor(Date.now() / 1000) + 60 });
    expect(slightlyAhead.status).toBe(200);
    await fake.waitFor("chat.postMessage", (a) => a.channel === "DUFUT2");
    expect(fake.calls.filter((c) => c.args.channel === "DUFUT")).toEqual([]);
  });

  it("verifies an app_rate_limited body before reading it: unsigned is refused, signed is acked and logged", async () => {
    const body = JSON.stringify({ token: "legacy", type: "app_rate_limited", team_id: TEAM, minute_rate_limited: 1518467820, api_app_id: "A1" });
    const unsigned = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(unsigned.status).toBe(401);
    const forged = await send(url, body, "application/json", { secret: "not-the-secret-at-all" });
    expect(forged.status).toBe(401);
    expect(logLines.some((l) => (l as { code?: string }).code === "slack_app_rate_limited")).toBe(false);
    const signed = await send(url, body, "application/json");
    expect(signed.status).toBe(200);
    expect(logLines.some((l) => (l as { code?: string }).code === "slack_app_rate_limited")).toBe(true);
  });

  it("accepts a form sent as application/x-www-form-urlencoded; charset=utf-8", async () => {
    const body = new URLSearchParams(command("UCHS", "How long is the contract?", "r-charset")).toString();
    const response = await send(url, body, "application/x-www-form-urlencoded; charset=utf-8");
    expect(response.status).toBe(200);
    const answer = await fake.waitFor("response_url", (a) => a.path === "/respond/r-charset");
    expect(texts(blocksOf(answer.args))).toMatch(/years?/);
  });

  it("says not found for anything but POST /slack/events", async () => {
    const response = await fetch(url.replace("/slack/events", "/elsewhere"));
    expect(response.status).toBe(404);
  });
});

function command(user: string, text: string, responseId: string): Record<string, string> {
  return {
    token: "legacy",
    team_id: TEAM,
    team_domain: "example",
    channel_id: "C9",
    channel_name: "events",
    user_id: user,
    user_name: user.toLowerCase(),
    command: "/vacancy",
    text,
    api_app_id: "A1",
    response_url: `${fake.url}/respond/${responseId}`,
    trigger_id: `trigger-${responseId}`,
  };
}

function blockAction(user: string, message: { channel: string; ts: string; thread_ts?: string } | undefined, actionId: string, value: string): Record<string, unknown> {
  return {
    type: "block_actions",
    team: { id: TEAM, domain: "example" },
    user: { id: user, username: user.toLowerCase(), team_id: TEAM },
    api_app_id: "A1",
    token: "legacy",
    trigger_id: `trigger-${user}`,
    response_url: `${fake.url}/respond/action-${user}`,
    container: message ? { type: "message", message_ts: message.ts, channel_id: message.channel, is_ephemeral: false } : { type: "view", view_id: "VH" },
    ...(message ? { channel: { id: message.channel, name: "x" }, message: { type: "message", ts: message.ts, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}), text: "…", user: BOT_USER } } : {}),
    actions: [{ type: "button", action_id: actionId, block_id: "followups", value, text: { type: "plain_text", text: value }, action_ts: "1" }],
  };
}

function viewSubmission(user: string, metadata: string, values: Record<string, unknown>): Record<string, unknown> {
  return {
    type: "view_submission",
    team: { id: TEAM, domain: "example" },
    user: { id: user, username: user.toLowerCase(), team_id: TEAM },
    api_app_id: "A1",
    token: "legacy",
    trigger_id: "trigger-submit",
    view: { id: "VF", team_id: TEAM, type: "modal", callback_id: "eligibility", private_metadata: metadata, state: { values }, hash: "h", blocks: [] },
  };
}

function pick(value: string) {
  return { value: { type: "static_select", selected_option: { value } } };
}

/** Waits for a condition that the server makes true asynchronously (vitest's timeout bounds it). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
