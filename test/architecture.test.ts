// The core stays a core: no platform in src/, and no fact of any notice written in code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
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

/**
 * The layers of src/, lowest first. A module may import from its own folder and from a lower layer, never from a
 * higher one nor from another folder of its own layer, so there is no cycle between folders:
 * - answer.ts, errors.ts: the Answer's types and the error classes, shared by all;
 * - text (normalising what people type), time (luxon), i18n (catalogues, language detection): leaves;
 * - knowledge: schemas and loading (the importer is passed in as a facts reader, never imported);
 * - search: the passage index and the example classifier, over knowledge's sections;
 * - engine: answer(message, session, now, zone) → { answer, session }, and the Session it owns;
 * - import: reads notices into knowledge, with the criterion types' own readers (engine/eligibility/<type>.ts);
 * - conversation: sessions in a store port, the engine between them; what every channel talks to;
 * - audit, review, cli: HR's golden questions and review, the command line;
 * - index.ts, cli.ts: the public surface and the program.
 */
const LAYERS: string[][] = [
  ["answer.ts", "errors.ts"],
  ["text", "time", "i18n"],
  ["knowledge"],
  ["search"],
  ["engine"],
  ["import"],
  ["conversation"],
  ["audit"],
  ["review"],
  ["cli"],
  ["index.ts", "cli.ts"],
];
/** The unit of a file of src/: its top folder, or its own name for a file at the top. */
const unitOf = (path: string): string => relative(src, path).split(/[\\/]/)[0]!;
const rankOf = (unit: string): number => LAYERS.findIndex((l) => l.includes(unit));
/** Every relative import of a source (static, re-export, dynamic), as the file it names. */
const importsOf = (path: string, text: string): string[] =>
  [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => resolve(dirname(path), m[1]!));
/** The imports that go against the layers: "engine/route.ts → conversation/session.js". */
function againstLayers(edges: { from: string; to: string }[]): string[] {
  return edges
    .filter(({ from, to }) => {
      const [a, b] = [unitOf(from), unitOf(to)];
      return a !== b && !(rankOf(b) < rankOf(a));
    })
    .map(({ from, to }) => `${relative(src, from)} → ${relative(src, to)}`);
}

describe("src/", () => {
  it("imports nothing from adapters, Slack, botbuilder or an HTTP stack", () => {
    for (const { path, text } of sources) {
      const imports = [...text.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]!);
      for (const i of imports) expect(i, path).not.toMatch(/adapters\/|^@slack\/|^botbuilder|^node:http|^express|^restify/);
    }
  });

  it("places every folder and top file of src/ in a layer", () => {
    const units = new Set(sources.map((s) => unitOf(s.path)));
    expect([...units].filter((u) => rankOf(u) < 0)).toEqual([]);
  });

  it("imports only down the layers (text/time/i18n → knowledge → search → engine → import → conversation → audit/review/cli), so folders form no cycle", () => {
    const edges = sources.flatMap(({ path, text }) => importsOf(path, text).map((to) => ({ from: path, to })));
    expect(edges.length).toBeGreaterThan(100);
    expect(againstLayers(edges)).toEqual([]);
  });

  it("flags an import against the layers (the check can fail)", () => {
    const at = (p: string) => join(src, p);
    expect(
      againstLayers([
        { from: at("engine/route.ts"), to: at("conversation/session.js") },
        { from: at("search/index.ts"), to: at("engine/normalize.js") },
        { from: at("knowledge/load.ts"), to: at("import/extract.js") },
        { from: at("text/normalize.ts"), to: at("time/zones.js") },
        { from: at("engine/route.ts"), to: at("engine/session.js") },
        { from: at("conversation/bot.ts"), to: at("engine/engine.js") },
      ]),
    ).toEqual(["engine/route.ts → conversation/session.js", "search/index.ts → engine/normalize.js", "knowledge/load.ts → import/extract.js", "text/normalize.ts → time/zones.js"]);
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
