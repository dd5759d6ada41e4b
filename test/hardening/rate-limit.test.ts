// Per-user and per-address rate limits on every channel, through the real server: an over-limit user is told
// to slow down (politely, once in a while), never silently dropped, and other users are not affected.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter, SLOW_DOWN } from "../../adapters/server/rate-limit.js";
import { cookieJar, startTestServer, type TestServer } from "../adapters/server/start-helper.js";
import { BOT_USER, SIGNING_SECRET, TEAM, sendCommand, sendEvent, startFakeSlack, type FakeSlack } from "../adapters/slack/fake-slack.js";
import { activity, post, startFakeConnector, type FakeConnector } from "../adapters/teams/harness.js";

describe("createRateLimiter", () => {
  it("take(key) allows the burst, then refuses until the bucket refills", () => {
    let now = 0;
    const limit = createRateLimiter({ perMinute: 6, burst: 2, clock: () => now });
    expect([limit.take("a").ok, limit.take("a").ok, limit.take("a").ok]).toEqual([true, true, false]);
    now += 10_000; // 6 a minute: one more every 10 s
    expect(limit.take("a").ok).toBe(true);
    expect(limit.take("a").ok).toBe(false);
  });

  it("take(key) counts each key on its own", () => {
    const limit = createRateLimiter({ perMinute: 1, clock: () => 0 });
    expect(limit.take("a").ok).toBe(true);
    expect(limit.take("b").ok).toBe(true);
    expect(limit.take("a").ok).toBe(false);
  });

  it("take(key) says to notify on the first refusal, then not again until noticeEveryMs has passed", () => {
    let now = 0;
    const limit = createRateLimiter({ perMinute: 1, noticeEveryMs: 10_000, clock: () => now });
    limit.take("a");
    expect(limit.take("a")).toMatchObject({ ok: false, notify: true });
    expect(limit.take("a")).toMatchObject({ ok: false, notify: false });
    now += 10_000;
    expect(limit.take("a")).toMatchObject({ ok: false, notify: true });
  });

  it("take(key) tells how long to wait", () => {
    const limit = createRateLimiter({ perMinute: 60, burst: 1, clock: () => 0 });
    limit.take("a");
    const refused = limit.take("a");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterMs).toBe(1000);
  });

  it("perMinute 0 is no limit", () => {
    const limit = createRateLimiter({ perMinute: 0 });
    expect(Array.from({ length: 1000 }, () => limit.take("a").ok).every(Boolean)).toBe(true);
  });

  it("remembers at most maxKeys keys, forgetting the least recently seen", () => {
    const limit = createRateLimiter({ perMinute: 1, maxKeys: 2, clock: () => 0 });
    limit.take("a");
    limit.take("b");
    limit.take("a");
    limit.take("c");
    expect(limit.size).toBe(2);
    // "b" was forgotten, so it starts with a full bucket again; "a" was kept and is still over.
    expect(limit.take("b").ok).toBe(true);
    expect(limit.take("c").ok).toBe(false);
  });
});

describe("the web chat's limits", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_PER_USER: "2", RATE_LIMIT_PER_ADDRESS: "6", LOG_LEVEL: "silent" });
  });
  afterAll(() => server.close());

  it("a conversation over its limit gets 429 with the slow-down line and Retry-After; another conversation is answered", async () => {
    const visitor = cookieJar(server.url);
    expect((await visitor.post("/api/chat/ask", { text: "When is the deadline?" })).status).toBe(200);
    expect((await visitor.post("/api/chat/ask", { text: "How long is the contract?" })).status).toBe(200);
    const refused = await visitor.post("/api/chat/ask", { text: "Where is the job?" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: SLOW_DOWN });

    const other = cookieJar(server.url);
    expect((await other.post("/api/chat/ask", { text: "Where is the job?" })).status).toBe(200);
  });

  it("one client address over its limit gets 429, whatever its cookies", async () => {
    // Six requests per minute from this address, two of them spent above, and one more each below.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await cookieJar(server.url).post("/api/chat/ask", { text: "hello" })).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeLessThan(5);
    const notice = await fetch(`${server.url}/api/chat/notice`);
    expect(notice.status).toBe(429);
    expect(((await notice.json()) as { error: string }).error).toBe(SLOW_DOWN);
  });

  it("the page itself and /healthz are never limited", async () => {
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe("Slack's per-user limit", () => {
  let fake: FakeSlack;
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    fake = await startFakeSlack();
    server = await startTestServer({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, RATE_LIMIT_PER_USER: "2", LOG_LEVEL: "silent" });
    url = `${server.url}/slack/events`;
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  const mention = (user: string, text: string) => ({
    type: "app_mention",
    channel: "CEVENT",
    user,
    text: `<@${BOT_USER}> ${text}`,
    ts: `${Math.floor(Date.now() / 1000)}.${String(Math.random()).slice(2, 8)}`,
    team: TEAM,
  });

  it("a user over the limit is told, only them, to slow down, once; other users are still answered", async () => {
    for (const text of ["When is the deadline?", "How long is the contract?", "Where is the job?", "What grade is it?"]) {
      expect((await sendEvent(url, mention("UFAST", text))).status).toBe(200);
    }
    const told = await fake.waitFor("chat.postEphemeral", (a) => a.user === "UFAST" && a.text === SLOW_DOWN);
    expect(told.args.channel).toBe("CEVENT");
    expect((await sendEvent(url, mention("UCALM", "When is the deadline?"))).status).toBe(200);
    await fake.waitFor("chat.postMessage", (a) => a.channel === "CEVENT" && fake.calls.filter((c) => c.method === "chat.postMessage").length >= 3);
    // Two answers for the fast user, one for the calm one; the fast user's third and fourth were not answered,
    // and the notice was given once, not twice.
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.callsTo("chat.postMessage")).toHaveLength(3);
    expect(fake.callsTo("chat.postEphemeral").filter((c) => c.args.text === SLOW_DOWN)).toHaveLength(1);
  });

  it("a slash command over the limit is acked with the slow-down line", async () => {
    const command = (text: string) => ({ command: "/vacancy", text, user_id: "UCMD", team_id: TEAM, channel_id: "CEVENT", response_url: `${fake.url}/respond/1`, trigger_id: "t1" });
    await sendCommand(url, command("When is the deadline?"));
    await sendCommand(url, command("How long is the contract?"));
    const third = await sendCommand(url, command("Where is the job?"));
    expect(third.status).toBe(200);
    expect(await third.json()).toMatchObject({ response_type: "ephemeral", text: SLOW_DOWN });
  });
});

describe("Teams' per-user limit", () => {
  let connector: FakeConnector;
  let server: TestServer;
  beforeAll(async () => {
    connector = await startFakeConnector();
    server = await startTestServer({ RATE_LIMIT_PER_USER: "2", LOG_LEVEL: "silent" });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  it("a user over the limit gets the slow-down line once, then nothing until it passes", async () => {
    const from = { id: "29:fast-user", name: "Fast" };
    for (const text of ["When is the deadline?", "How long is the contract?", "Where is the job?", "What grade is it?"]) {
      expect((await post(server.url, activity(connector.url, { text, from }))).status).toBeLessThan(300);
    }
    const texts = connector.posted.map((p) => p.activity.text as string | undefined);
    expect(connector.posted).toHaveLength(3);
    expect(texts.filter((t) => t === SLOW_DOWN)).toHaveLength(1);
    expect(texts[2]).toBe(SLOW_DOWN);
  });
});
