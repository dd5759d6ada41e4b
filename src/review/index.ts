// The review's public surface: the SQLite store behind the core's ReviewSink port, and the masking it applies.
export {
  createSqliteReview,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ROWS,
  type ReviewEntry,
  type ReviewFilter,
  type ReviewKind,
  type ReviewLog,
  type ReviewStore,
  type ReviewTally,
  type SqliteReviewOptions,
  type SqliteReviewStore,
} from "./sqlite-review.js";
export { createPgReview, type PgReviewOptions, type PgReviewStore } from "./pg-review.js";
export { maskPersonal, MAX_MASKED_LENGTH, referenceWords, type MaskOptions } from "./mask.js";
export { createSqliteGolden, mergeGolden, type GoldenChange, type GoldenEntry, type GoldenStore } from "./sqlite-golden.js";
export { createPgGolden, type PgGoldenOptions } from "./pg-golden.js";
