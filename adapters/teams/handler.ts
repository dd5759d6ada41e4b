// The Bot Framework ActivityHandler: turns Teams activities into calls on the Bot and Answers into cards.
import { ActivityHandler, ActivityTypes, CardFactory, MessageFactory, TurnContext, type Activity, type InvokeResponse } from "botbuilder";
import type { Logger } from "pino";
import { MAX_QUESTION_LENGTH, type Answer, type ChannelBot } from "../../src/index.js";
import { boundedText, keyOf } from "../server/bounds.js";
import { SLOW_DOWN, type RateLimiter } from "../server/rate-limit.js";
import type { SharedKeys } from "../server/shared-state.js";
import { MAX_LOCALE_CHARS, MAX_MEMBERS_READ, MAX_ZONE_CHARS } from "./activity.js";
import { readFormValues, readSubmit, renderAnswerCard, renderFormCard, renderWelcomeCard, type AdaptiveCard, type CardState } from "./cards.js";

export type HandlerDeps = {
  bot: ChannelBot;
  logger: Logger;
  clock: () => Date;
  /** Per-user limit on messages and card clicks; default none. */
  limiter?: RateLimiter;
  /** Conversations welcomed and follow-ups asked (per card) remembered, each; default 10,000. */
  maxRemembered?: number;
  /** Where instances share both instead (REDIS_URL). */
  shared?: SharedKeys;
};

const WELCOME_MS = 30 * 24 * 3_600_000;
const ASKED_MS = 24 * 3_600_000;

/**
 * One session per conversation and user, so a check spread over several messages (or a channel thread) holds
 * together. A bounded copy (ids are checked on arrival, see activity.ts), a digest when long.
 */
export function sessionIdOf(activity: Pick<Activity, "conversation" | "from">): string {
  return keyOf("teams", activity.conversation?.id ?? "unknown", activity.from?.id ?? "unknown");
}

const clientInfo = (activity: Pick<Activity, "entities">) => (Array.isArray(activity.entities) ? activity.entities.slice(0, 20).find((e) => e?.type === "clientInfo") : undefined);
const short = (value: unknown, max: number): string | undefined => (typeof value === "string" && value && value.length <= max ? value : undefined);

/** The user's zone as sent: `localTimezone` on the activity, else the clientInfo entity Teams attaches. The bot canonicalises it. */
export function userZoneOf(activity: Pick<Activity, "localTimezone" | "entities">): string | undefined {
  return short(activity.localTimezone, MAX_ZONE_CHARS) ?? short(clientInfo(activity)?.["timezone"], MAX_ZONE_CHARS);
}

/** The user's locale: the activity's `locale`, else the clientInfo entity's; a copy, at most 35 characters. */
export function userLocaleOf(activity: Pick<Activity, "locale" | "entities">): string | undefined {
  const locale = [activity.locale, clientInfo(activity)?.["locale"]].find((l): l is string => typeof l === "string" && l !== "");
  return locale === undefined ? undefined : boundedText(locale, MAX_LOCALE_CHARS);
}

/** Longest text passed on to the bot: one character over what the engine reads, so it still says it cut the question. */
const MAX_TEXT_CHARS = MAX_QUESTION_LENGTH * 4 + 1;

const cardMessage = (card: AdaptiveCard, summary?: string): Partial<Activity> => {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  // The notification preview and clients that cannot draw the card show this.
  if (summary) message.summary = summary.slice(0, 200);
  return message;
};

export class VacancyTeamsHandler extends ActivityHandler {
  /** Conversations already welcomed (their keys), oldest first. */
  private readonly welcomed = new Set<string>();
  /** Follow-ups asked from a card, by answer id, so a later update of the card still marks them. */
  private readonly asked = new Map<string, number[]>();

  constructor(private readonly deps: HandlerDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.onUserMessage(context);
      await next();
    });
    // Teams sends installationUpdate when the app is added to a chat or team and, for the same install,
    // conversationUpdate with the user as a new member; other clients (Web Chat, the Emulator) only the
    // latter. Either may come first. A conversation is welcomed once, whoever and however many join: one
    // activity with thousands of members added must not send thousands of cards.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const people = (context.activity.membersAdded ?? []).slice(0, MAX_MEMBERS_READ).filter((m) => m.id !== context.activity.recipient?.id);
      // Greeted by name only when one person joins (a personal chat).
      if (people.length > 0) await this.welcome(context, people.length === 1 ? people[0]!.name : undefined);
      await next();
    });
  }

  /** An invoke this app does not offer is the sender's mistake: 400, where botbuilder would answer 501. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const response = await super.onInvokeActivity(context);
    return response.status === 501 ? { status: 400 } : response;
  }

  private async onUserMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const sessionId = sessionIdOf(activity);
    const zone = userZoneOf(activity);
    const locale = userLocaleOf(activity);
    const { bot, logger, limiter } = this.deps;
    const now = this.deps.clock();
    const ui = bot.ui(locale);

    const decision = await limiter?.take(keyOf("teams", activity.from?.id ?? "unknown"));
    if (decision && !decision.ok) {
      // Told once in a while; the messages in between are not answered.
      if (decision.notify) await context.sendActivity(SLOW_DOWN);
      logger.debug({ code: "teams_rate_limited" }, "teams: a user is over the rate limit");
      return;
    }

    if (activity.value !== undefined && activity.value !== null) {
      const submit = readSubmit(activity.value);
      if (!submit) {
        logger.warn({ code: "teams_unknown_submit" }, "teams: a card sent data this app does not know");
        await context.sendActivity(ui.t("channel.unreadable"));
        return;
      }
      switch (submit.action) {
        case "ask": {
          await this.typing(context);
          const said = submit.from ? await bot.said?.(sessionId, submit.from) : undefined;
          const index = said ? said.answer.followUps.indexOf(submit.question) : -1;
          if (said && index >= 0) {
            await this.updateCard(context, said.answer, { helpful: said.helpful, asked: await this.ask(said.id, index) });
          }
          return this.answer(context, await bot.ask({ sessionId, text: boundedText(submit.question, MAX_TEXT_CHARS), now, zone, ...(locale ? { locale } : {}) }));
        }
        case "feedback": {
          const recorded = await bot.feedback({ sessionId, answerId: submit.id, helpful: submit.helpful, at: now });
          const said = await bot.said?.(sessionId, submit.id);
          // The card now shows which button was pressed; a second press changes nothing.
          if (said) await this.updateCard(context, said.answer, { helpful: said.helpful, asked: await this.askedOf(submit.id) });
          if (recorded) await context.sendActivity(ui.t(submit.helpful ? "answer.thanks.helpful" : "answer.thanks.notHelpful"));
          else if (!said) await context.sendActivity(ui.t("answer.gone"));
          return;
        }
        case "form": {
          const spec = await bot.form(locale);
          await context.sendActivity(cardMessage(renderFormCard(spec, ui), spec.title));
          return;
        }
        case "eligibility": {
          const values = readFormValues(await bot.form(locale), activity.value as Record<string, unknown>);
          await this.typing(context);
          return this.answer(context, await bot.checkEligibility({ sessionId, values, now, zone, ...(locale ? { locale } : {}) }));
        }
      }
    }

    // In channels and group chats the text starts with "<at>Bot</at>"; the engine should see the question only.
    // Cut and copied: a trimmed text may be a view of a 1 MB one, which the bot's stores would keep alive.
    const text = boundedText((typeof activity.text === "string" && activity.text ? TurnContext.removeRecipientMention(activity) ?? "" : "").trim(), MAX_TEXT_CHARS);
    await this.typing(context);
    return this.answer(context, await bot.ask({ sessionId, text, now, zone, ...(locale ? { locale } : {}) }));
  }

  /** "The bot is typing…" in the user's client while the answer is prepared. */
  private async typing(context: TurnContext): Promise<void> {
    await context.sendActivity({ type: ActivityTypes.Typing });
  }

  private async answer(context: TurnContext, answer: Answer): Promise<void> {
    const card = renderAnswerCard(answer, this.deps.bot.ui(answer.language));
    await context.sendActivity(cardMessage(card, answer.parts[0]));
  }

  /** Redraws the card a click came from (the activity it replies to), with what the user did on it. */
  private async updateCard(context: TurnContext, answer: Answer, state: CardState): Promise<void> {
    const cardId = context.activity.replyToId;
    if (!cardId) return;
    const card = renderAnswerCard(answer, this.deps.bot.ui(answer.language), state);
    try {
      await context.updateActivity({ ...cardMessage(card, answer.parts[0]), id: cardId });
    } catch (error) {
      // The click still counts; only the card keeps its old look.
      this.deps.logger.warn({ code: "teams_update_failed", err: error }, "teams: could not update a card after a click");
    }
  }

  /** Marks a follow-up of a card as asked; the card's asked follow-ups. */
  private async ask(answerId: string, index: number): Promise<number[]> {
    const { shared } = this.deps;
    if (shared) return (await shared.addTo(`teams:asked:${answerId}`, String(index), ASKED_MS)).map(Number);
    this.asked.set(answerId, [...new Set([...(this.asked.get(answerId) ?? []), index])]);
    while (this.asked.size > (this.deps.maxRemembered ?? 10_000)) this.asked.delete(this.asked.keys().next().value!);
    return this.asked.get(answerId)!;
  }

  private async askedOf(answerId: string): Promise<number[] | undefined> {
    const { shared } = this.deps;
    if (!shared) return this.asked.get(answerId);
    const asked = (await shared.members(`teams:asked:${answerId}`)).map(Number);
    return asked.length ? asked : undefined;
  }

  /** One welcome per conversation (however many members one activity adds), on every instance. */
  private async welcome(context: TurnContext, name?: string): Promise<void> {
    const key = keyOf(context.activity.conversation?.id ?? "?");
    if (this.deps.shared && !(await this.deps.shared.claim(`teams:welcomed:${key}`, WELCOME_MS))) return;
    if (this.welcomed.has(key)) return;
    this.welcomed.add(key);
    while (this.welcomed.size > (this.deps.maxRemembered ?? 10_000)) this.welcomed.delete(this.welcomed.values().next().value!);
    const { bot, clock } = this.deps;
    const card = renderWelcomeCard({
      summary: bot.summary(),
      countdown: bot.countdown(clock(), userZoneOf(context.activity)),
      ui: bot.ui(userLocaleOf(context.activity)),
      ...(typeof name === "string" && name ? { name: boundedText(name, 100) } : {}),
    });
    await context.sendActivity(cardMessage(card, card.fallbackText));
  }
}
