// HR's golden questions in PostgreSQL (DATABASE_URL): with several instances sharing one database, every instance's
// audit runs the same questions. The same contract as the SQLite store (sqlite-golden.ts): an entry per notice and
// id, null once deleted, with its history; each change is one statement, so two instances saving at once both
// land in the history.
// pg is loaded when a DATABASE_URL asks for it: a server on SQLite does not pay its start-up.
import type pg from "pg";
import { goldenCaseSchema } from "../audit/golden.js";
import { ConfigError } from "../errors.js";
import { changedBy, historyOf, type GoldenChange, type GoldenEntry, type GoldenStore } from "./sqlite-golden.js";

export type PgGoldenOptions = {
  /** postgres://user:password@host:port/database (the review's DATABASE_URL). */
  url: string;
  /** Longest a query may take, in ms; default 2,000. */
  timeoutMs?: number;
};

// One advisory lock number for the schema, so instances starting together never create the table twice at once.
const SCHEMA_LOCK = 7_320_002;

// An older schema (the review store's append-only list: body required, `added_at`, no history) is migrated:
// its rows become entries "created by HR" at the time they were added.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS golden_cases (
  notice_id TEXT NOT NULL,
  id TEXT NOT NULL,
  body JSONB,
  history JSONB NOT NULL DEFAULT '[]',
  at BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (notice_id, id)
);
ALTER TABLE golden_cases ALTER COLUMN body DROP NOT NULL;
ALTER TABLE golden_cases ADD COLUMN IF NOT EXISTS history JSONB NOT NULL DEFAULT '[]';
ALTER TABLE golden_cases ADD COLUMN IF NOT EXISTS at BIGINT NOT NULL DEFAULT 0;
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'golden_cases' AND column_name = 'added_at') THEN
    UPDATE golden_cases SET at = added_at,
      history = jsonb_build_array(jsonb_build_object('at', to_char(to_timestamp(added_at / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'by', 'HR', 'action', 'created'))
      WHERE history = '[]'::jsonb;
    ALTER TABLE golden_cases DROP COLUMN added_at;
  END IF;
END $$;
`;

type Row = { notice_id: string; id: string; body: unknown; history: (Omit<GoldenChange, "at"> & { at: string })[] };

const toEntry = (r: Row): GoldenEntry => ({
  noticeId: r.notice_id,
  id: r.id,
  case: r.body === null ? null : goldenCaseSchema.parse(r.body),
  history: historyOf(r.history),
});

const stored = (change: GoldenChange) => JSON.stringify({ ...change, at: change.at.toISOString() });

/**
 * Connects and creates or migrates the table; an unreachable database is a ConfigError naming DATABASE_URL.
 *
 * @example
 * const golden = await createPgGolden({ url: "postgres://postgres@127.0.0.1:5432/postgres" });
 * await golden.put("N", { id: "q1", turns: ["Age limit?"], expect: { cited: true } }, { by: "Ana", at: new Date(0) });
 * (await golden.list("N")).map((e) => [e.id, e.history[0]!.action]) // → [["q1", "created"]]
 */
export async function createPgGolden(options: PgGoldenOptions): Promise<GoldenStore> {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const { default: client } = await import("pg");
  const pool = new client.Pool({ connectionString: options.url, max: 2, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs, statement_timeout: timeoutMs });
  // A connection lost while idle must not end the process; the next query reports it.
  pool.on("error", () => {});
  try {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [SCHEMA_LOCK]);
      await client.query(SCHEMA);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => {});
    throw new ConfigError(`DATABASE_URL cannot be used for the golden questions: ${(e as Error).message || (e as Error).name}`);
  }
  const rows = async (sql: string, values: unknown[]) => (await pool.query<Row>(sql, values)).rows;
  return {
    kind: "PostgreSQL",
    list: async (noticeId) => (await rows("SELECT * FROM golden_cases WHERE notice_id = $1 ORDER BY at ASC, id ASC", [noticeId])).map(toEntry),
    async get(noticeId, id) {
      const [row] = await rows("SELECT * FROM golden_cases WHERE notice_id = $1 AND id = $2", [noticeId, id]);
      return row && toEntry(row);
    },
    async put(noticeId, golden, change) {
      const parsed = goldenCaseSchema.parse(golden);
      // "created" or "edited" is decided by the row as the statement finds it, not as read a moment before.
      const base = { at: change.at, by: changedBy(change.by), ...(change.reviewRow !== undefined ? { reviewRow: change.reviewRow } : {}) };
      const [row] = await rows(
        `INSERT INTO golden_cases (notice_id, id, body, history, at) VALUES ($1, $2, $3::jsonb, jsonb_build_array($4::jsonb || '{"action":"created"}'::jsonb), $5)
         ON CONFLICT (notice_id, id) DO UPDATE SET body = excluded.body, at = excluded.at,
           history = golden_cases.history || jsonb_build_array($4::jsonb || jsonb_build_object('action', CASE WHEN golden_cases.body IS NULL THEN 'created' ELSE 'edited' END))
         RETURNING *`,
        [noticeId, parsed.id, JSON.stringify(parsed), JSON.stringify({ ...base, at: base.at.toISOString() }), change.at.getTime()],
      );
      return toEntry(row!);
    },
    async remove(noticeId, id, change) {
      const deleted: GoldenChange = { at: change.at, by: changedBy(change.by), action: "deleted" };
      const [row] = await rows(
        `INSERT INTO golden_cases (notice_id, id, body, history, at) VALUES ($1, $2, NULL, jsonb_build_array($3::jsonb), $4)
         ON CONFLICT (notice_id, id) DO UPDATE SET body = NULL, at = excluded.at, history = golden_cases.history || excluded.history
         RETURNING *`,
        [noticeId, id, stored(deleted), change.at.getTime()],
      );
      return toEntry(row!);
    },
    async close() {
      await pool.end().catch(() => {});
    },
  };
}
