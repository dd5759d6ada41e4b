// The Teams channel's configuration: the four Bot Framework variables, read and validated once at start-up.
import { z } from "zod";
import { ConfigError } from "../../src/index.js";

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// An unset variable and one set to "" (as .env.example leaves them) mean the same.
const optional = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().optional());

const schema = z
  .object({
    MicrosoftAppId: optional.refine((v) => v === undefined || guid.test(v), "is not a GUID (the bot's Microsoft Entra application id)"),
    MicrosoftAppPassword: optional,
    MicrosoftAppType: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.enum(["SingleTenant", "MultiTenant", "UserAssignedMSI"], "must be SingleTenant, MultiTenant or UserAssignedMSI").default("MultiTenant"),
    ),
    MicrosoftAppTenantId: optional.refine((v) => v === undefined || /^[\w.-]+$/.test(v), "is not a tenant id or domain"),
    /**
     * Without an app id the channel answers only loopback serviceUrls (the Emulator, the Agents Playground, tests):
     * these comma-separated http(s) URL prefixes are answered too.
     */
    TEAMS_ALLOWED_SERVICE_URLS: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z
        .string()
        .transform((v, ctx) => {
          const urls = v.split(",").map((u) => u.trim()).filter(Boolean);
          const bad = urls.find((u) => !URL.canParse(u) || !/^https?:$/.test(new URL(u).protocol));
          if (bad === undefined) return urls.map((u) => new URL(u).href);
          ctx.addIssue({ code: "custom", message: `has "${bad}", which is not an http(s) URL` });
          return z.NEVER;
        })
        .optional(),
    ),
    /**
     * Without an app id, serve /api/messages to requests from beyond loopback too. For the Bot Framework Emulator
     * on another machine only: anyone who reaches the server can then post activities.
     */
    TEAMS_ALLOW_UNAUTHENTICATED: z
      .preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v), z.enum(["true", "false", "1", "0"], "must be true or false").optional())
      .transform((v) => v === "true" || v === "1")
      .optional(),
    /** Where the Bot Framework's signing keys are published; default Microsoft's. For sovereign clouds and tests. */
    ToBotFromChannelOpenIdMetadataUrl: optional.refine((v) => v === undefined || (URL.canParse(v) && /^https?:$/.test(new URL(v).protocol)), "is not an http(s) URL"),
  })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!c.MicrosoftAppId) {
      // Unauthenticated local use; a password or tenant without an app id is a half-done configuration.
      if (c.MicrosoftAppPassword) issue("MicrosoftAppId", "is required when MicrosoftAppPassword is set");
      else if (c.MicrosoftAppTenantId) issue("MicrosoftAppId", "is required when MicrosoftAppTenantId is set");
      return;
    }
    if (c.MicrosoftAppType === "UserAssignedMSI") {
      if (c.MicrosoftAppPassword) issue("MicrosoftAppPassword", "must be empty for MicrosoftAppType UserAssignedMSI");
    } else if (!c.MicrosoftAppPassword) {
      issue("MicrosoftAppPassword", `is required with MicrosoftAppId (MicrosoftAppType ${c.MicrosoftAppType})`);
    }
    if (c.MicrosoftAppType !== "MultiTenant" && !c.MicrosoftAppTenantId) {
      issue("MicrosoftAppTenantId", `is required for MicrosoftAppType ${c.MicrosoftAppType}`);
    }
  });

/** The Bot Framework settings. Without `MicrosoftAppId` the channel runs unauthenticated, for local use. */
export type TeamsConfig = z.infer<typeof schema>;

/**
 * Reads the Teams channel's settings from the environment. Always returns a config: with no
 * `MicrosoftAppId` it is unauthenticated (local use). Throws a ConfigError naming the variable when
 * a value is malformed or the configuration is half done.
 *
 * @example
 * readTeamsConfig({ MicrosoftAppId: "", MicrosoftAppType: "MultiTenant" })
 * // → { MicrosoftAppType: "MultiTenant" }
 * readTeamsConfig({ MicrosoftAppId: "not-a-guid" })
 * // throws ConfigError "config: MicrosoftAppId is not a GUID (the bot's Microsoft Entra application id) (\"not-a-guid\")"
 */
export function readTeamsConfig(env: NodeJS.ProcessEnv): TeamsConfig {
  const parsed = schema.safeParse({
    MicrosoftAppId: env.MicrosoftAppId,
    MicrosoftAppPassword: env.MicrosoftAppPassword,
    MicrosoftAppType: env.MicrosoftAppType,
    MicrosoftAppTenantId: env.MicrosoftAppTenantId,
    TEAMS_ALLOWED_SERVICE_URLS: env.TEAMS_ALLOWED_SERVICE_URLS,
    TEAMS_ALLOW_UNAUTHENTICATED: env.TEAMS_ALLOW_UNAUTHENTICATED,
    ToBotFromChannelOpenIdMetadataUrl: env.ToBotFromChannelOpenIdMetadataUrl,
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? "MicrosoftAppId");
  // Never echo the password; other values help the reader find the typo.
  const value = name === "MicrosoftAppPassword" ? undefined : env[name];
  throw new ConfigError(`${name} ${issue.message}${value && name !== "TEAMS_ALLOWED_SERVICE_URLS" ? ` (${JSON.stringify(value)})` : ""}`);
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * True when the channel may send to this serviceUrl. With an app id, the Bot Framework token vouches for it.
 * Without one, so that an unauthenticated request cannot make the server connect where it names (server-side
 * request forgery): only a URL under one of TEAMS_ALLOWED_SERVICE_URLS when any are set; when none are, only the
 * root of a loopback http URL, as the Bot Framework Emulator sends (it picks a new port on every start), never a path.
 *
 * @example
 * isServiceUrlAllowed("http://127.0.0.1:5000/", { MicrosoftAppType: "MultiTenant" }) // → true
 * isServiceUrlAllowed("http://127.0.0.1:6379/admin/", { MicrosoftAppType: "MultiTenant" }) // → false
 * isServiceUrlAllowed("http://169.254.169.254/latest/", { MicrosoftAppType: "MultiTenant" }) // → false
 */
export function isServiceUrlAllowed(serviceUrl: string, config: TeamsConfig): boolean {
  if (config.MicrosoftAppId) return true;
  if (!URL.canParse(serviceUrl)) return false;
  const url = new URL(serviceUrl);
  if (url.username || url.password || !/^https?:$/.test(url.protocol)) return false;
  const allowed = config.TEAMS_ALLOWED_SERVICE_URLS ?? [];
  if (allowed.length > 0) return allowed.some((prefix) => url.href.startsWith(prefix));
  return LOOPBACK.test(url.hostname) && url.pathname === "/" && !url.search && !url.hash;
}
