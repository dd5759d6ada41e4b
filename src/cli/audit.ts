// `vacancy-bot audit [--notice ID] [--golden FILE] [--review DB|postgres://…] [-v]`: runs a notice's golden questions (with
// --review, HR's own from the review database applied to them) and prints a pass/fail report; exits 1 when any
// expectation fails, so it can gate a knowledge change.
import { relative } from "node:path";
import { auditNotice, renderAuditReport } from "../audit/audit.js";
import { goldenFileOf, noticesWithGolden, readGolden, GOLDEN_FILE } from "../audit/golden.js";
import { createBot } from "../conversation/bot.js";
import { ConfigError } from "../errors.js";
import type { Knowledge } from "../knowledge/load.js";
import { createPgGolden } from "../review/pg-golden.js";
import { createSqliteGolden, mergeGolden } from "../review/sqlite-golden.js";
import { flag, knowledgeFrom, type Args } from "./args.js";

function show(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith("..") ? file : rel;
}

function noticesToAudit(knowledge: Knowledge, args: Args): string[] {
  const named = flag(args, "notice");
  if (named) return [named];
  const withGolden = noticesWithGolden(knowledge);
  if (flag(args, "golden")) {
    if (knowledge.notices.size > 1) throw new ConfigError(`audit: --golden needs --notice ID, there are ${knowledge.notices.size} notices`);
    return [...knowledge.notices.keys()];
  }
  if (!withGolden.length) throw new ConfigError(`audit: no notice has a ${GOLDEN_FILE} beside its facts.json (${knowledge.dir})`);
  return withGolden;
}

export async function runAudit(args: Args): Promise<number> {
  const knowledge = await knowledgeFrom(args);
  // "-v" is positional to the shared parser, so it never swallows the next option.
  const verbose = args.rest.includes("-v");
  let failed = 0;
  const reports: string[] = [];
  const reviewDb = flag(args, "review");
  // A SQLite file (REVIEW_DB) or, for instances sharing PostgreSQL, its URL (DATABASE_URL).
  const hr = !reviewDb ? undefined : /^postgres(ql)?:\/\//.test(reviewDb) ? await createPgGolden({ url: reviewDb }) : createSqliteGolden({ file: reviewDb });
  for (const noticeId of noticesToAudit(knowledge, args)) {
    const bot = createBot({ knowledge, noticeId });
    const file = flag(args, "golden") ?? goldenFileOf(knowledge, noticeId);
    const cases = hr ? mergeGolden(readGolden(file), await hr.list(noticeId)).map((m) => m.case) : readGolden(file);
    const report = auditNotice(bot, knowledge.notices.get(noticeId)!, cases, hr ? `${show(file)} and HR's questions in ${hr.kind === "PostgreSQL" ? "PostgreSQL" : reviewDb}` : show(file));
    failed += report.failed;
    reports.push(renderAuditReport(report, { verbose }));
  }
  await hr?.close();
  console.log(reports.join("\n\n"));
  return failed ? 1 : 0;
}
