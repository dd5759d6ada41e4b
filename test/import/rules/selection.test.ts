// The selection rules: publication, priority, panel, who is notified, the selection's language, recruitment checks, under-represented states.
import { describe, expect, it } from "vitest";
import { recruitmentRules, selectionRules, underRepresentedRules } from "../../../src/import/rules/selection.js";
import { fieldsOf, read } from "./read.js";

describe("selection rules", () => {
  it("reads the selection's passages and the languages it is held in", () => {
    const r = read(
      [
        "SELECTION",
        "",
        "This vacancy is also published in other institutions. A selection panel will assess the applications.",
        "Only candidates invited to the interview will be notified. The interviews will be held in English and French.",
        "Before recruitment, candidates must pass a pre-recruitment medical examination and a security vetting procedure.",
      ].join("\n"),
      [...selectionRules, ...recruitmentRules],
    );
    expect(r.facts.selection).toMatchObject({ publication: {}, panel: {}, onlyShortlistedNotified: {}, language: { value: ["English", "French"] } });
    expect(r.facts.recruitment).toMatchObject({ medical: {}, vetting: {} });
    expect(fieldsOf(r.missing)).toEqual(["selection.priority", "recruitment.evidence"]);
  });

  it("reads the under-represented member states from the list after the sentence, and the no-reservation rule beside them", () => {
    const r = read(
      [
        "EQUAL OPPORTUNITIES",
        "",
        "Nationals of the following under-represented Member States are particularly encouraged to apply:",
        "- Czechia",
        "- Poland",
        "",
        "No posts will be reserved for nationals of any Member State.",
      ].join("\n"),
      underRepresentedRules,
    );
    expect(r.facts.underRepresented).toMatchObject({ states: ["Czechia", "Poland"], noReservation: { quote: "No posts will be reserved for nationals of any Member State." } });
  });

  it("does not read the no-reservation rule where no state is named as under-represented", () => {
    const r = read("No posts will be reserved for nationals of any Member State.", underRepresentedRules);
    expect(fieldsOf(r.missing)).toEqual(["underRepresented", "underRepresented.noReservation"]);
  });
});
