// The unauthenticated Teams endpoint against floods that cost memory or make the server send (issue 22, items 2
// and 6), through the real server and botbuilder over real HTTP, with a local fake Bot Connector counting what
// the bot sends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boundedText, isBoundedId, keyOf, MAX_ID_BYTES } from "../../adapters/server/bounds.js";
import { isServiceUrlAllowed, readTeamsConfig } from "../../adapters/teams/config.js";
import { isLoopbackRequest } from "../../adapters/teams/index.js";
import { startTestServer, type TestServer } from "../adapters/server/start-helper.js";
import { activity, BOT, post, startFakeConnector, type FakeConnector } from "../adapters/teams/harness.js";
import { heapAfterGc, MiB } from "./heap.js";

const sent = (c: FakeConnector) => c.posted.length + c.typing.length + c.updated.length;
const config = { MicrosoftAppType: "MultiTenant" as const };

describe("bounds on ids and keys", () => {
  it("isBoundedId(id) takes ids up to MAX_ID_BYTES bytes without control characters", () => {
    expect(isBoundedId("29:1abc-Def_ghi")).toBe(true);
    expect(isBoundedId("19:abc@thread.tacv2;messageid=1700000000000")).toBe(true);
    expect(isBoundedId("é".repeat(MAX_ID_BYTES / 2))).toBe(true);
    expect(isBoundedId("é".repeat(MAX_ID_BYTES / 2 + 1))).toBe(false);
    expect(isBoundedId("x".repeat(1_000_000))).toBe(false);
    expect(isBoundedId("a\nb")).toBe(false);
    expect(isBoundedId("")).toBe(false);
    expect(isBoundedId(42)).toBe(false);
  });

  it("keyOf(parts) is the parts joined when short, a 44-character digest when long", () => {
    expect(keyOf("teams", "a:chat-1", "29:ana")).toBe("teams:a:chat-1:29:ana");
    const long = keyOf("teams", "x".repeat(5000));
    expect(long).toMatch(/^#[A-Za-z0-9_-]{43}$/);
    expect(keyOf("teams", "x".repeat(5000))).toBe(long);
    expect(keyOf("teams", "y".repeat(5000))).not.toBe(long);
  });

  it("boundedText(text, n) cuts at n characters without splitting a surrogate pair", () => {
    expect(boundedText("abcdef", 3)).toBe("abc");
    expect(boundedText("ab😀", 3)).toBe("ab");
    expect(boundedText("short", 100)).toBe("short");
  });
});

describe("Teams without an app id, through the real server", () => {
  let server: TestServer;
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
    server = await startTestServer({ LOG_LEVEL: "warn", RATE_LIMIT_PER_USER: "0" });
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
  });

  const huge = "x".repeat(1024 * 1024 - 4096);
  it.each([
    ["from.id", { from: { id: huge, name: "A" } }],
    ["conversation.id", { conversation: { id: huge, conversationType: "personal" } }],
    ["recipient.id", { recipient: { id: huge } }],
    ["replyToId", { replyToId: huge }],
    ["membersAdded[0].id", { type: "conversationUpdate", membersAdded: [{ id: huge }] }],
  ])("an activity whose %s is 1 MB is refused with 400 and a warning, and nothing is sent", async (where, fields) => {
    const before = sent(connector);
    const logs = server.logs.length;
    const res = await post(server.url, activity(connector.url, fields));
    expect(res.status).toBe(400);
    expect(res.text).toBe(`not a Bot Framework activity: ${where} is not an id of at most ${MAX_ID_BYTES} bytes`);
    expect(server.logs.slice(logs).some((l) => l.code === "teams_bad_activity" && l.level === 40)).toBe(true);
    expect(sent(connector)).toBe(before);
  });

  it("an activity whose from.id holds a line break is refused with 400", async () => {
    const res = await post(server.url, activity(connector.url, { from: { id: "29:a\r\nb" } }));
    expect(res.status).toBe(400);
  });

  it("an id just within the bound is answered", async () => {
    const before = connector.posted.length;
    const res = await post(server.url, activity(connector.url, { from: { id: `29:${"u".repeat(MAX_ID_BYTES - 3)}` }, text: "How long is the contract?" }));
    expect(res.status).toBe(200);
    expect(connector.posted.length).toBe(before + 1);
  });

  it("1 MB activities keep no memory: 1 MB ids are refused, and a question padded to 1 MB is kept as the question only", async () => {
    const pad = " ".repeat(512 * 1024 - 4096);
    const send = async (i: number, fields: Record<string, unknown>) => {
      const res = await post(server.url, activity(connector.url, { ...fields, conversation: { id: `a:chat-${i}`, conversationType: "personal" } }));
      return res.status;
    };
    // Warm up, so what the first answers build once (indexes, compiled code) is not counted.
    for (let i = 0; i < 10; i++) await send(i, { from: { id: `29:warm-${i}` }, text: `How long is the contract? ${i}` });
    const before = heapAfterGc();
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      statuses.push(await send(1000 + i, { from: { id: `29:${i}-${"z".repeat(1024 * 1024 - 8192)}` }, text: "When is the deadline?" }));
      // The id is fine; the text is a 1 MB string around a short question (Teams trims it).
      statuses.push(await send(2000 + i, { from: { id: `29:padded-${i}` }, text: `${pad}How long is the contract? ${i}${pad}` }));
    }
    const grown = (heapAfterGc() - before) / MiB;
    // 80 MB went in; before the bounds 1 MB per activity stayed (keys on the raw ids, questions that were views of the padded text).
    expect(grown).toBeLessThan(12);
    expect(statuses.filter((s, i) => s === (i % 2 === 0 ? 400 : 200))).toHaveLength(80);
  }, 120_000);
});

describe("Teams without an app id: where it may send, and how much one activity may cause", () => {
  let server: TestServer;
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
    server = await startTestServer({ LOG_LEVEL: "warn" });
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
  });

  it("a conversationUpdate adding 5,000 members sends one welcome, and the same conversation is not welcomed again", async () => {
    const members = Array.from({ length: 5000 }, (_, i) => ({ id: `29:member-${i}`, name: `Member ${i}` }));
    const conversation = { id: "19:big-team@thread.tacv2", conversationType: "channel", tenantId: "tenant-1" };
    const before = sent(connector);
    const res = await post(server.url, activity(connector.url, { type: "conversationUpdate", conversation, membersAdded: [BOT, ...members] }));
    expect(res.status).toBe(200);
    expect(sent(connector) - before).toBe(1);
    const again = await post(server.url, activity(connector.url, { type: "conversationUpdate", conversation, membersAdded: members.slice(0, 50) }));
    expect(again.status).toBe(200);
    expect(sent(connector) - before).toBe(1);
  });

  it.each(["/v3/anything/", "/admin?x=1"])("a loopback serviceUrl with a path (%s) is refused with 403 and nothing is sent", async (path) => {
    const before = sent(connector);
    const res = await post(server.url, activity(`${connector.url}${path}`, { text: "When is the deadline?" }));
    expect(res.status).toBe(403);
    expect(sent(connector)).toBe(before);
  });

  it("isServiceUrlAllowed: only TEAMS_ALLOWED_SERVICE_URLS once set; else a loopback root URL, as the Emulator's", () => {
    expect(isServiceUrlAllowed("http://localhost:53211", config)).toBe(true);
    expect(isServiceUrlAllowed("http://127.0.0.1:53211/", config)).toBe(true);
    expect(isServiceUrlAllowed("http://127.0.0.1:6379/x", config)).toBe(false);
    expect(isServiceUrlAllowed("http://user:pw@127.0.0.1:53211/", config)).toBe(false);
    const configured = { ...config, TEAMS_ALLOWED_SERVICE_URLS: ["http://127.0.0.1:9000/_connector/"] };
    expect(isServiceUrlAllowed("http://127.0.0.1:9000/_connector/", configured)).toBe(true);
    expect(isServiceUrlAllowed("http://127.0.0.1:53211/", configured)).toBe(false);
  });

  it("a request through a proxy (X-Forwarded-For) is refused with 403 before its body is read", async () => {
    const before = sent(connector);
    const res = await post(server.url, activity(connector.url, { text: "When is the deadline?" }), { "x-forwarded-for": "203.0.113.7" });
    expect(res.status).toBe(403);
    expect(res.text).toMatch(/answers this machine only/);
    expect(server.logs.some((l) => l.code === "teams_unauthenticated_remote")).toBe(true);
    expect(sent(connector)).toBe(before);
  });

  it("isLoopbackRequest is false for a connection to a network interface", () => {
    const req = (localAddress: string, headers = {}) => ({ socket: { localAddress }, headers }) as Parameters<typeof isLoopbackRequest>[0];
    expect(isLoopbackRequest(req("127.0.0.1"))).toBe(true);
    expect(isLoopbackRequest(req("::ffff:127.0.0.1"))).toBe(true);
    expect(isLoopbackRequest(req("::1"))).toBe(true);
    expect(isLoopbackRequest(req("192.168.1.20"))).toBe(false);
    expect(isLoopbackRequest(req("10.0.0.5"))).toBe(false);
    expect(isLoopbackRequest(req("127.0.0.1", { forwarded: "for=203.0.113.7" }))).toBe(false);
  });
});

describe("readTeamsConfig(TEAMS_ALLOW_UNAUTHENTICATED)", () => {
  it("is off unless true or 1; anything else stops start-up naming the variable", () => {
    expect(readTeamsConfig({}).TEAMS_ALLOW_UNAUTHENTICATED).toBeFalsy();
    expect(readTeamsConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "" }).TEAMS_ALLOW_UNAUTHENTICATED).toBe(false);
    expect(readTeamsConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "true" }).TEAMS_ALLOW_UNAUTHENTICATED).toBe(true);
    expect(() => readTeamsConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "yes" })).toThrow('config: TEAMS_ALLOW_UNAUTHENTICATED must be true or false ("yes")');
  });
});

describe("TEAMS_ALLOW_UNAUTHENTICATED=true", () => {
  let server: TestServer;
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
    server = await startTestServer({ LOG_LEVEL: "warn", TEAMS_ALLOW_UNAUTHENTICATED: "true" });
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
  });

  it("serves a request from beyond this machine, and the start-up line says it is open to the network", async () => {
    const res = await post(server.url, activity(connector.url, { text: "When is the deadline?" }), { "x-forwarded-for": "203.0.113.7" });
    expect(res.status).toBe(200);
    expect(server.banner).toContain("Teams at /api/messages unauthenticated and open to the network (TEAMS_ALLOW_UNAUTHENTICATED: Bot Framework Emulator only)");
  });
});
