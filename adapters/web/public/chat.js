// The web chat in the browser. It only draws what the server's Answer holds; every piece of user or
// notice text goes into the page through textContent, never as HTML.
// @ts-check

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const log = /** @type {HTMLElement} */ (document.getElementById("log"));
const form = /** @type {HTMLFormElement} */ (document.getElementById("ask"));
const input = /** @type {HTMLInputElement} */ (document.getElementById("question"));
const countdown = /** @type {HTMLElement} */ (document.getElementById("countdown"));

const VERDICT_TITLE = { eligible: "Eligible", not_eligible: "Not eligible", incomplete: "Not decided yet: more information needed" };
const MARK = { met: "✓", not_met: "✗", unknown: "?" };

/**
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

class SlowDown extends Error {}

/** @param {string} path @param {unknown} [body] */
async function api(path, body) {
  const res = await fetch(path, body === undefined ? { credentials: "same-origin" } : {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  // Too many questions too fast: the server's own polite line is shown instead of a generic error.
  if (res.status === 429) throw new SlowDown((await res.json().catch(() => ({}))).error);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json();
}

function scrollDown() {
  log.scrollTop = log.scrollHeight;
}

/** Paragraphs, with "• " lines drawn as a list. @param {string[]} parts */
function renderParts(parts) {
  const box = el("div", "text");
  for (const part of parts) {
    const lines = part.split("\n");
    let list = null;
    for (const line of lines) {
      if (line.startsWith("• ")) {
        if (!list) box.append((list = el("ul")));
        list.append(el("li", "", line.slice(2)));
      } else if (line.trim()) {
        list = null;
        box.append(el("p", "", line));
      }
    }
  }
  return box;
}

/** @param {any} answer */
function renderVerdict(answer) {
  const box = el("section", `verdict v-${answer.verdict}`);
  box.setAttribute("aria-label", "Eligibility, criterion by criterion");
  box.append(el("p", "verdict-title", VERDICT_TITLE[/** @type {keyof VERDICT_TITLE} */ (answer.verdict)] ?? answer.verdict));
  const list = el("ul", "criteria");
  // The conditions chat cannot check stay in the answer's own text; the box holds what was assessed.
  for (const c of (answer.criteria ?? []).filter((/** @type {any} */ c) => c.checkable)) {
    const item = el("li", c.status);
    item.dataset.criterion = c.id;
    item.dataset.status = c.status;
    const mark = el("span", "mark", MARK[/** @type {keyof MARK} */ (c.status)] ?? "?");
    mark.setAttribute("aria-label", c.status.replace("_", " "));
    item.append(mark, el("span", "label", c.label), el("span", "reason", c.reason));
    list.append(item);
  }
  box.append(list);
  return box;
}

/**
 * The paragraph that lists the assessed criteria as text ("✓ …", "✗ …", "? …", one line each): the verdict
 * box shows the same criteria, so it takes that paragraph's place. -1 when there is none.
 * @param {any} answer
 */
function criteriaPart(answer) {
  const assessed = (answer.criteria ?? []).filter((/** @type {any} */ c) => c.checkable).length;
  return answer.parts.findIndex((/** @type {string} */ part) => {
    const lines = part.split("\n").filter((l) => l.trim());
    return lines.length === assessed && lines.every((l) => /^[✓✗?✔✘] /.test(l));
  });
}

/** Passages under one heading, in one figure. @param {string} heading @param {string[]} quotes */
function renderCitationGroup(heading, quotes) {
  const fig = el("figure", "cite");
  fig.append(el("figcaption", "", `From the notice · ${heading}`));
  for (const q of quotes) fig.append(el("blockquote", "", q));
  return fig;
}

/** Quoted passages grouped by heading; many of them fold away so that a phone shows the answer first. */
const OPEN_QUOTES = 3;
/** @param {{heading: string, quote: string}[]} citations */
function renderCitations(citations) {
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const c of citations) groups.set(c.heading, [...(groups.get(c.heading) ?? []), c.quote]);
  const figures = [...groups].map(([heading, quotes]) => renderCitationGroup(heading, quotes));
  if (citations.length <= OPEN_QUOTES) return figures;
  const box = el("details", "sources");
  box.append(el("summary", "", `From the notice: ${citations.length} passages`), ...figures);
  return [box];
}

/** @param {string} id */
function renderFeedback(id) {
  const box = el("div", "feedback");
  box.append(el("span", "", "Was this helpful?"));
  for (const [label, helpful] of /** @type {[string, boolean][]} */ ([["Helpful", true], ["Not helpful", false]])) {
    const b = /** @type {HTMLButtonElement} */ (el("button", "", label));
    b.type = "button";
    b.addEventListener("click", async () => {
      for (const other of box.querySelectorAll("button")) other.disabled = true;
      try {
        await api("/api/chat/feedback", { id, helpful });
        box.replaceChildren(el("span", "", helpful ? "Thanks for your feedback." : "Thanks: this answer will be reviewed."));
      } catch {
        box.replaceChildren(el("span", "", "Sorry, your feedback could not be sent."));
      }
    });
    box.append(b);
  }
  return box;
}

/** @param {any} answer @param {string} [id] */
function renderAnswer(answer, id) {
  const msg = el("article", "msg bot");
  msg.dataset.intent = answer.intent;
  if (answer.verdict) {
    const at = criteriaPart(answer);
    const before = at >= 0 ? answer.parts.slice(0, at) : answer.parts.slice(0, 1);
    const after = at >= 0 ? answer.parts.slice(at + 1) : answer.parts.slice(1);
    msg.append(renderParts(before), renderVerdict(answer), renderParts(after));
  } else {
    msg.append(renderParts(answer.parts));
  }
  if (answer.citations?.length) msg.append(...renderCitations(answer.citations));
  if (answer.followUps?.length) {
    const box = el("div", "followups");
    box.setAttribute("aria-label", "You can also ask");
    for (const q of answer.followUps) {
      const b = /** @type {HTMLButtonElement} */ (el("button", "", q));
      b.type = "button";
      b.addEventListener("click", () => ask(q));
      box.append(b);
    }
    msg.append(box);
  }
  if (id) msg.append(renderFeedback(id));
  log.append(msg);
  scrollDown();
}

let busy = false;

/** @param {string} text */
async function ask(text) {
  if (busy || !text.trim()) return;
  busy = true;
  log.append(el("div", "msg user", text));
  const typing = el("p", "typing", "…");
  log.append(typing);
  scrollDown();
  try {
    const { id, answer } = await api("/api/chat/ask", { text, zone });
    typing.remove();
    renderAnswer(answer, id);
  } catch (error) {
    typing.remove();
    const slow = error instanceof SlowDown && error.message;
    log.append(el("p", "msg bot error", slow || "Sorry, the answer could not be fetched. Please try again."));
  } finally {
    busy = false;
    input.focus();
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value;
  input.value = "";
  void ask(text);
});

document.getElementById("restart")?.addEventListener("click", async () => {
  await api("/api/chat/reset", {}).catch(() => undefined);
  log.replaceChildren();
  void start();
});

/** "3 days 4 h 05 min 09 s" @param {number} ms */
function span(ms) {
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${d ? `${d} day${d === 1 ? "" : "s"} ` : ""}${h} h ${pad(m)} min ${pad(s % 60)} s`;
}

/** @type {ReturnType<typeof setInterval> | undefined} */
let timer;

/** A live countdown in the browser's own zone, from the server's clock. @param {any} notice */
function startCountdown(notice) {
  if (!notice.deadline) return;
  const at = Date.parse(notice.deadline.utc);
  const skew = Date.parse(notice.now) - Date.now();
  const local = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short", timeZone: zone }).format(at);
  const tick = () => {
    const left = at - (Date.now() + skew);
    const closed = left <= 0;
    countdown.classList.toggle("closed", closed);
    countdown.replaceChildren(
      document.createTextNode(closed ? "Applications are closed" : `Closes in ${span(left)}`),
      el("span", "when", `${closed ? "Closed on" : "Deadline"} ${local} (your time, ${zone})`),
    );
    if (closed && timer) clearInterval(timer);
  };
  if (timer) clearInterval(timer);
  tick();
  timer = setInterval(tick, 1000);
}

async function start() {
  try {
    const notice = await api(`/api/chat/notice?zone=${encodeURIComponent(zone)}`);
    if (notice.title) document.getElementById("title")?.replaceChildren(notice.title);
    if (notice.title) document.title = notice.title;
    document.getElementById("reference")?.replaceChildren(notice.reference ?? notice.noticeId);
    startCountdown(notice);
    renderAnswer(notice.welcome);
  } catch {
    log.append(el("p", "msg bot error", "Sorry, the assistant is not reachable right now."));
  }
  input.focus();
}

void start();
