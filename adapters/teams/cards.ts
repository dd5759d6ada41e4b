// Adaptive Cards (schema 1.5) for Teams: pure functions from the Answer and the bot's data to card JSON,
// and the reader of what a card's Submit buttons send back. No botbuilder here, so the renderers outlive the SDK.
// Every label comes from the bot's catalogue (knowledge/ui), so another language is data, not code.
import { z } from "zod";
import { renderText, type Answer, type Catalogue, type Countdown, type FormField, type FormSpec, type FormValues, type NoticeSummary } from "../../src/index.js";

/** An Adaptive Card element or action, as JSON. */
export type CardElement = { type: string; [key: string]: unknown };

export type AdaptiveCard = {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  body: CardElement[];
  actions?: CardElement[];
  fallbackText?: string;
  msteams?: { width: "Full" };
};

/** The questions the welcome card offers; the manifest's command list offers the same. */
export const STARTER_QUESTIONS = ["When is the deadline?", "Am I eligible?", "Which languages do I need?", "How long is the contract?", "How do I apply?"];

const SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
/**
 * Largest card, in bytes of JSON. Teams refuses a message over about 28 KB; the activity around the card
 * (ids, the conversation, the summary) adds well under 2 KB.
 */
export const MAX_CARD_BYTES = 24_000;

const card = (body: CardElement[], actions: CardElement[] | undefined, fallbackText: string): AdaptiveCard => ({
  type: "AdaptiveCard",
  $schema: SCHEMA,
  version: "1.5",
  body,
  ...(actions && actions.length > 0 ? { actions } : {}),
  fallbackText,
  msteams: { width: "Full" },
});

const text = (value: string, extra: Record<string, unknown> = {}): CardElement => ({ type: "TextBlock", text: value, wrap: true, ...extra });

const submit = (title: string, data: SubmitData, extra: Record<string, unknown> = {}): CardElement => ({ type: "Action.Submit", title, data, ...extra });

/**
 * A paragraph as TextBlocks: plain lines as they are, runs of "• " lines as a Markdown list
 * (Teams draws a list from "- " items separated by "\r").
 */
function paragraphBlocks(paragraph: string): CardElement[] {
  const blocks: CardElement[] = [];
  let plain: string[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (plain.length > 0) blocks.push(text(plain.join("\n\n")));
    if (bullets.length > 0) blocks.push(text(bullets.map((b) => `- ${b}`).join("\r"), { spacing: "Small" }));
    plain = [];
    bullets = [];
  };
  for (const line of paragraph.split("\n")) {
    if (line.startsWith("• ")) {
      if (plain.length > 0) flush();
      bullets.push(line.slice(2).trim());
    } else {
      if (bullets.length > 0) flush();
      if (line.trim() !== "") plain.push(line);
    }
  }
  flush();
  return blocks;
}

const verdictStyle = { eligible: "good", not_eligible: "attention", incomplete: "warning" } as const;
const statusIcon = { met: "✅", not_met: "❌", unknown: "❔" } as const;

/**
 * The paragraph that lists the assessed criteria line by line ("✓ …", "✗ …", "? …"): the verdict box shows
 * the same criteria, so it takes that paragraph's place. -1 when there is none.
 */
export function criteriaPartIndex(answer: Answer): number {
  const assessed = (answer.criteria ?? []).filter((c) => c.checkable);
  if (assessed.length === 0) return -1;
  return answer.parts.findIndex((part) => {
    const lines = part.split("\n").filter((l) => l.trim());
    return lines.length === assessed.length && lines.every((l) => assessed.some((c) => l.replace(/^[^\p{L}\p{N}]+/u, "").startsWith(c.label)));
  });
}

/** The verdict and each criterion that was assessed; the conditions chat cannot check stay in the text. */
function verdictBlock(answer: Answer, t: Catalogue["t"]): CardElement[] {
  const assessed = (answer.criteria ?? []).filter((c) => c.checkable);
  if (!answer.verdict && assessed.length === 0) return [];
  const rows: CardElement[] = assessed.map((c) => ({
    type: "Container",
    id: `criterion-${c.id}`,
    spacing: "Small",
    items: [text(`${statusIcon[c.status]} **${c.label}**: ${t(`criterion.${c.status}`)}`), text(c.reason, { isSubtle: true, spacing: "None" })],
  }));
  return [
    {
      type: "Container",
      id: "verdict",
      ...(answer.verdict ? { style: verdictStyle[answer.verdict] } : {}),
      spacing: "Medium",
      items: [...(answer.verdict ? [text(t(`verdict.${answer.verdict}`), { weight: "Bolder" })] : []), ...rows],
    },
  ];
}

/**
 * The cited passages behind a toggle. Two toggles, one shown at a time, so the button says "Hide sources"
 * while they are open (Adaptive Cards cannot change an action's title, but can show and hide an ActionSet).
 */
function sourceBlock(answer: Answer, t: Catalogue["t"], citations = answer.citations): CardElement[] {
  if (citations.length === 0) return [];
  const passages: CardElement[] = citations.flatMap((c, i) => [
    // Passages of one section share its heading.
    ...(c.heading !== citations[i - 1]?.heading
      ? [text(c.heading, { weight: "Bolder", size: "Small", isSubtle: true, ...(i > 0 ? { separator: true } : {}) })]
      : []),
    // A RichTextBlock shows the notice's words as they are: TextBlock would read "**" and "_" as Markdown.
    { type: "RichTextBlock", spacing: "Small", inlines: [{ type: "TextRun", text: c.quote, italic: true }] },
  ]);
  const targets = ["sources", "sources-show", "sources-hide"];
  const toggle = (id: string, title: string, visible: boolean): CardElement => ({
    type: "ActionSet",
    id,
    spacing: "Medium",
    ...(visible ? {} : { isVisible: false }),
    actions: [{ type: "Action.ToggleVisibility", title, targetElements: targets }],
  });
  return [
    toggle("sources-show", t("answer.sources.show", { count: citations.length }), true),
    toggle("sources-hide", t("answer.sources.hide", { count: citations.length }), false),
    { type: "Container", id: "sources", isVisible: false, style: "emphasis", items: passages },
  ];
}

/** What the user already did on a card, drawn when the card is updated after a click. */
export type CardState = {
  /** The rating given: both buttons disabled, the chosen one marked. */
  helpful?: boolean;
  /** The follow-up questions already asked from this card (their index), marked. */
  asked?: number[];
};

export type AnswerCardOptions = CardState & {
  /** The card's largest size in bytes of JSON; default MAX_CARD_BYTES. */
  maxBytes?: number;
};

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");

/**
 * The card for one Answer: the answer text, the verdict criterion by criterion, the cited passages behind
 * a "Show source" toggle, follow-up questions and "Helpful" / "Not helpful" as Submit buttons that carry
 * only the answer's id. The card stays under `maxBytes` whatever the answer holds: the fallback text goes
 * first, then passages, then the end of the text.
 *
 * @example
 * renderAnswerCard({ id: "a1", intent: "contract", parts: ["Up to 4 years."], citations: [], followUps: [], noticeId: "N" }, bot.ui()).actions
 * // → [{ type: "Action.Submit", title: "👍 Helpful", data: { action: "feedback", id: "a1", helpful: true } }, { … "👎 Not helpful" … }]
 */
export function renderAnswerCard(answer: Answer, ui: Catalogue, options: AnswerCardOptions = {}): AdaptiveCard {
  const { t } = ui;
  const maxBytes = options.maxBytes ?? MAX_CARD_BYTES;
  const id = answer.id ?? "";
  const listed = answer.criteria?.length ? criteriaPartIndex(answer) : -1;
  const parts = answer.parts.filter((_, i) => i !== listed);
  const asked = new Set(options.asked ?? []);

  const build = (paragraphs: string[], citations: Answer["citations"], fallback: string): AdaptiveCard => {
    const body: CardElement[] = [];
    // The verdict box stands where the criteria were listed, or after the first paragraph.
    const at = listed >= 0 ? listed : Math.min(1, paragraphs.length);
    paragraphs.forEach((p, i) => {
      if (i === at) body.push(...verdictBlock(answer, t));
      body.push(...paragraphBlocks(p));
    });
    if (at >= paragraphs.length) body.push(...verdictBlock(answer, t));
    if (answer.intent === "eligibility" && answer.verdict === "incomplete") {
      body.push({ type: "ActionSet", actions: [submit(t("answer.form.open"), { action: "form" })] });
    }
    body.push(...sourceBlock(answer, t, citations));
    if (answer.followUps.length > 0) {
      body.push(text(t("answer.followUps"), { isSubtle: true, size: "Small", spacing: "Medium" }));
      body.push({
        type: "ActionSet",
        spacing: "Small",
        actions: answer.followUps.map((q, index) =>
          // The question itself, as if typed (the bot's own short words), and the card's answer id to mark it asked.
          asked.has(index) ? submit(`✓ ${q}`, { action: "ask", question: q, from: id }, { style: "positive" }) : submit(q, { action: "ask", question: q, ...(id ? { from: id } : {}) }),
        ),
      });
    }
    const rated = options.helpful;
    const feedback = ([true, false] as const).map((helpful) => {
      const title = `${helpful ? "👍" : "👎"} ${t(helpful ? "answer.helpful" : "answer.notHelpful")}`;
      return rated === undefined
        ? submit(title, { action: "feedback", id, helpful })
        : submit(rated === helpful ? `✓ ${title}` : title, { action: "feedback", id, helpful }, { isEnabled: false, ...(rated === helpful ? { style: "positive" } : {}) });
    });
    return card(body, id ? feedback : [], fallback);
  };

  const full = renderText({ ...answer, parts });
  let result = build(parts, answer.citations, full);
  if (bytes(result) <= maxBytes) return result;
  // Too big for Teams: the fallback text (a second copy of the answer) is cut first, then passages go.
  const short = full.length > 500 ? `${full.slice(0, 499)}…` : full;
  result = build(parts, answer.citations, short);
  for (let n = answer.citations.length - 1; bytes(result) > maxBytes && n >= 0; n--) result = build(parts, answer.citations.slice(0, n), short);
  // Still too big: the text itself is cut, with a note, until it fits.
  let kept = parts.join("\n\n");
  while (bytes(result) > maxBytes && kept.length > 0) {
    kept = kept.slice(0, Math.floor(kept.length * 0.8));
    result = build([`${kept}…`, t("answer.cut")], [], short);
  }
  return result;
}

/**
 * The welcome card: what the bot is for, the post at a glance with the countdown in the user's zone,
 * questions to start with, and the eligibility form.
 */
export function renderWelcomeCard(input: { summary: NoticeSummary; countdown?: Countdown; name?: string; ui: Catalogue }): AdaptiveCard {
  const { summary, countdown } = input;
  const { t } = input.ui;
  const greeting = input.name ? t("welcome.helloName", { name: input.name }) : t("welcome.hello");
  const post = [summary.title, summary.reference].filter(Boolean).join(" · ");
  const body: CardElement[] = [
    text(greeting, { size: "Large", weight: "Bolder" }),
    text(post ? t("welcome.intro", { post: `**${post}**` }) : t("welcome.introNoPost")),
  ];
  if (countdown) body.push(text(`⏳ ${countdown.text}`, { id: "countdown", weight: countdown.closed ? "Default" : "Bolder" }));
  if (summary.keyFacts.length > 0) {
    body.push({ type: "FactSet", facts: summary.keyFacts.map((f) => ({ title: f.label, value: f.value })) });
  }
  body.push(text(t("welcome.start"), { spacing: "Medium" }));
  body.push({ type: "ActionSet", actions: STARTER_QUESTIONS.map((q) => submit(q, { action: "ask", question: q })) });
  const fallback = [greeting, countdown?.text, t("welcome.introNoPost")].filter(Boolean).join("\n\n");
  return card(body, [submit(t("form.title"), { action: "form" })], fallback);
}

/** Input ids of a languages field's rows: "<field>.<row>.language" and "<field>.<row>.level". */
const rowId = (field: string, row: number, part: "language" | "level") => `${field}.${row}.${part}`;

const choices = (options: { value: string; label: string }[]) => options.map((o) => ({ title: o.label, value: o.value }));

/** A list typed instead of chosen (when the lists would make the card too big): the names, comma-separated. */
const typedInput = (id: string, label: string, placeholder: string): CardElement => ({ type: "Input.Text", id, label, placeholder: clipText(placeholder, 200) });
const clipText = (value: string, max: number) => (value.length <= max ? value : `${value.slice(0, max - 1)}…`);

/** One input of the form, whatever the notice asks; a long list can be searched by typing. */
function formInput(field: FormField, t: Catalogue["t"], typed: Set<string>): CardElement[] {
  const hint = field.hint ? [text(field.hint, { isSubtle: true, size: "Small", spacing: "None" })] : [];
  if (typed.has(field.id)) {
    if (field.kind === "choice") return [typedInput(field.id, field.label, field.options.slice(0, 4).map((o) => o.label).join(", ")), ...hint];
    if (field.kind === "languages") {
      const rows = Array.from({ length: field.rows }, (_, i) => ({
        type: "ColumnSet",
        columns: [
          { type: "Column", width: "stretch", items: [typedInput(rowId(field.id, i + 1, "language"), t("form.language", { row: i + 1 }), field.languages[0]?.label ?? "")] },
          { type: "Column", width: "auto", items: [{ type: "Input.ChoiceSet", id: rowId(field.id, i + 1, "level"), label: t("form.level"), choices: choices(field.levels), placeholder: t("form.level") }] },
        ],
      }));
      return [text(field.label, { spacing: "Medium", weight: "Bolder" }), ...hint, ...rows];
    }
  }
  switch (field.kind) {
    case "choice": {
      const long = field.options.length > 6;
      return [
        {
          type: "Input.ChoiceSet",
          id: field.id,
          label: field.label,
          choices: choices(field.options),
          style: long ? "filtered" : "expanded",
          ...(field.multiple ? { isMultiSelect: true } : {}),
          ...(long ? { placeholder: t(field.multiple ? "form.chooseMany" : "form.choose") } : {}),
        },
        ...hint,
      ];
    }
    case "number":
      return [{ type: "Input.Number", id: field.id, label: field.label, min: field.min, max: field.max }, ...hint];
    case "languages": {
      const rows: CardElement[] = Array.from({ length: field.rows }, (_, i) => ({
        type: "ColumnSet",
        columns: [
          {
            type: "Column",
            width: "stretch",
            items: [{ type: "Input.ChoiceSet", id: rowId(field.id, i + 1, "language"), label: t("form.language", { row: i + 1 }), choices: choices(field.languages), style: "filtered", placeholder: t("form.chooseLanguage") }],
          },
          {
            type: "Column",
            width: "auto",
            items: [{ type: "Input.ChoiceSet", id: rowId(field.id, i + 1, "level"), label: t("form.level"), choices: choices(field.levels), placeholder: t("form.level") }],
          },
        ],
      }));
      return [text(field.label, { spacing: "Medium", weight: "Bolder" }), ...hint, ...rows];
    }
  }
}

/**
 * The eligibility form, drawn from the notice's form spec (`bot.form()`): one input per field, whatever
 * fields the notice's criteria need. Should the lists make the card too big for Teams, the longest become
 * typed inputs, longest first, until it fits (readFormValues reads a typed name as the choice it names).
 */
export function renderFormCard(spec: FormSpec, ui: Catalogue, options: { maxBytes?: number } = {}): AdaptiveCard {
  const maxBytes = options.maxBytes ?? MAX_CARD_BYTES;
  const typed = new Set<string>();
  const listLength = (f: FormField) => (f.kind === "choice" ? f.options.length : f.kind === "languages" ? f.languages.length * f.rows : 0);
  const longestFirst = spec.fields.filter((f) => listLength(f) > 0).sort((a, b) => listLength(b) - listLength(a));
  const build = () =>
    card(
      [text(spec.title, { size: "Medium", weight: "Bolder" }), text(spec.intro, { isSubtle: true }), ...spec.fields.flatMap((f) => formInput(f, ui.t, typed))],
      [submit(spec.submit, { action: "eligibility" })],
      `${spec.title}: ${spec.intro}`,
    );
  let result = build();
  for (const field of longestFirst) {
    if (bytes(result) <= maxBytes) break;
    typed.add(field.id);
    result = build();
  }
  return result;
}

/**
 * The form's submitted inputs (Teams sends every input as a string; a multi-select as "a,b") read against the
 * spec: a choice must be one the field offers, a number within its range, a language row needs both halves.
 * A field left empty is left out.
 */
export function readFormValues(spec: FormSpec, raw: Record<string, unknown>): FormValues {
  const str = (v: unknown) => (typeof v === "string" ? v.trim().slice(0, 2000) : typeof v === "number" ? String(v) : "");
  // A choice by its value, or (typed) by its label, whatever the case.
  const chooser = (list: { value: string; label: string }[]) => {
    const by = new Map<string, string>();
    for (const o of list) by.set(o.label.toLowerCase(), o.value);
    for (const o of list) by.set(o.value.toLowerCase(), o.value);
    return (s: string) => by.get(s.trim().toLowerCase());
  };
  const values: FormValues = {};
  for (const field of spec.fields) {
    if (field.kind === "choice") {
      const choose = chooser(field.options);
      const picked = [...new Set(str(raw[field.id]).split(",").map(choose).filter((v): v is string => v !== undefined))];
      if (picked.length > 0) values[field.id] = field.multiple ? picked : picked[0];
    } else if (field.kind === "number") {
      const s = str(raw[field.id]);
      const n = Number(s);
      if (s !== "" && Number.isFinite(n) && n >= field.min && n <= field.max) values[field.id] = n;
    } else {
      const language = chooser(field.languages);
      const level = chooser(field.levels);
      const rows: { language: string; level: string }[] = [];
      for (let row = 1; row <= field.rows; row++) {
        const l = language(str(raw[rowId(field.id, row, "language")]));
        const v = level(str(raw[rowId(field.id, row, "level")]));
        if (l && v) rows.push({ language: l, level: v });
      }
      if (rows.length > 0) values[field.id] = rows;
    }
  }
  return values;
}

const answerId = z.string().min(1).max(64);

const submitSchema = z.discriminatedUnion("action", [
  // A starter or follow-up question; `from` names the answer whose card offered it.
  z.object({ action: z.literal("ask"), question: z.string().trim().min(1).max(200), from: answerId.optional() }),
  z.object({ action: z.literal("feedback"), id: answerId, helpful: z.boolean() }),
  z.object({ action: z.literal("form") }),
  // The form's inputs come along with it; readFormValues reads them against the spec.
  z.looseObject({ action: z.literal("eligibility") }),
]);

/** What a card's Submit button sends back (its data merged with the form's inputs). */
export type SubmitData = z.input<typeof submitSchema>;
export type Submit = z.output<typeof submitSchema>;

/** Reads a Submit's `value`; undefined for anything this app's cards do not send. */
export function readSubmit(value: unknown): Submit | undefined {
  const parsed = submitSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
