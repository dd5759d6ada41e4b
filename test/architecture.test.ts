// The core stays a core: no platform in src/, and no fact of any notice written in code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src", import.meta.url));
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}
const sources = files(src).map((path) => ({ path, text: readFileSync(path, "utf8") }));

describe("src/", () => {
  it("imports nothing from adapters, Slack, botbuilder or an HTTP stack", () => {
    for (const { path, text } of sources) {
      const imports = [...text.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]!);
      for (const i of imports) expect(i, path).not.toMatch(/adapters\/|^@slack\/|^botbuilder|^node:http|^express|^restify/);
    }
  });

  it.each(["1194", "secretariat@", "cert.europa.eu", "AD5", "AD7", "20.10.2025", "CERT-EU", "4 years", "9-month", "Brussels"])(
    "holds no fact of the CTI notice: %s",
    (fact) => {
      for (const { path, text } of sources) {
        const code = text.replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
        expect(code.includes(fact), `${path} contains "${fact}"`).toBe(false);
      }
    },
  );
});
