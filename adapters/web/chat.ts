// The web chat for visitors without Slack or Teams: a static page and a small JSON API over the Bot.
// Each visitor gets a random session id in an HttpOnly cookie, so multi-turn checks work without a login.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { Answer, Catalogue, ChannelBot, FormValues } from "../../src/index.js";
import { SLOW_DOWN, type Limits, type RateLimiter } from "../server/rate-limit.js";
import { addCookie, HttpError, PAGE_CSP, readJson, sendJson, serializeCookie, type RequestContext, type Route } from "../server/http.js";

export type WebChatOptions = {
  bot: ChannelBot;
  /** The clock answers are computed at; default the real one. Tests pin it. */
  clock?: () => Date;
  /** How long HR keeps what the review records, in days, as the privacy line tells visitors. Default 30. */
  retentionDays?: number;
  /** Largest request body, in bytes. Default 8 KiB. */
  bodyLimit?: number;
  /** Per conversation (cookie) and per client address; default none. */
  limits?: Limits;
  /**
   * The key session ids are signed with, so that only ids this server issued are taken. Default: random at each
   * start (sessions live in memory and end with the process anyway). Servers sharing a session store share it.
   */
  sessionSecret?: Buffer;
};

/** The session cookie's name: over HTTPS with the __Host- prefix, which a subdomain or plain HTTP cannot set. */
export const sessionCookieName = (https: boolean) => (https ? "__Host-vb_session" : "vb_session");

/**
 * Session ids only this server issues: 18 random bytes and a 16-byte HMAC of them, 46 base64url characters.
 * A planted id (any other value) is not taken: the visitor gets a fresh one, so nobody can choose another's session.
 */
export function createSessionIds(secret: Buffer = randomBytes(32)) {
  const mac = (random: string) => createHmac("sha256", secret).update(random).digest().subarray(0, 16);
  return {
    issue(): string {
      const random = randomBytes(18).toString("base64url");
      return `${random}${mac(random).toString("base64url")}`;
    },
    /** True for an id this server issued. */
    isIssued(id: string | undefined): id is string {
      if (typeof id !== "string" || !/^[A-Za-z0-9_-]{46}$/.test(id)) return false;
      // Compared as text: base64url decoding ignores the last character's spare bits, so two spellings decode alike.
      const expected = Buffer.from(mac(id.slice(0, 24)).toString("base64url"));
      return timingSafeEqual(Buffer.from(id.slice(24)), expected);
    },
  };
}

/** The static files, served from the source folder whether the server runs compiled or not. */
export const publicDir = resolve(dirname(fileURLToPath(import.meta.url)), ...(import.meta.url.includes("/dist/") ? ["..", "..", "..", "adapters", "web"] : []), "public");

const STATIC: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/assets/chat.js": { file: "chat.js", type: "text/javascript; charset=utf-8" },
  "/assets/chat.css": { file: "chat.css", type: "text/css; charset=utf-8" },
  "/favicon.ico": { file: "favicon.ico", type: "image/x-icon" },
};

/** The labels the page draws, from the bot's catalogue (knowledge/ui); `{name}` is left for the page to fill. */
const PAGE_LABELS = [
  "web.title", "web.question", "web.placeholder", "web.send", "web.new", "web.newTitle", "web.conversation", "web.typing",
  "web.closesIn", "web.closed", "web.deadline", "web.closedOn", "web.reference", "web.privacy", "web.privacyLink", "web.about",
  "web.unreachable", "web.fetchFailed", "web.more", "web.form.open", "web.form.sending", "web.days", "web.day",
  "answer.helpful", "answer.notHelpful", "answer.feedback.ask", "answer.thanks.helpful", "answer.thanks.notHelpful", "answer.feedback.failed",
  "answer.sources.from", "answer.followUps", "answer.form.open", "verdict.heading", "verdict.eligible", "verdict.not_eligible", "verdict.incomplete",
  "criterion.met", "criterion.not_met", "criterion.unknown", "form.title", "form.language", "form.level", "form.choose", "form.chooseLanguage", "form.addAnother",
] as const;

const PARAMS: Record<string, string> = { span: "{span}", when: "{when}", reference: "{reference}", heading: "{heading}", days: "{days}", row: "{row}", n: "{n}" };

/** The page's labels in one language; parameters stay as "{name}" for the page to fill in. */
export function pageLabels(ui: Catalogue, retentionDays: number): Record<string, string> {
  return Object.fromEntries(PAGE_LABELS.map((id) => [id, ui.t(id, id === "web.privacy" ? { days: retentionDays } : PARAMS)]));
}

const askBody = z.strictObject({
  text: z.string(),
  /** The browser's IANA zone; the bot ignores one it does not know. */
  zone: z.string().max(64).optional(),
  /** The browser's language (navigator.language), e.g. "fr-BE". */
  locale: z.string().max(35).optional(),
});
const feedbackBody = z.strictObject({ id: z.string().max(64), helpful: z.boolean() });
const formValue = z.union([
  z.string().max(200),
  z.array(z.string().max(200)).max(300),
  z.number(),
  z.array(z.strictObject({ language: z.string().max(100), level: z.string().max(20) })).max(20),
]);
const eligibilityBody = z.strictObject({
  values: z.record(z.string().max(100), formValue).refine((v) => Object.keys(v).length <= 50, "too many fields"),
  zone: z.string().max(64).optional(),
  locale: z.string().max(35).optional(),
});

/** The first language the browser asks for (Accept-Language), e.g. "fr-BE"; undefined when none. */
function acceptLanguage(req: IncomingMessage): string | undefined {
  const first = String(req.headers["accept-language"] ?? "").split(",")[0]?.split(";")[0]?.trim();
  return first && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(first) ? first.slice(0, 35) : undefined;
}

/** What the page gets with an answer: the Answer (its `id` names it for feedback) and its count-dependent labels. */
function answerBody(answer: Answer, ui: Catalogue) {
  return { id: answer.id, answer, labels: { sources: ui.t("answer.sources.summary", { count: answer.citations.length }) } };
}

/** A 429 with the polite "slow down" line the page shows, and Retry-After in seconds. */
async function limit(limiter: RateLimiter | undefined, key: string): Promise<void> {
  const decision = await limiter?.take(key);
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
  const retentionDays = options.retentionDays ?? 30;
  const bodyLimit = options.bodyLimit ?? 8 * 1024;
  // Read once: the files are small and fixed, and no request path ever reaches the file system.
  const files = Object.fromEntries(Object.entries(STATIC).map(([path, f]) => [path, { body: readFileSync(join(publicDir, f.file)), type: f.type }]));

  const ids = createSessionIds(options.sessionSecret);
  /** The visitor's session id when the server issued it; undefined for none, or one it did not issue. */
  const issued = (ctx: RequestContext): string | undefined => {
    const current = ctx.cookies[sessionCookieName(ctx.https)];
    return ids.isIssued(current) ? current : undefined;
  };
  const session = (_req: IncomingMessage, res: ServerResponse, ctx: RequestContext): string => {
    const current = issued(ctx);
    if (current) return current;
    const id = ids.issue();
    addCookie(res, serializeCookie(sessionCookieName(ctx.https), id, { sameSite: "Strict", secure: ctx.https }));
    return id;
  };
  const sessionKey = (id: string) => `web:${id}`;

  const localeOf = (req: IncomingMessage, given?: string): string | undefined => given || acceptLanguage(req);

  /** A POST that answers: limited per address and per visitor, its body read with `schema`, the Answer sent with its labels. */
  const answering =
    <S extends z.ZodType<{ locale?: string | undefined }>>(schema: S, run: (body: z.infer<S>, sessionId: string, locale: string | undefined) => Answer | Promise<Answer>): Route["handle"] =>
    async (req, res, ctx) => {
      await limit(options.limits?.address, ctx.address);
      const body = parse(schema, await readJson(req, bodyLimit));
      const sessionId = session(req, res, ctx);
      await limit(options.limits?.user, sessionKey(sessionId));
      const answer = await run(body, sessionKey(sessionId), localeOf(req, body.locale));
      sendJson(res, 200, answerBody(answer, bot.ui(answer.language)));
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
        "cache-control": path === "/" ? "no-store" : path === "/favicon.ico" ? "public, max-age=86400" : "public, max-age=300",
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
        async handle(req, res, ctx) {
          await limit(options.limits?.address, ctx.address);
          const now = clock();
          const zone = ctx.url.searchParams.get("zone") ?? undefined;
          const locale = localeOf(req, ctx.url.searchParams.get("locale") ?? undefined);
          const summary = bot.summary();
          const countdown = bot.countdown(now, zone);
          // A throw-away conversation gives the greeting and its suggestions, as the engine words them.
          const welcomeId = `web-welcome:${randomBytes(6).toString("hex")}`;
          const greeting = { sessionId: welcomeId, text: "hello", now, zone, ...(locale ? { locale } : {}) };
          const welcome = bot.greet?.(greeting) ?? (await bot.ask(greeting));
          if (!bot.greet) await bot.reset(welcomeId);
          // The greeting is no one's answer to rate.
          const { id: _unrated, ...greeted } = welcome;
          sendJson(res, 200, {
            noticeId: bot.noticeId,
            title: summary.title,
            reference: summary.reference,
            deadline: summary.deadline,
            countdown,
            // Links and addresses the notice itself gives (its key facts), for the page's line of who runs this;
            // where to apply only while applications are open.
            contacts: summary.keyFacts
              .filter((f) => /^(https?:\/\/|[^\s@]+@[^\s@]+\.[a-z]{2,}$)/i.test(f.value) && !(countdown?.closed && f.key === "application"))
              .map((f) => ({ label: f.label, value: f.value, ...(f.key === "application" ? { application: true } : {}) })),
            // The browser counts down from the server's clock, not its own, which may be off.
            now: now.toISOString(),
            welcome: greeted,
            labels: { sources: bot.ui(welcome.language).t("answer.sources.summary", { count: welcome.citations.length }) },
          });
        },
      },
      {
        method: "GET",
        path: "/api/chat/ui",
        async handle(req, res, ctx) {
          await limit(options.limits?.address, ctx.address);
          const ui = bot.ui(localeOf(req, ctx.url.searchParams.get("locale") ?? undefined));
          res.setHeader("cache-control", "public, max-age=300");
          sendJson(res, 200, { language: ui.language, labels: pageLabels(ui, retentionDays) });
        },
      },
      {
        method: "GET",
        path: "/api/chat/form",
        async handle(req, res, ctx) {
          await limit(options.limits?.address, ctx.address);
          // The form opens with what this visitor's conversation already knows ("I'm Greek") filled in.
          const current = issued(ctx);
          sendJson(res, 200, await bot.form(localeOf(req, ctx.url.searchParams.get("locale") ?? undefined), current ? sessionKey(current) : undefined));
        },
      },
      {
        method: "POST",
        path: "/api/chat/ask",
        handle: answering(askBody, (body, sessionId, locale) => bot.ask({ sessionId, text: body.text, now: clock(), zone: body.zone, ...(locale ? { locale } : {}) })),
      },
      {
        method: "POST",
        path: "/api/chat/eligibility",
        handle: answering(eligibilityBody, (body, sessionId, locale) =>
          bot.checkEligibility({ sessionId, values: body.values as FormValues, now: clock(), zone: body.zone, ...(locale ? { locale } : {}) }),
        ),
      },
      {
        method: "POST",
        path: "/api/chat/feedback",
        async handle(req, res, ctx) {
          await limit(options.limits?.address, ctx.address);
          const body = parse(feedbackBody, await readJson(req, bodyLimit));
          const current = issued(ctx);
          // Only the visitor who got an answer can rate it, and only once: the bot keeps what it said to whom.
          const recorded = !!current && (await bot.feedback({ sessionId: sessionKey(current), answerId: body.id, helpful: body.helpful, at: clock() }));
          if (!recorded) throw new HttpError(404, "no such answer (it may have expired)");
          sendJson(res, 200, { ok: true });
        },
      },
      {
        method: "POST",
        path: "/api/chat/reset",
        async handle(req, res, ctx) {
          await limit(options.limits?.address, ctx.address);
          await readJson(req, bodyLimit);
          const current = issued(ctx);
          if (current) await bot.reset(sessionKey(current));
          sendJson(res, 200, { ok: true });
        },
      },
    ],
  };
}
