// One contract for both review stores: the embedded SQLite one and PostgreSQL (a real server started for this
// file, on a loopback port of its own). Whatever HR sees must not depend on where the review is kept.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgGolden } from "../../src/review/pg-golden.js";
import { createPgReview, type PgReviewStore } from "../../src/review/pg-review.js";
import { createSqliteGolden, type GoldenStore } from "../../src/review/sqlite-golden.js";
import { createSqliteReview, type ReviewStore } from "../../src/review/sqlite-review.js";
import { startPostgres } from "../../scripts/services.js";

type Options = { maxRows?: number; maxBytes?: number; retentionDays?: number; clock?: () => Date; keepAddresses?: () => ReadonlySet<string> };
type Maker = { name: string; open(options?: Options): Promise<ReviewStore> };

let postgres: Awaited<ReturnType<typeof startPostgres>>;
const dir = mkdtempSync(join(tmpdir(), "vacancy-contract-"));
const opened: { close(): unknown }[] = [];
let databases = 0;

beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);

afterAll(async () => {
  for (const store of opened) await store.close();
  await postgres?.remove();
  rmSync(dir, { recursive: true, force: true });
});

/** A database of its own for each store, so cases never see each other's rows. */
async function freshDatabase(): Promise<string> {
  const name = `contract_${++databases}`;
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return postgres.url.replace(/\/postgres$/, `/${name}`);
}

const makers: Maker[] = [
  {
    name: "SQLite",
    async open(options = {}) {
      const store = createSqliteReview({ file: join(dir, `review-${opened.length}.sqlite`), ...options });
      opened.push(store);
      return store;
    },
  },
  {
    name: "PostgreSQL",
    async open(options = {}) {
      const store = await createPgReview({ url: await freshDatabase(), ...options });
      opened.push(store);
      return store;
    },
  },
];

/** Waits for what a store buffers (PostgreSQL writes in the background). */
const settled = async (store: ReviewStore) => (store as Partial<PgReviewStore>).flush?.();
const at = new Date("2025-10-06T08:00:00Z");
const gap = (question: string, extra: Record<string, unknown> = {}) => ({ noticeId: "N", question, intent: "uncovered", gap: "not_in_notice" as const, at, ...extra });

describe.each(makers)("the $name review store", (maker) => {
  it("keeps the same question asked twice as one row with a count, masked", async () => {
    const review = await maker.open();
    review.recordGap(gap("Age limit? mail me at a@b.eu"));
    review.recordGap(gap("age limit?  mail me at a@b.eu"));
    await settled(review);
    const rows = await review.list();
    expect(rows.map((e) => [e.question, e.count])).toEqual([["Age limit? mail me at [email]", 2]]);
    expect(await review.total()).toBe(2);
    expect(await review.count({ kind: "gap" })).toBe(1);
  });

  it("filters by kind, rating and language, tallies the most frequent first, and lists the languages", async () => {
    const review = await maker.open();
    review.recordGap(gap("Is there an age limit?", { language: "en" }));
    review.recordGap(gap("Y a-t-il une limite d'âge ?", { language: "fr" }));
    review.recordGap(gap("Y a-t-il une limite d'âge ?", { language: "fr" }));
    review.recordFeedback({ noticeId: "N", question: "How long is the contract?", answer: "4 years.", intent: "contract", helpful: false, at });
    review.recordFeedback({ noticeId: "N", question: "When is the deadline?", answer: "20 October.", intent: "deadline", helpful: true, at });
    review.recordAnswer({ noticeId: "N", question: "What about pets?", answer: "The closest passage…", intent: "search", at });
    await settled(review);
    expect((await review.tally({ kind: "gap" })).map((t) => [t.question, t.count])).toEqual([
      ["Y a-t-il une limite d'âge ?", 2],
      ["Is there an age limit?", 1],
    ]);
    expect((await review.list({ kind: "feedback", helpful: false })).map((e) => e.question)).toEqual(["How long is the contract?"]);
    expect(await review.total({ kind: "feedback", helpful: true, noticeId: "N" })).toBe(1);
    expect((await review.list({ kind: "passage" }))[0]).toMatchObject({ answer: "The closest passage…", intent: "search" });
    expect(await review.languages("N")).toEqual(["en", "fr"]);
    expect((await review.list({ language: "fr" })).length).toBe(1);
  });

  it("resolves a row and opens it again when the question comes back", async () => {
    const review = await maker.open();
    review.recordGap(gap("Is there an age limit?"));
    await settled(review);
    const [row] = await review.list();
    expect(await review.resolve(row!.id)).toBe(true);
    expect(await review.get(row!.id)).toMatchObject({ resolved: true });
    expect(await review.count({ resolved: false })).toBe(0);
    review.recordGap(gap("Is there an age limit?"));
    await settled(review);
    expect(await review.get(row!.id)).toMatchObject({ resolved: false, count: 2 });
    expect(await review.resolve(987_654)).toBe(false);
    expect(await review.get(987_654)).toBeUndefined();
  });

  it("purges what is older than the retention period", async () => {
    const review = await maker.open({ retentionDays: 30 });
    review.recordGap(gap("Old question", { at: new Date("2025-08-01T00:00:00Z") }));
    review.recordGap(gap("New question"));
    await settled(review);
    expect(await review.purge(at)).toBe(1);
    expect((await review.list()).map((e) => e.question)).toEqual(["New question"]);
  });

  it("holds the row cap, the least recently asked going first", async () => {
    const review = await maker.open({ maxRows: 5 });
    for (let i = 0; i < 12; i++) review.recordGap(gap(`Question number ${i}`, { at: new Date(at.getTime() + i * 1000) }));
    await settled(review);
    expect((await review.size()).rows).toBe(5);
    expect((await review.list()).map((e) => e.question)).toEqual([11, 10, 9, 8, 7].map((i) => `Question number ${i}`));
  });

  it("holds the byte cap", async () => {
    const review = await maker.open({ maxBytes: 64 * 1024 });
    for (let i = 0; i < 200; i++) review.recordAnswer({ noticeId: "N", question: `Question ${i} ${"x".repeat(600)}`, answer: "y".repeat(600), intent: "search", at });
    await settled(review);
    expect((await review.size()).bytes).toBeLessThanOrEqual(64 * 1024);
    expect((await review.size()).rows).toBeGreaterThan(0);
  });

  // Issue 22, item 9: 400 questions from one client in a few seconds pushed a real candidate's question out.
  it("lets off-topic junk go before a real question when full", async () => {
    const review = await maker.open({ maxRows: 300 });
    review.recordAnswer({ noticeId: "N", question: "Can I apply with a diploma from Canada?", answer: "The notice does not say.", intent: "uncovered", gap: "not_in_notice", at, client: "candidate" });
    for (let i = 0; i < 400; i++) review.recordAnswer({ noticeId: "N", question: `what is the weather like ${i}`, answer: "I can only answer about the notice.", intent: "off_topic", gap: "off_topic", at: new Date(at.getTime() + 1000 + i), client: "flooder" });
    await settled(review);
    expect((await review.size()).rows).toBeLessThanOrEqual(300);
    expect((await review.list({ limit: 400 })).some((e) => e.question.startsWith("Can I apply with a diploma"))).toBe(true);
  });

  it("bounds one client's share: its own rows go first when the review is full", async () => {
    const review = await maker.open({ maxRows: 300 });
    review.recordAnswer({ noticeId: "N", question: "Is a master's degree enough?", answer: "The closest passage…", intent: "search", at, client: "candidate" });
    for (let i = 0; i < 400; i++) review.recordAnswer({ noticeId: "N", question: `deadline question variant ${i}`, answer: "The closest passage…", intent: "search", at: new Date(at.getTime() + 1000 + i), client: "flooder" });
    await settled(review);
    const rows = await review.list({ limit: 400 });
    expect(rows.length).toBeLessThanOrEqual(300);
    expect(rows.some((e) => e.question === "Is a master's degree enough?")).toBe(true);
  });

  it("masks addresses in answers except the notice's own", async () => {
    const review = await maker.open({ keepAddresses: () => new Set(["hr-jobs@ec.europa.eu"]) });
    review.recordAnswer({ noticeId: "N", question: "Whom do I write to?", answer: "Write to HR-Jobs@ec.europa.eu (not to someone@else.org).", intent: "search", at });
    await settled(review);
    expect((await review.list())[0]!.answer).toBe("Write to HR-Jobs@ec.europa.eu (not to [email]).");
  });

  it("keeps a question's context (previous turns masked, the rule, the verdict's facts), the latest one on a repeat", async () => {
    const review = await maker.open();
    const context = { previous: ["I'm Jane Smith, mail me at jane@x.eu", "Can Greeks apply?"], rule: "requirement", confidence: 0.81, verdict: "not_eligible", criteria: [{ label: "Citizenship", status: "not_met" as const, reason: "Norway is not an EU member state" }] };
    review.recordAnswer({ noticeId: "N", question: "and for Norwegians?", answer: "No.", intent: "eligibility", at, context: { rule: "old" } });
    review.recordAnswer({ noticeId: "N", question: "and for Norwegians?", answer: "No.", intent: "eligibility", at, context });
    review.recordAnswer({ noticeId: "N", question: "and for Norwegians?", answer: "No.", intent: "eligibility", at });
    await settled(review);
    const [row] = await review.list();
    expect(row!.count).toBe(3);
    expect(row!.context).toMatchObject({ rule: "requirement", confidence: 0.81, verdict: "not_eligible", criteria: context.criteria });
    expect(row!.context!.previous![0]).not.toContain("jane@x.eu");
    expect((await review.tally())[0]!.context?.rule).toBe("requirement");
  });
});

type GoldenMaker = { name: string; open(): Promise<GoldenStore> };
const goldenMakers: GoldenMaker[] = [
  {
    name: "SQLite",
    async open() {
      const store = createSqliteGolden({ file: join(dir, `golden-${opened.length}.sqlite`) });
      opened.push(store);
      return store;
    },
  },
  {
    name: "PostgreSQL",
    async open() {
      const store = await createPgGolden({ url: await freshDatabase() });
      opened.push(store);
      return store;
    },
  },
];

const question = (id: string, words: string[] = ["deadline"]) => ({ id, turns: ["When is the deadline?"], expect: { all: [words], cited: true } });
const t = (minute: number) => new Date(at.getTime() + minute * 60_000);

describe.each(goldenMakers)("the $name golden store", (maker) => {
  it("put() creates a question, then edits it, keeping who, when and from which review row", async () => {
    const golden = await maker.open();
    const made = await golden.put("N", question("q1"), { by: "  Ana  ", at: t(0), reviewRow: 7 });
    expect(made).toMatchObject({ noticeId: "N", id: "q1", case: question("q1") });
    const edited = await golden.put("N", question("q1", ["13:00"]), { by: "", at: t(1) });
    expect(edited.case?.expect.all).toEqual([["13:00"]]);
    expect(edited.history).toEqual([
      { at: t(0), by: "Ana", action: "created", reviewRow: 7 },
      { at: t(1), by: "HR", action: "edited" },
    ]);
    expect(await golden.get("N", "q1")).toEqual(edited);
    expect(await golden.get("N", "nope")).toBeUndefined();
  });

  it("remove() keeps the entry as deleted (it hides a shipped question) and a later put() creates it again", async () => {
    const golden = await maker.open();
    await golden.put("N", question("q1"), { by: "Ana", at: t(0) });
    const gone = await golden.remove("N", "q1", { by: "Ben", at: t(1) });
    expect(gone.case).toBeNull();
    const shipped = await golden.remove("N", "from-file", { by: "Ben", at: t(2) });
    expect(shipped).toMatchObject({ case: null, history: [{ at: t(2), by: "Ben", action: "deleted" }] });
    const back = await golden.put("N", question("q1"), { by: "Ana", at: t(3) });
    expect(back.history.map((h) => h.action)).toEqual(["created", "deleted", "created"]);
  });

  it("list() gives a notice's entries, oldest change first, deleted ones included, and no other notice's", async () => {
    const golden = await maker.open();
    await golden.put("N", question("b"), { by: "Ana", at: t(0) });
    await golden.put("N", question("a"), { by: "Ana", at: t(1) });
    await golden.put("OTHER", question("c"), { by: "Ana", at: t(2) });
    await golden.remove("N", "b", { by: "Ana", at: t(3) });
    expect((await golden.list("N")).map((e) => [e.id, e.case === null])).toEqual([
      ["a", false],
      ["b", true],
    ]);
    expect((await golden.list("OTHER")).map((e) => e.id)).toEqual(["c"]);
  });

  it("put() refuses a case the golden file would refuse", async () => {
    const golden = await maker.open();
    await expect(golden.put("N", { id: "bad", turns: [], expect: {} } as never, { by: "Ana", at: t(0) })).rejects.toThrow();
    expect(await golden.list("N")).toEqual([]);
  });
});

describe("PostgreSQL only", () => {
  it("golden questions from the older schema (append-only, no history) are kept, as created by HR", async () => {
    const url = await freshDatabase();
    const old = new pg.Client({ connectionString: url });
    await old.connect();
    await old.query("CREATE TABLE golden_cases (id TEXT NOT NULL, notice_id TEXT NOT NULL, body JSONB NOT NULL, added_at BIGINT NOT NULL, PRIMARY KEY (notice_id, id))");
    await old.query("INSERT INTO golden_cases VALUES ($1, $2, $3, $4)", ["review-1", "N", JSON.stringify(question("review-1")), at.getTime()]);
    await old.end();
    const golden = await createPgGolden({ url });
    opened.push(golden);
    expect(await golden.list("N")).toEqual([{ noticeId: "N", id: "review-1", case: question("review-1"), history: [{ at, by: "HR", action: "created" }] }]);
    expect((await golden.remove("N", "review-1", { by: "Ana", at: t(1) })).history.map((h) => h.action)).toEqual(["created", "deleted"]);
  });

  it("instances starting together create the golden table once", async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([createPgGolden({ url }), createPgGolden({ url }), createPgGolden({ url })]);
    opened.push(...stores);
    await Promise.all(stores.map((g, i) => g.put("N", question(`q${i}`), { by: "Ana", at: t(i) })));
    expect((await stores[0]!.list("N")).map((e) => e.id)).toEqual(["q0", "q1", "q2"]);
  });

  it("an unreachable database stops start-up with one line naming DATABASE_URL", async () => {
    await expect(createPgReview({ url: "postgres://postgres@127.0.0.1:1/none", timeoutMs: 500 })).rejects.toThrow(/^config: DATABASE_URL cannot be used: /);
    await expect(createPgGolden({ url: "postgres://postgres@127.0.0.1:1/none", timeoutMs: 500 })).rejects.toThrow(/^config: DATABASE_URL cannot be used for the golden questions: /);
  });
});
