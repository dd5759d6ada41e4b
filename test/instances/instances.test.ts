// Three instances behind no load balancer at all: each request goes to the instance the test picks. They share a
// real redis-server and a real PostgreSQL, started for this file on loopback ports of their own. Whatever
// instance a message reaches, the conversation, the answer ids, Slack's dedupe and HR's review are the same.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventEnvelope, send, sendCommand, startFakeSlack, SIGNING_SECRET, TEAM, type FakeSlack } from "../adapters/slack/fake-slack.js";
import { HR_TOKEN, startTestServer, type TestServer } from "../adapters/server/start-helper.js";
import { startPostgres, startRedis, type Service } from "../../scripts/services.js";

let redis: Service;
let postgres: Awaited<ReturnType<typeof startPostgres>>;
let fake: FakeSlack;
const instances: TestServer[] = [];

beforeAll(async () => {
  [redis, postgres, fake] = await Promise.all([startRedis(), startPostgres(), startFakeSlack()]);
  // A store call on a busy machine can take longer than the default 500 ms: past it an instance would answer from its
  // own memory and a conversation spread over three would lose turns. Redis stopped is seen at once (no offline
  // queue), so the long limit slows none of the fault cases.
  const env = { REDIS_URL: redis.url, DATABASE_URL: postgres.url, HR_TOKEN, SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, STORE_TIMEOUT_MS: "5000" };
  // One after another: each creates or checks the schema at start-up.
  for (let i = 0; i < 3; i++) instances.push(await startTestServer(env));
}, 120_000);

afterAll(async () => {
  for (const instance of instances) await instance.close();
  await fake?.close();
  await redis?.stop();
  await postgres?.remove();
}, 60_000);

/** One browser (one cookie jar) whose requests go to whichever instance the test names. */
function browser() {
  const jar = new Map<string, string>();
  const request = async (to: TestServer, path: string, body?: unknown) => {
    const headers: Record<string, string> = body === undefined ? {} : { "content-type": "application/json" };
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(to.url + path, { method: body === undefined ? "GET" : "POST", headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    for (const c of res.headers.getSetCookie()) {
      const [name, value] = c.split(";")[0]!.split("=") as [string, string];
      jar.set(name, value);
    }
    return res;
  };
  return {
    request,
    ask: async (to: TestServer, text: string) => ((await (await request(to, "/api/chat/ask", { text })).json()) as { answer: { id: string; verdict?: string; intent: string } }).answer,
  };
}

const hrJson = async (to: TestServer) =>
  (await (await fetch(`${to.url}/hr/review.json`, { headers: { authorization: `Bearer ${HR_TOKEN}` } })).json()) as { gaps: { question: string }[]; notHelpful: { question: string }[]; closest: { question: string }[] };

/** Waits for what each instance buffers for PostgreSQL to be written. */
const written = () => Promise.all(instances.map((i) => (i.review as { flush?: () => Promise<void> }).flush?.()));

describe("three instances sharing Redis and PostgreSQL", () => {
  it("names the shared stores in the start-up line", () => {
    expect(instances[0]!.banner).toContain("conversations in Redis, review in PostgreSQL");
  });

  it("an eligibility check whose three turns go to three instances ends in one verdict", async () => {
    const b = browser();
    await b.request(instances[0]!, "/");
    const turns = ["I'm Estonian", "I have a bachelor's degree that took 3 years", "Estonian is my native language and my English is C1"];
    const verdicts = [];
    for (const [i, text] of turns.entries()) verdicts.push((await b.ask(instances[i]!, text)).verdict);
    expect(verdicts).toEqual(["incomplete", "incomplete", "eligible"]);
  });

  it("two messages of one conversation at two instances at once lose neither turn", async () => {
    const b = browser();
    await b.request(instances[0]!, "/");
    await Promise.all([b.ask(instances[0]!, "I'm Estonian"), b.ask(instances[1]!, "I have a bachelor's degree that took 3 years")]);
    expect((await b.ask(instances[2]!, "Estonian is my native language and my English is C1")).verdict).toBe("eligible");
  });

  it("feedback sent to instance 2 for an answer given by instance 1 is recorded, once", async () => {
    const b = browser();
    await b.request(instances[0]!, "/");
    const answer = await b.ask(instances[0]!, "How long is the probation period? instance-feedback");
    expect((await b.request(instances[1]!, "/api/chat/feedback", { id: answer.id, helpful: false })).status).toBe(200);
    expect((await b.request(instances[2]!, "/api/chat/feedback", { id: answer.id, helpful: true })).status).toBe(404);
    await written();
    expect((await hrJson(instances[2]!)).notHelpful.map((r) => r.question)).toContain("How long is the probation period? instance-feedback");
  });

  it("HR's review on instance 3 shows questions asked on instances 1 and 2", async () => {
    const [one, two] = [browser(), browser()];
    await one.ask(instances[0]!, "Is there an age limit? asked-on-one");
    await two.ask(instances[1]!, "Is there an age limit? asked-on-two");
    await written();
    const review = await hrJson(instances[2]!);
    const questions = [...review.gaps, ...review.closest].map((r) => r.question);
    expect(questions).toEqual(expect.arrayContaining(["Is there an age limit? asked-on-one", "Is there an age limit? asked-on-two"]));
  });

  it("a Slack event and its retry sent to two instances get one answer", async () => {
    const event = { type: "message", channel_type: "im", channel: "DRETRY", user: "URETRY", text: "When is the deadline?", ts: `${Date.now() / 1000}`, team: TEAM };
    const body = eventEnvelope(event, "EvRetryAcrossInstances");
    expect((await send(`${instances[0]!.url}/slack/events`, body, "application/json")).status).toBe(200);
    await fake.waitFor("chat.postMessage", (a) => a.channel === "DRETRY");
    expect((await send(`${instances[1]!.url}/slack/events`, body, "application/json", { retryNum: 1, timestamp: Math.floor(Date.now() / 1000) + 1 })).status).toBe(200);
    // Instance 2 decides (and says) that the retry is answered already; then nothing more can come of it.
    await expect.poll(() => instances[1]!.logs.some((l) => l.msg === "slack: retried event already answered; skipped"), { timeout: 50_000, interval: 50 }).toBe(true);
    expect(fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "DRETRY")).toHaveLength(1);
  });

  it("a slash command replayed to another instance (same signature and timestamp) is not answered again", async () => {
    const fields = { token: "legacy", team_id: TEAM, team_domain: "example", channel_id: "C9", channel_name: "events", user_id: "UREPLAY", user_name: "ureplay", command: "/vacancy", text: "When is the deadline?", api_app_id: "A1", response_url: `${fake.url}/respond/r-replay`, trigger_id: "t-replay" };
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await sendCommand(`${instances[0]!.url}/slack/events`, fields, { timestamp })).status).toBe(200);
    await fake.waitFor("response_url", (a) => a.path === "/respond/r-replay");
    expect((await sendCommand(`${instances[1]!.url}/slack/events`, fields, { timestamp })).status).toBe(200);
    // The replay is recognised before the 200 is sent: acked, not acted on.
    expect(instances[1]!.logs.filter((l) => l.code === "slack_replay")).toHaveLength(1);
    expect(fake.callsTo("response_url").filter((c) => c.args.path === "/respond/r-replay")).toHaveLength(1);
  });

  it("an HR login on instance 1 holds on instance 2; wrong tokens on one instance slow down the others", async () => {
    const login = await fetch(`${instances[0]!.url}/hr/login`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `token=${HR_TOKEN}`, redirect: "manual" });
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith("vb_hr="))!.split(";")[0]!;
    expect((await fetch(`${instances[1]!.url}/hr/review.json`, { headers: { cookie } })).status).toBe(200);
    const wrong = (to: TestServer) => fetch(`${to.url}/hr/review.json`, { headers: { authorization: "Bearer not-the-token-at-all", "x-forwarded-for": "203.0.113.9" } });
    for (let i = 0; i < 5; i++) await wrong(instances[i % 2]!);
    expect((await wrong(instances[2]!)).status).toBe(429);
  });

  it("a knowledge reload on one instance reaches the others", async () => {
    expect(instances[0]!.reload("test")).toMatchObject({ ok: true });
    for (const other of [instances[1]!, instances[2]!])
      await expect.poll(() => other.logs.some((l) => l.msg === "knowledge: reloaded" && l.reason === "another instance reloaded: test"), { timeout: 50_000 }).toBe(true);
  });

  it("with Redis stopped every instance answers from its own memory, /healthz says degraded (200), and Redis is used again when back", async () => {
    await redis.stop();
    for (const instance of instances) {
      const b = browser();
      expect((await b.ask(instance, "When is the deadline?")).intent).toBe("deadline");
      const health = await fetch(`${instance.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "degraded", reason: expect.stringMatching(/^Redis/) });
    }
    expect(instances[0]!.logs.filter((l) => l.code === "redis_degraded")).toHaveLength(1);
    await redis.start();
    await expect.poll(async () => ((await (await fetch(`${instances[0]!.url}/healthz`)).json()) as { status: string }).status, { timeout: 25_000, interval: 200 }).toBe("ok");
    // Shared again: a conversation spread over two instances holds together.
    await expect.poll(() => instances.every((i) => i.health().status === "ok"), { timeout: 25_000, interval: 200 }).toBe(true);
    const b = browser();
    await b.request(instances[1]!, "/");
    await b.ask(instances[1]!, "I'm Estonian");
    await b.ask(instances[2]!, "I have a bachelor's degree that took 3 years");
    expect((await b.ask(instances[0]!, "Estonian is my native language and my English is C1")).verdict).toBe("eligible");
  }, 90_000);
});
