// The pages the Teams manifest links to are served, and say what this server keeps and for how long.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./start-helper.js";

const manifest = JSON.parse(readFileSync(fileURLToPath(new URL("../../../manifest.json", import.meta.url)), "utf8")) as { developer: Record<string, string> };

describe("the about, privacy and terms pages", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ REVIEW_RETENTION_DAYS: "14", REVIEW_MAX_ROWS: "5000" });
  });
  afterAll(() => server.close());

  it.each(["websiteUrl", "privacyUrl", "termsOfUseUrl"])("the manifest's %s is a page the server serves", async (key) => {
    const link = manifest.developer[key]!.replace("https://${{BOT_DOMAIN}}", server.url);
    expect(link).not.toContain("#");
    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const page = await res.text();
    expect(page).not.toContain("<script");
    expect(page).toContain('<a href="/privacy">Privacy</a>');
  });

  it("about names the notice the bot answers about", async () => {
    expect(await (await fetch(`${server.url}/about`)).text()).toContain("DIGIT/COM/2025/1194");
  });

  it("privacy says what is stored for HR and for how long, from the configuration", async () => {
    const page = await (await fetch(`${server.url}/privacy`)).text();
    expect(page).toContain("For HR's review, up to 14 days");
    expect(page).toContain("at most 5,000 questions are kept");
    expect(page).toContain("No user identifier");
    expect(page).toContain("forgotten after 30 idle minutes");
  });

  it("terms say the notice as published is what counts", async () => {
    expect(await (await fetch(`${server.url}/terms`)).text()).toContain("The notice as published is what counts");
  });

  it("robots.txt keeps crawlers off the HR pages and the API (Lighthouse's SEO check reads it)", async () => {
    const res = await fetch(`${server.url}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect((await res.text()).split("\n")).toEqual(["User-agent: *", "Disallow: /hr", "Disallow: /api/", ""]);
  });
});
