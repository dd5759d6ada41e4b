// Citizenship: the notice's allowed set (EU; EU + EEA; EU + named countries; any nationality) against the
// user's nationalities. One allowed nationality is enough.
import type { Context } from "../context.js";
import { listOf } from "../context.js";
import type { CriterionType } from "./types.js";
import type { RuleOf } from "../../knowledge/schema.js";

function countryName(ctx: Context, code: string): string {
  const name = [...ctx.reference.countries.memberStates, ...ctx.reference.countries.otherCountries].find((c) => c.code === code)?.name ?? code;
  return ctx.names.country(code, name);
}

/** The allowed set in words: "an EU member state, Iceland, Liechtenstein or Norway". */
export function allowedSet(ctx: Context, rule: RuleOf<"citizenship">): string {
  if (rule.allowed === "any") return ctx.t("eligibility.citizenship.anyone");
  if (!rule.countries.length) return ctx.t("eligibility.citizenship.eu");
  const countries = listOf(rule.countries.map((c) => countryName(ctx, c)), ctx.t("eligibility.or"));
  // "a country that is a candidate for accession to the European Union (Albania, …)": the group as the notice words it.
  if (rule.group) return ctx.t("eligibility.citizenship.euGroup", { group: rule.group, countries });
  return ctx.t("eligibility.citizenship.euAnd", { countries });
}

export function isAllowed(ctx: Context, rule: RuleOf<"citizenship">, code: string): boolean {
  if (rule.excluded?.includes(code)) return false;
  return rule.allowed === "any" || ctx.reference.countries.memberStates.some((c) => c.code === code) || rule.countries.includes(code);
}

export const citizenship: CriterionType<"citizenship"> = {
  type: "citizenship",
  ask: "eligibility.ask.citizenship",
  checkable: () => true,
  label: (ctx, rule) => ctx.t("eligibility.citizenship.label", { allowed: allowedSet(ctx, rule), any: rule.allowed === "any" ? "yes" : "no" }),
  assess(ctx, rule, profile) {
    if (rule.allowed === "any") return { status: "met", reason: ctx.t("eligibility.citizenship.metAny") };
    const codes = profile.nationalities ?? [];
    if (!codes.length) return { status: "unknown", reason: ctx.t("eligibility.ask.citizenship") };
    const ok = codes.filter((c) => isAllowed(ctx, rule, c));
    const members = ok.filter((c) => ctx.reference.countries.memberStates.some((m) => m.code === c));
    if (members.length === ok.length && ok.length)
      return { status: "met", reason: ctx.t("eligibility.citizenship.metMember", { countries: listOf(ok.map((c) => countryName(ctx, c)), ctx), count: ok.length, more: codes.length > ok.length ? "yes" : "no" }) };
    if (ok.length)
      return { status: "met", reason: ctx.t(rule.group ? "eligibility.citizenship.metGroup" : "eligibility.citizenship.met", { group: rule.group ?? "", countries: listOf(ok.map((c) => countryName(ctx, c)), ctx), count: ok.length, allowed: allowedSet(ctx, rule), more: codes.length > ok.length ? "yes" : "no" }) };
    const why = codes.map((c) => {
      // Excluded in so many words: said so, whatever else is true of the country.
      if (rule.excluded?.includes(c)) return ctx.t("eligibility.citizenship.excluded", { country: countryName(ctx, c) });
      const other = ctx.reference.countries.otherCountries.find((o) => o.code === c);
      // The group's first word ("candidate", "eea", "efta", "left", "not") lets a language say it in its own words
      // (`{group, select, …}`); a language whose message has no such select keeps the reference's wording.
      const group = other?.group?.match(/^\p{L}+/u)?.[0]?.toLowerCase() ?? "";
      return ctx.t("eligibility.citizenship.notAllowed", { country: countryName(ctx, c), note: other?.group ?? "", hasNote: other?.group ? "yes" : "no", group });
    });
    return { status: "not_met", reason: ctx.t("eligibility.citizenship.notMet", { why: listOf(why, ctx), allowed: allowedSet(ctx, rule) }) };
  },
  fields: (f, rule) =>
    rule.allowed === "any"
      ? []
      : [
          {
            id: "nationalities",
            kind: "choice",
            multiple: true,
            label: f.t("form.nationalities"),
            options: f.countries.map((c) => ({ value: c.code, label: c.name, group: f.t(c.member ? "form.nationalities.member" : "form.nationalities.other") })),
          },
        ],
};
