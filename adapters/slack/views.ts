// The eligibility modal and the App Home tab: Block Kit views built from what the bot offers, and the
// modal's submitted state read back into an EligibilityForm. Pure functions.
import type { types, ViewOutput } from "@slack/bolt";
import type { Countdown, EligibilityForm, FormOptions, NoticeSummary } from "../../src/index.js";
import { ACTION, questionButtons } from "./blocks.js";
import { clip, escapeMrkdwn } from "./mrkdwn.js";

type KnownBlock = types.KnownBlock;
type PlainTextOption = types.PlainTextOption;
type OptionGroup = { label: types.PlainTextElement; options: PlainTextOption[] };

/** The modal's callback id, what the view_submission listener matches on. */
export const ELIGIBILITY_CALLBACK = "eligibility";
/** Rows of language + level the modal offers (Slack modals have no repeating inputs). */
export const LANGUAGE_ROWS = 3;
const STUDY_YEARS = [0, 1, 2, 3, 4, 5, 6];
const DIPLOMA = {
  eu: "Issued in an EU member state",
  recognised: "Issued outside the EU, recognised as equivalent by an EU member state authority",
  not_recognised: "Issued outside the EU, not (yet) recognised",
} as const;

const plain = (text: string) => ({ type: "plain_text" as const, text: clip(text, 75), emoji: true });
const option = (text: string, value: string): PlainTextOption => ({ text: plain(text), value: clip(value, 150) });

// Slack allows 100 options in a list or in a group; longer lists are split into groups.
function choices(groups: { label: string; options: PlainTextOption[] }[]): { options: PlainTextOption[] } | { option_groups: OptionGroup[] } {
  const filled = groups.filter((g) => g.options.length > 0);
  if (filled.length === 1 && filled[0]!.options.length <= 100) return { options: filled[0]!.options };
  const split = filled.flatMap((g) =>
    Array.from({ length: Math.ceil(g.options.length / 100) }, (_, i) => ({ label: plain(g.label), options: g.options.slice(i * 100, i * 100 + 100) })),
  );
  return { option_groups: split.slice(0, 100) };
}

function select(blockId: string, label: string, list: ReturnType<typeof choices> | undefined, hint?: string): KnownBlock {
  const element: types.StaticSelect | types.PlainTextInput = list
    ? { type: "static_select", action_id: "value", placeholder: plain("Choose"), ...list }
    : { type: "plain_text_input", action_id: "value" };
  return { type: "input", block_id: blockId, optional: true, label: plain(label), element, ...(hint ? { hint: plain(hint) } : {}) };
}

/**
 * The eligibility modal: nationality, years of university studies, where the diploma comes from, and up to
 * three languages with levels. `metadata` comes back untouched with the submission (at most 3000 characters).
 */
export function eligibilityModal(options: FormOptions, metadata: string): types.ModalView {
  const countries = [
    { label: "EU member states", options: options.memberStates.map((c) => option(c.name, c.code)) },
    { label: "Other countries", options: options.otherCountries.map((c) => option(c.name, c.code)) },
  ];
  const hasCountries = countries.some((g) => g.options.length > 0);
  const nationality: KnownBlock = {
    type: "input",
    block_id: "nationality",
    optional: true,
    label: plain("Nationality (all you hold)"),
    element: hasCountries
      ? ({ type: "multi_static_select", action_id: "value", placeholder: plain("Choose one or more"), ...choices(countries) } satisfies types.MultiStaticSelect)
      : ({ type: "plain_text_input", action_id: "value", placeholder: plain("e.g. Estonian, Canadian") } satisfies types.PlainTextInput),
  };
  const languages = choices([
    { label: "Official EU languages", options: options.languages.filter((l) => l.official).map((l) => option(l.name, l.name)) },
    { label: "Other languages", options: options.languages.filter((l) => !l.official).map((l) => option(l.name, l.name)) },
  ]);
  const levels = options.levels.length > 0 ? choices([{ label: "Levels", options: options.levels.map((l) => option(l, l)) }]) : undefined;
  const hasLanguages = options.languages.length > 0;
  const languageRows = Array.from({ length: LANGUAGE_ROWS }, (_, i) => [
    select(`language${i + 1}`, `Language ${i + 1}`, hasLanguages ? languages : undefined),
    select(`level${i + 1}`, `Level in language ${i + 1}`, levels, i === 0 ? "CEFR level, A1 to C2; a mother tongue counts as C2." : undefined),
  ]).flat();
  return {
    type: "modal",
    callback_id: ELIGIBILITY_CALLBACK,
    private_metadata: metadata,
    title: plain("Eligibility check"),
    submit: plain("Check"),
    close: plain("Cancel"),
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: "Tell me what you would put in your application and I will check it against the notice's eligibility criteria, one by one." } },
      nationality,
      {
        type: "input",
        block_id: "studies",
        optional: true,
        label: plain("Completed university studies"),
        element: {
          type: "static_select",
          action_id: "value",
          placeholder: plain("Choose"),
          options: STUDY_YEARS.map((y) => option(y === 0 ? "None" : y === 6 ? "6 years or more" : `${y} year${y > 1 ? "s" : ""}`, String(y))),
        },
      },
      {
        type: "input",
        block_id: "diploma",
        optional: true,
        label: plain("Your diploma"),
        element: { type: "radio_buttons", action_id: "value", options: Object.entries(DIPLOMA).map(([value, text]) => option(text, value)) },
      },
      ...languageRows,
    ],
  };
}

type StateValues = ViewOutput["state"]["values"];

/** Why a submitted form cannot be checked, by block id, as `response_action: "errors"` takes it. */
export type FormErrors = Record<string, string>;

const words = (text: string | null | undefined) => (text ?? "").split(/[,;\n]+/).map((w) => w.trim()).filter(Boolean);

/** Reads the submitted modal back into an EligibilityForm, or says which inputs to fix. */
export function readEligibilityForm(values: StateValues): { form: EligibilityForm } | { errors: FormErrors } {
  const field = (block: string) => values[block]?.value;
  const one = (block: string) => field(block)?.selected_option?.value ?? (words(field(block)?.value)[0] || undefined);
  const form: EligibilityForm = {};
  const nationalities = field("nationality")?.selected_options?.map((o) => o.value) ?? words(field("nationality")?.value);
  if (nationalities.length > 0) form.nationalities = nationalities;
  const years = one("studies");
  if (years !== undefined) form.studyYears = Number(years);
  const diploma = one("diploma");
  if (diploma !== undefined) {
    form.diplomaOutsideEu = diploma !== "eu";
    if (diploma !== "eu") form.diplomaRecognised = diploma === "recognised";
  }
  const errors: FormErrors = {};
  const languages: { language: string; level: string }[] = [];
  for (let i = 1; i <= LANGUAGE_ROWS; i++) {
    const language = one(`language${i}`);
    const level = one(`level${i}`);
    if (language && level) languages.push({ language, level });
    else if (language) errors[`level${i}`] = `Choose your level in ${clip(language, 40)}.`;
    else if (level) errors[`language${i}`] = "Choose the language this level is for.";
  }
  if (languages.length > 0) form.languages = languages;
  return Object.keys(errors).length > 0 ? { errors } : { form };
}

/**
 * The App Home tab: the post, the deadline with the countdown in the viewer's zone (or "closed"), the key
 * facts, a button for the eligibility form and buttons for the common questions.
 */
export function homeView(summary: NoticeSummary, countdown: Countdown | undefined): types.HomeView {
  const blocks: KnownBlock[] = [{ type: "header", text: { type: "plain_text", text: clip(summary.title ?? "Vacancy notice", 150), emoji: true } }];
  if (summary.reference) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `Reference: ${escapeMrkdwn(summary.reference)}` }] });
  if (countdown) {
    const icon = countdown.closed ? ":lock:" : ":hourglass_flowing_sand:";
    blocks.push({ type: "section", text: { type: "mrkdwn", text: `${icon} *${countdown.closed ? "Applications are closed" : "Deadline"}*\n${escapeMrkdwn(countdown.text)}` } });
  }
  const facts = summary.keyFacts.map((f) => ({ type: "mrkdwn" as const, text: clip(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, 2000) }));
  for (let i = 0; i < facts.length && i < 40; i += 10) blocks.push({ type: "section", fields: facts.slice(i, i + 10) });
  blocks.push({ type: "divider" });
  blocks.push({
    type: "actions",
    block_id: "eligibility",
    elements: [{ type: "button", style: "primary", action_id: ACTION.openEligibility, text: plain("Check my eligibility"), value: "home" }],
  });
  blocks.push(...questionButtons(summary.questions, "questions"));
  blocks.push({
    type: "context",
    elements: [{ type: "mrkdwn", text: "Ask me anything about the notice in the *Messages* tab, mention me in a channel, or type `/vacancy` followed by your question." }],
  });
  return { type: "home", blocks };
}
