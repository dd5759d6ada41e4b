// Held-out questions on the classes that kept the softmax/hybrid classifier from being the default (issue 17),
// written in other words than the blocking cases and asked under both classifiers, the kNN and the hybrid: a bot
// over the project's knowledge with routing.json's `classifier` set each way (a folder of its own whose
// lexicon/routing.json differs, the rest linked). Each answer must hold what the notice says on the subject asked.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { normalizeForCheck as norm } from "../../src/audit/index.js";
import { createBot, loadKnowledge, renderText } from "../../src/index.js";
import { projectKnowledgeDir } from "../helpers/bot.js";

type Case = { id: string; text: string; all: string[][]; none?: string[]; intent?: string };

const cases: Case[] = [
  // A list of subjects of one intent where the message reads as a later piece's: each piece answered, in order.
  { id: "list-probation-first-read", text: "contract duration + probation period?", all: [["4 years"], ["9-month", "9 month"]] },
  { id: "list-de", text: "Vertragsdauer und Probezeit?", all: [["4 jahre"], ["9 monat", "9-monat"]] },
  // The asking sentence is itself several clauses of the intent ("grado" also reads as a degree stated).
  { id: "asking-several-es", text: "¿qué grado es, cuánto dura el contrato y hay periodo de prueba?", all: [["ad5"], ["4 años"], ["9 meses"]] },
  { id: "asking-several-pt", text: "qual é o grau, quanto tempo dura o contrato e há período experimental?", all: [["4 anos"], ["9 meses"]] },
  // The longest stay asked: the first contract and its extension added up, not the overview of the post.
  { id: "total-en", text: "whats the max i could stay in total?", all: [["6 years"], ["4 years"]], none: ["not a permanent post"] },
  // "…, with the extension?" is the contract's extension, not a second request about extending the deadline.
  { id: "total-with-extension-pt", text: "quanto tempo posso ficar ao todo, com a prorrogação?", all: [["6 anos"]], none: ["prazo"] },
  { id: "total-with-extension-el", text: "πόσα χρόνια μπορώ να μείνω συνολικά, μαζί με την παράταση;", all: [["6"]], none: ["προθεσμ"] },
  { id: "total-it", text: "quanto posso restare al massimo in totale?", all: [["6 anni"]], none: ["non è un posto permanente"] },
  // An official asking whether the e-mail route is theirs too: the standard channels.
  { id: "official-channel-en", text: "I work as an official at the Parliament, do I also need to email the PDF?", all: [["sysper", "inter-institutional"]] },
  { id: "official-channel-fr", text: "je suis fonctionnaire au Parlement, je dois aussi envoyer le pdf par mail ?", all: [["sysper", "inter-institutional", "interinstitutionnel"]] },
  // Is <language> one of the languages?
  { id: "one-of-languages-it", text: "il portoghese è una delle lingue?", all: [["portoghese"]], intent: "languages" },
  { id: "one-of-languages-es", text: "¿el sueco es una de las lenguas?", all: [["sueco"]], intent: "languages" },
  // Remote or on site in a city named: telework, whose passage speaks of it.
  { id: "remote-or-city-hr", text: "je li rad remote ili moram biti u uredu u Bruxellesu?", all: [["telework"]] },
  { id: "remote-or-city-en", text: "fully remote or do i need to be on site in brussels?", all: [["telework"]] },
];

const dirs: string[] = [];
/** The project's knowledge with routing.json's classifier set to `kind`. */
function knowledgeWith(kind: string) {
  const dir = mkdtempSync(join(tmpdir(), `vacancy-bot-classifier-${kind}-`));
  dirs.push(dir);
  mkdirSync(join(dir, "lexicon"));
  const routing = JSON.parse(readFileSync(join(projectKnowledgeDir, "lexicon", "routing.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(join(dir, "lexicon", "routing.json"), JSON.stringify({ ...routing, classifier: kind }));
  for (const entry of ["DIGIT-COM-2025-1194", "reference", "ui"]) symlinkSync(join(projectKnowledgeDir, entry), join(dir, entry));
  return loadKnowledge(dir);
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.each(["knn", "hybrid"])("the blockers' classes, under the %s classifier", (kind) => {
  const bot = createBot({ knowledge: knowledgeWith(kind) });
  let n = 0;
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const answer = bot.ask({ sessionId: `switch-${kind}-${n++}`, text: c.text, now: "2025-10-06T08:00:00Z" });
    const text = norm(renderText(answer));
    for (const group of c.all) expect(group.some((w) => text.includes(norm(w))), `${c.text}: one of ${JSON.stringify(group)} in\n${text}`).toBe(true);
    for (const w of c.none ?? []) expect(text.includes(norm(w)), `${c.text}: not "${w}" in\n${text}`).toBe(false);
    if (c.intent) expect(answer.intent, c.text).toBe(c.intent);
    expect(answer.citations.length, c.text).toBeGreaterThan(0);
  });
});
