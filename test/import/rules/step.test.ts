// The step within the grade (src/import/rules/step.ts), read in the notice's language with words.json
// `notice.step`: a sentence on how the step is set, a salary stated at a step, and never a selection's "Step 1".
import { describe, expect, it } from "vitest";
import { stepRules } from "../../../src/import/rules/step.js";
import { read } from "./read.js";

// Under a heading of its own: the text before a notice's first heading is its introduction, read for no fact.
const stepOf = (text: string, language = "en") => (read(`CONDITIONS\n\n${text}`, stepRules, language).facts.contract as { step?: { quote: string } } | undefined)?.step?.quote;

describe("the step within the grade", () => {
  it.each([
    ["en", "The recruitment grade, as well as the step in that grade, will be determined in accordance with Commission Decision C(2013)8970.", "as well as the step in that grade"],
    ["en", "The successful candidate will be recruited at grade AD6. The step within the grade will be determined on the basis of the candidate's professional experience.", "The step within the grade will be determined"],
    ["fr", "Le grade de recrutement est AD 7.\n\nL’échelon est fixé conformément aux dispositions internes de la Cour relatives au classement lors du recrutement.", "L’échelon est fixé"],
    ["de", "Die Einstellung erfolgt in der Besoldungsgruppe AD 6. Die Dienstaltersstufe wird nach der Berufserfahrung festgelegt.", "Die Dienstaltersstufe wird"],
    ["it", "Il candidato sarà assunto nel grado AD 5; lo scatto è determinato in base all'esperienza professionale.", "lo scatto è determinato"],
    ["es", "La persona seleccionada será contratada en el grado AST 3, escalón 1.", "escalón 1"],
    ["pl", "Wybrany kandydat zostanie zatrudniony w grupie zaszeregowania AD 5, stopień 1.", "stopień 1"],
    ["sv", "Den utvalda sökanden anställs i lönegrad AD 5, löneklass 1.", "löneklass 1"],
    ["el", "Ο επιτυχών υποψήφιος θα προσληφθεί στον βαθμό AD 5, κλιμάκιο 1.", "κλιμάκιο 1"],
  ])("%s: %s", (language, text, expected) => {
    expect(stepOf(text, language)).toContain(expected);
  });

  it("prefers the sentence setting the step to a salary stated at step 1", () => {
    const text = "The monthly basic salary for grade AD6 is EUR 6,893.97 (step 1).\n\nThe successful candidate will be recruited at grade AD6. The step within the grade will be determined on the basis of the candidate's professional experience.";
    expect(stepOf(text)).toContain("The step within the grade will be determined");
  });

  it("quotes a salary stated at a step where the notice says nothing else of the step", () => {
    expect(stepOf("The monthly basic salary for grade AD8, step 1, is EUR 9,174.41.")).toContain("grade AD8, step 1");
  });

  it("never takes a selection's steps for the step within the grade", () => {
    expect(stepOf("SELECTION\n\nStep 1 – Eligibility. After each application window closes, the Traineeships Office checks the applications.\n\nStep 2 – Preselection. The Directorates-General examine the eligible applications.")).toBeUndefined();
    expect(stepOf("Only candidates selected for the next step of the selection phase will be notified.")).toBeUndefined();
  });
});
