// The HR review, stored in an embedded SQLite file: questions the notice did not answer and answers
// people marked. It implements the core's ReviewSink port; nothing here identifies a user, questions
// and answers are masked before they are written, and rows older than the retention period are deleted.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Gap } from "../answer.js";
import type { ReviewSink } from "../conversation/bot.js";
import { ConfigError } from "../errors.js";
import { maskPersonal } from "./mask.js";

export type ReviewKind = "gap" | "feedback";

/** One row of the review as HR sees it. */
export type ReviewEntry = {
  id: number;
  kind: ReviewKind;
  noticeId: string;
  /** The question, masked. */
  question: string;
  intent: string;
  /** For a gap: why it is worth a look. */
  gap?: Gap;
  /** For feedback: the answer given, masked, and the verdict. */
  answer?: string;
  helpful?: boolean;
  at: Date;
};

/** A question asked more than once, with how often and when last. */
export type ReviewTally = { kind: ReviewKind; question: string; intent: string; gap?: Gap; count: number; last: Date };

/** Which entries to read; every field narrows. */
export type ReviewFilter = {
  kind?: ReviewKind;
  noticeId?: string;
  /** Feedback only: true for "Helpful", false for "Not helpful". */
  helpful?: boolean;
  /** Most rows returned. Default 200 for `list`, 100 for `tally`. */
  limit?: number;
};

export type ReviewStore = ReviewSink & {
  /** The newest entries first. */
  list(filter?: ReviewFilter): ReviewEntry[];
  /** Entries grouped by question (case, spacing and end punctuation folded), the most frequent first. */
  tally(filter?: ReviewFilter): ReviewTally[];
  /** How many entries match. */
  count(filter?: ReviewFilter): number;
  /** Deletes what is older than the retention period; returns how many rows went. */
  purge(now?: Date): number;
  readonly retentionDays: number;
  close(): void;
};

export type SqliteReviewOptions = {
  /** The database file; ":memory:" for a throw-away store. Its folder is created. */
  file: string;
  /** Days an entry is kept. Default 30. */
  retentionDays?: number;
  /** The clock used by `purge()` without an argument; default the real one. */
  clock?: () => Date;
};

/** Longest question or answer kept, in characters. */
const MAX_TEXT = 2000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS review (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('gap', 'feedback')),
  notice_id TEXT NOT NULL,
  question TEXT NOT NULL,
  question_key TEXT NOT NULL,
  intent TEXT NOT NULL,
  gap TEXT,
  answer TEXT,
  helpful INTEGER,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS review_at ON review (at);
CREATE INDEX IF NOT EXISTS review_kind_at ON review (kind, at);
`;

type Row = {
  id: number;
  kind: ReviewKind;
  notice_id: string;
  question: string;
  intent: string;
  gap: string | null;
  answer: string | null;
  helpful: number | null;
  at: number;
};

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);
const keyOf = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/[?!.\s]+$/, "").trim();
const DAY_MS = 86_400_000;
// better-sqlite3 wants every named parameter the statement uses, and nothing it does not bind as undefined.
const params = (o: ReviewFilter) => ({
  ...(o.kind ? { kind: o.kind } : {}),
  ...(o.noticeId ? { noticeId: o.noticeId } : {}),
  ...(o.helpful === undefined ? {} : { helpful: Number(o.helpful) }),
});

/**
 * Opens (or creates) the review database.
 *
 * @example
 * const review = createSqliteReview({ file: ":memory:" });
 * review.recordGap({ noticeId: "N", question: "Age limit? mail me at a@b.eu", intent: "uncovered", gap: "not_in_notice", at: new Date() });
 * review.list()[0].question // → "Age limit? mail me at [email]"
 */
export function createSqliteReview(options: SqliteReviewOptions): ReviewStore {
  const retentionDays = options.retentionDays ?? 30;
  if (!(retentionDays > 0)) throw new ConfigError(`review: retention must be a positive number of days, not ${retentionDays}`);
  const clock = options.clock ?? (() => new Date());
  let db: Database.Database;
  try {
    if (options.file !== ":memory:") mkdirSync(dirname(options.file), { recursive: true });
    db = new Database(options.file);
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 2000");
    db.exec(SCHEMA);
  } catch (e) {
    throw new ConfigError(`review: cannot open the database ${options.file}: ${(e as Error).message}`);
  }

  const insert = db.prepare(
    `INSERT INTO review (kind, notice_id, question, question_key, intent, gap, answer, helpful, at)
     VALUES (@kind, @noticeId, @question, @questionKey, @intent, @gap, @answer, @helpful, @at)`,
  );
  const purgeBefore = db.prepare("DELETE FROM review WHERE at < ?");

  const record = (entry: { kind: ReviewKind; noticeId: string; question: string; intent: string; gap?: Gap; answer?: string; helpful?: boolean; at: Date }) => {
    const question = clip(maskPersonal(entry.question.trim()));
    insert.run({
      kind: entry.kind,
      noticeId: entry.noticeId,
      question,
      questionKey: keyOf(question),
      intent: entry.intent,
      gap: entry.gap ?? null,
      answer: entry.answer === undefined ? null : clip(maskPersonal(entry.answer)),
      helpful: entry.helpful === undefined ? null : Number(entry.helpful),
      at: entry.at.getTime(),
    });
  };

  const where = (o: ReviewFilter) => {
    const clauses = [
      o.kind ? "kind = @kind" : "",
      o.noticeId ? "notice_id = @noticeId" : "",
      o.helpful === undefined ? "" : "helpful = @helpful",
    ].filter(Boolean);
    return clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
  };

  return {
    retentionDays,
    recordGap: (e) => record({ kind: "gap", ...e }),
    // A "Helpful" click is a vote, kept so HR sees the ratio; the review page shows the "Not helpful" ones.
    recordFeedback: (e) => record({ kind: "feedback", ...e }),
    list(o = {}) {
      const rows = db
        .prepare(`SELECT * FROM review ${where(o)} ORDER BY at DESC, id DESC LIMIT @limit`)
        .all({ ...params(o), limit: o.limit ?? 200 }) as Row[];
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        noticeId: r.notice_id,
        question: r.question,
        intent: r.intent,
        ...(r.gap ? { gap: r.gap as Gap } : {}),
        ...(r.answer !== null ? { answer: r.answer } : {}),
        ...(r.helpful !== null ? { helpful: r.helpful === 1 } : {}),
        at: new Date(r.at),
      }));
    },
    tally(o = {}) {
      const rows = db
        .prepare(
          `SELECT kind, question_key, MAX(question) AS question, intent, gap, COUNT(*) AS count, MAX(at) AS last
           FROM review ${where(o)} GROUP BY kind, question_key, intent, gap ORDER BY count DESC, last DESC LIMIT @limit`,
        )
        .all({ ...params(o), limit: o.limit ?? 100 }) as (Row & { count: number; last: number })[];
      return rows.map((r) => ({
        kind: r.kind,
        question: r.question,
        intent: r.intent,
        ...(r.gap ? { gap: r.gap as Gap } : {}),
        count: r.count,
        last: new Date(r.last),
      }));
    },
    count(o = {}) {
      return (db.prepare(`SELECT COUNT(*) AS n FROM review ${where(o)}`).get(params(o)) as { n: number }).n;
    },
    purge(now = clock()) {
      return purgeBefore.run(now.getTime() - retentionDays * DAY_MS).changes;
    },
    close() {
      if (db.open) db.close();
    },
  };
}
