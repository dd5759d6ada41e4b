// When applications close, in Brussels time and the user's own, and how long is left.
import { deadlineStatus, formatDateTime, formatOffset, formatSpan, isDateOnly, zoneLabel } from "../../time/deadline.js";
import { silence, sentence, type Intent } from "../context.js";

export const deadline: Intent = (ctx) => {
  const d = ctx.facts.deadline;
  if (!d) return { parts: [silence(ctx, "a closing date")], citations: [], gap: "not_in_notice" };
  const status = deadlineStatus(d, ctx.now);
  const userZone = ctx.u.zone ?? ctx.session.zone ?? ctx.zone;
  if (ctx.u.zone) ctx.session.zone = ctx.u.zone;
  const at = `${formatDateTime(status.at, d.zone)} ${zoneLabel(d.zone)} (${formatOffset(status.at, d.zone)})`;
  const citations = [ctx.cite(d.quote)];
  const lateRule = ctx.facts.application.noLateApplications;
  const parts: string[] = [];
  const late = ctx.u.topics.has("deadline.late");
  const still = ctx.u.topics.has("deadline.still");
  if (status.closed) {
    parts.push(`${late ? "Yes, it is too late: applications" : still ? "No, applications" : "Applications"} closed on ${at}.`);
    if (userZone && userZone !== d.zone && status.at.setZone(userZone).offset !== status.at.offset)
      parts.push(`In ${zoneLabel(userZone)} that was ${formatDateTime(status.at, userZone)} (${formatOffset(status.at, userZone)}).`);
    parts.push(`It is now ${formatSpan(status.span)} after the deadline, so you can no longer apply for this post.`);
    if (lateRule) {
      parts.push(sentence(lateRule.quote));
      citations.push(ctx.cite(lateRule.quote));
    }
  } else {
    if (late) parts.push("No, it is not too late: applications are still open.");
    else if (still) parts.push("Yes, you can still apply: applications are open.");
    parts.push(`The deadline is ${at}.`);
    if (userZone && userZone !== d.zone && status.at.setZone(userZone).offset !== status.at.offset)
      parts.push(`In ${zoneLabel(userZone)} that is ${formatDateTime(status.at, userZone)} (${formatOffset(status.at, userZone)}).`);
    else if (userZone && userZone !== d.zone) parts.push(`${zoneLabel(userZone)} is on the same clock: ${status.at.setZone(userZone).toFormat("HH:mm")} there too.`);
    if (!userZone && ctx.u.topics.has("deadline.mine"))
      parts.push("Tell me where you are (for example “in Tokyo” or “in UTC”) and I will give you the time there.");
    const total = ctx.u.topics.has("deadline.minutes")
      ? ` (${status.span.totalMinutes} minutes)`
      : ctx.u.topics.has("deadline.hours") && status.span.days
        ? ` (${Math.floor(status.span.totalMinutes / 60)} hours)`
        : ctx.u.topics.has("deadline.weeks")
          ? ` (${Math.floor(status.span.days / 7)} week${Math.floor(status.span.days / 7) === 1 ? "" : "s"} and ${status.span.days % 7} day${status.span.days % 7 === 1 ? "" : "s"})`
          : "";
    parts.push(`You have ${formatSpan(status.span)}${total} left to apply (as of ${formatDateTime(ctx.now, userZone ?? d.zone)} ${zoneLabel(userZone ?? d.zone)}).`);
    if (lateRule) {
      parts.push(sentence(lateRule.quote));
      citations.push(ctx.cite(lateRule.quote));
    }
  }
  // A date alone: said so, and counted to the end of that day in the notice's zone.
  if (isDateOnly(d)) parts.splice(status.closed ? 1 : parts.findIndex((p) => p.includes(at)) + 1, 0, ctx.t("deadline.dateOnly", { zone: zoneLabel(d.zone) }));
  return { parts, citations };
};
