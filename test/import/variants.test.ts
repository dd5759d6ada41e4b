// The same notice in the other forms it arrives in reads the same: Windows line ends, hard-wrapped, Markdown.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultKnowledgeDir } from "../../src/knowledge/load.js";
import { factsSchema } from "../../src/knowledge/schema.js";
import { importNotice, readImportReference, validateImport } from "../../src/import/import.js";

const text = readFileSync(join(defaultKnowledgeDir, "DIGIT-COM-2025-1194", "notice.txt"), "utf8");
const reference = readImportReference();

function values(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(values);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "quote").map(([k, v]) => [k, values(v)]));
  return value;
}

/** Breaks every line longer than `width` at spaces, as an e-mail client or a PDF export does. */
function wrap(s: string, width: number): string {
  return s
    .split("\n")
    .map((line) => {
      const out: string[] = [];
      let current = "";
      for (const word of line.split(" ")) {
        if (current && `${current} ${word}`.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current].join("\n");
    })
    .join("\n");
}

/** The notice as Markdown: "##" for headings in capitals, "###" for arrowed ones, "*" bullets. */
function markdown(s: string): string {
  return s
    .split("\n")
    .map((l) => (/^[A-Z][A-Z ?–-]{3,}:?$/.test(l.trim()) ? `## ${l}` : l.startsWith("➤") ? `### ${l}` : l.replace(/^- /, "* ")))
    .join("\n");
}

const plain = values(factsSchema.parse(importNotice(text, { reference }).facts));

describe.each([
  ["with Windows line ends", text.replace(/\n/g, "\r\n")],
  ["hard-wrapped at 72 columns", wrap(text, 72)],
  ["hard-wrapped at 100 columns", wrap(text, 100)],
  ["as Markdown", markdown(text)],
])("importNotice(the CTI notice %s)", (_, variant) => {
  const result = importNotice(variant, { reference });

  it("reads the same values as from the plain text", () => {
    expect(values(factsSchema.parse(result.facts))).toEqual(plain);
  });

  it("quotes the variant's own text", () => {
    expect(() => validateImport(result, reference)).not.toThrow();
  });
});
