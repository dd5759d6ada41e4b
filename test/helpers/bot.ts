// Builds real bots over real knowledge for tests: the project's notice and the fixture notice.
import { fileURLToPath } from "node:url";
import { createBot, loadKnowledge, renderText, type Answer, type Bot, type Knowledge } from "../../src/index.js";

export const projectKnowledgeDir = fileURLToPath(new URL("../../knowledge", import.meta.url));
export const fixtureKnowledgeDir = fileURLToPath(new URL("../fixtures/knowledge", import.meta.url));

const cache = new Map<string, Knowledge>();
export function knowledgeAt(dir: string): Knowledge {
  let k = cache.get(dir);
  if (!k) cache.set(dir, (k = loadKnowledge(dir)));
  return k;
}

export function botFor(dir: string, noticeId?: string): Bot {
  return createBot({ knowledge: knowledgeAt(dir), ...(noticeId ? { noticeId } : {}) });
}

let conversation = 0;
/** Asks the turns in one fresh conversation and returns every answer with its plain text. */
export function converse(bot: Bot, turns: string[], options: { now?: string; zone?: string } = {}): (Answer & { text: string })[] {
  const sessionId = `test-${conversation++}`;
  return turns.map((text) => {
    const answer = bot.ask({ sessionId, text, ...options });
    return { ...answer, text: renderText(answer) };
  });
}

/** The answer to the last turn. */
export function last(bot: Bot, turns: string[] | string, options: { now?: string; zone?: string } = {}): Answer & { text: string } {
  return converse(bot, Array.isArray(turns) ? turns : [turns], options).at(-1)!;
}
