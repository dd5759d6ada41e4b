// The pages the Teams manifest links to: what the bot is (/about), what it stores and for how long (/privacy), and
// the terms of use (/terms). Plain HTML, no script; the figures come from the configuration the server runs with,
// so the privacy statement says what this server actually does.
import type { Notice } from "../../src/index.js";
import { html, type Html } from "../hr/html.js";
import { sendHtml, type Route } from "./http.js";

export type SitePagesOptions = {
  /** The notice in force (the knowledge may be reloaded while the server runs). */
  notice: () => Notice;
  /** Days a question recorded for HR's review is kept (REVIEW_RETENTION_DAYS). */
  retentionDays: number;
  /** Most rows the review keeps (REVIEW_MAX_ROWS). */
  maxReviewRows: number;
};

/** The paths the Teams manifest's developer links point at. */
export const SITE_PATHS = { about: "/about", privacy: "/privacy", terms: "/terms" } as const;

const CSP = "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function page(title: string, body: Html): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · vacancy-bot</title>
<link rel="stylesheet" href="/hr/hr.css">
</head>
<body>
<header class="top"><strong>vacancy-bot</strong><nav><a href="/">Ask the bot</a><a href="${SITE_PATHS.about}">About</a><a href="${SITE_PATHS.privacy}">Privacy</a><a href="${SITE_PATHS.terms}">Terms</a></nav></header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`.value;
}

const noticeName = (notice: Notice) => {
  const title = notice.facts.title?.value;
  const reference = notice.facts.reference?.value;
  return title ? `${title}${reference ? ` (${reference})` : ""}` : notice.id;
};

export function aboutPage(notice: Notice): string {
  return page(
    "About the bot",
    html`<p>vacancy-bot answers questions about one EU job vacancy notice: <strong>${noticeName(notice)}</strong>. Ask it in the web chat, in Slack or in Microsoft Teams.</p>
<p>Every answer is read from the notice and shows the passage it rests on. Where the notice does not say, the bot says so instead of guessing. It is a help to read the notice, not a decision: the selection board decides, and the notice is what counts.</p>
<p>HR staff check the bot's answers against a set of golden questions before and while it runs, and read the questions it could not answer.</p>`,
  );
}

export function privacyPage(options: { retentionDays: number; maxReviewRows: number }): string {
  const days = options.retentionDays;
  return page(
    "Privacy",
    html`<p>What the bot keeps, where, and for how long.</p>
<h2>For HR's review, up to ${days} day${days === 1 ? "" : "s"}</h2>
<ul>
<li>The questions the notice does not answer, those answered only from the closest passage, and answers marked “Helpful” or “Not helpful”, with the answer given.</li>
<li>No user identifier: no name of an account, no Slack, Teams or web chat id, no address. E-mail addresses, phone numbers, long numbers (ID, passport, account numbers), dates of birth and names a person introduces (“my name is …”) are masked before anything is written.</li>
<li>The same question is kept once, with how often it was asked; at most ${options.maxReviewRows.toLocaleString("en")} questions are kept, the oldest go first. Everything is deleted ${days} day${days === 1 ? "" : "s"} after it was last asked.</li>
</ul>
<h2>While you talk to the bot, in memory only</h2>
<ul>
<li>Your conversation (what you said about your nationality, studies and languages, so an eligibility check can run over several messages): forgotten after 30 idle minutes, and whenever the server restarts.</li>
<li>In the web chat, a random conversation id in a cookie (HttpOnly, SameSite=Strict); no other cookie, no tracking, nothing loaded from elsewhere.</li>
<li>In Slack, your time zone from your profile, to give times in it; in memory, for a day at most.</li>
<li>Counters per user and per address that keep one person from slowing the bot down for everyone; in memory, for minutes.</li>
</ul>
<h2>Logs</h2>
<p>One line per request: its path, status and duration. No question text, no user or conversation id, no cookie.</p>
<h2>Where</h2>
<p>On the server that runs the bot, nowhere else. The bot sends your question to no other service; Slack and Teams carry the messages as they carry any other.</p>`,
  );
}

export function termsPage(notice: Notice): string {
  return page(
    "Terms of use",
    html`<ul>
<li>The bot answers from the vacancy notice <strong>${noticeName(notice)}</strong>. The notice as published is what counts; where the bot and the notice differ, the notice is right.</li>
<li>An eligibility check is a reading of the conditions you told the bot about, not a decision on your application.</li>
<li>Do not type personal data the question does not need; what you type may be kept, masked, for HR's review (see <a href="${SITE_PATHS.privacy}">Privacy</a>).</li>
<li>Use it fairly: a user who sends messages faster than it can answer is asked to slow down.</li>
</ul>`,
  );
}

/** What crawlers may read: the public pages, never HR's (which also say noindex). */
export const ROBOTS_TXT = "User-agent: *\nDisallow: /hr\nDisallow: /api/\n";

/** GET /about, /privacy, /terms and /robots.txt. */
export function createSitePages(options: SitePagesOptions): { routes: Route[] } {
  const serve = (render: () => string): Route["handle"] => (_req, res) => sendHtml(res, 200, render(), { "content-security-policy": CSP, "cache-control": "public, max-age=300" });
  return {
    routes: [
      { method: "GET", path: SITE_PATHS.about, handle: serve(() => aboutPage(options.notice())) },
      { method: "GET", path: SITE_PATHS.privacy, handle: serve(() => privacyPage(options)) },
      { method: "GET", path: SITE_PATHS.terms, handle: serve(() => termsPage(options.notice())) },
      {
        method: "GET",
        path: "/robots.txt",
        handle: (_req, res) => void res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" }).end(ROBOTS_TXT),
      },
    ],
  };
}
