import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // dist/ brought up to date once: the command line and server tests run the compiled files (test/global-build.ts).
    globalSetup: ["test/global-build.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
