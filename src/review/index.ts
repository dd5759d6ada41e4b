// The review's public surface: the SQLite store behind the core's ReviewSink port, and the masking it applies.
export { createSqliteReview, type ReviewEntry, type ReviewFilter, type ReviewKind, type ReviewStore, type ReviewTally, type SqliteReviewOptions } from "./sqlite-review.js";
export { maskPersonal } from "./mask.js";
