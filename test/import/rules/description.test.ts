// The description rules: assets, the role's summary and duties, the knowledge and skills sought, about the service, benefits.
import { describe, expect, it } from "vitest";
import { assetRules, descriptionRules } from "../../../src/import/rules/description.js";
import { fieldsOf, read } from "./read.js";

const notice = [
  "WHAT WE PROPOSE",
  "",
  "The post is in the team that handles cyber threats.",
  "- analyse threats;",
  "- write reports.",
  "",
  "WHAT WE LOOK FOR",
  "",
  "You have:",
  "- knowledge of malware analysis;",
  "",
  "Skills:",
  "- good drafting skills;",
  "",
  "The following would be an asset:",
  "- a master's degree in computer science;",
  "- at least 2 years of experience with SIEM tools.",
].join("\n");

describe("description rules", () => {
  it("keeps the role's and the profile's passages, and reads assets with their ids and years (not the list's lead-in)", () => {
    const r = read(notice, [...assetRules, ...descriptionRules]);
    expect(r.facts.role).toEqual({ summary: [{ quote: "The post is in the team that handles cyber threats." }], duties: [{ quote: "analyse threats;" }, { quote: "write reports." }] });
    expect(r.facts.profile).toEqual({ knowledge: [{ quote: "knowledge of malware analysis;" }], skills: [{ quote: "good drafting skills;" }] });
    expect(r.facts.assets).toEqual([
      { id: "diploma", label: "a master's degree in computer science", quote: "a master's degree in computer science;" },
      { id: "experience", label: "at least 2 years of experience with SIEM tools", minYears: 2, quote: "at least 2 years of experience with SIEM tools." },
    ]);
    expect(fieldsOf(r.missing)).toEqual(["about", "benefits"]);
  });
});
