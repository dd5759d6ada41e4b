// Text between Slack's markup and plain words: what users type in, what we echo out.

/**
 * Escapes text for a mrkdwn field so it is shown, never acted on: `<!channel>`, `<!here>`, `<@U…>` and
 * `<http…|label>` lose their angle brackets' meaning.
 *
 * @example
 * escapeMrkdwn("<!channel> Tom & Jerry") // → "&lt;!channel&gt; Tom &amp; Jerry"
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Turns a message's Slack markup into the plain words a person typed, without the mentions of `dropUser`
 * (the bot itself in an `app_mention`).
 *
 * @example
 * plainText("<@UBOT> is <https://x.eu|this> for <!here> &amp; me?", "UBOT") // → "is this for @here & me?"
 */
export function plainText(text: string, dropUser?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => {
      const [target = "", label] = inner.split("|", 2);
      if (target.startsWith("@")) return target.slice(1) === dropUser ? "" : `@${label ?? "someone"}`;
      if (target.startsWith("#")) return `#${label ?? "channel"}`;
      if (target.startsWith("!")) return label ?? `@${target.slice(1).split("^")[0]}`;
      return label ?? target;
    })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** Cuts text to at most `max` characters, ending in "…" when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
