// STUB: `vacancy-bot import` (issue 6).
import type { Args } from "./args.js";

export async function runImport(_args: Args): Promise<number> {
  console.error("vacancy-bot import: not implemented yet");
  return 2;
}
