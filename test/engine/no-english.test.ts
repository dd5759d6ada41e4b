// Nothing English (or of any language) is left in src/engine/: what the bot says comes from the message catalogue.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../../src", import.meta.url));
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("src/engine/ speaks only through the message catalogue", () => {
  // Every string and template literal of the engine, found with the TypeScript parser: none may be a phrase of
  // three words or more (a sentence the bot would say in one language). Ids, codes and patterns are not phrases.
  it("holds no sentence in any language", async () => {
    const ts = await import("typescript");
    const engine = files(join(src, "engine"));
    const phrases: string[] = [];
    for (const path of engine) {
      const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022, true);
      const visit = (node: import("typescript").Node) => {
        // A rule's documentation, and an error thrown for whoever runs the bot, are not said to users.
        const said = (n: import("typescript").Node): boolean => {
          for (let p = n.parent; p; p = p.parent) {
            if (ts.isThrowStatement(p)) return false;
            if (ts.isPropertyAssignment(p) && p.name.getText() === "doc") return false;
          }
          return true;
        };
        if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && said(node)) {
          const text = node.text;
          // An error for whoever runs the bot ("engine: no lexicon for …") is not said to a user.
          if (/\p{L}{2,}[ ,]+\p{L}{2,}[ ,]+\p{L}{2,}/u.test(text) && !/^[a-z]+: /.test(text)) phrases.push(`${path.slice(src.length)}: ${JSON.stringify(text.slice(0, 60))}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(phrases).toEqual([]);
  });
});
