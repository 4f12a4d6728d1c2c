// The Arsenal page: check an article through POST /v1/check and show its claims in place;
// compare systems through GET /v1/compare. No build step, no dependencies, no CDN: this
// file is embedded in the arsenal binary and served as it is.
"use strict";

const VERDICTS = ["conflict", "disputed", "unclear", "unverifiable", "consistent"];
const RANK = { conflict: 0, disputed: 1, unclear: 2, unverifiable: 3, consistent: 4 };
const $ = (id) => document.getElementById(id);

/** Creates an element with attributes and children (strings become text nodes). */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Reads an error answer's message, or the status line. */
async function errorMessage(response) {
  try {
    const body = await response.json();
    if (body && body.error && body.error.message) return body.error.message;
  } catch (_) { /* not JSON */ }
  return `${response.status} ${response.statusText}`;
}

// ---------------------------------------------------------------------------------------
// Views

function showView(name) {
  const check = name === "check";
  $("check-view").hidden = !check;
  $("compare-view").hidden = check;
  $("tab-check").setAttribute("aria-pressed", String(check));
  $("tab-compare").setAttribute("aria-pressed", String(!check));
  if (!check) loadSystems();
}

// ---------------------------------------------------------------------------------------
// Checking

let lastFindings = [];

async function checkArticle(event) {
  event.preventDefault();
  const text = $("article").value;
  if (!text.trim()) {
    $("status").textContent = "Paste an article first.";
    return;
  }
  $("status").textContent = "Checking…";
  $("check-button").disabled = true;
  try {
    const response = await fetch("/v1/check?explain=true", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, format: $("format").value }),
    });
    if (!response.ok) {
      $("status").textContent = "Error: " + await errorMessage(response);
      $("status").className = "error";
      return;
    }
    const report = await response.json();
    $("status").className = "";
    $("status").textContent = `${report.summary.findings} claims found.`;
    showReport(text, report);
  } catch (error) {
    $("status").className = "error";
    $("status").textContent = "Error: the server could not be reached (" + error.message + ").";
  } finally {
    $("check-button").disabled = false;
  }
}

/** Offsets (in code points) where each line starts. */
function lineStarts(points) {
  const starts = [0];
  for (let i = 0; i < points.length; i++) if (points[i] === "\n") starts.push(i + 1);
  return starts;
}

function showReport(text, report) {
  lastFindings = report.findings;
  for (const verdict of VERDICTS) $("count-" + verdict).textContent = String(report.summary[verdict] || 0);
  // Columns count Unicode scalars, so work on code points, not UTF-16 units.
  const points = Array.from(text);
  const starts = lineStarts(points);
  const at = (line, column) => Math.min(points.length, (starts[line - 1] ?? points.length) + column - 1);
  const spans = report.findings.map((finding, index) => ({
    index, start: at(finding.line, finding.column), end: at(finding.end_line, finding.end_column),
  })).filter((span) => span.end > span.start);
  // Claims may overlap ("5,000 Russian-made Igla-S" holds "Russian-made Igla-S"): cut the
  // text at every boundary; each piece is marked with every claim that covers it.
  const cuts = new Set([0, points.length]);
  for (const span of spans) { cuts.add(span.start); cuts.add(span.end); }
  const boundaries = [...cuts].sort((a, b) => a - b);
  const rendered = $("rendered");
  rendered.replaceChildren();
  let markCount = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const from = boundaries[i], to = boundaries[i + 1];
    const piece = points.slice(from, to).join("");
    const covering = spans.filter((span) => span.start <= from && span.end >= to).map((span) => span.index);
    if (covering.length === 0) {
      rendered.append(piece);
      continue;
    }
    const verdict = covering.map((index) => report.findings[index].verdict).sort((a, b) => RANK[a] - RANK[b])[0];
    const names = covering.map((index) => `${report.findings[index].verdict}: ${report.findings[index].message}`).join("; ");
    const mark = el("mark", {
      class: "claim " + verdict, tabindex: "0", role: "button", "data-verdict": verdict,
      "data-findings": covering.join(","), "aria-label": `${piece} — ${names}`,
    }, piece);
    markCount++;
    rendered.append(mark);
  }
  $("results").hidden = false;
  $("details").replaceChildren(el("p", { class: "hint" },
    markCount ? "Select a highlighted claim (click, or Tab to it and press Enter) to see what was understood, the recorded values and their sources."
      : "No claims about weapon systems were found in this article."));
}

function selectMark(mark) {
  for (const other of document.querySelectorAll("mark.claim.selected")) other.classList.remove("selected");
  mark.classList.add("selected");
  const indexes = mark.dataset.findings.split(",").map(Number);
  const details = $("details");
  details.replaceChildren(...indexes.map((index) => findingDetails(lastFindings[index])));
  if (window.matchMedia("(max-width: 48rem)").matches) details.scrollIntoView({ behavior: "smooth", block: "start" });
  details.focus({ preventScroll: true });
}

/** "max_range of igla-s: up to 6000 m (judged 5500–6500 m)". */
function claimText(finding) {
  const claim = finding.claim || {};
  const parts = [];
  if (claim.value !== undefined) {
    const bound = claim.bound && claim.bound !== "exact" ? claim.bound.replace("_", " ") + " " : "";
    parts.push(`${bound}${claim.value} ${claim.unit || ""}`.trim());
    if (claim.low !== undefined || claim.high !== undefined) {
      parts.push(`judged as ${claim.low ?? "−∞"} to ${claim.high ?? "∞"} ${claim.unit || ""}`.trim());
    }
  }
  if (claim.tokens) parts.push(claim.tokens.join(", "));
  if (claim.boolean !== undefined) parts.push(claim.boolean ? "yes" : "no");
  if (claim.country) parts.push(claim.country);
  if (claim.classes) parts.push(claim.classes.join(", "));
  if (claim.relation) parts.push(`${claim.relation.replace("_", " ")} ${claim.other}${claim.attribute ? " (" + claim.attribute + ")" : ""}`);
  return parts.join("; ");
}

function findingDetails(finding) {
  const sources = el("ol", { class: "sources" }, (finding.evidence || []).map((item) => {
    const agreement = item.agrees === true ? el("span", { class: "agrees" }, "agrees")
      : item.agrees === false ? el("span", { class: "differs" }, "differs") : null;
    const source = item.source
      ? [" — ", el("a", { href: item.source.url, target: "_blank", rel: "noopener noreferrer" }, item.source.title),
         ` (${item.source.publisher}, read ${item.source.retrieved})`]
      : [];
    return el("li", { class: "source" },
      el("b", {}, `${item.system} ${item.attribute.replace("_", " ")}: ${item.value}`), " ",
      agreement, item.status && item.status !== "accepted" ? ` [${item.status}]` : "", source,
      el("div", { class: "hint" }, `${item.file}:${item.line}`));
  }));
  const trace = finding.explanation && finding.explanation.length
    ? el("details", { class: "trace" }, el("summary", {}, "How this was reached (--explain)"),
        el("pre", {}, finding.explanation.join("\n")))
    : null;
  return el("section", { class: "finding", "data-verdict": finding.verdict },
    el("span", { class: "verdict " + finding.verdict }, finding.verdict), " ",
    el("span", { class: "rule" }, `${finding.rule} ${finding.rule_name || ""}`),
    el("p", { class: "message" }, finding.message),
    el("dl", {},
      el("dt", {}, "Quote"), el("dd", {}, `“${finding.quote}”`),
      el("dt", {}, "System"), el("dd", {}, finding.system || "(not in the database)"),
      el("dt", {}, "Attribute"), el("dd", {}, finding.attribute),
      el("dt", {}, "Understood as"), el("dd", {}, claimText(finding) || "—"),
      el("dt", {}, "Where"), el("dd", {}, `line ${finding.line}, column ${finding.column}`)),
    (finding.notes || []).map((note) => el("p", { class: "hint" }, note)),
    el("h3", {}, "Recorded values and sources"), sources, trace);
}

// ---------------------------------------------------------------------------------------
// Files: a file input and drag-and-drop onto the text area

function formatFor(name) {
  const lower = name.toLowerCase();
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) return "markdown";
  return "text";
}

async function loadFile(file) {
  if (!file) return;
  $("article").value = await file.text();
  $("format").value = formatFor(file.name);
  $("status").textContent = `Loaded ${file.name}.`;
}

// ---------------------------------------------------------------------------------------
// Comparing

let systemsLoaded = false;

async function loadSystems() {
  if (systemsLoaded) return;
  try {
    const response = await fetch("/v1/systems");
    if (!response.ok) throw new Error(await errorMessage(response));
    const listing = await response.json();
    const list = $("system-list");
    list.replaceChildren(...listing.systems.map((system) => {
      const id = "system-" + system.id;
      return el("div", {},
        el("input", { type: "checkbox", id, name: "system", value: system.id,
          checked: system.id === "igla-s" || system.id === "stinger" }),
        " ", el("label", { for: id }, system.name));
    }));
    systemsLoaded = true;
  } catch (error) {
    $("compare-status").textContent = "Error: " + error.message;
  }
}

async function compareSystems(event) {
  event.preventDefault();
  const ids = [...document.querySelectorAll("#system-list input:checked")].map((box) => box.value);
  if (ids.length < 2) {
    $("compare-status").textContent = "Choose two or more systems.";
    return;
  }
  $("compare-status").textContent = "Comparing…";
  const query = "ids=" + encodeURIComponent(ids.join(","));
  const response = await fetch("/v1/compare?" + query, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    $("compare-status").textContent = "Error: " + await errorMessage(response);
    return;
  }
  const comparison = await response.json();
  $("compare-status").textContent = `${comparison.systems.length} systems compared.`;
  $("envelope").src = "/v1/compare?format=svg&" + query;
  const header = el("tr", {}, el("th", { scope: "col" }, "Attribute"),
    comparison.systems.map((system) => el("th", { scope: "col" }, system.name)), el("th", { scope: "col" }, "Leads"));
  const rows = comparison.rows.map((row) => el("tr", {},
    el("th", { scope: "row" }, row.attribute.replaceAll("_", " ")),
    row.cells.map((cell) => el("td", {}, cell ? cell.display : "—",
      cell && cell.footnotes && cell.footnotes.length ? el("sup", {}, " " + cell.footnotes.join(",")) : null)),
    el("td", {}, row.leader ? row.leader + (row.leader_contested ? " (ranges overlap)" : "") : "")));
  $("compare-table").replaceChildren(el("thead", {}, header), el("tbody", {}, rows));
  $("compare-sources").replaceChildren(...comparison.sources.map((source) => el("li", { value: source.number },
    el("a", { href: source.url, target: "_blank", rel: "noopener noreferrer" }, source.title), ` (${source.publisher})`)));
  $("comparison").hidden = false;
}

// ---------------------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  $("tab-check").addEventListener("click", () => showView("check"));
  $("tab-compare").addEventListener("click", () => showView("compare"));
  $("check-form").addEventListener("submit", checkArticle);
  $("compare-form").addEventListener("submit", compareSystems);
  $("file").addEventListener("change", (event) => loadFile(event.target.files[0]));
  const area = $("article");
  area.addEventListener("dragover", (event) => { event.preventDefault(); area.classList.add("dragging"); });
  area.addEventListener("dragleave", () => area.classList.remove("dragging"));
  area.addEventListener("drop", (event) => {
    event.preventDefault();
    area.classList.remove("dragging");
    loadFile(event.dataTransfer.files[0]);
  });
  // Ctrl/Cmd+Enter in the text area checks.
  area.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) $("check-form").requestSubmit();
  });
  const rendered = $("rendered");
  rendered.addEventListener("click", (event) => {
    const mark = event.target.closest("mark.claim");
    if (mark) selectMark(mark);
  });
  rendered.addEventListener("keydown", (event) => {
    const mark = event.target.closest("mark.claim");
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      selectMark(mark);
    }
  });
});
