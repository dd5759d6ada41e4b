// Time-zone names in any capitalisation (issue 22, item 4): read once into the IANA spelling, so 6,000 spellings of
// one zone are one zone to luxon, whose zone and formatter caches are keyed by the spelling they are given.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot, loadKnowledge } from "../../src/index.js";
import { canonicalZone, isZone } from "../../src/time/zones.js";
import { startTestServer, type TestServer } from "../adapters/server/start-helper.js";
import { activity, cardOf, cardText, post, startFakeConnector, type FakeConnector } from "../adapters/teams/harness.js";
import { heapAfterGc, MiB, rssAfterGc } from "./heap.js";

/** The n-th spelling of a name: its letters upper- or lower-cased by the bits of n. */
function spelling(name: string, n: number): string {
  let bit = 0;
  return [...name].map((c) => (/[a-z]/i.test(c) ? ((n >> bit++) & 1 ? c.toUpperCase() : c.toLowerCase()) : c)).join("");
}

describe("canonicalZone", () => {
  it.each([
    ["europe/brussels", "Europe/Brussels"],
    ["EUROPE/HELSINKI", "Europe/Helsinki"],
    ["america/new_york", "America/New_York"],
    ["utc", "UTC"],
    ["GMT+2", "UTC+2"],
    ["utc +05:30", "UTC+5:30"],
  ])("canonicalZone(%s) is %s", (given, expected) => {
    expect(canonicalZone(given)).toBe(expected);
  });

  it.each(["Mars/Olympus", "", "Europe/Brussels\n", "x".repeat(65), "GMT+15", "../etc/passwd"])("canonicalZone(%j) is undefined", (given) => {
    expect(canonicalZone(given)).toBeUndefined();
    expect(isZone(given)).toBe(false);
  });
});

describe("6,000 spellings of one zone", () => {
  const bot = createBot({ knowledge: loadKnowledge() });
  const now = new Date("2025-10-06T08:00:00Z");

  it("are answered as the IANA spelling, and leave the heap where it was", () => {
    const canonical = bot.countdown(now, "Europe/Helsinki")!.text;
    // The engine builds its readers, classifiers and word lists on first use: built before the heap is weighed.
    bot.ask({ sessionId: "warm-up", text: "When is the deadline?", now, zone: "Europe/Helsinki" });
    const rssBefore = rssAfterGc();
    const before = heapAfterGc();
    const texts = new Set<string>();
    for (let n = 0; n < 6000; n++) {
      texts.add(bot.countdown(now, spelling("Europe/Helsinki", n))!.text);
      // Answers are kept (the said store), so only some go through the engine: enough to reach its formatters.
      if (n % 100 === 0) bot.ask({ sessionId: "zones", text: "When is the deadline?", now, zone: spelling("Europe/Helsinki", n) });
    }
    const grown = (heapAfterGc() - before) / MiB;
    const rssGrown = (rssAfterGc() - rssBefore) / MiB;
    console.log(`zones: heap grew ${grown.toFixed(1)} MiB, resident memory ${rssGrown.toFixed(1)} MiB over 6,000 spellings`);
    expect([...texts]).toEqual([canonical]);
    expect(canonical).toContain("Helsinki time");
    // Before, luxon kept a zone and its Intl formatters (ICU, outside the JS heap) for each spelling.
    expect(grown).toBeLessThan(10);
    expect(rssGrown).toBeLessThan(40);
  }, 120_000);
});

describe("Teams' localTimezone in another capitalisation, through the real server", () => {
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

  it("gives the same welcome countdown as the IANA spelling", async () => {
    const countdown = async (zone: string, i: number) => {
      const before = connector.posted.length;
      const res = await post(server.url, activity(connector.url, { type: "installationUpdate", action: "add", conversation: { id: `a:zones-${i}` }, localTimezone: zone }));
      expect(res.status).toBe(200);
      return cardText(cardOf(connector.posted[before]));
    };
    const canonical = await countdown("Europe/Helsinki", 1);
    expect(canonical).toContain("Helsinki time");
    expect(await countdown("eUROPE/hELSINKI", 2)).toBe(canonical);
  });
});
