// Block Kit for an Answer: what a person sees in Slack. Pure functions; every user- or engine-given string
// that lands in mrkdwn goes through escapeMrkdwn.
import type { types } from "@slack/bolt";
import type { Answer, Catalogue, Criterion } from "../../src/index.js";
import { clip, escapeMrkdwn } from "./mrkdwn.js";

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** A message as chat.postMessage and response URLs take it. */
export type SlackMessage = { text: string; blocks: KnownBlock[] };

/** Action ids, also what the listeners match on. */
export const ACTION = {
  /** A follow-up question button; the id ends with ":<index>" because ids must be unique in a block. */
  followUp: "followup",
  feedbackHelpful: "feedback:helpful",
  feedbackUnhelpful: "feedback:unhelpful",
  openEligibility: "open_eligibility",
} as const;

// Slack's limits: section text 3000, button text 75, button value 2000, 50 blocks a message.
const SECTION_MAX = 3000;
const QUOTE_MAX = 600;
const BUTTON_TEXT_MAX = 75;
const BUTTON_VALUE_MAX = 2000;
const MAX_FOLLOW_UPS = 5;
const MAX_CITATIONS = 5;
const FALLBACK_MAX = 3000;

const VERDICT_ICON = { eligible: ":white_check_mark:", not_eligible: ":x:", incomplete: ":grey_question:" } as const;

const STATUS_ICON: Record<Criterion["status"], string> = {
  met: ":white_check_mark:",
  not_met: ":x:",
  unknown: ":grey_question:",
};

function section(text: string): KnownBlock[] {
  const chunks: string[] = [];
  for (let rest = text; rest.length > 0; ) {
    const cut = rest.length <= SECTION_MAX ? rest.length : Math.max(rest.lastIndexOf("\n", SECTION_MAX), SECTION_MAX / 2);
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, "");
  }
  return chunks.map((chunk) => ({ type: "section", text: { type: "mrkdwn", text: chunk } }));
}

function button(text: string, actionId: string, value: string, style?: "primary"): Button {
  return {
    type: "button",
    text: { type: "plain_text", text: clip(text, BUTTON_TEXT_MAX), emoji: true },
    action_id: actionId,
    value: clip(value, BUTTON_VALUE_MAX),
    ...(style ? { style } : {}),
  };
}

const criterionLine = (c: Criterion) =>
  `${c.checkable ? STATUS_ICON[c.status] : ":information_source:"} *${escapeMrkdwn(c.label)}*: ${escapeMrkdwn(c.reason)}`;

// A line of the answer that lists a criterion: its label after a marker such as "✓ ", "✗ ", "? " or "• ".
const lineCriterion = (line: string, criteria: Criterion[]) => {
  const words = line.replace(/^[^\p{L}\p{N}]+/u, "");
  return criteria.find((c) => words.startsWith(c.label));
};

/**
 * The answer's paragraphs as mrkdwn. With a verdict, the lines that give a checkable criterion's status get
 * Slack's status emoji and a bold label; when the paragraphs list no criterion, the verdict and every
 * criterion follow them.
 */
export function renderParts(answer: Answer, ui: Catalogue): string[] {
  const criteria = answer.criteria ?? [];
  let listed = false;
  const parts = answer.parts.map((part) =>
    part
      .split("\n")
      .map((line) => {
        const criterion = lineCriterion(line, criteria);
        if (criterion) listed = true;
        return criterion?.checkable ? criterionLine(criterion) : escapeMrkdwn(line);
      })
      .join("\n"),
  );
  if (answer.verdict && !listed) {
    const verdict = `${VERDICT_ICON[answer.verdict]} *${escapeMrkdwn(ui.t(`verdict.${answer.verdict}`))}*`;
    parts.push([verdict, ...criteria.map(criterionLine)].join("\n"));
  }
  return parts.filter((p) => p.trim());
}

/** Buttons for questions, answered like typed ones. */
export function questionButtons(questions: string[], blockId = "followups"): KnownBlock[] {
  if (questions.length === 0) return [];
  const elements = questions.slice(0, MAX_FOLLOW_UPS).map((q, i) => button(q, `${ACTION.followUp}:${i}`, q));
  return [{ type: "actions", block_id: blockId, elements }];
}

/**
 * Renders an Answer as a Slack message: the text (with the verdict criterion by criterion), a context block per
 * cited passage ("Source: heading" and the quote), follow-up buttons, and "Helpful" / "Not helpful", whose
 * value is only the answer's id (the bot keeps what it said).
 *
 * @example
 * renderAnswer(answer, bot.ui()).blocks.map((b) => b.type)
 * // → ["section", "context", "actions", "actions"]
 */
export function renderAnswer(answer: Answer, ui: Catalogue, options: { askedBy?: { user: string; question: string } } = {}): SlackMessage {
  const { t } = ui;
  const blocks: KnownBlock[] = [];
  if (options.askedBy) {
    const { user, question } = options.askedBy;
    // The asker is named by a mention of their own (they asked in public); their words are shown, never acted on.
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: t("answer.askedBy", { user: `<@${user}>`, question: escapeMrkdwn(clip(question, 500)) }) }] });
  }
  for (const part of renderParts(answer, ui).slice(0, 20)) blocks.push(...section(part));
  for (const c of answer.citations.slice(0, MAX_CITATIONS)) {
    const text = `${t("answer.source", { heading: `*${escapeMrkdwn(c.heading)}*` })}\n“${escapeMrkdwn(clip(c.quote, QUOTE_MAX))}”`;
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text }] });
  }
  blocks.push(...questionButtons(answer.followUps));
  if (answer.id) {
    blocks.push({
      type: "actions",
      block_id: "feedback",
      elements: [
        button(`:thumbsup: ${t("answer.helpful")}`, ACTION.feedbackHelpful, answer.id),
        button(`:thumbsdown: ${t("answer.notHelpful")}`, ACTION.feedbackUnhelpful, answer.id),
      ],
    });
  }
  return { text: fallbackText(answer), blocks: blocks.slice(0, 50) };
}

/** The plain `text` that notifications and screen readers show. */
export function fallbackText(answer: Answer): string {
  return escapeMrkdwn(clip(answer.parts.join("\n\n").trim() || "…", FALLBACK_MAX));
}

/** A one-line message (an apology, a thanks), escaped. */
export function notice(text: string): SlackMessage {
  const escaped = escapeMrkdwn(text);
  return { text: escaped, blocks: [{ type: "section", text: { type: "mrkdwn", text: escaped } }] };
}
