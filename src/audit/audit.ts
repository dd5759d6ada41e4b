// The audit: each golden question through the bot, each expectation checked against the answer.
// Text is compared as the evaluation grader compares it: case folded, white space folded, Markdown
// emphasis, links and escapes read as their text, so HR's expectations mean the same in both places.
import { renderText, type Answer } from "../answer.js";
import type { Bot } from "../conversation/bot.js";
import type { Notice } from "../knowledge/load.js";
import type { GoldenCase } from "./golden.js";

/** One expectation that did not hold, named as it stands in the golden file. */
export type Failure = {
  /** "all[1]", "none", "verdict", "cited", "intent" or "answers". */
  expectation: string;
  message: string;
};

export type CaseResult = {
  case: GoldenCase;
  /** Every turn's answer, in order. */
  answers: Answer[];
  /** The turn whose answer was checked. */
  checkedTurn: number;
  failures: Failure[];
  passed: boolean;
  /** How sure the understanding was of the checked answer (0–1), where it could tell. */
  confidence?: number;
  /** The checked answer rests on a reading below the confidence HR should trust (LOW_CONFIDENCE), or on the closest passage. */
  lowConfidence: boolean;
};

/** Below this share of the classifier's votes an answer is flagged for HR, even when it passed. */
export const LOW_CONFIDENCE = 0.4;

export type AuditReport = {
  noticeId: string;
  /** Where the golden questions came from, as given. */
  source: string;
  results: CaseResult[];
  passed: number;
  failed: number;
};

/** The grader's text form: NFKC, Markdown links as their label, escapes and emphasis dropped, space folded, lower case. */
export function normalizeForCheck(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\\(?=[^\s\w])/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .toLowerCase()
    .trim();
}

/** Checks one answer against a case's expectations; an empty list means it passed. */
export function checkAnswer(answer: Answer, expectations: GoldenCase["expect"], noticeText: string): Failure[] {
  const text = normalizeForCheck(renderText(answer));
  const failures: Failure[] = [];
  for (const [i, group] of (expectations.all ?? []).entries()) {
    const alts = Array.isArray(group) ? group : [group];
    if (!alts.some((alt) => text.includes(normalizeForCheck(alt))))
      failures.push({ expectation: `all[${i}]`, message: `missing one of ${JSON.stringify(alts)}` });
  }
  for (const bad of expectations.none ?? [])
    if (text.includes(normalizeForCheck(bad))) failures.push({ expectation: "none", message: `says ${JSON.stringify(bad)}` });
  if (expectations.verdict && answer.verdict !== expectations.verdict)
    failures.push({ expectation: "verdict", message: `verdict ${answer.verdict ?? "none"}, wanted ${expectations.verdict}` });
  if (expectations.intent && answer.intent !== expectations.intent)
    failures.push({ expectation: "intent", message: `intent ${answer.intent}, wanted ${expectations.intent}` });
  if (expectations.cited) {
    const real = answer.citations.filter((c) => {
      const q = normalizeForCheck(c.quote);
      return q.length > 10 && noticeText.includes(q);
    });
    if (!real.length) failures.push({ expectation: "cited", message: "no citation quoting the notice" });
  }
  return failures;
}

/**
 * Runs golden questions through a bot, each case in a fresh conversation, and checks the answers.
 *
 * @example
 * const report = auditNotice(bot, notice, readGolden("knowledge/N/golden.jsonl"), "knowledge/N/golden.jsonl");
 * `${report.passed} passed, ${report.failed} failed` // → "31 passed, 0 failed"
 */
export function auditNotice(bot: Bot, notice: Notice, cases: GoldenCase[], source: string): AuditReport {
  const noticeText = normalizeForCheck(notice.text);
  const results = cases.map((c, index): CaseResult => {
    const sessionId = `audit:${index}:${c.id}`;
    try {
      const answers = c.turns.map((text) => bot.ask({ sessionId, text, now: c.now, zone: c.tz }));
      const checkedTurn = c.expect.turn ?? c.turns.length - 1;
      const checked = answers[checkedTurn]!;
      const failures = checkAnswer(checked, c.expect, noticeText);
      const lowConfidence = (checked.confidence !== undefined && checked.confidence < LOW_CONFIDENCE && checked.rule !== "small-talk") || checked.gap === "low_confidence";
      return { case: c, answers, checkedTurn, failures, passed: failures.length === 0, lowConfidence, ...(checked.confidence !== undefined ? { confidence: checked.confidence } : {}) };
    } finally {
      bot.reset(sessionId);
    }
  });
  const passed = results.filter((r) => r.passed).length;
  return { noticeId: notice.id, source, results, passed, failed: results.length - passed };
}

const oneLine = (s: string, max: number) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/**
 * The report as a terminal shows it: a line per case (failures with each failing expectation named and
 * the answer given), a tally per tag, and a last line with the counts.
 */
export function renderAuditReport(report: AuditReport, options: { verbose?: boolean } = {}): string {
  const lines: string[] = [`Audit of ${report.noticeId} (${report.source})`, ""];
  const byTag = new Map<string, [number, number]>();
  for (const r of report.results) {
    for (const tag of r.case.tags?.length ? r.case.tags : ["untagged"]) {
      const t = byTag.get(tag) ?? [0, 0];
      t[r.passed ? 0 : 1]++;
      byTag.set(tag, t);
    }
    lines.push(`${r.passed ? "ok  " : "FAIL"} ${r.case.id}: ${oneLine(r.case.turns.join(" | "), 100)}`);
    for (const f of r.failures) lines.push(`     ✗ ${f.expectation}: ${f.message}`);
    if (r.lowConfidence || options.verbose)
      lines.push(`     ~ ${r.answers[r.checkedTurn]!.rule ?? "answered"}, confidence ${r.confidence?.toFixed(2) ?? "–"}${r.lowConfidence ? ": low, worth a look" : ""}`);
    if (!r.passed || options.verbose) lines.push(`     > ${oneLine(renderText(r.answers[r.checkedTurn]!), options.verbose ? 2000 : 300)}`);
  }
  lines.push("");
  for (const [tag, [p, f]] of [...byTag].sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${tag.padEnd(18)} ${p}/${p + f}`);
  const low = report.results.filter((r) => r.lowConfidence).length;
  if (low) lines.push(`  ${low} answer${low === 1 ? "" : "s"} read with low confidence (below ${LOW_CONFIDENCE}): check them even where they passed`);
  lines.push(`${report.passed} passed, ${report.failed} failed`);
  return lines.join("\n");
}
