// What both review stores write for one record, and which rows they drop first when full.
import { createHash } from "node:crypto";
import type { Gap } from "../answer.js";
import { maskPersonal } from "./mask.js";

/** A row's cost beyond its text: ids, keys, times and the indexes. */
export const ROW_OVERHEAD = 160;

export type Recorded = { kind: "gap" | "passage" | "feedback"; noticeId: string; question: string; intent: string; gap?: Gap; answer?: string; helpful?: boolean; language?: string; at: Date };

// Case, spacing and end punctuation folded, so "Age limit?" and "age  limit" are one row. No regex over the
// end: a trim of a run of punctuation by pattern would rescan the run from every position in it.
export function keyOf(s: string): string {
  const spaced = s.toLowerCase().replace(/\s+/g, " ");
  let end = spaced.length;
  while (end > 0 && "?!. ".includes(spaced[end - 1]!)) end--;
  return spaced.slice(0, end).trim();
}
/**
 * Eviction by value (issue 22): off-topic rows go first, then rows of a client holding more than its share of the
 * review, then the least recently asked. So a flood of junk from one client never pushes a real question out.
 */
export const EVICTION_ORDER = (shareParam: string) => `
  ORDER BY (CASE WHEN gap = 'off_topic' THEN 0
                 WHEN client IS NOT NULL AND client IN (SELECT client FROM review_rows WHERE client IS NOT NULL GROUP BY client HAVING COUNT(*) > ${shareParam}) THEN 1
                 ELSE 2 END), at ASC, id ASC`;

/** Prepares a record as both stores write it: masked, keyed for "the same question again", sized. */
export function prepareRecord(entry: Recorded & { client?: string }, notNames: ReadonlySet<string>, extra: { keep?: ReadonlySet<string>; context?: string | null } = {}) {
  const question = maskPersonal(entry.question.trim(), { notNames });
  // The notice's own addresses, which the bot quotes, stay as they are; a visitor's are masked.
  const answer = entry.answer === undefined ? null : maskPersonal(entry.answer, { names: false, ...(extra.keep ? { keep: extra.keep } : {}) });
  const context = extra.context ?? null;
  const gap = entry.gap ?? null;
  const helpful = entry.helpful === undefined ? null : entry.helpful;
  const dedupe = createHash("sha256")
    .update(JSON.stringify([entry.kind, entry.noticeId, keyOf(question), entry.intent, gap, helpful === null ? null : Number(helpful), answer === null ? null : keyOf(answer)]))
    .digest("base64url");
  const bytes = Buffer.byteLength(question) + (answer ? Buffer.byteLength(answer) : 0) + (context ? Buffer.byteLength(context) : 0) + ROW_OVERHEAD;
  const language = entry.language && /^[a-z]{2,3}$/.test(entry.language) ? entry.language : null;
  // A digest: the review never holds a user's or a conversation's id.
  const client = entry.client ? createHash("sha256").update(entry.client).digest("base64url").slice(0, 16) : null;
  return { kind: entry.kind, noticeId: entry.noticeId, question, intent: entry.intent, gap, answer, helpful, dedupe, bytes, at: entry.at.getTime(), language, client, context };
}

