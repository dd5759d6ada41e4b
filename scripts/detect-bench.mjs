import { readFileSync } from "node:fs";
import { franc } from "franc";
import * as tinyld from "tinyld";
import { eld } from "eld/extrasmall";
const iso3 = { fra: "fr", deu: "de", spa: "es", ita: "it", pol: "pl", nld: "nl", por: "pt", eng: "en" };
const cases = [];
for (const f of ["dev-multilingual.jsonl", "dev.jsonl"]) for (const l of readFileSync(`../shared/eval/${f}`, "utf8").split("\n").filter(Boolean)) {
  const c = JSON.parse(l); const lang = (c.tags||[]).find(t => ["fr","de","es","it","pl","nl","pt"].includes(t)) ?? "en";
  for (const t of c.turns) if (t.trim().length > 1 && !/^[🤔?<]/.test(t)) cases.push([lang, t]);
}
const langs = ["en","fr","de","es","it","pl","nl","pt"];
const only = langs;
const det = {
  franc: (t) => iso3[franc(t, { only: Object.keys(iso3), minLength: 1 })] ?? "und",
  tinyld: (t) => tinyld.detect(t, { only }) || "und",
  eld: (t) => { const r = eld.detect(t); const s = r.getScores ? r.getScores() : {}; let best="und", bs=-1; for (const [k,v] of Object.entries(s)) if (only.includes(k) && v > bs) { best=k; bs=v; } return best; },
};
for (const [name, f] of Object.entries(det)) {
  let ok = 0, short = 0, shortOk = 0; const t0 = performance.now();
  for (const [lang, t] of cases) { const g = f(t); if (g === lang) ok++; if (t.split(/\s+/).length <= 5) { short++; if (g === lang) shortOk++; } }
  console.log(name, `${ok}/${cases.length}`, `short ${shortOk}/${short}`, `${((performance.now()-t0)/cases.length).toFixed(3)} ms/msg`);
}
