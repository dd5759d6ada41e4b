// HR's golden questions: those made from the review, edited or deleted on the HR pages. They live in the review's
// database (the same file, so every instance of the server sees the same ones), beside the shipped golden file in
// knowledge/<ID>/golden.jsonl, which the server never writes. An HR entry with the id of a shipped question
// replaces it; a deleted entry hides it. Each entry keeps its history: who, when, what, and from which review row.
import Database from "better-sqlite3";
import { goldenCaseSchema, type GoldenCase } from "../audit/golden.js";
import { ConfigError } from "../errors.js";

/** One change to a golden question. */
export type GoldenChange = {
  at: Date;
  /** Who made it, as HR gave their name on the page (the HR token is shared); "HR" when none was given. */
  by: string;
  action: "created" | "edited" | "deleted";
  /** The review row the question was made from. */
  reviewRow?: number;
};

/** A golden question as HR left it: the case, or null once deleted, and its history, oldest first. */
export type GoldenEntry = { noticeId: string; id: string; case: GoldenCase | null; history: GoldenChange[] };

/**
 * HR's golden questions, wherever they are kept: the review's SQLite file (createSqliteGolden) or, with several
 * instances, PostgreSQL (createPgGolden). Asynchronous, so both keep one contract.
 */
export type GoldenStore = {
  /** "SQLite" or "PostgreSQL", for the start-up line. */
  kind: string;
  /** Every entry HR made for a notice, deleted ones included (they hide a shipped question). */
  list(noticeId: string): Promise<GoldenEntry[]>;
  get(noticeId: string, id: string): Promise<GoldenEntry | undefined>;
  /** Saves a question (new or edited); the case is validated first. */
  put(noticeId: string, golden: GoldenCase, change: { by: string; at: Date; reviewRow?: number }): Promise<GoldenEntry>;
  /** Marks a question deleted; a shipped one with the id is hidden from the audit from then on. */
  remove(noticeId: string, id: string, change: { by: string; at: Date }): Promise<GoldenEntry>;
  close(): Promise<void>;
};

/** Who made a change, as written in the history: the name given, bounded; "HR" when none was given. */
export const changedBy = (name: string): string => name.trim().slice(0, 80) || "HR";

/** A history as stored (JSON, times as ISO strings) read back. */
export const historyOf = (stored: (Omit<GoldenChange, "at"> & { at: string })[]): GoldenChange[] => stored.map((h) => ({ ...h, at: new Date(h.at) }));

const SCHEMA = `
CREATE TABLE IF NOT EXISTS golden_cases (
  notice_id TEXT NOT NULL,
  id TEXT NOT NULL,
  body TEXT,
  history TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (notice_id, id)
);
`;

type Row = { notice_id: string; id: string; body: string | null; history: string };

const toEntry = (r: Row): GoldenEntry => ({
  noticeId: r.notice_id,
  id: r.id,
  case: r.body === null ? null : goldenCaseSchema.parse(JSON.parse(r.body)),
  history: historyOf(JSON.parse(r.history) as (Omit<GoldenChange, "at"> & { at: string })[]),
});

/**
 * Opens HR's golden questions in a SQLite file (the review's own, REVIEW_DB). A file that cannot be opened is a ConfigError.
 *
 * @example
 * const golden = createSqliteGolden({ file: ":memory:" });
 * await golden.put("N", { id: "q1", turns: ["Age limit?"], expect: { cited: true } }, { by: "Ana", at: new Date(0) });
 * (await golden.list("N")).map((e) => [e.id, e.history[0]!.action]) // → [["q1", "created"]]
 */
export function createSqliteGolden(options: { file: string }): GoldenStore {
  let db: Database.Database;
  try {
    db = new Database(options.file, { timeout: 1000 });
    db.pragma("journal_mode = WAL");
    db.exec(SCHEMA);
  } catch (e) {
    throw new ConfigError(`golden: cannot open the database ${options.file}: ${(e as Error).message}`);
  }
  const one = db.prepare("SELECT * FROM golden_cases WHERE notice_id = ? AND id = ?");
  const write = db.prepare(
    `INSERT INTO golden_cases (notice_id, id, body, history, at) VALUES (@noticeId, @id, @body, @history, @at)
     ON CONFLICT (notice_id, id) DO UPDATE SET body = excluded.body, history = excluded.history, at = excluded.at`,
  );
  const get = (noticeId: string, id: string) => {
    const row = one.get(noticeId, id) as Row | undefined;
    return row && toEntry(row);
  };
  const save = db.transaction((noticeId: string, id: string, body: GoldenCase | null, change: GoldenChange) => {
    const before = get(noticeId, id);
    const history = [...(before?.history ?? []), change].map((h) => ({ ...h, at: h.at.toISOString() }));
    write.run({ noticeId, id, body: body === null ? null : JSON.stringify(body), history: JSON.stringify(history), at: change.at.getTime() });
    return get(noticeId, id)!;
  });
  const all = db.prepare("SELECT * FROM golden_cases WHERE notice_id = ? ORDER BY at ASC, id ASC");
  return {
    kind: "SQLite",
    list: async (noticeId) => (all.all(noticeId) as Row[]).map(toEntry),
    get: async (noticeId, id) => get(noticeId, id),
    async put(noticeId, golden, change) {
      const parsed = goldenCaseSchema.parse(golden);
      const action = get(noticeId, parsed.id)?.case ? "edited" : "created";
      return save(noticeId, parsed.id, parsed, { at: change.at, by: changedBy(change.by), action, ...(change.reviewRow !== undefined ? { reviewRow: change.reviewRow } : {}) });
    },
    remove: async (noticeId, id, change) => save(noticeId, id, null, { at: change.at, by: changedBy(change.by), action: "deleted" }),
    async close() {
      if (db.open) db.close();
    },
  };
}

/** The golden questions the audit runs: the shipped ones with HR's entries applied (replaced, added, deleted). */
export function mergeGolden(shipped: GoldenCase[], entries: GoldenEntry[]): { case: GoldenCase; source: "file" | "hr"; entry?: GoldenEntry }[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out: { case: GoldenCase; source: "file" | "hr"; entry?: GoldenEntry }[] = [];
  for (const c of shipped) {
    const e = byId.get(c.id);
    if (!e) out.push({ case: c, source: "file" });
    else if (e.case) out.push({ case: e.case, source: "hr", entry: e });
  }
  const shippedIds = new Set(shipped.map((c) => c.id));
  for (const e of entries) if (e.case && !shippedIds.has(e.id)) out.push({ case: e.case, source: "hr", entry: e });
  return out;
}
