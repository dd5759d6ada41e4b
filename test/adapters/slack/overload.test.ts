// A slow Slack API: answers wait for chat.postMessage. The real Bolt app over HTTP on 127.0.0.1 with the
// listeners capped at two answers waiting; a third question is told politely that the bot is busy.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver } from "@slack/bolt";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventDeduper } from "../../../adapters/slack/dedupe.js";
import { registerListeners } from "../../../adapters/slack/listeners.js";
import { createZoneCache } from "../../../adapters/slack/zones.js";
import { createBot, loadKnowledge } from "../../../src/index.js";
import { BOT_USER, sendCommand, sendEvent, SIGNING_SECRET, startFakeSlack, TEAM, type FakeSlack } from "./fake-slack.js";

let fake: FakeSlack;
let server: Server;
let url: string;
const releases: (() => void)[] = [];

beforeAll(async () => {
  fake = await startFakeSlack();
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, endpoints: "/slack/events" });
  const app = new App({ token: "xoxb-test", botId: "BBOT", botUserId: BOT_USER, receiver, clientOptions: { slackApiUrl: fake.apiUrl }, convoStore: false });
  const logger = pino({ level: "silent" });
  registerListeners(app, { bot: createBot({ knowledge: loadKnowledge() }), logger, zones: createZoneCache({ client: app.client }), deduper: createEventDeduper(), now: () => new Date("2025-10-13T08:00:00Z"), maxPending: 2 });
  server = createServer((req, res) => receiver.requestListener(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});

afterAll(async () => {
  for (const release of releases) release();
  if (server) await new Promise((resolve) => server.close(resolve));
  await fake?.close();
});

const dm = (user: string, text: string) => ({ type: "message", channel_type: "im", channel: `D${user}`, user, text, ts: `${Date.now() / 1000}`, team: TEAM });

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe("Slack with a slow Web API", () => {
  it("holds at most maxPending answers waiting; past it a DM gets the polite busy line and a /vacancy its acknowledgement", async () => {
    // The first two answers hang in chat.postMessage until released.
    for (let i = 0; i < 2; i++) fake.once("chat.postMessage", (a) => new Promise((resolve) => releases.push(() => resolve({ ok: true, channel: a.channel, ts: `1700000100.00010${i}` }))));
    await sendEvent(url, dm("USLOW1", "When is the deadline?"));
    await sendEvent(url, dm("USLOW2", "How long is the contract?"));
    await until(() => releases.length === 2 && fake.callsTo("chat.postMessage").length === 2);

    await sendEvent(url, dm("USLOW3", "Where is the job?"));
    const busy = await fake.waitFor("chat.postMessage", (a) => a.channel === "DUSLOW3");
    expect(busy.args.text).toBe("Sorry, I am answering a lot of questions right now, so I could not answer yours. Please ask again in a minute.");
    expect(JSON.stringify(busy.args.blocks)).not.toContain("feedback");

    const ack = await sendCommand(url, { team_id: TEAM, channel_id: "C1", user_id: "USLOW4", command: "/vacancy", text: "When is the deadline?", response_url: `${fake.url}/respond/slow`, trigger_id: "t" });
    expect(await ack.json()).toMatchObject({ response_type: "ephemeral", text: expect.stringMatching(/^Sorry, I am answering a lot of questions/) });
    expect(fake.callsTo("response_url")).toHaveLength(0);

    // Once Slack catches up, questions are answered again.
    for (const release of releases.splice(0)) release();
    await sendEvent(url, dm("USLOW5", "When is the deadline?"));
    const answered = await fake.waitFor("chat.postMessage", (a) => a.channel === "DUSLOW5");
    expect(JSON.stringify(answered.args.blocks)).toContain("feedback:helpful");
  });
});
