// When applications close, in Brussels time and the user's own, and how long is left.
import { deadlineStatus, formatDateTime, formatOffset, formatSpan, zoneLabel } from "../../time/deadline.js";
import { silence, sentence, type Intent } from "../context.js";

export const deadline: Intent = (ctx) => {
  const d = ctx.facts.deadline;
  if (!d) return { parts: [silence(ctx, "a closing date")], citations: [], gap: "not_in_notice" };
  const status = deadlineStatus(d, ctx.now);
  const userZone = ctx.u.zone ?? ctx.session.zone ?? ctx.zone;
  if (ctx.u.zone) ctx.session.zone = ctx.u.zone;
  const at = `${formatDateTime(status.at, d.zone)} ${zoneLabel(d.zone)} (${formatOffset(status.at, d.zone)})`;
  const citations = [ctx.cite(d.quote)];
  const late = ctx.facts.application.noLateApplications;
  const parts: string[] = [];
  if (status.closed) {
    parts.push(`Applications closed on ${at}.`);
    parts.push(`It is now ${formatSpan(status.span)} after the deadline, so you can no longer apply for this post.`);
    if (late) {
      parts.push(sentence(late.quote));
      citations.push(ctx.cite(late.quote));
    }
  } else {
    parts.push(`The deadline is ${at}.`);
    if (userZone && userZone !== d.zone && status.at.setZone(userZone).offset !== status.at.offset)
      parts.push(`In ${zoneLabel(userZone)} that is ${formatDateTime(status.at, userZone)} (${formatOffset(status.at, userZone)}).`);
    else if (userZone && userZone !== d.zone) parts.push(`${zoneLabel(userZone)} is on the same clock: ${status.at.setZone(userZone).toFormat("HH:mm")} there too.`);
    if (!userZone && ctx.u.topics.has("deadline.mine"))
      parts.push("Tell me where you are (for example “in Tokyo” or “in UTC”) and I will give you the time there.");
    parts.push(`You have ${formatSpan(status.span)} left to apply (as of ${formatDateTime(ctx.now, userZone ?? d.zone)} ${zoneLabel(userZone ?? d.zone)}).`);
    if (late) {
      parts.push(sentence(late.quote));
      citations.push(ctx.cite(late.quote));
    }
  }
  return { parts, citations, topic: status.closed ? "closed" : "open" };
};
