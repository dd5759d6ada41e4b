// `tsx bench/import-size.ts`: import time against the notice's size, for the shapes that once cost quadratic
// time (one sentence of many kilobytes, one line without breaks, a notice repeated). The figures should grow
// linearly; a notice over the cap (src/knowledge/text.ts) is refused before any rule runs.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { importNotice, readImportReference } from "../src/import/import.js";
import { MAX_NOTICE_BYTES } from "../src/knowledge/text.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const base = readFileSync(join(root, "knowledge", "DIGIT-COM-2025-1194", "notice.txt"), "utf8");
const reference = readImportReference();
const grow = (unit: string) => (n: number) => {
  let s = `${base}\n\nHOW TO APPLY\n\n`;
  while (s.length < n) s += unit;
  return s;
};
const shapes: Record<string, (n: number) => string> = {
  "one sentence": grow("send their CV and letter by mail, "),
  "one line": grow("word "),
  repeated: (n) => base.repeat(Math.ceil(n / base.length)).slice(0, n),
};
importNotice(base, { reference }); // warm-up
for (const [name, make] of Object.entries(shapes)) {
  const row = [100, 200, 400, MAX_NOTICE_BYTES / 1024].map((kb) => {
    const text = make(kb * 1024);
    const t0 = performance.now();
    importNotice(text, { reference, id: "bench" });
    return `${kb} KB ${Math.round(performance.now() - t0)} ms`;
  });
  console.log(`${name.padEnd(14)} ${row.join("   ")}`);
}
