// The HR pages' HTML: an answer as HR checks it (text, verdict, each citation highlighted within its
// notice section), the audit, the try box and the review. Pure functions of their data.
import type { Answer, Citation, Notice } from "../../src/index.js";
import type { AuditReport, CaseResult } from "../../src/index.js";
import type { GoldenCase, ReviewEntry, ReviewTally } from "../../src/index.js";
import { highlight, html, type Html } from "./html.js";

export function layout(title: string, body: Html, options: { nav?: boolean } = {}): string {
  const nav = options.nav ?? true;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · vacancy-bot HR</title>
<link rel="stylesheet" href="/hr/hr.css">
</head>
<body>
<header class="top"><strong>vacancy-bot HR</strong>${
    nav
      ? html`<nav><a href="/hr">Overview</a><a href="/hr/audit">Audit</a><a href="/hr/try">Try a question</a><a href="/hr/review">Review</a></nav>
<form method="post" action="/hr/logout" class="logout"><button type="submit">Log out</button></form>`
      : ""
  }</header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`.value;
}

export function loginPage(message?: string): string {
  return layout(
    "Log in",
    html`${message ? html`<p class="error" role="alert">${message}</p>` : ""}
<form method="post" action="/hr/login" class="login">
<label for="token">HR token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Log in</button>
</form>
<p class="note">Scripts and tools can send the token as <code>Authorization: Bearer …</code> instead.</p>`,
    { nav: false },
  );
}

function paragraphs(parts: string[]): Html {
  return html`${parts.map((part) => {
    const lines = part.split("\n").filter((l) => l.trim());
    const bullets = lines.filter((l) => l.startsWith("• "));
    if (bullets.length === lines.length) return html`<ul>${bullets.map((b) => html`<li>${b.slice(2)}</li>`)}</ul>`;
    return html`${lines.map((l) => (l.startsWith("• ") ? html`<p class="bullet">${l}</p>` : html`<p>${l}</p>`))}`;
  })}`;
}

/** A citation shown where it stands: the passage highlighted in its notice section, the rest of the section folded away. */
export function citationInSection(notice: Notice, citation: Citation): Html {
  const section = notice.sections.find((s) => s.id === citation.sectionId);
  if (!section) {
    return html`<figure class="cite"><figcaption>${citation.heading} <span class="warn">(section not found)</span></figcaption><blockquote><mark>${citation.quote}</mark></blockquote></figure>`;
  }
  const marked = section.paragraphs.map((p) => highlight(p, citation.quote));
  const hits = marked.filter((m) => m.marked);
  return html`<figure class="cite">
<figcaption>§ ${section.heading}</figcaption>
${hits.length ? hits.map((m) => html`<blockquote>${m.html}</blockquote>`) : html`<blockquote class="unmatched"><mark>${citation.quote}</mark> <span class="warn">(not found word for word in the section)</span></blockquote>`}
<details><summary>The whole section (${section.paragraphs.length} paragraph${section.paragraphs.length === 1 ? "" : "s"})</summary>
<div class="section">${marked.map((m) => html`<p>${m.html}</p>`)}</div>
</details>
</figure>`;
}

/** An answer as HR checks it: intent, gap, text, verdict criterion by criterion, citations in their sections, follow-ups. */
export function answerBlock(notice: Notice, answer: Answer): Html {
  return html`<div class="answer">
<p class="meta">intent <code>${answer.intent}</code>${answer.gap ? html` · ${whyInWords({ kind: "gap", gap: answer.gap, intent: answer.intent })}` : ""}${answer.truncated ? " · question cut to the maximum length" : ""}</p>
${paragraphs(answer.parts)}
${
  answer.verdict
    ? html`<table class="criteria"><caption>Verdict: <strong>${answer.verdict}</strong></caption>
<thead><tr><th>Criterion</th><th>Status</th><th>Reason</th></tr></thead>
<tbody>${(answer.criteria ?? []).map((c) => html`<tr class="${c.status}"><td>${c.label}${c.checkable ? "" : html` <span class="note">(not checkable in chat)</span>`}</td><td>${c.status}</td><td>${c.reason}</td></tr>`)}</tbody></table>`
    : ""
}
${answer.citations.length ? answer.citations.map((c) => citationInSection(notice, c)) : html`<p class="note">No citation.</p>`}
${answer.followUps.length ? html`<p class="note">Follow-ups offered: ${answer.followUps.join(" · ")}</p>` : ""}
</div>`;
}

function caseBlock(notice: Notice, r: CaseResult): Html {
  const c = r.case;
  return html`<section class="case ${r.passed ? "pass" : "fail"}" id="case-${c.id}">
<h2><span class="badge">${r.passed ? "PASS" : "FAIL"}</span> ${c.id}${c.tags?.length ? html` <small>${c.tags.join(", ")}</small>` : ""}</h2>
<ol class="turns">${c.turns.map((t, i) => html`<li${i === r.checkedTurn ? html` class="checked"` : ""}>${t}</li>`)}</ol>
${c.now || c.tz ? html`<p class="meta">${c.now ? `now ${c.now}` : ""}${c.now && c.tz ? " · " : ""}${c.tz ? `zone ${c.tz}` : ""}</p>` : ""}
${r.failures.length ? html`<ul class="failures">${r.failures.map((f) => html`<li><code>${f.expectation}</code>: ${f.message}</li>`)}</ul>` : ""}
${answerBlock(notice, r.answers[r.checkedTurn]!)}
</section>`;
}

export function auditPage(notice: Notice, report: AuditReport, options: { failuresOnly?: boolean } = {}): string {
  const failed = report.results.filter((r) => !r.passed);
  const shown = options.failuresOnly ? failed : report.results;
  return layout(
    `Audit of ${report.noticeId}`,
    html`<p class="summary ${report.failed ? "fail" : "pass"}"><strong>${report.passed} passed, ${report.failed} failed</strong> · golden questions from <code>${report.source}</code></p>
<p class="filter">${
      options.failuresOnly
        ? html`Showing the ${failed.length} failing question${failed.length === 1 ? "" : "s"} only · <a href="/hr/audit">Show all ${report.results.length}</a>`
        : html`Showing all ${report.results.length} questions · <a href="/hr/audit?only=failures">Show failures only (${failed.length})</a>`
    }</p>
${failed.length ? html`<p>Failing: ${failed.map((r, i) => html`${i ? ", " : ""}<a href="#case-${r.case.id}">${r.case.id}</a>`)}</p>` : ""}
${options.failuresOnly && !failed.length ? html`<p class="note">Every golden question passes.</p>` : ""}
${shown.map((r) => caseBlock(notice, r))}`,
  );
}

export function auditErrorPage(message: string): string {
  return layout("Audit", html`<p class="error" role="alert">${message}</p>`);
}

export type TryInput = { turns: string[]; now: string; zone: string };

export function tryPage(notice: Notice, zones: string[], input: TryInput, result?: { answers: Answer[]; error?: string }): string {
  return layout(
    "Try a question",
    html`<form method="get" action="/hr/try" class="try">
<label for="q">Question (one line per turn of a conversation)</label>
<textarea id="q" name="q" rows="4" required>${input.turns.join("\n")}</textarea>
<div class="row">
<label>Now (ISO date-time, UTC unless an offset is given)<input name="now" value="${input.now}" placeholder="2025-10-06T08:00:00Z"></label>
<label>Time zone<input name="tz" value="${input.zone}" list="zones" placeholder="Europe/Brussels"></label>
</div>
<datalist id="zones">${zones.map((z) => html`<option value="${z}">`)}</datalist>
<button type="submit">Ask</button>
</form>
${result?.error ? html`<p class="error" role="alert">${result.error}</p>` : ""}
${(result?.answers ?? []).map((a, i) => html`<section class="case"><h2>${input.turns.length > 1 ? `Turn ${i + 1}: ` : ""}${input.turns[i] ?? ""}</h2>${answerBlock(notice, a)}</section>`)}`,
  );
}

const when = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16);

/** Which review rows a page shows: those still open (the default), the resolved ones, or all. */
export type ReviewShow = "open" | "resolved" | "all";

export type ReviewData = {
  /** "Not helpful" clicks, one row per question and answer given. */
  notHelpful: ReviewTally[];
  /** Answers read from the closest passage, or given with low confidence. */
  closest: ReviewTally[];
  /** Questions the notice does not answer, and off-topic ones. */
  gaps: ReviewTally[];
  /** How many times "Helpful" was pressed. */
  helpful: number;
  /** The languages questions came in, and the one shown when HR filters by it. */
  languages: string[];
  language?: string;
};

const GAP_WORDS: Record<string, string> = {
  not_in_notice: "not in the notice",
  off_topic: "off-topic",
  low_confidence: "low confidence",
};
const INTENT_WORDS: Record<string, string> = {
  uncovered: "the notice does not say",
  offtopic: "off-topic",
  search: "closest passage",
  underrepresented: "under-represented nationalities",
  greeting: "greeting",
  help: "help",
};
/** Why a row is in the review, in words. */
export function whyInWords(row: Pick<ReviewTally, "kind" | "gap" | "intent">): string {
  if (row.kind === "passage") return "answered from the closest passage";
  if (row.gap === "low_confidence") return "closest passage, low confidence";
  return row.gap ? GAP_WORDS[row.gap] ?? row.gap : "";
}
/** The topic the bot took the question for, in words. */
export const topicInWords = (intent: string) => INTENT_WORDS[intent] ?? intent.replace(/_/g, " ");

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "3 questions, asked 5 times": rows and repeats, so a count over a table always agrees with it. */
const counted = (rows: ReviewTally[]) => {
  const times = rows.reduce((n, r) => n + r.count, 0);
  return `${plural(rows.length, "question")}${times === rows.length ? "" : `, asked ${plural(times, "time")} in all`}`;
};

function actions(row: ReviewTally, show: ReviewShow): Html {
  return html`<td class="actions"><form method="post" action="/hr/review/resolve"><input type="hidden" name="id" value="${row.id}"><input type="hidden" name="show" value="${show}">${
    row.resolved ? html`<input type="hidden" name="resolved" value="false"><button type="submit">Open again</button>` : html`<button type="submit">Mark resolved</button>`
  }</form><form method="post" action="/hr/review/golden"><input type="hidden" name="id" value="${row.id}"><button type="submit">Make a golden question</button></form></td>`;
}

/** Rows shown per table; the heading counts them all. */
export const REVIEW_ROWS_SHOWN = 200;

function reviewTable(all: ReviewTally[], show: ReviewShow, columns: { answer: boolean; why: boolean }): Html {
  if (!all.length) return html`<p class="note">None${show === "open" ? " open" : show === "resolved" ? " resolved" : ""}.</p>`;
  const rows = all.slice(0, REVIEW_ROWS_SHOWN);
  return html`${all.length > rows.length ? html`<p class="note">The ${rows.length} most frequent of ${all.length} are shown.</p>` : ""}<table><thead><tr><th>Times</th><th>Question</th>${columns.answer ? html`<th>Answer given</th>` : ""}${columns.why ? html`<th>Why</th>` : ""}<th>Topic</th><th>Language</th><th>Last (UTC)</th><th>Status</th><th></th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr id="row-${r.id}"${r.resolved ? html` class="resolved"` : ""}><td class="num">${r.count}</td><td>${r.question}</td>${columns.answer ? html`<td class="given">${r.answer ?? ""}</td>` : ""}${
        columns.why ? html`<td>${whyInWords(r)}</td>` : ""
      }<td>${topicInWords(r.intent)}</td><td>${r.language ?? ""}</td><td>${when(r.last)}</td><td>${r.resolved ? "resolved" : "open"}</td>${actions(r, show)}</tr>`,
  )}</tbody></table>`;
}

export function reviewPage(data: ReviewData, options: { retentionDays: number; show?: ReviewShow; message?: string; failed?: boolean }): string {
  const show = options.show ?? "open";
  const query = (to: ReviewShow, language: string | undefined) => {
    const q = new URLSearchParams({ ...(to === "open" ? {} : { show: to }), ...(language ? { lang: language } : {}) }).toString();
    return `/hr/review${q ? `?${q}` : ""}`;
  };
  const link = (to: ReviewShow, label: string) => (to === show ? html`<strong>${label}</strong>` : html`<a href="${query(to, data.language)}">${label}</a>`);
  const language = (l: string | undefined, label: string) => (l === data.language ? html`<strong>${label}</strong>` : html`<a href="${query(show, l)}">${label}</a>`);
  return layout(
    "Review",
    html`${options.message ? (options.failed ? html`<p class="error" role="alert">${options.message}</p>` : html`<p class="ok" role="status">${options.message}</p>`) : ""}
<p class="note">Questions are stored without any user identifier, with e-mail addresses, phone numbers, long numbers, dates of birth and introduced names masked, each question once with how often it came, and deleted after ${options.retentionDays} days.</p>
<p class="filter">Show: ${link("open", "open")} · ${link("resolved", "resolved")} · ${link("all", "all")}</p>
${data.languages.length > 1 || data.language ? html`<p class="filter">Language: ${language(undefined, "all")}${data.languages.map((l) => html` · ${language(l, l)}`)}</p>` : ""}
<h2>Answers marked “Not helpful” (${counted(data.notHelpful)}; “Helpful” pressed ${plural(data.helpful, "time")})</h2>
${reviewTable(data.notHelpful, show, { answer: true, why: false })}
<h2>Answers from the closest passage or with low confidence (${counted(data.closest)})</h2>
${reviewTable(data.closest, show, { answer: true, why: true })}
<h2>Questions the notice did not answer (${counted(data.gaps)})</h2>
${reviewTable(data.gaps, show, { answer: false, why: true })}
<p class="note">“Make a golden question” adds the question to the audit: a “Not helpful” or off-topic answer must not come back, any other must cite the notice. Edit its expectation in the golden file when you know the right answer.</p>`,
  );
}

/** The golden question a review row becomes: pinned to the moment it was asked, expecting better than what was said. */
export function goldenCaseFor(row: ReviewEntry): GoldenCase {
  const said = (row.answer ?? "").split(/(?<=[.!?])\s/)[0]!.slice(0, 80).trim();
  const wrong = row.kind === "feedback" || row.gap === "off_topic";
  return {
    id: `review-${row.id}`,
    turns: [row.question],
    now: row.at.toISOString(),
    tags: ["review"],
    expect: wrong && said ? { none: [said] } : { cited: true },
  };
}

export function overviewPage(noticeId: string, counts: { rows: number; times: number; notHelpful: number }, audit: { passed: number; failed: number } | string): string {
  return layout(
    "Overview",
    html`<p>The bot answers about <code>${noticeId}</code>.</p>
<ul class="cards">
<li><a href="/hr/audit"><strong>Audit</strong></a>: ${typeof audit === "string" ? audit : `${audit.passed} golden questions pass, ${audit.failed} fail`}.</li>
<li><a href="/hr/try"><strong>Try a question</strong></a> at any moment and in any time zone.</li>
<li><a href="/hr/review"><strong>Review</strong></a>: ${plural(counts.rows, "open question")}${counts.times === counts.rows ? "" : ` (asked ${plural(counts.times, "time")} in all)`}, of which ${counts.notHelpful} marked “Not helpful”.</li>
</ul>`,
  );
}
