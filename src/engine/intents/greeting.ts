// A greeting: who the bot is and what to ask.
import type { Intent } from "../context.js";
import { postName } from "./help.js";

export const greeting: Intent = (ctx) => ({
  parts: [ctx.t("greeting.hello", { post: postName(ctx) }), ctx.t("greeting.ask")],
  citations: ctx.facts.reference ? [ctx.cite(ctx.facts.reference.quote)] : [],
});
