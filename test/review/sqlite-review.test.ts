import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createSqliteReview, type ReviewStore } from "../../src/review/sqlite-review.js";

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

function open(options: { file?: string; retentionDays?: number; clock?: () => Date } = {}): ReviewStore {
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
    expect(Object.keys(entry!).sort()).toEqual(["at", "gap", "id", "intent", "kind", "noticeId", "question"]);
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
