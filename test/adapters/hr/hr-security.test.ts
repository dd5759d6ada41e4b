// HR's door under attack, over real HTTP: wrong tokens counted per client address on every path, sessions
// that end at logout, and HR forms that only HR's own pages can post. Then the review's one-click actions.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectKnowledgeDir } from "../../helpers/bot.js";
import { cookieJar, HR_TOKEN, startTestServer, type TestServer } from "../server/start-helper.js";

const form = (body: string, headers: Record<string, string> = {}): RequestInit => ({ method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body });
const from = (address: string) => ({ "x-forwarded-for": address });

describe("HR authentication, per client address", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ HR_TOKEN, TRUST_PROXY: "true" });
  });
  afterAll(() => server.close());

  it("wrong form logins from one address never lock out another address with the right token", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await fetch(`${server.url}/hr/login`, form("token=wrong-guess", from("10.0.0.1")))).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    const locked = await fetch(`${server.url}/hr/login`, form(`token=${HR_TOKEN}`, from("10.0.0.1")));
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    const other = await fetch(`${server.url}/hr/login`, { ...form(`token=${HR_TOKEN}`, from("10.0.0.2")), redirect: "manual" });
    expect(other.status).toBe(303);
  });

  it("wrong Bearer tokens are limited the same way, and only for the address that sends them", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await fetch(`${server.url}/hr/review.json`, { headers: { authorization: `Bearer guess-${i}-0000000000`, ...from("10.0.0.3") } })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(20);
    expect((await fetch(`${server.url}/hr/review.json`, { headers: { authorization: `Bearer ${HR_TOKEN}`, ...from("10.0.0.3") } })).status).toBe(429);
    expect((await fetch(`${server.url}/hr/review.json`, { headers: { authorization: `Bearer ${HR_TOKEN}`, ...from("10.0.0.4") } })).status).toBe(200);
  });

  it("logout revokes the session on the server: the old cookie no longer opens a page", async () => {
    const hr = cookieJar(server.url);
    await hr.fetch("/hr/login", form(`token=${HR_TOKEN}`, from("10.0.0.5")));
    const cookie = `vb_hr=${hr.jar.get("vb_hr")}`;
    expect((await fetch(`${server.url}/hr/review`, { headers: { cookie } })).status).toBe(200);
    expect((await hr.fetch("/hr/logout", { method: "POST", headers: { origin: server.url } })).status).toBe(303);
    expect((await fetch(`${server.url}/hr/review`, { headers: { cookie } })).status).toBe(401);
  });

  it("a new login rotates the session id and ends the one before", async () => {
    const hr = cookieJar(server.url);
    await hr.fetch("/hr/login", form(`token=${HR_TOKEN}`, from("10.0.0.6")));
    const first = `vb_hr=${hr.jar.get("vb_hr")}`;
    await hr.fetch("/hr/login", form(`token=${HR_TOKEN}`, from("10.0.0.6")));
    const second = `vb_hr=${hr.jar.get("vb_hr")}`;
    expect(second).not.toBe(first);
    expect((await fetch(`${server.url}/hr`, { headers: { cookie: first } })).status).toBe(401);
    expect((await fetch(`${server.url}/hr`, { headers: { cookie: second } })).status).toBe(200);
  });

  it.each([
    [{ origin: "https://evil.example" }],
    [{ "sec-fetch-site": "cross-site" }],
    [{ "sec-fetch-site": "same-site", origin: "https://hr.evil.example" }],
  ])("a cross-site POST (%j) cannot log HR out or in", async (headers) => {
    const hr = cookieJar(server.url);
    await hr.fetch("/hr/login", form(`token=${HR_TOKEN}`, from("10.0.0.7")));
    const out = await hr.fetch("/hr/logout", { method: "POST", headers });
    expect(out.status).toBe(403);
    expect((await hr.fetch("/hr")).status).toBe(200);
    expect((await fetch(`${server.url}/hr/login`, form(`token=${HR_TOKEN}`, { ...headers, ...from("10.0.0.7") }))).status).toBe(403);
  });

  it("a POST from the HR page itself (same origin) goes through", async () => {
    const hr = cookieJar(server.url);
    const login = await hr.fetch("/hr/login", form(`token=${HR_TOKEN}`, { "sec-fetch-site": "same-origin", origin: server.url, ...from("10.0.0.8") }));
    expect(login.status).toBe(303);
  });
});

describe("HR review actions", () => {
  let server: TestServer;
  let knowledge: string;
  const bearer = { authorization: `Bearer ${HR_TOKEN}` };
  beforeAll(async () => {
    knowledge = mkdtempSync(join(tmpdir(), "vacancy-hr-knowledge-"));
    cpSync(projectKnowledgeDir, knowledge, { recursive: true });
    server = await startTestServer({ HR_TOKEN, KNOWLEDGE_DIR: knowledge });
    const visitor = cookieJar(server.url);
    for (const text of ["Is there an age limit?", "is there an AGE limit", "Is there an age limit!"]) await visitor.post("/api/chat/ask", { text });
    const { id } = (await (await visitor.post("/api/chat/ask", { text: "How long is the contract?" })).json()) as { id: string };
    await visitor.post("/api/chat/feedback", { id, helpful: false });
  });
  afterAll(async () => {
    await server.close();
    rmSync(knowledge, { recursive: true, force: true });
  });

  const rowId = (page: string, question: string) => Number(new RegExp(`<tr id="row-(\\d+)"[^>]*><td class="num">\\d+</td><td>${question}`).exec(page)?.[1]);

  it("counts repeats and says so: one row asked three times", async () => {
    const page = await (await fetch(`${server.url}/hr/review`, { headers: bearer })).text();
    expect(page).toMatch(/<td class="num">3<\/td><td>Is there an age limit\?<\/td>/);
    expect(page).toContain("Questions the notice did not answer (1 question, asked 3 times in all)");
  });

  it("marks a row resolved in one click, and it leaves the open list", async () => {
    const page = await (await fetch(`${server.url}/hr/review`, { headers: bearer })).text();
    const id = rowId(page, "Is there an age limit\\?");
    const res = await fetch(`${server.url}/hr/review/resolve`, { ...form(`id=${id}`, bearer), redirect: "manual" });
    expect(res.status).toBe(303);
    expect(await (await fetch(`${server.url}/hr/review`, { headers: bearer })).text()).not.toContain(`id="row-${id}"`);
    const resolved = await (await fetch(`${server.url}/hr/review?show=resolved`, { headers: bearer })).text();
    expect(resolved).toContain(`id="row-${id}" class="resolved"`);
  });

  it("turns a “Not helpful” row into a golden question the audit runs", async () => {
    const page = await (await fetch(`${server.url}/hr/review`, { headers: bearer })).text();
    const id = rowId(page, "How long is the contract\\?");
    expect(id).toBeGreaterThan(0);
    const res = await fetch(`${server.url}/hr/review/golden`, { ...form(`id=${id}`, bearer), redirect: "manual" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/hr/review?golden=review-${id}`);
    const golden = readFileSync(join(knowledge, "DIGIT-COM-2025-1194", "golden.jsonl"), "utf8").trim().split("\n").at(-1)!;
    expect(JSON.parse(golden)).toMatchObject({ id: `review-${id}`, turns: ["How long is the contract?"], tags: ["review"], expect: { none: [expect.any(String)] } });
    const report = (await (await fetch(`${server.url}/hr/audit.json`, { headers: bearer })).json()) as { results: { case: { id: string }; passed: boolean }[] };
    // The answer HR called unhelpful is still the answer: the new golden question fails until it changes.
    expect(report.results.find((r) => r.case.id === `review-${id}`)?.passed).toBe(false);
    const again = await fetch(`${server.url}/hr/review/golden`, { ...form(`id=${id}`, bearer), redirect: "manual" });
    expect(again.headers.get("location")).toContain("already=1");
  });

  it("the audit's failures-only filter shows only failing questions", async () => {
    const page = await (await fetch(`${server.url}/hr/audit?only=failures`, { headers: bearer })).text();
    expect(page).toContain("Showing the 1 failing question only");
    expect(page).not.toContain('<span class="badge">PASS</span>');
    expect(page).toContain('<span class="badge">FAIL</span>');
    expect(page.length).toBeLessThan((await (await fetch(`${server.url}/hr/audit`, { headers: bearer })).text()).length / 10);
  });

  it("an unknown row is a 404, and a cross-site click is refused", async () => {
    expect((await fetch(`${server.url}/hr/review/resolve`, form("id=999999", bearer))).status).toBe(404);
    expect((await fetch(`${server.url}/hr/review/resolve`, form("id=1", { ...bearer, origin: "https://evil.example" }))).status).toBe(403);
  });
});
