import { readFileSync } from "node:fs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../../adapters/server/app.js";
import { createWebChat, pageLabels, publicDir } from "../../../adapters/web/chat.js";
import { createBot, loadKnowledge, type AskInput, type Bot } from "../../../src/index.js";
import { cookieJar, startTestServer, type TestServer } from "../server/start-helper.js";

let server: TestServer;
// The web chat alone, its real bot behind a recorder: what the page passed in is what the tests assert on.
const asked: AskInput[] = [];
const checked: Parameters<Bot["checkEligibility"]>[0][] = [];
let chatOnly: App;
let chatUrl: string;
beforeAll(async () => {
  server = await startTestServer();
  const real = createBot({ knowledge: loadKnowledge() });
  const bot: Bot = {
    ...real,
    noticeId: real.noticeId,
    ask: (input) => (asked.push(input), real.ask(input)),
    checkEligibility: (input) => (checked.push(input), real.checkEligibility(input)),
  };
  chatOnly = createApp({ routes: createWebChat({ bot, clock: () => new Date("2025-10-06T08:00:00Z"), retentionDays: 14 }).routes, logger: pino({ level: "silent" }) });
  chatUrl = await chatOnly.listen(0, "127.0.0.1");
});
afterAll(async () => {
  await chatOnly?.stop(500);
  await server.close();
});

describe("the web chat page", () => {
  it("is served with a Content-Security-Policy that allows no inline script", async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/assets/chat.js"></script>');
    // Every script is a file: no inline code between script tags.
    expect(html.match(/<script\b[^>]*>([\s\S]*?)<\/script>/g)?.every((s) => /<script[^>]*src=[^>]*><\/script>/.test(s))).toBe(true);
  });

  it("gives each visitor a random session id in an HttpOnly, SameSite cookie", async () => {
    const cookies = await Promise.all([fetch(`${server.url}/`), fetch(`${server.url}/`)].map(async (r) => (await r).headers.getSetCookie()[0]!));
    for (const c of cookies) expect(c).toMatch(/^vb_session=[A-Za-z0-9_-]{46}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(cookies[0]).not.toBe(cookies[1]);
  });

  it("serves its script and stylesheet with their types", async () => {
    const js = await fetch(`${server.url}/assets/chat.js`);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await js.text()).toContain("textContent");
    expect((await fetch(`${server.url}/assets/chat.css`)).headers.get("content-type")).toBe("text/css; charset=utf-8");
  });
});

describe("the web chat's small files", () => {
  it("serves /favicon.ico as an icon, cached", async () => {
    const res = await fetch(`${server.url}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/x-icon");
    expect(res.headers.get("cache-control")).toContain("max-age");
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(`${publicDir}/favicon.ico`))).toBe(true);
  });

  it("ui: every label the page uses comes from knowledge/ui, with the retention period filled in", async () => {
    const res = await fetch(`${chatUrl}/api/chat/ui?locale=en-GB`);
    const { language, labels } = (await res.json()) as { language: string; labels: Record<string, string> };
    expect(language).toBe("en");
    for (const [id, text] of Object.entries(labels)) expect(text, id).not.toBe(id);
    expect(labels["web.privacy"]).toContain("14 days");
    expect(labels["web.closesIn"]).toBe("Closes in {span}");
    // French has its own labels; a language with none falls back to English.
    expect(pageLabels(createBot({ knowledge: loadKnowledge() }).ui("fr"), 30)["web.send"]).toBe("Envoyer");
    expect(pageLabels(createBot({ knowledge: loadKnowledge() }).ui("ja"), 30)["web.send"]).toBe("Send");
  });

  it("form: the notice's form spec, as bot.form() gives it", async () => {
    const spec = (await (await fetch(`${chatUrl}/api/chat/form`)).json()) as { fields: { id: string }[] };
    expect(spec).toEqual(JSON.parse(JSON.stringify(createBot({ knowledge: loadKnowledge() }).form())));
  });
});

describe("/api/chat, the core store and the locale", () => {
  it("passes the browser's language to the bot: the page's own, else Accept-Language", async () => {
    asked.length = 0;
    const browser = cookieJar(chatUrl);
    await browser.post("/api/chat/ask", { text: "When is the deadline?", locale: "fr-BE" });
    await browser.post("/api/chat/ask", { text: "When is the deadline?" }, { headers: { "content-type": "application/json", "accept-language": "de-AT,de;q=0.9,en;q=0.5" } });
    expect(asked.map((a) => a.locale)).toEqual(["fr-BE", "de-AT"]);
  });

  it("eligibility: the form's values are checked criterion by criterion in the visitor's conversation, and the answer can be rated", async () => {
    const browser = cookieJar(chatUrl);
    const values = { nationalities: ["EE"], studyYears: 4, diploma: "eu", languages: [{ language: "Estonian", level: "C2" }, { language: "English", level: "C1" }] };
    const res = await browser.post("/api/chat/eligibility", { values, zone: "Europe/Tallinn", locale: "et-EE" });
    expect(res.status).toBe(200);
    const { id, answer, labels } = (await res.json()) as { id: string; answer: any; labels: { sources: string } };
    expect(checked.at(-1)).toMatchObject({ values, zone: "Europe/Tallinn", locale: "et-EE", sessionId: `web:${browser.jar.get("vb_session")}` });
    expect(answer.verdict).toBe("eligible");
    expect(labels.sources).toMatch(/^From the notice: \d+ passages?$/);
    expect((await browser.post("/api/chat/feedback", { id, helpful: true })).status).toBe(200);
    expect((await browser.post("/api/chat/eligibility", { values: { nationalities: { $gt: 1 } } })).status).toBe(400);
  });
});

describe("/api/chat", () => {
  it("notice: the deadline, the countdown in the browser's zone, the server's clock and a greeting", async () => {
    const res = await fetch(`${server.url}/api/chat/notice?zone=Europe/Helsinki`);
    const body = (await res.json()) as Record<string, any>;
    expect(body.noticeId).toBe("DIGIT-COM-2025-1194");
    expect(body.deadline.utc).toBe("2025-10-20T10:00:00.000Z");
    expect(body.countdown).toMatchObject({ closed: false });
    expect(body.countdown.text).toContain("Helsinki");
    expect(body.now).toBe("2025-10-06T08:00:00.000Z");
    expect(body.welcome.intent).toBe("greeting");
  });

  it("ask: an answer with its intent and citations, and an id for feedback", async () => {
    const browser = cookieJar(server.url);
    const res = await browser.post("/api/chat/ask", { text: "When is the deadline?", zone: "Europe/Brussels" });
    expect(res.status).toBe(200);
    const { id, answer } = (await res.json()) as { id: string; answer: any };
    expect(id).toMatch(/^[\w-]{16}$/);
    expect(answer.intent).toBe("deadline");
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(browser.jar.get("vb_session")).toBeTruthy();
  });

  it("keeps one conversation per cookie: an eligibility check over three messages", async () => {
    const browser = cookieJar(server.url);
    await browser.fetch("/");
    const turns = ["I'm Estonian", "I have a bachelor's degree that took 3 years", "Estonian is my native language and my English is C1"];
    const answers = [];
    for (const text of turns) answers.push(((await (await browser.post("/api/chat/ask", { text })).json()) as { answer: any }).answer);
    expect(answers.map((a) => a.verdict)).toEqual(["incomplete", "incomplete", "eligible"]);
    expect(answers[2].criteria.filter((c: any) => c.checkable).every((c: any) => c.status === "met")).toBe(true);
    // Another visitor starts from nothing.
    const other = cookieJar(server.url);
    const fresh = ((await (await other.post("/api/chat/ask", { text: "Am I eligible?" })).json()) as { answer: any }).answer;
    expect(fresh.verdict).toBe("incomplete");
  });

  it("reset forgets the conversation", async () => {
    const browser = cookieJar(server.url);
    await browser.post("/api/chat/ask", { text: "I'm Estonian with a 3-year degree" });
    expect((await browser.post("/api/chat/reset", {})).status).toBe(200);
    const after = ((await (await browser.post("/api/chat/ask", { text: "Estonian is my native language and my English is C1" })).json()) as { answer: any }).answer;
    expect(after.verdict).not.toBe("eligible");
  });

  it("feedback: a “Not helpful” lands in the review with the question masked and the answer given", async () => {
    const browser = cookieJar(server.url);
    const { id } = (await (await browser.post("/api/chat/ask", { text: "How long is the contract? reach me at ann@example.org" })).json()) as { id: string };
    const res = await browser.post("/api/chat/feedback", { id, helpful: false });
    expect(res.status).toBe(200);
    const [entry] = await server.review.list({ kind: "feedback", helpful: false });
    expect(entry).toMatchObject({ question: "How long is the contract? reach me at [email]", intent: "contract", helpful: false });
    expect(entry!.answer).toContain("4 years");
    // Once only, and only by the visitor who got the answer.
    expect((await browser.post("/api/chat/feedback", { id, helpful: true })).status).toBe(404);
    const { id: other } = (await (await browser.post("/api/chat/ask", { text: "What grade is it?" })).json()) as { id: string };
    expect((await cookieJar(server.url).post("/api/chat/feedback", { id: other, helpful: false })).status).toBe(404);
  });

  it("a question the notice does not answer is recorded for HR, with no user identifier", async () => {
    const browser = cookieJar(server.url);
    await browser.post("/api/chat/ask", { text: "Is there an age limit? call +32 2 123 45 67" });
    const gap = (await server.review.list({ kind: "gap" })).find((e) => e.question.startsWith("Is there an age limit?"));
    expect(gap).toMatchObject({ question: "Is there an age limit? call [phone]", gap: "not_in_notice" });
    expect(JSON.stringify(server.review.list())).not.toContain(browser.jar.get("vb_session"));
  });

  it.each([
    ["a body that is not JSON", { "content-type": "application/json" }, "{not json", 400],
    ["JSON without text", { "content-type": "application/json" }, JSON.stringify({ question: "hi" }), 400],
    ["text that is not a string", { "content-type": "application/json" }, JSON.stringify({ text: 42 }), 400],
    ["a form post (cross-site forms cannot send JSON)", { "content-type": "application/x-www-form-urlencoded" }, "text=hi", 415],
    ["a body over the limit", { "content-type": "application/json" }, JSON.stringify({ text: "x".repeat(20_000) }), 413],
  ])("answers %s with %i, never 500", async (_what, headers, body, status) => {
    const res = await fetch(`${server.url}/api/chat/ask`, { method: "POST", headers, body });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toBeTruthy();
  });

  it("bad JSON on feedback is a 400 too", async () => {
    const res = await fetch(`${server.url}/api/chat/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: "[" });
    expect(res.status).toBe(400);
  });

  it("answers markup as text: the reply never echoes a script tag", async () => {
    const res = await cookieJar(server.url).post("/api/chat/ask", { text: "<script>alert(1)</script> deadline?" });
    expect(JSON.stringify(await res.json())).not.toContain("<script>");
  });
});
