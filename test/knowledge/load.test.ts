import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { KnowledgeError, loadKnowledge } from "../../src/index.js";
import { comparable } from "../../src/knowledge/text.js";
import { fixtureKnowledgeDir, knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";

/** Every `quote` field anywhere in a value. */
function quotes(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(quotes);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => (k === "quote" && typeof v === "string" ? [v] : quotes(v)));
  return [];
}

describe.each([
  ["the CTI notice", projectKnowledgeDir, "DIGIT-COM-2025-1194"],
  ["the fixture notice", fixtureKnowledgeDir, "JRC-LUX-2026-0042"],
])("knowledge of %s", (_name, dir, id) => {
  it("loads and validates", () => {
    expect([...knowledgeAt(dir).notices.keys()]).toContain(id);
  });

  it("has every fact's quote verbatim in the notice text", () => {
    const notice = knowledgeAt(dir).notices.get(id)!;
    const raw = readFileSync(join(dir, id, "facts.json"), "utf8");
    const all = quotes(JSON.parse(raw));
    expect(all.length).toBeGreaterThan(10);
    const text = comparable(notice.text);
    for (const q of all) expect(text, q).toContain(comparable(q));
  });

  it("splits the notice into sections with stable ids and heading paths", () => {
    const notice = knowledgeAt(dir).notices.get(id)!;
    const headings = notice.sections.map((s) => s.heading);
    expect(headings).toEqual(expect.arrayContaining(["WE ARE", "WE PROPOSE", "WE LOOK FOR", "HOW TO EXPRESS YOUR INTEREST?", "ANNEX › Selection › Am I eligible to apply?"]));
    expect(notice.sections.find((s) => s.heading === "ANNEX › Selection › Am I eligible to apply?")?.id).toBe("annex-selection-am-i-eligible-to-apply");
    expect(new Set(notice.sections.map((s) => s.id)).size).toBe(notice.sections.length);
  });
});

describe("the CTI notice folder", () => {
  it("holds the shared notice verbatim", () => {
    const shared = join(projectKnowledgeDir, "..", "..", "shared", "notice", "DIGIT-COM-2025-1194.txt");
    let original: string;
    try {
      original = readFileSync(shared, "utf8");
    } catch {
      return; // the shared folder is not beside every clone
    }
    expect(readFileSync(join(projectKnowledgeDir, "DIGIT-COM-2025-1194", "notice.txt"), "utf8")).toBe(original);
  });

  it("has the reference data: 27 member states, 24 official languages, six CEFR levels", () => {
    const { reference } = knowledgeAt(projectKnowledgeDir);
    expect(reference.countries.memberStates).toHaveLength(27);
    expect(reference.languages.official).toHaveLength(24);
    expect(reference.cefr.levels.map((l) => l.level)).toEqual(["A1", "A2", "B1", "B2", "C1", "C2"]);
  });
});

describe("loadKnowledge on bad knowledge", () => {
  let dir: string;
  const id = "DIGIT-COM-2025-1194";
  const factsFile = () => join(dir, id, "facts.json");
  const facts = () => JSON.parse(readFileSync(factsFile(), "utf8"));
  const write = (value: unknown) => writeFileSync(factsFile(), typeof value === "string" ? value : JSON.stringify(value));
  const setUp = () => {
    dir = mkdtempSync(join(tmpdir(), "knowledge-"));
    cpSync(join(projectKnowledgeDir, id), join(dir, id), { recursive: true });
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const failure = () => {
    try {
      loadKnowledge(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(KnowledgeError);
      return (e as Error).message;
    }
    throw new Error("loadKnowledge accepted bad knowledge");
  };

  it("names the file when it is not JSON", () => {
    setUp();
    write("{ not json");
    expect(failure()).toMatch(/^knowledge: .*facts\.json\)$/);
  });

  it("names the field and the zone when the deadline's zone is not a time zone", () => {
    setUp();
    write({ ...facts(), deadline: { ...facts().deadline, zone: "Europe/Brusels" } });
    expect(failure()).toMatch(/deadline\.zone "Europe\/Brusels" is not a time zone \(.*facts\.json\)/);
  });

  it("names the field when a quote is not in the notice", () => {
    setUp();
    write({ ...facts(), place: { value: "Paris", quote: "The place of employment will be Paris." } });
    expect(failure()).toMatch(/place\.quote is not a quote of the notice: "The place of employment will be Paris\." \(.*facts\.json\)/);
  });

  it("names a misspelt field", () => {
    setUp();
    write({ ...facts(), deadlne: facts().deadline });
    expect(failure()).toMatch(/deadlne|Unrecognized key/);
    expect(failure()).toMatch(/facts\.json\)$/);
  });

  it("names the field when a language level is not a CEFR level", () => {
    setUp();
    const f = facts();
    f.eligibility.languages.main.level = "C3";
    write(f);
    expect(failure()).toMatch(/eligibility\.languages\.main\.level: .*\(.*facts\.json\)/);
  });

  it("names the field when the deadline is not a local date-time", () => {
    setUp();
    write({ ...facts(), deadline: { ...facts().deadline, local: "20.10.2025 12:00" } });
    expect(failure()).toMatch(/deadline\.local: must be a local date-time/);
  });

  it("rejects an under-represented state that is not a member state", () => {
    setUp();
    const f = facts();
    f.underRepresented.states.push("Norway");
    write(f);
    expect(failure()).toMatch(/underRepresented\.states\.15 "Norway" is not an EU member state/);
  });

  it.each([
    ["a criterion of an unknown type", (f: any) => f.eligibility.criteria.push({ type: "height", quote: "Are a citizen of a Member State of the EU" }), /eligibility\.criteria\.\d+(?:\.type)?: .*\(.*facts\.json\)/],
    ["a country that is not in the reference data", (f: any) => (f.eligibility.criteria.find((c: any) => c.type === "citizenship").countries = ["XX"]), /eligibility\.criteria\.\d+\.countries "XX" is not a country/],
    ["a language that is not in the reference data", (f: any) => f.eligibility.criteria.find((c: any) => c.type === "languages").requirements[0].languages = ["Klingon"], /requirements\.0\.languages "Klingon" is not a language/],
    ["an education route without a level", (f: any) => delete f.eligibility.criteria.find((c: any) => c.type === "education").routes[0].level, /eligibility\.criteria\.\d+\.routes\.0\.level: .*\(.*facts\.json\)/],
  ])("names the field for %s", (_what, change, message) => {
    setUp();
    const f = facts();
    change(f);
    write(f);
    expect(failure()).toMatch(message);
  });

  it("says when a notice folder has no notice text", () => {
    setUp();
    rmSync(join(dir, id, "notice.txt"));
    expect(failure()).toMatch(/notice\.txt is missing/);
  });

  it("says when there is no notice at all", () => {
    dir = mkdtempSync(join(tmpdir(), "knowledge-"));
    mkdirSync(join(dir, "empty"));
    expect(failure()).toMatch(/no notice found/);
  });
});

describe("a notice dropped in without a facts file", () => {
  const notices = join(projectKnowledgeDir, "..", "test", "fixtures", "notices");

  it("has its facts read from its own words, and the bot answers from them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "knowledge-"));
    try {
      mkdirSync(join(dir, "ESTAT"));
      cpSync(join(notices, "estat-data-scientist.txt"), join(dir, "ESTAT", "notice.txt"));
      const knowledge = loadKnowledge(dir);
      const facts = knowledge.notices.get("ESTAT")!.facts;
      expect(facts.place?.value).toBe("Luxembourg");
      const { createBot } = await import("../../src/index.js");
      const bot = createBot({ knowledge });
      expect(bot.ask({ sessionId: "s", text: "Where is the job?" }).parts[0]).toContain("Luxembourg");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops start-up when the text is not a notice", () => {
    const dir = mkdtempSync(join(tmpdir(), "knowledge-"));
    try {
      mkdirSync(join(dir, "MINUTES"));
      cpSync(join(notices, "not-a-notice.txt"), join(dir, "MINUTES", "notice.txt"));
      expect(() => loadKnowledge(dir)).toThrow(/no facts\.json, and the text does not read as a vacancy notice \(.*notice\.txt\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
