// The audit's public surface: golden questions read and run through a bot, for the CLI and the HR pages.
export { auditNotice, checkAnswer, normalizeForCheck, renderAuditReport, type AuditReport, type CaseResult, type Failure } from "./audit.js";
export { GOLDEN_FILE, goldenCaseSchema, goldenFileOf, noticesWithGolden, parseGolden, readGolden, type GoldenCase } from "./golden.js";
