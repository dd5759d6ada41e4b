// Whatever arrives at the server's endpoints (any body, any content type, signed or not), the answer is a 4xx or
// a success, never a 5xx, and the server stays up. Run against the one server with every channel switched on.
import { createHmac } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HR_TOKEN, startTestServer, type TestServer } from "../adapters/server/start-helper.js";
import { SIGNING_SECRET, startFakeSlack, type FakeSlack } from "../adapters/slack/fake-slack.js";
import { startFakeConnector, type FakeConnector } from "../adapters/teams/harness.js";

let fake: FakeSlack;
let connector: FakeConnector;
let server: TestServer;

beforeAll(async () => {
  fake = await startFakeSlack();
  connector = await startFakeConnector();
  server = await startTestServer({
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    HR_TOKEN,
    // The limits answer 429, a 4xx too; off here so that every body reaches its handler.
    RATE_LIMIT_PER_USER: "0",
    RATE_LIMIT_PER_ADDRESS: "0",
    LOG_LEVEL: "silent",
  });
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
  await connector?.close();
});

const contentTypes = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "application/x-www-form-urlencoded",
  "text/plain",
  "multipart/form-data; boundary=x",
  "application/vnd.api+json",
  "",
);
const anyJson = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? "null");
const bodies = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  anyJson,
  fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a).toString("latin1")),
  fc.dictionary(fc.constantFrom("text", "zone", "id", "helpful", "token", "payload", "command", "type", "q"), fc.jsonValue({ maxDepth: 2 })).map((o) => JSON.stringify(o)),
);

async function send(path: string, body: string, contentType: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(server.url + path, { method: "POST", headers: { ...(contentType ? { "content-type": contentType } : {}), ...headers }, body });
  await res.arrayBuffer();
  return res.status;
}

async function stillUp(): Promise<void> {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
}

function noServerError(status: number): void {
  expect(status, `status ${status}`).toBeLessThan(500);
}

describe("any request body", () => {
  it.each(["/api/chat/ask", "/api/chat/feedback", "/api/chat/reset", "/api/messages", "/slack/events", "/hr/login", "/hr/logout"])(
    "POST %s answers below 500",
    async (path) => {
      await fc.assert(
        fc.asyncProperty(bodies, contentTypes, async (body, type) => noServerError(await send(path, body, type))),
        { numRuns: 40 },
      );
      await stillUp();
    },
  );

  it("POST /slack/events with a valid signature on any body answers below 500", async () => {
    const payload = fc.oneof(
      bodies,
      fc
        .record({
          type: fc.constantFrom("event_callback", "url_verification", "app_rate_limited", "nonsense"),
          team_id: fc.constantFrom("T1", 5, null),
          event_id: fc.string({ maxLength: 12 }),
          challenge: fc.string({ maxLength: 12 }),
          event: fc.oneof(
            fc.jsonValue({ maxDepth: 2 }),
            fc.record({
              type: fc.constantFrom("message", "app_mention", "app_home_opened", "reaction_added"),
              user: fc.oneof(fc.constantFrom("UFUZZ", ""), fc.integer()),
              channel: fc.oneof(fc.constantFrom("CFUZZ", "DFUZZ"), fc.jsonValue({ maxDepth: 1 })),
              channel_type: fc.constantFrom("im", "channel"),
              text: fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 1 })),
              ts: fc.oneof(fc.constantFrom("1700000000.000100"), fc.string({ maxLength: 10 })),
              tab: fc.constantFrom("home", "messages"),
            }, { requiredKeys: ["type"] }),
          ),
        }, { requiredKeys: ["type"] })
        .map((o) => JSON.stringify(o)),
    );
    await fc.assert(
      fc.asyncProperty(payload, fc.constantFrom("application/json", "application/x-www-form-urlencoded"), async (body, type) => {
        const ts = Math.floor(Date.now() / 1000);
        const signature = `v0=${createHmac("sha256", SIGNING_SECRET).update(`v0:${ts}:${body}`).digest("hex")}`;
        noServerError(await send("/slack/events", body, type, { "x-slack-request-timestamp": String(ts), "x-slack-signature": signature }));
      }),
      { numRuns: 60 },
    );
    await stillUp();
  });

  it("POST /api/messages with any activity-shaped body answers below 500", async () => {
    const activity = fc
      .record(
        {
          type: fc.constantFrom("message", "conversationUpdate", "installationUpdate", "invoke", "typing", "nonsense"),
          id: fc.string({ maxLength: 10 }),
          // Only addresses on this machine: the fake connector, a closed port, and values that are not URLs.
          serviceUrl: fc.constantFrom(connector.url, "http://127.0.0.1:9", "not a url", ""),
          channelId: fc.constantFrom("msteams", "emulator", ""),
          from: fc.oneof(fc.record({ id: fc.string({ maxLength: 10 }), name: fc.string({ maxLength: 10 }) }), fc.jsonValue({ maxDepth: 1 })),
          recipient: fc.oneof(fc.record({ id: fc.string({ maxLength: 10 }) }), fc.jsonValue({ maxDepth: 1 })),
          conversation: fc.oneof(fc.record({ id: fc.string({ maxLength: 10 }) }), fc.jsonValue({ maxDepth: 1 })),
          text: fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 1 })),
          value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ action: fc.constantFrom("ask", "feedback", "form", "eligibility"), question: fc.string({ maxLength: 20 }) })),
          membersAdded: fc.jsonValue({ maxDepth: 2 }),
          entities: fc.jsonValue({ maxDepth: 2 }),
          localTimezone: fc.oneof(fc.constantFrom("Europe/Helsinki", "Bad/Zone"), fc.jsonValue({ maxDepth: 1 })),
        },
        { requiredKeys: ["type"] },
      )
      .map((o) => JSON.stringify(o));
    await fc.assert(
      fc.asyncProperty(activity, async (body) => noServerError(await send("/api/messages", body, "application/json"))),
      { numRuns: 60 },
    );
    await stillUp();
  });

  it("GET /api/chat/notice and /hr/try with any query answer below 500", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 100 }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), async (q, zone, now) => {
        const query = new URLSearchParams({ q, zone, now }).toString();
        for (const path of [`/api/chat/notice?${query}`, `/hr/try?${query}`]) {
          const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${HR_TOKEN}` } });
          await res.arrayBuffer();
          noServerError(res.status);
        }
      }),
      { numRuns: 30 },
    );
    await stillUp();
  });
});

describe("bodies over the limit", () => {
  it.each([
    ["/api/chat/ask", 9 * 1024],
    ["/api/messages", 1024 * 1024 + 1],
    ["/slack/events", 1024 * 1024 + 1],
    ["/hr/login", 5 * 1024],
  ])("POST %s with %i bytes is a 413", async (path, size) => {
    const type = path === "/hr/login" ? "application/x-www-form-urlencoded" : "application/json";
    expect(await send(path, "x".repeat(size), type)).toBe(413);
    await stillUp();
  });

  it("POST /slack/events without a Content-Length (a chunked body) is a 411", async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("{}"));
        controller.close();
      },
    });
    const res = await fetch(`${server.url}/slack/events`, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
    expect(res.status).toBe(411);
  });

  it("a chunked body over the limit is cut off with a 413 on the web chat and Teams too", async () => {
    for (const path of ["/api/chat/ask", "/api/messages"]) {
      const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
      let sent = 0;
      const stream = new ReadableStream({
        pull(controller) {
          if (sent++ >= 20) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const res = await fetch(server.url + path, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit).catch(() => undefined);
      // The server may close the connection before the whole body is sent; either way it never takes it.
      if (res) expect(res.status).toBe(413);
    }
    await stillUp();
  });
});
