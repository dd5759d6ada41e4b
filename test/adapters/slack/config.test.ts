import { describe, expect, it } from "vitest";
import { readSlackConfig } from "../../../adapters/slack/index.js";
import { ConfigError } from "../../../src/index.js";

const SECRET = "8f742231b10e8888abcd";

describe("readSlackConfig", () => {
  it("is undefined when no SLACK_* variable is set, or only empty ones (as .env.example leaves them)", () => {
    expect(readSlackConfig({})).toBeUndefined();
    expect(readSlackConfig({ SLACK_BOT_TOKEN: "", SLACK_SIGNING_SECRET: " ", PORT: "3978" })).toBeUndefined();
  });

  it("reads HTTP mode from a bot token and a signing secret, with Slack's own API URL", () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: SECRET })).toEqual({
      mode: "http",
      botToken: "xoxb-1-2-abc",
      signingSecret: SECRET,
      appToken: undefined,
      apiUrl: "https://slack.com/api/",
    });
  });

  it("reads Socket Mode from an app-level token, without needing a signing secret", () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-A1-abc" })).toMatchObject({ mode: "socket", appToken: "xapp-1-A1-abc" });
  });

  it("takes another Web API base URL (GovSlack, a proxy) and ends it with a slash", () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: "https://slack-gov.com/api" })?.apiUrl).toBe(
      "https://slack-gov.com/api/",
    );
  });

  it.each([
    [{ SLACK_SIGNING_SECRET: SECRET }, /^config: SLACK_BOT_TOKEN is required/],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, /^config: SLACK_SIGNING_SECRET is required for HTTP mode \(or set SLACK_APP_TOKEN for Socket Mode\)$/],
    [{ SLACK_BOT_TOKEN: "xoxp-user-token", SLACK_SIGNING_SECRET: SECRET }, /^config: SLACK_BOT_TOKEN is not a bot token/],
    [{ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xoxb-2" }, /^config: SLACK_APP_TOKEN is not an app-level token/],
    [{ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: "slack.com/api" }, /^config: SLACK_API_URL is not an http\(s\) URL: "slack\.com\/api"$/],
    [{ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "short" }, /^config: SLACK_SIGNING_SECRET is not a signing secret/],
  ])("half-configured or malformed %o stops start-up naming the variable", (env, message) => {
    expect(() => readSlackConfig(env)).toThrow(ConfigError);
    expect(() => readSlackConfig(env)).toThrow(message);
  });

  it("never puts a token in its error message", () => {
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: "xoxp-secret-value", SLACK_SIGNING_SECRET: SECRET })).toThrow(/^(?!.*secret-value)/s);
  });
});
