// The shared stores failing, each fault over the real server with a real redis-server and PostgreSQL of its own:
// unreachable at start-up, slow, or lost while running. An answer never waits on them past STORE_TIMEOUT_MS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgReview } from "../../src/review/pg-review.js";
import { startTestServer, type TestServer } from "../adapters/server/start-helper.js";
import { freePort, startPostgres, startRedis } from "../../scripts/services.js";

let redis: Awaited<ReturnType<typeof startRedis>>;
let postgres: Awaited<ReturnType<typeof startPostgres>>;
let server: TestServer;

beforeAll(async () => {
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  server = await startTestServer({ REDIS_URL: redis.url, DATABASE_URL: postgres.url, STORE_TIMEOUT_MS: "200" });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await redis?.stop();
  await postgres?.remove();
}, 60_000);

const ask = async (text: string) => {
  const res = await fetch(`${server.url}/api/chat/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
  return { status: res.status, body: (await res.json()) as { answer: { intent: string } } };
};

describe("a store unreachable at start-up", () => {
  it("REDIS_URL: start-up stops with one line naming the variable", async () => {
    const port = await freePort();
    await expect(startTestServer({ REDIS_URL: `redis://127.0.0.1:${port}/0` })).rejects.toThrow(new RegExp(`^config: REDIS_URL cannot be reached \\(redis://127\\.0\\.0\\.1:${port}/0\\): [^\\n]+$`));
  });

  it("DATABASE_URL: start-up stops with one line naming the variable", async () => {
    const port = await freePort();
    await expect(startTestServer({ DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres` })).rejects.toThrow(/^config: DATABASE_URL cannot be used: [^\n]+$/);
  });

  it("a URL that is not one is refused by name, without repeating it", async () => {
    await expect(startTestServer({ REDIS_URL: "localhost:6379" })).rejects.toThrow(/^config: REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL$/);
  });
});

describe("a store failing while the server runs", () => {
  it("a slow Redis never holds an answer past the time limit, and /healthz says why", async () => {
    // Redis answers nothing from here until it is resumed: an answer that came back in between did not wait for it
    // (no timed assertion, which a busy machine could fail).
    redis.pause();
    try {
      const { status, body } = await ask("When is the deadline?");
      expect(status).toBe(200);
      expect(body.answer.intent).toBe("deadline");
      const health = (await (await fetch(`${server.url}/healthz`)).json()) as { status: string; reason?: string };
      expect(health).toMatchObject({ status: "degraded", reason: expect.stringMatching(/^Redis (slow|failed)/) });
    } finally {
      redis.resume();
    }
    // The first call answered in time ends the slow spell (the test's own timeout bounds the wait).
    await expect.poll(async () => (await ask("When is the deadline?"), server.health().status), { timeout: 50_000, interval: 200 }).toBe("ok");
  }, 60_000);

  it("with PostgreSQL lost, answers go on, records wait in memory and are written when it returns", async () => {
    await postgres.stop();
    for (const text of ["Is there an age limit? while-down-1", "Is there an age limit? while-down-2"]) expect((await ask(text)).status).toBe(200);
    const review = server.review as unknown as { flush(): Promise<void>; buffered(): { waiting: number; dropped: number } };
    await review.flush();
    expect(review.buffered().waiting).toBeGreaterThanOrEqual(2);
    expect(server.logs.filter((l) => l.code === "review_db_down")).toHaveLength(1);
    await postgres.start();
    await expect.poll(async () => (await review.flush(), review.buffered().waiting), { timeout: 50_000, interval: 200 }).toBe(0);
    const rows = (await server.review.list({ limit: 50 })).map((r) => r.question);
    expect(rows).toEqual(expect.arrayContaining(["Is there an age limit? while-down-1", "Is there an age limit? while-down-2"]));
  }, 60_000);

  it("the buffer is bounded: what overflows while PostgreSQL is away is counted, never blocks", async () => {
    const review = await createPgReview({ url: postgres.url, maxBuffered: 3, timeoutMs: 300 });
    await postgres.stop();
    for (let i = 0; i < 10; i++) review.recordGap({ noticeId: "N", question: `overflow ${i}`, intent: "uncovered", gap: "not_in_notice", at: new Date() });
    expect(review.buffered()).toEqual({ waiting: 3, dropped: 7 });
    await postgres.start();
    await review.close();
  }, 60_000);
});
