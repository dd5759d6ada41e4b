import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { createApp } from "../../../adapters/server/app.js";
import { createWebChat } from "../../../adapters/web/chat.js";
import { createBot, loadKnowledge, type Bot, type FormField } from "../../../src/index.js";
import { startTestServer, type TestServer } from "../server/start-helper.js";
import { launchBrowser } from "./browser-helper.js";
import { decodePng } from "./png.js";

/** Where the screenshots are left, for a person to look at. */
export const SCREENSHOT = join(tmpdir(), "vacancy-webchat-eligibility.png");
const shot = (name: string) => join(tmpdir(), `vacancy-webchat-${name}.png`);

/**
 * The header's height read off a screenshot: the rows from the top, down the left edge, until the colour
 * turns from the header's to the conversation's background. In CSS pixels.
 */
export async function headerHeightInScreenshot(page: Page, file: string): Promise<number> {
  const image = decodePng(await page.screenshot({ path: file }));
  const scale = image.width / page.viewportSize()!.width;
  const header = image.pixel(1, 1).join();
  let y = 0;
  while (y < image.height && image.pixel(1, y).join() === header) y++;
  // The 1px border line, then the conversation's own background.
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  let z = y;
  while (z < image.height && image.pixel(1, z).join() !== [r, g, b].join()) z++;
  return z / scale;
}

/** True when the screenshot shows the new answer's top border (its start) below the header and inside the screen. */
export async function answerStartInScreenshot(page: Page, answer: ReturnType<Page["locator"]>, file: string): Promise<boolean> {
  const image = decodePng(await page.screenshot({ path: file }));
  const scale = image.width / page.viewportSize()!.width;
  const box = (await answer.boundingBox())!;
  const header = (await page.locator("#top").boundingBox())!;
  if (box.y < header.y + header.height - 1 || box.y >= page.viewportSize()!.height) return false;
  // The answer's border colour, where its top edge is drawn (a little in from the rounded corner).
  const border = await answer.evaluate((el) => getComputedStyle(el).borderTopColor);
  const [r, g, b] = border.match(/\d+/g)!.map(Number);
  const x = Math.round((box.x + 24) * scale);
  for (let dy = -1; dy <= 2; dy++) {
    const [pr, pg, pb] = image.pixel(x, Math.round(box.y * scale) + dy);
    if (Math.abs(pr - r!) + Math.abs(pg - g!) + Math.abs(pb - b!) < 24) return true;
  }
  return false;
}

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
    // The deadline in the visitor's zone, named by its city, worded as the answers word it.
    expect(await countdown.locator(".when").textContent()).toBe("Deadline: Monday 20 October 2025 at 13:00 Helsinki time");
    expect(await countdown.textContent()).not.toContain("Europe/");
    expect(await page.title()).toContain("IT Security Officer");
  });

  it("uses one date format in the header and in the answers", async () => {
    await send("When is the deadline?");
    const when = (await page.locator("#countdown .when").textContent())!.replace(/^Deadline: /, "").replace(/ Helsinki time$/, "");
    expect(await lastBot().locator(".text").textContent()).toContain(`In Helsinki time that is ${when}`);
  });

  it("keeps the header to a small part of a phone screen, smaller still once the conversation scrolls (screenshot)", async () => {
    await page.locator("#log").evaluate((log) => (log.scrollTop = 0));
    await expect.poll(() => page.locator("#top").getAttribute("class")).not.toContain("compact");
    const height = await headerHeightInScreenshot(page, shot("phone-header"));
    const box = (await page.locator("#top").boundingBox())!;
    expect(Math.abs(height - box.height)).toBeLessThanOrEqual(2);
    expect(height).toBeLessThan(844 / 6);
    await page.locator("#log").evaluate((log) => (log.scrollTop = 200));
    await expect.poll(() => page.locator("#top").getAttribute("class")).toContain("compact");
    const compact = await headerHeightInScreenshot(page, shot("phone-header-compact"));
    expect(compact).toBeLessThan(height);
  });

  it("brings the start of a long new answer into view, not its end (screenshot)", async () => {
    await send("What does the job involve?");
    const answer = lastBot();
    expect((await answer.boundingBox())!.height).toBeGreaterThan(844);
    expect(await answerStartInScreenshot(page, answer, shot("phone-long-answer"))).toBe(true);
  });

  it("announces only the new answer's text to a screen reader, not the whole log, its passages or buttons", async () => {
    expect(await page.locator("#log").getAttribute("aria-live")).toBeNull();
    await send("How long is the contract?");
    const live = page.locator("[aria-live=polite]");
    expect(await live.count()).toBe(1);
    const said = (await live.textContent())!;
    expect(said).toContain("4 years");
    expect(said).not.toContain("From the notice");
    expect(said).not.toContain("Helpful");
    expect(said).toBe((await lastBot().locator(".text p, .text li").allTextContents()).join(" "));
  });

  it("does not refocus the input after an answer on a touch screen, and lets the keyboard go once a question is sent", async () => {
    await send("Where is the job?");
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe("question");
  });

  it("shows the whole placeholder in the input on a phone", async () => {
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 });
      const fits = await page.locator("#question").evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const ctx = document.createElement("canvas").getContext("2d")!;
        ctx.font = `${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return ctx.measureText(input.placeholder).width <= room;
      });
      expect(fits, `at ${width} px`).toBe(true);
    }
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it("names who is behind it: the selection reference, the notice's own contact and the privacy line with its link", async () => {
    const trust = page.locator("#trust");
    expect(await trust.textContent()).toContain("Selection DIGIT/COM/2025/1194");
    expect(await trust.locator('a[href^="mailto:"]').getAttribute("href")).toBe("mailto:secretariat@cert.europa.eu");
    expect(await trust.locator('a[href="/privacy"]').count()).toBe(1);
    const note = page.locator(".note.privacy");
    expect(await note.textContent()).toMatch(/kept for 30 days/);
    expect(await note.locator('a[href="/privacy"]').count()).toBe(1);
  });

  it("folds a long list to its first items and shows them all on a tap", async () => {
    await send("What are the selection criteria?");
    const items = lastBot().locator(".text li");
    const total = await items.count();
    expect(total).toBeGreaterThan(6);
    expect(await lastBot().locator(".text li:visible").count()).toBe(5);
    await lastBot().getByRole("button", { name: `Show them all (${total})` }).click();
    expect(await lastBot().locator(".text li:visible").count()).toBe(total);
  });

  it("checks eligibility with a form drawn from the notice's criteria", async () => {
    // The form is fetched when the button is pressed: wait for that answer itself, so a slow machine is only slower
    // and a failed request says what failed instead of a form that never came.
    const spec = page.waitForResponse((res) => new URL(res.url()).pathname === "/api/chat/form", { timeout: 45_000 });
    await page.locator("article.msg.bot").first().getByRole("button", { name: "Check my eligibility with a form" }).click();
    expect((await spec).status()).toBe(200);
    const form = page.locator("form.eligibility").last();
    await expect.poll(() => form.count(), { timeout: 30_000 }).toBe(1);
    await form.getByLabel("Nationality (choose every one you hold)").selectOption(["EE"]);
    await form.getByLabel("Completed university studies (years; 0 if none)").fill("4");
    await form.getByLabel("In an EU member state").check();
    await form.getByLabel("Language 1", { exact: true }).selectOption("Estonian");
    await form.getByLabel("Level (Language 1)").selectOption("C2");
    await form.getByLabel("Language 2", { exact: true }).selectOption("English");
    await form.getByLabel("Level (Language 2)").selectOption("C1");
    await form.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: shot("phone-form") });
    const before = await botMessages().count();
    await form.getByRole("button", { name: "Check" }).click();
    await expect.poll(() => botMessages().count()).toBe(before + 1);
    const verdict = lastBot().locator("section.verdict");
    expect(await verdict.getAttribute("class")).toContain("v-eligible");
    expect(await verdict.locator(".mark").allTextContents()).toEqual(["✓", "✓", "✓"]);
    await page.screenshot({ path: shot("phone-form-verdict") });
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
    await page.getByRole("button", { name: "New" }).click();
    await expect.poll(() => botMessages().count()).toBe(1);
    await send("I'm Estonian");
    expect(await lastBot().locator(".verdict-title").textContent()).toMatch(/^Verdict: not decided yet/);
    await send("I have a bachelor's degree that took 3 years");
    await send("Estonian is my native language and my English is C1");
    const verdict = lastBot().locator("section.verdict");
    expect(await verdict.getAttribute("class")).toContain("v-eligible");
    expect(await verdict.locator(".verdict-title").textContent()).toBe("Verdict: eligible on the criteria that can be checked in chat");
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
    await expect.poll(() => lastBot().locator(".feedback").textContent()).toBe("Thank you: the team will review this answer.");
    expect((await server.review.list({ kind: "feedback", helpful: false }))[0]).toMatchObject({ question: "Is there an age limit?", helpful: false });
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

describe("the web chat on a desktop screen (1280×800)", () => {
  let desktop: BrowserContext;
  let screen: Page;
  beforeAll(async () => {
    desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB", timezoneId: "Europe/Warsaw" });
    screen = await desktop.newPage();
    await screen.goto(server.url);
    await screen.locator("article.msg.bot").first().waitFor();
  });
  afterAll(() => desktop?.close());

  it("keeps the header small, says the deadline in Warsaw time and refocuses the input after an answer", async () => {
    const height = await headerHeightInScreenshot(screen, shot("desktop-header"));
    expect(height).toBeLessThan(800 / 6);
    expect(await screen.locator("#countdown .when").textContent()).toBe("Deadline: Monday 20 October 2025 at 12:00 Warsaw time");
    await screen.getByLabel("Your question").fill("How long is the contract?");
    await screen.getByLabel("Your question").press("Enter");
    await expect.poll(() => screen.locator("article.msg.bot").count()).toBe(2);
    await expect.poll(() => screen.evaluate(() => document.activeElement?.id)).toBe("question");
  });

  it("brings the start of a long new answer into view (screenshot)", async () => {
    await screen.getByLabel("Your question").fill("What does the job involve?");
    await screen.getByLabel("Your question").press("Enter");
    await expect.poll(() => screen.locator("article.msg.bot").count()).toBe(3);
    const answer = screen.locator("article.msg.bot").last();
    expect((await answer.boundingBox())!.height).toBeGreaterThan(600);
    expect(await answerStartInScreenshot(screen, answer, shot("desktop-long-answer"))).toBe(true);
  });
});

describe("the web chat's form, drawn from whatever fields the notice's form has", () => {
  it("draws a field it has never seen (a status, an age) and sends its value to checkEligibility", async () => {
    const real = createBot({ knowledge: loadKnowledge() });
    const extra: FormField[] = [
      { id: "status", kind: "choice", label: "Your current status", hint: "As on your contract", options: [{ value: "ta", label: "Temporary agent" }, { value: "none", label: "None of these" }] },
      { id: "age", kind: "number", label: "Your age", min: 16, max: 99 },
    ];
    const submitted: unknown[] = [];
    const bot: Bot = {
      ...real,
      noticeId: real.noticeId,
      form: (language) => ({ ...real.form(language), fields: [...real.form(language).fields, ...extra] }),
      checkEligibility: (input) => (submitted.push(input.values), real.checkEligibility(input)),
    };
    const app = createApp({ routes: createWebChat({ bot, clock: () => new Date("2025-10-06T08:00:00Z") }).routes, logger: pino({ level: "silent" }) });
    const url = await app.listen(0, "127.0.0.1");
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-GB" });
    try {
      const tab = await context.newPage();
      await tab.goto(url);
      await tab.getByRole("button", { name: "Check my eligibility with a form" }).click();
      const form = tab.locator("form.eligibility");
      await form.getByLabel("Temporary agent").check();
      await form.getByLabel("Your age").fill("34");
      expect(await form.locator(".hint").allTextContents()).toContain("As on your contract");
      await form.getByRole("button", { name: "Check" }).click();
      await expect.poll(() => submitted.length).toBe(1);
      expect(submitted[0]).toEqual({ status: "ta", age: 34 });
    } finally {
      await context.close();
      await app.stop(500);
    }
  });
});

describe("issue 21 on a phone (390×844) and a laptop (1280×800): the form knows the chat, the header can be read whole", () => {
  it.each([
    [390, 844],
    [1280, 800],
  ])("at %i×%i: after “I'm Greek” the form opens with Greece chosen, one more nationality is one tap, and the verdict has it", async (width, height) => {
    const context = await browser.newContext({ viewport: { width, height }, locale: "en-GB", timezoneId: "Europe/Athens" });
    try {
      const tab = await context.newPage();
      await tab.goto(server.url);
      await tab.locator("article.msg.bot").first().waitFor();
      await tab.getByLabel("Your question").fill("I'm Greek");
      await tab.getByLabel("Your question").press("Enter");
      await expect.poll(() => tab.locator("article.msg.bot").count()).toBe(2);
      // The button under the answer to "I'm Greek", in view where the visitor is reading.
      await tab.locator("article.msg.bot").last().getByRole("button", { name: "Check my eligibility with a form" }).click();
      const form = tab.locator("form.eligibility");
      await expect.poll(async () => ((await form.count()) ? "form" : await tab.locator(".msg.bot.error").allTextContents()), { timeout: 30_000 }).toBe("form");
      const nationality = form.locator("#f-nationalities");
      // One plain drop-down, not a 77-line multi-select, with the chat's answer in it.
      expect(await nationality.evaluate((s: HTMLSelectElement) => s.multiple)).toBe(false);
      expect(await nationality.inputValue()).toBe("EL");
      await form.getByRole("button", { name: "+ Add another" }).click();
      await form.locator("#f-nationalities-2").selectOption("CY");
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await form.getByRole("button", { name: "Check" }).click();
      await expect.poll(() => tab.locator("article.msg.bot").count()).toBe(4);
      const citizenship = tab.locator("article.msg.bot").last().locator('li[data-criterion="citizenship"]');
      expect(await citizenship.getAttribute("data-status")).toBe("met");
      expect(await citizenship.locator(".reason").textContent()).not.toContain("Not known yet");
    } finally {
      await context.close();
    }
  });

  it.each([
    [390, 844],
    [1280, 800],
  ])("at %i×%i: the title and the contact line open whole on a tap, the privacy line is in view under the header (screenshot)", async (width, height) => {
    const context = await browser.newContext({ viewport: { width, height }, locale: "en-GB", timezoneId: "Europe/Brussels", deviceScaleFactor: 1 });
    try {
      const tab = await context.newPage();
      await tab.goto(server.url);
      await tab.locator("article.msg.bot").first().waitFor();
      await expect.poll(() => tab.locator("#trust").textContent()).toContain("Apply to");
      const closedHeight = await headerHeightInScreenshot(tab, shot(`header-${width}`));
      expect(closedHeight).toBeLessThan(height / 6);
      // The privacy line stands under the header, in view, above the welcome.
      const header = (await tab.locator("#top").boundingBox())!;
      const privacy = (await tab.locator(".note.privacy").boundingBox())!;
      expect(privacy.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
      expect(privacy.y + privacy.height).toBeLessThanOrEqual(height);
      await tab.getByRole("button", { name: /IT Security Officer/ }).click();
      expect(await tab.locator("#title").getAttribute("aria-expanded")).toBe("true");
      const whole = await tab.evaluate(() => {
        const title = document.getElementById("title")!;
        const trust = document.getElementById("trust")!;
        return { title: title.scrollHeight <= title.clientHeight + 1, trust: trust.scrollWidth <= trust.clientWidth + 1, page: document.documentElement.scrollWidth };
      });
      expect(whole).toEqual({ title: true, trust: true, page: width });
      expect(await tab.locator("#trust").textContent()).toContain("secretariat@cert.europa.eu");
      const openHeight = await headerHeightInScreenshot(tab, shot(`header-${width}-open`));
      expect(openHeight).toBeGreaterThanOrEqual(closedHeight);
    } finally {
      await context.close();
    }
  });

  it("once the notice has closed, the header no longer says where to apply", async () => {
    const closed = await startTestServer({}, { clock: () => new Date("2025-10-21T08:00:00Z") });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-GB" });
    try {
      const tab = await context.newPage();
      await tab.goto(closed.url);
      await tab.locator("article.msg.bot").first().waitFor();
      await expect.poll(() => tab.locator("#countdown").textContent()).toMatch(/closed/i);
      expect(await tab.locator("#trust").textContent()).toContain("Selection DIGIT/COM/2025/1194");
      expect(await tab.locator("#trust").textContent()).not.toContain("Apply to");
    } finally {
      await context.close();
      await closed.close();
    }
  });
});
