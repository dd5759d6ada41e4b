import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectKnowledgeDir } from "../../helpers/bot.js";
import { cookieJar, HR_TOKEN, startTestServer, type TestServer } from "../server/start-helper.js";
import { launchBrowser } from "../web/browser-helper.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("/hr in a browser, without HR_TOKEN", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("says the HR pages are off", async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${server.url}/hr/audit`);
    expect(res?.status()).toBe(404);
    expect(await page.textContent("body")).toContain("The HR pages are off: set HR_TOKEN to turn them on.");
    await page.close();
  });
});

describe("/hr in a browser, with HR_TOKEN", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ HR_TOKEN });
  });
  afterAll(() => server.close());

  it("shows a login form and nothing else until the token is given", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`${server.url}/hr/audit`);
    expect(res?.status()).toBe(401);
    expect(await page.locator("h1").textContent()).toBe("Log in");
    expect(await page.locator(".case").count()).toBe(0);
    await page.getByLabel("HR token").fill("not-the-token-123456");
    await page.getByRole("button", { name: "Log in" }).click();
    expect(await page.locator(".error").textContent()).toBe("That is not the HR token.");
    await context.close();
  });

  it("after login: the audit with highlighted passages, the try box and the review", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/hr`);
    await page.getByLabel("HR token").fill(HR_TOKEN);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL(`${server.url}/hr`);
    expect(await page.locator("h1").textContent()).toBe("Overview");
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: "vb_hr", httpOnly: true, sameSite: "Strict", path: "/hr" });

    await page.getByRole("link", { name: "Audit" }).first().click();
    expect(await page.locator(".summary").textContent()).toMatch(/\d+ passed, \d+ failed/);
    const deadline = page.locator("#case-dl-when");
    expect(await deadline.locator(".badge").textContent()).toBe("PASS");
    expect(await deadline.locator("figure.cite blockquote mark").first().textContent()).toContain("20.10.2025");
    // The whole section opens on a click, with the passage marked within it.
    await deadline.locator("summary").first().click();
    expect(await deadline.locator(".section mark").first().isVisible()).toBe(true);

    await page.getByRole("link", { name: "Try a question" }).click();
    await page.getByLabel("Question (one line per turn of a conversation)").fill("Can I still apply?");
    await page.locator('input[name="now"]').fill("2025-10-21T08:00:00Z");
    await page.locator('input[name="tz"]').fill("America/New_York");
    await page.getByRole("button", { name: "Ask" }).click();
    expect(await page.locator(".answer").first().textContent()).toMatch(/closed/i);

    await page.getByRole("link", { name: "Review" }).click();
    expect(await page.locator("h1").textContent()).toBe("Review");
    await context.close();
  });
});

describe("/hr/review in a browser: the one-click actions and logging out", () => {
  let server: TestServer;
  let knowledge: string;
  beforeAll(async () => {
    knowledge = mkdtempSync(join(tmpdir(), "vacancy-hr-browser-"));
    cpSync(projectKnowledgeDir, knowledge, { recursive: true });
    server = await startTestServer({ HR_TOKEN, KNOWLEDGE_DIR: knowledge });
    const visitor = cookieJar(server.url);
    await visitor.post("/api/chat/ask", { text: "Is there an age limit?" });
    await visitor.post("/api/chat/ask", { text: "Is there a dress code?" });
  });
  afterAll(async () => {
    await server.close();
    rmSync(knowledge, { recursive: true, force: true });
  });

  it("marks a row resolved, makes another a golden question, and logs out for good (the browser's own Origin passes)", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/hr/review`);
    await page.getByLabel("HR token").fill(HR_TOKEN);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL(`${server.url}/hr`);
    await page.goto(`${server.url}/hr/review`);

    const age = page.locator("tr", { hasText: "Is there an age limit?" });
    await age.getByRole("button", { name: "Mark resolved" }).click();
    await page.waitForURL(/\/hr\/review/);
    expect(await page.locator("tr", { hasText: "Is there an age limit?" }).count()).toBe(0);

    const dress = page.locator("tr", { hasText: "Is there a dress code?" });
    await dress.getByRole("button", { name: "Make a golden question" }).click();
    await page.waitForURL(/golden=review-/);
    expect(await page.locator("p.ok").textContent()).toMatch(/^Added the golden question review-\d+ to /);
    expect(readFileSync(join(knowledge, "DIGIT-COM-2025-1194", "golden.jsonl"), "utf8")).toContain('"turns":["Is there a dress code?"]');

    const [cookie] = await context.cookies();
    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL(`${server.url}/hr`);
    expect(await page.locator("h1").textContent()).toBe("Log in");
    // The session is gone on the server, not only in the browser.
    expect((await fetch(`${server.url}/hr/review`, { headers: { cookie: `vb_hr=${cookie!.value}` } })).status).toBe(401);
    await context.close();
  });
});
