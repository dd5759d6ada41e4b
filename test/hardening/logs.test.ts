// At the default level the log holds what operations need and nothing personal: one JSON line per request with
// its id and latency (and one per Slack payload), never the question, the user's id or a cookie.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieJar, startTestServer, type TestServer } from "../adapters/server/start-helper.js";
import { BOT_USER, SIGNING_SECRET, TEAM, sendEvent, startFakeSlack, type FakeSlack } from "../adapters/slack/fake-slack.js";
import { activity, post, startFakeConnector, type FakeConnector } from "../adapters/teams/harness.js";

let fake: FakeSlack;
let connector: FakeConnector;
let server: TestServer;

const QUESTION = "Zebra-question: when is the deadline for Ana Tamm?";
const SLACK_USER = "UPRIVATE42";
const TEAMS_USER = "29:private-teams-user";

beforeAll(async () => {
  fake = await startFakeSlack();
  connector = await startFakeConnector();
  server = await startTestServer({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl });
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
  await connector?.close();
});

// What the server writes after the response (a request's log line) comes when it comes on a busy machine: waited
// for until the test's own timeout, not a fixed few seconds.
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 25));
  expect(check()).toBe(true);
};

describe("the log at the default level", () => {
  it("has one request line per request with reqId, method, path, status and ms, for every channel", async () => {
    const before = server.logs.length;
    const visitor = cookieJar(server.url);
    const web = await visitor.post("/api/chat/ask", { text: QUESTION });
    const teams = await post(server.url, activity(connector.url, { text: QUESTION, from: { id: TEAMS_USER, name: "Ana Tamm" } }));
    const slack = await sendEvent(`${server.url}/slack/events`, {
      type: "app_mention",
      channel: "CLOGS",
      user: SLACK_USER,
      text: `<@${BOT_USER}> ${QUESTION}`,
      ts: "1700000000.000100",
      team: TEAM,
    });
    expect([web.status, teams.status, slack.status]).toEqual([200, 200, 200]);
    await until(() => server.logs.slice(before).some((l) => l.msg === "slack: payload"));

    const lines = server.logs.slice(before);
    const requests = lines.filter((l) => l.msg === "request");
    expect(requests.map((l) => l.path)).toEqual(["/api/chat/ask", "/api/messages", "/slack/events"]);
    for (const line of requests) {
      expect(line).toMatchObject({ level: 30, reqId: expect.stringMatching(/^[\w.:-]{1,64}$/), method: "POST", status: 200, ms: expect.any(Number) });
    }
    expect(new Set(requests.map((l) => l.reqId)).size).toBe(3);
    expect(web.headers.get("x-request-id")).toBe(requests[0]!.reqId);

    // The Slack answer is posted after the ack: its own line gives the time to the answer, under the same request id.
    const payload = lines.find((l) => l.msg === "slack: payload")!;
    expect(payload).toMatchObject({ level: 30, kind: "event:app_mention", outcome: "handled", ms: expect.any(Number), reqId: requests[2]!.reqId });
  });

  it("holds no question text, no user id, no channel id and no cookie", async () => {
    const text = server.logs.map((l) => JSON.stringify(l)).join("\n");
    expect(text.length).toBeGreaterThan(0);
    for (const secret of ["Zebra", "Ana Tamm", SLACK_USER, TEAMS_USER, "private-teams-user", "CLOGS", "vb_session", "a:personal-chat-1"]) expect(text).not.toContain(secret);
  });

  it("a request id given by a proxy is kept and logged", async () => {
    const res = await fetch(`${server.url}/api/chat/notice`, { headers: { "x-request-id": "proxy-id-123" } });
    expect(res.headers.get("x-request-id")).toBe("proxy-id-123");
    await until(() => server.logs.some((l) => l.msg === "request" && l.reqId === "proxy-id-123"));
  });
});
