// Golden questions: what HR expects the bot to say about a notice, in the JSON-lines form of the
// evaluation set (turns, optional now/tz, expectations). Reading and validating them lives here.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { z } from "zod";
import { KnowledgeError } from "../errors.js";
import type { Knowledge } from "../knowledge/load.js";
import { parseNow } from "../time/deadline.js";
import { isZone } from "../time/zones.js";

export const GOLDEN_FILE = "golden.jsonl";

const alternatives = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const expectSchema = z.strictObject({
  /** Every group must have one of its alternatives in the answer's text. */
  all: z.array(alternatives).optional(),
  /** None of these may be in the text. */
  none: z.array(z.string().min(1)).optional(),
  verdict: z.enum(["eligible", "not_eligible", "incomplete"]).optional(),
  /** At least one citation whose quote is in the notice. */
  cited: z.boolean().optional(),
  /** The intent that must answer (an extension of the evaluation form). */
  intent: z.string().min(1).optional(),
  /** Which turn's answer is checked, 0-based; default the last. */
  turn: z.number().int().min(0).optional(),
});

export const goldenCaseSchema = z
  .strictObject({
    id: z.string().min(1),
    turns: z.array(z.string()).min(1),
    now: z.string().refine((s) => parseNow(s) !== undefined, "not an ISO date-time").optional(),
    tz: z.string().refine(isZone, "not an IANA time zone").optional(),
    tags: z.array(z.string()).optional(),
    expect: expectSchema,
  })
  .refine((c) => c.expect.turn === undefined || c.expect.turn < c.turns.length, { message: "expect.turn is past the last turn", path: ["expect", "turn"] });

export type GoldenCase = z.infer<typeof goldenCaseSchema>;
export type Expectations = GoldenCase["expect"];

function show(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith("..") ? file : rel;
}

/** Parses a golden file's text; a bad line is a KnowledgeError naming the file, the line and the field. */
export function parseGolden(text: string, file: string): GoldenCase[] {
  const cases: GoldenCase[] = [];
  const ids = new Set<string>();
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const where = `${show(file)}:${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new KnowledgeError(`golden: ${(e as Error).message} (${where})`);
    }
    const parsed = goldenCaseSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.length ? issue.path.map(String).join(".") : "(top level)";
      throw new KnowledgeError(`golden: ${path}: ${issue?.message ?? "invalid"} (${where})`);
    }
    if (ids.has(parsed.data.id)) throw new KnowledgeError(`golden: duplicate id "${parsed.data.id}" (${where})`);
    ids.add(parsed.data.id);
    cases.push(parsed.data);
  }
  if (!cases.length) throw new KnowledgeError(`golden: no questions in ${show(file)}`);
  return cases;
}

/** Reads and validates a golden file. */
export function readGolden(file: string): GoldenCase[] {
  if (!existsSync(file)) throw new KnowledgeError(`golden: no file ${show(file)}`);
  return parseGolden(readFileSync(file, "utf8"), file);
}

/** Where a notice's golden questions live: beside its facts. */
export function goldenFileOf(knowledge: Knowledge, noticeId: string): string {
  return join(knowledge.dir, noticeId, GOLDEN_FILE);
}

/** The ids of the notices that have golden questions. */
export function noticesWithGolden(knowledge: Knowledge): string[] {
  return [...knowledge.notices.keys()].filter((id) => existsSync(goldenFileOf(knowledge, id)));
}
