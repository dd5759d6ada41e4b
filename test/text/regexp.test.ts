// The pattern helpers the readers share: execAll and splitWith give exactly what matchAll and split give (they
// exist only to run the pattern itself rather than a copy V8 may compile anew), and the literal gate never turns
// away a text its pattern matches.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { execAll, splitWith } from "../../src/text/regexp.js";
import { foldCase, gatedRegExp, literalGate, literalGates } from "../../src/text/literal-gate.js";

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

describe("literalGates", () => {
  const groups = [["age", "σος"], ["strasse", "k"], ["ag", "e"], ["x", undefined], [], ["ſalary", "ageing"]];
  const units = fc.constantFrom("a", "g", "e", "A", "G", "E", "σ", "ς", "Σ", "o", "ο", "ſ", "s", "S", "K", "\u212a", " ", "t", "r", "l", "y", "i", "n");
  it("answers, for each group, what literalGate of its runs answers, one text after another", () => {
    const one = groups.map((runs) => literalGate(runs));
    const shared = literalGates(groups);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: units }), { minLength: 1, maxLength: 4 }), (list) => {
        for (const text of list) for (let i = 0; i < groups.length; i++) expect(shared[i]?.(text)).toBe(one[i]?.(text));
      }),
      { numRuns: 500 },
    );
    expect(shared[0]!("the AGE limit")).toBe(true);
    expect(shared[1]!("hello there")).toBe(false);
    expect(shared[3]).toBeUndefined();
    expect(shared[4]).toBeUndefined();
  });
});

describe("gatedRegExp", () => {
  it("finds what its pattern finds, and nothing where the gate turns the text away", () => {
    const re = gatedRegExp(/(?<![\p{L}])ag(e)s?/giu, literalGate(["ag"]));
    expect(re.test("Age limit?")).toBe(true);
    expect(re.test("no limit")).toBe(false);
    expect([..."ages, age".matchAll(re)].map((m) => m[0])).toEqual(["ages", "age"]);
    const found: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec("ages, age"); m; m = re.exec("ages, age")) found.push(m[0]);
    expect(found).toEqual(["ages", "age"]);
    expect(gatedRegExp(/x/u, undefined)).toEqual(/x/u);
  });
});
