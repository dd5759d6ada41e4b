// Application windows (facts.deadlines of kind "windows"): the eligibility criteria apply on the closing date
// of a window, so an eligibility check names the window it is for and its closing: the one the message names
// (by the month and year its period starts, "the traineeship starting in October 2027"), else the one in force
// at `now`, and quotes the notice's rule on when the criteria apply.
import type { DateTime } from "luxon";
import type { Answer } from "../answer.js";
import type { Catalogue } from "../i18n/catalogue.js";
import { cite, type Notice } from "../knowledge/load.js";
import type { Facts } from "../knowledge/schema.js";
import { deadlineInForce, deadlineInstant } from "../time/deadline.js";
import { formatMoment } from "../time/format.js";
import { escapeRegExp as escape } from "../text/regexp.js";

type Window = NonNullable<Facts["deadlines"]>["windows"][number];

const fold = (s: string): string => s.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");

/** The months and years a text names ("October 2027", "octobre 2027"), in order, with the month words given. */
export function monthYears(text: string, months: Record<string, number>): { month: number; year: number }[] {
  const names = Object.keys(months).sort((a, b) => b.length - a.length);
  if (!names.length) return [];
  const re = new RegExp(`(?<![\\p{L}])(${names.map((n) => escape(fold(n))).join("|")})\\.?\\s+(\\d{4})(?!\\d)`, "gu");
  const byName = new Map(Object.entries(months).map(([k, v]) => [fold(k), v]));
  return [...fold(text).matchAll(re)].map((m) => ({ month: byName.get(m[1]!)!, year: Number(m[2]) }));
}

/** The window whose period's first month and year the message names, if one. */
export function windowNamed(text: string, windows: Window[], months: Record<string, number>): Window | undefined {
  const asked = monthYears(text, months);
  if (!asked.length) return undefined;
  const matches = windows.filter((w) => {
    const first = w.label ? monthYears(w.label, months)[0] : undefined;
    return first && asked.some((a) => a.month === first.month && a.year === first.year);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/** An eligibility answer on a notice with windows, with the window it is for and when the criteria apply. */
export function withWindow(answer: Answer, text: string, notice: Notice, now: DateTime, months: Record<string, number>, catalogue: Catalogue): Answer {
  const d = notice.facts.deadlines;
  const when = notice.facts.eligibility.when;
  if (answer.intent !== "eligibility" || !answer.verdict || d?.kind !== "windows" || !when || d.windows.length < 2) return answer;
  const inForce = deadlineInForce(d, now);
  const window = windowNamed(text, d.windows, months) ?? d.windows.find((w) => w.quote === inForce?.quote);
  if (!window?.label) return answer;
  const closes = deadlineInstant({ local: window.closes, zone: d.zone });
  const speaker = { language: catalogue.language, t: catalogue.t };
  const part = catalogue.t("windows.criteriaOn", { label: window.label, closes: formatMoment(closes, d.zone, speaker) });
  return {
    ...answer,
    // After the verdict's first line, before the criteria.
    parts: [...answer.parts.slice(0, 1), `${part} “${when.quote.replace(/\s+/g, " ")}”`, ...answer.parts.slice(1)],
    citations: [...answer.citations, cite(notice, when.quote), cite(notice, window.quote)],
  };
}
