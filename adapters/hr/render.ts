// The HR pages' HTML: an answer as HR checks it (text, verdict, each citation highlighted within its
// notice section), the audit, the try box and the review. Pure functions of their data.
import type { Answer, Citation, Notice } from "../../src/index.js";
import type { AuditReport, CaseResult } from "../../src/index.js";
import type { GoldenCase, GoldenEntry, ReviewContext, ReviewEntry, ReviewTally } from "../../src/index.js";
import { highlight, html, type Html } from "./html.js";

export function layout(title: string, body: Html, options: { nav?: boolean } = {}): string {
  const nav = options.nav ?? true;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="description" content="vacancy-bot HR pages: golden questions, the audit and the review.">
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

/** Where a golden question comes from: the shipped file, or HR (with its history). */
export type GoldenSource = { source: "file" | "hr"; entry?: GoldenEntry };

/** "made by Ana on 2026-12-07 04:40 from review row 12 · edited by Jo on …" */
export function historyInWords(entry: GoldenEntry): string {
  return entry.history
    .map((h) => `${h.action} by ${h.by} on ${when(h.at)} UTC${h.reviewRow !== undefined ? ` from review row ${h.reviewRow}` : ""}`)
    .join(" · ");
}

function caseActions(id: string): Html {
  return html`<p class="case-actions"><a href="/hr/golden/edit?id=${encodeURIComponent(id)}">Edit</a>
<form method="post" action="/hr/golden/delete" class="inline"><input type="hidden" name="id" value="${id}"><button type="submit" class="secondary">Delete ${id}</button></form></p>`;
}

function caseBlock(notice: Notice, r: CaseResult, from?: GoldenSource): Html {
  const c = r.case;
  return html`<section class="case ${r.passed ? "pass" : "fail"}" id="case-${c.id}">
<h2><span class="badge">${r.passed ? "PASS" : "FAIL"}</span> ${c.id}${c.tags?.length ? html` <small>${c.tags.join(", ")}</small>` : ""}</h2>
${from ? html`<p class="meta">${from.source === "file" ? "From the shipped golden file" : html`HR's question: ${from.entry ? historyInWords(from.entry) : ""}`}</p>${caseActions(c.id)}` : ""}
<p class="meta">Expects: ${expectationInWords(c.expect)}</p>
<ol class="turns">${c.turns.map((t, i) => html`<li${i === r.checkedTurn ? html` class="checked"` : ""}>${t}</li>`)}</ol>
${c.now || c.tz ? html`<p class="meta">${c.now ? `now ${c.now}` : ""}${c.now && c.tz ? " · " : ""}${c.tz ? `zone ${c.tz}` : ""}</p>` : ""}
${r.failures.length ? html`<ul class="failures">${r.failures.map((f) => html`<li><code>${f.expectation}</code>: ${f.message}</li>`)}</ul>` : ""}
${answerBlock(notice, r.answers[r.checkedTurn]!)}
</section>`;
}

/** What a golden question expects, in words. */
export function expectationInWords(e: GoldenCase["expect"]): string {
  const words = [
    ...(e.all ?? []).map((g) => `“${Array.isArray(g) ? g.join("” or “") : g}” appears`),
    ...(e.none ?? []).map((n) => `“${n}” does not appear`),
    ...(e.verdict ? [`the verdict is ${e.verdict.replace(/_/g, " ")}`] : []),
    ...(e.cited ? ["a passage of the notice is cited"] : []),
    ...(e.intent ? [`the topic is ${e.intent}`] : []),
    ...(e.turn !== undefined ? [`(turn ${e.turn + 1} checked)`] : []),
  ];
  return words.length ? words.join("; ") : "nothing (every answer passes)";
}

export function auditPage(
  notice: Notice,
  report: AuditReport,
  options: { failuresOnly?: boolean; sources?: Map<string, GoldenSource>; deleted?: GoldenEntry[]; message?: string } = {},
): string {
  const failed = report.results.filter((r) => !r.passed);
  const shown = options.failuresOnly ? failed : report.results;
  return layout(
    `Audit of ${report.noticeId}`,
    html`${options.message ? html`<p class="ok" role="status">${options.message}</p>` : ""}
<p class="summary ${report.failed ? "fail" : "pass"}"><strong>${report.passed} passed, ${report.failed} failed</strong> · golden questions from <code>${report.source}</code></p>
<p class="filter">${
      options.failuresOnly
        ? html`Showing the ${failed.length} failing question${failed.length === 1 ? "" : "s"} only · <a href="/hr/audit">Show all ${report.results.length}</a>`
        : html`Showing all ${report.results.length} questions · <a href="/hr/audit?only=failures">Show failures only (${failed.length})</a>`
    }</p>
${failed.length ? html`<p>Failing: ${failed.map((r, i) => html`${i ? ", " : ""}<a href="#case-${r.case.id}">${r.case.id}</a>`)}</p>` : ""}
${options.failuresOnly && !failed.length ? html`<p class="note">Every golden question passes.</p>` : ""}
${shown.map((r) => caseBlock(notice, r, options.sources?.get(r.case.id)))}
${options.deleted?.length ? html`<h2>Deleted golden questions</h2><ul>${options.deleted.map((e) => html`<li><code>${e.id}</code>: ${historyInWords(e)}</li>`)}</ul>` : ""}`,
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
  }</form><a class="button" href="/hr/golden/new?row=${row.id}">Make a golden question…</a></td>`;
}

/** Rows shown per table; the heading counts them all. */
export const REVIEW_ROWS_SHOWN = 200;

/** The row's context: the turns before the question, the rule and confidence of the answer, the facts its verdict rests on. */
export function contextBlock(context: ReviewContext | undefined): Html {
  if (!context) return html``;
  const confidence = typeof context.confidence === "number" ? `${Math.round(context.confidence * 100)} %` : "";
  return html`${context.previous?.length ? html`<div class="context"><span class="label">Before it:</span><ol class="previous">${context.previous.map((t) => html`<li>${t}</li>`)}</ol></div>` : ""}${
    context.rule || confidence ? html`<p class="meta">rule <code>${context.rule ?? "?"}</code>${confidence ? html` · confidence ${confidence}` : ""}</p>` : ""
  }${
    context.criteria?.length
      ? html`<details class="facts"><summary>Verdict ${context.verdict?.replace(/_/g, " ") ?? ""}: the facts it rests on</summary><ul>${context.criteria.map((c) => html`<li class="${c.status}"><strong>${c.label}</strong> (${c.status.replace(/_/g, " ")}): ${c.reason}</li>`)}</ul></details>`
      : ""
  }`;
}

function reviewTable(all: ReviewTally[], show: ReviewShow, columns: { answer: boolean; why: boolean }): Html {
  if (!all.length) return html`<p class="note">None${show === "open" ? " open" : show === "resolved" ? " resolved" : ""}.</p>`;
  const rows = all.slice(0, REVIEW_ROWS_SHOWN);
  return html`${all.length > rows.length ? html`<p class="note">The ${rows.length} most frequent of ${all.length} are shown.</p>` : ""}<table class="review"><thead><tr><th>Times</th><th>Question</th>${columns.answer ? html`<th>Answer given</th>` : ""}${columns.why ? html`<th>Why</th>` : ""}<th>Topic</th><th>Language</th><th>Last (UTC)</th><th>Status</th><th>Actions</th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr id="row-${r.id}"${r.resolved ? html` class="resolved"` : ""}><td class="num" data-label="Times">${r.count}</td><td class="question" data-label="Question"><p class="q">${r.question}</p>${contextBlock(r.context)}</td>${columns.answer ? html`<td class="given" data-label="Answer given">${r.answer ?? ""}</td>` : ""}${
        columns.why ? html`<td data-label="Why">${whyInWords(r)}</td>` : ""
      }<td data-label="Topic">${topicInWords(r.intent)}</td><td data-label="Language">${r.language ?? ""}</td><td data-label="Last (UTC)">${when(r.last)}</td><td data-label="Status">${r.resolved ? "resolved" : "open"}</td>${actions(r, show)}</tr>`,
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
<p class="note">“Make a golden question” shows the question with the turns before it and what the audit will expect, checked against the bot at once; you change the expectation before you save it. HR's golden questions are kept in the review database, beside the shipped golden file; the audit page edits and deletes them.</p>`,
  );
}

/**
 * The golden question a review row is proposed as, for HR to change before saving: the turns before it and the
 * question, pinned to the moment it was asked, expecting a cited passage (and the verdict given, if any). Nothing
 * is read from the answer into "must not appear": an answer marked "Not helpful" may be right, and a question that
 * demands a right answer not come back would keep the audit red.
 */
export function goldenCaseFor(row: ReviewEntry): GoldenCase {
  const verdict = row.context?.verdict;
  return {
    id: `review-${row.id}`,
    turns: [...(row.context?.previous ?? []), row.question],
    now: row.at.toISOString(),
    tags: ["review"],
    expect: { cited: true, ...(verdict === "eligible" || verdict === "not_eligible" || verdict === "incomplete" ? { verdict } : {}) },
  };
}

/** The golden-question form's fields, as text (one line per turn, per required phrase, per forbidden phrase). */
export type GoldenFormInput = {
  id: string;
  turns: string;
  now: string;
  tz: string;
  /** One line per phrase that must appear; " | " between phrases of which one is enough. */
  all: string;
  none: string;
  verdict: string;
  cited: boolean;
  intent: string;
  by: string;
  row?: number;
  /** Editing an existing question (its id stays). */
  editing: boolean;
};

export function goldenFormInput(c: GoldenCase, extra: { by?: string; row?: number; editing: boolean }): GoldenFormInput {
  return {
    id: c.id,
    turns: c.turns.join("\n"),
    now: c.now ?? "",
    tz: c.tz ?? "",
    all: (c.expect.all ?? []).map((g) => (Array.isArray(g) ? g.join(" | ") : g)).join("\n"),
    none: (c.expect.none ?? []).join("\n"),
    verdict: c.expect.verdict ?? "",
    cited: c.expect.cited ?? false,
    intent: c.expect.intent ?? "",
    by: extra.by ?? "",
    editing: extra.editing,
    ...(extra.row !== undefined ? { row: extra.row } : {}),
  };
}

/** The case a filled-in form stands for (validated by the caller). */
export function goldenCaseOf(input: GoldenFormInput, tags: string[] = ["review"]): GoldenCase {
  const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const all = lines(input.all).map((l) => {
    const alternatives = l.split(/\s+\|\s+/).map((a) => a.trim()).filter(Boolean);
    return alternatives.length === 1 ? alternatives[0]! : alternatives;
  });
  const none = lines(input.none);
  return {
    id: input.id.trim(),
    turns: lines(input.turns),
    ...(input.now.trim() ? { now: input.now.trim() } : {}),
    ...(input.tz.trim() ? { tz: input.tz.trim() } : {}),
    tags,
    expect: {
      ...(all.length ? { all } : {}),
      ...(none.length ? { none } : {}),
      ...(input.verdict ? { verdict: input.verdict as "eligible" } : {}),
      ...(input.cited ? { cited: true } : {}),
      ...(input.intent.trim() ? { intent: input.intent.trim() } : {}),
    },
  };
}

/** The form that makes or edits a golden question: what it will expect, and how the bot answers it now. */
export function goldenFormPage(
  notice: Notice,
  input: GoldenFormInput,
  result: { check?: CaseResult; error?: string; answerThen?: string; context?: ReviewContext } = {},
): string {
  const verdicts = ["", "eligible", "not_eligible", "incomplete"];
  return layout(
    input.editing ? `Edit the golden question ${input.id}` : "Make a golden question",
    html`${result.error ? html`<p class="error" role="alert">${result.error}</p>` : ""}
${result.answerThen !== undefined ? html`<section class="then"><h2>The answer given then</h2><p class="given">${result.answerThen}</p>${contextBlock(result.context)}</section>` : ""}
<form method="post" action="/hr/golden/save" class="golden">
<input type="hidden" name="editing" value="${input.editing ? "1" : ""}">
${input.row !== undefined ? html`<input type="hidden" name="row" value="${String(input.row)}">` : ""}
<label for="g-id">Id</label>
<input id="g-id" name="id" value="${input.id}" required${input.editing ? html` readonly` : ""}>
<label for="g-turns">The conversation (one line per turn; the last is checked)</label>
<textarea id="g-turns" name="turns" rows="3" required>${input.turns}</textarea>
<div class="row">
<label>Asked at (ISO date-time)<input name="now" value="${input.now}"></label>
<label>Time zone<input name="tz" value="${input.tz}" placeholder="Europe/Brussels"></label>
</div>
<fieldset><legend>What the answer must do</legend>
<label for="g-all">Words that must appear (one line each; “ | ” between words of which one is enough)</label>
<textarea id="g-all" name="all" rows="3">${input.all}</textarea>
<label for="g-none">Words that must not appear (one line each)</label>
<textarea id="g-none" name="none" rows="2">${input.none}</textarea>
<label for="g-verdict">Verdict</label>
<select id="g-verdict" name="verdict">${verdicts.map((v) => html`<option value="${v}"${v === input.verdict ? html` selected` : ""}>${v ? v.replace(/_/g, " ") : "any (not checked)"}</option>`)}</select>
<label class="check"><input type="checkbox" name="cited" value="1"${input.cited ? html` checked` : ""}> It cites a passage of the notice</label>
<label for="g-intent">Topic (intent) that must answer, if any</label>
<input id="g-intent" name="intent" value="${input.intent}">
</fieldset>
<label for="g-by">Your name (kept in the question's history)</label>
<input id="g-by" name="by" value="${input.by}" autocomplete="name">
<div class="buttons"><button type="submit" name="do" value="check" class="secondary">Check against the bot</button> <button type="submit" name="do" value="save">Save the golden question</button></div>
</form>
${
  result.check
    ? html`<section class="case ${result.check.passed ? "pass" : "fail"}" id="check"><h2><span class="badge">${result.check.passed ? "PASS" : "FAIL"}</span> How the bot answers it now</h2>
<p class="meta">Expects: ${expectationInWords(result.check.case.expect)}</p>
${result.check.passed ? html`<p class="ok">It passes now: saved, it guards this answer.</p>` : html`<p class="warn">It fails now: saved as it is, the audit shows a failure until the answer changes.</p>`}
${result.check.failures.length ? html`<ul class="failures">${result.check.failures.map((f) => html`<li><code>${f.expectation}</code>: ${f.message}</li>`)}</ul>` : ""}
${answerBlock(notice, result.check.answers[result.check.checkedTurn]!)}</section>`
    : ""
}`,
  );
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
