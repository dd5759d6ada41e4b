import { describe, expect, it } from "vitest";
import { renderAnswer } from "../../../adapters/slack/blocks.js";
import { createBot, type Answer } from "../../../src/index.js";
import { knowledgeAt, projectKnowledgeDir } from "../../helpers/bot.js";

const ui = createBot({ knowledge: knowledgeAt(projectKnowledgeDir) }).ui("en");

const deadline: Answer = {
  intent: "deadline",
  id: "a1",
  parts: ["The deadline is Monday 20 October 2025 at 12:00 Brussels time.", "Apply on time & <b>early</b>."],
  citations: [{ sectionId: "s1", heading: "ANNEX › How to apply", quote: "Publication deadline: 20.10.2025 - 12.00 (Brussels time)" }],
  followUps: ["How do I apply?", "Am I eligible?"],
  noticeId: "N1",
};

const eligibility: Answer = {
  intent: "eligibility",
  parts: [
    "Here is where you stand so far:",
    "✓ Citizenship: Met: Estonia is an EU member state.\n? Languages: Not known yet: your level in English?",
    "You must also meet these conditions, which I cannot check in chat:\n• Security clearance",
  ],
  citations: [],
  verdict: "incomplete",
  criteria: [
    { id: "citizenship", label: "Citizenship", status: "met", reason: "Met: Estonia is an EU member state.", checkable: true },
    { id: "languages", label: "Languages", status: "unknown", reason: "Not known yet: your level in English?", checkable: true },
    { id: "clearance", label: "Security clearance", status: "unknown", reason: "Still to be met; this cannot be checked in chat.", checkable: false },
  ],
  followUps: [],
  noticeId: "N1",
};

describe("renderAnswer", () => {
  it("renderAnswer(a cited answer) shows the text escaped, the source, follow-up and feedback buttons that carry only the answer id", () => {
    expect(renderAnswer(deadline, ui)).toMatchInlineSnapshot(`
      {
        "blocks": [
          {
            "text": {
              "text": "The deadline is Monday 20 October 2025 at 12:00 Brussels time.",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "text": {
              "text": "Apply on time &amp; &lt;b&gt;early&lt;/b&gt;.",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "elements": [
              {
                "text": "Source: *ANNEX › How to apply*
      “Publication deadline: 20.10.2025 - 12.00 (Brussels time)”",
                "type": "mrkdwn",
              },
            ],
            "type": "context",
          },
          {
            "block_id": "followups",
            "elements": [
              {
                "action_id": "followup:0",
                "text": {
                  "emoji": true,
                  "text": "How do I apply?",
                  "type": "plain_text",
                },
                "type": "button",
                "value": "How do I apply?",
              },
              {
                "action_id": "followup:1",
                "text": {
                  "emoji": true,
                  "text": "Am I eligible?",
                  "type": "plain_text",
                },
                "type": "button",
                "value": "Am I eligible?",
              },
            ],
            "type": "actions",
          },
          {
            "block_id": "feedback",
            "elements": [
              {
                "action_id": "feedback:helpful",
                "text": {
                  "emoji": true,
                  "text": ":thumbsup: Helpful",
                  "type": "plain_text",
                },
                "type": "button",
                "value": "a1",
              },
              {
                "action_id": "feedback:unhelpful",
                "text": {
                  "emoji": true,
                  "text": ":thumbsdown: Not helpful",
                  "type": "plain_text",
                },
                "type": "button",
                "value": "a1",
              },
            ],
            "type": "actions",
          },
        ],
        "text": "The deadline is Monday 20 October 2025 at 12:00 Brussels time.

      Apply on time &amp; &lt;b&gt;early&lt;/b&gt;.",
      }
    `);
  });

  it("renderAnswer(a verdict) marks each checkable criterion's status in place and leaves the rest as written", () => {
    const text = renderAnswer(eligibility, ui).blocks.map((b) => (b.type === "section" ? b.text?.text : "")).join("\n");
    expect(text).toMatchInlineSnapshot(`
      "Here is where you stand so far:
      :white_check_mark: *Citizenship*: Met: Estonia is an EU member state.
      :grey_question: *Languages*: Not known yet: your level in English?
      You must also meet these conditions, which I cannot check in chat:
      • Security clearance"
    `);
  });

  it("renderAnswer(a verdict whose text lists no criterion) adds the verdict and every criterion", () => {
    const bare: Answer = { ...eligibility, parts: ["Thanks for the form."], verdict: "not_eligible", criteria: [{ ...eligibility.criteria![0]!, status: "not_met", reason: "Not met: Canada is not an EU member state." }] };
    const text = renderAnswer(bare, ui).blocks.map((b) => (b.type === "section" ? b.text?.text : "")).join("\n");
    expect(text).toMatchInlineSnapshot(`
      "Thanks for the form.
      :x: *Verdict: not eligible*
      :x: *Citizenship*: Not met: Canada is not an EU member state."
    `);
  });

  it("renderAnswer(an answer without an id) has no feedback buttons: there is nothing to rate", () => {
    const { id: _, ...anonymous } = deadline;
    expect(renderAnswer(anonymous, ui).blocks.find((b) => b.block_id === "feedback")).toBeUndefined();
  });

  it("renderAnswer(a question full of & < >) keeps the feedback value the bare id, whatever the question", () => {
    const answer = createBot({ knowledge: knowledgeAt(projectKnowledgeDir) }).ask({ sessionId: "s", text: "&<>".repeat(700) + " when is the deadline?" });
    const feedback = renderAnswer(answer, ui).blocks.find((b) => b.block_id === "feedback") as { elements: { value: string }[] };
    expect(feedback.elements.map((e) => e.value)).toEqual([answer.id, answer.id]);
  });

  it("renderAnswer(a public answer) names the asker and escapes the echoed question", () => {
    const { blocks } = renderAnswer(deadline, ui, { askedBy: { user: "U1", question: "<!channel> when?" } });
    expect(blocks[0]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "<@U1> asked: &lt;!channel&gt; when?" }] });
  });

  it("renderAnswer(an answer beyond Slack's limits) stays within them", () => {
    const huge: Answer = {
      ...deadline,
      parts: Array.from({ length: 40 }, (_, i) => `${i} ${"x".repeat(4000)}`),
      citations: Array.from({ length: 12 }, (_, i) => ({ sectionId: `s${i}`, heading: `H${i}`, quote: "q".repeat(5000) })),
      followUps: Array.from({ length: 9 }, (_, i) => `${i} ${"Is it so? ".repeat(30)}`),
    };
    const { text, blocks } = renderAnswer({ ...huge, id: "x".repeat(64) }, ui);
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(text.length).toBeLessThanOrEqual(3000);
    for (const block of blocks) {
      if (block.type === "section") expect(block.text!.text.length).toBeLessThanOrEqual(3000);
      if (block.type === "context") for (const e of block.elements) expect("text" in e ? e.text.length : 0).toBeLessThanOrEqual(3000);
      if (block.type === "actions") {
        expect(block.elements.length).toBeLessThanOrEqual(25);
        for (const e of block.elements) {
          if (e.type !== "button") continue;
          expect(e.text.text.length).toBeLessThanOrEqual(75);
          expect(e.value!.length).toBeLessThanOrEqual(2000);
        }
      }
    }
  });
});
