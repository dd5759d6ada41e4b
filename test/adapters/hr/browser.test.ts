import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HR_TOKEN, startTestServer, type TestServer } from "../server/start-helper.js";
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
