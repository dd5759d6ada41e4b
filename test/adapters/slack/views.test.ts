import { describe, expect, it } from "vitest";
import { eligibilityModal, homeView, readFormValues } from "../../../adapters/slack/views.js";
import { createBot } from "../../../src/index.js";
import { knowledgeAt, projectKnowledgeDir } from "../../helpers/bot.js";

const bot = createBot({ knowledge: knowledgeAt(projectKnowledgeDir) });
const ui = bot.ui("en");
const spec = bot.form();
const selected = (value: string) => ({ value: { type: "static_select", selected_option: { value } } });

type AnyBlock = { type: string; block_id?: string; element?: { options?: unknown[]; option_groups?: { options: unknown[] }[] } };

describe("eligibilityModal", () => {
  it("eligibilityModal(the bot's form) draws every field of bot.form() and keeps within Slack's limits", () => {
    const spec = bot.form();
    const view = eligibilityModal(spec, ui, '{"s":1}');
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.private_metadata).toBe('{"s":1}');
    const blocks = view.blocks as AnyBlock[];
    expect(blocks.map((b) => b.block_id).filter(Boolean)).toEqual([
      "nationalities", "studyYears", "diploma",
      "languages.1.language", "languages.1.level", "languages.2.language", "languages.2.level", "languages.3.language", "languages.3.level",
    ]);
    for (const block of blocks) {
      const element = block.element;
      if (!element) continue;
      expect(element.options?.length ?? 0).toBeLessThanOrEqual(100);
      for (const group of element.option_groups ?? []) expect(group.options.length).toBeLessThanOrEqual(100);
    }
    expect(blocks.find((b) => b.block_id === "nationalities")!.element!.option_groups!.map((g) => (g as unknown as { label: { text: string } }).label.text)).toEqual(["EU member states", "Other countries"]);
    expect(blocks.find((b) => b.block_id === "studyYears")!.element).toMatchObject({ type: "number_input", is_decimal_allowed: false, min_value: "0", max_value: "12" });
  });

  it("eligibilityModal(a spec with a field no renderer knows of) draws it from the spec alone", () => {
    const view = eligibilityModal({ ...spec, fields: [{ id: "status", kind: "choice", label: "Your status", hint: "As on your contract", options: [{ value: "ta", label: "Temporary agent" }] }] }, ui, "{}");
    expect(view.blocks[1]).toMatchObject({ type: "input", block_id: "status", label: { text: "Your status" }, hint: { text: "As on your contract" }, element: { type: "radio_buttons", options: [{ value: "ta" }] } });
  });
});

describe("readFormValues", () => {
  it("readFormValues(a filled form) is the values the bot checks, field id to value", () => {
    const read = readFormValues(spec, {
      nationalities: { value: { type: "multi_static_select", selected_options: [{ text: { type: "plain_text", text: "Estonia" }, value: "EE" }, { text: { type: "plain_text", text: "Canada" }, value: "CA" }] } },
      studyYears: { value: { type: "number_input", value: "3" } },
      diploma: { value: { type: "radio_buttons", selected_option: { text: { type: "plain_text", text: "x" }, value: "recognised" } } },
      "languages.1.language": selected("Estonian"),
      "languages.1.level": selected("C2"),
      "languages.2.language": { value: { type: "static_select", selected_option: null } },
      "languages.2.level": { value: { type: "static_select", selected_option: null } },
    } as never, ui);
    expect(read).toEqual({ values: { nationalities: ["EE", "CA"], studyYears: 3, diploma: "recognised", languages: [{ language: "Estonian", level: "C2" }] } });
  });

  it("readFormValues(a language without a level, a level without a language) names the inputs to fix", () => {
    expect(readFormValues(spec, { "languages.1.language": selected("French"), "languages.2.level": selected("B2") } as never, ui)).toEqual({
      errors: { "languages.1.level": "Choose your level in French.", "languages.2.language": "Choose the language this level is for." },
    });
  });

  it("readFormValues(values the form never offered) leaves them out", () => {
    expect(readFormValues(spec, { diploma: selected("forged"), studyYears: { value: { type: "number_input", value: "99" } }, "languages.1.language": selected("Klingon") } as never, ui)).toEqual({ values: {} });
  });
});

describe("homeView", () => {
  it("homeView(summary, open countdown) shows the post, the countdown, the key facts and the buttons", () => {
    const view = homeView(bot.summary(), bot.countdown("2025-10-13T08:00:00Z", "Europe/Helsinki"), ui);
    expect(view.type).toBe("home");
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain(bot.summary().title!);
    expect(shown).toContain("left: closes");
    expect(shown).toContain("open_eligibility");
    for (const fact of bot.summary().keyFacts) expect(shown).toContain(fact.label);
  });

  it("homeView(summary, a closed countdown) says applications are closed", () => {
    const view = homeView(bot.summary(), bot.countdown("2026-01-01T00:00:00Z"), ui);
    expect(JSON.stringify(view.blocks)).toContain(":lock: *Applications are closed*");
  });
});
