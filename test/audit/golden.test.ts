import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseGolden, readGolden } from "../../src/audit/index.js";

const shipped = fileURLToPath(new URL("../../knowledge/DIGIT-COM-2025-1194/golden.jsonl", import.meta.url));
const intentsDir = fileURLToPath(new URL("../../src/engine/intents", import.meta.url));

/** The engine's intents, as its intent files export them (an intent's id is its exported name). */
function engineIntents(): string[] {
  return readdirSync(intentsDir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => [...readFileSync(`${intentsDir}/${f}`, "utf8").matchAll(/export const (\w+): Intent\b/g)].map((m) => m[1]!));
}

describe("parseGolden", () => {
  it("reads cases in the evaluation set's form, with an intent expectation besides", () => {
    const cases = parseGolden(
      [
        `{"id":"a","turns":["When is the deadline?"],"now":"2025-10-06T08:00:00Z","tz":"Europe/Helsinki","tags":["deadline"],"expect":{"all":[["13:00"]],"cited":true,"intent":"deadline"}}`,
        "",
        `{"id":"b","turns":["Am I eligible?","I'm Estonian"],"expect":{"turn":0,"verdict":"incomplete","none":["error"]}}`,
      ].join("\n"),
      "g.jsonl",
    );
    expect(cases.map((c) => c.id)).toEqual(["a", "b"]);
    expect(cases[1]!.expect).toEqual({ turn: 0, verdict: "incomplete", none: ["error"] });
  });

  it.each([
    ["not JSON", `{"id":"a",`, /^knowledge: golden: .* \(g\.jsonl:2\)$/],
    ["a typo in an expectation", `{"id":"a","turns":["x"],"expect":{"cite":true}}`, /golden: expect: Unrecognized key: "cite" \(g\.jsonl:2\)/],
    ["a zone that does not exist", `{"id":"a","turns":["x"],"tz":"Europe/Brusels","expect":{}}`, /golden: tz: not an IANA time zone \(g\.jsonl:2\)/],
    ["a now that is not a date", `{"id":"a","turns":["x"],"now":"yesterday","expect":{}}`, /golden: now: not an ISO date-time \(g\.jsonl:2\)/],
    ["a wrong verdict", `{"id":"a","turns":["x"],"expect":{"verdict":"maybe"}}`, /golden: expect\.verdict: .* \(g\.jsonl:2\)/],
    ["a turn past the last", `{"id":"a","turns":["x"],"expect":{"turn":1}}`, /golden: expect\.turn: expect\.turn is past the last turn \(g\.jsonl:2\)/],
    ["a duplicate id", `{"id":"first","turns":["x"],"expect":{}}`, /golden: duplicate id "first" \(g\.jsonl:2\)/],
  ])("rejects %s, naming the file and line", (_what, line, message) => {
    expect(() => parseGolden(`{"id":"first","turns":["x"],"expect":{}}\n${line}`, "g.jsonl")).toThrow(message);
  });

  it("rejects a file without questions", () => {
    expect(() => parseGolden("\n\n", "empty.jsonl")).toThrow("knowledge: golden: no questions in empty.jsonl");
  });
});

describe("the CTI notice's golden file", () => {
  const cases = readGolden(shipped);

  it("covers every intent of the engine with an intent expectation", () => {
    const intents = engineIntents();
    expect(intents.length).toBeGreaterThan(10);
    const covered = new Set(cases.map((c) => c.expect.intent).filter(Boolean));
    expect(intents.filter((i) => !covered.has(i))).toEqual([]);
  });

  it("pins the clock of every case, so the audit means the same on any day", () => {
    expect(cases.filter((c) => !c.now).map((c) => c.id)).toEqual([]);
  });
});
