// eld's n-gram table kept as JSON in the cache folder (src/i18n/detect.ts): the detector built from the copy scores
// every message exactly as eld's own module does, the copy is written once, and a damaged copy is made again.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { eld as own } from "eld/extrasmall";
import { eldFromCache } from "../../src/i18n/detect.js";

const made: string[] = [];
const temporary = () => {
  const dir = mkdtempSync(join(tmpdir(), "eld-cache-"));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const messages = [
  "When is the deadline?",
  "Quelle est la date limite pour envoyer sa candidature ?",
  "Bis wann muss die Bewerbung da sein?",
  "Până când pot trimite candidatura?",
  "Καλησπέρα! Μέχρι πότε μπορώ να κάνω αίτηση;",
  "Ahoj, do kdy se můžu přihlásit?",
  "Cé mhéad a íocann an post seo?",
  "Sa meta nista' napplika?",
  "Kiedy mija termin?",
  "ok",
  "",
];

describe("eld from the cache folder", () => {
  it("writes one copy of the table, then reads it back, scoring as eld's own module does", () => {
    const dir = temporary();
    const first = eldFromCache(dir)!;
    expect(readdirSync(dir).filter((n) => n.startsWith("eld-"))).toHaveLength(1);
    const again = eldFromCache(dir)!;
    for (const detector of [first, again])
      for (const text of messages) {
        const [mine, theirs] = [detector.detect(text), own.detect(text)];
        expect(mine.getScores(), text).toEqual(theirs.getScores());
        expect(mine.isReliable(), text).toBe(theirs.isReliable());
      }
  });

  it.each(["garbage", "{}", '{"type":"XS60"'])("makes a damaged copy (%j) again", (garbage) => {
    const dir = temporary();
    eldFromCache(dir);
    const [name] = readdirSync(dir);
    writeFileSync(join(dir, name!), garbage);
    expect(eldFromCache(dir)!.detect(messages[1]!).getScores()).toEqual(own.detect(messages[1]!).getScores());
    expect(readFileSync(join(dir, name!), "utf8").length).toBeGreaterThan(100_000);
  });
});
