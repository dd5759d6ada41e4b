// The pattern helpers the readers share: execAll and splitWith give exactly what matchAll and split give (they
// exist only to run the pattern itself rather than a copy V8 may compile anew), and the literal gate never turns
// away a text its pattern matches.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { execAll, splitWith } from "../../src/text/regexp.js";
import { foldCase, literalGate } from "../../src/text/literal-gate.js";

const patterns = [
  /\s+/gu,
  /,|(?<![\p{L}])(?:and|und|et)(?![\p{L}])/giu,
  /(a)|(b)?/gu,
  /x*/gu,
  /(?:)/gu,
  /[.;!?]|(?<![\p{L}])(?:but|mais)(?![\p{L}])/giu,
  /\p{L}+/gu,
  /(\d+)(?:-(\d+))?/g,
  /(?=b)/g,
];
const texts = fc.oneof(
  fc.string({ unit: fc.constantFrom("a", "b", "x", " ", ",", ".", "1", "-", "é", "😀", "\ud800", "and", "mais", "Ab") }),
  fc.string(),
  fc.constantFrom("", "a", "😀😀", "cats and dogs, but mice", "1-2, 33"),
);

describe("execAll", () => {
  it("finds what matchAll finds, and leaves the pattern's lastIndex as it was", () => {
    fc.assert(
      fc.property(fc.constantFrom(...patterns), texts, fc.nat(3), (re, text, start) => {
        re.lastIndex = start;
        const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
        expect(re.lastIndex).toBe(start);
        const got = execAll(re, text).map((m) => [m.index, ...m]);
        expect(got).toEqual(want);
        expect(re.lastIndex).toBe(start);
        re.lastIndex = 0;
      }),
      { numRuns: 400 },
    );
  });
  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => execAll(/a/u, "aaa")).toThrow(TypeError);
  });
});

describe("splitWith", () => {
  it("splits as split does, captures and empty matches included", () => {
    const nonGlobal = patterns.map((re) => new RegExp(re.source, re.flags.replace("g", "")));
    fc.assert(
      fc.property(fc.constantFrom(...patterns, ...nonGlobal), texts, (re, text) => {
        expect(splitWith(re, text)).toEqual(text.split(re));
      }),
      { numRuns: 400 },
    );
  });
});

describe("literalGate", () => {
  it("lets through every text a case-insensitive pattern of its runs matches", () => {
    const runs = ["age", "σος", "strasse", "ſalary", "k"];
    const gate = literalGate(runs)!;
    const re = new RegExp(runs.join("|"), "iu");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "g", "e", "A", "G", "E", "σ", "ς", "Σ", "o", "ο", "ſ", "s", "S", "K", "\u212a", " ", "t", "r") }), (text) => {
        if (re.test(text)) expect(gate(text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(gate("what is the salary")).toBe(true);
    expect(gate("ΧΑΟΣΟΣ")).toBe(true);
    expect(gate("hello there")).toBe(false);
  });
  it("is no gate when an alternative has no run of its own", () => {
    expect(literalGate(["age", undefined])).toBeUndefined();
    expect(literalGate([])).toBeUndefined();
  });
  it("folds as case-insensitive Unicode patterns compare", () => {
    expect(foldCase("ΟΔΟΣ")).toBe(foldCase("οδοσ"));
    expect(foldCase("ſ")).toBe("s");
  });
});
