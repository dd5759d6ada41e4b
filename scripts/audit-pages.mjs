// `node scripts/audit-pages.mjs` (after `npm run build`): Lighthouse (mobile, its default settings) and axe-core
// on the web chat and the HR pages, in Debian's Chromium (/usr/bin/chromium, never a downloaded browser), against
// the compiled server started here on 127.0.0.1 with a throw-away review. Prints, per page, the four Lighthouse
// scores (performance, accessibility, best practices, SEO) and axe's serious and critical findings; a figure, not
// a test: performance depends on how busy the machine is. `--page /hr/audit` audits one page; `-v` lists every
// failing Lighthouse audit and every axe finding.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { startServer } from "../dist/adapters/server/start.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const HR_TOKEN = "audit-pages-token-0123456789";
// The login page is /hr itself, asked without the token.
const PAGES = [
  { label: "/ (web chat)", path: "/", token: false },
  { label: "/hr (login)", path: "/hr", token: false },
  { label: "/hr", path: "/hr", token: true },
  { label: "/hr/audit", path: "/hr/audit", token: true },
  { label: "/hr/review", path: "/hr/review", token: true },
  { label: "/hr/try", path: "/hr/try", token: true },
];
const args = process.argv.slice(2);
const verbose = args.includes("-v");
const only = args.includes("--page") ? PAGES.filter((p) => p.label === args[args.indexOf("--page") + 1]) : PAGES;

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), "vacancy-audit-pages-"));
const quiet = { ...process.env, LOG_LEVEL: "warn" };
const running = await startServer({ env: { ...quiet, PORT: "0", HOST: "127.0.0.1", HR_TOKEN, REVIEW_DB: join(dir, "review.sqlite"), REDIS_URL: "", DATABASE_URL: "" } });
const base = running.url.replace(/\/$/, "");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const port = await freePort();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", `--remote-debugging-port=${port}`] });

try {
  // A review with something in it, as HR finds it: a question the notice does not answer, one answered from the
  // closest passage, one marked "Not helpful".
  for (const text of ["When is the deadline?", "Is there parking at the office?", "Can I bring my dog to work?"]) {
    const res = await fetch(`${base}/api/chat/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
    const { answer } = await res.json();
    if (answer?.id && text.startsWith("When")) {
      await fetch(`${base}/api/chat/feedback`, { method: "POST", headers: { "content-type": "application/json", cookie: res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") }, body: JSON.stringify({ id: answer.id, helpful: false }) }).catch(() => {});
    }
  }

  const rows = [];
  for (const { label, path, token } of only) {
    const headers = token ? { authorization: `Bearer ${HR_TOKEN}` } : {};
    const lh = await lighthouse(`${base}${path}`, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"], extraHeaders: headers });
    const lhr = lh.lhr;
    const score = (id) => (lhr.categories[id]?.score === null || lhr.categories[id]?.score === undefined ? "–" : Math.round(lhr.categories[id].score * 100));

    // The pages forbid inline scripts (CSP); axe is put in by the test browser, past it.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, extraHTTPHeaders: headers, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${base}${path}`, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const axe = await page.evaluate(async () => {
      const result = await globalThis.axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
    });
    await context.close();
    const serious = axe.filter((v) => v.impact === "serious");
    const critical = axe.filter((v) => v.impact === "critical");
    rows.push({ path: label, performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo"), serious: serious.length, critical: critical.length, minor: axe.length - serious.length - critical.length });
    if (verbose) {
      const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable");
      console.log(`\n${label}`);
      for (const a of failing) console.log(`  lighthouse ${a.id} (${a.score}): ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ""}`);
      for (const v of axe) console.log(`  axe ${v.impact} ${v.id} ×${v.nodes}: ${v.help}`);
    }
  }
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`\n${pad("page", 16)}${pad("perf", 6)}${pad("a11y", 6)}${pad("best", 6)}${pad("seo", 6)}axe serious / critical (other)`);
  for (const r of rows) console.log(`${pad(r.path, 16)}${pad(r.performance, 6)}${pad(r.accessibility, 6)}${pad(r.bestPractices, 6)}${pad(r.seo, 6)}${r.serious} / ${r.critical} (${r.minor})`);
} finally {
  await browser.close();
  await running.stop(1000);
  rmSync(dir, { recursive: true, force: true });
}
