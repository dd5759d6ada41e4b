// Plainly off-topic: a short redirect to the vacancy.
import type { Intent } from "../context.js";
import { postName } from "./help.js";

export const offtopic: Intent = (ctx) => ({
  parts: [ctx.t("offtopic.only", { post: postName(ctx) }), ctx.t("offtopic.try")],
  citations: [],
  gap: "off_topic",
});
