// STUB: `vacancy-bot audit` (issue 5).
import type { Args } from "./args.js";

export async function runAudit(_args: Args): Promise<number> {
  console.error("vacancy-bot audit: not implemented yet");
  return 2;
}
