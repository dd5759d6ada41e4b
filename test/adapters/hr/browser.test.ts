import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectKnowledgeDir } from "../../helpers/bot.js";
import { cookieJar, HR_TOKEN, startTestServer, type TestServer } from "../server/start-helper.js";
import { launchBrowser } from "../web/browser-helper.js";
import { decodePng } from "../web/png.js";

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

    const age = page.locator('tr:has(p.q:text-is("Is there an age limit?"))');
    await age.getByRole("button", { name: "Mark resolved" }).click();
    await page.waitForURL(/\/hr\/review/);
    expect(await page.locator('tr:has(p.q:text-is("Is there an age limit?"))').count()).toBe(0);

    const dress = page.locator('tr:has(p.q:text-is("Is there a dress code?"))');
    await dress.getByRole("link", { name: "Make a golden question…" }).click();
    await page.waitForURL(/\/hr\/golden\/new\?row=\d+/);
    // What it will expect is shown, and checked, before anything is saved.
    expect(await page.getByLabel("The conversation (one line per turn; the last is checked)").inputValue()).toBe("Is there an age limit?\nIs there a dress code?");
    expect(await page.locator("#check .badge").textContent()).toMatch(/PASS|FAIL/);
    await page.getByLabel("Your name (kept in the question's history)").fill("Ana");
    await page.getByLabel("It cites a passage of the notice").uncheck();
    await page.getByRole("button", { name: "Check against the bot" }).click();
    expect(await page.locator("#check .badge").textContent()).toBe("PASS");
    await page.getByRole("button", { name: "Save the golden question" }).click();
    await page.waitForURL(/\/hr\/audit\?saved=review-\d+/);
    expect(await page.locator("p.ok").textContent()).toMatch(/^Saved the golden question review-\d+\.$/);
    expect(await page.locator("section.case", { hasText: "created by Ana" }).count()).toBe(1);
    // The shipped file is not written: HR's questions live in the review database.
    expect(readFileSync(join(knowledge, "DIGIT-COM-2025-1194", "golden.jsonl"), "utf8")).not.toContain("dress code");

    const [cookie] = await context.cookies();
    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL(`${server.url}/hr`);
    expect(await page.locator("h1").textContent()).toBe("Log in");
    // The session is gone on the server, not only in the browser.
    expect((await fetch(`${server.url}/hr/review`, { headers: { cookie: `vb_hr=${cookie!.value}` } })).status).toBe(401);
    await context.close();
  });
});

describe("/hr/review on a phone (390×844) and a laptop (1280×800): the table fits", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ HR_TOKEN });
    const visitor = cookieJar(server.url);
    await visitor.post("/api/chat/ask", { text: "Can Greeks apply?" });
    const { id } = (await (await visitor.post("/api/chat/ask", { text: "and for Norwegians?" })).json()) as { id: string };
    await visitor.post("/api/chat/feedback", { id, helpful: false });
    await visitor.post("/api/chat/ask", { text: "Is there a dress code for the interview with the selection board in Brussels?" });
  });
  afterAll(() => server.close());

  it.each([
    [390, 844],
    [1280, 800],
  ])("at %i×%i no row is wider than the screen, and each row shows its context", async (width, height) => {
    const context = await browser.newContext({ viewport: { width, height }, extraHTTPHeaders: { authorization: `Bearer ${HR_TOKEN}` } });
    const page = await context.newPage();
    await page.goto(`${server.url}/hr/review`);
    const wide = await page.evaluate((w) => [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > w + 0.5).map((e) => `${e.tagName}.${e.className}`).slice(0, 8), width);
    expect(wide).toEqual([]);
    const sizes = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      tables: [...document.querySelectorAll("table.review")].map((t) => t.getBoundingClientRect().right),
      cells: Math.max(...[...document.querySelectorAll("table.review td")].map((c) => c.getBoundingClientRect().right)),
    }));
    expect(sizes.page).toBeLessThanOrEqual(width);
    expect(sizes.tables.length).toBeGreaterThan(0);
    for (const right of sizes.tables) expect(right).toBeLessThanOrEqual(width);
    expect(sizes.cells).toBeLessThanOrEqual(width);
    const row = page.locator('tr:has(p.q:text-is("and for Norwegians?"))');
    expect(await row.locator("ol.previous li").textContent()).toBe("Can Greeks apply?");
    expect(await row.locator("td.question .meta").textContent()).toMatch(/^rule \S+ · confidence \d+ %$/);
    if (width < 500) {
      // A card per row: each cell names its column.
      expect(await row.locator('td[data-label="Answer given"]').evaluate((td) => getComputedStyle(td, "::before").content)).toBe('"Answer given"');
    }
    const shot = await page.screenshot({ fullPage: true });
    writeFileSync(join(tmpdir(), `vacancy-hr-review-${width}.png`), shot);
    expect(decodePng(shot).width).toBe(width);
    await context.close();
  });
});
