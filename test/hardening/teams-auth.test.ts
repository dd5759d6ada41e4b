// The Teams endpoint against forged tokens, unreachable keys and requests that would make the server connect
// anywhere (issue 10, items 2 and 7), over real HTTP with a local OpenID metadata and key server.
import { createHmac, createSign, generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isServiceUrlAllowed, readTeamsConfig } from "../../adapters/teams/config.js";
import { createBot, loadKnowledge } from "../../src/index.js";
import { activity, post, startFakeConnector, startTeamsServer, type FakeConnector, type TeamsServer } from "../adapters/teams/harness.js";

const APP_ID = "3f2f7a52-9d1c-4d5e-8c7a-2b1e0f9d6c11";
const knowledge = loadKnowledge();
const bot = createBot({ knowledge });

const b64 = (v: unknown) => Buffer.from(typeof v === "string" ? v : JSON.stringify(v)).toString("base64url");
const ours = generateKeyPairSync("rsa", { modulusLength: 2048 });
const foreign = generateKeyPairSync("rsa", { modulusLength: 2048 });
const claims = (serviceUrl: string) => ({
  iss: "https://api.botframework.com",
  aud: APP_ID,
  serviceUrl,
  nbf: Math.floor(Date.now() / 1000) - 60,
  exp: Math.floor(Date.now() / 1000) + 3600,
});
function rs256(key: typeof ours.privateKey, payload: object, kid = "k1"): string {
  const head = `${b64({ alg: "RS256", typ: "JWT", kid })}.${b64(payload)}`;
  return `${head}.${createSign("RSA-SHA256").update(head).sign(key).toString("base64url")}`;
}

let keys: Server;
let keysUrl: string;
beforeAll(async () => {
  const jwk = { ...ours.publicKey.export({ format: "jwk" }), kid: "k1", use: "sig", endorsements: ["msteams"] };
  keys = createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    if (req.url === "/openid") res.end(JSON.stringify({ issuer: "https://api.botframework.com", jwks_uri: `${keysUrl}/keys`, id_token_signing_alg_values_supported: ["RS256"] }));
    else res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => keys.listen(0, "127.0.0.1", r));
  keysUrl = `http://127.0.0.1:${(keys.address() as AddressInfo).port}`;
});
afterAll(() => keys?.close());

describe("Teams with an app id: every failed authentication is a fixed answer", () => {
  let connector: FakeConnector;
  let server: TeamsServer;
  beforeAll(async () => {
    connector = await startFakeConnector();
    server = await startTeamsServer({
      bot,
      config: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: "secret", MicrosoftAppType: "MultiTenant", ToBotFromChannelOpenIdMetadataUrl: `${keysUrl}/openid` },
    });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  const forged = (): [string, string][] => [
    ["alg none with a known kid", `${b64({ alg: "none", typ: "JWT", kid: "k1" })}.${b64(claims(connector.url))}.`],
    ["RS256 signed with a foreign key", rs256(foreign.privateKey, claims(connector.url))],
    [
      "HS256 keyed with the public key",
      (() => {
        const head = `${b64({ alg: "HS256", typ: "JWT", kid: "k1" })}.${b64(claims(connector.url))}`;
        return `${head}.${createHmac("sha256", ours.publicKey.export({ format: "pem", type: "spki" })).update(head).digest("base64url")}`;
      })(),
    ],
    ["our key but another audience", rs256(ours.privateKey, { ...claims(connector.url), aud: "someone-else" })],
    ["an expired token", rs256(ours.privateKey, { ...claims(connector.url), exp: 1000, nbf: 900 })],
    ["not a JWT at all", "not-a-jwt"],
  ];

  it.each([0, 1, 2, 3, 4, 5])("forged token %i: 401 'unauthorized', a warning with the reason, nothing sent", async (i) => {
    const [what, token] = forged()[i]!;
    const before = server.logs.length;
    const res = await post(server.url, activity(connector.url, { text: "When is the deadline?" }), { authorization: `Bearer ${token}` });
    expect([what, res.status, res.text]).toEqual([what, 401, "unauthorized"]);
    const warning = server.logs.slice(before).find((l) => l.code === "teams_auth_failed") as { level: number; reason?: string } | undefined;
    expect(warning?.level).toBe(40);
    expect(warning?.reason).toBeTruthy();
    expect(connector.posted).toHaveLength(0);
  });
});

describe("Teams with an app id when the keys cannot be fetched", () => {
  it("answers 503 with a fixed body that names no URL and no error", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/openid`;
    await new Promise<void>((r) => closed.close(() => r()));
    const connector = await startFakeConnector();
    const server = await startTeamsServer({ bot, config: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: "secret", MicrosoftAppType: "MultiTenant", ToBotFromChannelOpenIdMetadataUrl: deadUrl } });
    try {
      const res = await post(server.url, activity(connector.url, { text: "hi" }), { authorization: `Bearer ${rs256(ours.privateKey, claims(connector.url))}` });
      expect([res.status, res.text]).toEqual([503, "cannot verify the request right now; try again later"]);
      expect(res.text).not.toContain("127.0.0.1");
      expect(server.logs.some((l) => l.code === "teams_auth_failed" && l.level === 40)).toBe(true);
    } finally {
      await server.close();
      await connector.close();
    }
  });
});

describe("Teams without an app id answers loopback serviceUrls only", () => {
  let connector: FakeConnector;
  let server: TeamsServer;
  beforeAll(async () => {
    connector = await startFakeConnector();
    server = await startTeamsServer({ bot });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  it.each(["http://169.254.169.254/latest/meta-data/", "http://10.1.2.3:8080/", "https://internal.example/", "http://[fd00::1]/"])("refuses %s with 403 and connects nowhere", async (serviceUrl) => {
    const res = await post(server.url, activity(serviceUrl, { text: "When is the deadline?" }));
    expect(res.status).toBe(403);
    expect(res.text).toContain("TEAMS_ALLOWED_SERVICE_URLS");
    expect(server.logs.some((l) => l.code === "teams_service_url_refused")).toBe(true);
  });

  it("answers the local connector (the Emulator, the Agents Playground)", async () => {
    const res = await post(server.url, activity(connector.url, { text: "When is the deadline?" }));
    expect(res.status).toBe(200);
    expect(connector.posted.length).toBeGreaterThan(0);
  });

  it.each([
    ["http://localhost:3978/", undefined, true],
    ["http://127.0.0.9/", undefined, true],
    ["http://[::1]:5000/", undefined, true],
    ["https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/", true],
    ["https://smba.trafficmanager.net.evil.example/", "https://smba.trafficmanager.net/", false],
    ["http://169.254.169.254/", "https://smba.trafficmanager.net/", false],
  ])("isServiceUrlAllowed(%s, allowed %s) is %s", (url, allowed, expected) => {
    const config = readTeamsConfig(allowed ? { TEAMS_ALLOWED_SERVICE_URLS: allowed } : {});
    expect(isServiceUrlAllowed(url, config)).toBe(expected);
  });

  it("a TEAMS_ALLOWED_SERVICE_URLS entry that is not a URL stops start-up naming it", () => {
    expect(() => readTeamsConfig({ TEAMS_ALLOWED_SERVICE_URLS: "https://ok.example/, ftp://x" })).toThrow(/^config: TEAMS_ALLOWED_SERVICE_URLS has "ftp:\/\/x", which is not an http\(s\) URL$/);
  });
});
