// Small HTTP helpers shared by the server's routes: bounded bodies, JSON, cookies, security headers.
// Each failure a client can cause is an HttpError with its status; the server turns it into a response.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";

/** A failure the client caused, answered with its status and a short message; never logged as an error. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** What every handler gets besides the request and response. */
export type RequestContext = {
  /** A random id for this request, also sent back as x-request-id and logged. */
  id: string;
  url: URL;
  cookies: Record<string, string>;
  /** The client's address: the socket's, or behind a trusted proxy the last one X-Forwarded-For names. */
  address: string;
  /** True on a TLS socket, or behind a trusted proxy that says the client came over HTTPS. */
  https: boolean;
  log: Logger;
};

export type Handler = (req: IncomingMessage, res: ServerResponse, ctx: RequestContext) => void | Promise<void>;

export type Route = {
  method: "GET" | "POST";
  /** The path; with `prefix`, every path under it ("/hr" matches "/hr" and "/hr/…"). */
  path: string;
  prefix?: boolean;
  handle: Handler;
};

/** Default largest request body, in bytes. */
export const DEFAULT_BODY_LIMIT = 16 * 1024;

/** Reads a request body up to `limit` bytes; larger is a 413, before or while it arrives. */
export async function readBody(req: IncomingMessage, limit = DEFAULT_BODY_LIMIT): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  // The rest of an over-long body is not read: the connection closes after the answer.
  const tooLarge = () => new HttpError(413, `body over ${limit} bytes`, { connection: "close" });
  if (declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function mediaType(req: IncomingMessage): string {
  return String(req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * Reads a JSON body. Anything but application/json is a 415 (so a cross-site form cannot post here),
 * a body that is not JSON a 400.
 */
export async function readJson(req: IncomingMessage, limit = DEFAULT_BODY_LIMIT): Promise<unknown> {
  if (mediaType(req) !== "application/json") throw new HttpError(415, "send application/json");
  const body = await readBody(req, limit);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new HttpError(400, "the body is not JSON");
  }
}

/** Reads an application/x-www-form-urlencoded body. */
export async function readForm(req: IncomingMessage, limit = 4 * 1024): Promise<URLSearchParams> {
  if (mediaType(req) !== "application/x-www-form-urlencoded") throw new HttpError(415, "send a form");
  return new URLSearchParams(await readBody(req, limit));
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-length": Buffer.byteLength(html), ...headers });
  res.end(html);
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(303, { location, "cache-control": "no-store", "content-length": 0, ...headers });
  res.end();
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const pair of (header ?? "").split(";")) {
    const eq = pair.indexOf("=");
    if (eq < 1) continue;
    const name = pair.slice(0, eq).trim();
    const raw = pair.slice(eq + 1).trim();
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

export type CookieOptions = {
  path?: string;
  /** Seconds; 0 deletes the cookie; undefined makes a browser-session cookie. */
  maxAge?: number;
  sameSite?: "Strict" | "Lax";
  secure?: boolean;
};

/** A Set-Cookie value; always HttpOnly, SameSite Lax unless told Strict. */
export function serializeCookie(name: string, value: string, o: CookieOptions = {}): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${o.path ?? "/"}`,
    "HttpOnly",
    `SameSite=${o.sameSite ?? "Lax"}`,
    ...(o.maxAge === undefined ? [] : [`Max-Age=${o.maxAge}`]),
    ...(o.secure ? ["Secure"] : []),
  ].join("; ");
}

/** Adds a Set-Cookie to a response without losing one set earlier. */
export function addCookie(res: ServerResponse, cookie: string): void {
  const prev = res.getHeader("set-cookie");
  const list = prev === undefined ? [] : Array.isArray(prev) ? prev : [String(prev)];
  res.setHeader("set-cookie", [...list, cookie]);
}

/** True when the request reached us over HTTPS (directly or through a proxy that says so). */
export function isHttps(req: IncomingMessage): boolean {
  return Boolean((req.socket as { encrypted?: boolean }).encrypted) || String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]?.trim() === "https";
}

/** The client's address; behind a trusted proxy, the address the proxy saw (the last X-Forwarded-For entry). */
export function clientAddress(req: IncomingMessage, trustProxy = false): string {
  if (trustProxy) {
    const forwarded = String(req.headers["x-forwarded-for"] ?? "").split(",").map((a) => a.trim()).filter(Boolean).at(-1);
    if (forwarded) return forwarded;
  }
  return req.socket.remoteAddress ?? "unknown";
}

/** Headers every response carries; the page routes narrow the Content-Security-Policy further. */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
};

/** The policy of a page: its own scripts, styles and API only; no inline script. */
export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
