// Adaptive Cards (schema 1.5) for Teams: pure functions from the Answer and the bot's data to card JSON,
// and the reader of what a card's Submit buttons send back. No botbuilder here, so the renderers outlive the SDK.
import { z } from "zod";
import { renderText, type Answer, type Countdown, type EligibilityForm, type FormOptions, type NoticeSummary } from "../../src/index.js";

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
/** Language rows on the eligibility form. */
const LANGUAGE_ROWS = 3;
/** Paragraph text kept in a feedback button's data (a card stays well under Teams' 28 KB). */
const FEEDBACK_TEXT_LIMIT = 4000;

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

const submit = (title: string, data: SubmitData): CardElement => ({ type: "Action.Submit", title, data });

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

const verdictLabel: Record<NonNullable<Answer["verdict"]>, { title: string; style: string }> = {
  eligible: { title: "Verdict: eligible", style: "good" },
  not_eligible: { title: "Verdict: not eligible", style: "attention" },
  incomplete: { title: "Verdict: not decided yet", style: "warning" },
};

const statusLabel = { met: "✅ met", not_met: "❌ not met", unknown: "❔ not known yet" } as const;

function verdictBlock(answer: Answer): CardElement[] {
  if (!answer.criteria || answer.criteria.length === 0) return [];
  const rows: CardElement[] = answer.criteria.map((c) => ({
    type: "Container",
    id: `criterion-${c.id}`,
    spacing: "Small",
    items: [
      text(`**${c.label}**: ${c.checkable ? statusLabel[c.status] : "ℹ️ check this yourself"}`),
      text(c.reason, { isSubtle: true, spacing: "None" }),
    ],
  }));
  const label = answer.verdict ? verdictLabel[answer.verdict] : undefined;
  return [
    {
      type: "Container",
      id: "verdict",
      ...(label ? { style: label.style } : {}),
      spacing: "Medium",
      items: [...(label ? [text(label.title, { weight: "Bolder" })] : []), ...rows],
    },
  ];
}

function sourceBlock(answer: Answer): CardElement[] {
  if (answer.citations.length === 0) return [];
  const passages: CardElement[] = answer.citations.flatMap((c, i) => [
    // Passages of one section share its heading.
    ...(c.heading !== answer.citations[i - 1]?.heading
      ? [text(c.heading, { weight: "Bolder", size: "Small", isSubtle: true, ...(i > 0 ? { separator: true } : {}) })]
      : []),
    // A RichTextBlock shows the notice's words as they are: TextBlock would read "**" and "_" as Markdown.
    { type: "RichTextBlock", spacing: "Small", inlines: [{ type: "TextRun", text: c.quote, italic: true }] },
  ]);
  return [
    {
      type: "ActionSet",
      spacing: "Medium",
      actions: [
        {
          type: "Action.ToggleVisibility",
          title: answer.citations.length === 1 ? "Show source" : `Show sources (${answer.citations.length})`,
          targetElements: ["sources"],
        },
      ],
    },
    { type: "Container", id: "sources", isVisible: false, style: "emphasis", items: passages },
  ];
}

/**
 * The card for one Answer: the answer text, the verdict criterion by criterion, the cited passages behind
 * a "Show source" toggle, follow-up questions as Submit buttons, and "Helpful" / "Not helpful".
 *
 * @example
 * renderAnswerCard({ intent: "contract", parts: ["Up to 4 years."], citations: [], followUps: [], noticeId: "N" }, "How long?").body
 * // → [{ type: "TextBlock", text: "Up to 4 years.", wrap: true }]
 */
export function renderAnswerCard(answer: Answer, question: string, options: { maxQuestionLength?: number } = {}): AdaptiveCard {
  const body: CardElement[] = [];
  if (answer.truncated) {
    const limit = options.maxQuestionLength ? ` to its first ${options.maxQuestionLength} characters` : "";
    body.push(text(`Your message was long, so I read it only up${limit}.`, { isSubtle: true, size: "Small" }));
  }
  for (const paragraph of answer.parts) body.push(...paragraphBlocks(paragraph));
  body.push(...verdictBlock(answer));
  if (answer.intent === "eligibility" && answer.verdict === "incomplete") {
    body.push({ type: "ActionSet", actions: [submit("Fill in the eligibility form", { action: "form" })] });
  }
  body.push(...sourceBlock(answer));
  if (answer.followUps.length > 0) {
    body.push(text("You might also ask", { isSubtle: true, size: "Small", spacing: "Medium" }));
    body.push({ type: "ActionSet", spacing: "Small", actions: answer.followUps.map((q) => submit(q, { action: "ask", question: q })) });
  }
  const kept = {
    intent: answer.intent,
    noticeId: answer.noticeId,
    parts: answer.parts.map((p) => p.slice(0, FEEDBACK_TEXT_LIMIT)),
  };
  const actions = [
    submit("👍 Helpful", { action: "feedback", helpful: true, question, answer: kept }),
    submit("👎 Not helpful", { action: "feedback", helpful: false, question, answer: kept }),
  ];
  return card(body, actions, renderText(answer));
}

/**
 * The welcome card: what the bot is for, the post at a glance with the countdown in the user's zone,
 * questions to start with, and the eligibility form.
 */
export function renderWelcomeCard(input: { summary: NoticeSummary; countdown?: Countdown; name?: string }): AdaptiveCard {
  const { summary, countdown } = input;
  const greeting = input.name ? `Hello ${input.name}!` : "Hello!";
  const post = [summary.title, summary.reference].filter(Boolean).join(" · ");
  const body: CardElement[] = [
    text(greeting, { size: "Large", weight: "Bolder" }),
    text(`I answer questions about the vacancy notice${post ? ` **${post}**` : ""}, quoting the notice's own words.`),
  ];
  if (countdown) body.push(text(`⏳ ${countdown.text}`, { id: "countdown", weight: countdown.closed ? "Default" : "Bolder" }));
  if (summary.keyFacts.length > 0) {
    body.push({ type: "FactSet", facts: summary.keyFacts.map((f) => ({ title: f.label, value: f.value })) });
  }
  body.push(text("Ask me anything about the post, or start with one of these:", { spacing: "Medium" }));
  body.push({ type: "ActionSet", actions: STARTER_QUESTIONS.map((q) => submit(q, { action: "ask", question: q })) });
  const fallback = [greeting, countdown?.text, "Ask me anything about the vacancy notice."].filter(Boolean).join("\n\n");
  return card(body, [submit("Check my eligibility", { action: "form" })], fallback);
}

const choiceSet = (id: string, label: string, choices: { title: string; value: string }[], extra: Record<string, unknown> = {}): CardElement => ({
  type: "Input.ChoiceSet",
  id,
  label,
  choices,
  style: "filtered",
  ...extra,
});

/** The eligibility form, its choices from `bot.formOptions()`; a list the bot leaves empty becomes a free-text input. */
export function renderEligibilityForm(options: FormOptions): AdaptiveCard {
  const countries = [...options.memberStates, ...options.otherCountries].map((c) => ({ title: c.name, value: c.code }));
  const languages = options.languages.map((l) => ({ title: l.name, value: l.name }));
  const levels = options.levels.map((l) => ({ title: l, value: l }));
  const nationality =
    countries.length > 0
      ? choiceSet("nationalities", "Nationality (choose every one you hold)", countries, { isMultiSelect: true, placeholder: "Type a country" })
      : { type: "Input.Text", id: "nationalities", label: "Nationality (every one you hold, separated by commas)" };
  const languageRows: CardElement[] = [];
  for (let row = 1; row <= LANGUAGE_ROWS; row++) {
    const language =
      languages.length > 0
        ? choiceSet(`language${row}`, `Language ${row}`, languages, { placeholder: "Language" })
        : { type: "Input.Text", id: `language${row}`, label: `Language ${row}` };
    const level =
      levels.length > 0
        ? { type: "Input.ChoiceSet", id: `level${row}`, label: "Level", choices: levels, placeholder: "Level" }
        : { type: "Input.Text", id: `level${row}`, label: "Level (e.g. C1)" };
    languageRows.push({
      type: "ColumnSet",
      columns: [
        { type: "Column", width: "stretch", items: [language] },
        { type: "Column", width: "auto", items: [level] },
      ],
    });
  }
  const body: CardElement[] = [
    text("Check my eligibility", { size: "Medium", weight: "Bolder" }),
    text("Fill in what you know; I check it against the notice's conditions one by one.", { isSubtle: true }),
    nationality,
    { type: "Input.Number", id: "studyYears", label: "Completed university studies (years; 0 if none)", min: 0, max: 12 },
    {
      type: "Input.ChoiceSet",
      id: "diploma",
      label: "Where was your diploma issued?",
      style: "expanded",
      choices: [
        { title: "In an EU member state", value: "eu" },
        { title: "Outside the EU, recognised as equivalent by an EU member state authority", value: "recognised" },
        { title: "Outside the EU, not (yet) recognised", value: "not_recognised" },
      ],
    },
    text("Languages, with your level (CEFR; a native language counts as C2)", { spacing: "Medium", weight: "Bolder" }),
    ...languageRows,
  ];
  return card(body, [submit("Check", { action: "eligibility" })], "Eligibility form: tell me your nationality, studies and languages.");
}

const formText = z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string().trim().max(1000).optional());
const answerKept = z.object({ intent: z.string().max(100), noticeId: z.string().max(200), parts: z.array(z.string().max(FEEDBACK_TEXT_LIMIT)).max(50) });

const submitSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("ask"), question: z.string().trim().min(1).max(2000) }),
  z.object({ action: z.literal("feedback"), helpful: z.boolean(), question: z.string().max(2000), answer: answerKept }),
  z.object({ action: z.literal("form") }),
  z.looseObject({
    action: z.literal("eligibility"),
    nationalities: formText,
    studyYears: formText,
    diploma: formText,
  }),
]);

/** What a card's Submit button sends back (its data merged with the form's inputs). */
export type SubmitData = z.input<typeof submitSchema>;
export type Submit = z.output<typeof submitSchema>;

/** Reads a Submit's `value`; undefined for anything this app's cards do not send. */
export function readSubmit(value: unknown): Submit | undefined {
  const parsed = submitSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The eligibility form's inputs as the bot's EligibilityForm; a field left empty is left out. */
export function readEligibilityForm(values: Record<string, unknown>): EligibilityForm {
  const field = (name: string): string | undefined => {
    const v = formText.safeParse(values[name]);
    return v.success && v.data ? v.data : undefined;
  };
  const form: EligibilityForm = {};
  const nationalities = field("nationalities")?.split(",").map((s) => s.trim()).filter(Boolean);
  if (nationalities && nationalities.length > 0) form.nationalities = nationalities;
  const years = field("studyYears");
  if (years !== undefined && Number.isFinite(Number(years))) form.studyYears = Number(years);
  const diploma = field("diploma");
  if (diploma === "eu") form.diplomaOutsideEu = false;
  if (diploma === "recognised" || diploma === "not_recognised") {
    form.diplomaOutsideEu = true;
    form.diplomaRecognised = diploma === "recognised";
  }
  const languages: { language: string; level: string }[] = [];
  for (let row = 1; row <= LANGUAGE_ROWS; row++) {
    const language = field(`language${row}`);
    const level = field(`level${row}`);
    if (language && level) languages.push({ language, level });
  }
  if (languages.length > 0) form.languages = languages;
  return form;
}

/** Rebuilds the answer a feedback button refers to, as much of it as the feedback needs. */
export function keptAnswer(kept: { intent: string; noticeId: string; parts: string[] }): Answer {
  return { intent: kept.intent, noticeId: kept.noticeId, parts: kept.parts, citations: [], followUps: [] };
}
