// readTeamsConfig: unauthenticated without an app id, a ConfigError naming the variable when malformed or half done.
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/index.js";
import { readTeamsConfig } from "../../../adapters/teams/index.js";

const APP_ID = "3f2f7a52-9d1c-4d5e-8c7a-2b1e0f9d6c11";

describe("readTeamsConfig", () => {
  it.each([
    [{}, { MicrosoftAppType: "MultiTenant" }],
    [{ MicrosoftAppId: "", MicrosoftAppPassword: "", MicrosoftAppType: "MultiTenant", MicrosoftAppTenantId: "" }, { MicrosoftAppType: "MultiTenant" }],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppPassword: "s3cret" }, { MicrosoftAppId: APP_ID, MicrosoftAppPassword: "s3cret", MicrosoftAppType: "MultiTenant" }],
    [
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: "s3cret", MicrosoftAppType: "SingleTenant", MicrosoftAppTenantId: "contoso.onmicrosoft.com" },
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: "s3cret", MicrosoftAppType: "SingleTenant", MicrosoftAppTenantId: "contoso.onmicrosoft.com" },
    ],
    [
      { MicrosoftAppId: APP_ID, MicrosoftAppType: "UserAssignedMSI", MicrosoftAppTenantId: "9b1c2d3e-0000-4000-8000-000000000001" },
      { MicrosoftAppId: APP_ID, MicrosoftAppType: "UserAssignedMSI", MicrosoftAppTenantId: "9b1c2d3e-0000-4000-8000-000000000001" },
    ],
  ])("readTeamsConfig(%j) is %j", (env, config) => {
    expect(readTeamsConfig(env)).toEqual(config);
  });

  it.each([
    [{ MicrosoftAppId: "my-bot" }, /^config: MicrosoftAppId is not a GUID .*\("my-bot"\)$/],
    [{ MicrosoftAppPassword: "s3cret" }, /^config: MicrosoftAppId is required when MicrosoftAppPassword is set$/],
    [{ MicrosoftAppTenantId: "contoso.onmicrosoft.com" }, /^config: MicrosoftAppId is required when MicrosoftAppTenantId is set$/],
    [{ MicrosoftAppId: APP_ID }, /^config: MicrosoftAppPassword is required with MicrosoftAppId/],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppPassword: "s3cret", MicrosoftAppType: "Multi" }, /^config: MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI \("Multi"\)$/],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppPassword: "s3cret", MicrosoftAppType: "SingleTenant" }, /^config: MicrosoftAppTenantId is required for MicrosoftAppType SingleTenant$/],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppPassword: "s3cret", MicrosoftAppType: "UserAssignedMSI", MicrosoftAppTenantId: "t" }, /^config: MicrosoftAppPassword must be empty/],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppPassword: "s3cret", MicrosoftAppTenantId: "not a tenant" }, /^config: MicrosoftAppTenantId is not a tenant id/],
  ])("readTeamsConfig(%j) throws a ConfigError naming the variable", (env, message) => {
    expect(() => readTeamsConfig(env)).toThrow(ConfigError);
    expect(() => readTeamsConfig(env)).toThrow(message);
  });

  it("never puts the password in an error message", () => {
    const env = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: "hunter2-very-secret", MicrosoftAppType: "UserAssignedMSI", MicrosoftAppTenantId: "t" };
    expect(() => readTeamsConfig(env)).toThrow(/^(?!.*hunter2).*$/);
  });
});
