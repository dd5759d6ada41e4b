// The web chat for visitors without Slack or Teams: a static page and a small JSON API over the Bot.
// Each visitor gets a random session id in an HttpOnly cookie, so multi-turn checks work without a login.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { Answer, Bot } from "../../src/index.js";
import { SLOW_DOWN, type Limits, type RateLimiter } from "../server/rate-limit.js";
import { addCookie, HttpError, isHttps, PAGE_CSP, readJson, sendJson, serializeCookie, type RequestContext, type Route } from "../server/http.js";

export type WebChatOptions = {
  bot: Bot;
  /** The clock answers are computed at; default the real one. Tests pin it. */
  clock?: () => Date;
  /** Answers kept for a later "Helpful / Not helpful" click; the oldest go first. Default 20,000. */
  maxRemembered?: number;
  /** Largest request body, in bytes. Default 8 KiB. */
  bodyLimit?: number;
  /** Per conversation (cookie) and per client address; default none. */
  limits?: Limits;
};

const SESSION_COOKIE = "vb_session";
const SESSION_ID = /^[A-Za-z0-9_-]{22,64}$/;

/** The static files, served from the source folder whether the server runs compiled or not. */
export const publicDir = resolve(dirname(fileURLToPath(import.meta.url)), ...(import.meta.url.includes("/dist/") ? ["..", "..", "..", "adapters", "web"] : []), "public");

const STATIC: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/assets/chat.js": { file: "chat.js", type: "text/javascript; charset=utf-8" },
  "/assets/chat.css": { file: "chat.css", type: "text/css; charset=utf-8" },
};

const askBody = z.strictObject({
  text: z.string(),
  /** The browser's IANA zone; the bot ignores one it does not know. */
  zone: z.string().max(64).optional(),
});
const feedbackBody = z.strictObject({ id: z.string().max(64), helpful: z.boolean() });

type Remembered = { sessionId: string; question: string; answer: Answer };

/** A 429 with the polite "slow down" line the page shows, and Retry-After in seconds. */
function limit(limiter: RateLimiter | undefined, key: string): void {
  const decision = limiter?.take(key);
  if (decision && !decision.ok) throw new HttpError(429, SLOW_DOWN, { "retry-after": String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))) });
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new HttpError(400, `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`);
  }
  return result.data;
}

/** Creates the web chat's routes: the page, its assets, and /api/chat/*. */
export function createWebChat(options: WebChatOptions): { routes: Route[] } {
  const { bot } = options;
  const clock = options.clock ?? (() => new Date());
  const maxRemembered = options.maxRemembered ?? 10_000;
  const bodyLimit = options.bodyLimit ?? 8 * 1024;
  // Read once: the files are small and fixed, and no request path ever reaches the file system.
  const files = Object.fromEntries(Object.entries(STATIC).map(([path, f]) => [path, { body: readFileSync(join(publicDir, f.file)), type: f.type }]));
  const remembered = new Map<string, Remembered>();

  const session = (req: IncomingMessage, res: ServerResponse, ctx: RequestContext): string => {
    const current = ctx.cookies[SESSION_COOKIE];
    if (current && SESSION_ID.test(current)) return current;
    const id = randomBytes(18).toString("base64url");
    addCookie(res, serializeCookie(SESSION_COOKIE, id, { sameSite: "Strict", secure: isHttps(req) }));
    return id;
  };
  const sessionKey = (id: string) => `web:${id}`;

  const remember = (entry: Remembered): string => {
    const id = randomBytes(12).toString("base64url");
    // Feedback needs the question and what was said, not the citations and suggestions: kept small.
    const { intent, parts, noticeId } = entry.answer;
    remembered.set(id, { ...entry, answer: { intent, parts, noticeId, citations: [], followUps: [] } });
    while (remembered.size > maxRemembered) remembered.delete(remembered.keys().next().value!);
    return id;
  };

  const staticRoute = (path: string): Route => ({
    method: "GET",
    path,
    handle(req, res, ctx) {
      const f = files[path]!;
      if (path === "/") session(req, res, ctx);
      res.writeHead(200, {
        "content-type": f.type,
        "content-length": f.body.length,
        "cache-control": path === "/" ? "no-store" : "public, max-age=300",
        ...(path === "/" ? { "content-security-policy": PAGE_CSP } : {}),
      });
      res.end(f.body);
    },
  });

  return {
    routes: [
      ...Object.keys(STATIC).map(staticRoute),
      {
        method: "GET",
        path: "/api/chat/notice",
        handle(_req, res, ctx) {
          limit(options.limits?.address, ctx.address);
          const now = clock();
          const zone = ctx.url.searchParams.get("zone") ?? undefined;
          const summary = bot.summary();
          // A throw-away conversation gives the greeting and its suggestions, as the engine words them.
          const welcomeId = `web-welcome:${randomBytes(6).toString("hex")}`;
          const welcome = bot.ask({ sessionId: welcomeId, text: "hello", now, zone });
          bot.reset(welcomeId);
          sendJson(res, 200, {
            noticeId: bot.noticeId,
            title: summary.title,
            reference: summary.reference,
            deadline: summary.deadline,
            countdown: bot.countdown(now, zone),
            // The browser counts down from the server's clock, not its own, which may be off.
            now: now.toISOString(),
            welcome,
          });
        },
      },
      {
        method: "POST",
        path: "/api/chat/ask",
        async handle(req, res, ctx) {
          limit(options.limits?.address, ctx.address);
          const body = parse(askBody, await readJson(req, bodyLimit));
          const sessionId = session(req, res, ctx);
          limit(options.limits?.user, sessionKey(sessionId));
          const answer = bot.ask({ sessionId: sessionKey(sessionId), text: body.text, now: clock(), zone: body.zone });
          sendJson(res, 200, { id: remember({ sessionId, question: body.text, answer }), answer });
        },
      },
      {
        method: "POST",
        path: "/api/chat/feedback",
        async handle(req, res, ctx) {
          limit(options.limits?.address, ctx.address);
          const body = parse(feedbackBody, await readJson(req, bodyLimit));
          const entry = remembered.get(body.id);
          // Only the visitor who got an answer can rate it, and only once.
          if (!entry || entry.sessionId !== ctx.cookies[SESSION_COOKIE]) throw new HttpError(404, "no such answer (it may have expired)");
          remembered.delete(body.id);
          bot.feedback({ question: entry.question, answer: entry.answer, helpful: body.helpful, at: clock() });
          sendJson(res, 200, { ok: true });
        },
      },
      {
        method: "POST",
        path: "/api/chat/reset",
        async handle(req, res, ctx) {
          limit(options.limits?.address, ctx.address);
          await readJson(req, bodyLimit);
          const current = ctx.cookies[SESSION_COOKIE];
          if (current && SESSION_ID.test(current)) bot.reset(sessionKey(current));
          sendJson(res, 200, { ok: true });
        },
      },
    ],
  };
}
