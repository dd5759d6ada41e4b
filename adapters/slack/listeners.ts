// The Slack listeners: DMs, mentions, /vacancy, buttons, the eligibility modal and App Home. Each one turns
// a Slack payload into a Bot call and the Answer into Block Kit; nothing here decides what is answered.
import type { AnyMiddlewareArgs, App, BlockAction, ButtonAction, webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { Answer, Catalogue, ChannelBot } from "../../src/index.js";
import { keyOf } from "../server/bounds.js";
import { SLOW_DOWN, type RateLimiter } from "../server/rate-limit.js";
import { ACTION, notice, renderAnswer, type SlackMessage } from "./blocks.js";
import type { EventDeduper } from "./dedupe.js";
import { plainText } from "./mrkdwn.js";
import { ELIGIBILITY_CALLBACK, eligibilityModal, homeView, readFormValues } from "./views.js";
import type { ZoneCache } from "./zones.js";

type WebClient = webApi.WebClient;

export type ListenerDeps = {
  bot: ChannelBot;
  logger: Logger;
  zones: ZoneCache;
  deduper: EventDeduper;
  /** The clock for questions and the countdown. */
  now: () => Date;
  /** Per-user limit on questions and clicks; default none. */
  limiter?: RateLimiter;
  /**
   * Answers waiting for Slack's API at once (a slow or failing API holds each for up to five minutes of
   * retries). Past it a question gets a short "busy, ask again" instead of an answer; default 200.
   */
  maxPending?: number;
};

type Payload = {
  type?: unknown;
  command?: unknown;
  user_id?: unknown;
  team_id?: unknown;
  event_id?: unknown;
  user?: { id?: unknown; team_id?: unknown };
  team?: { id?: unknown };
  event?: { type?: unknown; user?: unknown; bot_id?: unknown; channel?: unknown; channel_type?: unknown; thread_ts?: unknown; ts?: unknown };
};

/** What a payload is, for the log: "event:app_mention", "command", "block_actions"… Never its content. */
export function kindOf(body: Payload): string {
  if (body.type === "event_callback") return `event:${typeof body.event?.type === "string" ? body.event.type : "?"}`;
  if (typeof body.command === "string") return "command";
  return typeof body.type === "string" ? body.type.slice(0, 40) : "unknown";
}

/** The user a question or a click comes from, for the rate limit; undefined for what is not one. */
function askerOf(body: Payload): string | undefined {
  const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);
  if (body.type === "event_callback") {
    const event = body.event;
    if (!event || (event.type !== "message" && event.type !== "app_mention") || event.bot_id) return undefined;
    const user = str(event.user);
    return user && `${str(body.team_id) ?? "_"}:${user}`;
  }
  if (typeof body.command === "string") return `${str(body.team_id) ?? "_"}:${str(body.user_id) ?? "?"}`;
  if (body.type === "block_actions") {
    const user = str(body.user?.id);
    return user && `${str(body.user?.team_id) ?? str(body.team?.id) ?? "_"}:${user}`;
  }
  return undefined;
}

/**
 * Where an answer goes and which conversation it belongs to: a message in a channel (a DM, or a thread),
 * or a slash command's response URL (only the asker sees it unless public).
 */
export type Place =
  | { kind: "post"; channel: string; threadTs?: string; sessionId: string; fallbackUrl?: string }
  | { kind: "respond"; url: string; public: boolean; sessionId: string };


/** A DM: one session per user per DM. Keys are bounded copies (a digest when long), like every channel's. */
const dmSession = (team: string, channel: string, user: string) => keyOf("slack", team, channel, user);
/** A mention: one session per thread, and per person in it, so one person's facts never answer another. */
const threadSession = (team: string, channel: string, threadTs: string, user: string) => keyOf("slack", team, channel, threadTs, user);
const isDm = (channel: string) => channel.startsWith("D");

/** "/vacancy public When is the deadline?" → the question, and whether the channel sees the answer. */
export function readCommandText(text: string): { question: string; isPublic: boolean } {
  const words = text.trim();
  const match = /^public\b\s*(.*)$/is.exec(words) ?? /^(.*?)\s*\bpublic$/is.exec(words);
  return match ? { question: match[1]!.trim(), isPublic: true } : { question: words, isPublic: false };
}

async function postToResponseUrl(url: string, body: object): Promise<void> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`slack: response URL answered HTTP ${response.status}`);
}

async function deliver(client: WebClient, place: Place, message: SlackMessage): Promise<void> {
  if (place.kind === "respond") {
    await postToResponseUrl(place.url, { response_type: place.public ? "in_channel" : "ephemeral", replace_original: false, ...message });
    return;
  }
  try {
    await client.chat.postMessage({ channel: place.channel, thread_ts: place.threadTs, unfurl_links: false, unfurl_media: false, ...message });
  } catch (error) {
    // A public slash-command answer sits in a channel the bot may not have joined: answer its clicks privately.
    const code = (error as { data?: { error?: string } }).data?.error;
    if (!place.fallbackUrl || (code !== "not_in_channel" && code !== "channel_not_found")) throw error;
    await postToResponseUrl(place.fallbackUrl, { response_type: "ephemeral", replace_original: false, ...message });
  }
}

export function registerListeners(app: App, deps: ListenerDeps): void {
  const { bot, logger, zones, deduper, now, limiter } = deps;
  const maxPending = deps.maxPending ?? 200;
  const dmChannels = new Map<string, Promise<string>>();
  // The channel's labels in the user's language; Slack's users.info gives the locale when asked for it.
  const uiOf = async (user: string): Promise<Catalogue> => bot.ui((await zones.profile(user)).locale);

  // Answers on their way to Slack. Past maxPending, a question gets one short line instead (and past twice
  // that, nothing but a log line), so a slow Slack API cannot pile up work without end.
  let pending = 0;
  let overloadLogged = 0;
  const overloaded = () => pending >= maxPending;
  const sending = async (send: () => Promise<void>): Promise<void> => {
    pending++;
    try {
      await send();
    } finally {
      pending--;
    }
  };
  const logOverload = () => {
    if (Date.now() - overloadLogged < 60_000) return;
    overloadLogged = Date.now();
    logger.warn({ code: "slack_overloaded", pending, maxPending }, "slack: too many answers waiting for the Slack API; telling users to ask again");
  };

  /** The bot's DM with a user (App Home and the modal answer there). Needs im:write. */
  const dmChannel = (client: WebClient, user: string): Promise<string> => {
    let channel = dmChannels.get(user);
    if (!channel) {
      channel = client.conversations.open({ users: user }).then((r) => r.channel?.id ?? user);
      channel.catch(() => dmChannels.delete(user));
      dmChannels.set(user, channel);
    }
    return channel;
  };

  const dmPlace = async (client: WebClient, team: string, user: string): Promise<Place> => {
    const channel = await dmChannel(client, user);
    return { kind: "post", channel, sessionId: dmSession(team, channel, user) };
  };

  /** Opens the eligibility modal, drawn from the notice's form in the user's language. */
  const openForm = async (client: WebClient, triggerId: string, user: string, place: Place): Promise<void> => {
    const { locale } = await zones.profile(user);
    await client.views.open({ trigger_id: triggerId, view: eligibilityModal(await bot.form(locale), bot.ui(locale), JSON.stringify(place)) });
  };

  /** Answers a question where it was asked; a Slack failure is thrown, so a retried event is answered again. */
  const answerIn = async (client: WebClient, place: Place, user: string, question: string, echo = false): Promise<void> => {
    const ui = await uiOf(user);
    if (overloaded()) {
      logOverload();
      if (pending < maxPending * 2) await sending(() => deliver(client, place, notice(ui.t("channel.overloaded"))));
      return;
    }
    const { zone, locale } = await zones.profile(user);
    let answer: Answer;
    try {
      answer = await bot.ask({ sessionId: place.sessionId, text: question, now: now(), zone, ...(locale ? { locale } : {}) });
    } catch (error) {
      logger.error({ err: error }, "slack: the bot failed to answer");
      await deliver(client, place, notice(ui.t("channel.sorry")));
      return;
    }
    await sending(() => deliver(client, place, renderAnswer(answer, bot.ui(answer.language), echo ? { askedBy: { user, question } } : {})));
  };

  // One log line per payload, once it is handled: its kind, the request id, how long it took (the answer is
  // posted after the ack, so this is the time to the answer) and the outcome. No text, no user or channel id.
  app.use(async ({ body, context, next }) => {
    const started = performance.now();
    let outcome = "failed";
    try {
      await next();
      outcome = typeof context.outcome === "string" ? context.outcome : "handled";
    } finally {
      const reqId = typeof context.reqId === "string" ? context.reqId : (body as Payload).event_id;
      logger.info({ reqId, kind: kindOf(body as Payload), outcome, ms: Math.round((performance.now() - started) * 10) / 10 }, "slack: payload");
    }
  });

  // Never answer twice: a retried event whose first delivery was handled stops here. Events are acked
  // before middleware runs, so waiting here never delays Slack's acknowledgement.
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== "string") return next();
    const outcome = await deduper.run(eventId, next);
    if (outcome === "duplicate") {
      context.outcome = "duplicate";
      logger.info({ eventId }, "slack: retried event already answered; skipped");
    }
  });

  // Per-user limit: an over-limit user is told to slow down (at most once in a while), and not answered.
  if (limiter) app.use(async (args) => {
    const body = args.body as Payload;
    const asker = askerOf(body);
    const decision = asker ? await limiter.take(asker) : { ok: true as const };
    if (decision.ok) return args.next();
    args.context.outcome = "limited";
    await slowDown(args, decision.notify).catch((error: unknown) => logger.warn({ err: error }, "slack: could not tell a user to slow down"));
  });

  /** The polite "slow down", where the user will see it; commands and clicks must be acked in any case. */
  const slowDown = async (args: AnyMiddlewareArgs & { client: WebClient }, notify: boolean): Promise<void> => {
    const body = args.body as Payload;
    const message = notice(SLOW_DOWN);
    if ("ack" in args && typeof args.ack === "function") {
      const ack = args.ack as (response?: unknown) => Promise<void>;
      if (typeof body.command === "string") return ack({ response_type: "ephemeral", ...message });
      await ack();
      if (notify && "respond" in args && typeof args.respond === "function") await args.respond({ response_type: "ephemeral", replace_original: false, ...message });
      return;
    }
    const event = body.event;
    if (!notify || !event || typeof event.channel !== "string" || typeof event.user !== "string") return;
    const threadTs = typeof event.thread_ts === "string" ? event.thread_ts : event.type === "app_mention" && typeof event.ts === "string" ? event.ts : undefined;
    // In a DM the notice is a message; in a channel only the asker sees it.
    if (event.channel_type === "im" || isDm(event.channel)) await args.client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...message });
    else await args.client.chat.postEphemeral({ channel: event.channel, user: event.user, thread_ts: threadTs, ...message });
  };

  app.message(async ({ message, context, client }) => {
    if (message.subtype !== undefined || message.channel_type !== "im" || message.bot_id || !message.user) return;
    const team = context.teamId ?? message.team ?? "_";
    const place: Place = { kind: "post", channel: message.channel, threadTs: message.thread_ts, sessionId: dmSession(team, message.channel, message.user) };
    await answerIn(client, place, message.user, plainText(message.text ?? "", context.botUserId));
  });

  app.event("app_mention", async ({ event, context, client }) => {
    if (event.bot_id || !event.user) return;
    const team = context.teamId ?? event.team ?? "_";
    const threadTs = event.thread_ts ?? event.ts;
    const place: Place = { kind: "post", channel: event.channel, threadTs, sessionId: threadSession(team, event.channel, threadTs, event.user) };
    await answerIn(client, place, event.user, plainText(event.text, context.botUserId));
  });

  app.command("/vacancy", async ({ command, ack, client, context }) => {
    // Busy: the acknowledgement itself says so, without one more call to a slow Slack API.
    if (overloaded()) {
      logOverload();
      await ack({ response_type: "ephemeral", ...notice((await uiOf(command.user_id)).t("channel.overloaded")) });
      return;
    }
    await ack();
    const team = context.teamId ?? command.team_id;
    const sessionId = dmSession(team, command.channel_id, command.user_id);
    const { question, isPublic } = readCommandText(plainText(command.text, context.botUserId));
    if (/^eligib(le|ility)\b/i.test(question) && question.split(/\s+/).length <= 2) {
      const place: Place = { kind: "respond", url: command.response_url, public: false, sessionId };
      await openForm(client, command.trigger_id, command.user_id, place);
      return;
    }
    const place: Place = { kind: "respond", url: command.response_url, public: isPublic, sessionId };
    await answerIn(client, place, command.user_id, question || "help", isPublic);
  });

  /** Where a click's answer goes: the conversation the clicked message belongs to. */
  const actionPlace = async (client: WebClient, body: BlockAction, team: string): Promise<Place> => {
    const user = body.user.id;
    const container = (body as { container?: { is_ephemeral?: boolean } }).container;
    if (body.view?.type === "home" || !body.channel) return dmPlace(client, team, user);
    const channel = body.channel.id;
    if (container?.is_ephemeral && body.response_url) return { kind: "respond", url: body.response_url, public: false, sessionId: dmSession(team, channel, user) };
    if (isDm(channel)) return { kind: "post", channel, threadTs: body.message?.thread_ts, sessionId: dmSession(team, channel, user) };
    const threadTs: string = body.message?.thread_ts ?? body.message?.ts ?? "";
    return { kind: "post", channel, threadTs, sessionId: threadSession(team, channel, threadTs, user), fallbackUrl: body.response_url };
  };

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION.followUp}:`), async ({ ack, body, action, client, context }) => {
    await ack();
    const place = await actionPlace(client, body, context.teamId ?? body.team?.id ?? "_");
    await answerIn(client, place, body.user.id, action.value ?? "");
  });

  app.action<BlockAction<ButtonAction>>(/^feedback:/, async ({ ack, body, action, client, context }) => {
    await ack();
    const team = context.teamId ?? body.team?.id ?? "_";
    const user = body.user.id;
    // The value is only the answer's id; the bot counts it once, and only for the conversation it answered.
    // A public /vacancy answer sits in the channel but belongs to the asker's command conversation.
    const place = await actionPlace(client, body, team);
    const sessions = [place.sessionId, ...(body.channel ? [dmSession(team, body.channel.id, user)] : [])];
    const helpful = action.action_id === ACTION.feedbackHelpful;
    let recorded = false;
    for (const sessionId of sessions) if (!recorded) recorded = await bot.feedback({ sessionId, answerId: String(action.value ?? ""), helpful, at: now() });
    if (!recorded) {
      logger.info({ code: "slack_feedback_ignored" }, "slack: feedback on an answer this conversation was not given (or already rated, or forgotten)");
      return;
    }
    const thanks = notice((await uiOf(user)).t("channel.feedbackThanks"));
    const container = (body as { container?: { is_ephemeral?: boolean } }).container;
    try {
      if (container?.is_ephemeral || !body.channel) await postToResponseUrl(body.response_url, { response_type: "ephemeral", replace_original: false, ...thanks });
      else await client.chat.postEphemeral({ channel: body.channel.id, user, thread_ts: body.message?.thread_ts, ...thanks });
    } catch (error) {
      logger.warn({ err: error }, "slack: feedback recorded, but the thank-you could not be shown");
    }
  });

  app.action<BlockAction<ButtonAction>>(ACTION.openEligibility, async ({ ack, body, client, context }) => {
    await ack();
    const team = context.teamId ?? body.team?.id ?? "_";
    const place = body.view?.type === "home" || !body.channel ? await dmPlace(client, team, body.user.id) : await actionPlace(client, body, team);
    await openForm(client, body.trigger_id, body.user.id, place);
  });

  app.view(ELIGIBILITY_CALLBACK, async ({ ack, view, body, client, context }) => {
    const user = body.user.id;
    const { zone, locale } = await zones.profile(user);
    const read = readFormValues(await bot.form(locale), view.state.values, bot.ui(locale));
    if ("errors" in read) {
      await ack({ response_action: "errors", errors: read.errors });
      return;
    }
    await ack();
    const team = context.teamId ?? body.team?.id ?? "_";
    const place = parsePlace(view.private_metadata) ?? (await dmPlace(client, team, user));
    const answer = await bot.checkEligibility({ sessionId: place.sessionId, values: read.values, now: now(), zone, ...(locale ? { locale } : {}) });
    await sending(() => deliver(client, place, renderAnswer(answer, bot.ui(answer.language))));
  });

  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    const { zone, locale } = await zones.profile(event.user);
    await client.views.publish({ user_id: event.user, view: homeView(bot.summary(), bot.countdown(now(), zone), bot.ui(locale)) });
  });

  app.error(async (error) => {
    const cause = error as { code?: string; original?: { data?: { error?: string } }; data?: { error?: string } };
    logger.error({ code: cause.code, slackError: cause.data?.error ?? cause.original?.data?.error, err: error }, "slack: a listener failed");
  });
}

/** The Place a modal carries in its private_metadata; undefined when it is not one we wrote. */
export function parsePlace(metadata: string): Place | undefined {
  try {
    const place = JSON.parse(metadata) as Partial<Place>;
    if (typeof place.sessionId !== "string") return undefined;
    if (place.kind === "post" && typeof place.channel === "string") return place as Place;
    if (place.kind === "respond" && typeof place.url === "string" && /^https?:\/\//.test(place.url)) return place as Place;
  } catch {
    return undefined;
  }
  return undefined;
}
