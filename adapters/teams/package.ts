// Packages the Teams app: manifest.json with its ${{PLACEHOLDERS}} filled from configuration, validated
// against the Teams schema, zipped with the two icons. `npm run teams:package [out.zip]` (default teams-app.zip).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import AdmZip from "adm-zip";
import { AppManifestUtils, TeamsManifestConverter } from "@microsoft/app-manifest";
import { ConfigError } from "../../src/index.js";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER = /\$\{\{([A-Z0-9_]+)\}\}/g;

/** The folder holding manifest.json and package.json, found from this module (source or dist/). */
export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "manifest.json")) && existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`teams: no manifest.json above ${from}`);
  }
}

/** A stable app id for a bot, so packaging again updates the same Teams app (a name-based UUID, version 5 layout). */
export function appIdFor(botId: string): string {
  const h = createHash("sha1").update(`vacancy-bot/teams-app/${botId.toLowerCase()}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The placeholder values from the environment: BOT_ID is MicrosoftAppId, BOT_DOMAIN the public host of the
 * server, TEAMS_APP_ID optional (default derived from the bot id).
 */
export function packageValues(env: NodeJS.ProcessEnv): Record<"BOT_ID" | "TEAMS_APP_ID" | "BOT_DOMAIN", string> {
  const botId = env.MicrosoftAppId?.trim();
  if (!botId) throw new ConfigError("MicrosoftAppId is not set: the Teams app needs the bot's Microsoft Entra application id");
  if (!GUID.test(botId)) throw new ConfigError(`MicrosoftAppId is not a GUID (${JSON.stringify(botId)})`);
  const appId = env.TEAMS_APP_ID?.trim() || appIdFor(botId);
  if (!GUID.test(appId)) throw new ConfigError(`TEAMS_APP_ID is not a GUID (${JSON.stringify(appId)})`);
  const domain = (env.BOT_DOMAIN ?? "").trim().replace(/^https?:\/\//i, "").replace(/\/+$/, "");
  if (!domain) throw new ConfigError("BOT_DOMAIN is not set: the public host name of the server, e.g. vacancy-bot.example.eu");
  if (!/^[a-z0-9.-]+(?::\d+)?$/i.test(domain)) throw new ConfigError(`BOT_DOMAIN is not a host name (${JSON.stringify(env.BOT_DOMAIN)})`);
  return { BOT_ID: botId, TEAMS_APP_ID: appId, BOT_DOMAIN: domain };
}

/** Replaces every ${{NAME}} in the manifest text; a name without a value is an error. */
export function fillManifest(template: string, values: Record<string, string>): string {
  const missing = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) throw new ConfigError(`manifest.json needs a value for ${[...missing].join(", ")}`);
  return filled;
}

/** Schema failures of a filled Teams manifest (empty when valid), by @microsoft/app-manifest's typed converter and the schema it ships. */
export async function validateManifest(json: string): Promise<string[]> {
  let manifest;
  try {
    manifest = TeamsManifestConverter.jsonToManifest(json);
  } catch (err) {
    return [`not a Teams manifest: ${err instanceof Error ? err.message : String(err)}`];
  }
  return AppManifestUtils.validateAgainstSchema(manifest);
}

/** Builds the installable zip: the filled manifest and the icons it names, at the zip's top level. */
export async function buildTeamsPackage(env: NodeJS.ProcessEnv, root: string = projectRoot()): Promise<{ zip: Buffer; manifest: string }> {
  const manifest = fillManifest(readFileSync(join(root, "manifest.json"), "utf8"), packageValues(env));
  const failures = await validateManifest(manifest);
  if (failures.length > 0) throw new Error(`teams: manifest.json does not validate:\n  ${failures.join("\n  ")}`);
  const { icons } = JSON.parse(manifest) as { icons: { color: string; outline: string } };
  const zip = new AdmZip();
  zip.addFile("manifest.json", Buffer.from(manifest, "utf8"));
  for (const icon of [icons.color, icons.outline]) zip.addFile(icon, readFileSync(join(root, "adapters/teams/icons", icon)));
  return { zip: zip.toBuffer(), manifest };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = projectRoot();
  if (existsSync(join(root, ".env"))) process.loadEnvFile(join(root, ".env"));
  const out = resolve(process.argv[2] ?? join(root, "teams-app.zip"));
  try {
    const { zip } = await buildTeamsPackage(process.env, root);
    writeFileSync(out, zip);
    console.log(`teams: wrote ${out} (manifest.json, color.png, outline.png); upload it in Teams under Apps › Manage your apps › Upload an app`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  }
}
