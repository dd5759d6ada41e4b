// The Bot Framework ActivityHandler: turns Teams activities into calls on the Bot and Answers into cards.
import { ActivityHandler, CardFactory, MessageFactory, TurnContext, type Activity, type InvokeResponse } from "botbuilder";
import type { Logger } from "pino";
import { MAX_QUESTION_LENGTH, type Answer, type Bot } from "../../src/index.js";
import { SLOW_DOWN, type RateLimiter } from "../server/rate-limit.js";
import {
  keptAnswer,
  readEligibilityForm,
  readSubmit,
  renderAnswerCard,
  renderEligibilityForm,
  renderWelcomeCard,
  type AdaptiveCard,
} from "./cards.js";

export type HandlerDeps = {
  bot: Bot;
  logger: Logger;
  clock: () => Date;
  /** Per-user limit on messages and card clicks; default none. */
  limiter?: RateLimiter;
};

/** One session per conversation and user, so a check spread over several messages (or a channel thread) holds together. */
export function sessionIdOf(activity: Pick<Activity, "conversation" | "from">): string {
  return `teams:${activity.conversation?.id ?? "unknown"}:${activity.from?.id ?? "unknown"}`;
}

/** The user's IANA zone: `localTimezone` on the activity, else the clientInfo entity Teams attaches. */
export function userZoneOf(activity: Pick<Activity, "localTimezone" | "entities">): string | undefined {
  if (typeof activity.localTimezone === "string" && activity.localTimezone) return activity.localTimezone;
  const info = activity.entities?.find((e) => e.type === "clientInfo");
  const zone = info?.["timezone"];
  return typeof zone === "string" && zone ? zone : undefined;
}

const cardMessage = (card: AdaptiveCard, summary?: string): Partial<Activity> => {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  // The notification preview and clients that cannot draw the card show this.
  if (summary) message.summary = summary.slice(0, 200);
  return message;
};

export class VacancyTeamsHandler extends ActivityHandler {
  constructor(private readonly deps: HandlerDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.onUserMessage(context);
      await next();
    });
    // Teams sends installationUpdate when the app is added to a chat or team; other clients (Web Chat,
    // the Emulator) only conversationUpdate, where the new user is a member other than the bot.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) await this.welcome(context, member.name);
      }
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
    const { bot, logger, limiter } = this.deps;
    const now = this.deps.clock();

    const decision = limiter?.take(`teams:${activity.from?.id ?? "unknown"}`);
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
        await context.sendActivity("Sorry, I could not read that. Please type your question.");
        return;
      }
      switch (submit.action) {
        case "ask":
          return this.answer(context, submit.question, bot.ask({ sessionId, text: submit.question, now, zone }));
        case "feedback":
          bot.feedback({ question: submit.question, answer: keptAnswer(submit.answer), helpful: submit.helpful, at: now });
          await context.sendActivity(submit.helpful ? "Thank you for the feedback." : "Thank you: the team will review this answer.");
          return;
        case "form":
          await context.sendActivity(cardMessage(renderEligibilityForm(bot.formOptions()), "Eligibility form"));
          return;
        case "eligibility": {
          const form = readEligibilityForm(activity.value as Record<string, unknown>);
          return this.answer(context, "Eligibility form", bot.checkEligibility({ sessionId, form, now, zone }));
        }
      }
    }

    // In channels and group chats the text starts with "<at>Bot</at>"; the engine should see the question only.
    const text = (activity.text ? TurnContext.removeRecipientMention(activity) ?? "" : "").trim();
    return this.answer(context, text, bot.ask({ sessionId, text, now, zone }));
  }

  private async answer(context: TurnContext, question: string, answer: Answer): Promise<void> {
    const card = renderAnswerCard(answer, question, { maxQuestionLength: MAX_QUESTION_LENGTH });
    await context.sendActivity(cardMessage(card, answer.parts[0]));
  }

  private async welcome(context: TurnContext, name?: string): Promise<void> {
    const { bot, clock } = this.deps;
    const card = renderWelcomeCard({
      summary: bot.summary(),
      countdown: bot.countdown(clock(), userZoneOf(context.activity)),
      ...(name ? { name } : {}),
    });
    await context.sendActivity(cardMessage(card, card.fallbackText));
  }
}
