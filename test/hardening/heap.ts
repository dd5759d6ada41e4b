// The heap after a full garbage collection, for tests that check a flood of requests leaves nothing behind.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Bytes of heap in use after collecting everything that can be (twice: weak references go on the second). */
export function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export const MiB = 1024 * 1024;

/** Resident memory after a full garbage collection: Intl formatters (ICU) live outside the JS heap. */
export function rssAfterGc(): number {
  heapAfterGc();
  return process.memoryUsage().rss;
}
