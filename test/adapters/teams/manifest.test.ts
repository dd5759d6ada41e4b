// The Teams app package: manifest.json validated by @microsoft/app-manifest (its typed converter and the Teams
// schema it ships), the zip npm run teams:package writes, and the icons it holds.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { promisify } from "node:util";
import AdmZip from "adm-zip";
import { describe, expect, it } from "vitest";
import { createBot, loadKnowledge } from "../../../src/index.js";
import { STARTER_QUESTIONS } from "../../../adapters/teams/cards.js";
import { appIdFor, buildTeamsPackage, fillManifest, packageValues, projectRoot, validateManifest } from "../../../adapters/teams/package.js";

const root = projectRoot();
const env = { MicrosoftAppId: "3f2f7a52-9d1c-4d5e-8c7a-2b1e0f9d6c11", BOT_DOMAIN: "vacancy-bot.example.eu" };
const template = readFileSync(join(root, "manifest.json"), "utf8");
const filled = fillManifest(template, packageValues(env));

/** Width, height and the RGBA pixels of an 8-bit RGBA PNG. */
function readPng(png: Buffer): { width: number; height: number; alpha: (x: number, y: number) => number; rgb: (x: number, y: number) => number[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25]]).toEqual([8, 6]);
  const idat: Buffer[] = [];
  for (let o = 8; o < png.length; ) {
    const length = png.readUInt32BE(o);
    if (png.toString("ascii", o + 4, o + 8) === "IDAT") idat.push(png.subarray(o + 8, o + 8 + length));
    o += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const at = (x: number, y: number) => y * (width * 4 + 1) + 1 + x * 4;
  return { width, height, alpha: (x, y) => raw[at(x, y) + 3]!, rgb: (x, y) => [raw[at(x, y)]!, raw[at(x, y) + 1]!, raw[at(x, y) + 2]!] };
}

describe("manifest.json", () => {
  it("is a valid Teams manifest of schema 1.19 or later once its placeholders are filled", async () => {
    expect(await validateManifest(filled)).toEqual([]);
    const manifest = JSON.parse(filled);
    const [major, minor] = String(manifest.manifestVersion).split(".").map(Number);
    expect(major === 1 && minor! >= 19).toBe(true);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
  });

  it("uses Teams Toolkit placeholders for the app id, bot id and domain", () => {
    expect([...template.matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()).toEqual(["BOT_DOMAIN", "BOT_DOMAIN", "BOT_DOMAIN", "BOT_DOMAIN", "BOT_ID", "TEAMS_APP_ID"]);
    const manifest = JSON.parse(filled);
    expect(manifest.bots[0].botId).toBe(env.MicrosoftAppId);
    expect(manifest.id).toBe(appIdFor(env.MicrosoftAppId));
    expect(manifest.developer.websiteUrl).toBe("https://vacancy-bot.example.eu/about");
  });

  it.each([
    ["a scope Teams does not know", (m: any) => void (m.bots[0].scopes = ["personal", "everyone"]), /everyone/],
    ["a short name over 30 characters", (m: any) => void (m.name.short = "A name far longer than Teams allows"), /name\/short/],
    ["a bot id that is not a GUID", (m: any) => void (m.bots[0].botId = "vacancy-bot"), /botId/],
    ["no colour icon", (m: any) => void delete m.icons.color, /color/],
  ])("fails validation with %s, so the validator is not a rubber stamp", async (_, breakIt, failure) => {
    const broken = JSON.parse(filled);
    breakIt(broken);
    expect((await validateManifest(JSON.stringify(broken))).join("\n")).toMatch(failure);
  });

  it("does not validate with its placeholders unfilled", async () => {
    expect(await validateManifest(template)).not.toEqual([]);
  });

  it("offers the bot in personal, team and group chat scopes with the commands the welcome card starts with", () => {
    const bot = JSON.parse(filled).bots[0];
    expect(bot.scopes.sort()).toEqual(["groupChat", "personal", "team"]);
    const titles = bot.commandLists.flatMap((l: { commands: { title: string }[] }) => l.commands.map((c) => c.title));
    expect(titles).toEqual([...STARTER_QUESTIONS, "Help"]);
  });

  it("lists commands the bot answers from the notice (none is a gap for HR)", () => {
    const vacancyBot = createBot({ knowledge: loadKnowledge() });
    const commands = JSON.parse(filled).bots[0].commandLists[0].commands as { title: string }[];
    for (const { title } of commands) {
      const answer = vacancyBot.ask({ sessionId: `manifest:${title}`, text: title, now: "2025-10-13T08:00:00Z" });
      expect({ title, gap: answer.gap }).toEqual({ title, gap: undefined });
    }
  });
});

describe("packageValues", () => {
  it.each([
    [{ BOT_DOMAIN: "x.eu" }, /MicrosoftAppId is not set/],
    [{ MicrosoftAppId: "bot", BOT_DOMAIN: "x.eu" }, /MicrosoftAppId is not a GUID/],
    [{ MicrosoftAppId: env.MicrosoftAppId }, /BOT_DOMAIN is not set/],
    [{ MicrosoftAppId: env.MicrosoftAppId, BOT_DOMAIN: "https://x.eu/path" }, /BOT_DOMAIN is not a host name/],
    [{ ...env, TEAMS_APP_ID: "app" }, /TEAMS_APP_ID is not a GUID/],
  ])("packageValues(%j) throws %s", (values, message) => {
    expect(() => packageValues(values)).toThrow(message);
  });

  it("packageValues(BOT_DOMAIN with scheme and slash) keeps the host, and an explicit TEAMS_APP_ID wins", () => {
    const values = packageValues({ ...env, BOT_DOMAIN: "https://bot.example.eu/", TEAMS_APP_ID: "0b0e0f0a-1111-4222-8333-944455556666" });
    expect(values).toEqual({ BOT_ID: env.MicrosoftAppId, BOT_DOMAIN: "bot.example.eu", TEAMS_APP_ID: "0b0e0f0a-1111-4222-8333-944455556666" });
  });

  it("fillManifest(template, values without BOT_DOMAIN) names the missing placeholder", () => {
    expect(() => fillManifest(template, { BOT_ID: "b", TEAMS_APP_ID: "a" })).toThrow(/needs a value for BOT_DOMAIN/);
  });
});

describe("the Teams app package", () => {
  it("npm run teams:package writes a zip of the filled manifest and the two icons, which validates", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "teams-package-")), "app.zip");
    await promisify(execFile)("npm", ["run", "--silent", "teams:package", "--", out], { cwd: root, env: { ...process.env, ...env } });
    const zip = new AdmZip(out);
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const manifest = zip.readAsText("manifest.json");
    expect(await validateManifest(manifest)).toEqual([]);
    expect(manifest).not.toContain("${{");
    expect(readPng(zip.readFile("color.png")!)).toMatchObject({ width: 192, height: 192 });
    expect(readPng(zip.readFile("outline.png")!)).toMatchObject({ width: 32, height: 32 });
    // npm and tsx started as processes on a busy two-core machine can take most of a minute: a bound, not a goal.
  }, 240_000);

  it("buildTeamsPackage refuses to package without a bot id", async () => {
    await expect(buildTeamsPackage({ BOT_DOMAIN: "x.eu" }, root)).rejects.toThrow(/MicrosoftAppId is not set/);
  });

  it("ships a colour icon with an opaque background and an outline icon in white on transparent", () => {
    const color = readPng(readFileSync(join(root, "adapters/teams/icons/color.png")));
    expect(color.alpha(0, 0)).toBe(255);
    expect(color.alpha(191, 191)).toBe(255);
    const outline = readPng(readFileSync(join(root, "adapters/teams/icons/outline.png")));
    let opaque = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        if (outline.alpha(x, y) === 0) continue;
        opaque += 1;
        expect(outline.rgb(x, y)).toEqual([255, 255, 255]);
      }
    }
    expect(opaque).toBeGreaterThan(50);
    expect(outline.alpha(0, 0)).toBe(0);
  });
});

describe("the Bot Framework boundary", () => {
  it("keeps botbuilder inside adapters/teams/ and out of the card renderers", () => {
    const files = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? (e.name === "node_modules" ? [] : files(join(dir, e.name))) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
      );
    const importsBotbuilder = (file: string) => /from\s+["'](?:botbuilder|botframework-)[^"']*["']/.test(readFileSync(join(root, file), "utf8"));
    const outside = [...files("src"), ...files("adapters")].filter((f) => !f.startsWith("adapters/teams/") && importsBotbuilder(f));
    expect(outside).toEqual([]);
    expect(importsBotbuilder("adapters/teams/cards.ts")).toBe(false);
    expect(importsBotbuilder("adapters/teams/config.ts")).toBe(false);
  });
});
