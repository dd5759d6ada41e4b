// When applications close, in the notice's zone and the user's own, and how long is left.
import { deadlineStatus, isDateOnly } from "../../time/deadline.js";
import { formatDay, formatMoment, formatOffset, formatSpan, formatWhen, formatZone } from "../../time/format.js";
import { fromPassages, isYesNoQuestion, quoted, subject, type Context, type Intent } from "../context.js";
import { normalizeForMatch } from "../../text/normalize.js";
import { clockParts } from "./deadline-clock.js";
import { escapeRegExp } from "../../text/regexp.js";

/**
 * A date the question names ("Is the deadline 20 October?", "is it on the 21st?"), as day and month (month
 * absent when only a day is given), read with the lexicon's month names; undefined when it names none.
 */
function askedDate(ctx: Context): { day: number; month?: number } | undefined {
  const months = ctx.lexicon.words.months;
  const names = Object.keys(months).map((m) => normalizeForMatch(m).replace(/\./g, "")).filter(Boolean).sort((a, b) => b.length - a.length);
  if (!names.length) return undefined;
  const month = `(${names.map((n) => escapeRegExp(n)).join("|")})`;
  const text = ctx.u.text;
  const dayFirst = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th|er|e|\\.)?\\s*(?:of\\s+|de\\s+)?${month}(?![\\p{L}])`, "u").exec(text);
  const monthFirst = new RegExp(`(?<![\\p{L}])${month}\\s+(\\d{1,2})(?![\\p{N}])`, "u").exec(text);
  const of = (name: string) => Object.entries(months).find(([m]) => normalizeForMatch(m).replace(/\./g, "") === name)?.[1];
  if (dayFirst) return { day: Number(dayFirst[1]), ...(of(dayFirst[2]!) ? { month: of(dayFirst[2]!)! } : {}) };
  if (monthFirst) return { day: Number(monthFirst[2]), ...(of(monthFirst[1]!) ? { month: of(monthFirst[1]!)! } : {}) };
  const ordinal = /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)(?![\p{L}])/u.exec(text);
  return ordinal ? { day: Number(ordinal[1]) } : undefined;
}

export const deadline: Intent = (ctx) => {
  const d = ctx.facts.deadline;
  // No closing date read: the passages on closing dates ("There is no deadline: the register remains open"), or silence.
  if (!d) return fromPassages(ctx, "deadline", subject(ctx, "deadline"), [], 2);
  const status = deadlineStatus(d, ctx.now);
  // "Brussels is UTC+1": an offset the user believes in is checked, never taken as where they are.
  const claimed = ctx.u.zone !== undefined && (ctx.u.clock?.offsets ?? []).some((o) => o.offset === ctx.u.zone);
  // "the job is in Ireland, right?": the job's place is not where the user is.
  const named = claimed || ctx.u.jobPlace ? undefined : ctx.u.zone;
  const userZone = named ?? ctx.session.zone ?? ctx.zone;
  if (named) ctx.session.zone = named;
  // What the user says of the clock, on the deadline's own date; a wrong offset in a yes/no question is answered "No" first.
  const clock = clockParts(ctx, d, status.at, userZone);
  const asks = isYesNoQuestion(ctx);
  const first = clock.wrong && (asks || /\?\s*$/.test(ctx.u.original)) ? [ctx.t("deadline.date.no")] : clock.right && asks ? [ctx.t("deadline.date.yes")] : [];
  const at = formatMoment(status.at, d.zone, ctx.speaker);
  const citations = [ctx.cite(d.quote)];
  const lateRule = ctx.facts.application.noLateApplications;
  // Windows or rolling cut-offs: the date in force is answered, and the notice's own list of dates quoted.
  const several = ctx.facts.deadlines;
  if (several) citations.push(ctx.cite(several.quote));
  const listed = several ? quoted(ctx, several.quote) : undefined;
  const parts: string[] = [];
  // "My mail left at 09:58 UTC, was I late?": the time stated answers it, not where the clock stands now.
  const sent = Boolean(ctx.u.clock?.times.length);
  const late = !sent && ctx.u.topics.has("deadline.late");
  const still = !sent && ctx.u.topics.has("deadline.still");
  // "Will the deadline be extended?": the notice gives one deadline and says nothing of moving it.
  if (ctx.u.topics.has("deadline.extension") && !clock.parts.length) parts.push(ctx.t("deadline.extension.silent"));
  // A date alone: said so, and counted to the end of that day in the notice's zone.
  const dateOnly = isDateOnly(d) ? ctx.t("deadline.dateOnly", { zone: formatZone(d.zone, ctx.speaker) }) : undefined;
  const elsewhere = userZone && userZone !== d.zone && status.at.setZone(userZone).offset !== status.at.offset;
  if (status.closed) {
    parts.push(...first);
    parts.push(ctx.t(late ? "deadline.closed.late" : still ? "deadline.closed.still" : "deadline.closed", { at }));
    if (dateOnly) parts.push(dateOnly);
    parts.push(...clock.parts);
    if (elsewhere) parts.push(ctx.t("deadline.closed.there", { zone: formatZone(userZone, ctx.speaker), when: formatWhen(status.at, userZone, ctx.speaker), offset: formatOffset(status.at, userZone) }));
    parts.push(ctx.t("deadline.closed.since", { span: formatSpan(status.span, ctx.speaker) }));
    if (listed) parts.push(listed);
    if (lateRule) {
      parts.push(quoted(ctx, lateRule.quote));
      citations.push(ctx.cite(lateRule.quote));
    }
    return { parts, citations };
  }
  // "Is the deadline 20 October?": the date named against the notice's, in its own zone.
  const asked = asks && !first.length ? askedDate(ctx) : undefined;
  parts.push(...first);
  if (asked) {
    const local = status.at.setZone(d.zone);
    const same = asked.day === local.day && (asked.month === undefined || asked.month === local.month);
    parts.push(ctx.t(same ? "deadline.date.yes" : "deadline.date.no"));
  }
  if (late) parts.push(ctx.t("deadline.open.late"));
  else if (still) parts.push(ctx.t("deadline.open.still"));
  parts.push(ctx.t("deadline.open", { at }));
  if (dateOnly) parts.push(dateOnly);
  parts.push(...clock.parts);
  if (elsewhere) parts.push(ctx.t("deadline.open.there", { zone: formatZone(userZone, ctx.speaker), when: formatWhen(status.at, userZone, ctx.speaker), offset: formatOffset(status.at, userZone) }));
  else if (userZone && userZone !== d.zone) parts.push(ctx.t("deadline.open.sameClock", { zone: formatZone(userZone, ctx.speaker), time: status.at.setZone(userZone).toFormat("HH:mm") }));
  if (!userZone && !clock.parts.length && ctx.u.topics.has("deadline.mine")) parts.push(ctx.t("deadline.askZone"));
  const weeks = Math.floor(status.span.days / 7);
  const total = ctx.u.topics.has("deadline.minutes")
    ? ctx.t("deadline.inMinutes", { n: status.span.totalMinutes })
    : ctx.u.topics.has("deadline.hours") && status.span.days
      ? ctx.t("deadline.inHours", { n: Math.floor(status.span.totalMinutes / 60) })
      : ctx.u.topics.has("deadline.weeks")
        ? ctx.t("deadline.inWeeks", { weeks, days: status.span.days % 7 })
        : "";
  const here = userZone ?? d.zone;
  parts.push(ctx.t("deadline.left", { span: formatSpan(status.span, ctx.speaker), total, now: formatDay(ctx.now, here, ctx.speaker), zone: formatZone(here, ctx.speaker) }));
  if (listed) parts.push(listed);
  if (lateRule) {
    parts.push(quoted(ctx, lateRule.quote));
    citations.push(ctx.cite(lateRule.quote));
  }
  return { parts, citations };
};

