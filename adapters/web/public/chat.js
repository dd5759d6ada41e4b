// The web chat in the browser. It only draws what the server's Answer holds; every piece of user or
// notice text goes into the page through textContent, never as HTML. Its labels come from the server
// (knowledge/ui through /api/chat/ui), so another language is a new catalogue, not a new page.
// @ts-check

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const locale = navigator.language || "en";
const top = /** @type {HTMLElement} */ (document.getElementById("top"));
const log = /** @type {HTMLElement} */ (document.getElementById("log"));
const announce = /** @type {HTMLElement} */ (document.getElementById("announce"));
const form = /** @type {HTMLFormElement} */ (document.getElementById("ask"));
const input = /** @type {HTMLInputElement} */ (document.getElementById("question"));
const countdown = /** @type {HTMLElement} */ (document.getElementById("countdown"));
const trust = /** @type {HTMLElement} */ (document.getElementById("trust"));

const MARK = { met: "✓", not_met: "✗", unknown: "?" };
/** Items of a list shown before "Show them all": a phone shows the answer, not a wall of bullets. */
const OPEN_ITEMS = 5;
/** Quoted passages shown open; more fold away so that a phone shows the answer first. */
const OPEN_QUOTES = 3;
// On a touch screen, focusing the input opens the keyboard over the answer just given.
const touch = matchMedia("(hover: none), (pointer: coarse)").matches;

/** @type {Record<string, string>} */
let L = {};
/** A label with its "{name}" parameters filled in. @param {string} id @param {Record<string, string | number>} [params] */
function t(id, params = {}) {
  return (L[id] ?? id).replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

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

/** @param {string} text @param {() => void} onClick @param {string} [className] */
function button(text, onClick, className) {
  const b = /** @type {HTMLButtonElement} */ (el("button", className, text));
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
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

/** A list, its items past OPEN_ITEMS folded behind one button. @param {string[]} items */
function renderList(items) {
  const list = el("ul");
  items.forEach((item, i) => {
    const li = el("li", "", item);
    if (i >= OPEN_ITEMS && items.length > OPEN_ITEMS + 1) li.hidden = true;
    list.append(li);
  });
  if (!list.querySelector("li[hidden]")) return [list];
  const more = button(`${t("web.more")} (${items.length})`, () => {
    for (const li of list.querySelectorAll("li[hidden]")) /** @type {HTMLElement} */ (li).hidden = false;
    more.remove();
  }, "more");
  more.setAttribute("aria-expanded", "false");
  return [list, more];
}

/** Paragraphs, with "• " lines drawn as a list. @param {string[]} parts */
function renderParts(parts) {
  const box = el("div", "text");
  for (const part of parts) {
    /** @type {string[]} */
    let items = [];
    const flush = () => {
      if (items.length) box.append(...renderList(items));
      items = [];
    };
    for (const line of part.split("\n")) {
      if (line.startsWith("• ")) items.push(line.slice(2));
      else if (line.trim()) {
        flush();
        box.append(el("p", "", line));
      }
    }
    flush();
  }
  return box;
}

/** @param {any} answer */
function renderVerdict(answer) {
  const box = el("section", `verdict v-${answer.verdict}`);
  box.setAttribute("aria-label", t("verdict.heading"));
  box.append(el("p", "verdict-title", t(`verdict.${answer.verdict}`)));
  const list = el("ul", "criteria");
  // The conditions chat cannot check stay in the answer's own text; the box holds what was assessed.
  for (const c of (answer.criteria ?? []).filter((/** @type {any} */ c) => c.checkable)) {
    const item = el("li", c.status);
    item.dataset.criterion = c.id;
    item.dataset.status = c.status;
    const mark = el("span", "mark", MARK[/** @type {keyof MARK} */ (c.status)] ?? "?");
    mark.setAttribute("aria-label", t(`criterion.${c.status}`));
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
  fig.append(el("figcaption", "", t("answer.sources.from", { heading })));
  for (const q of quotes) fig.append(el("blockquote", "", q));
  return fig;
}

/** Quoted passages grouped by heading. @param {{heading: string, quote: string}[]} citations @param {string} summary */
function renderCitations(citations, summary) {
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const c of citations) groups.set(c.heading, [...(groups.get(c.heading) ?? []), c.quote]);
  const figures = [...groups].map(([heading, quotes]) => renderCitationGroup(heading, quotes));
  if (citations.length <= OPEN_QUOTES) return figures;
  const box = el("details", "sources");
  box.append(el("summary", "", summary), ...figures);
  return [box];
}

/** @param {string} id */
function renderFeedback(id) {
  const box = el("div", "feedback");
  box.append(el("span", "", t("answer.feedback.ask")));
  for (const [label, helpful] of /** @type {[string, boolean][]} */ ([[t("answer.helpful"), true], [t("answer.notHelpful"), false]])) {
    const b = button(label, async () => {
      for (const other of box.querySelectorAll("button")) other.disabled = true;
      b.setAttribute("aria-pressed", "true");
      try {
        await api("/api/chat/feedback", { id, helpful });
        box.replaceChildren(el("span", "", t(helpful ? "answer.thanks.helpful" : "answer.thanks.notHelpful")));
      } catch {
        box.replaceChildren(el("span", "", t("answer.feedback.failed")));
      }
    });
    box.append(b);
  }
  return box;
}

/**
 * Draws an answer and brings its start into view (a long answer would otherwise show its end); only its
 * text is announced to a screen reader, not its passages and buttons.
 * @param {any} answer @param {string | undefined} id @param {{sources?: string}} [labels]
 */
function renderAnswer(answer, id, labels = {}, scroll = true) {
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
  const offerForm = answer.intent === "greeting" || (answer.intent === "eligibility" && answer.verdict === "incomplete");
  if (offerForm) msg.append(button(t("web.form.open"), () => void openForm(), "form-open"));
  if (answer.citations?.length) msg.append(...renderCitations(answer.citations, labels.sources ?? ""));
  if (answer.followUps?.length) {
    const box = el("div", "followups");
    box.setAttribute("aria-label", t("answer.followUps"));
    for (const q of answer.followUps) box.append(button(q, () => ask(q)));
    msg.append(box);
  }
  if (id) msg.append(renderFeedback(id));
  log.append(msg);
  announce.textContent = answer.parts.join(" ");
  if (scroll) msg.scrollIntoView({ block: "start" });
  return msg;
}

let busy = false;

/**
 * Shows what the user did, waits for the answer, and draws it.
 * @param {string} shown @param {() => Promise<any>} fetchAnswer
 */
async function converse(shown, fetchAnswer) {
  if (busy) return;
  busy = true;
  log.append(el("div", "msg user", shown));
  const typing = el("p", "typing", t("web.typing"));
  log.append(typing);
  scrollDown();
  try {
    const { id, answer, labels } = await fetchAnswer();
    typing.remove();
    renderAnswer(answer, id, labels);
  } catch (error) {
    typing.remove();
    const slow = error instanceof SlowDown && error.message;
    log.append(el("p", "msg bot error", slow || t("web.fetchFailed")));
    scrollDown();
  } finally {
    busy = false;
    if (!touch) input.focus({ preventScroll: true });
  }
}

/** @param {string} text */
function ask(text) {
  if (!text.trim()) return;
  return converse(text, () => api("/api/chat/ask", { text, zone, locale }));
}

/** Picks of a long many-choice list shown at first; "Add another" shows one more, up to MAX_PICKS. */
const MAX_PICKS = 4;

/**
 * One input of the eligibility form, drawn from the field's spec whatever it asks, filled in with what the
 * conversation already knows (`known`).
 * @param {any} field @param {any} [known]
 */
function renderField(field, known) {
  const box = el("div", "field");
  const id = `f-${field.id}`;
  /** @param {any[]} options @param {HTMLSelectElement} select */
  const fill = (options, select) => {
    /** @type {Map<string, HTMLElement>} */
    const groups = new Map();
    for (const o of options) {
      const option = /** @type {HTMLOptionElement} */ (el("option", "", o.label));
      option.value = o.value;
      if (!o.group) select.append(option);
      else {
        let group = groups.get(o.group);
        if (!group) {
          group = el("optgroup");
          group.setAttribute("label", o.group);
          groups.set(o.group, group);
          select.append(group);
        }
        group.append(option);
      }
    }
  };
  /** @param {string} placeholder */
  const emptyOption = (placeholder) => {
    const option = /** @type {HTMLOptionElement} */ (el("option", "", placeholder));
    option.value = "";
    return option;
  };
  if (field.kind === "choice" && !field.multiple && field.options.length <= 5) {
    const set = el("fieldset");
    set.append(el("legend", "", field.label));
    for (const o of field.options) {
      const label = el("label", "radio");
      const radio = /** @type {HTMLInputElement} */ (el("input"));
      radio.type = "radio";
      radio.name = id;
      radio.value = o.value;
      radio.checked = known === o.value;
      label.append(radio, document.createTextNode(` ${o.label}`));
      set.append(label);
    }
    box.append(set);
  } else if (field.kind === "choice" && field.multiple && field.options.length > 8) {
    // A long list where most people pick one (a nationality): one plain drop-down, and "Add another" for a
    // second or third, instead of a multi-select a phone draws as a list of 77 to tick.
    const label = el("label", "", field.label);
    label.setAttribute("for", id);
    const picks = el("div", "picks");
    const given = Array.isArray(known) ? known.map(String) : [];
    /** @param {number} n @param {string} [value] */
    const pick = (n, value) => {
      const select = /** @type {HTMLSelectElement} */ (el("select"));
      select.id = n === 1 ? id : `${id}-${n}`;
      select.dataset.field = field.id;
      if (n > 1) select.setAttribute("aria-label", `${field.label} (${n})`);
      select.append(emptyOption(t("form.choose")));
      fill(field.options, select);
      if (value) select.value = value;
      picks.append(select);
      return select;
    };
    given.slice(0, MAX_PICKS).forEach((v, i) => pick(i + 1, v));
    if (!given.length) pick(1);
    const more = button(`+ ${t("form.addAnother")}`, () => {
      const n = picks.querySelectorAll("select").length + 1;
      pick(n).focus();
      if (n >= MAX_PICKS) more.remove();
    }, "secondary small add");
    box.append(label, picks, more);
  } else if (field.kind === "choice") {
    const label = el("label", "", field.label);
    label.setAttribute("for", id);
    const select = /** @type {HTMLSelectElement} */ (el("select"));
    select.id = id;
    if (field.multiple) {
      select.multiple = true;
      select.size = Math.min(5, field.options.length);
    } else select.append(emptyOption(t("form.choose")));
    fill(field.options, select);
    const given = (Array.isArray(known) ? known : known === undefined ? [] : [known]).map(String);
    for (const option of select.options) if (given.includes(option.value)) option.selected = true;
    box.append(label, select);
  } else if (field.kind === "number") {
    const label = el("label", "", field.label);
    label.setAttribute("for", id);
    const number = /** @type {HTMLInputElement} */ (el("input"));
    Object.assign(number, { id, type: "number", min: String(field.min), max: String(field.max), step: "1" });
    number.inputMode = "numeric";
    if (typeof known === "number") number.value = String(known);
    box.append(label, number);
  } else if (field.kind === "languages") {
    const set = el("fieldset", "languages");
    set.append(el("legend", "", field.label));
    for (let row = 1; row <= field.rows; row++) {
      const line = el("div", "language-row");
      const language = /** @type {HTMLSelectElement} */ (el("select"));
      language.id = `${id}-${row}-language`;
      language.setAttribute("aria-label", t("form.language", { row }));
      language.append(emptyOption(t("form.language", { row })));
      fill(field.languages, language);
      const level = /** @type {HTMLSelectElement} */ (el("select"));
      level.id = `${id}-${row}-level`;
      level.setAttribute("aria-label", `${t("form.level")} (${t("form.language", { row })})`);
      level.append(emptyOption(t("form.level")));
      fill(field.levels, level);
      const row_ = Array.isArray(known) ? known[row - 1] : undefined;
      if (row_ && typeof row_ === "object") {
        language.value = row_.language;
        level.value = row_.level;
      }
      line.append(language, level);
      set.append(line);
    }
    box.append(set);
  }
  if (field.hint) box.append(el("p", "hint", field.hint));
  return box;
}

/** What the form holds, field id → value, as the bot's checkEligibility takes it. @param {any} spec @param {HTMLElement} root */
function formValues(spec, root) {
  /** @type {Record<string, unknown>} */
  const values = {};
  for (const field of spec.fields) {
    const id = `f-${field.id}`;
    if (field.kind === "choice") {
      const radio = /** @type {HTMLInputElement | null} */ (root.querySelector(`input[name="${id}"]:checked`));
      const selects = /** @type {HTMLSelectElement[]} */ ([...root.querySelectorAll(`select[data-field="${CSS.escape(field.id)}"]`)]);
      const select = /** @type {HTMLSelectElement | null} */ (root.querySelector(`#${CSS.escape(id)}`));
      if (!selects.length && select) selects.push(select);
      const picked = radio ? [radio.value] : [...new Set(selects.flatMap((s) => [...s.selectedOptions].map((o) => o.value)).filter(Boolean))];
      if (picked.length) values[field.id] = field.multiple ? picked : picked[0];
    } else if (field.kind === "number") {
      const number = /** @type {HTMLInputElement} */ (root.querySelector(`#${CSS.escape(id)}`));
      if (number.value !== "") values[field.id] = Number(number.value);
    } else if (field.kind === "languages") {
      const rows = [];
      for (let row = 1; row <= field.rows; row++) {
        const language = /** @type {HTMLSelectElement} */ (root.querySelector(`#${CSS.escape(`${id}-${row}-language`)}`)).value;
        const level = /** @type {HTMLSelectElement} */ (root.querySelector(`#${CSS.escape(`${id}-${row}-level`)}`)).value;
        if (language && level) rows.push({ language, level });
      }
      if (rows.length) values[field.id] = rows;
    }
  }
  return values;
}

/** The eligibility form as a message in the conversation, drawn from the notice's form spec. */
async function openForm() {
  const path = `/api/chat/form?locale=${encodeURIComponent(locale)}`;
  let spec;
  try {
    // A dropped connection or a busy server is tried once more before the visitor is told.
    spec = await api(path).catch((error) => (error instanceof SlowDown ? Promise.reject(error) : new Promise((r) => setTimeout(r, 500)).then(() => api(path))));
  } catch (error) {
    log.append(el("p", "msg bot error", (error instanceof SlowDown && error.message) || t("web.fetchFailed")));
    return;
  }
  const msg = el("article", "msg bot form");
  const formEl = /** @type {HTMLFormElement} */ (el("form", "eligibility"));
  formEl.setAttribute("aria-label", spec.title);
  const known = spec.values ?? {};
  formEl.append(el("h2", "", spec.title), el("p", "hint", spec.intro), ...spec.fields.map((/** @type {any} */ f) => renderField(f, known[f.id])));
  const submit = /** @type {HTMLButtonElement} */ (el("button", "", spec.submit));
  submit.type = "submit";
  formEl.append(submit);
  formEl.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = formValues(spec, formEl);
    submit.disabled = true;
    void converse(spec.title, () => api("/api/chat/eligibility", { values, zone, locale })).finally(() => (submit.disabled = false));
  });
  msg.append(formEl);
  log.append(msg);
  msg.scrollIntoView({ block: "start" });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value;
  input.value = "";
  // On a phone the keyboard goes away once the question is sent, so the answer has the screen.
  if (touch) input.blur();
  void ask(text);
});

document.getElementById("restart")?.addEventListener("click", async () => {
  await api("/api/chat/reset", {}).catch(() => undefined);
  log.replaceChildren();
  void start();
});

// The title and the line of who runs this are cut to fit a phone; a tap on the title shows them whole.
const titleButton = /** @type {HTMLElement} */ (document.getElementById("title"));
titleButton.addEventListener("click", () => {
  const open = !top.classList.contains("open");
  top.classList.toggle("open", open);
  titleButton.setAttribute("aria-expanded", String(open));
});

// A phone keeps more of the conversation in view once it scrolls: the header folds to its first lines.
log.addEventListener("scroll", () => top.classList.toggle("compact", log.scrollTop > 24), { passive: true });

/** "3 days 4 h 05 min 09 s" @param {number} ms */
function span(ms) {
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${d ? `${d === 1 ? t("web.day") : t("web.days", { n: d })} ` : ""}${h} h ${pad(m)} min ${pad(s % 60)} s`;
}

/** @type {ReturnType<typeof setInterval> | undefined} */
let timer;

/**
 * A live countdown from the server's clock; the deadline itself as the server words it in answers, in the
 * browser's zone and named by its city.
 * @param {any} notice
 */
function startCountdown(notice) {
  if (!notice.deadline || !notice.countdown) return;
  const at = Date.parse(notice.deadline.utc);
  const skew = Date.parse(notice.now) - Date.now();
  const tick = () => {
    const left = at - (Date.now() + skew);
    const closed = left <= 0;
    countdown.classList.toggle("closed", closed);
    countdown.replaceChildren(
      el("span", "left", closed ? t("web.closed") : t("web.closesIn", { span: span(left) })),
      el("span", "when", t(closed ? "web.closedOn" : "web.deadline", { when: notice.countdown.when })),
    );
    // Where to apply is no use once applications are closed.
    if (closed) for (const node of trust.querySelectorAll("[data-application]")) {
      const before = node.previousSibling;
      if (before?.nodeType === Node.TEXT_NODE) before.remove();
      node.remove();
    }
    if (closed && timer) clearInterval(timer);
  };
  if (timer) clearInterval(timer);
  tick();
  timer = setInterval(tick, 1000);
}

/** Who runs this and what is kept: the selection reference, the notice's own contacts, the privacy page. @param {any} notice */
function renderTrust(notice) {
  /** @type {Node[]} */
  const items = [];
  if (notice.reference) items.push(document.createTextNode(t("web.reference", { reference: notice.reference })));
  const privacy = /** @type {HTMLAnchorElement} */ (el("a", "", t("web.privacyLink")));
  privacy.href = "/privacy";
  items.push(privacy);
  for (const c of notice.contacts ?? []) {
    const link = /** @type {HTMLAnchorElement} */ (el("a", "", c.value));
    link.href = /^https?:\/\//i.test(c.value) ? c.value : `mailto:${c.value}`;
    link.rel = "noopener";
    const item = el("span");
    if (c.application) item.dataset.application = "true";
    item.append(`${c.label}: `, link);
    items.push(item);
  }
  trust.replaceChildren(...items.flatMap((item, i) => (i ? [document.createTextNode(" · "), item] : [item])));
}

/** The privacy line at the head of the conversation: what HR keeps, for how long, and where to read more. */
function privacyNote() {
  const note = el("p", "note privacy", `${t("web.privacy")} `);
  const link = /** @type {HTMLAnchorElement} */ (el("a", "", t("web.privacyLink")));
  link.href = "/privacy";
  note.append(link);
  return note;
}

/** The page's own labels, in the browser's language as far as the bot has one. */
function applyLabels() {
  document.documentElement.lang = L["_language"] ?? "en";
  document.getElementById("question-label")?.replaceChildren(t("web.question"));
  input.placeholder = t("web.placeholder");
  log.setAttribute("aria-label", t("web.conversation"));
  const send = document.getElementById("send");
  if (send) send.textContent = t("web.send");
  const restart = document.getElementById("restart");
  if (restart) {
    restart.textContent = t("web.new");
    restart.title = t("web.newTitle");
  }
}

async function start() {
  try {
    if (!L["web.send"]) {
      const ui = await api(`/api/chat/ui?locale=${encodeURIComponent(locale)}`);
      L = { ...ui.labels, _language: ui.language };
      applyLabels();
    }
    const notice = await api(`/api/chat/notice?zone=${encodeURIComponent(zone)}&locale=${encodeURIComponent(locale)}`);
    if (notice.title) {
      document.getElementById("title")?.replaceChildren(notice.title);
      document.title = notice.title;
    }
    renderTrust(notice);
    startCountdown(notice);
    log.append(privacyNote());
    // The welcome is read from its top, the privacy line above it in view, however long it is.
    renderAnswer(notice.welcome, undefined, notice.labels, false);
    log.scrollTop = 0;
  } catch {
    log.append(el("p", "msg bot error", L["web.unreachable"] ?? "Sorry, the assistant is not reachable right now."));
  }
  if (!touch) input.focus({ preventScroll: true });
}

void start();
