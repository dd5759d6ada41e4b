// The shared stores failing, each fault over the real server with a real redis-server and PostgreSQL of its own:
// unreachable at start-up, slow, or lost while running. An answer never waits on them past STORE_TIMEOUT_MS.
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgReview } from "../../src/review/pg-review.js";
import { startTestServer, type TestServer } from "../adapters/server/start-helper.js";
import { freePort, startPostgres, startRedis, type Service } from "../../scripts/services.js";

let redis: Service;
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
    const admin = createClient({ url: redis.url });
    admin.on("error", () => {});
    await admin.connect();
    // Redis answers nothing for 3 s.
    const sleeping = admin.sendCommand(["DEBUG", "SLEEP", "3"]);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const { status, body } = await ask("When is the deadline?");
    const took = Date.now() - started;
    expect(status).toBe(200);
    expect(body.answer.intent).toBe("deadline");
    // The limit is 200 ms a call; the answer came back long before Redis woke up.
    expect(took).toBeLessThan(2_500);
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { status: string; reason?: string };
    expect(health).toMatchObject({ status: "degraded", reason: expect.stringMatching(/^Redis (slow|failed)/) });
    await sleeping;
    await admin.close();
    // The first call answered in time ends the slow spell.
    await expect.poll(async () => (await ask("When is the deadline?"), server.health().status), { timeout: 10_000 }).toBe("ok");
  }, 30_000);

  it("with PostgreSQL lost, answers go on, records wait in memory and are written when it returns", async () => {
    await postgres.stop();
    for (const text of ["Is there an age limit? while-down-1", "Is there an age limit? while-down-2"]) expect((await ask(text)).status).toBe(200);
    const review = server.review as unknown as { flush(): Promise<void>; buffered(): { waiting: number; dropped: number } };
    await review.flush();
    expect(review.buffered().waiting).toBeGreaterThanOrEqual(2);
    expect(server.logs.filter((l) => l.code === "review_db_down")).toHaveLength(1);
    await postgres.start();
    await expect.poll(async () => (await review.flush(), review.buffered().waiting), { timeout: 20_000 }).toBe(0);
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
