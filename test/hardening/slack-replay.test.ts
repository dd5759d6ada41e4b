// The Slack replay guard against a suffixed signature (issue 22, item 5): Bolt's verifier compares only what follows
// the first "=", so "v0=<hex>=1" verifies too; the guard must not take it for a new request. Through the real server,
// the real Bolt HTTP receiver, over real HTTP, with a fake Slack recording the answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../adapters/server/start-helper.js";
import { send, sign, SIGNING_SECRET, TEAM, startFakeSlack, type FakeSlack } from "../adapters/slack/fake-slack.js";

describe("a signed slash command replayed with a suffixed signature", () => {
  let fake: FakeSlack;
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    fake = await startFakeSlack();
    server = await startTestServer({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: "warn" });
    url = `${server.url}/slack/events`;
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
  });

  const command = (responsePath: string) =>
    new URLSearchParams({ command: "/vacancy", text: "When is the deadline?", user_id: "UREPLAY", team_id: TEAM, channel_id: "CREPLAY", response_url: `${fake.url}${responsePath}`, trigger_id: "t-replay" }).toString();
  const answered = (path: string) => fake.callsTo("response_url").filter((c) => c.args.path === path).length;

  it("is answered once: the suffixed copies are refused with 401 and nothing is sent for them", async () => {
    const body = command("/respond/suffixed");
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = sign(body, timestamp)["x-slack-signature"]!;
    const first = await send(url, body, "application/x-www-form-urlencoded", { timestamp });
    expect(first.status).toBe(200);
    await fake.waitFor("response_url", (a) => a.path === "/respond/suffixed");
    const replays = await Promise.all(["=1", "=2", "=3", "=", "0"].map((suffix) => send(url, body, "application/x-www-form-urlencoded", { timestamp, signature: `${signature}${suffix}` })));
    expect(replays.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    // Refused before anything is read from them (the 401s above and one log line each): nothing can be answered.
    expect(server.logs.filter((l) => l.code === "slack_bad_signature")).toHaveLength(5);
    expect(answered("/respond/suffixed")).toBe(1);
  });

  it("a signature in capitals (the same HMAC, another header) is refused, and the exact replay is acked without an answer", async () => {
    const body = command("/respond/upper");
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = sign(body, timestamp)["x-slack-signature"]!;
    expect((await send(url, body, "application/x-www-form-urlencoded", { timestamp })).status).toBe(200);
    await fake.waitFor("response_url", (a) => a.path === "/respond/upper");
    const upper = await send(url, body, "application/x-www-form-urlencoded", { timestamp, signature: `v0=${signature.slice(3).toUpperCase()}` });
    expect(upper.status).toBe(401);
    const replays = server.logs.filter((l) => l.code === "slack_replay").length;
    const exact = await send(url, body, "application/x-www-form-urlencoded", { timestamp });
    expect(exact.status).toBe(200);
    // Known as a replay before the 200 is sent: acked, not acted on.
    expect(server.logs.filter((l) => l.code === "slack_replay")).toHaveLength(replays + 1);
    expect(answered("/respond/upper")).toBe(1);
  });
});
