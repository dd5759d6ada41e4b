// The HR review in PostgreSQL (DATABASE_URL), for several instances: the same rows, masking, retention, caps,
// resolve actions as the SQLite store (HR's golden questions: pg-golden.ts), so HR sees one review whichever instance serves the page.
// Recording never holds an answer: records go to a bounded buffer written in the background; while the database
// is away they wait there (what overflows is counted and logged), and are written when it returns.
// pg is loaded when a DATABASE_URL asks for it: a server on SQLite does not pay its start-up.
import type pg from "pg";
import { ConfigError } from "../errors.js";
import { EVICTION_ORDER, prepareRecord, type Recorded } from "./record.js";
import type { ReviewContext } from "../conversation/bot.js";
import { contextOf, DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, type ReviewEntry, type ReviewFilter, type ReviewLog, type ReviewStore, type ReviewTally } from "./sqlite-review.js";

export type PgReviewOptions = {
  /** postgres://user:password@host:port/database */
  url: string;
  retentionDays?: number;
  maxRows?: number;
  /** Most bytes of question and answer text (plus a row's overhead) kept. */
  maxBytes?: number;
  clock?: () => Date;
  log?: ReviewLog & { info?(fields: Record<string, unknown>, message: string): void };
  notNames?: ReadonlySet<string> | (() => ReadonlySet<string>);
  /** Records waiting while the database is away; past it they are counted and dropped. Default 10,000. */
  maxBuffered?: number;
  /** Longest a query may take, in ms; default 2,000. */
  timeoutMs?: number;
  /** One client's rows, as a share of `maxRows`, before its rows go first. Default 0.1. */
  clientShare?: number;
  /** Addresses never masked in answers (lower case): the notice's own contacts, which the bot quotes. */
  keepAddresses?: () => ReadonlySet<string>;
};

export type PgReviewStore = ReviewStore & {
  /** Writes what is buffered now (tests, shutdown). */
  flush(): Promise<void>;
  /** Records waiting, and records dropped because the buffer was full, since start. */
  buffered(): { waiting: number; dropped: number };
};

const DAY_MS = 86_400_000;
// One advisory lock number for the cap and purge, so two instances never trim at once.
const TRIM_LOCK = 7_320_001;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS review_rows (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('gap', 'passage', 'feedback')),
  notice_id TEXT NOT NULL,
  question TEXT NOT NULL,
  intent TEXT NOT NULL,
  gap TEXT,
  answer TEXT,
  helpful BOOLEAN,
  dedupe TEXT NOT NULL UNIQUE,
  count INTEGER NOT NULL DEFAULT 1,
  bytes INTEGER NOT NULL,
  first_at BIGINT NOT NULL,
  at BIGINT NOT NULL,
  resolved BOOLEAN NOT NULL DEFAULT FALSE
);
ALTER TABLE review_rows ADD COLUMN IF NOT EXISTS language TEXT;
ALTER TABLE review_rows ADD COLUMN IF NOT EXISTS client TEXT;
ALTER TABLE review_rows ADD COLUMN IF NOT EXISTS context JSONB;
CREATE INDEX IF NOT EXISTS review_rows_at ON review_rows (at);
CREATE INDEX IF NOT EXISTS review_rows_kind_at ON review_rows (kind, at);
CREATE INDEX IF NOT EXISTS review_rows_client ON review_rows (client, at);
CREATE INDEX IF NOT EXISTS review_rows_gap_at ON review_rows (gap, at);
`;

type Row = {
  id: string;
  kind: ReviewEntry["kind"];
  notice_id: string;
  question: string;
  intent: string;
  gap: string | null;
  answer: string | null;
  helpful: boolean | null;
  count: number;
  first_at: string;
  at: string;
  resolved: boolean;
  language: string | null;
  context: ReviewContext | null;
};

const toEntry = (r: Row): ReviewEntry => ({
  id: Number(r.id),
  kind: r.kind,
  noticeId: r.notice_id,
  question: r.question,
  intent: r.intent,
  ...(r.gap ? { gap: r.gap as ReviewEntry["gap"] & string } : {}),
  ...(r.answer !== null ? { answer: r.answer } : {}),
  ...(r.helpful !== null ? { helpful: r.helpful } : {}),
  count: r.count,
  first: new Date(Number(r.first_at)),
  at: new Date(Number(r.at)),
  resolved: r.resolved,
  ...(r.language ? { language: r.language } : {}),
  ...(r.context ? { context: r.context } : {}),
});

const toTally = (r: Row): ReviewTally => {
  const e = toEntry(r);
  return { id: e.id, kind: e.kind, question: e.question, intent: e.intent, ...(e.gap ? { gap: e.gap } : {}), ...(e.answer !== undefined ? { answer: e.answer } : {}), count: e.count, last: e.at, resolved: e.resolved, ...(e.language ? { language: e.language } : {}), ...(e.context ? { context: e.context } : {}) };
};

function where(o: ReviewFilter): { sql: string; values: unknown[] } {
  const clauses: string[] = [];
  const values: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    clauses.push(sql.replace("?", `$${values.length}`));
  };
  if (o.kind) add("kind = ?", o.kind);
  if (o.noticeId) add("notice_id = ?", o.noticeId);
  if (o.helpful !== undefined) add("helpful = ?", o.helpful);
  if (o.resolved !== undefined) add("resolved = ?", o.resolved);
  if (o.language) add("language = ?", o.language);
  return { sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", values };
}

/**
 * Connects, creates or migrates the schema; an unreachable database is a ConfigError naming DATABASE_URL.
 *
 * @example
 * const review = await createPgReview({ url: "postgres://postgres@127.0.0.1:5432/postgres" });
 * review.recordGap({ noticeId: "N", question: "Age limit?", intent: "uncovered", gap: "not_in_notice", at: new Date() });
 * await review.flush(); (await review.list()).length // → 1
 */
export async function createPgReview(options: PgReviewOptions): Promise<PgReviewStore> {
  const retentionDays = options.retentionDays ?? 30;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxBuffered = options.maxBuffered ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 2_000;
  const share = Math.max(1, Math.floor(maxRows * (options.clientShare ?? 0.1)));
  const clock = options.clock ?? (() => new Date());
  const notNames = typeof options.notNames === "function" ? options.notNames : () => (options.notNames as ReadonlySet<string> | undefined) ?? new Set<string>();
  const { default: client } = await import("pg");
  const pool = new client.Pool({ connectionString: options.url, max: 4, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs, statement_timeout: timeoutMs });
  // A connection lost while idle must not end the process; the next query reports it.
  pool.on("error", () => {});
  try {
    await pool.query(SCHEMA);
  } catch (e) {
    await pool.end().catch(() => {});
    throw new ConfigError(`DATABASE_URL cannot be used: ${(e as Error).message || (e as Error).name}`);
  }

  const buffer: ReturnType<typeof prepareRecord>[] = [];
  let dropped = 0;
  let flushing: Promise<void> | undefined;
  let retry: NodeJS.Timeout | undefined;
  let down = false;
  let capLogged = false;
  let closed = false;

  const trim = async (client: pg.PoolClient) => {
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock($1)", [TRIM_LOCK]);
      const { rows } = await client.query<{ rows: string; bytes: string | null }>("SELECT COUNT(*) AS rows, SUM(bytes) AS bytes FROM review_rows");
      let count = Number(rows[0]!.rows);
      let bytes = Number(rows[0]!.bytes ?? 0);
      let gone = 0;
      while (count > 0 && (count > maxRows || bytes > maxBytes)) {
        const batch = count > maxRows ? Math.min(500, count - maxRows) : Math.max(1, Math.ceil(count / 100));
        const out = await client.query<{ bytes: number }>(`DELETE FROM review_rows WHERE id IN (SELECT id FROM review_rows ${EVICTION_ORDER("$2")} LIMIT $1) RETURNING bytes`, [batch, share]);
        if (!out.rowCount) break;
        count -= out.rowCount;
        bytes -= out.rows.reduce((n, r) => n + r.bytes, 0);
        gone += out.rowCount;
      }
      await client.query("COMMIT");
      if (gone && !capLogged) {
        capLogged = true;
        options.log?.warn({ code: "review_cap_reached", maxRows, maxBytes, dropped: gone }, "review: the review store is full; the least useful rows are dropped to make room");
      }
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {});
      throw e;
    }
  };

  const writeBatch = async () => {
    const client = await pool.connect();
    try {
      let added = false;
      while (buffer.length) {
        const r = buffer[0]!;
        const out = await client.query<{ count: number }>(
          `INSERT INTO review_rows (kind, notice_id, question, intent, gap, answer, helpful, dedupe, bytes, first_at, at, language, client, context)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12, $13::jsonb)
           ON CONFLICT (dedupe) DO UPDATE SET count = review_rows.count + 1, at = GREATEST(review_rows.at, excluded.at), resolved = FALSE, context = COALESCE(excluded.context, review_rows.context)
           RETURNING count`,
          [r.kind, r.noticeId, r.question, r.intent, r.gap, r.answer, r.helpful, r.dedupe, r.bytes, r.at, r.language, r.client, r.context],
        );
        buffer.shift();
        if (out.rows[0]?.count === 1) added = true;
      }
      if (added) await trim(client);
    } finally {
      client.release();
    }
  };

  const flush = (): Promise<void> => {
    flushing ??= (async () => {
      try {
        await writeBatch();
        if (down) {
          down = false;
          options.log?.info?.({ code: "review_db_back" }, "review: the database is back; buffered records written");
        }
      } catch (error) {
        if (!down) {
          down = true;
          options.log?.warn({ code: "review_db_down", error: (error as Error).message, waiting: buffer.length }, "review: cannot write to the database; records wait in memory until it returns");
        }
        clearTimeout(retry);
        if (!closed) retry = setTimeout(() => void flush(), 1_000).unref();
      } finally {
        flushing = undefined;
      }
    })();
    return flushing;
  };

  const record = (entry: Recorded & { client?: string; context?: ReviewContext }) => {
    let prepared: ReturnType<typeof prepareRecord>;
    try {
      const keep = options.keepAddresses?.();
      prepared = prepareRecord(entry, notNames(), { ...(keep ? { keep } : {}), context: contextOf(entry.context, notNames()) });
    } catch {
      return;
    }
    if (buffer.length >= maxBuffered) {
      dropped++;
      if (dropped === 1 || dropped % 1000 === 0) options.log?.warn({ code: "review_buffer_full", dropped, maxBuffered }, "review: the buffer of records waiting for the database is full; records are counted and dropped");
      return;
    }
    buffer.push(prepared);
    if (!down) queueMicrotask(() => void flush());
  };

  const query = async <R extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => (await pool.query<R>(sql, values)).rows;

  return {
    kind: "PostgreSQL",
    retentionDays,
    maxRows,
    maxBytes,
    recordGap: (e) => record({ kind: "gap", ...e }),
    recordAnswer: (e) => record({ ...e, kind: e.gap ? "gap" : "passage" }),
    recordFeedback: (e) => record({ kind: "feedback", ...e }),
    async list(o = {}) {
      const w = where(o);
      return (await query<Row>(`SELECT * FROM review_rows ${w.sql} ORDER BY at DESC, id DESC LIMIT $${w.values.length + 1}`, [...w.values, o.limit ?? 200])).map(toEntry);
    },
    async tally(o = {}) {
      const w = where(o);
      return (await query<Row>(`SELECT * FROM review_rows ${w.sql} ORDER BY count DESC, at DESC LIMIT $${w.values.length + 1}`, [...w.values, o.limit ?? 100])).map(toTally);
    },
    async languages(noticeId) {
      return (await query<{ language: string }>("SELECT DISTINCT language FROM review_rows WHERE notice_id = $1 AND language IS NOT NULL ORDER BY language", [noticeId])).map((r) => r.language);
    },
    async count(o = {}) {
      const w = where(o);
      return Number((await query<{ n: string }>(`SELECT COUNT(*) AS n FROM review_rows ${w.sql}`, w.values))[0]!.n);
    },
    async total(o = {}) {
      const w = where(o);
      return Number((await query<{ n: string }>(`SELECT COALESCE(SUM(count), 0) AS n FROM review_rows ${w.sql}`, w.values))[0]!.n);
    },
    async get(id) {
      if (!Number.isSafeInteger(id)) return undefined;
      const [row] = await query<Row>("SELECT * FROM review_rows WHERE id = $1", [id]);
      return row && toEntry(row);
    },
    async resolve(id, resolved = true) {
      if (!Number.isSafeInteger(id)) return false;
      return (await pool.query("UPDATE review_rows SET resolved = $1 WHERE id = $2", [resolved, id])).rowCount === 1;
    },
    // Safe on every instance at once: a DELETE by age is the same whoever runs it first.
    async purge(now = clock()) {
      try {
        return (await pool.query("DELETE FROM review_rows WHERE at < $1", [now.getTime() - retentionDays * DAY_MS])).rowCount ?? 0;
      } catch {
        return 0;
      }
    },
    async size() {
      const [r] = await query<{ rows: string; bytes: string | null }>("SELECT COUNT(*) AS rows, SUM(bytes) AS bytes FROM review_rows");
      return { rows: Number(r!.rows), bytes: Number(r!.bytes ?? 0) };
    },
    flush,
    buffered: () => ({ waiting: buffer.length, dropped }),
    async close() {
      closed = true;
      clearTimeout(retry);
      await Promise.race([flush(), new Promise((r) => setTimeout(r, timeoutMs))]);
      await pool.end().catch(() => {});
    },
  };
}
