// The contract: what kind of post, how long, extension, probation.
import type { Citation } from "../../answer.js";
import { askedNumber, confirm, sentence, silence, type Intent } from "../context.js";

export const contract: Intent = (ctx) => {
  const c = ctx.facts.contract;
  const cat = ctx.facts.staffCategory;
  const asks = (topic: string) => ctx.u.topics.has(`contract.${topic}`);
  const extension = asks("extension");
  const probation = asks("probation");
  const kind = asks("kind");
  const overview = !asks("duration") && !extension && !probation && !kind;
  const duration = (asks("duration") && !probation) || overview;
  const parts: string[] = [];
  const citations: Citation[] = [];

  if (kind || overview) {
    if (cat) {
      const temporary = /temporary|contract agent/i.test(cat.value);
      parts.push(
        temporary
          ? `This is not a permanent post: it is a ${cat.value}${cat.functionGroup ? ` (${cat.functionGroup})` : ""} post.`
          : `The staff category is ${cat.value}${cat.functionGroup ? ` (${cat.functionGroup})` : ""}.`,
      );
      citations.push(ctx.cite(cat.quote));
    }
    if (c.type) {
      parts.push(sentence(c.type.quote));
      citations.push(ctx.cite(c.type.quote));
    }
  }
  if (duration || kind) {
    if (c.firstContract) {
      const lead = confirm(ctx, asks("duration") ? askedNumber(ctx, "years?") : undefined, c.firstContract.years);
      parts.push(`${lead}${lead ? "the" : "The"} first contract is for up to ${c.firstContract.years} years.`);
      citations.push(ctx.cite(c.firstContract.quote));
    } else parts.push(silence(ctx, "how long the contract lasts"));
  }
  if (duration || extension || kind) {
    if (c.extension) {
      const times = c.extension.times === 1 ? "only once" : `up to ${c.extension.times} times`;
      const moreThanAllowed = asks("times") && c.extension.times === 1;
      const lead = moreThanAllowed ? "No, it can be extended" : extension && !asks("duration") ? "Yes, it can be extended, but" : "It may then be extended";
      parts.push(`${lead} ${times}, for a maximum of ${c.extension.maxYears} year${c.extension.maxYears === 1 ? "" : "s"}.`);
      parts.push(`The notice says: “${sentence(c.extension.quote)}”`);
      citations.push(ctx.cite(c.extension.quote));
    } else if (extension) parts.push(silence(ctx, "extending the contract"));
  }
  if (asks("total") && c.firstContract && c.extension) {
    const total = c.firstContract.years + c.extension.times * c.extension.maxYears;
    parts.push(`In all, that is at most ${total} years: up to ${c.firstContract.years} for the first contract, then ${c.extension.times === 1 ? "one extension" : `${c.extension.times} extensions`} of at most ${c.extension.maxYears} year${c.extension.maxYears === 1 ? "" : "s"}.`);
  }
  if (probation || overview) {
    if (c.probation) {
      const lead = confirm(ctx, probation ? askedNumber(ctx, "months?") : undefined, c.probation.months);
      parts.push(`${lead}${lead ? "all" : "All"} new staff must complete a ${c.probation.months}-month probationary period.`);
      citations.push(ctx.cite(c.probation.quote));
    } else if (probation) parts.push(silence(ctx, "a probationary period"));
  }
  if (!citations.length) return { parts, citations, gap: "not_in_notice" };
  return { parts, citations };
};
