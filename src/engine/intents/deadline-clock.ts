// What the user says of the clock, set against the deadline on the deadline's own date: a time they give in a zone
// ("my mail says 09:58 UTC"), the offset they believe a place is on ("Brussels is UTC+1"), the clocks changing.
// Offsets are taken on the day of the deadline, never today's (after the change to winter time, a deadline in
// summer time is still at UTC+2); luxon knows when each zone changes its clocks.
import type { DateTime } from "luxon";
import { formatDay, formatOffset, formatSpan, formatZone } from "../../time/format.js";
import { nextClockChange, offsetMinutes, OWN_ZONE, statedInstant } from "../../time/stated.js";
import type { Deadline } from "../../time/deadline.js";
import type { Context } from "../context.js";

const spanOf = (ms: number) => {
  const totalMinutes = Math.round(Math.abs(ms) / 60_000);
  return { days: Math.floor(totalMinutes / 1440), hours: Math.floor((totalMinutes % 1440) / 60), minutes: totalMinutes % 60, totalMinutes };
};

/**
 * The sentences that answer the clock facts of the message, and whether one of them contradicts what the user
 * said (a wrong offset): then a yes/no question is answered "No" first.
 */
export function clockParts(ctx: Context, d: Deadline, at: DateTime, ownZone?: string): { parts: string[]; wrong: boolean; right: boolean } {
  const clock = ctx.u.clock;
  const parts: string[] = [];
  let wrong = false;
  let right = false;
  if (!clock) return { parts, wrong, right };
  const day = formatDay(at, d.zone, ctx.speaker);
  // "Brussels is UTC+1": the offset of that place's zone on the deadline's date.
  for (const o of clock.offsets) {
    const actual = at.setZone(o.zone).offset;
    const same = actual === offsetMinutes(o.offset);
    const params = { day, place: formatZone(o.zone, ctx.speaker), offset: formatOffset(at, o.zone), claimed: o.offset };
    parts.push(ctx.t(same ? "deadline.clock.offset.right" : "deadline.clock.offset.wrong", params));
    if (same) right = true;
    else wrong = true;
  }
  // "09:58 UTC": that time on the deadline's day in that zone, before, at or after the deadline.
  for (const stated of clock.times) {
    // "11:30 my time": the user's own zone (the place stated in the conversation, or the one the bot is given);
    // with none known, where they are is asked.
    if (stated.zone === OWN_ZONE && !ownZone) {
      if (!parts.includes(ctx.t("deadline.askZone"))) parts.push(ctx.t("deadline.askZone"));
      continue;
    }
    const time = stated.zone === OWN_ZONE ? { ...stated, zone: ownZone! } : stated;
    const instant = statedInstant(time, at);
    if (!instant.isValid) continue;
    const ms = instant.toMillis() - at.toMillis();
    const params = {
      time: `${instant.toFormat("HH:mm")} ${formatZone(time.zone, ctx.speaker)}`,
      day: formatDay(instant, time.zone, ctx.speaker),
      deadline: `${at.setZone(time.zone).toFormat("HH:mm")} ${formatZone(time.zone, ctx.speaker)}`,
      span: formatSpan(spanOf(ms), ctx.speaker),
    };
    if (Math.abs(ms) < 60_000) {
      parts.push(ctx.t("deadline.clock.same", params));
      right = true;
    } else parts.push(ctx.t(ms < 0 ? "deadline.clock.before" : "deadline.clock.after", params));
  }
  // "The clocks go back at the end of October": the change nearest ahead, against the deadline.
  if (clock.change) {
    const from = ctx.now < at ? ctx.now : at.minus({ days: 1 });
    const change = nextClockChange(d.zone, from);
    const params = { place: formatZone(d.zone, ctx.speaker), offset: formatOffset(at, d.zone), day };
    if (!change) parts.push(ctx.t("deadline.clock.change.none", params));
    else {
      const when = formatDay(change.at, d.zone, ctx.speaker);
      const changed = { ...params, change: when, before: formatOffset(change.at.minus({ hours: 1 }), d.zone), after: formatOffset(change.at, d.zone) };
      parts.push(ctx.t(change.at <= at ? "deadline.clock.change.before" : "deadline.clock.change.after", changed));
    }
  }
  return { parts, wrong, right };
}
