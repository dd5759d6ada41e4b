import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createSqliteReview, type SqliteReviewStore as ReviewStore, type SqliteReviewOptions } from "../../src/review/sqlite-review.js";
import Database from "better-sqlite3";

const DAY = 86_400_000;
const t0 = new Date("2025-10-06T08:00:00Z");
const daysAfter = (n: number) => new Date(t0.getTime() + n * DAY);

let stores: ReviewStore[] = [];
let dirs: string[] = [];
afterEach(() => {
  for (const s of stores) s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  stores = [];
  dirs = [];
});

function open(options: Partial<SqliteReviewOptions> = {}): ReviewStore {
  const store = createSqliteReview({ file: ":memory:", ...options });
  stores.push(store);
  return store;
}

describe("createSqliteReview", () => {
  it("records a gap with the question masked and no user identifier", () => {
    const review = open();
    review.recordGap({ noticeId: "N-1", question: "Is there an age limit? I'm 52, mail me at ann@example.com", intent: "uncovered", gap: "not_in_notice", at: t0 });
    const [entry, ...rest] = review.list();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ kind: "gap", noticeId: "N-1", question: "Is there an age limit? I'm 52, mail me at [email]", intent: "uncovered", gap: "not_in_notice", at: t0 });
    expect(Object.keys(entry!).sort()).toEqual(["at", "count", "first", "gap", "id", "intent", "kind", "noticeId", "question", "resolved"]);
  });

  it("records feedback with the answer given, masked", () => {
    const review = open();
    review.recordFeedback({ noticeId: "N-1", question: "call +32 2 123 45 67?", answer: "Write to secretariat@cert.europa.eu.", intent: "application", helpful: false, at: t0 });
    review.recordFeedback({ noticeId: "N-1", question: "deadline?", answer: "20 October.", intent: "deadline", helpful: true, at: daysAfter(1) });
    expect(review.list({ helpful: false })).toMatchObject([{ kind: "feedback", question: "call [phone]?", answer: "Write to [email].", helpful: false }]);
    expect(review.list({ kind: "feedback" }).map((e) => e.helpful)).toEqual([true, false]);
    expect([review.count(), review.count({ helpful: true }), review.count({ kind: "gap" })]).toEqual([2, 1, 0]);
  });

  it("lists the newest first and filters by kind and notice", () => {
    const review = open();
    review.recordGap({ noticeId: "A", question: "first", intent: "x", gap: "off_topic", at: t0 });
    review.recordGap({ noticeId: "B", question: "second", intent: "x", gap: "low_confidence", at: daysAfter(1) });
    review.recordFeedback({ noticeId: "A", question: "third", answer: "…", intent: "x", helpful: false, at: daysAfter(2) });
    expect(review.list().map((e) => e.question)).toEqual(["third", "second", "first"]);
    expect(review.list({ kind: "gap" }).map((e) => e.question)).toEqual(["second", "first"]);
    expect(review.list({ noticeId: "A" }).map((e) => e.question)).toEqual(["third", "first"]);
    expect(review.list({ limit: 1 }).map((e) => e.question)).toEqual(["third"]);
  });

  it("tally groups one question however it was typed, the most frequent first", () => {
    const review = open();
    for (const q of ["Is there an age limit?", "is there an  AGE limit", "Who is on the panel?", "is there an age limit!"])
      review.recordGap({ noticeId: "A", question: q, intent: "uncovered", gap: "not_in_notice", at: t0 });
    const tally = review.tally({ kind: "gap" });
    expect(tally.map((t) => t.count)).toEqual([3, 1]);
    expect(tally[0]!.question.toLowerCase()).toContain("age limit");
    expect([review.count(), review.total()]).toEqual([2, 4]);
  });

  it("the same question asked 1,000 times is one row with a count of 1,000", () => {
    const review = open();
    for (let i = 0; i < 1000; i++) review.recordGap({ noticeId: "A", question: "Is there an age limit?", intent: "uncovered", gap: "not_in_notice", at: new Date(t0.getTime() + i) });
    expect(review.list()).toMatchObject([{ count: 1000, first: t0, at: new Date(t0.getTime() + 999) }]);
    expect(review.size().rows).toBe(1);
  });

  it("caps the rows: the least recently recorded go first, and the cap is logged once", () => {
    const warnings: Record<string, unknown>[] = [];
    const review = open({ maxRows: 3, log: { warn: (fields) => warnings.push(fields) } });
    for (let i = 0; i < 10; i++) review.recordGap({ noticeId: "A", question: `question ${"x".repeat(i)}`, intent: "uncovered", gap: "not_in_notice", at: daysAfter(i) });
    expect(review.list().map((e) => e.question)).toEqual([`question ${"x".repeat(9)}`, `question ${"x".repeat(8)}`, `question ${"x".repeat(7)}`]);
    expect(warnings.map((w) => w.code)).toEqual(["review_cap_reached"]);
  });

  it("caps the bytes the database takes, rows and indexes and all", () => {
    const review = open({ maxBytes: 200_000 });
    for (let i = 0; i < 400; i++) review.recordGap({ noticeId: "A", question: `${i} ${"long question ".repeat(100)}`, intent: "uncovered", gap: "not_in_notice", at: daysAfter(i / 100) });
    expect(review.size().bytes).toBeLessThanOrEqual(200_000);
    expect(review.size().rows).toBeGreaterThan(5);
    expect(review.list()[0]!.question.startsWith("399 ")).toBe(true);
  });

  it("a full database (SQLITE_FULL) never throws into the answer, and is logged at most once a minute", () => {
    const dir = mkdtempSync(join(tmpdir(), "review-"));
    dirs.push(dir);
    let now = t0;
    const warnings: Record<string, unknown>[] = [];
    const review = open({ file: join(dir, "full.sqlite"), maxPageCount: 8, clock: () => now, log: { warn: (fields) => warnings.push(fields) } });
    const flood = () => {
      for (let i = 0; i < 300; i++) review.recordGap({ noticeId: "A", question: `q${i} ${"pad ".repeat(200)}`, intent: "uncovered", gap: "not_in_notice", at: now });
    };
    expect(flood).not.toThrow();
    expect(warnings.filter((w) => w.code === "review_write_failed")).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ sqliteCode: "SQLITE_FULL" });
    now = new Date(t0.getTime() + 61_000);
    flood();
    expect(warnings.filter((w) => w.code === "review_write_failed")).toHaveLength(2);
  });

  it("a closed or read-only database never throws into the answer", () => {
    const dir = mkdtempSync(join(tmpdir(), "review-"));
    dirs.push(dir);
    const file = join(dir, "ro.sqlite");
    createSqliteReview({ file }).close();
    const warnings: Record<string, unknown>[] = [];
    const review = open({ file, log: { warn: (fields) => warnings.push(fields) } });
    // Another process holds the write lock for longer than the store waits: the write fails as on a read-only disk.
    const other = new Database(file);
    other.exec("BEGIN EXCLUSIVE");
    expect(() => review.recordGap({ noticeId: "A", question: "q", intent: "x", gap: "off_topic", at: t0 })).not.toThrow();
    other.exec("ROLLBACK");
    other.close();
    review.close();
    expect(() => review.recordFeedback({ noticeId: "A", question: "q", answer: "a", intent: "x", helpful: false, at: t0 })).not.toThrow();
    expect(warnings.map((w) => w.code)).toEqual(["review_write_failed"]);
  });

  it.each(["/proc/vacancy-bot/review.sqlite", "/proc/review.sqlite", "/dev/null/review.sqlite"])("a database at an unusable path (%s) is a ConfigError naming it", (file) => {
    expect(() => createSqliteReview({ file })).toThrow(new RegExp(`config: review: cannot open the database ${file}`));
  });

  it("resolve(id) marks a row dealt with, and the same question asked again opens it again", () => {
    const review = open();
    review.recordGap({ noticeId: "A", question: "age limit?", intent: "uncovered", gap: "not_in_notice", at: t0 });
    const [row] = review.list();
    expect(review.resolve(row!.id)).toBe(true);
    expect(review.list({ resolved: false })).toEqual([]);
    review.recordGap({ noticeId: "A", question: "Age limit", intent: "uncovered", gap: "not_in_notice", at: daysAfter(1) });
    expect(review.list({ resolved: false })).toMatchObject([{ id: row!.id, count: 2 }]);
    expect(review.resolve(9999)).toBe(false);
  });

  it("recordAnswer keeps a passage answer with what was said, as its own kind", () => {
    const review = open();
    review.recordAnswer({ noticeId: "A", question: "Is there a gym?", answer: "The notice says: sports centre.", intent: "search", at: t0 });
    review.recordAnswer({ noticeId: "A", question: "canteen?", answer: "Closest: …", intent: "search", gap: "low_confidence", at: t0 });
    expect(review.list({ kind: "passage" })).toMatchObject([{ question: "Is there a gym?", answer: "The notice says: sports centre." }]);
    expect(review.list({ kind: "gap" })).toMatchObject([{ question: "canteen?", gap: "low_confidence", answer: "Closest: …" }]);
  });

  it("a file written before rows were counted is folded into the counted table", () => {
    const dir = mkdtempSync(join(tmpdir(), "review-"));
    dirs.push(dir);
    const file = join(dir, "old.sqlite");
    const old = new Database(file);
    old.exec(`CREATE TABLE review (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, notice_id TEXT NOT NULL, question TEXT NOT NULL, question_key TEXT NOT NULL, intent TEXT NOT NULL, gap TEXT, answer TEXT, helpful INTEGER, at INTEGER NOT NULL)`);
    old.prepare("INSERT INTO review (kind, notice_id, question, question_key, intent, gap, at) VALUES ('gap', 'A', 'old one', 'old one', 'uncovered', 'not_in_notice', ?)").run(t0.getTime());
    old.close();
    expect(open({ file }).list()).toMatchObject([{ question: "old one", count: 1, at: t0 }]);
  });

  it("purge(now) deletes entries older than the retention period and keeps the rest", () => {
    const review = open({ retentionDays: 30 });
    review.recordGap({ noticeId: "A", question: "old", intent: "x", gap: "off_topic", at: t0 });
    review.recordGap({ noticeId: "A", question: "recent", intent: "x", gap: "off_topic", at: daysAfter(20) });
    expect(review.purge(daysAfter(29))).toBe(0);
    expect(review.purge(daysAfter(31))).toBe(1);
    expect(review.list().map((e) => e.question)).toEqual(["recent"]);
    expect(review.purge(daysAfter(51))).toBe(1);
    expect(review.list()).toEqual([]);
  });

  it("purge() without a date uses the injected clock and the configured retention", () => {
    let now = t0;
    const review = open({ retentionDays: 7, clock: () => now });
    review.recordGap({ noticeId: "A", question: "q", intent: "x", gap: "off_topic", at: t0 });
    now = daysAfter(6);
    expect(review.purge()).toBe(0);
    now = daysAfter(8);
    expect(review.purge()).toBe(1);
  });

  it("keeps entries in a file across reopening, creating its folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "review-"));
    dirs.push(dir);
    const file = join(dir, "nested", "review.sqlite");
    const first = createSqliteReview({ file });
    first.recordGap({ noticeId: "A", question: "kept?", intent: "x", gap: "off_topic", at: t0 });
    first.close();
    const second = open({ file });
    expect(second.list().map((e) => e.question)).toEqual(["kept?"]);
  });

  it("rejects a retention that is not a positive number of days", () => {
    expect(() => createSqliteReview({ file: ":memory:", retentionDays: 0 })).toThrow(/config: review: retention must be a positive number of days, not 0/);
  });
});

describe("the language of a question", () => {
  it("is kept with the row, and HR can list the rows of one language", () => {
    const store = createSqliteReview({ file: ":memory:" });
    stores.push(store);
    store.recordGap({ noticeId: "N", question: "Quel âge maximum ?", intent: "uncovered", gap: "not_in_notice", at: t0, language: "fr" });
    store.recordGap({ noticeId: "N", question: "Gibt es eine Altersgrenze?", intent: "uncovered", gap: "not_in_notice", at: t0, language: "de" });
    store.recordGap({ noticeId: "N", question: "Is there an age limit?", intent: "uncovered", gap: "not_in_notice", at: t0 });
    expect(store.languages("N")).toEqual(["de", "fr"]);
    expect(store.tally({ noticeId: "N", language: "fr" }).map((r) => [r.question, r.language])).toEqual([["Quel âge maximum ?", "fr"]]);
    expect(store.list({ noticeId: "N" })).toHaveLength(3);
  });

  it("a file from before languages were recorded gains the column and keeps its rows", () => {
    const dir = mkdtempSync(join(tmpdir(), "review-lang-"));
    dirs.push(dir);
    const file = join(dir, "review.db");
    const old = new Database(file);
    old.exec(`CREATE TABLE review_rows (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, notice_id TEXT NOT NULL, question TEXT NOT NULL, intent TEXT NOT NULL, gap TEXT, answer TEXT, helpful INTEGER, dedupe TEXT NOT NULL UNIQUE, count INTEGER NOT NULL DEFAULT 1, bytes INTEGER NOT NULL, first_at INTEGER NOT NULL, at INTEGER NOT NULL, resolved INTEGER NOT NULL DEFAULT 0);
      INSERT INTO review_rows (kind, notice_id, question, intent, gap, dedupe, bytes, first_at, at) VALUES ('gap', 'N', 'old question', 'uncovered', 'not_in_notice', 'k', 10, ${t0.getTime()}, ${t0.getTime()});`);
    old.close();
    const store = createSqliteReview({ file });
    stores.push(store);
    store.recordGap({ noticeId: "N", question: "nouvelle question", intent: "uncovered", gap: "not_in_notice", at: t0, language: "fr" });
    expect(store.list({ noticeId: "N" }).map((r) => [r.question, r.language ?? null]).sort()).toEqual([["nouvelle question", "fr"], ["old question", null]]);
  });
});

describe("the review's context (one JSON column)", () => {
  it("keeps the turns before a question masked, the rule, the confidence and the verdict's facts", () => {
    const review = open();
    review.recordFeedback({
      noticeId: "N",
      question: "and for Norwegians?",
      answer: "No for citizens of Norway alone.",
      intent: "criteria",
      helpful: false,
      at: t0,
      context: { previous: ["I'm Maria, mail me at maria@example.org", "Can Greeks apply?"], rule: "requirement", confidence: 0.81, verdict: "not_eligible", criteria: [{ label: "Citizenship", status: "not_met", reason: "Norway is not an EU member state" }] },
    });
    expect(review.list()[0]!.context).toEqual({
      previous: ["I'm [name], mail me at [email]", "Can Greeks apply?"],
      rule: "requirement",
      confidence: 0.81,
      verdict: "not_eligible",
      criteria: [{ label: "Citizenship", status: "not_met", reason: "Norway is not an EU member state" }],
    });
    expect(review.tally()[0]!.context?.rule).toBe("requirement");
  });

  it("masks addresses in answers except the notice's own", () => {
    const review = open({ keepAddresses: () => new Set(["hr-jobs@ec.europa.eu"]) });
    review.recordAnswer({ noticeId: "N", question: "Whom do I write to?", answer: "Write to HR-Jobs@ec.europa.eu (not to someone@else.org).", intent: "search", at: t0 });
    expect(review.list()[0]!.answer).toBe("Write to HR-Jobs@ec.europa.eu (not to [email]).");
  });

  it("a file from before the context column gains it", () => {
    const dir = mkdtempSync(join(tmpdir(), "review-ctx-"));
    dirs.push(dir);
    const file = join(dir, "r.sqlite");
    const db = new Database(file);
    db.exec(`CREATE TABLE review_rows (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, notice_id TEXT NOT NULL, question TEXT NOT NULL, intent TEXT NOT NULL, gap TEXT, answer TEXT, helpful INTEGER, dedupe TEXT NOT NULL UNIQUE, count INTEGER NOT NULL DEFAULT 1, bytes INTEGER NOT NULL, first_at INTEGER NOT NULL, at INTEGER NOT NULL, resolved INTEGER NOT NULL DEFAULT 0, language TEXT)`);
    db.close();
    const store = open({ file });
    store.recordGap({ noticeId: "N", question: "q", intent: "uncovered", gap: "not_in_notice", at: t0, context: { rule: "uncovered" } });
    expect(store.list()[0]!.context).toEqual({ rule: "uncovered" });
  });
});
