import { createReader } from "/work/main/src/engine/understand.js";
import { knowledgeAt, projectKnowledgeDir } from "/work/main/test/helpers/bot.js";
const k = knowledgeAt(projectKnowledgeDir);
const reader = createReader(k.lexicons.get("en")!, k.reference, k.reference.zones, []);
for (const s of ["I'm half Greek, half Turkish. Can I apply?", "I'm Greek. Can I apply?", "I'm Turkish", "I'm a US citizen", "I am Greek"]) console.log(s, JSON.stringify(reader.read(s).profile));
