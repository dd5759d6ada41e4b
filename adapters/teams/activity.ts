// What an activity must look like before botbuilder or any store sees it: its type, a conversation, an http(s)
// serviceUrl, and every id it carries bounded in bytes and free of control characters. An id out of shape is a
// 400: a 1 MB `from.id` kept as a session or rate-limit key would cost a megabyte per request, for good.
import { isBoundedId, MAX_ID_BYTES } from "../server/bounds.js";

/** Members of one conversationUpdate that are read; the rest are not (Teams adds people a few at a time). */
export const MAX_MEMBERS_READ = 50;

/** Largest `locale` and `localTimezone` read from an activity; longer ones are ignored. */
export const MAX_LOCALE_CHARS = 35;
export const MAX_ZONE_CHARS = 64;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The problem with one optional id: absent is fine, present must be in shape. */
function idProblem(where: string, value: unknown, required = false): string | undefined {
  if (value === undefined || value === null) return required ? `no ${where}` : undefined;
  return isBoundedId(value) ? undefined : `${where} is not an id of at most ${MAX_ID_BYTES} bytes`;
}

/**
 * What makes a body unusable as an activity before botbuilder sees it (it answers 500 for some of these):
 * a type, a conversation and, to answer at all, an http(s) serviceUrl; and every id it carries (the activity's,
 * the conversation's, the sender's and recipient's, the one it replies to, those of the first MAX_MEMBERS_READ
 * members added or removed) a string of at most MAX_ID_BYTES bytes without control characters.
 * Undefined when it is usable.
 *
 * @example
 * activityProblem({ type: "message", conversation: { id: "x".repeat(1_000_000) }, serviceUrl: "http://127.0.0.1:9/" })
 * // → "conversation.id is not an id of at most 512 bytes"
 */
export function activityProblem(body: Record<string, unknown>): string | undefined {
  if (typeof body.type !== "string" || !body.type || body.type.length > 64) return "no type";
  if (!isObject(body.conversation) || typeof body.conversation.id !== "string") return "no conversation id";
  for (const party of ["from", "recipient"] as const) if (body[party] !== undefined && !isObject(body[party])) return `${party} is not an object`;
  const from = body.from as Record<string, unknown> | undefined;
  const recipient = body.recipient as Record<string, unknown> | undefined;
  const problem =
    idProblem("conversation.id", body.conversation.id, true) ??
    idProblem("from.id", from?.id, body.type === "message" || body.type === "invoke") ??
    idProblem("recipient.id", recipient?.id) ??
    idProblem("id", body.id) ??
    idProblem("replyToId", body.replyToId) ??
    idProblem("channelId", body.channelId);
  if (problem) return problem;
  for (const list of ["membersAdded", "membersRemoved"] as const) {
    const members = body[list];
    if (members === undefined) continue;
    if (!Array.isArray(members)) return `${list} is not a list`;
    for (const [i, member] of members.slice(0, MAX_MEMBERS_READ).entries()) {
      if (!isObject(member)) return `${list}[${i}] is not an object`;
      const bad = idProblem(`${list}[${i}].id`, member.id, true);
      if (bad) return bad;
    }
  }
  if (typeof body.serviceUrl !== "string" || body.serviceUrl.length > 2048 || !URL.canParse(body.serviceUrl) || !/^https?:$/.test(new URL(body.serviceUrl).protocol)) return "no http(s) serviceUrl";
  return undefined;
}
