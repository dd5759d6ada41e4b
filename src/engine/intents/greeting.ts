// A greeting: who the bot is and what to ask.
import type { Intent } from "../context.js";
import { postName } from "./help.js";

export const greeting: Intent = (ctx) => ({
  parts: [
    `Hello! I answer questions about the vacancy notice ${postName(ctx)}, quoting the notice for every answer.`,
    "Ask me about the deadline (in your time zone too), whether you are eligible, the languages required, the contract or how to apply.",
  ],
  citations: ctx.facts.reference ? [ctx.cite(ctx.facts.reference.quote)] : [],
});
