// When applications close, in the notice's zone and the user's own, and how long is left.
import { deadlineStatus, isDateOnly } from "../../time/deadline.js";
import { formatMoment, formatOffset, formatSpan, formatWhen, formatZone } from "../../time/format.js";
import { quoted, silence, subject, type Intent } from "../context.js";

export const deadline: Intent = (ctx) => {
  const d = ctx.facts.deadline;
  if (!d) return { parts: [silence(ctx, subject(ctx, "deadline"))], citations: [], gap: "not_in_notice" };
  const status = deadlineStatus(d, ctx.now);
  const userZone = ctx.u.zone ?? ctx.session.zone ?? ctx.zone;
  if (ctx.u.zone) ctx.session.zone = ctx.u.zone;
  const at = formatMoment(status.at, d.zone, ctx.speaker);
  const citations = [ctx.cite(d.quote)];
  const lateRule = ctx.facts.application.noLateApplications;
  const parts: string[] = [];
  const late = ctx.u.topics.has("deadline.late");
  const still = ctx.u.topics.has("deadline.still");
  // "Will the deadline be extended?": the notice gives one deadline and says nothing of moving it.
  if (ctx.u.topics.has("deadline.extension")) parts.push(ctx.t("deadline.extension.silent"));
  // A date alone: said so, and counted to the end of that day in the notice's zone.
  const dateOnly = isDateOnly(d) ? ctx.t("deadline.dateOnly", { zone: formatZone(d.zone, ctx.speaker) }) : undefined;
  const elsewhere = userZone && userZone !== d.zone && status.at.setZone(userZone).offset !== status.at.offset;
  if (status.closed) {
    parts.push(ctx.t(late ? "deadline.closed.late" : still ? "deadline.closed.still" : "deadline.closed", { at }));
    if (dateOnly) parts.push(dateOnly);
    if (elsewhere) parts.push(ctx.t("deadline.closed.there", { zone: formatZone(userZone, ctx.speaker), when: formatWhen(status.at, userZone, ctx.speaker), offset: formatOffset(status.at, userZone) }));
    parts.push(ctx.t("deadline.closed.since", { span: formatSpan(status.span, ctx.speaker) }));
    if (lateRule) {
      parts.push(quoted(ctx, lateRule.quote));
      citations.push(ctx.cite(lateRule.quote));
    }
    return { parts, citations };
  }
  if (late) parts.push(ctx.t("deadline.open.late"));
  else if (still) parts.push(ctx.t("deadline.open.still"));
  parts.push(ctx.t("deadline.open", { at }));
  if (dateOnly) parts.push(dateOnly);
  if (elsewhere) parts.push(ctx.t("deadline.open.there", { zone: formatZone(userZone, ctx.speaker), when: formatWhen(status.at, userZone, ctx.speaker), offset: formatOffset(status.at, userZone) }));
  else if (userZone && userZone !== d.zone) parts.push(ctx.t("deadline.open.sameClock", { zone: formatZone(userZone, ctx.speaker), time: status.at.setZone(userZone).toFormat("HH:mm") }));
  if (!userZone && ctx.u.topics.has("deadline.mine")) parts.push(ctx.t("deadline.askZone"));
  const weeks = Math.floor(status.span.days / 7);
  const total = ctx.u.topics.has("deadline.minutes")
    ? ctx.t("deadline.inMinutes", { n: status.span.totalMinutes })
    : ctx.u.topics.has("deadline.hours") && status.span.days
      ? ctx.t("deadline.inHours", { n: Math.floor(status.span.totalMinutes / 60) })
      : ctx.u.topics.has("deadline.weeks")
        ? ctx.t("deadline.inWeeks", { weeks, days: status.span.days % 7 })
        : "";
  const here = userZone ?? d.zone;
  parts.push(ctx.t("deadline.left", { span: formatSpan(status.span, ctx.speaker), total, now: formatWhen(ctx.now, here, ctx.speaker), zone: formatZone(here, ctx.speaker) }));
  if (lateRule) {
    parts.push(quoted(ctx, lateRule.quote));
    citations.push(ctx.cite(lateRule.quote));
  }
  return { parts, citations };
};

