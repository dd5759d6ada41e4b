// What the notice does not say: said plainly, with where to ask and the nearest passage it does have. A subject
// often left open that this notice does speak of (words.json `notice.topics` has the subject's id: "multiple",
// "online-interview") is answered from its passages: "the notice does not say" only when none speaks of it.
import { fromPassages, quoteAt, says, sentence, silence, type Intent } from "../context.js";

export const uncovered: Intent = (ctx) => {
  const topic = ctx.u.uncovered;
  const subjectText = topic ? (ctx.language === "en" ? topic.subject : ctx.t(`subject.uncovered.${topic.id}`)) : ctx.t("subject.that");
  if (topic && ctx.search.onTopic(topic.id).length) return fromPassages(ctx, topic.id, subjectText);
  const parts = [silence(ctx, subjectText)];
  const citations = [];
  const related = topic?.cite ? quoteAt(ctx.facts, topic.cite) : undefined;
  if (related) {
    parts.push(ctx.language === ctx.facts.language ? ctx.t("uncovered.nearby", { quote: sentence(related) }) : says(ctx, related));
    citations.push(ctx.cite(related));
  }
  const address = ctx.facts.application.address;
  if (address && !related) citations.push(ctx.cite(address.quote));
  return { parts, citations, gap: "not_in_notice" };
};
