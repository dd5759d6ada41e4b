// The contract: what kind of post (or that it is no employment contract at all), how long, renewals and the
// longest stay, probation.
import type { Citation } from "../../answer.js";
import { askedNumber, fromPassages, isYesNoQuestion, quoted, sentence, silence, type Intent } from "../context.js";

export const contract: Intent = (ctx) => {
  const c = ctx.facts.contract;
  const cat = ctx.facts.staffCategory;
  const asks = (topic: string) => ctx.u.topics.has(`contract.${topic}`);
  const extension = asks("extension");
  const probation = asks("probation");
  const kind = asks("kind");
  // The longest stay asked ("how long can I stay in total?") is the first contract and its extensions added up.
  const total = asks("total");
  const overview = !asks("duration") && !extension && !probation && !kind && !total;
  const duration = ((asks("duration") || total) && !probation) || overview;
  const parts: string[] = [];
  const citations: Citation[] = [];
  const cite = (q: string) => citations.push(ctx.cite(q));
  /** A part with no typed fact: the notice's passages on its topic not quoted yet, or that it does not say. */
  const fromNotice = (topic: "extension" | "probation") => {
    const open = fromPassages(ctx, topic, ctx.t(`contract.subject.${topic}`), citations.map((c) => c.quote), 2);
    if (open.citations.length) {
      parts.push(...open.parts);
      citations.push(...open.citations);
    } else parts.push(silence(ctx, ctx.t(`contract.subject.${topic}`)));
  };
  /** "yes"/"no" when the question wants a yes or a no about a number, else "other". */
  const lead = (asked: number | undefined, actual: number) => (asked === undefined || !isYesNoQuestion(ctx) ? "other" : asked === actual ? "yes" : "no");

  // A grant, or a post for officials, is not an employment contract: said first, whatever was asked.
  if (c.notStaff) {
    parts.push(quoted(ctx, c.notStaff.quote));
    cite(c.notStaff.quote);
  }
  if (kind || overview) {
    if (cat) {
      const params = { category: cat.value, group: cat.functionGroup ?? "", hasGroup: cat.functionGroup ? "yes" : "no" };
      parts.push(ctx.t(cat.fixedTerm ? "contract.notPermanent" : "contract.category", params));
      cite(cat.quote);
    }
    if (c.type) {
      parts.push(quoted(ctx, c.type.quote));
      cite(c.type.quote);
    }
  }
  if (duration || kind) {
    if (c.firstContract) {
      parts.push(ctx.t("contract.first", { lead: lead(asks("duration") ? askedNumber(ctx, "year") : undefined, c.firstContract.years), years: c.firstContract.years }));
      cite(c.firstContract.quote);
    } else if (!c.notStaff && !c.type) {
      // No typed length: the notice's passages on how long it lasts ("The traineeship … lasts five months."), else
      // those on the contract, or that it does not say.
      const lasts = fromPassages(ctx, "duration", ctx.t("contract.subject.length"));
      const open = lasts.citations.length ? lasts : fromPassages(ctx, "contract", ctx.t("contract.subject.length"));
      parts.push(...open.parts);
      citations.push(...open.citations);
    }
  }
  if (duration || extension || kind || asks("total")) {
    const r = c.renewal;
    // The extension as counted (times, years each) says it all unless the renewal adds a total or an indefinite term.
    if (r && !(c.extension && !r.totalMaxYears && !r.indefiniteAfter)) {
      parts.push(ctx.t("contract.renewal", { hasTimes: r.times ? "yes" : "no", times: r.times ?? 0, years: r.years ?? 0, total: r.totalMaxYears ?? 0, indefinite: r.indefiniteAfter ? "yes" : "no" }));
      parts.push(ctx.t("contract.quote", { quote: sentence(r.quote) }));
      cite(r.quote);
    } else if (c.extension) {
      const moreThanAllowed = asks("times") && c.extension.times === 1;
      const how = moreThanAllowed ? "no" : extension && !asks("duration") ? "yes" : "other";
      parts.push(ctx.t("contract.extension", { lead: how, times: c.extension.times, years: c.extension.maxYears }));
      parts.push(ctx.t("contract.quote", { quote: sentence(c.extension.quote) }));
      cite(c.extension.quote);
    } else if (extension) {
      // No typed renewal: the notice's passages on extending ("Traineeships cannot be extended."), or that it does not say.
      fromNotice("extension");
    }
  }
  if (asks("total") && c.firstContract) {
    const r = c.renewal;
    if (r?.totalMaxYears) parts.push(ctx.t("contract.totalMax", { total: r.totalMaxYears }));
    else if (c.extension || (r?.times && r.years)) {
      const times = c.extension?.times ?? r!.times!;
      const years = c.extension?.maxYears ?? r!.years!;
      parts.push(ctx.t("contract.total", { total: c.firstContract.years + times * years, first: c.firstContract.years, times, years }));
    }
  }
  if (probation || overview) {
    if (c.probation) {
      parts.push(ctx.t("contract.probation", { lead: lead(probation ? askedNumber(ctx, "month") : undefined, c.probation.months), months: c.probation.months }));
      cite(c.probation.quote);
    } else if (probation) {
      // No typed probation: the notice's passages on it ("Il effectuera un stage probatoire de six mois."), or that it does not say.
      fromNotice("probation");
    }
  }
  if (!citations.length) return { parts, citations, gap: "not_in_notice" };
  return { parts, citations };
};
