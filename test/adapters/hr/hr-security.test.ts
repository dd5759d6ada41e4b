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
    // A right answer marked "Not helpful" after a turn before it: the issue's own case.
    const other = cookieJar(server.url);
    await other.post("/api/chat/ask", { text: "Can Greeks apply?" });
    const norwegians = (await (await other.post("/api/chat/ask", { text: "and for Norwegians?" })).json()) as { id: string };
    await other.post("/api/chat/feedback", { id: norwegians.id, helpful: false });
  });
  afterAll(async () => {
    await server.close();
    rmSync(knowledge, { recursive: true, force: true });
  });

  const rowId = (page: string, question: string) => Number(new RegExp(`<tr id="row-(\\d+)"[^>]*><td class="num"[^>]*>\\d+</td><td class="question"[^>]*><p class="q">${question}`).exec(page)?.[1]);
  const audit = async () => (await (await fetch(`${server.url}/hr/audit.json`, { headers: bearer })).json()) as { results: { case: { id: string; expect: Record<string, unknown> }; passed: boolean }[]; failed: number };
  const goldenFile = () => readFileSync(join(knowledge, "DIGIT-COM-2025-1194", "golden.jsonl"), "utf8");

  it("counts repeats and says so: one row asked three times", async () => {
    const page = await (await fetch(`${server.url}/hr/review`, { headers: bearer })).text();
    expect(page).toMatch(/<td class="num" data-label="Times">3<\/td><td class="question" data-label="Question"><p class="q">Is there an age limit\?<\/p>/);
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

  it("a row shows the turns before it, the answer's rule and confidence, and the notice's own address unmasked", async () => {
    const page = await (await fetch(`${server.url}/hr/review`, { headers: bearer })).text();
    const id = rowId(page, "and for Norwegians\\?");
    expect(id).toBeGreaterThan(0);
    const row = page.slice(page.indexOf(`id="row-${id}"`), page.indexOf("</tr>", page.indexOf(`id="row-${id}"`)));
    expect(row).toMatch(/Before it:<\/span><ol class="previous"><li>Can Greeks apply\?<\/li><\/ol>/);
    expect(row).toMatch(/rule <code>[a-z-]+<\/code> · confidence \d+ %/);
    const json = (await (await fetch(`${server.url}/hr/review.json`, { headers: bearer })).json()) as { notHelpful: { id: number; context?: { previous?: string[]; rule?: string } }[] };
    expect(json.notHelpful.find((r) => r.id === id)?.context).toMatchObject({ previous: ["Can Greeks apply?"], rule: expect.any(String) });
  });

  it("the notice's own contact address in an answer is shown as it is; a visitor's is masked", async () => {
    const visitor = cookieJar(server.url);
    const { id } = (await (await visitor.post("/api/chat/ask", { text: "Whom can I write to with questions? I am at jo@example.com" })).json()) as { id: string };
    await visitor.post("/api/chat/feedback", { id, helpful: false });
    const json = (await (await fetch(`${server.url}/hr/review.json`, { headers: bearer })).json()) as { notHelpful: { question: string; answer?: string }[] };
    const row = json.notHelpful.find((r) => r.question.startsWith("Whom can I write to"))!;
    expect(row.question).toContain("[email]");
    expect(row.answer).toContain("secretariat@cert.europa.eu");
  });

  it("“Make a golden question” shows what it will expect, checked against the bot, and saves nothing until asked", async () => {
    const shipped = goldenFile();
    const page = await (await fetch(`${server.url}/hr/review`, { headers: bearer })).text();
    const id = rowId(page, "and for Norwegians\\?");
    const res = await fetch(`${server.url}/hr/review/golden`, { ...form(`id=${id}`, bearer), redirect: "manual" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/hr/golden/new?row=${id}`);
    const proposal = await (await fetch(`${server.url}/hr/golden/new?row=${id}`, { headers: bearer })).text();
    // The conversation with the turn before it, an expectation a right answer meets, and the check run now.
    expect(proposal).toContain(`<textarea id="g-turns" name="turns" rows="3" required>Can Greeks apply?\nand for Norwegians?</textarea>`);
    expect(proposal).toContain(`<input type="checkbox" name="cited" value="1" checked>`);
    expect(proposal).toMatch(/<span class="badge">PASS<\/span> How the bot answers it now/);
    expect(proposal).toContain("The answer given then");
    expect((await audit()).results.some((r) => r.case.id === `review-${id}`)).toBe(false);

    // HR changes the expectation and checks it: a failing one says so before it is saved.
    const fields = (extra: string) => `id=review-${id}&turns=${encodeURIComponent("Can Greeks apply?\nand for Norwegians?")}&now=${encodeURIComponent("2025-10-06T08:00:00.000Z")}&tz=&all=&verdict=&intent=&by=Ana&row=${id}&editing=${extra}`;
    const checked = await (await fetch(`${server.url}/hr/golden/save`, form(`${fields("")}&cited=1&none=Norway&do=check`, bearer))).text();
    expect(checked).toMatch(/<span class="badge">FAIL<\/span> How the bot answers it now/);
    expect((await audit()).results.some((r) => r.case.id === `review-${id}`)).toBe(false);

    const saved = await fetch(`${server.url}/hr/golden/save`, { ...form(`${fields("")}&cited=1&do=save`, bearer), redirect: "manual" });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`/hr/audit?saved=review-${id}#case-review-${id}`);
    const report = await audit();
    expect(report.results.find((r) => r.case.id === `review-${id}`)).toMatchObject({ passed: true, case: { expect: { cited: true } } });
    expect(report.failed).toBe(0);
    // Kept in the review database: the shipped golden file is never written, and the row is resolved.
    expect(goldenFile()).toBe(shipped);
    expect(await (await fetch(`${server.url}/hr/review`, { headers: bearer })).text()).not.toContain(`id="row-${id}"`);
    const again = await (await fetch(`${server.url}/hr/golden/save`, form(`${fields("")}&cited=1&do=save`, bearer))).text();
    expect(again).toContain(`review-${id} is already a golden question`);
  });

  it("the audit lists every golden question with edit and delete, and keeps each one's history", async () => {
    const page = await (await fetch(`${server.url}/hr/audit`, { headers: bearer })).text();
    const cases = [...page.matchAll(/<section class="case (?:pass|fail)" id="case-([^"]+)">/g)].map((m) => m[1]!);
    expect(cases.length).toBeGreaterThan(5);
    for (const id of cases) {
      expect(page).toContain(`<a href="/hr/golden/edit?id=${encodeURIComponent(id)}">Edit</a>`);
      expect(page).toContain(`<input type="hidden" name="id" value="${id}"><button type="submit" class="secondary">Delete ${id}</button>`);
    }
    const hrId = cases.find((c) => c.startsWith("review-"))!;
    expect(page).toMatch(new RegExp(`HR(?:'|&#39;|&#x27;)s question: created by Ana on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC from review row \\d+`));

    // Edit: the form comes filled in; saving records who and when.
    const edit = await (await fetch(`${server.url}/hr/golden/edit?id=${hrId}`, { headers: bearer })).text();
    expect(edit).toContain(`<input id="g-id" name="id" value="${hrId}" required readonly>`);
    const body = `id=${hrId}&turns=${encodeURIComponent("Can Greeks apply?\nand for Norwegians?")}&now=2025-10-06T08:00:00.000Z&tz=&all=${encodeURIComponent("Norw | EEA")}&none=&verdict=&intent=&by=Jo&editing=1&cited=1&do=save`;
    expect((await fetch(`${server.url}/hr/golden/save`, { ...form(body, bearer), redirect: "manual" })).status).toBe(303);
    const after = await (await fetch(`${server.url}/hr/audit`, { headers: bearer })).text();
    expect(after).toMatch(/created by Ana on [^·]+ from review row \d+ · edited by Jo on /);
    expect((await audit()).results.find((r) => r.case.id === hrId)?.case.expect).toEqual({ all: [["Norw", "EEA"]], cited: true });

    // Delete a shipped question: hidden from the audit (the file untouched), listed with its history.
    const shipped = goldenFile();
    const shippedId = cases.find((c) => !c.startsWith("review-"))!;
    expect((await fetch(`${server.url}/hr/golden/delete`, { ...form(`id=${shippedId}`, bearer), redirect: "manual" })).headers.get("location")).toBe(`/hr/audit?deleted=${shippedId}`);
    expect((await audit()).results.some((r) => r.case.id === shippedId)).toBe(false);
    expect(goldenFile()).toBe(shipped);
    expect(await (await fetch(`${server.url}/hr/audit`, { headers: bearer })).text()).toMatch(new RegExp(`<li><code>${shippedId}</code>: deleted by HR on `));
    // …and the command line, given the review database, audits the same questions.
    const { runAudit } = await import("../../../src/cli/audit.js");
    const { parseArgs } = await import("../../../src/cli/args.js");
    const log = console.log;
    let printed = "";
    console.log = (s: string) => void (printed += s);
    try {
      expect(await runAudit(parseArgs(["--knowledge", knowledge, "--review", join(server.dir, "review.sqlite")]))).toBe(0);
    } finally {
      console.log = log;
    }
    expect(printed).toContain(hrId);
    expect(printed).not.toContain(`${shippedId} `);
  });

  it("a golden question that is not valid is not saved, and the form says why", async () => {
    const res = await fetch(`${server.url}/hr/golden/save`, form("id=bad-one&turns=&now=not-a-date&do=save", bearer));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Not saved: (turns|now): /);
    expect((await fetch(`${server.url}/hr/golden/delete`, form("id=no-such-question", bearer))).status).toBe(404);
  });

  it("the audit's failures-only filter shows only failing questions", async () => {
    const page = await (await fetch(`${server.url}/hr/audit?only=failures`, { headers: bearer })).text();
    expect(page).toContain("Showing the 0 failing questions only");
    expect(page).not.toContain('<span class="badge">PASS</span>');
    expect(page).toContain("Every golden question passes.");
    expect(page.length).toBeLessThan((await (await fetch(`${server.url}/hr/audit`, { headers: bearer })).text()).length / 10);
  });

  it("an unknown row is a 404, and a cross-site click is refused", async () => {
    expect((await fetch(`${server.url}/hr/review/resolve`, form("id=999999", bearer))).status).toBe(404);
    expect((await fetch(`${server.url}/hr/review/resolve`, form("id=1", { ...bearer, origin: "https://evil.example" }))).status).toBe(403);
  });
});
