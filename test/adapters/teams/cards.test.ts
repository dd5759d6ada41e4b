// The Adaptive Card renderers as pure functions: what a person sees for a given Answer.
import { describe, expect, it } from "vitest";
import type { Answer, FormOptions } from "../../../src/index.js";
import { readEligibilityForm, readSubmit, renderAnswerCard, renderEligibilityForm, renderWelcomeCard } from "../../../adapters/teams/cards.js";

const contract: Answer = {
  intent: "contract",
  parts: ["The first contract is for up to 4 years.", "It may then be extended:\n• once\n• for at most 2 years"],
  citations: [
    {
      sectionId: "annex-type-of-contract",
      heading: "ANNEX › Recruitment › Type of contract and working conditions",
      quote: "The duration of the **1st contract will be up to 4 years**.",
    },
  ],
  followUps: ["Is there a probationary period?"],
  noticeId: "N-1",
};

const eligibility: Answer = {
  intent: "eligibility",
  parts: ["Two conditions are met; I still need your languages."],
  citations: [],
  verdict: "incomplete",
  criteria: [
    { id: "citizenship", label: "Citizenship", status: "met", reason: "Estonia is an EU member state.", checkable: true },
    { id: "languages", label: "Languages", status: "unknown", reason: "You have not told me your languages.", checkable: true },
    { id: "military-service", label: "Military service", status: "unknown", reason: "Obligations under your country's law.", checkable: false },
  ],
  followUps: [],
  noticeId: "N-1",
};

describe("renderAnswerCard", () => {
  it("renderAnswerCard(answer) shows the text, bullets as a list, the quote behind a closed toggle, follow-ups and feedback", () => {
    expect(renderAnswerCard(contract, "How long is the contract?")).toMatchInlineSnapshot(`
      {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "actions": [
          {
            "data": {
              "action": "feedback",
              "answer": {
                "intent": "contract",
                "noticeId": "N-1",
                "parts": [
                  "The first contract is for up to 4 years.",
                  "It may then be extended:
      • once
      • for at most 2 years",
                ],
              },
              "helpful": true,
              "question": "How long is the contract?",
            },
            "title": "👍 Helpful",
            "type": "Action.Submit",
          },
          {
            "data": {
              "action": "feedback",
              "answer": {
                "intent": "contract",
                "noticeId": "N-1",
                "parts": [
                  "The first contract is for up to 4 years.",
                  "It may then be extended:
      • once
      • for at most 2 years",
                ],
              },
              "helpful": false,
              "question": "How long is the contract?",
            },
            "title": "👎 Not helpful",
            "type": "Action.Submit",
          },
        ],
        "body": [
          {
            "text": "The first contract is for up to 4 years.",
            "type": "TextBlock",
            "wrap": true,
          },
          {
            "text": "It may then be extended:",
            "type": "TextBlock",
            "wrap": true,
          },
          {
            "spacing": "Small",
            "text": "- once
      - for at most 2 years",
            "type": "TextBlock",
            "wrap": true,
          },
          {
            "actions": [
              {
                "targetElements": [
                  "sources",
                ],
                "title": "Show source",
                "type": "Action.ToggleVisibility",
              },
            ],
            "spacing": "Medium",
            "type": "ActionSet",
          },
          {
            "id": "sources",
            "isVisible": false,
            "items": [
              {
                "isSubtle": true,
                "size": "Small",
                "text": "ANNEX › Recruitment › Type of contract and working conditions",
                "type": "TextBlock",
                "weight": "Bolder",
                "wrap": true,
              },
              {
                "inlines": [
                  {
                    "italic": true,
                    "text": "The duration of the **1st contract will be up to 4 years**.",
                    "type": "TextRun",
                  },
                ],
                "spacing": "Small",
                "type": "RichTextBlock",
              },
            ],
            "style": "emphasis",
            "type": "Container",
          },
          {
            "isSubtle": true,
            "size": "Small",
            "spacing": "Medium",
            "text": "You might also ask",
            "type": "TextBlock",
            "wrap": true,
          },
          {
            "actions": [
              {
                "data": {
                  "action": "ask",
                  "question": "Is there a probationary period?",
                },
                "title": "Is there a probationary period?",
                "type": "Action.Submit",
              },
            ],
            "spacing": "Small",
            "type": "ActionSet",
          },
        ],
        "fallbackText": "The first contract is for up to 4 years.

      It may then be extended:
      • once
      • for at most 2 years",
        "msteams": {
          "width": "Full",
        },
        "type": "AdaptiveCard",
        "version": "1.5",
      }
    `);
  });

  it("renderAnswerCard(eligibility answer) lists each criterion with its status and offers the form while incomplete", () => {
    const card = renderAnswerCard(eligibility, "Am I eligible?");
    expect(card.body.slice(1)).toMatchInlineSnapshot(`
      [
        {
          "id": "verdict",
          "items": [
            {
              "text": "Verdict: not decided yet",
              "type": "TextBlock",
              "weight": "Bolder",
              "wrap": true,
            },
            {
              "id": "criterion-citizenship",
              "items": [
                {
                  "text": "**Citizenship**: ✅ met",
                  "type": "TextBlock",
                  "wrap": true,
                },
                {
                  "isSubtle": true,
                  "spacing": "None",
                  "text": "Estonia is an EU member state.",
                  "type": "TextBlock",
                  "wrap": true,
                },
              ],
              "spacing": "Small",
              "type": "Container",
            },
            {
              "id": "criterion-languages",
              "items": [
                {
                  "text": "**Languages**: ❔ not known yet",
                  "type": "TextBlock",
                  "wrap": true,
                },
                {
                  "isSubtle": true,
                  "spacing": "None",
                  "text": "You have not told me your languages.",
                  "type": "TextBlock",
                  "wrap": true,
                },
              ],
              "spacing": "Small",
              "type": "Container",
            },
            {
              "id": "criterion-military-service",
              "items": [
                {
                  "text": "**Military service**: ℹ️ check this yourself",
                  "type": "TextBlock",
                  "wrap": true,
                },
                {
                  "isSubtle": true,
                  "spacing": "None",
                  "text": "Obligations under your country's law.",
                  "type": "TextBlock",
                  "wrap": true,
                },
              ],
              "spacing": "Small",
              "type": "Container",
            },
          ],
          "spacing": "Medium",
          "style": "warning",
          "type": "Container",
        },
        {
          "actions": [
            {
              "data": {
                "action": "form",
              },
              "title": "Fill in the eligibility form",
              "type": "Action.Submit",
            },
          ],
          "type": "ActionSet",
        },
      ]
    `);
  });

  it("renderAnswerCard(truncated answer) says the message was read in part", () => {
    const card = renderAnswerCard({ ...contract, truncated: true }, "x".repeat(600), { maxQuestionLength: 500 });
    expect(card.body[0]).toMatchObject({ type: "TextBlock", text: "Your message was long, so I read it only up to its first 500 characters." });
  });

  it("renderAnswerCard(three citations from two sections) offers them behind one toggle, each heading once", () => {
    const grade = { sectionId: "s2", heading: "Grade", quote: "Grade range: AD5-7" };
    const card = renderAnswerCard({ ...contract, citations: [...contract.citations, grade, { ...grade, quote: "Higher grades may be granted exceptionally." }] }, "q");
    const toggle = card.body.find((el) => el.type === "ActionSet" && JSON.stringify(el).includes("ToggleVisibility"));
    expect(JSON.stringify(toggle)).toContain("Show sources (3)");
    const sources = card.body.find((el) => el.id === "sources") as unknown as { items: { type: string; text?: string; inlines?: { text: string }[] }[] };
    expect(sources.items.map((el) => (el.type === "TextBlock" ? `# ${el.text}` : `> ${el.inlines![0]!.text}`))).toEqual([
      "# ANNEX › Recruitment › Type of contract and working conditions",
      "> The duration of the **1st contract will be up to 4 years**.",
      "# Grade",
      "> Grade range: AD5-7",
      "> Higher grades may be granted exceptionally.",
    ]);
  });
});

describe("renderWelcomeCard", () => {
  it("renderWelcomeCard(summary, countdown) greets, counts down and offers starter questions and the form", () => {
    const card = renderWelcomeCard({
      name: "Ana",
      summary: {
        id: "N-1",
        title: "IT Security Officer",
        reference: "DIGIT/COM/2025/1194",
        keyFacts: [{ label: "Grade", value: "AD5–AD7", citation: { sectionId: "s", heading: "h", quote: "Grade range: AD5-7" } }],
        questions: ["When is the deadline?"],
      },
      countdown: {
        closed: false,
        text: "7 days left: closes Monday 20 October 2025 at 13:00 Helsinki time (EEST, UTC+03:00).",
        deadline: { utc: "2025-10-20T10:00:00Z", zone: "Europe/Brussels", local: "Monday 20 October 2025, 12:00" },
      },
    });
    expect(card).toMatchInlineSnapshot(`
      {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "actions": [
          {
            "data": {
              "action": "form",
            },
            "title": "Check my eligibility",
            "type": "Action.Submit",
          },
        ],
        "body": [
          {
            "size": "Large",
            "text": "Hello Ana!",
            "type": "TextBlock",
            "weight": "Bolder",
            "wrap": true,
          },
          {
            "text": "I answer questions about the vacancy notice **IT Security Officer · DIGIT/COM/2025/1194**, quoting the notice's own words.",
            "type": "TextBlock",
            "wrap": true,
          },
          {
            "id": "countdown",
            "text": "⏳ 7 days left: closes Monday 20 October 2025 at 13:00 Helsinki time (EEST, UTC+03:00).",
            "type": "TextBlock",
            "weight": "Bolder",
            "wrap": true,
          },
          {
            "facts": [
              {
                "title": "Grade",
                "value": "AD5–AD7",
              },
            ],
            "type": "FactSet",
          },
          {
            "spacing": "Medium",
            "text": "Ask me anything about the post, or start with one of these:",
            "type": "TextBlock",
            "wrap": true,
          },
          {
            "actions": [
              {
                "data": {
                  "action": "ask",
                  "question": "When is the deadline?",
                },
                "title": "When is the deadline?",
                "type": "Action.Submit",
              },
              {
                "data": {
                  "action": "ask",
                  "question": "Am I eligible?",
                },
                "title": "Am I eligible?",
                "type": "Action.Submit",
              },
              {
                "data": {
                  "action": "ask",
                  "question": "Which languages do I need?",
                },
                "title": "Which languages do I need?",
                "type": "Action.Submit",
              },
              {
                "data": {
                  "action": "ask",
                  "question": "How long is the contract?",
                },
                "title": "How long is the contract?",
                "type": "Action.Submit",
              },
              {
                "data": {
                  "action": "ask",
                  "question": "How do I apply?",
                },
                "title": "How do I apply?",
                "type": "Action.Submit",
              },
            ],
            "type": "ActionSet",
          },
        ],
        "fallbackText": "Hello Ana!

      7 days left: closes Monday 20 October 2025 at 13:00 Helsinki time (EEST, UTC+03:00).

      Ask me anything about the vacancy notice.",
        "msteams": {
          "width": "Full",
        },
        "type": "AdaptiveCard",
        "version": "1.5",
      }
    `);
  });
});

describe("the eligibility form", () => {
  const options: FormOptions = {
    memberStates: [{ code: "EE", name: "Estonia" }],
    otherCountries: [{ code: "CA", name: "Canada" }],
    languages: [{ name: "English", official: true }],
    levels: ["B2", "C1"],
  };

  it("renderEligibilityForm(options) offers the bot's choices, a multi-select nationality and three language rows", () => {
    const card = renderEligibilityForm(options);
    const inputs = JSON.stringify(card.body);
    expect(inputs).toContain('"id":"nationalities"');
    expect(inputs).toContain('"isMultiSelect":true');
    expect(inputs).toContain('{"title":"Estonia","value":"EE"}');
    expect(inputs).toContain('{"title":"Canada","value":"CA"}');
    for (const id of ["studyYears", "diploma", "language1", "level1", "language3", "level3"]) expect(inputs).toContain(`"id":"${id}"`);
    expect(card.actions).toEqual([{ type: "Action.Submit", title: "Check", data: { action: "eligibility" } }]);
  });

  it("renderEligibilityForm(empty lists) falls back to free-text inputs", () => {
    const card = renderEligibilityForm({ memberStates: [], otherCountries: [], languages: [], levels: [] });
    expect(JSON.stringify(card.body)).toContain('{"type":"Input.Text","id":"nationalities"');
  });

  it.each([
    [{ nationalities: "EE,CA", studyYears: "5", diploma: "eu" }, { nationalities: ["EE", "CA"], studyYears: 5, diplomaOutsideEu: false }],
    [{ diploma: "recognised" }, { diplomaOutsideEu: true, diplomaRecognised: true }],
    [{ diploma: "not_recognised", studyYears: 0 }, { diplomaOutsideEu: true, diplomaRecognised: false, studyYears: 0 }],
    [{ language1: "English", level1: "C1", language2: "French", level2: "", language3: "Estonian", level3: "C2" }, { languages: [{ language: "English", level: "C1" }, { language: "Estonian", level: "C2" }] }],
    [{ nationalities: "", studyYears: "", diploma: "" }, {}],
    [{ studyYears: "three" }, {}],
  ])("readEligibilityForm(%j) is %j", (values, form) => {
    expect(readEligibilityForm(values)).toEqual(form);
  });
});

describe("readSubmit", () => {
  it.each([
    [{ action: "ask", question: "When is the deadline?" }, "ask"],
    [{ action: "form" }, "form"],
    [{ action: "eligibility", nationalities: "EE" }, "eligibility"],
    [{ action: "feedback", helpful: true, question: "q", answer: { intent: "contract", noticeId: "N", parts: ["a"] } }, "feedback"],
  ])("readSubmit(%j) reads the %s action", (value, action) => {
    expect(readSubmit(value)?.action).toBe(action);
  });

  it.each([[{ action: "delete-everything" }], [{ action: "ask", question: "" }], [{ action: "feedback", helpful: "yes" }], ["text"], [null]])(
    "readSubmit(%j) is undefined",
    (value) => {
      expect(readSubmit(value)).toBeUndefined();
    },
  );
});
