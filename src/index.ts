// The public surface of the core. Adapters import from here and nowhere else under src/.
import { loadKnowledge as loadKnowledgeFolder, type Knowledge } from "./knowledge/load.js";
import { readNoticeFacts } from "./import/read-facts.js";
export type { Answer, Citation, Criterion, CriterionStatus, DeadlineInfo, EligibilityForm, FormChoice, FormField, FormSpec, FormValues, Gap, Verdict } from "./answer.js";
export { renderText } from "./answer.js";
export { KnowledgeError, ConfigError } from "./errors.js";
export { defaultKnowledgeDir, type Knowledge, type Notice } from "./knowledge/load.js";

export type { Section } from "./knowledge/sections.js";
export { createMemorySessionStore, sessionPortOf, type Session, type SessionStore, type SessionPort } from "./conversation/session.js";
export { createMemorySaidStore, saidPortOf, type SaidAnswer, type SaidStore, type SaidPort, type MemorySaidStoreOptions } from "./conversation/said.js";
export { createConversations, type ChannelBot, type Staging } from "./conversation/shared.js";
export type { EngineFault } from "./engine/engine.js";
export { createBot, selectNotice, type Bot, type BotOptions, type AskInput, type FormOptions, type NoticeSummary, type Countdown, type ReviewSink, type ReviewContext, reviewContext, type KeyFact } from "./conversation/bot.js";
export { MAX_QUESTION_LENGTH } from "./text/normalize.js";
export { whenDetectorReady, type DetectorOptions } from "./i18n/detect.js";
export { defaultCacheDir } from "./knowledge/cache.js";
export type { Catalogue, MessageParams } from "./i18n/catalogue.js";
export { auditNotice, parseGolden, goldenCaseSchema, readGolden, goldenFileOf, renderAuditReport, type AuditReport, type CaseResult, type GoldenCase } from "./audit/index.js";
export { createSqliteReview, createPgReview, type PgReviewStore, type SqliteReviewStore, maskPersonal, referenceWords, DEFAULT_MAX_ROWS, DEFAULT_MAX_BYTES, MAX_MASKED_LENGTH, type ReviewEntry, type ReviewKind, type ReviewLog, type ReviewStore, type ReviewTally } from "./review/index.js";
export { createSqliteGolden, createPgGolden, mergeGolden, type GoldenChange, type GoldenEntry, type GoldenStore } from "./review/index.js";

/**
 * Loads a knowledge folder (default: the project's): its notices, reference data, lexicons and labels. A notice
 * dropped in without a facts.json is read from its own words, as `vacancy-bot import` reads it.
 *
 * @example
 * const k = loadKnowledge("knowledge");
 * [...k.notices.keys()] // → ["DIGIT-COM-2025-1194"]
 */
export function loadKnowledge(dir?: string): Knowledge {
  return loadKnowledgeFolder(dir, { readFacts: readNoticeFacts });
}
