import { describe, expect, it } from "vitest";
import { createEventDeduper } from "../../../adapters/slack/dedupe.js";

describe("createEventDeduper", () => {
  it("run(a handled id again) is a duplicate and does not handle it", async () => {
    const deduper = createEventDeduper();
    let handled = 0;
    expect(await deduper.run("Ev1", async () => void handled++)).toBe("handled");
    expect(await deduper.run("Ev1", async () => void handled++)).toBe("duplicate");
    expect(handled).toBe(1);
  });

  it("run(an id whose handling failed) handles it again", async () => {
    const deduper = createEventDeduper();
    await expect(deduper.run("Ev1", async () => Promise.reject(new Error("chat.postMessage failed")))).rejects.toThrow("failed");
    let handled = 0;
    expect(await deduper.run("Ev1", async () => void handled++)).toBe("handled");
    expect(handled).toBe(1);
  });

  it("run(an id still being handled) waits: duplicate if the first succeeds, handled if it fails", async () => {
    const deduper = createEventDeduper();
    let finish!: () => void;
    const first = deduper.run("Ev1", () => new Promise<void>((resolve) => (finish = resolve)));
    const retry = deduper.run("Ev1", async () => {});
    finish();
    expect(await first).toBe("handled");
    expect(await retry).toBe("duplicate");

    let fail!: (e: Error) => void;
    const failing = deduper.run("Ev2", () => new Promise<void>((_, reject) => (fail = reject)));
    const retries = [deduper.run("Ev2", async () => {}), deduper.run("Ev2", async () => {})];
    fail(new Error("timeout"));
    await expect(failing).rejects.toThrow("timeout");
    // Exactly one of two concurrent retries takes over.
    expect((await Promise.all(retries)).sort()).toEqual(["duplicate", "handled"]);
  });

  it("run(an id older than ttlMs) handles it again", async () => {
    let now = 0;
    const deduper = createEventDeduper({ ttlMs: 1000, now: () => now });
    await deduper.run("Ev1", async () => {});
    now = 1000;
    expect(await deduper.run("Ev1", async () => {})).toBe("handled");
  });

  it("remembers at most max ids, forgetting the oldest", async () => {
    const deduper = createEventDeduper({ max: 2 });
    for (const id of ["Ev1", "Ev2", "Ev3"]) await deduper.run(id, async () => {});
    expect(await deduper.run("Ev3", async () => {})).toBe("duplicate");
    expect(await deduper.run("Ev1", async () => {})).toBe("handled");
  });
});
