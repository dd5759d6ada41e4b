// Our server as the benchmarks run it: the compiled composition root (dist/, as `npm start` runs it), configured
// from the environment, plus an IPC channel on which the benchmark asks for the resident memory after a GC.
// Plain JavaScript so it runs without a compile step, like the bare servers it is compared with.
import { startServer } from "../../dist/adapters/server/start.js";

const running = await startServer({ env: process.env });
process.send?.({ type: "ready", url: running.url });

process.on("message", async (message) => {
  if (message?.type === "rss") {
    for (let i = 0; i < 3; i++) {
      globalThis.gc?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
    process.send?.({ type: "rss", rss, heapUsed, external, arrayBuffers });
  }
  if (message?.type === "stop") {
    await running.stop(1000);
    process.exit(0);
  }
});
