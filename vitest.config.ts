import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Test files that only call the engine, the importer and the stores in their own process (no server, no browser,
// no environment stubbed, no listener on `process`): they run one after another in a worker that keeps its
// modules, so the sources, the 24 lexicons, CLD3 and the knowledge (test/helpers/bot.ts's knowledgeAt) are read
// once per worker instead of once per file. Every other file keeps a fresh module graph of its own.
// A new file in one of these folders runs shared; it must leave no state behind (close what it opens).
const shared = [
  "test/engine/**/*.test.ts",
  "test/i18n/**/*.test.ts",
  "test/knowledge/**/*.test.ts",
  "test/search/**/*.test.ts",
  "test/conversation/**/*.test.ts",
  // the import command line's tests stub the environment and the console: isolated.
  "test/import/**/!(cli).test.ts",
  "test/review/mask.test.ts",
  "test/review/sqlite-review.test.ts",
  "test/audit/golden.test.ts",
  "test/architecture.test.ts",
  "test/hardening/engine-properties.test.ts",
  "test/adapters/slack/{blocks,config,dedupe,manifest,mrkdwn,views}.test.ts",
  "test/adapters/teams/{cards,config}.test.ts",
];

export default defineConfig({
  test: {
    // dist/ brought up to date once: the command line and server tests run the compiled files (test/global-build.ts).
    globalSetup: ["test/global-build.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for what a server or a page does next; its default (1 s) is a timed assertion on a busy
    // two-core machine. The test's own timeout is the bound that matters.
    expect: { poll: { timeout: 30_000, interval: 50 } },
    pool: "forks",
    setupFiles: ["test/setup.ts"],
    // vitest's default is one worker fewer than the cores: one file at a time on two cores, while most files wait
    // on a browser, a child server or the network. Two at least, so that waiting overlaps with working.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: "shared", include: shared, isolate: false } },
      { extends: true, test: { name: "isolated", include: ["test/**/*.test.ts"], exclude: shared, isolate: true } },
    ],
  },
});
