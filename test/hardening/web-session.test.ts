// Session fixation in the web chat (issue 22, item 8): an id the server did not issue is never taken, so a planted
// `vb_session` reads nobody's facts; over HTTPS the cookie carries the __Host- prefix, which a subdomain or plain HTTP
// cannot set. Through the real server over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSessionIds } from "../../adapters/web/chat.js";
import { cookieJar, startTestServer, type TestServer } from "../adapters/server/start-helper.js";

const ask = (jar: ReturnType<typeof cookieJar>, text: string, headers: Record<string, string> = {}) =>
  jar.post("/api/chat/ask", { text, zone: "Europe/Brussels", locale: "en" }, { headers: { "content-type": "application/json", ...headers } });
const textOf = async (res: Response) => ((await res.json()) as { answer: { parts: string[] } }).answer.parts.join("\n");

describe("createSessionIds", () => {
  it("isIssued(id) is true for its own ids only", () => {
    const ids = createSessionIds();
    const id = ids.issue();
    expect(id).toMatch(/^[A-Za-z0-9_-]{46}$/);
    expect(ids.isIssued(id)).toBe(true);
    expect(ids.isIssued(createSessionIds().issue())).toBe(false);
    expect(ids.isIssued(`${id.slice(0, 45)}${id.endsWith("A") ? "B" : "A"}`)).toBe(false);
    expect(ids.isIssued("planted-session-id-0123456789abcdef")).toBe(false);
    expect(ids.isIssued(undefined)).toBe(false);
  });
});

describe("the web chat's session cookie", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ LOG_LEVEL: "warn", RATE_LIMIT_PER_USER: "0", RATE_LIMIT_PER_ADDRESS: "0" });
  });
  afterAll(async () => server?.close());

  it("a planted vb_session is replaced by a fresh id, and the victim's facts stay out of the planter's reach", async () => {
    const planted = "AttackerChoseThisId_0123456789";
    const victim = cookieJar(server.url);
    victim.jar.set("vb_session", planted);
    const first = await ask(victim, "I have a master's degree and 5 years of experience. Am I eligible?");
    expect(first.status).toBe(200);
    // The server gave the victim an id of its own.
    expect(victim.jar.get("vb_session")).not.toBe(planted);
    expect(victim.jar.get("vb_session")).toMatch(/^[A-Za-z0-9_-]{46}$/);
    // The planter, asking with the planted id, is a stranger: a fresh session that knows nothing the victim said.
    const planter = cookieJar(server.url);
    planter.jar.set("vb_session", planted);
    const probe = await textOf(await ask(planter, "Am I eligible?"));
    const victimAgain = await textOf(await ask(victim, "Am I eligible?"));
    expect(planter.jar.get("vb_session")).not.toBe(planted);
    expect(victimAgain).toContain("Met:");
    expect(probe).not.toContain("Met:");
  });

  it("an id the server issued is kept from request to request", async () => {
    const browser = cookieJar(server.url);
    await ask(browser, "When is the deadline?");
    const id = browser.jar.get("vb_session");
    const again = await ask(browser, "How long is the contract?");
    expect(again.headers.getSetCookie()).toEqual([]);
    expect(browser.jar.get("vb_session")).toBe(id);
  });

  it("without a trusted proxy, X-Forwarded-Proto: https changes nothing: no __Host- prefix, no Secure", async () => {
    const res = await fetch(`${server.url}/`, { headers: { "x-forwarded-proto": "https" } });
    const cookie = res.headers.getSetCookie().join("\n");
    expect(cookie).toMatch(/^vb_session=/);
    expect(cookie).not.toContain("Secure");
  });
});

describe("the web chat's session cookie behind a trusted proxy that says https", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ LOG_LEVEL: "warn", TRUST_PROXY: "true", RATE_LIMIT_PER_USER: "0", RATE_LIMIT_PER_ADDRESS: "0" });
  });
  afterAll(async () => server?.close());

  it("is __Host-vb_session, Secure, Path=/, no Domain; a plain vb_session is not read", async () => {
    const https = { "x-forwarded-proto": "https" };
    const page = await fetch(`${server.url}/`, { headers: https });
    const [cookie] = page.headers.getSetCookie();
    expect(cookie).toMatch(/^__Host-vb_session=[A-Za-z0-9_-]{46}; Path=\/; HttpOnly; SameSite=Strict; Secure$/);
    expect(cookie).not.toMatch(/Domain=/i);
    const browser = cookieJar(server.url);
    const first = await ask(browser, "When is the deadline?", https);
    expect(first.status).toBe(200);
    const issued = browser.jar.get("__Host-vb_session");
    expect(issued).toMatch(/^[A-Za-z0-9_-]{46}$/);
    // A cookie without the prefix (one a subdomain or plain HTTP could have set) is another, unknown cookie.
    const planted = cookieJar(server.url);
    planted.jar.set("vb_session", issued!);
    const res = await ask(planted, "When is the deadline?", https);
    expect(planted.jar.get("__Host-vb_session")).toMatch(/^[A-Za-z0-9_-]{46}$/);
    expect(planted.jar.get("__Host-vb_session")).not.toBe(issued);
    expect(res.status).toBe(200);
  });
});
