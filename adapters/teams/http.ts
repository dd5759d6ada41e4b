// node:http as the request/response pair botbuilder's CloudAdapter expects (it was written for express and
// restify): a parsed JSON body, and a response with status/header/send/end.
import type { IncomingMessage, ServerResponse } from "node:http";

/** Largest activity accepted; Bot Framework activities are a few KB, cards and attachments stay well below this. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type ShimRequest = { method?: string; headers: IncomingMessage["headers"]; body?: Record<string, unknown> };

export type ShimResponse = {
  socket: unknown;
  status(code: number): ShimResponse;
  header(name: string, value: unknown): ShimResponse;
  send(body?: unknown): ShimResponse;
  end(): ShimResponse;
};

export type BodyResult = { ok: true; body: Record<string, unknown> } | { ok: false; status: 400 | 413 | 415; message: string };

/** Reads a request's JSON object body, at most `limit` bytes. */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const type = String(req.headers["content-type"] ?? "");
  if (!/^application\/(?:[\w.+-]{1,100}\+)?json\b/i.test(type)) return { ok: false, status: 415, message: "expected a JSON body" };
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return { ok: false, status: 413, message: `body over ${limit} bytes` };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      return { ok: false, status: 413, message: `body over ${limit} bytes` };
    }
    chunks.push(chunk);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    if (typeof body !== "object" || body === null || Array.isArray(body)) return { ok: false, status: 400, message: "expected a JSON object" };
    return { ok: true, body: body as Record<string, unknown> };
  } catch {
    return { ok: false, status: 400, message: "body is not valid JSON" };
  }
}

/** Wraps a ServerResponse in the small express-like surface botbuilder calls. */
export function responseShim(res: ServerResponse): ShimResponse {
  const shim: ShimResponse = {
    socket: res.socket,
    status(code) {
      if (!res.headersSent) res.statusCode = code;
      return shim;
    },
    header(name, value) {
      if (!res.headersSent) res.setHeader(name, String(value));
      return shim;
    },
    send(body) {
      if (res.writableEnded || body === undefined || body === null) return shim;
      if (typeof body === "string" || Buffer.isBuffer(body)) {
        if (!res.headersSent && !res.hasHeader("content-type")) res.setHeader("content-type", "text/plain; charset=utf-8");
        res.write(body);
      } else {
        if (!res.headersSent && !res.hasHeader("content-type")) res.setHeader("content-type", "application/json; charset=utf-8");
        res.write(JSON.stringify(body));
      }
      return shim;
    },
    end() {
      if (!res.writableEnded) res.end();
      return shim;
    },
  };
  return shim;
}

/** Answers a request with a status and a short plain-text reason. */
export function reply(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (res.writableEnded) return;
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  res.end(message);
}

/** The body of every refused Bot Framework token: fixed, so nothing of the library or the keys leaks. */
export const AUTH_REFUSED = "unauthorized";
/** The body when the keys to check a token cannot be fetched: the request may be fine, try later. */
export const AUTH_UNAVAILABLE = "cannot verify the request right now; try again later";

// A failure to reach the key service, as fetch and Node's sockets report it.
const UNREACHABLE = /fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|socket hang up|network/i;

/**
 * How a failed authentication is answered: 503 when the signing keys or the OpenID metadata cannot be fetched
 * (botbuilder says so with a 5xx status code, or the fetch itself fails), 401 for everything else.
 */
export function authFailure(error: unknown): { status: 401 | 503; body: string } {
  const e = (error ?? {}) as { statusCode?: unknown; message?: string; cause?: { code?: string; message?: string } };
  // botframework-connector's AuthenticationError carries a status code (IStatusCodeError).
  const keysUnavailable =
    typeof e.statusCode === "number"
      ? e.statusCode >= 500
      : UNREACHABLE.test(e.message ?? "") || UNREACHABLE.test(e.cause?.code ?? "") || UNREACHABLE.test(e.cause?.message ?? "");
  return keysUnavailable ? { status: 503, body: AUTH_UNAVAILABLE } : { status: 401, body: AUTH_REFUSED };
}
