import { describe, expect, it } from "vitest";
import { eligibilityModal, homeView, readEligibilityForm } from "../../../adapters/slack/views.js";
import { createBot, loadKnowledge } from "../../../src/index.js";

const bot = createBot({ knowledge: loadKnowledge() });
const selected = (value: string) => ({ value: { type: "static_select", selected_option: { value } } });

type AnyBlock = { type: string; block_id?: string; element?: { options?: unknown[]; option_groups?: { options: unknown[] }[] } };

describe("eligibilityModal", () => {
  it("eligibilityModal(the bot's form options) asks every fact and keeps within Slack's option limits", () => {
    const view = eligibilityModal(bot.formOptions(), '{"s":1}');
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.private_metadata).toBe('{"s":1}');
    const blocks = view.blocks as AnyBlock[];
    expect(blocks.map((b) => b.block_id).filter(Boolean)).toEqual([
      "nationality", "studies", "diploma", "language1", "level1", "language2", "level2", "language3", "level3",
    ]);
    for (const block of blocks) {
      const element = block.element;
      if (!element) continue;
      expect(element.options?.length ?? 0).toBeLessThanOrEqual(100);
      for (const group of element.option_groups ?? []) expect(group.options.length).toBeLessThanOrEqual(100);
    }
    expect(blocks.find((b) => b.block_id === "nationality")!.element!.option_groups!.length).toBeGreaterThan(0);
  });
});

describe("readEligibilityForm", () => {
  it("readEligibilityForm(a filled form) is the EligibilityForm the bot checks", () => {
    const read = readEligibilityForm({
      nationality: { value: { type: "multi_static_select", selected_options: [{ text: { type: "plain_text", text: "Estonia" }, value: "EE" }, { text: { type: "plain_text", text: "Canada" }, value: "CA" }] } },
      studies: selected("3"),
      diploma: { value: { type: "radio_buttons", selected_option: { text: { type: "plain_text", text: "x" }, value: "recognised" } } },
      language1: selected("Estonian"),
      level1: selected("C2"),
      language2: { value: { type: "static_select", selected_option: null } },
      level2: { value: { type: "static_select", selected_option: null } },
    } as never);
    expect(read).toEqual({
      form: { nationalities: ["EE", "CA"], studyYears: 3, diplomaOutsideEu: true, diplomaRecognised: true, languages: [{ language: "Estonian", level: "C2" }] },
    });
  });

  it("readEligibilityForm(a language without a level, a level without a language) names the inputs to fix", () => {
    expect(readEligibilityForm({ language1: selected("French"), level2: selected("B2") } as never)).toEqual({
      errors: { level1: "Choose your level in French.", language2: "Choose the language this level is for." },
    });
  });

  it("readEligibilityForm(typed text, when the bot offers no lists) reads comma-separated nationalities", () => {
    expect(readEligibilityForm({ nationality: { value: { type: "plain_text_input", value: "Estonian, Canadian" } } } as never)).toEqual({
      form: { nationalities: ["Estonian", "Canadian"] },
    });
  });
});

describe("homeView", () => {
  it("homeView(summary, open countdown) shows the post, the countdown, the key facts and the buttons", () => {
    const view = homeView(bot.summary(), bot.countdown("2025-10-13T08:00:00Z", "Europe/Helsinki"));
    expect(view.type).toBe("home");
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain(bot.summary().title!);
    expect(shown).toContain("left: closes");
    expect(shown).toContain("open_eligibility");
    for (const fact of bot.summary().keyFacts) expect(shown).toContain(fact.label);
  });

  it("homeView(summary, a closed countdown) says applications are closed", () => {
    const view = homeView(bot.summary(), bot.countdown("2026-01-01T00:00:00Z"));
    expect(JSON.stringify(view.blocks)).toContain(":lock: *Applications are closed*");
  });
});
