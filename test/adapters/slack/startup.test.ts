import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackChannel, readSlackConfig } from "../../../adapters/slack/index.js";
import { ConfigError, createBot, loadKnowledge } from "../../../src/index.js";
import { SIGNING_SECRET, startFakeSlack, type FakeSlack } from "./fake-slack.js";

let fake: FakeSlack;
beforeAll(async () => void (fake = await startFakeSlack()));
afterAll(async () => fake?.close());

describe("createSlackChannel", () => {
  it("createSlackChannel(a bot token Slack rejects) stops start-up with a ConfigError naming SLACK_BOT_TOKEN", async () => {
    fake.once("auth.test", () => ({ ok: false, error: "invalid_auth" }));
    const config = readSlackConfig({ SLACK_BOT_TOKEN: "xoxb-revoked", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl })!;
    const starting = createSlackChannel({ bot: createBot({ knowledge: loadKnowledge() }), config, logger: pino({ level: "silent" }) });
    await expect(starting).rejects.toThrow(ConfigError);
    await expect(starting).rejects.toThrow(`config: SLACK_BOT_TOKEN was not accepted by the Slack API at ${fake.apiUrl} (invalid_auth)`);
  });

  it("createSlackChannel(an API URL nothing answers at) stops start-up with a ConfigError naming SLACK_API_URL", async () => {
    const closed = await startFakeSlack();
    await closed.close();
    const config = readSlackConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: closed.apiUrl })!;
    const starting = createSlackChannel({ bot: createBot({ knowledge: loadKnowledge() }), config, logger: pino({ level: "silent" }) });
    await expect(starting).rejects.toThrow(`config: SLACK_API_URL: could not reach the Slack API at ${closed.apiUrl}`);
  });
});
