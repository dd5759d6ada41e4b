import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { knowledgeAt, projectKnowledgeDir } from "../helpers/bot.js";
import { maskPersonal, MAX_MASKED_LENGTH, referenceWords } from "../../src/review/mask.js";
import { createSqliteReview } from "../../src/review/sqlite-review.js";

const knowledge = knowledgeAt(projectKnowledgeDir);
const notNames = referenceWords(knowledge.reference);
const mask = (s: string) => maskPersonal(s, { notNames });
/** The largest body any endpoint takes (Teams and Slack: 1 MiB). */
const BODY_LIMIT = 1024 * 1024;

describe("maskPersonal", () => {
  it.each([
    ["write to jane.doe+cv@example.org please", "write to [email] please"],
    ["my mail is JOÃO.silva@correio.pt.", "my mail is [email]."],
    ["call me on +32 2 123 45 67", "call me on [phone]"],
    ["tel. 0471 12.34.56 or (02) 555-12-34", "tel. [phone] or [phone]"],
    ["my passport number is 123456789", "my passport number is [number]"],
    ["national register 85073003328, is that ok", "national register [number], is that ok"],
    // Item 13 of issue 10: what was stored in clear before.
    ["call 0470/12.34.56 after five", "call [phone] after five"],
    ["ｊｏ＠ｅｘａｍｐｌｅ．ｅｕ", "[email]"],
    ["ring ０４７０ １２ ３４ ５６", "ring [phone]"],
    ["رقمي ٠٤٧٠ ١٢ ٣٤ ٥٦", "رقمي [phone]"],
    ["۰۴۷۰۱۲۳۴۵۶۷", "[number]"],
    ["I was born on 12.03.1990, can I apply?", "I was born on [date of birth], can I apply?"],
    ["date of birth: 3 March 1990", "date of birth: [date of birth]"],
    ["DOB 1990-03-12", "DOB [date of birth]"],
    ["born March 3, 1990 in Tallinn", "born [date of birth] in Tallinn"],
    ["My name is Maria Lopez and I am Irish", "My name is [name] and I am Irish"],
    ["Hi, I'm Maria, am I eligible?", "Hi, I'm [name], am I eligible?"],
    ["I am Jan Kowalski from Poland", "I am [name] from Poland"],
    ["call me Ana-Maria please", "call me [name] please"],
  ])("masks %j", (input, masked) => {
    expect(mask(input)).toBe(masked);
  });

  it.each([
    "Can I still apply on 20.10.2025 at 12.00?",
    "Is 2025-10-20 12:00 the deadline?",
    "The reference is DIGIT/COM/2025/1194",
    "I have 3 years of experience, 2 in CTI, born 1990",
    "Is the grade AD5 to AD7?",
    "I am Irish, is that ok?",
    "I am a lawyer with a master's",
    "I'm Estonian, English C1, French B2",
    "I am German and Dutch",
    "I am EU citizen",
  ])("keeps %j as it is", (input) => {
    expect(mask(input)).toBe(input);
  });

  it("masks a phone number that follows a date", () => {
    expect(mask("20.10.2025 +32 2 123 45 67")).toBe("20.10.2025 [phone]");
  });

  it("cuts the text before masking it, and says so with an ellipsis", () => {
    const masked = mask(`${"a".repeat(MAX_MASKED_LENGTH)} jo@example.org`);
    expect(masked).toBe(`${"a".repeat(MAX_MASKED_LENGTH)}…`);
  });

  it("masks 3,000 dates in a row without a stack overflow, keeping the dates", () => {
    const dates = "20.10.2025 ".repeat(3000);
    const masked = mask(dates);
    expect(masked.startsWith("20.10.2025 20.10.2025 ")).toBe(true);
    expect(masked).not.toContain("[phone]");
    // The same without the cut: the scanner itself is iterative.
    expect(() => maskPersonal(dates.slice(0, MAX_MASKED_LENGTH))).not.toThrow();
  });

  it("bot.ask with 3,000 dates in one message answers, and the review records it", () => {
    const review = createSqliteReview({ file: ":memory:", notNames });
    const bot = createBot({ knowledge, review });
    const answer = bot.ask({ sessionId: "s", text: `Is there an age limit? ${"20.10.2025 ".repeat(3000)}`, now: "2025-10-06T08:00:00Z" });
    expect(answer.gap).toBeDefined();
    expect(review.list()).toHaveLength(1);
    review.close();
  });

  it("never throws and never grows past the cut, for any input up to the body limit", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.constantFrom("a", "1", "1 ", "@", "a@", "a.", "+3", "(0", "20.10.2025 ", "my name is ", "I am ", "Maria ", "born on ", "０", "٠", "＠", "/", ".-", "?! "),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 200_000 })), { maxLength: 6 }), (parts) => {
        const text = parts.map(([p, n]) => p.repeat(Math.min(n, Math.floor(BODY_LIMIT / Math.max(1, p.length * parts.length))))).join("");
        const masked = maskPersonal(text, { notNames });
        expect(typeof masked).toBe("string");
        // Each mask is at most as long as "[date of birth]" is more than what it replaces.
        expect(masked.length).toBeLessThanOrEqual(MAX_MASKED_LENGTH * 16);
      }),
      { numRuns: 60 },
    );
  });
});
