// The Adaptive Card renderers as pure functions: what a person sees for a given Answer.
import { describe, expect, it } from "vitest";
import { createBot, type Answer, type FormSpec } from "../../../src/index.js";
import { knowledgeAt, projectKnowledgeDir } from "../../helpers/bot.js";
import { MAX_CARD_BYTES, readFormValues, readSubmit, renderAnswerCard, renderFormCard, renderWelcomeCard } from "../../../adapters/teams/cards.js";
import { walk } from "./harness.js";

const bot = createBot({ knowledge: knowledgeAt(projectKnowledgeDir) });
const ui = bot.ui("en");

const contract: Answer = {
  id: "a-contract",
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
  id: "a-elig",
  intent: "eligibility",
  parts: [
    "Here is where you stand so far:",
    "✓ Citizenship: Met: Estonia is an EU member state.\n? Languages: Not known yet: which languages do you speak?",
    "You must also meet these conditions, which I cannot check in chat:\n• Military service",
  ],
  citations: [],
  verdict: "incomplete",
  criteria: [
    { id: "citizenship", label: "Citizenship", status: "met", reason: "Met: Estonia is an EU member state.", checkable: true },
    { id: "languages", label: "Languages", status: "unknown", reason: "Not known yet: which languages do you speak?", checkable: true },
    { id: "military-service", label: "Military service", status: "unknown", reason: "Obligations under your country's law.", checkable: false },
  ],
  followUps: [],
  noticeId: "N-1",
};

const texts = (node: unknown) => walk(node).filter((el) => el.type === "TextBlock").map((el) => el.text as string);

describe("renderAnswerCard", () => {
  it("renderAnswerCard(answer) shows the text, bullets as a list, the quote behind a closed toggle, follow-ups and feedback by answer id", () => {
    expect(renderAnswerCard(contract, ui)).toMatchInlineSnapshot(`
      {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "actions": [
          {
            "data": {
              "action": "feedback",
              "helpful": true,
              "id": "a-contract",
            },
            "title": "👍 Helpful",
            "type": "Action.Submit",
          },
          {
            "data": {
              "action": "feedback",
              "helpful": false,
              "id": "a-contract",
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
                  "sources-show",
                  "sources-hide",
                ],
                "title": "Show source",
                "type": "Action.ToggleVisibility",
              },
            ],
            "id": "sources-show",
            "spacing": "Medium",
            "type": "ActionSet",
          },
          {
            "actions": [
              {
                "targetElements": [
                  "sources",
                  "sources-show",
                  "sources-hide",
                ],
                "title": "Hide source",
                "type": "Action.ToggleVisibility",
              },
            ],
            "id": "sources-hide",
            "isVisible": false,
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
                  "from": "a-contract",
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

  it("renderAnswerCard(eligibility answer) shows each assessed criterion once, in the verdict box where the text listed them, and offers the form", () => {
    const card = renderAnswerCard(eligibility, ui);
    expect(texts(card)).toEqual([
      "Here is where you stand so far:",
      "Verdict: not decided yet: some criteria need more information",
      "✅ **Citizenship**: met",
      "Met: Estonia is an EU member state.",
      "❔ **Languages**: not known yet",
      "Not known yet: which languages do you speak?",
      "You must also meet these conditions, which I cannot check in chat:",
      "- Military service",
    ]);
    expect(walk(card).find((el) => el.type === "Action.Submit" && el.data.action === "form")?.title).toBe("Fill in the eligibility form");
  });

  it("renderAnswerCard(a verdict whose text lists no criterion) puts the box after the first paragraph", () => {
    const card = renderAnswerCard({ ...eligibility, parts: ["You are eligible.", "This is guidance."], verdict: "eligible" }, ui);
    expect(texts(card)[0]).toBe("You are eligible.");
    expect(texts(card)[1]).toBe("Verdict: eligible on the criteria that can be checked in chat");
    expect(texts(card).at(-1)).toBe("This is guidance.");
  });

  it("renderAnswerCard(truncated answer) adds no note of its own: the answer's one note is the only one", () => {
    const note = "(Your message was very long, so I read only its first 1000 characters.)";
    const card = renderAnswerCard({ ...contract, parts: [...contract.parts, note], truncated: true }, ui);
    expect(texts(card).filter((t) => /long/i.test(t))).toEqual([note]);
  });

  it("renderAnswerCard(three citations from two sections) offers them behind one toggle, each heading once, that says Hide when open", () => {
    const grade = { sectionId: "s2", heading: "Grade", quote: "Grade range: AD5-7" };
    const card = renderAnswerCard({ ...contract, citations: [...contract.citations, grade, { ...grade, quote: "Higher grades may be granted exceptionally." }] }, ui);
    const toggles = walk(card).filter((el) => el.type === "Action.ToggleVisibility");
    expect(toggles.map((t) => t.title)).toEqual(["Show sources (3)", "Hide sources"]);
    // Both toggles open and close the passages and swap which of them is shown.
    for (const t of toggles) expect(t.targetElements).toEqual(["sources", "sources-show", "sources-hide"]);
    expect(walk(card).filter((el) => el.id?.startsWith("sources")).map((el) => [el.id, el.isVisible ?? true])).toEqual([
      ["sources-show", true],
      ["sources-hide", false],
      ["sources", false],
    ]);
    const sources = card.body.find((el) => el.id === "sources") as unknown as { items: { type: string; text?: string; inlines?: { text: string }[] }[] };
    expect(sources.items.map((el) => (el.type === "TextBlock" ? `# ${el.text}` : `> ${el.inlines![0]!.text}`))).toEqual([
      "# ANNEX › Recruitment › Type of contract and working conditions",
      "> The duration of the **1st contract will be up to 4 years**.",
      "# Grade",
      "> Grade range: AD5-7",
      "> Higher grades may be granted exceptionally.",
    ]);
  });

  it("renderAnswerCard(answer, { helpful: false, asked: [0] }) shows the pressed button and the asked follow-up, and no button can be pressed twice", () => {
    const card = renderAnswerCard(contract, ui, { helpful: false, asked: [0] });
    expect(card.actions!.map((a) => [a.title, a.isEnabled])).toEqual([
      ["👍 Helpful", false],
      ["✓ 👎 Not helpful", false],
    ]);
    expect(walk(card).find((el) => el.type === "Action.Submit" && el.data.action === "ask")).toMatchObject({ title: "✓ Is there a probationary period?", data: { question: "Is there a probationary period?", from: "a-contract" } });
  });

  it.each([
    ["Greek", "Ποια είναι η προθεσμία; Είμαι Έλληνας πολίτης με πτυχίο. "],
    ["Chinese", "截止日期是什么时候？我是希腊公民，有大学学位。"],
    ["emoji", "👩🏽‍💻🇪🇺📅⏰✅❓"],
  ])("renderAnswerCard(the answer to 10,000 characters of %s) stays under MAX_CARD_BYTES, and its buttons carry only the id", (_, phrase) => {
    const question = phrase.repeat(Math.ceil(10_000 / phrase.length)).slice(0, 10_000);
    const answer = bot.ask({ sessionId: `long-${phrase.length}`, text: question });
    const json = JSON.stringify(renderAnswerCard(answer, ui));
    expect(Buffer.byteLength(json)).toBeLessThan(MAX_CARD_BYTES);
    expect(json).not.toContain(question.slice(0, 200));
  });

  it("renderAnswerCard(an answer far over the limit) drops passages, then cuts the text with a note, and stays under the limit", () => {
    const big: Answer = { ...contract, parts: ["Ω".repeat(30_000)], citations: Array.from({ length: 40 }, (_, i) => ({ sectionId: `s${i}`, heading: `H${i}`, quote: "汉".repeat(2000) })) };
    const card = renderAnswerCard(big, ui);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(texts(card)).toContain("This answer was too long to show here in full; ask about one part of it for the rest.");
    expect(card.actions).toHaveLength(2);
  });
});

describe("renderWelcomeCard", () => {
  it("renderWelcomeCard(summary, countdown) greets, counts down and offers starter questions and the form", () => {
    const card = renderWelcomeCard({
      ui,
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
        when: "Monday 20 October 2025 at 13:00 Helsinki time",
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

      I answer questions about the vacancy notice, quoting the notice's own words.",
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
  const spec: FormSpec = {
    language: "en",
    title: "Check my eligibility",
    intro: "Fill in what you know.",
    submit: "Check",
    fields: [
      { id: "nationalities", kind: "choice", multiple: true, label: "Nationality", options: [{ value: "EE", label: "Estonia", group: "EU" }, { value: "CA", label: "Canada", group: "Other" }] },
      { id: "studyYears", kind: "number", label: "Years of studies", min: 0, max: 12 },
      { id: "diploma", kind: "choice", label: "Diploma", options: [{ value: "eu", label: "In the EU" }, { value: "recognised", label: "Recognised" }] },
      { id: "status", kind: "choice", label: "A field the renderer has never seen", hint: "Drawn from the spec alone", options: [{ value: "x", label: "X" }] },
      { id: "languages", kind: "languages", label: "Languages", rows: 2, languages: [{ value: "English", label: "English" }, { value: "Estonian", label: "Estonian" }], levels: [{ value: "B2", label: "B2" }, { value: "C1", label: "C1" }] },
    ],
  };

  it("renderFormCard(spec) draws one input per field of the spec, whatever it is, and language rows", () => {
    const card = renderFormCard(spec, ui);
    const inputs = walk(card).filter((el) => el.type.startsWith("Input."));
    expect(inputs.map((el) => [el.type, el.id, el.label])).toEqual([
      ["Input.ChoiceSet", "nationalities", "Nationality"],
      ["Input.Number", "studyYears", "Years of studies"],
      ["Input.ChoiceSet", "diploma", "Diploma"],
      ["Input.ChoiceSet", "status", "A field the renderer has never seen"],
      ["Input.ChoiceSet", "languages.1.language", "Language 1"],
      ["Input.ChoiceSet", "languages.1.level", "Level"],
      ["Input.ChoiceSet", "languages.2.language", "Language 2"],
      ["Input.ChoiceSet", "languages.2.level", "Level"],
    ]);
    expect(inputs[0]).toMatchObject({ isMultiSelect: true, choices: [{ title: "Estonia", value: "EE" }, { title: "Canada", value: "CA" }] });
    expect(inputs[1]).toMatchObject({ min: 0, max: 12 });
    expect(texts(card)).toContain("Drawn from the spec alone");
    expect(card.actions).toEqual([{ type: "Action.Submit", title: "Check", data: { action: "eligibility" } }]);
  });

  it("renderFormCard(a spec whose lists would pass the size limit) types the longest lists instead, and reads typed names back", () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ value: `C${i}`, label: `Country number ${i}`, group: "All" }));
    const nationalities = { id: "nationalities", kind: "choice" as const, multiple: true, label: "Nationality", options: [{ value: "EE", label: "Estonia" }, ...many] };
    const big: FormSpec = { ...spec, fields: [nationalities, ...spec.fields.slice(1)] };
    const card = renderFormCard(big, ui);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(walk(card).find((el) => el.id === "nationalities")).toMatchObject({ type: "Input.Text", label: "Nationality" });
    expect(walk(card).find((el) => el.id === "diploma")?.type).toBe("Input.ChoiceSet");
    expect(readFormValues(big, { nationalities: "estonia, Country number 7, Atlantis" })).toEqual({ nationalities: ["EE", "C7"] });
  });

  it("renderFormCard(the bot's own form) has every field of bot.form()", () => {
    const own = bot.form();
    const ids = walk(renderFormCard(own, ui)).filter((el) => el.type.startsWith("Input.")).map((el) => el.id.split(".")[0]);
    expect([...new Set(ids)]).toEqual(own.fields.map((f) => f.id));
  });

  it.each([
    [{ nationalities: "EE,CA", studyYears: "5", diploma: "eu" }, { nationalities: ["EE", "CA"], studyYears: 5, diploma: "eu" }],
    [{ diploma: "recognised", status: "x" }, { diploma: "recognised", status: "x" }],
    [{ "languages.1.language": "English", "languages.1.level": "C1", "languages.2.language": "Estonian", "languages.2.level": "" }, { languages: [{ language: "English", level: "C1" }] }],
    [{ nationalities: "", studyYears: "", diploma: "" }, {}],
    [{ studyYears: "three", diploma: "forged", nationalities: "XX" }, {}],
    [{ studyYears: "99" }, {}],
  ])("readFormValues(spec, %j) is %j", (values, expected) => {
    expect(readFormValues(spec, values)).toEqual(expected);
  });
});

describe("readSubmit", () => {
  it.each([
    [{ action: "ask", question: "When is the deadline?" }, "ask"],
    [{ action: "ask", question: "How long is the contract?", from: "a1" }, "ask"],
    [{ action: "form" }, "form"],
    [{ action: "eligibility", nationalities: "EE" }, "eligibility"],
    [{ action: "feedback", id: "a1", helpful: true }, "feedback"],
  ])("readSubmit(%j) reads the %s action", (value, action) => {
    expect(readSubmit(value)?.action).toBe(action);
  });

  it.each([
    [{ action: "delete-everything" }],
    [{ action: "ask", question: "" }],
    [{ action: "feedback", helpful: "yes", id: "a1" }],
    [{ action: "feedback", helpful: true }],
    [{ action: "feedback", helpful: true, id: "x".repeat(65) }],
    ["text"],
    [null],
  ])("readSubmit(%j) is undefined", (value) => {
    expect(readSubmit(value)).toBeUndefined();
  });
});
