// What the bot can answer.
import type { Context, Intent } from "../context.js";

/** "IT Security Officer – … (DIGIT/COM/2025/1194)", from the facts, as far as the notice gives them. */
export function postName(ctx: Context): string {
  const { title, reference, place } = ctx.facts;
  const name = title?.value ?? "this post";
  const extra = [reference?.value, place?.value].filter(Boolean).join(", ");
  return extra ? `“${name}” (${extra})` : `“${name}”`;
}

export const help: Intent = (ctx) => ({
  parts: [
    `I answer questions about the vacancy notice ${postName(ctx)}. Every answer quotes the passage of the notice it rests on; where the notice is silent, I say so.`,
    [
      "You can ask, for example:",
      "• When is the deadline? (or: What time is that in Tokyo?)",
      "• Am I eligible? (tell me your nationality, studies and languages)",
      "• Which languages do I need?",
      "• How long is the contract? What grade and pay?",
      "• How do I apply? What are the selection steps?",
      "• What does the job involve?",
    ].join("\n"),
  ],
  citations: [],
});

export const thanks: Intent = () => ({
  parts: ["You're welcome. Ask me anything else about the notice: the deadline, eligibility, the contract or how to apply."],
  citations: [],
});
