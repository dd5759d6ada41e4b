// HR's pages under /hr: the audit of the golden questions, a box to try any question at any moment and
// in any zone, and the review of unanswered and "Not helpful" questions. Off unless HR_TOKEN is set;
// then every page but the login form and its stylesheet needs the token.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ServerResponse } from "node:http";
import type { Answer, Bot, Notice } from "../../src/index.js";
import { auditNotice, readGolden, type AuditReport } from "../../src/index.js";
import type { ReviewStore } from "../../src/index.js";
import { addCookie, HttpError, isHttps, readForm, redirect, sendHtml, sendJson, serializeCookie, type Route } from "../server/http.js";
import { createHrAuth, HR_COOKIE } from "./auth.js";
import { auditErrorPage, auditPage, loginPage, overviewPage, reviewPage, tryPage } from "./render.js";

export type HrPagesOptions = {
  /** HR_TOKEN; without one every /hr path says the pages are off. */
  token?: string;
  /** The bot the audit and the try box ask: its own sessions, and no review sink, so HR's questions are not recorded. */
  bot: Bot;
  /** The notice, or a function giving the one in force (the knowledge may be reloaded while the server runs). */
  notice: Notice | (() => Notice);
  /** The notice's golden questions, read again on each audit so an edit shows without a restart. */
  goldenFile: string;
  /** How the golden file is named on the page. */
  goldenLabel?: string;
  review: ReviewStore;
  clock?: () => Date;
};

/** No script at all on HR pages; forms post to the same origin only. */
const HR_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const headers = { "content-security-policy": HR_CSP };

const cssFile = resolve(dirname(fileURLToPath(import.meta.url)), ...(import.meta.url.includes("/dist/") ? ["..", "..", "..", "adapters", "hr"] : []), "hr.css");

// Failed logins allowed per minute, for the whole server: enough for typos, too few to guess a token.
const MAX_FAILED_LOGINS_PER_MINUTE = 10;

/** The HR routes; all of them answer 404 "off" when no token is configured. */
export function createHrPages(options: HrPagesOptions): { routes: Route[] } {
  const given = options.notice;
  const noticeOf = typeof given === "function" ? given : () => given;
  const clock = options.clock ?? (() => new Date());
  const css = readFileSync(cssFile);
  const stylesheet: Route = {
    method: "GET",
    path: "/hr/hr.css",
    handle(_req, res) {
      res.writeHead(200, { "content-type": "text/css; charset=utf-8", "content-length": css.length, "cache-control": "public, max-age=300" });
      res.end(css);
    },
  };

  if (!options.token) {
    const off = (_req: unknown, res: ServerResponse) => sendHtml(res, 404, "<!doctype html><title>HR pages are off</title><p>The HR pages are off: set HR_TOKEN to turn them on.</p>", headers);
    return { routes: [stylesheet, { method: "GET", path: "/hr", prefix: true, handle: off }, { method: "POST", path: "/hr", prefix: true, handle: off }] };
  }

  const auth = createHrAuth(options.token, { clock });
  const zones = Intl.supportedValuesOf("timeZone");
  let failures: number[] = [];

  const runAudit = (): AuditReport | string => {
    try {
      return auditNotice(options.bot, noticeOf(), readGolden(options.goldenFile), options.goldenLabel ?? options.goldenFile);
    } catch (e) {
      return (e as Error).message;
    }
  };

  const page = (render: (url: URL) => { status?: number; html: string }): Route["handle"] => (req, res, ctx) => {
    if (!auth.isAllowed(req, ctx.cookies)) return sendHtml(res, 401, loginPage(), { ...headers, "www-authenticate": 'Bearer realm="hr"' });
    const out = render(ctx.url);
    sendHtml(res, out.status ?? 200, out.html, headers);
  };
  const json = (value: () => unknown): Route["handle"] => (req, res, ctx) => {
    if (!auth.isAllowed(req, ctx.cookies)) throw new HttpError(401, "HR token required", { "www-authenticate": 'Bearer realm="hr"' });
    sendJson(res, 200, value());
  };

  const reviewData = () => ({
    gaps: options.review.tally({ kind: "gap", noticeId: noticeOf().id }),
    notHelpful: options.review.list({ kind: "feedback", helpful: false, noticeId: noticeOf().id }),
    helpful: options.review.count({ kind: "feedback", helpful: true, noticeId: noticeOf().id }),
  });

  const tryIt = (url: URL): { status?: number; html: string } => {
    const turns = (url.searchParams.get("q") ?? "").split(/\r?\n/).map((t) => t.trim()).filter(Boolean).slice(0, 20);
    const now = url.searchParams.get("now")?.trim() ?? "";
    const zone = url.searchParams.get("tz")?.trim() ?? "";
    const input = { turns, now, zone };
    if (!turns.length) return { html: tryPage(noticeOf(), zones, input) };
    if (now && Number.isNaN(Date.parse(now))) return { status: 400, html: tryPage(noticeOf(), zones, input, { answers: [], error: `"${now}" is not an ISO date-time` }) };
    if (zone && !zones.includes(zone) && zone !== "UTC") return { status: 400, html: tryPage(noticeOf(), zones, input, { answers: [], error: `"${zone}" is not an IANA time zone` }) };
    const sessionId = `hr-try:${clock().getTime()}:${Math.random()}`;
    try {
      const answers: Answer[] = turns.map((text) => options.bot.ask({ sessionId, text, now: now || clock(), zone: zone || undefined }));
      return { html: tryPage(noticeOf(), zones, input, { answers }) };
    } finally {
      options.bot.reset(sessionId);
    }
  };

  return {
    routes: [
      stylesheet,
      {
        method: "POST",
        path: "/hr/login",
        async handle(req, res) {
          const form = await readForm(req);
          const now = clock().getTime();
          failures = failures.filter((t) => now - t < 60_000);
          if (failures.length >= MAX_FAILED_LOGINS_PER_MINUTE) return sendHtml(res, 429, loginPage("Too many attempts; wait a minute."), headers);
          if (!auth.isToken(form.get("token") ?? "")) {
            failures.push(now);
            return sendHtml(res, 401, loginPage("That is not the HR token."), headers);
          }
          addCookie(res, serializeCookie(HR_COOKIE, auth.issue(clock()), { path: "/hr", sameSite: "Strict", maxAge: Math.floor(auth.ttlMs / 1000), secure: isHttps(req) }));
          redirect(res, "/hr");
        },
      },
      {
        method: "POST",
        path: "/hr/logout",
        handle(_req, res) {
          addCookie(res, serializeCookie(HR_COOKIE, "", { path: "/hr", sameSite: "Strict", maxAge: 0 }));
          redirect(res, "/hr");
        },
      },
      {
        method: "GET",
        path: "/hr",
        handle: page(() => {
          const report = runAudit();
          const data = reviewData();
          return { html: overviewPage(noticeOf().id, { gaps: data.gaps.reduce((n, g) => n + g.count, 0), notHelpful: data.notHelpful.length }, report) };
        }),
      },
      {
        method: "GET",
        path: "/hr/audit",
        handle: page(() => {
          const report = runAudit();
          return typeof report === "string" ? { status: 500, html: auditErrorPage(report) } : { html: auditPage(noticeOf(), report) };
        }),
      },
      {
        method: "GET",
        path: "/hr/audit.json",
        handle: json(() => {
          const report = runAudit();
          if (typeof report === "string") throw new HttpError(500, report);
          return report;
        }),
      },
      { method: "GET", path: "/hr/try", handle: page(tryIt) },
      {
        method: "GET",
        path: "/hr/review",
        handle: page(() => {
          const data = reviewData();
          return { html: reviewPage(data.gaps, data.notHelpful, data.helpful, options.review.retentionDays) };
        }),
      },
      { method: "GET", path: "/hr/review.json", handle: json(reviewData) },
      // Anything else under /hr is unknown, but only someone with the token learns that.
      { method: "GET", path: "/hr", prefix: true, handle: page(() => ({ status: 404, html: auditErrorPage("No such HR page.") })) },
    ],
  };
}
