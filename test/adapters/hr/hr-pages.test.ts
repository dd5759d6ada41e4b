import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { highlight, html } from "../../../adapters/hr/html.js";
import { auditPage, reviewPage } from "../../../adapters/hr/render.js";
import { auditNotice, parseGolden } from "../../../src/audit/index.js";
import { botFor, knowledgeAt, projectKnowledgeDir } from "../../helpers/bot.js";
import { cookieJar, HR_TOKEN, startTestServer, type TestServer } from "../server/start-helper.js";

const bearer = { authorization: `Bearer ${HR_TOKEN}` };
const HR_PATHS = ["/hr", "/hr/audit", "/hr/audit.json", "/hr/try?q=deadline", "/hr/review", "/hr/review.json", "/hr/anything"];

describe("HR pages without HR_TOKEN", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it.each(HR_PATHS)("GET %s says the pages are off, even with a bearer token", async (path) => {
    const res = await fetch(server.url + path, { headers: { authorization: "Bearer anything-at-all-123" } });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("HR pages are off: set HR_TOKEN");
  });

  it("a login post is off too", async () => {
    const res = await fetch(`${server.url}/hr/login`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "token=x" });
    expect(res.status).toBe(404);
  });
});

describe("HR pages with HR_TOKEN", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ HR_TOKEN });
    // A visitor's question the notice does not answer, and a "Not helpful".
    const visitor = cookieJar(server.url);
    await visitor.post("/api/chat/ask", { text: "Is there an age limit? I'm at jo@example.com" });
    await visitor.post("/api/chat/ask", { text: "Is there an age limit?" });
    const { id } = (await (await visitor.post("/api/chat/ask", { text: "How much does it pay?" })).json()) as { id: string };
    await visitor.post("/api/chat/feedback", { id, helpful: false });
  });
  afterAll(() => server.close());

  it.each(HR_PATHS)("GET %s without the token shows nothing HR-only", async (path) => {
    const res = await fetch(server.url + path);
    expect(res.status).toBe(401);
    const body = await res.text();
    expect(body).not.toContain("age limit");
    expect(body).not.toContain("PASS");
    expect(body).not.toContain("DIGIT-COM-2025-1194");
  });

  it.each(["Bearer wrong-token-000000000", `Basic ${HR_TOKEN}`, HR_TOKEN])("a wrong authorization (%s) is refused", async (authorization) => {
    expect((await fetch(`${server.url}/hr/audit`, { headers: { authorization } })).status).toBe(401);
  });

  it("the page without the token is a login form, and HR pages allow no script", async () => {
    const res = await fetch(`${server.url}/hr`);
    expect(res.headers.get("www-authenticate")).toBe('Bearer realm="hr"');
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'.*form-action 'self'/);
    expect(res.headers.get("content-security-policy")).not.toContain("script-src");
    const page = await res.text();
    expect(page).toContain('<form method="post" action="/hr/login"');
    expect(page).not.toContain("<script");
  });

  it("the login form sets an HttpOnly, SameSite=Strict cookie scoped to /hr that opens the pages", async () => {
    const hr = cookieJar(server.url);
    const wrong = await hr.fetch("/hr/login", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "token=nope" });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("That is not the HR token.");
    const ok = await hr.fetch("/hr/login", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `token=${HR_TOKEN}` });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/hr");
    expect(ok.headers.getSetCookie()[0]).toMatch(/^vb_hr=[\w-]{43}; Path=\/hr; HttpOnly; SameSite=Strict; Max-Age=28800$/);
    expect((await hr.fetch("/hr/review")).status).toBe(200);
    const out = await hr.fetch("/hr/logout", { method: "POST" });
    expect(out.status).toBe(303);
    expect((await hr.fetch("/hr/review")).status).toBe(401);
  });

  it("a forged or expired cookie does not open the pages", async () => {
    const future = Date.now() + 3_600_000;
    for (const cookie of [`vb_hr=${future}.forged`, "vb_hr=1.abc", "vb_hr="]) expect((await fetch(`${server.url}/hr`, { headers: { cookie } })).status).toBe(401);
  });

  it("the overview says how the audit and the review stand", async () => {
    const page = await (await fetch(`${server.url}/hr`, { headers: bearer })).text();
    expect(page).toMatch(/\d+ golden questions pass, \d+ fail/);
    expect(page).toContain("3 open questions, of which 1 marked “Not helpful”");
  });

  it("the audit shows every golden question with its answer and the cited passage highlighted in its section", async () => {
    const res = await fetch(`${server.url}/hr/audit`, { headers: bearer });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(/<strong>\d+ passed, \d+ failed<\/strong>/);
    expect(page).toContain('id="case-dl-when"');
    const dl = page.slice(page.indexOf('id="case-dl-when"'), page.indexOf("</section>", page.indexOf('id="case-dl-when"')));
    expect(dl).toContain('<span class="badge">PASS</span>');
    expect(dl).toContain("intent <code>deadline</code>");
    expect(dl).toMatch(/<figcaption>§ [^<]+<\/figcaption>/);
    expect(dl).toMatch(/<mark>Publication deadline: 20\.10\.2025 - 12\.00 \(Brussels time\)<\/mark>/);
    expect(dl).toContain("<details><summary>The whole section");
  });

  it("the audit as JSON, for scripts", async () => {
    const report = (await (await fetch(`${server.url}/hr/audit.json`, { headers: bearer })).json()) as { passed: number; failed: number; results: { case: { id: string }; passed: boolean }[] };
    expect(report.results.length).toBeGreaterThan(20);
    expect(report.passed + report.failed).toBe(report.results.length);
    expect(report.results.find((r) => r.case.id === "dl-when")?.passed).toBe(true);
  });

  it("try: any question, at any moment, in any zone, over several turns", async () => {
    const q = encodeURIComponent("When is the deadline?\nWhat time is that in Lisbon?");
    const page = await (await fetch(`${server.url}/hr/try?q=${q}&now=2025-10-19T08:00:00Z&tz=Asia/Tokyo`, { headers: bearer })).text();
    expect(page).toContain("Turn 1: When is the deadline?");
    expect(page).toContain("Turn 2: What time is that in Lisbon?");
    expect(page).toContain("19:00"); // the deadline in Tokyo
    expect(page).toContain("11:00"); // and in Lisbon
    expect(page).toMatch(/1 day|26 hours|1 day and 2 hours/);
  });

  it("try: a bad moment or zone is named, not a crash; markup is escaped", async () => {
    const bad = await fetch(`${server.url}/hr/try?q=deadline&now=tomorrow`, { headers: bearer });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("&quot;tomorrow&quot; is not an ISO date-time");
    const zone = await fetch(`${server.url}/hr/try?q=deadline&tz=Mars/Olympus`, { headers: bearer });
    expect(await zone.text()).toContain("&quot;Mars/Olympus&quot; is not an IANA time zone");
    const xss = await (await fetch(`${server.url}/hr/try?q=${encodeURIComponent("<script>alert(1)</script>")}`, { headers: bearer })).text();
    expect(xss).not.toContain("<script>alert(1)</script>");
    expect(xss).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("try: why an answer has a gap is said in words, not as a code", async () => {
    const page = await (await fetch(`${server.url}/hr/try?q=${encodeURIComponent("Is there an age limit?")}`, { headers: bearer })).text();
    expect(page).toContain(" · not in the notice</p>");
    expect(page).not.toContain("not_in_notice");
  });

  it("HR's own questions are not recorded in the review", async () => {
    const before = server.review.count();
    await fetch(`${server.url}/hr/try?q=${encodeURIComponent("Is there a dress code?")}`, { headers: bearer });
    await fetch(`${server.url}/hr/audit`, { headers: bearer });
    expect(server.review.count()).toBe(before);
  });

  it("the review lists unanswered questions, grouped and masked, and the “Not helpful” answers", async () => {
    const page = await (await fetch(`${server.url}/hr/review`, { headers: bearer })).text();
    expect(page).toContain("deleted after 30 days");
    expect(page).toMatch(/<td class="num" data-label="Times">1<\/td><td class="question" data-label="Question"><p class="q">Is there an age limit\? I&#39;m at \[email\]<\/p>(?:(?!<\/td>).)*<\/td><td data-label="Why">not in the notice<\/td><td data-label="Topic">the notice does not say<\/td>/s);
    expect(page).toMatch(/<td class="num" data-label="Times">1<\/td><td class="question" data-label="Question"><p class="q">Is there an age limit\?<\/p>/);
    expect(page).not.toContain("jo@example.com");
    expect(page).not.toContain("not_in_notice");
    expect(page).toContain("Answers marked “Not helpful” (1 question; “Helpful” pressed 0 times)");
    expect(page).toContain("Questions the notice did not answer (2 questions)");
    expect(page).toContain("How much does it pay?");
    expect(page).toContain("basic salary");
    const json = (await (await fetch(`${server.url}/hr/review.json`, { headers: bearer })).json()) as { gaps: unknown[]; notHelpful: unknown[] };
    expect([json.gaps.length, json.notHelpful.length]).toEqual([2, 1]);
  });

  it("a login form post that is too large or not a form is refused, not a crash", async () => {
    expect((await fetch(`${server.url}/hr/login`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(415);
    expect((await fetch(`${server.url}/hr/login`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `token=${"x".repeat(10_000)}` })).status).toBe(413);
  });
});

describe("auditPage", () => {
  it("marks a failing question FAIL, names each failing expectation and links to it from the top", () => {
    const notice = knowledgeAt(projectKnowledgeDir).notices.get("DIGIT-COM-2025-1194")!;
    const cases = parseGolden(
      [
        `{"id":"ok-one","turns":["How long is the contract?"],"now":"2025-10-06T08:00:00Z","expect":{"all":[["4 years"]]}}`,
        `{"id":"bad-one","turns":["What grade is it?"],"now":"2025-10-06T08:00:00Z","expect":{"all":[["AD12"]],"intent":"pay"}}`,
      ].join("\n"),
      "inline.jsonl",
    );
    const page = auditPage(notice, auditNotice(botFor(projectKnowledgeDir), notice, cases, "inline.jsonl"));
    expect(page).toContain('<p class="summary fail"><strong>1 passed, 1 failed</strong>');
    expect(page).toContain('Failing: <a href="#case-bad-one">bad-one</a>');
    const bad = page.slice(page.indexOf('id="case-bad-one"'));
    expect(bad).toContain('<span class="badge">FAIL</span>');
    expect(bad).toContain('<li><code>all[0]</code>: missing one of [&quot;AD12&quot;]</li>');
    expect(bad).toContain("<li><code>intent</code>: intent grade, wanted pay</li>");
  });
});

describe("reviewPage", () => {
  it("shows each question's language and offers a filter by language", () => {
    const row = (id: number, language: string) => ({ id, kind: "gap" as const, question: `q${id}`, intent: "uncovered", gap: "not_in_notice" as const, count: 1, last: new Date("2025-10-06T08:00:00Z"), resolved: false, language });
    const page = reviewPage({ notHelpful: [], closest: [], gaps: [row(1, "fr"), row(2, "de")], helpful: 0, languages: ["de", "fr"] }, { retentionDays: 30 });
    expect(page).toContain("<th>Language</th>");
    expect(page).toContain('<td data-label="Language">fr</td>');
    expect(page).toMatch(/Language: <strong>all<\/strong> · <a href="\/hr\/review\?lang=de">de<\/a>/);
    const filtered = reviewPage({ notHelpful: [], closest: [], gaps: [row(1, "fr")], helpful: 0, languages: ["de", "fr"], language: "fr" }, { retentionDays: 30, show: "all" });
    expect(filtered).toContain('<a href="/hr/review?show=all">all</a> · <a href="/hr/review?show=all&amp;lang=de">de</a> · <strong>fr</strong>');
  });

  it("counts every row in the heading, in words, and says when only the most frequent are shown", () => {
    const rows = Array.from({ length: 250 }, (_, i) => ({ id: i + 1, kind: "gap" as const, question: `q${i}`, intent: "offtopic", gap: "off_topic" as const, count: 2, last: new Date("2025-10-06T08:00:00Z"), resolved: false }));
    const page = reviewPage({ notHelpful: [], closest: [], gaps: rows, helpful: 1, languages: [] }, { retentionDays: 30 });
    expect(page).toContain("Questions the notice did not answer (250 questions, asked 500 times in all)");
    expect(page).toContain("The 200 most frequent of 250 are shown.");
    expect(page.match(/<tr id="row-/g)).toHaveLength(200);
    expect(page).toContain('<td data-label="Why">off-topic</td><td data-label="Topic">off-topic</td>');
    expect(page).not.toContain("off_topic");
    expect(page).toContain("“Helpful” pressed 1 time)");
  });
});

describe("highlight", () => {
  it.each([
    ["a quote inside the paragraph", "Applications close on 20.10.2025 at noon.", "20.10.2025", "Applications close on <mark>20.10.2025</mark> at noon."],
    ["a paragraph inside a longer quote", "The first paragraph of the quote.", "The first paragraph of the quote. And the second one.", "<mark>The first paragraph of the quote.</mark>"],
    ["a quote that starts in the paragraph and runs on", "Intro. The quote begins right here and", "The quote begins right here and goes on to the next paragraph", "Intro. <mark>The quote begins right here and</mark>"],
    ["markup in the paragraph, escaped", "<b>bold</b> & more", "bold", "&lt;b&gt;<mark>bold</mark>&lt;/b&gt; &amp; more"],
    ["no match", "Something else entirely.", "not here", "Something else entirely."],
  ])("marks %s", (_what, paragraph, quote, expected) => {
    expect(highlight(paragraph, quote).html.value).toBe(expected);
  });

  it("html escapes every interpolated value", () => {
    expect(html`<p title="${'"x"'}">${"<i>"}${["a", "<b>"]}</p>`.value).toBe('<p title="&quot;x&quot;">&lt;i&gt;a&lt;b&gt;</p>');
  });
});
