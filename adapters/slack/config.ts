// The Slack channel's configuration: read once from the environment at start-up, validated with zod.
import { z } from "zod";
import { ConfigError } from "../../src/index.js";

const VARIABLES = ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL"] as const;

const SlackEnv = z
  .strictObject({
    SLACK_BOT_TOKEN: z
      .string({ error: "is required when any SLACK_* variable is set (a bot token, xoxb-…)" })
      .regex(/^xoxb-[\w-]+$/, { error: "is not a bot token (expected xoxb-…)" }),
    SLACK_SIGNING_SECRET: z.string().regex(/^[\w-]{8,}$/, { error: "is not a signing secret (letters and digits, as Basic Information shows it)" }).optional(),
    SLACK_APP_TOKEN: z.string().regex(/^xapp-[\w-]+$/, { error: "is not an app-level token (expected xapp-…)" }).optional(),
    SLACK_API_URL: z.url({ protocol: /^https?$/, error: (issue) => `is not an http(s) URL: "${String(issue.input)}"` }).optional(),
  })
  .superRefine((env, ctx) => {
    if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: "is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)",
      });
    }
  })
  .transform((env) => ({
    /** "socket" when an app-level token is set (no public URL needed), else "http" at POST /slack/events. */
    mode: env.SLACK_APP_TOKEN ? ("socket" as const) : ("http" as const),
    botToken: env.SLACK_BOT_TOKEN,
    signingSecret: env.SLACK_SIGNING_SECRET,
    appToken: env.SLACK_APP_TOKEN,
    /** The Web API base URL, ending in "/"; default Slack's own. */
    apiUrl: (env.SLACK_API_URL ?? "https://slack.com/api/").replace(/\/?$/, "/"),
  }));

/** The Slack channel's configuration, as `readSlackConfig` returns it. */
export type SlackConfig = z.output<typeof SlackEnv>;

/**
 * Reads the Slack variables from an environment. Empty values count as unset, as `.env.example` leaves them.
 *
 * @example
 * readSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "8f742231b10e8888" })?.mode
 * // → "http"
 * readSlackConfig({}) // → undefined: the Slack channel is off
 * readSlackConfig({ SLACK_SIGNING_SECRET: "8f742231b10e8888" })
 * // throws ConfigError "config: SLACK_BOT_TOKEN is required when any SLACK_* variable is set (a bot token, xoxb-…)"
 */
export function readSlackConfig(env: NodeJS.ProcessEnv): SlackConfig | undefined {
  const given = Object.fromEntries(
    VARIABLES.flatMap((name) => {
      const value = env[name]?.trim();
      return value ? [[name, value]] : [];
    }),
  );
  if (Object.keys(given).length === 0) return undefined;
  const parsed = SlackEnv.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; "));
  }
  return parsed.data;
}
