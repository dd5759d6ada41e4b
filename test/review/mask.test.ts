import { describe, expect, it } from "vitest";
import { maskPersonal } from "../../src/review/mask.js";

describe("maskPersonal", () => {
  it.each([
    ["write to jane.doe+cv@example.org please", "write to [email] please"],
    ["my mail is JOÃO.silva@correio.pt.", "my mail is [email]."],
    ["call me on +32 2 123 45 67", "call me on [phone]"],
    ["tel. 0471 12.34.56 or (02) 555-12-34", "tel. [phone] or [phone]"],
    ["my passport number is 123456789", "my passport number is [number]"],
    ["national register 85073003328, is that ok", "national register [number], is that ok"],
  ])("masks %j", (input, masked) => {
    expect(maskPersonal(input)).toBe(masked);
  });

  it.each([
    "Can I still apply on 20.10.2025 at 12.00?",
    "Is 2025-10-20 12:00 the deadline?",
    "The reference is DIGIT/COM/2025/1194",
    "I have 3 years of experience, 2 in CTI, born 1990",
    "Is the grade AD5 to AD7?",
  ])("keeps %j as it is", (input) => {
    expect(maskPersonal(input)).toBe(input);
  });

  it("masks a phone number that follows a date", () => {
    expect(maskPersonal("20.10.2025 +32 2 123 45 67")).toBe("20.10.2025 [phone]");
  });
});
