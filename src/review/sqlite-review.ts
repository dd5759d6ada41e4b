// The HR review, stored in an embedded SQLite file: questions the notice did not answer, answers given from the
// closest passage, and answers people marked. It implements the core's ReviewSink port; nothing here identifies
// a user, questions and answers are masked before they are written, and rows older than the retention period
// are deleted. The same question asked again is one row with a count; the rows and bytes kept are capped
// (the oldest go first). Recording is best effort: a disk that is full or read-only never breaks an answer.
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Gap } from "../answer.js";
import type { ReviewContext, ReviewSink } from "../conversation/bot.js";
import { ConfigError } from "../errors.js";
import { maskPersonal } from "./mask.js";
import { prepareRecord, ROW_OVERHEAD, type Recorded as BaseRecorded } from "./record.js";

type Recorded = BaseRecorded & { context?: ReviewContext };

/** `gap`: the notice was silent, off-topic or low confidence; `passage`: answered from the closest passage; `feedback`: a click. */
export type ReviewKind = "gap" | "passage" | "feedback";

/** One row of the review as HR sees it: one question (with this answer, for feedback and passages), however often it came. */
export type ReviewEntry = {
  id: number;
  kind: ReviewKind;
  noticeId: string;
  /** The question, masked. */
  question: string;
  intent: string;
  /** For a gap: why it is worth a look. */
  gap?: Gap;
  /** The answer given, masked (feedback, passages, and gaps recorded with their answer). */
  answer?: string;
  helpful?: boolean;
  /** How many times it was recorded. */
  count: number;
  /** When first and last recorded. */
  first: Date;
  at: Date;
  /** HR marked it dealt with. */
  resolved: boolean;
  /** The language the question was asked (and answered) in, e.g. "fr", where it was recorded. */
  language?: string;
  /** The turns before the question (masked), the rule and confidence of the answer, its verdict's facts; as last recorded. */
  context?: ReviewContext;
};

/** A question asked more than once, with how often and when last. */
export type ReviewTally = { id: number; kind: ReviewKind; question: string; intent: string; gap?: Gap; answer?: string; count: number; last: Date; resolved: boolean; language?: string; context?: ReviewContext };

/** Which entries to read; every field narrows. */
export type ReviewFilter = {
  kind?: ReviewKind;
  noticeId?: string;
  /** Feedback only: true for "Helpful", false for "Not helpful". */
  helpful?: boolean;
  /** true: only resolved rows; false: only open ones; unset: both. */
  resolved?: boolean;
  /** Only questions asked in this language ("fr"). */
  language?: string;
  /** Most rows returned. Default 200 for `list`, 100 for `tally`. */
  limit?: number;
};

/** What the store reports to its owner's log; nothing in it identifies a user. */
export type ReviewLog = { warn(fields: Record<string, unknown>, message: string): void };

type Awaitable<T> = T | Promise<T>;

/** The review as every instance reads it: a store may answer at once (SQLite) or later (PostgreSQL). */
export type ReviewStore = { [K in keyof SqliteReviewStore]: Later<SqliteReviewStore[K]> };
type Later<F> = F extends (...args: infer A) => infer R ? (...args: A) => Awaitable<R> : F;

/** The embedded store: everything answers at once. */
export type SqliteReviewStore = ReviewSink & {
  /** An answer given from the closest passage (or with low confidence), with what was said. */
  recordAnswer(entry: { noticeId: string; question: string; answer: string; intent: string; gap?: Gap; at: Date; language?: string; client?: string; context?: ReviewContext }): void;
  /** The most recently recorded rows first. */
  list(filter?: ReviewFilter): ReviewEntry[];
  /** The languages questions about a notice were asked in, for HR's filter. */
  languages(noticeId: string): string[];
  /** Rows with their counts, the most frequent first. */
  tally(filter?: ReviewFilter): ReviewTally[];
  /** How many rows match. */
  count(filter?: ReviewFilter): number;
  /** How many times the matching rows were recorded (the sum of their counts). */
  total(filter?: ReviewFilter): number;
  /** One row by id. */
  get(id: number): ReviewEntry | undefined;
  /** Marks a row dealt with (or open again); false when there is no such row. */
  resolve(id: number, resolved?: boolean): boolean;
  /** Deletes what is older than the retention period; returns how many rows went. */
  purge(now?: Date): number;
  /** Rows kept now, and the bytes of the database's pages in use. */
  size(): { rows: number; bytes: number };
  readonly retentionDays: number;
  readonly maxRows: number;
  readonly maxBytes: number;
  /** Where it is kept, for the start-up line: "SQLite" (the default) or "PostgreSQL". */
  readonly kind?: string;
  close(): void;
};

export type SqliteReviewOptions = {
  /** The database file; ":memory:" for a throw-away store. Its folder is created. */
  file: string;
  /** Days an entry is kept. Default 30. */
  retentionDays?: number;
  /** Most rows kept; the least recently recorded go first. Default 20,000. */
  maxRows?: number;
  /** Most bytes the database's pages in use may take (rows, indexes and all); the least recently recorded go first. Default 32 MiB. */
  maxBytes?: number;
  /** The clock used by `purge()` without an argument and by the once-a-minute warnings; default the real one. */
  clock?: () => Date;
  /** Where the cap and write failures are reported; default nowhere. */
  log?: ReviewLog;
  /** Words never masked as a name (see `maskPersonal`): the reference data's countries, demonyms, languages. */
  notNames?: ReadonlySet<string> | (() => ReadonlySet<string>);
  /** SQLite's page limit (max_page_count), to bound the file whatever else happens; default none. */
  maxPageCount?: number;
  /** One client's rows, as a share of `maxRows`, past which its rows are the first to go. Default 0.1. */
  clientShare?: number;
  /** Addresses never masked in answers (lower case): the notice's own contacts, which the bot quotes. */
  keepAddresses?: () => ReadonlySet<string>;
};

export const DEFAULT_MAX_ROWS = 20_000;
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const WARN_EVERY_MS = 60_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS review_rows (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('gap', 'passage', 'feedback')),
  notice_id TEXT NOT NULL,
  question TEXT NOT NULL,
  intent TEXT NOT NULL,
  gap TEXT,
  answer TEXT,
  helpful INTEGER,
  dedupe TEXT NOT NULL UNIQUE,
  count INTEGER NOT NULL DEFAULT 1,
  bytes INTEGER NOT NULL,
  first_at INTEGER NOT NULL,
  at INTEGER NOT NULL,
  resolved INTEGER NOT NULL DEFAULT 0,
  language TEXT,
  context TEXT
);
CREATE INDEX IF NOT EXISTS review_rows_at ON review_rows (at);
CREATE INDEX IF NOT EXISTS review_rows_kind_at ON review_rows (kind, at);
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
  count: number;
  first_at: number;
  at: number;
  resolved: number;
  language: string | null;
  context: string | null;
};

const DAY_MS = 86_400_000;
// better-sqlite3 wants every named parameter the statement uses, and nothing it does not bind as undefined.
const params = (o: ReviewFilter) => ({
  ...(o.kind ? { kind: o.kind } : {}),
  ...(o.noticeId ? { noticeId: o.noticeId } : {}),
  ...(o.helpful === undefined ? {} : { helpful: Number(o.helpful) }),
  ...(o.resolved === undefined ? {} : { resolved: Number(o.resolved) }),
  ...(o.language ? { language: o.language } : {}),
});

const toEntry = (r: Row): ReviewEntry => ({
  id: r.id,
  kind: r.kind,
  noticeId: r.notice_id,
  question: r.question,
  intent: r.intent,
  ...(r.gap ? { gap: r.gap as Gap } : {}),
  ...(r.answer !== null ? { answer: r.answer } : {}),
  ...(r.helpful !== null ? { helpful: r.helpful === 1 } : {}),
  count: r.count,
  first: new Date(r.first_at),
  at: new Date(r.at),
  resolved: r.resolved === 1,
  ...(r.language ? { language: r.language } : {}),
  ...(r.context ? { context: JSON.parse(r.context) as ReviewContext } : {}),
});


/**
 * Opens (or creates) the review database. A file that cannot be opened or written is a ConfigError naming it.
 *
 * @example
 * const review = createSqliteReview({ file: ":memory:" });
 * review.recordGap({ noticeId: "N", question: "Age limit? mail me at a@b.eu", intent: "uncovered", gap: "not_in_notice", at: new Date() });
 * review.recordGap({ noticeId: "N", question: "age limit?  mail me at a@b.eu", intent: "uncovered", gap: "not_in_notice", at: new Date() });
 * review.list().map((e) => [e.question, e.count]) // → [["Age limit? mail me at [email]", 2]]
 */
export function createSqliteReview(options: SqliteReviewOptions): SqliteReviewStore {
  const retentionDays = options.retentionDays ?? 30;
  if (!(retentionDays > 0)) throw new ConfigError(`review: retention must be a positive number of days, not ${retentionDays}`);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(Number.isInteger(maxRows) && maxRows > 0)) throw new ConfigError(`review: the row cap must be a positive whole number, not ${maxRows}`);
  if (!(Number.isInteger(maxBytes) && maxBytes > 0)) throw new ConfigError(`review: the byte cap must be a positive whole number, not ${maxBytes}`);
  const clock = options.clock ?? (() => new Date());
  const notNames = typeof options.notNames === "function" ? options.notNames : () => (options.notNames as ReadonlySet<string> | undefined) ?? new Set<string>();
  let db: Database.Database;
  try {
    if (options.file !== ":memory:") makeFolders(dirname(options.file));
    // A short wait for a lock: recording must not hold an answer back.
    db = new Database(options.file, { timeout: 250 });
    db.pragma("journal_mode = WAL");
    if (options.maxPageCount) db.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`);
    db.exec(SCHEMA);
    // A write at start-up, so a file that opens but cannot be written (read-only, a pseudo file system) stops start-up.
    db.exec("BEGIN IMMEDIATE; COMMIT;");
    migrate(db);
  } catch (e) {
    throw new ConfigError(`review: cannot open the database ${options.file}: ${(e as Error).message}`);
  }

  const upsert = db.prepare(
    `INSERT INTO review_rows (kind, notice_id, question, intent, gap, answer, helpful, dedupe, bytes, first_at, at, language, client, context)
     VALUES (@kind, @noticeId, @question, @intent, @gap, @answer, @helpful, @dedupe, @bytes, @at, @at, @language, @client, @context)
     ON CONFLICT (dedupe) DO UPDATE SET count = count + 1, at = MAX(at, excluded.at), resolved = 0, context = COALESCE(excluded.context, context)
     RETURNING count`,
  );
  // Eviction by value (issue 22): off-topic rows first, then a client's past its share, then the least recent.
  const share = Math.max(1, Math.floor(maxRows * (options.clientShare ?? 0.1)));
  // Three indexed reads rather than one sort of every row: this runs in the answer's path once the review is full.
  const offTopic = db.prepare("SELECT id FROM review_rows WHERE gap = 'off_topic' ORDER BY at ASC, id ASC LIMIT ?");
  const heavy = db.prepare("SELECT client FROM review_rows WHERE client IS NOT NULL GROUP BY client HAVING COUNT(*) > ?");
  const ofClient = db.prepare("SELECT id FROM review_rows WHERE client = ? ORDER BY at ASC, id ASC LIMIT ?");
  const leastRecent = db.prepare("SELECT id FROM review_rows ORDER BY at ASC, id ASC LIMIT ?");
  // Which clients hold more than their share, found again at most every few seconds (a GROUP BY over the index).
  let heavyClients: { at: number; clients: string[] } = { at: Number.NEGATIVE_INFINITY, clients: [] };
  const oldest = (limit: number): { id: number }[] => {
    const picked = offTopic.all(limit) as { id: number }[];
    if (picked.length < limit) {
      if (Date.now() - heavyClients.at > 5_000) heavyClients = { at: Date.now(), clients: (heavy.all(share) as { client: string }[]).map((r) => r.client) };
      for (const client of heavyClients.clients) {
        if (picked.length >= limit) break;
        picked.push(...(ofClient.all(client, limit - picked.length) as { id: number }[]));
      }
    }
    if (picked.length < limit) {
      const taken = new Set(picked.map((r) => r.id));
      for (const r of leastRecent.all(limit) as { id: number }[]) if (picked.length < limit && !taken.has(r.id)) picked.push(r);
    }
    return picked;
  };
  const remove = db.prepare("DELETE FROM review_rows WHERE id = ?");
  const rowsNow = db.prepare("SELECT COUNT(*) AS rows FROM review_rows");
  let rows = (rowsNow.get() as { rows: number }).rows;
  const pageSize = db.pragma("page_size", { simple: true }) as number;
  // The file's pages in use: what the rows, their indexes and the schema take (free pages are reused first).
  const usedBytes = () => ((db.pragma("page_count", { simple: true }) as number) - (db.pragma("freelist_count", { simple: true }) as number)) * pageSize;
  const over = () => rows > maxRows || usedBytes() > maxBytes;
  const purgeBefore = db.prepare("DELETE FROM review_rows WHERE at < ?");

  let capLogged = false;
  let lastFailureLog = Number.NEGATIVE_INFINITY;
  let failuresSinceLog = 0;

  const dropOldest = db.transaction(() => {
    let dropped = 0;
    while (rows > 0 && over()) {
      // Over the row cap: the excess. Over the byte cap: a hundredth at a time, since a page frees only once empty.
      const batch = oldest(rows > maxRows ? Math.min(500, rows - maxRows) : Math.max(1, Math.ceil(rows / 100)));
      if (!batch.length) break;
      for (const r of batch) remove.run(r.id);
      rows -= batch.length;
      dropped += batch.length;
    }
    return dropped;
  });

  const record = (entry: Recorded & { client?: string }) => {
    try {
      const keep = options.keepAddresses?.();
      const r = prepareRecord(entry, notNames(), { ...(keep ? { keep } : {}), context: contextOf(entry.context, notNames()) });
      const { count } = upsert.get({ ...r, helpful: r.helpful === null ? null : Number(r.helpful) }) as { count: number };
      // A new row changes the size; a repeat only counts.
      if (count === 1) rows++;
      if (count === 1 && over()) {
        const dropped = dropOldest();
        if (!capLogged) {
          capLogged = true;
          options.log?.warn({ code: "review_cap_reached", maxRows, maxBytes, dropped }, "review: the review store is full; the oldest rows are dropped to make room");
        }
      }
    } catch (error) {
      // Recording a gap is best effort: the user gets the answer whatever the disk does. Said once a minute.
      failuresSinceLog++;
      const now = clock().getTime();
      if (now - lastFailureLog >= WARN_EVERY_MS) {
        options.log?.warn(
          { code: "review_write_failed", sqliteCode: (error as { code?: string }).code, error: (error as Error).message, failures: failuresSinceLog },
          "review: cannot record for HR's review (the answer was given); said at most once a minute",
        );
        lastFailureLog = now;
        failuresSinceLog = 0;
      }
    }
  };

  const where = (o: ReviewFilter) => {
    const clauses = [
      o.kind ? "kind = @kind" : "",
      o.noticeId ? "notice_id = @noticeId" : "",
      o.helpful === undefined ? "" : "helpful = @helpful",
      o.resolved === undefined ? "" : "resolved = @resolved",
      o.language ? "language = @language" : "",
    ].filter(Boolean);
    return clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
  };

  return {
    retentionDays,
    maxRows,
    maxBytes,
    recordGap: (e) => record({ kind: "gap", ...e }),
    recordAnswer: (e) => record({ ...e, kind: e.gap ? "gap" : "passage" }),
    // A "Helpful" click is a vote, kept so HR sees the ratio; the review page shows the "Not helpful" ones.
    recordFeedback: (e) => record({ kind: "feedback", ...e }),
    list(o = {}) {
      const rows = db.prepare(`SELECT * FROM review_rows ${where(o)} ORDER BY at DESC, id DESC LIMIT @limit`).all({ ...params(o), limit: o.limit ?? 200 }) as Row[];
      return rows.map(toEntry);
    },
    tally(o = {}) {
      const rows = db.prepare(`SELECT * FROM review_rows ${where(o)} ORDER BY count DESC, at DESC LIMIT @limit`).all({ ...params(o), limit: o.limit ?? 100 }) as Row[];
      return rows.map((r) => {
        const e = toEntry(r);
        return { id: e.id, kind: e.kind, question: e.question, intent: e.intent, ...(e.gap ? { gap: e.gap } : {}), ...(e.answer !== undefined ? { answer: e.answer } : {}), count: e.count, last: e.at, resolved: e.resolved, ...(e.language ? { language: e.language } : {}), ...(e.context ? { context: e.context } : {}) };
      });
    },
    languages(noticeId) {
      return (db.prepare("SELECT DISTINCT language FROM review_rows WHERE notice_id = ? AND language IS NOT NULL ORDER BY language").all(noticeId) as { language: string }[]).map((r) => r.language);
    },
    count(o = {}) {
      return (db.prepare(`SELECT COUNT(*) AS n FROM review_rows ${where(o)}`).get(params(o)) as { n: number }).n;
    },
    total(o = {}) {
      return (db.prepare(`SELECT COALESCE(SUM(count), 0) AS n FROM review_rows ${where(o)}`).get(params(o)) as { n: number }).n;
    },
    get(id) {
      const row = db.prepare("SELECT * FROM review_rows WHERE id = ?").get(id) as Row | undefined;
      return row && toEntry(row);
    },
    resolve(id, resolved = true) {
      return db.prepare("UPDATE review_rows SET resolved = ? WHERE id = ?").run(Number(resolved), id).changes === 1;
    },
    purge(now = clock()) {
      const changes = purgeBefore.run(now.getTime() - retentionDays * DAY_MS).changes;
      if (changes) rows = (rowsNow.get() as { rows: number }).rows;
      return changes;
    },
    size: () => ({ rows, bytes: usedBytes() }),
    close() {
      if (db.open) db.close();
    },
  };
}

/** The context as stored (both stores): previous turns masked like questions, the rest as given; null when there is none. */
export function contextOf(context: ReviewContext | undefined, notNames: ReadonlySet<string>): string | null {
  if (!context) return null;
  const previous = (context.previous ?? []).slice(-3).map((t) => maskPersonal(t.trim(), { notNames }));
  const criteria = (context.criteria ?? []).slice(0, 20).map((c) => ({ label: c.label, status: c.status, reason: maskPersonal(c.reason, { names: false }) }));
  const kept: ReviewContext = {
    ...(previous.length ? { previous } : {}),
    ...(context.rule ? { rule: context.rule.slice(0, 60) } : {}),
    ...(typeof context.confidence === "number" ? { confidence: context.confidence } : {}),
    ...(context.verdict ? { verdict: context.verdict.slice(0, 30) } : {}),
    ...(criteria.length ? { criteria } : {}),
  };
  return Object.keys(kept).length ? JSON.stringify(kept) : null;
}

// The missing folders, one at a time from the top: a recursive mkdir under a pseudo file system (/proc) can spin
// for ever in Node instead of failing, and the server must stop at once with one line.
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) mkdirSync(d);
}

// A file written before rows were counted holds one row per question asked: it is folded into the counted table.
function migrate(db: Database.Database): void {
  // A file from before languages were recorded gains the column; its rows have none.
  const columns = db.prepare("PRAGMA table_info(review_rows)").all() as { name: string }[];
  if (!columns.some((c) => c.name === "language")) db.exec("ALTER TABLE review_rows ADD COLUMN language TEXT");
  // A file from before clients were told apart (a digest of the conversation, for eviction by value) gains it.
  if (!columns.some((c) => c.name === "client")) db.exec("ALTER TABLE review_rows ADD COLUMN client TEXT");
  db.exec("CREATE INDEX IF NOT EXISTS review_rows_client ON review_rows (client, at)");
  db.exec("CREATE INDEX IF NOT EXISTS review_rows_gap_at ON review_rows (gap, at)");
  if (!columns.some((c) => c.name === "context")) db.exec("ALTER TABLE review_rows ADD COLUMN context TEXT");
  const old = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'review'").get();
  if (!old) return;
  db.transaction(() => {
    db.exec(`INSERT INTO review_rows (kind, notice_id, question, intent, gap, answer, helpful, dedupe, bytes, first_at, at)
      SELECT kind, notice_id, question, intent, gap, answer, helpful, 'v1:' || id, LENGTH(question) + COALESCE(LENGTH(answer), 0) + ${ROW_OVERHEAD}, at, at FROM review`);
    db.exec("DROP TABLE review");
  })();
}
