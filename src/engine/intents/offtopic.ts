// Plainly off-topic: a short redirect to the vacancy.
import type { Intent } from "../context.js";
import { postName } from "./help.js";

export const offtopic: Intent = (ctx) => ({
  parts: [
    `Sorry, I can only answer questions about this vacancy notice: ${postName(ctx)}.`,
    "Try asking about the deadline, eligibility, languages, the contract or how to apply.",
  ],
  citations: [],
  gap: "off_topic",
});
