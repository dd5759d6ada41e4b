// The manifest an admin pastes must ask for what the listeners use: events, the command, scopes, interactivity.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const manifest = JSON.parse(readFileSync(new URL("../../../adapters/slack/manifest.json", import.meta.url), "utf8")) as {
  display_information: { name: string; description: string; long_description?: string };
  features: { app_home: Record<string, boolean>; bot_user: { display_name: string }; slash_commands: { command: string; url: string; should_escape: boolean }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string }; socket_mode_enabled: boolean };
};

describe("adapters/slack/manifest.json", () => {
  it("subscribes to the events the app answers: DMs, mentions and App Home", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(["app_home_opened", "app_mention", "message.im"]);
  });

  it("asks for the scopes of every Web API method and event the app uses, and no more", () => {
    // chat.postMessage/postEphemeral → chat:write; users.info → users:read; conversations.open → im:write;
    // message.im → im:history; app_mention → app_mentions:read; /vacancy → commands.
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(["app_mentions:read", "chat:write", "commands", "im:history", "im:read", "im:write", "users:read"]);
  });

  it("declares /vacancy, App Home with the Messages tab, interactivity, and the Socket Mode flag", () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(["/vacancy"]);
    expect(manifest.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(typeof manifest.settings.socket_mode_enabled).toBe("boolean");
  });

  it("sends every request to /slack/events, and keeps Slack's length limits", () => {
    const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, ...manifest.features.slash_commands.map((c) => c.url)];
    for (const url of urls) expect(new URL(url).pathname).toBe("/slack/events");
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description!.length).toBeGreaterThanOrEqual(175);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
  });
});
