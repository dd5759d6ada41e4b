import { describe, expect, it } from "vitest";
import { escapeMrkdwn, plainText } from "../../../adapters/slack/mrkdwn.js";
import { readCommandText } from "../../../adapters/slack/listeners.js";

describe("escapeMrkdwn", () => {
  it.each([
    ["<!channel> now", "&lt;!channel&gt; now"],
    ["<!here|here>", "&lt;!here|here&gt;"],
    ["hi <@U123ABC>", "hi &lt;@U123ABC&gt;"],
    ["<https://evil.example|Apply here>", "&lt;https://evil.example|Apply here&gt;"],
    ["Tom & Jerry &lt;", "Tom &amp; Jerry &amp;lt;"],
  ])("escapeMrkdwn(%j) shows the text and acts on nothing", (input, shown) => {
    expect(escapeMrkdwn(input)).toBe(shown);
  });
});

describe("plainText", () => {
  it.each([
    ["<@UBOT> When is the deadline?", "When is the deadline?"],
    ["<@UBOT|vacancy-bot>   when\n is it?", "when is it?"],
    ["ask <@U999> and <@U7|anna>", "ask @someone and @anna"],
    ["<!channel> <!here> <!subteam^S1|@hr-team>", "@channel @here @hr-team"],
    ["see <https://eu-careers.europa.eu|EPSO> or <https://x.eu>", "see EPSO or https://x.eu"],
    ["in <#C123|events>", "in #events"],
    ["I typed &lt;!here&gt; &amp; more", "I typed <!here> & more"],
  ])("plainText(%j) is what the person typed, less the bot's mention", (input, plain) => {
    expect(plainText(input, "UBOT")).toBe(plain);
  });
});

describe("readCommandText", () => {
  it.each([
    ["When is the deadline?", { question: "When is the deadline?", isPublic: false }],
    ["public When is the deadline?", { question: "When is the deadline?", isPublic: true }],
    ["When is the deadline? public", { question: "When is the deadline?", isPublic: true }],
    ["Is this a public service job?", { question: "Is this a public service job?", isPublic: false }],
    ["", { question: "", isPublic: false }],
  ])("readCommandText(%j) separates the public flag from the question", (text, read) => {
    expect(readCommandText(text)).toEqual(read);
  });
});
