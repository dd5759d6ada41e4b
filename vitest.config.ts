import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
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
  },
});
