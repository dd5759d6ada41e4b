// Ids and keys that come from outside (Teams activities, Slack payloads, cookies, addresses), bounded in bytes
// before anything keeps them: a store, a limiter or a set keyed on a raw 1 MB id grows without bound.
// Small pure functions, so a Redis-backed store can key the same way.
import { createHash } from "node:crypto";

/**
 * Largest id accepted from a platform, in UTF-8 bytes. Teams' longest ids (a channel thread's conversation id,
 * "19:…@thread.tacv2;messageid=…", or a personal chat's "a:1…") are a few hundred bytes; Slack's are under 32.
 */
export const MAX_ID_BYTES = 512;

/** Largest key kept in a store or a limiter, in UTF-8 bytes; a longer one is replaced by its digest. */
export const MAX_KEY_BYTES = 160;

// No control characters, line breaks or unpaired surrogates: an id is printed in logs and used in URLs.
const ID_SHAPE = /^[^\p{Cc}\p{Cs}\p{Zl}\p{Zp}]+$/u;

/**
 * True for an id of the right shape: a non-empty string of at most `maxBytes` UTF-8 bytes, no control characters.
 *
 * @example
 * isBoundedId("29:1abc") // → true
 * isBoundedId("x".repeat(1_000_000)) // → false
 * isBoundedId("a\nb") // → false
 */
export function isBoundedId(value: unknown, maxBytes = MAX_ID_BYTES): value is string {
  // A UTF-8 byte is at most one UTF-16 unit, so a longer string is too long before it is measured.
  return typeof value === "string" && value.length > 0 && value.length <= maxBytes && Buffer.byteLength(value, "utf8") <= maxBytes && ID_SHAPE.test(value);
}

/**
 * A copy of a string that shares no memory with it. `slice`, `trim` and template literals may return a view of
 * the original: keeping 30 characters of a 1 MB string keeps the whole megabyte alive in V8.
 */
export function ownCopy(value: string): string {
  return Buffer.from(value, "utf8").toString("utf8");
}

/**
 * A key for a store or a limiter from its parts: the parts joined with ":", copied; longer than MAX_KEY_BYTES,
 * a SHA-256 digest of them ("#" and 43 characters). Whatever the parts, the key is small and keeps nothing alive.
 *
 * @example
 * keyOf("teams", "a:chat-1", "29:ana") // → "teams:a:chat-1:29:ana"
 * keyOf("teams", "x".repeat(5000)).length // → 44
 */
export function keyOf(...parts: string[]): string {
  const joined = parts.join(":");
  if (Buffer.byteLength(joined, "utf8") <= MAX_KEY_BYTES) return ownCopy(joined);
  return `#${createHash("sha256").update(joined, "utf8").digest("base64url")}`;
}

/**
 * At most `maxChars` UTF-16 units of a text, always as a copy (a trimmed or cut text may be a view of a much
 * longer one), without splitting a surrogate pair.
 */
export function boundedText(text: string, maxChars: number): string {
  let end = Math.min(text.length, maxChars);
  const last = text.charCodeAt(end - 1);
  if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return ownCopy(end < text.length ? text.slice(0, end) : text);
}
