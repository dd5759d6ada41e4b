// `vacancy-bot import FILE [--id ID] [--check] [--replace] [--rules]`: turns a notice into knowledge/<ID>/.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { ConfigError, KnowledgeError } from "../errors.js";
import { importNotice, isValidId, readImportReference, validateImport, writeImport } from "../import/import.js";
import { renderReport } from "../import/report.js";
import { tooLarge } from "../knowledge/text.js";
import { flag, knowledgeDir, type Args } from "./args.js";

const USAGE = "usage: vacancy-bot import FILE [--id ID] [--check] [--replace] [--rules] [--knowledge DIR]";

function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

/** Imports a notice; prints the report. 0: written (or checked), 1: not importable, 2: usage. */
export async function runImport(args: Args): Promise<number> {
  const rest = [...args.rest];
  // `--replace` is a flag; when it stands before the file name the parser reads the name as its value.
  const replaceValue = args.flags.get("replace");
  if (typeof replaceValue === "string") rest.push(replaceValue);
  const replace = args.flags.has("replace");
  const check = args.flags.has("check");
  const [file, ...extra] = rest;
  if (!file || extra.length) {
    console.error(USAGE);
    return 2;
  }
  const id = flag(args, "id");
  if (id !== undefined && !isValidId(id)) throw new ConfigError(`--id "${id}" must be letters, digits, ".", "_" or "-"`);

  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (!text.trim()) throw new ConfigError(`${file} is empty`);
  const large = tooLarge(text);
  if (large) throw new ConfigError(`${file}: ${large}`);

  const dir = knowledgeDir(args);
  const reference = readImportReference(dir);
  const result = importNotice(text, { id, reference });
  // --rules: the report ends with what each import rule read.
  console.log(renderReport(result, { rules: args.flags.has("rules") }));

  if (!result.isNotice) {
    console.error(`\nimport: ${file} is not a vacancy notice of this kind; nothing written`);
    return 1;
  }
  if (!result.id) {
    console.error("\nimport: no selection reference found, so no id; give one with --id ID");
    return 1;
  }
  try {
    validateImport(result, reference);
  } catch (e) {
    if (!(e instanceof KnowledgeError)) throw e;
    console.error(`\nimport: the facts read from ${file} do not validate: ${e.message}`);
    return 1;
  }
  if (check) {
    console.log(`\nChecked only (--check): nothing written. Without --check this writes ${show(`${dir}/${result.id}`)}/.`);
    return 0;
  }
  const folder = writeImport(dir, result, { replace });
  console.log(`\nWritten: ${show(folder)}/notice.txt and ${show(folder)}/facts.json. Ask about it with --notice ${result.id}.`);
  return 0;
}
