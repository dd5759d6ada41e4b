import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../server/start-helper.js";
import { launchBrowser } from "./browser-helper.js";

/** Where the screenshot of an eligibility check is left, for a person to look at. */
export const SCREENSHOT = join(tmpdir(), "vacancy-webchat-eligibility.png");

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  // A phone in Helsinki.
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "en-GB", timezoneId: "Europe/Helsinki" });
  page = await context.newPage();
  await page.goto(server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const botMessages = () => page.locator("article.msg.bot");
const lastBot = () => botMessages().last();

async function send(text: string): Promise<void> {
  const before = await botMessages().count();
  await page.getByLabel("Your question").fill(text);
  await page.getByLabel("Your question").press("Enter");
  await expect.poll(() => botMessages().count()).toBe(before + 1);
}

describe("the web chat in a browser", () => {
  it("greets the visitor and counts down to the deadline in the browser's own zone", async () => {
    await expect.poll(() => botMessages().count()).toBe(1);
    expect(await lastBot().getAttribute("data-intent")).toBe("greeting");
    const countdown = page.locator("#countdown");
    await expect.poll(() => countdown.textContent()).toMatch(/^Closes in 14 days \d+ h \d\d min \d\d s/);
    const text = (await countdown.textContent())!;
    expect(text).toContain("20 October 2025");
    expect(text).toContain("13:00");
    expect(text).toContain("your time, Europe/Helsinki");
    expect(await page.title()).toContain("IT Security Officer");
  });

  it("answers “When is the deadline?” with the cited passage and its heading", async () => {
    await send("When is the deadline?");
    const answer = lastBot();
    expect(await answer.getAttribute("data-intent")).toBe("deadline");
    expect(await answer.locator(".text").textContent()).toContain("20 October 2025");
    const cite = answer.locator("figure.cite").first();
    expect(await cite.locator("figcaption").textContent()).toMatch(/^From the notice · .+/);
    expect(await answer.locator("figure.cite blockquote").allTextContents()).toContainEqual(expect.stringContaining("20.10.2025"));
    expect(await answer.getByRole("button", { name: "Helpful", exact: true }).isVisible()).toBe(true);
    expect(await answer.getByRole("button", { name: "Not helpful" }).isVisible()).toBe(true);
    // The user's own words stay in their bubble.
    expect(await page.locator(".msg.user").last().textContent()).toBe("When is the deadline?");
  });

  it("runs an eligibility check over three messages and shows the verdict criterion by criterion", async () => {
    await send("I'm Estonian");
    expect(await lastBot().locator(".verdict-title").textContent()).toMatch(/^Not decided yet/);
    await send("I have a bachelor's degree that took 3 years");
    await send("Estonian is my native language and my English is C1");
    const verdict = lastBot().locator("section.verdict");
    expect(await verdict.getAttribute("class")).toContain("v-eligible");
    expect(await verdict.locator(".verdict-title").textContent()).toBe("Eligible");
    const checkable = verdict.locator('li[data-criterion="citizenship"], li[data-criterion="education"], li[data-criterion="languages"]');
    expect(await checkable.count()).toBe(3);
    expect(await checkable.locator(".mark").allTextContents()).toEqual(["✓", "✓", "✓"]);
    expect(await verdict.locator('li[data-criterion="citizenship"] .reason').textContent()).toContain("Estonia");
    // Each criterion is shown once: in the box, not again as a line of text.
    expect((await lastBot().textContent())!.match(/Estonia is an EU member state/g)).toHaveLength(1);
    // The passages behind the verdict are folded away, one tap from view, with their headings.
    const sources = lastBot().locator("details.sources");
    expect(await sources.locator("summary").textContent()).toMatch(/^From the notice: \d+ passages$/);
    await sources.locator("summary").click();
    expect(await sources.locator("figcaption").first().textContent()).toMatch(/^From the notice · ANNEX › Selection/);
    await sources.locator("summary").click();
    await lastBot().evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: SCREENSHOT });
  });

  it("asks a follow-up when its button is clicked", async () => {
    const button = lastBot().locator(".followups button").first();
    const question = (await button.textContent())!;
    expect(question.length).toBeGreaterThan(3);
    const before = await botMessages().count();
    await button.click();
    await expect.poll(() => botMessages().count()).toBe(before + 1);
    expect(await page.locator(".msg.user").last().textContent()).toBe(question);
    expect((await lastBot().locator(".text").first().textContent())!.length).toBeGreaterThan(10);
  });

  it("sends “Not helpful” to HR's review and thanks the visitor", async () => {
    await send("Is there an age limit?");
    await lastBot().getByRole("button", { name: "Not helpful" }).click();
    await expect.poll(() => lastBot().locator(".feedback").textContent()).toBe("Thanks: this answer will be reviewed.");
    expect(server.review.list({ kind: "feedback", helpful: false })[0]).toMatchObject({ question: "Is there an age limit?", helpful: false });
  });

  it("shows what the visitor typed as text, never as markup", async () => {
    await send('<img src=x onerror="document.title=\'pwned\'"> deadline?');
    expect(await page.locator(".msg.user").last().textContent()).toBe('<img src=x onerror="document.title=\'pwned\'"> deadline?');
    expect(await page.locator("#log img").count()).toBe(0);
    expect(await page.title()).not.toBe("pwned");
  });

  it("keeps the session in an HttpOnly cookie that the page's script cannot read", async () => {
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: "vb_session", httpOnly: true, sameSite: "Strict" });
    expect(await page.evaluate(() => document.cookie)).toBe("");
  });

  it("fits a phone's width without sideways scrolling", async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
