// The deadline, and several closing dates (application windows, rolling cut-offs), read with the notice
// language's date, hour and zone words (src/import/dates.ts).
import { readClock, readDates, readDaysOfYear, readDeadline, readWindow } from "../dates.js";
import { join, type Line, type Span } from "../document.js";
import { rule, type Outcome, type Rule } from "./rule.js";
import { escape, type Labelled, type Reader } from "./reader.js";

type Reading = Extract<ReturnType<typeof readDeadline>, { ok: true }>;
type Deadline = { local: string; zone: string; quote: string };

/** The passages that may give the deadline: a label line (and it with the next line), then the sentences with a deadline word. */
function deadlineCandidates(r: Reader): Span[] {
  const own = r.labels.deadline ?? [];
  const ownLabel = own.length ? `|${[...own].sort((a, b) => b.length - a.length).map(escape).join("|")}` : "";
  // A label may run on before its colon ("Fecha límite de presentación de candidaturas:"), within one short line part.
  const label = new RegExp(`^\\W{0,3}(?:(?:publication |application |closing |final )?(?:deadline|closing date)(?: for (?:the )?(?:applications?|submission|expressions? of interest))?${ownLabel})(?:\\s[^:.;\\d]{0,60})?\\s*:`, "i");
  // The labels, and the words that put a closing date in a sentence ("au plus tard le", "spätestens am").
  const cues = [...own, ...(r.ctx.words?.get(r.language)?.words.notice.deadlineCues ?? [])];
  const ownWords = cues.length ? new RegExp(`(?<!\\p{L})(?:${cues.map(escape).join("|")})(?!\\p{L})`, "iu") : undefined;
  const lines = r.doc.lines.filter((l) => l.clean);
  return [
    // A label line, and the same line with the next one, for "(Brussels time)" wrapped onto its own line.
    ...lines.flatMap((l, i) => (label.test(l.clean) ? [l, ...(lines[i + 1] ? [join(r.doc, l, lines[i + 1]!)] : [])] : [])),
    ...r.hits((h) => /\b(?:deadline|closing date|no later than|not later than|by|before|until)\b/i.test(h.span.clean) || Boolean(ownWords?.test(h.span.clean))).map((h) => h.span),
  ];
}

/** The first passage that reads as a deadline; a date alone counts in the zone of the place of employment, the whole day. */
function findDeadline(r: Reader): { span: Span; reading: Reading; wholeDay: boolean } | undefined {
  const candidates = deadlineCandidates(r);
  const place = (r.facts.place as { value?: string } | undefined)?.value;
  const placeZone = place
    ?.split(/[\s,()]+/)
    .map((w) => ({ zone: r.ctx.zoneIndex.get(w.toLowerCase()), words: `${place} (place of employment)` }))
    .find((z): z is { zone: string; words: string } => Boolean(z.zone));
  const dated: Span[] = [];
  for (const span of candidates) {
    const reading = readDeadline(span.clean, r.ctx.zoneIndex, undefined, r.dateWords);
    if (!reading.ok && /without a time of day/.test(reading.reason)) dated.push(span);
    if (reading.ok) return { span, reading, wholeDay: false };
  }
  // A date alone in a sentence on the reserve list ("valid until 31 December 2029") is the list's, not the call's.
  const reserve = r.labels.reserveList ?? [];
  const onReserve = (span: Span) => reserve.some((w) => span.clean.toLowerCase().includes(w.toLowerCase()));
  for (const span of dated) {
    if (onReserve(span) && !(r.labels.deadline ?? []).some((w) => span.clean.toLowerCase().includes(w.toLowerCase()))) continue;
    const reading = readDeadline(span.clean, r.ctx.zoneIndex, placeZone, r.dateWords);
    if (reading.ok) return { span, reading, wholeDay: true };
  }
  return undefined;
}

/** Why no deadline was read: the first passage's reason, when one came near ("no zone"). */
function noDeadline(r: Reader): string | undefined {
  for (const span of deadlineCandidates(r)) {
    const reading = readDeadline(span.clean, r.ctx.zoneIndex, undefined, r.dateWords);
    if (!reading.ok && reading.reason !== "no date") return reading.reason;
  }
  return undefined;
}

type Window = { label?: string; opens: string; closes: string; zone: string; quote: string; line: Span };

/** Rows that each give an application window (two dates, the second with a time and a zone), in one zone. */
function findWindows(r: Reader): { rows: Window[] } | undefined {
  const rows: Window[] = [];
  for (const line of r.doc.lines) {
    if (!line.clean || line.clean.length > 300) continue;
    const cells = line.raw.split(/\s{3,}|\s*\|\s*/).map((c) => c.trim()).filter(Boolean);
    for (const [i, cell] of cells.entries()) {
      const w = readWindow(cell, r.ctx.zoneIndex, r.dateWords);
      if (!w) continue;
      const label = cells.filter((_, j) => j !== i).join(" ").trim();
      rows.push({ ...(label ? { label } : {}), ...w, quote: line.raw.trim(), line });
      break;
    }
  }
  return rows.length >= 2 && rows.every((x) => x.zone === rows[0]!.zone) ? { rows } : undefined;
}

function readWindows(rows: Window[], r: Reader): Outcome[] {
  const zone = rows[0]!.zone;
  const windows = rows.map(({ zone: _z, line: _l, ...w }) => w);
  // The quote is the rows together, as the notice lays them out.
  const quote = join(r.doc, rows[0]!.line, rows.at(-1)!.line).raw;
  const out: Outcome[] = [{ set: "deadlines", fact: { kind: "windows", zone, windows, quote }, value: windows.map((w) => `${w.opens} → ${w.closes.replace("T", " ")}${w.label ? ` (${w.label})` : ""}`).join("; ") + ` ${zone}`, quotes: [quote] }];
  if (!r.facts.deadline) {
    const last = windows.at(-1)!;
    out.push({ set: "deadline", fact: { local: last.closes, zone, quote: last.quote }, value: `${last.closes.replace("T", " ")} ${zone} (the last window)`, quotes: [last.quote] }, { unmiss: ["deadline"] });
  }
  return out;
}

/**
 * Cut-off dates listed one a line under a passage that names them ("Sollicitaties worden beoordeeld op de volgende
 * afsluitdata, telkens om 23:59 uur (tijd in Den Haag):" then "- 31 januari 2027", …): the passage and the list, with
 * the days of the year the dates fall on. A line or two may stand between the passage and the list.
 */
function listedCutoffs(r: Reader): { cut: Labelled; days: { month: number; day: number }[] } | undefined {
  const words = (r.labels.cutoffs ?? []).map((w) => w.toLowerCase());
  const lines = r.doc.lines;
  for (const [i, line] of lines.entries()) {
    if (!line.clean || !words.some((w) => line.clean.toLowerCase().includes(w))) continue;
    const listed: Line[] = [];
    let between = 0;
    for (let j = i + 1; j < lines.length && between <= 2; j++) {
      const clean = lines[j]!.clean;
      if (!clean) {
        if (listed.length) break;
        continue;
      }
      const dates = readDates(clean, r.dateWords);
      // A line of the list holds one date and little else (a bullet, "r.", a weekday).
      if (dates.length === 1 && clean.length <= dates[0]!.length + 16) listed.push(lines[j]!);
      else if (listed.length) break;
      else between++;
    }
    if (listed.length < 2) continue;
    const days = listed.flatMap((l) => readDates(l.clean, r.dateWords)).map((d) => ({ month: Number(d.date.slice(5, 7)), day: Number(d.date.slice(8, 10)) }));
    return { cut: { span: join(r.doc, line, listed.at(-1)!), value: listed.map((l) => l.clean).join(", ") }, days };
  }
  return undefined;
}

/** A labelled list of cut-off days of the year, closing at the time a passage on cut-offs gives, up to the final closing date. */
function readRolling(cut: Labelled, r: Reader, listed?: { month: number; day: number }[]): Outcome[] {
  const days = listed ?? readDaysOfYear(cut.value, r.dateWords);
  const deadline = r.facts.deadline as Deadline;
  const words = [cut.span.clean.split(":")[0]!.trim().toLowerCase().replace(/s$/, ""), ...(r.labels.cutoffs ?? []).map((w) => w.toLowerCase())];
  const clockHit = r.hits((h) => words.some((w) => h.span.clean.toLowerCase().includes(w)) && Boolean(readClock(h.span.clean, r.ctx.zoneIndex, r.dateWords)))[0];
  const clock = clockHit && readClock(clockHit.span.clean, r.ctx.zoneIndex, r.dateWords);
  const zone = clock?.zone ?? deadline.zone;
  const finalDate = deadline.local.slice(0, 10);
  const final = clock ? `${finalDate}T${clock.time}` : deadline.local;
  // The cut-offs with the final closing date, where the header gives them side by side.
  const lineOf = (quote: string) => r.doc.lines.find((l) => l.raw.includes(quote.trim()));
  const finalLine = lineOf(deadline.quote);
  const near = finalLine && Math.abs(finalLine.index - (cut.span as Line).index) <= 3;
  const quote = near ? (finalLine.index < (cut.span as Line).index ? join(r.doc, finalLine, cut.span) : join(r.doc, cut.span, finalLine)).raw : cut.span.raw;
  const out: Outcome[] = [{ set: "deadlines", fact: { kind: "rolling", zone, cutoffs: days, ...(clock ? { time: clock.time } : {}), final, quote }, value: `cut-offs ${days.map((d) => `${d.day}/${d.month}`).join(", ")}${clock ? ` at ${clock.time}` : ""}, final ${final} ${zone}`, quotes: [quote] }];
  // The deadline is the final closing, at the cut-offs' time of day: its fact is corrected, its report line stays.
  if (clock) out.push({ put: "deadline", fact: Object.assign(deadline, { local: final, zone }) });
  return out;
}

export const deadlineRules: Rule[] = [
  rule({
    field: "deadline",
    find: findDeadline,
    parse: ({ span, reading, wholeDay }) => ({
      fact: { local: reading.local, zone: reading.zone, quote: span.raw },
      value: wholeDay ? `${reading.date} (no time of day: the whole day) ${reading.zone} (read from "${reading.zoneWords}")` : `${reading.local.replace("T", " ")} ${reading.zone} (read from "${reading.zoneWords}")`,
    }),
    absent: noDeadline,
  }),
  rule({
    field: "deadlines",
    // Several closing dates are not a subject every notice speaks of: their absence is not a miss.
    optional: true,
    find: (r) => {
      const windows = findWindows(r);
      if (windows) return { span: join(r.doc, windows.rows[0]!.line, windows.rows.at(-1)!.line), windows: windows.rows };
      const cut = r.labelled(/cut-?off dates?/i, "cutoffs");
      const days = cut ? readDaysOfYear(cut.value, r.dateWords) : [];
      if (cut && days.length >= 2 && r.facts.deadline) return { span: cut.span, cut };
      const list = r.facts.deadline ? listedCutoffs(r) : undefined;
      return list ? { span: list.cut.span, cut: list.cut, days: list.days } : undefined;
    },
    parse: (p, r) => ("windows" in p ? readWindows(p.windows!, r) : readRolling(p.cut!, r, "days" in p ? p.days : undefined)),
  }),
];
