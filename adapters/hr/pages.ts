// HR's pages under /hr: the audit of the golden questions, a box to try any question at any moment and
// in any zone, and the review of unanswered, closest-passage and "Not helpful" answers, where a row is marked
// resolved or turned into a golden question in one click. Off unless HR_TOKEN is set; then every page but the
// login form and its stylesheet needs the token, every POST must come from an HR page, and wrong tokens are
// limited per client address.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ServerResponse } from "node:http";
import type { Answer, Bot, Notice } from "../../src/index.js";
import { auditNotice, createSqliteGolden, goldenCaseSchema, mergeGolden, readGolden, type AuditReport, type GoldenCase, type GoldenStore } from "../../src/index.js";
import type { ReviewStore } from "../../src/index.js";
import { addCookie, HttpError, isHttps, readForm, redirect, sendHtml, sendJson, serializeCookie, type RequestContext, type Route } from "../server/http.js";
import { createFailureLimiter, createHrAuth, HR_COOKIE, isSameOrigin, type FailureLimiterOptions, type HrSharedValues } from "./auth.js";
import {
  auditErrorPage,
  auditPage,
  goldenCaseFor,
  goldenCaseOf,
  goldenFormInput,
  goldenFormPage,
  loginPage,
  overviewPage,
  reviewPage,
  tryPage,
  type GoldenFormInput,
  type GoldenSource,
  type ReviewShow,
} from "./render.js";

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
  /** HR's golden questions (made from the review, edited, deleted), beside the shipped file; default a throw-away one. */
  golden?: GoldenStore;
  clock?: () => Date;
  /** How wrong tokens are limited per client address (the server's, TRUST_PROXY deciding which); defaults in auth.ts. */
  failures?: FailureLimiterOptions;
  /** Where HR sessions and the back-off live when several instances serve these pages (REDIS_URL). */
  shared?: HrSharedValues;
};

/** No script at all on HR pages; forms post to the same origin only. */
const HR_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const headers = { "content-security-policy": HR_CSP };

const cssFile = resolve(dirname(fileURLToPath(import.meta.url)), ...(import.meta.url.includes("/dist/") ? ["..", "..", "..", "adapters", "hr"] : []), "hr.css");


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

  const shared = options.shared ? { shared: options.shared } : {};
  const auth = createHrAuth(options.token, { clock, ...shared });
  const failures = createFailureLimiter({ clock: () => clock().getTime(), ...options.failures, ...shared });
  const zones = Intl.supportedValuesOf("timeZone");
  const tooMany = (waitMs: number) => ({ status: 429, message: "Too many wrong tokens from your address; wait, then try again.", retryAfter: String(Math.ceil(waitMs / 1000)) });

  /**
   * Every HR authentication path: an address that sent too many wrong tokens waits, even with the right one;
   * a wrong bearer token counts as a failure. Returns why the request may not go on, or undefined.
   */
  const gate = async (req: Parameters<Route["handle"]>[0], ctx: RequestContext): Promise<{ status: number; message: string; retryAfter?: string } | undefined> => {
    const wait = await failures.waitMs(ctx.address);
    if (wait > 0) return tooMany(wait);
    if (await auth.isAllowed(req, ctx.cookies)) {
      if (auth.hasBearer(req)) await failures.succeed(ctx.address);
      return undefined;
    }
    if (auth.hasBearer(req)) await failures.fail(ctx.address);
    return { status: 401, message: "HR token required" };
  };

  const golden = options.golden ?? createSqliteGolden({ file: ":memory:" });
  /** The questions the audit runs: the shipped file's (if any) with HR's applied, and where each comes from. */
  const goldenCases = async () => {
    const shipped = existsSync(options.goldenFile) ? readGolden(options.goldenFile) : [];
    const merged = mergeGolden(shipped, await golden.list(noticeOf().id));
    return { cases: merged.map((m) => m.case), sources: new Map<string, GoldenSource>(merged.map((m) => [m.case.id, { source: m.source, ...(m.entry ? { entry: m.entry } : {}) }])) };
  };
  const sourceLabel = () => `${options.goldenLabel ?? options.goldenFile} and HR's questions`;
  const runAudit = async (): Promise<AuditReport | string> => {
    try {
      const { cases } = await goldenCases();
      if (!cases.length) return `No golden questions yet: the notice has no ${options.goldenLabel ?? options.goldenFile}, and HR has made none from the review.`;
      return auditNotice(options.bot, noticeOf(), cases, sourceLabel());
    } catch (e) {
      return (e as Error).message;
    }
  };
  const checkCase = (c: GoldenCase) => auditNotice(options.bot, noticeOf(), [c], "check").results[0]!;
  const formInputOf = (form: URLSearchParams): GoldenFormInput => {
    const row = Number(form.get("row"));
    return {
      id: (form.get("id") ?? "").trim().slice(0, 100),
      turns: (form.get("turns") ?? "").slice(0, 5000),
      now: form.get("now") ?? "",
      tz: form.get("tz") ?? "",
      all: (form.get("all") ?? "").slice(0, 5000),
      none: (form.get("none") ?? "").slice(0, 5000),
      verdict: ["eligible", "not_eligible", "incomplete"].includes(form.get("verdict") ?? "") ? form.get("verdict")! : "",
      cited: form.get("cited") === "1",
      intent: (form.get("intent") ?? "").slice(0, 60),
      by: (form.get("by") ?? "").slice(0, 80),
      editing: form.get("editing") === "1",
      ...(form.get("row") && Number.isSafeInteger(row) ? { row } : {}),
    };
  };
  /** The form's case, validated as the golden file is; the zod message when it is not one. */
  const validCase = (input: GoldenFormInput, tags?: string[]): { case: GoldenCase } | { error: string } => {
    const parsed = goldenCaseSchema.safeParse(goldenCaseOf(input, tags));
    if (parsed.success) return { case: parsed.data };
    const issue = parsed.error.issues[0];
    return { error: `Not saved: ${issue?.path.map(String).join(".") || "the question"}: ${issue?.message ?? "invalid"}.` };
  };
  /** An HR form post that renders a page (the golden-question form), checked like every HR POST. */
  const formPost = (run: (form: URLSearchParams) => Promise<{ status?: number; html: string } | { redirect: string }>): Route["handle"] => async (req, res, ctx) => {
    if (!isSameOrigin(req, isHttps(req))) throw new HttpError(403, "HR forms are accepted only from the HR pages");
    const refused = await gate(req, ctx);
    if (refused) throw new HttpError(refused.status, refused.message, refused.retryAfter ? { "retry-after": refused.retryAfter } : {});
    const out = await run(await readForm(req));
    if ("redirect" in out) return redirect(res, out.redirect);
    sendHtml(res, out.status ?? 200, out.html, headers);
  };

  const page = (render: (url: URL) => { status?: number; html: string } | Promise<{ status?: number; html: string }>): Route["handle"] => async (req, res, ctx) => {
    const refused = await gate(req, ctx);
    if (refused?.status === 429) return sendHtml(res, 429, loginPage(refused.message), { ...headers, "retry-after": refused.retryAfter! });
    if (refused) return sendHtml(res, 401, loginPage(), { ...headers, "www-authenticate": 'Bearer realm="hr"' });
    const out = await render(ctx.url);
    sendHtml(res, out.status ?? 200, out.html, headers);
  };
  const json = (value: (url: URL) => unknown): Route["handle"] => async (req, res, ctx) => {
    const refused = await gate(req, ctx);
    if (refused) throw new HttpError(refused.status, refused.message, refused.retryAfter ? { "retry-after": refused.retryAfter } : { "www-authenticate": 'Bearer realm="hr"' });
    sendJson(res, 200, await value(new URL(req.url ?? "/", "http://localhost")));
  };
  /** An HR POST: from an HR page (or a script), and with the token. */
  const action = (run: (form: URLSearchParams, ctx: RequestContext) => string | Promise<string>): Route["handle"] => async (req, res, ctx) => {
    if (!isSameOrigin(req, isHttps(req))) throw new HttpError(403, "HR forms are accepted only from the HR pages");
    const refused = await gate(req, ctx);
    if (refused) throw new HttpError(refused.status, refused.message, refused.retryAfter ? { "retry-after": refused.retryAfter } : {});
    redirect(res, await run(await readForm(req), ctx));
  };

  const open = (show: ReviewShow) => (show === "all" ? {} : { resolved: show === "resolved" });
  const reviewData = async (show: ReviewShow = "open", language?: string) => {
    const noticeId = noticeOf().id;
    // Every row (the store caps them), so the counts are of everything; the page shows the most frequent.
    const all = { noticeId, ...open(show), ...(language ? { language } : {}), limit: options.review.maxRows };
    const [feedback, gaps, passages, helpful, languages] = await Promise.all([
      options.review.tally({ kind: "feedback", helpful: false, ...all }),
      options.review.tally({ kind: "gap", ...all }),
      options.review.tally({ kind: "passage", ...all }),
      options.review.total({ kind: "feedback", helpful: true, noticeId }),
      options.review.languages(noticeId),
    ]);
    return {
      notHelpful: feedback,
      // The answers HR should read: from the closest passage, or with low confidence.
      closest: [...passages, ...gaps.filter((g) => g.gap === "low_confidence")].sort((a, b) => b.count - a.count || b.last.getTime() - a.last.getTime()),
      gaps: gaps.filter((g) => g.gap !== "low_confidence"),
      helpful,
      languages,
      ...(language ? { language } : {}),
    };
  };
  const languageOf = (url: URL): string | undefined => {
    const l = url.searchParams.get("lang");
    return l && /^[a-z]{2,3}$/.test(l) ? l : undefined;
  };
  const showOf = (url: URL): ReviewShow => {
    const show = url.searchParams.get("show");
    return show === "resolved" || show === "all" ? show : "open";
  };
  const rowOf = async (form: URLSearchParams) => {
    const id = Number(form.get("id"));
    const row = Number.isSafeInteger(id) ? await options.review.get(id) : undefined;
    if (!row || row.noticeId !== noticeOf().id) throw new HttpError(404, "no such review row");
    return row;
  };

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
        async handle(req, res, ctx) {
          if (!isSameOrigin(req, isHttps(req))) return sendHtml(res, 403, loginPage("Log in from this server's own login page."), headers);
          const form = await readForm(req);
          const wait = await failures.waitMs(ctx.address);
          if (wait > 0) return sendHtml(res, 429, loginPage(tooMany(wait).message), { ...headers, "retry-after": String(Math.ceil(wait / 1000)) });
          if (!auth.isToken(form.get("token") ?? "")) {
            await failures.fail(ctx.address);
            return sendHtml(res, 401, loginPage("That is not the HR token."), headers);
          }
          await failures.succeed(ctx.address);
          // A new session id at every login; the one the browser held before (if any) ends.
          await auth.revoke(ctx.cookies[HR_COOKIE]);
          addCookie(res, serializeCookie(HR_COOKIE, await auth.issue(clock()), { path: "/hr", sameSite: "Strict", maxAge: Math.floor(auth.ttlMs / 1000), secure: isHttps(req) }));
          redirect(res, "/hr");
        },
      },
      {
        method: "POST",
        path: "/hr/logout",
        async handle(req, res, ctx) {
          if (!isSameOrigin(req, isHttps(req))) throw new HttpError(403, "HR forms are accepted only from the HR pages");
          await auth.revoke(ctx.cookies[HR_COOKIE]);
          addCookie(res, serializeCookie(HR_COOKIE, "", { path: "/hr", sameSite: "Strict", maxAge: 0 }));
          redirect(res, "/hr");
        },
      },
      {
        method: "POST",
        path: "/hr/review/resolve",
        handle: action(async (form) => {
          const row = await rowOf(form);
          await options.review.resolve(row.id, form.get("resolved") !== "false");
          return `/hr/review${form.get("show") ? `?show=${encodeURIComponent(form.get("show")!)}` : ""}#row-${row.id}`;
        }),
      },
      {
        // The review's button once posted here; the proposal is a page now, so nothing is saved unseen.
        method: "POST",
        path: "/hr/review/golden",
        handle: action(async (form) => `/hr/golden/new?row=${(await rowOf(form)).id}`),
      },
      {
        method: "GET",
        path: "/hr/golden/new",
        handle: page(async (url) => {
          const id = Number(url.searchParams.get("row"));
          const row = Number.isSafeInteger(id) ? await options.review.get(id) : undefined;
          if (!row || row.noticeId !== noticeOf().id) return { status: 404, html: auditErrorPage("No such review row.") };
          const proposal = goldenCaseFor(row);
          return {
            html: goldenFormPage(noticeOf(), goldenFormInput(proposal, { row: row.id, editing: false }), {
              check: checkCase(proposal),
              answerThen: row.answer ?? "",
              ...(row.context ? { context: row.context } : {}),
            }),
          };
        }),
      },
      {
        method: "GET",
        path: "/hr/golden/edit",
        handle: page(async (url) => {
          const id = url.searchParams.get("id") ?? "";
          const found = (await goldenCases()).cases.find((c) => c.id === id);
          if (!found) return { status: 404, html: auditErrorPage(`No golden question ${id}.`) };
          return { html: goldenFormPage(noticeOf(), goldenFormInput(found, { editing: true }), { check: checkCase(found) }) };
        }),
      },
      {
        method: "POST",
        path: "/hr/golden/save",
        handle: formPost(async (form) => {
          const input = formInputOf(form);
          const before = (await goldenCases()).cases.find((c) => c.id === input.id.trim());
          if (before && !input.editing) return { status: 409, html: goldenFormPage(noticeOf(), input, { error: `${input.id} is already a golden question: choose another id, or edit it from the audit page.` }) };
          const valid = validCase(input, before?.tags ?? ["review"]);
          if ("error" in valid) return { status: 400, html: goldenFormPage(noticeOf(), input, { error: valid.error }) };
          if (form.get("do") !== "save") return { html: goldenFormPage(noticeOf(), input, { check: checkCase(valid.case) }) };
          await golden.put(noticeOf().id, valid.case, { by: input.by, at: clock(), ...(input.row !== undefined ? { reviewRow: input.row } : {}) });
          if (input.row !== undefined && (await options.review.get(input.row))?.noticeId === noticeOf().id) await options.review.resolve(input.row);
          return { redirect: `/hr/audit?saved=${encodeURIComponent(valid.case.id)}#case-${encodeURIComponent(valid.case.id)}` };
        }),
      },
      {
        method: "POST",
        path: "/hr/golden/delete",
        handle: action(async (form) => {
          const id = (form.get("id") ?? "").trim();
          if (!(await goldenCases()).cases.some((c) => c.id === id)) throw new HttpError(404, "no such golden question");
          await golden.remove(noticeOf().id, id, { by: form.get("by") ?? "", at: clock() });
          return `/hr/audit?deleted=${encodeURIComponent(id)}`;
        }),
      },
      {
        method: "GET",
        path: "/hr",
        handle: page(async () => {
          const report = await runAudit();
          const data = await reviewData();
          const rows = data.gaps.length + data.closest.length + data.notHelpful.length;
          const times = [...data.gaps, ...data.closest, ...data.notHelpful].reduce((n, g) => n + g.count, 0);
          return { html: overviewPage(noticeOf().id, { rows, times, notHelpful: data.notHelpful.length }, report) };
        }),
      },
      {
        method: "GET",
        path: "/hr/audit",
        handle: page(async (url) => {
          const report = await runAudit();
          if (typeof report === "string") return { status: report.startsWith("No golden questions yet") ? 200 : 500, html: auditErrorPage(report) };
          const saved = url.searchParams.get("saved");
          const deleted = url.searchParams.get("deleted");
          const message = saved ? `Saved the golden question ${saved}.` : deleted ? `Deleted the golden question ${deleted}.` : undefined;
          return {
            html: auditPage(noticeOf(), report, {
              failuresOnly: url.searchParams.get("only") === "failures",
              sources: (await goldenCases()).sources,
              deleted: (await golden.list(noticeOf().id)).filter((e) => !e.case),
              ...(message ? { message } : {}),
            }),
          };
        }),
      },
      {
        method: "GET",
        path: "/hr/audit.json",
        handle: json(async () => {
          const report = await runAudit();
          if (typeof report === "string") throw new HttpError(500, report);
          return report;
        }),
      },
      { method: "GET", path: "/hr/try", handle: page(tryIt) },
      {
        method: "GET",
        path: "/hr/review",
        handle: page(async (url) => {
          const show = showOf(url);
          return { html: reviewPage(await reviewData(show, languageOf(url)), { retentionDays: options.review.retentionDays, show }) };
        }),
      },
      { method: "GET", path: "/hr/review.json", handle: json((url) => reviewData("all", languageOf(url))) },
      // Anything else under /hr is unknown, but only someone with the token learns that.
      { method: "GET", path: "/hr", prefix: true, handle: page(() => ({ status: 404, html: auditErrorPage("No such HR page.") })) },
    ],
  };
}
