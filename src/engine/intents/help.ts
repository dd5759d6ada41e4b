// What the bot can answer.
import type { Context, Intent } from "../context.js";

/** "“IT Security Officer – …” (DIGIT/COM/2025/1194, Brussels)", from the facts, as far as the notice gives them. */
export function postName(ctx: Context): string {
  const { title, reference, place } = ctx.facts;
  const name = title?.value ?? ctx.t("post.this");
  const extra = [reference?.value, place?.value].filter(Boolean).join(", ");
  return ctx.t(extra ? "post.nameExtra" : "post.name", { title: name, extra });
}

export const help: Intent = (ctx) => ({
  parts: [ctx.t("help.intro", { post: postName(ctx) }), ctx.t("help.examples")],
  citations: [],
});

export const thanks: Intent = (ctx) => ({ parts: [ctx.t("thanks.welcome")], citations: [] });
