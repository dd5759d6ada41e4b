// The eligibility modal and the App Home tab: Block Kit views built from what the bot offers, and the
// modal's submitted state read back against the form's spec. Pure functions; the modal is drawn from
// `bot.form()` whatever fields the notice needs.
import type { types, ViewOutput } from "@slack/bolt";
import type { Catalogue, Countdown, FormChoice, FormField, FormSpec, FormValues, NoticeSummary } from "../../src/index.js";
import { ACTION, questionButtons } from "./blocks.js";
import { clip, escapeMrkdwn } from "./mrkdwn.js";

type KnownBlock = types.KnownBlock;
type PlainTextOption = types.PlainTextOption;
type OptionGroup = { label: types.PlainTextElement; options: PlainTextOption[] };

/** The modal's callback id, what the view_submission listener matches on. */
export const ELIGIBILITY_CALLBACK = "eligibility";

const plain = (text: string, max = 75) => ({ type: "plain_text" as const, text: clip(text, max), emoji: true });
const option = (c: FormChoice): PlainTextOption => ({ text: plain(c.label), value: clip(c.value, 150) });

// Slack allows 100 options in a list or in a group; longer lists are split into groups.
function choices(list: FormChoice[]): { options: PlainTextOption[] } | { option_groups: OptionGroup[] } {
  const groups = new Map<string, PlainTextOption[]>();
  for (const c of list) groups.set(c.group ?? "", [...(groups.get(c.group ?? "") ?? []), option(c)]);
  if (groups.size === 1 && list.length <= 100) return { options: list.map(option) };
  const split = [...groups].flatMap(([label, options]) =>
    Array.from({ length: Math.ceil(options.length / 100) }, (_, i) => ({ label: plain(label || "…"), options: options.slice(i * 100, i * 100 + 100) })),
  );
  return { option_groups: split.slice(0, 100) };
}

/** Block ids of a languages field's rows: "<field>.<row>.language" and "<field>.<row>.level". */
const rowId = (field: string, row: number, part: "language" | "level") => `${field}.${row}.${part}`;

const input = (blockId: string, label: string, element: types.InputBlock["element"], hint?: string): KnownBlock => ({
  type: "input",
  block_id: blockId,
  optional: true,
  label: plain(label, 2000),
  element,
  ...(hint ? { hint: plain(hint, 2000) } : {}),
});

/** The Block Kit input(s) for one field of the form, whatever it asks. */
function fieldBlocks(field: FormField, t: Catalogue["t"]): KnownBlock[] {
  switch (field.kind) {
    case "choice":
      if (field.multiple) return [input(field.id, field.label, { type: "multi_static_select", action_id: "value", placeholder: plain(t("form.chooseMany")), ...choices(field.options) }, field.hint)];
      if (field.options.length <= 5) return [input(field.id, field.label, { type: "radio_buttons", action_id: "value", options: field.options.map(option) }, field.hint)];
      return [input(field.id, field.label, { type: "static_select", action_id: "value", placeholder: plain(t("form.choose")), ...choices(field.options) }, field.hint)];
    case "number":
      return [input(field.id, field.label, { type: "number_input", action_id: "value", is_decimal_allowed: false, min_value: String(field.min), max_value: String(field.max) }, field.hint)];
    case "languages":
      return [
        { type: "section", text: { type: "mrkdwn", text: `*${escapeMrkdwn(field.label)}*${field.hint ? `\n${escapeMrkdwn(field.hint)}` : ""}` } },
        ...Array.from({ length: field.rows }, (_, i) => [
          input(rowId(field.id, i + 1, "language"), t("form.language", { row: i + 1 }), { type: "static_select", action_id: "value", placeholder: plain(t("form.chooseLanguage")), ...choices(field.languages) }),
          input(rowId(field.id, i + 1, "level"), t("form.levelIn", { row: i + 1 }), { type: "static_select", action_id: "value", placeholder: plain(t("form.level")), ...choices(field.levels) }),
        ]).flat(),
      ];
  }
}

/**
 * The eligibility modal, one input per field of the notice's form spec. `metadata` comes back untouched
 * with the submission (at most 3000 characters).
 */
export function eligibilityModal(spec: FormSpec, ui: Catalogue, metadata: string): types.ModalView {
  return {
    type: "modal",
    callback_id: ELIGIBILITY_CALLBACK,
    private_metadata: metadata,
    // Slack's modal title holds 24 characters.
    title: plain(spec.title, 24),
    submit: plain(spec.submit, 24),
    close: plain(ui.t("form.cancel"), 24),
    blocks: [{ type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(spec.intro) } }, ...spec.fields.flatMap((f) => fieldBlocks(f, ui.t))],
  };
}

type StateValues = ViewOutput["state"]["values"];

/** Why a submitted form cannot be checked, by block id, as `response_action: "errors"` takes it. */
export type FormErrors = Record<string, string>;

/**
 * Reads the submitted modal back against the spec: a choice must be one the field offers, a number within
 * its range, and a language row needs both halves (else the inputs to fix are named).
 */
export function readFormValues(spec: FormSpec, state: StateValues, ui: Catalogue): { values: FormValues } | { errors: FormErrors } {
  const one = (block: string) => state[block]?.value?.selected_option?.value ?? undefined;
  const values: FormValues = {};
  const errors: FormErrors = {};
  for (const field of spec.fields) {
    if (field.kind === "choice") {
      const offered = new Set(field.options.map((o) => o.value));
      const picked = (field.multiple ? (state[field.id]?.value?.selected_options ?? []).map((o) => o.value) : [one(field.id)]).filter((v): v is string => !!v && offered.has(v));
      if (picked.length > 0) values[field.id] = field.multiple ? picked : picked[0];
    } else if (field.kind === "number") {
      const raw = state[field.id]?.value?.value;
      const n = Number(raw);
      if (raw !== undefined && raw !== null && raw !== "" && Number.isInteger(n) && n >= field.min && n <= field.max) values[field.id] = n;
    } else {
      const languages = new Map(field.languages.map((o) => [o.value, o.label]));
      const levels = new Set(field.levels.map((o) => o.value));
      const rows: { language: string; level: string }[] = [];
      for (let row = 1; row <= field.rows; row++) {
        const language = one(rowId(field.id, row, "language"));
        const level = one(rowId(field.id, row, "level"));
        const knownLanguage = language !== undefined && languages.has(language);
        const knownLevel = level !== undefined && levels.has(level);
        if (knownLanguage && knownLevel) rows.push({ language: language!, level: level! });
        else if (knownLanguage) errors[rowId(field.id, row, "level")] = ui.t("form.levelMissing", { language: clip(languages.get(language!)!, 40) });
        else if (knownLevel) errors[rowId(field.id, row, "language")] = ui.t("form.languageMissing");
      }
      if (rows.length > 0) values[field.id] = rows;
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { values };
}

/**
 * The App Home tab: the post, the deadline with the countdown in the viewer's zone (or "closed"), the key
 * facts, a button for the eligibility form and buttons for the common questions.
 */
export function homeView(summary: NoticeSummary, countdown: Countdown | undefined, ui: Catalogue): types.HomeView {
  const { t } = ui;
  const blocks: KnownBlock[] = [{ type: "header", text: { type: "plain_text", text: clip(summary.title ?? "Vacancy notice", 150), emoji: true } }];
  if (summary.reference) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `Reference: ${escapeMrkdwn(summary.reference)}` }] });
  if (countdown) {
    const icon = countdown.closed ? ":lock:" : ":hourglass_flowing_sand:";
    blocks.push({ type: "section", text: { type: "mrkdwn", text: `${icon} *${escapeMrkdwn(t(countdown.closed ? "home.closed" : "home.deadline"))}*\n${escapeMrkdwn(countdown.text)}` } });
  }
  const facts = summary.keyFacts.map((f) => ({ type: "mrkdwn" as const, text: clip(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, 2000) }));
  for (let i = 0; i < facts.length && i < 40; i += 10) blocks.push({ type: "section", fields: facts.slice(i, i + 10) });
  blocks.push({ type: "divider" });
  blocks.push({
    type: "actions",
    block_id: "eligibility",
    elements: [{ type: "button", style: "primary", action_id: ACTION.openEligibility, text: plain(t("form.title")), value: "home" }],
  });
  blocks.push(...questionButtons(summary.questions, "questions"));
  blocks.push({
    type: "context",
    elements: [{ type: "mrkdwn", text: t("home.howTo") }],
  });
  return { type: "home", blocks };
}
