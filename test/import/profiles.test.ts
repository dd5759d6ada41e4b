// Several profiles in one notice: read as a list from the notice's structure (each with its label, title,
// grade and own criteria), and answered for the profile a question names, kept for the follow-ups.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot, loadKnowledge, renderText, type Knowledge } from "../../src/index.js";
import { importNotice, readImportReference, writeImport } from "../../src/import/import.js";
import { factsSchema } from "../../src/knowledge/schema.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = readFileSync(join(root, "test", "fixtures", "profiles", "two-profiles.txt"), "utf8");
const reference = readImportReference();

describe("profiles read from a notice", () => {
  const facts = factsSchema.parse(importNotice(fixture, { reference, id: "TWO" }).facts);

  it("lists each profile with its label, title and grade", () => {
    expect(facts.profiles.map((p) => [p.label, p.title, p.grades?.min])).toEqual([
      ["1", "Data Engineer", "AD6"],
      ["2", "Finance Officer", "FG IV"],
    ]);
  });

  it("gives each profile its own criteria and contract, not the other's", () => {
    const [one, two] = facts.profiles;
    const languages = (p: typeof one) => p!.eligibility.criteria.find((c) => c.type === "languages");
    expect(JSON.stringify(languages(one))).toContain("English");
    expect(JSON.stringify(languages(two))).not.toContain("English");
    expect(one!.eligibility.criteria.some((c) => c.type === "experience")).toBe(true);
    expect(two!.eligibility.criteria.some((c) => c.type === "experience")).toBe(false);
    expect(two!.contract.type?.quote ?? two!.contract.renewal?.quote).toContain("Profile 2");
  });

  it("keeps what the notice says of its profiles as a whole", () => {
    expect(facts.profilesRules.map((r) => r.quote).join(" ")).toContain("only the last application");
  });

  it("finds no profiles in a notice with one post", () => {
    const one = fixture.replace(/^Profile 2.*$/gm, "").replace(/^Profile 1/gm, "Post");
    expect(factsSchema.parse(importNotice(one, { reference, id: "ONE" }).facts).profiles).toEqual([]);
  });
});

describe("questions about a profile", () => {
  let dir: string;
  let knowledge: Knowledge;
  let shared: ReturnType<typeof createBot>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "vacancy-bot-profiles-"));
    writeImport(dir, importNotice(fixture, { reference, id: "TWO" }));
    knowledge = loadKnowledge(dir);
    shared = createBot({ knowledge, noticeId: "TWO" });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const session = () => `p-${n++}`;
  const ask = (sessionId: string, text: string) => renderText(shared.ask({ sessionId, text, now: "2031-04-01T09:00:00Z" }));

  it("answers for the profile named by its label or by its title", () => {
    expect(ask(session(), "What contract is offered for profile 2?")).toMatch(/2 years/);
    expect(ask(session(), "What contract is offered for the finance officer post?")).toMatch(/2 years/);
    expect(ask(session(), "What contract is offered for the data engineer post?")).toMatch(/5 years/);
  });

  it("keeps the named profile for a follow-up", () => {
    const bot = shared;
    const id = session();
    bot.ask({ sessionId: id, text: "What is the grade of profile 2?", now: "2031-04-01T09:00:00Z" });
    expect(renderText(bot.ask({ sessionId: id, text: "What kind of contract is it?", now: "2031-04-01T09:00:00Z" }))).toMatch(/2 years/);
  });

  it("answers a question on several profiles with what the notice says of them as a whole", () => {
    expect(ask(session(), "Can I apply for both profile 1 and profile 2?")).toMatch(/only the last application/);
  });

  it("answers an unnamed question for each profile when their answers differ", () => {
    const text = ask(session(), "What kind of contract is offered?");
    expect(text).toMatch(/5 years/);
    expect(text).toMatch(/2 years/);
  });
});
