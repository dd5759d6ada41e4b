// `npm start`: the one server. Reads .env when there is one (variables already set win), starts, prints
// one line saying what runs where, and stops gracefully on SIGTERM or Ctrl-C.
// Log records (JSON) go to stdout, the log; the lines a person reads (start-up, reload, stop, why it cannot
// start) go to stderr, so each stream holds one kind and the start-up line stands alone.
import { existsSync } from "node:fs";
import { ConfigError, KnowledgeError } from "../../src/index.js";
import { ListenError } from "./app.js";
import { startServer, type Running } from "./start.js";

if (existsSync(".env")) process.loadEnvFile(".env");

let running: Running;
try {
  running = await startServer({ env: process.env });
} catch (e) {
  if (e instanceof KnowledgeError || e instanceof ConfigError || e instanceof ListenError) {
    console.error(`vacancy-bot: cannot start: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
console.error(running.banner);

const stop = (signal: string) => {
  console.error(`vacancy-bot: ${signal}: finishing requests in flight, then stopping`);
  running.stop().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(`vacancy-bot: stop failed: ${(e as Error).message}`);
      process.exit(1);
    },
  );
};
// HR changed the knowledge: load it again; an invalid one is refused (logged) and the old one kept.
process.on("SIGHUP", () => {
  const result = running.reload("SIGHUP");
  console.error(result.ok ? `vacancy-bot: SIGHUP: knowledge reloaded (${result.ms} ms)` : `vacancy-bot: SIGHUP: knowledge NOT reloaded, still answering from the previous one: ${result.error}`);
});
// A throw that escapes every guard (a library's callback, a timer) is logged and the server goes on answering:
// one request must never end the process. Start-up failures above still end it, with their one line.
process.on("unhandledRejection", (reason) => running.logger.error({ err: reason }, "unhandled rejection (the server goes on)"));
process.on("uncaughtException", (error) => running.logger.error({ err: error }, "uncaught exception (the server goes on)"));
process.once("SIGTERM", () => stop("SIGTERM"));
process.once("SIGINT", () => stop("SIGINT"));
