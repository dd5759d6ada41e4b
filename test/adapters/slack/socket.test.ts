// Socket Mode: the real Bolt SocketModeReceiver opens its connection through our fake Slack API
// (apps.connections.open) to a local WebSocket server that plays Slack's side.
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// ws is here through botbuilder; Socket Mode itself connects with undici's WebSocket client.
import WebSocket from "ws";
import { createSlackChannel, readSlackConfig, type SlackChannel } from "../../../adapters/slack/index.js";
import { createBot, loadKnowledge } from "../../../src/index.js";
import { BOT_USER, eventEnvelope, startFakeSlack, TEAM, type FakeSlack } from "./fake-slack.js";

let fake: FakeSlack;
let wss: WebSocket.Server;
let slack: SlackChannel;
const sockets: WebSocket[] = [];
const received: Record<string, unknown>[] = [];

beforeAll(async () => {
  fake = await startFakeSlack();
  wss = new WebSocket.Server({ host: "127.0.0.1", port: 0 });
  await new Promise((resolve) => wss.once("listening", resolve));
  wss.on("connection", (socket) => {
    sockets.push(socket);
    socket.on("message", (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
    socket.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" }, debug_info: { host: "local" } }));
  });
  const wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
  fake.once("apps.connections.open", () => ({ ok: true, url: wsUrl }));
  const config = readSlackConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_APP_TOKEN: "xapp-1-A1-test", SLACK_API_URL: fake.apiUrl })!;
  slack = await createSlackChannel({ bot: createBot({ knowledge: loadKnowledge() }), config, logger: pino({ level: "silent" }) });
});

afterAll(async () => {
  await slack?.stop();
  if (wss) await new Promise((resolve) => wss.close(resolve));
  await fake?.close();
});

describe("Slack in Socket Mode", () => {
  it("has no HTTP handler, connects on start() with the app-level token, and answers a mention in its thread", async () => {
    expect(slack.mode).toBe("socket");
    expect(slack.handle).toBeUndefined();
    await slack.start();
    const mention = { type: "app_mention", channel: "C5", user: "US1", text: `<@${BOT_USER}> When is the deadline?`, ts: "1700000100.000100", team: TEAM };
    sockets[0]!.send(JSON.stringify({ envelope_id: "env-1", type: "events_api", accepts_response_payload: false, retry_attempt: 0, payload: JSON.parse(eventEnvelope(mention)) }));
    const call = await fake.waitFor("chat.postMessage", (a) => a.channel === "C5");
    expect(call.args.thread_ts).toBe("1700000100.000100");
    expect(received).toContainEqual(expect.objectContaining({ envelope_id: "env-1" }));
    const opened = fake.callsTo("apps.connections.open");
    expect(opened).toHaveLength(1);
  });
});
