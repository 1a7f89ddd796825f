// migkb web page: sends the dropped files and answers to POST /api/v1/diagnoses and shows the
// ranked diagnoses. Plain JavaScript, no build step; every value shown is inserted as text.
"use strict";

const form = document.getElementById("case-form");
const input = document.getElementById("files");
const zone = document.getElementById("drop-zone");
const list = document.getElementById("file-list");
const results = document.getElementById("results");
let chosen = [];

// Every value is added as a text node (never as markup), and characters that would act instead of
// show - line breaks, controls, bidirectional overrides, a surrogate without its pair - are written
// as visible escapes such as \u202e, as in the text, Markdown and HTML reports (report/VisibleText.java).
const ACTING = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED = { "\r": "\\r", "\n": "\\n", "\t": "\\t" };

function visible(text) {
  return text.replace(ACTING, c => NAMED[c] ?? (c.charCodeAt(0) <= 0xff
    ? "\\x" + c.charCodeAt(0).toString(16).padStart(2, "0")
    : "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")));
}

function showChosen() {
  list.replaceChildren(...chosen.map(f => el("li", {}, `${f.name} (${f.size} bytes)`)));
}

// The answer controls come from the questions the loaded articles declare (GET /api/v1/questions),
// built-in and rule folders alike. Only the kinds' own values are known here: they are types.
const KIND_VALUES = {
  exchangeVersion: ["4.0", "5.0", "5.5", "2000", "2003"],
  servicePack: ["SP0", "SP1", "SP2", "SP3", "SP4"],
};
const KIND_HINTS = { language: "e.g. en, es-MX, Spanish", text: "" };

async function loadQuestions() {
  const answers = document.getElementById("answers");
  try {
    const response = await fetch("/api/v1/questions");
    const questions = await response.json();
    answers.replaceChildren(...questions.map(question));
  } catch (error) {
    answers.replaceChildren(el("p", { class: "error", role: "alert" }, `The questions could not be loaded: ${error}`));
  }
}

function question(q) {
  const choices = q.kind === "choice" ? q.values : KIND_VALUES[q.kind];
  const control = choices
    ? el("select", { name: q.key }, el("option", { value: "" }, "not known"), ...choices.map(v => el("option", {}, v)))
    : el("input", { name: q.key, size: "12", placeholder: KIND_HINTS[q.kind] || "" });
  return el("label", { title: q.key }, q.ask, control);
}

loadQuestions();

input.addEventListener("change", () => { chosen = Array.from(input.files); showChosen(); });
zone.addEventListener("dragover", e => { e.preventDefault(); zone.classList.add("over"); });
zone.addEventListener("dragleave", () => zone.classList.remove("over"));
zone.addEventListener("drop", e => {
  e.preventDefault();
  zone.classList.remove("over");
  chosen = Array.from(e.dataTransfer.files);
  showChosen();
});
zone.addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.click(); } });

form.addEventListener("submit", async e => {
  e.preventDefault();
  if (chosen.length === 0) {
    results.replaceChildren(el("p", { class: "error", role: "alert" }, "Choose or drop the case's files first."));
    return;
  }
  const body = new FormData();
  chosen.forEach(f => body.append("files", f, f.name));
  for (const field of form.querySelectorAll(".answers select, .answers input")) {
    if (field.value.trim() !== "") body.append("answer", `${field.name}=${field.value.trim()}`);
  }
  const button = document.getElementById("diagnose");
  button.disabled = true;
  results.setAttribute("aria-busy", "true");
  results.replaceChildren(el("p", {}, "Diagnosing…"));
  try {
    const response = await fetch("/api/v1/diagnoses", { method: "POST", body });
    const text = await response.text();
    const json = JSON.parse(text);
    if (!response.ok && !json.diagnoses) {
      results.replaceChildren(el("p", { class: "error", role: "alert" }, `Error ${json.status}: ${json.error}`));
    } else {
      render(json, text);
    }
  } catch (error) {
    results.replaceChildren(el("p", { class: "error", role: "alert" }, `The service could not be reached: ${error}`));
  } finally {
    button.disabled = false;
    results.setAttribute("aria-busy", "false");
  }
});

function render(report, text) {
  const parts = [];
  const download = el("a", { href: URL.createObjectURL(new Blob([text], { type: "application/json" })), download: "migkb-report.json" },
    "Download the report (JSON)");
  parts.push(el("h2", { id: "results-heading" }, `${report.diagnoses.length} diagnoses`), el("p", {}, download));
  if (report.diagnoses.length === 0) {
    parts.push(el("p", { id: "no-diagnosis" }, "No diagnosis: no rule found the symptom of a known article, or users at risk."));
  }
  report.diagnoses.forEach(d => parts.push(diagnosis(d)));
  if (report.collectNext.length > 0) {
    parts.push(el("h2", {}, "Collect next"),
      el("ol", {}, ...report.collectNext.map(c => el("li", {}, `${c.text} (${c.kind}: ${c.keys.join(", ")}, score ${c.score})`))));
  }
  const warnings = report.inputs.flatMap(i => i.warnings);
  parts.push(el("h2", {}, "Files read"), table(["file", "format", "records", "warnings"],
    report.inputs.map(i => [i.path, i.format, String(i.records), String(i.warnings.length)])));
  if (warnings.length > 0) {
    parts.push(el("ul", {}, ...warnings.map(w => el("li", {}, `${w.at}: ${w.message}`))));
  }
  results.replaceChildren(...parts);
  document.getElementById("results-heading").focus?.();
}

function diagnosis(d) {
  const status = d.status === "harmless" ? "Harmless: no action needed"
    : d.status === "at-risk" ? "At risk: these users will fail" : "Failed";
  const way = e => e.explainedBy ? "explained" : e.supports ? "for" : "against";
  const finding = e => e.explainedBy ? `${e.text} (explained by ${e.explainedBy}: does not count)` : e.text;
  const explains = (d.explains || []).map(x => el("li", {}, `${x.source}: ${x.text}`
    + (x.candidates.length ? `; no longer counted for ${x.candidates.join(", ")}` : "")));
  return el("section", { class: "diagnosis", "data-rank": String(d.rank) },
    el("h3", { class: "diagnosis-title" }, `${d.rank}. ${d.article} ${d.cause}`),
    el("p", {}, el("span", { class: `status ${d.status}` }, status), ` confidence ${d.confidence.toFixed(2)}`),
    el("p", {}, el("strong", {}, d.title)),
    el("p", { class: "affected" }, d.affected.length ? `Affected users (${d.affected.length}): ${d.affected.join(", ")}` : "Affected users: none identified"),
    table(["way", "strength", "source", "finding"], d.evidence.map(e => [way(e), e.strength, e.source, finding(e)])),
    ...(explains.length ? [el("h4", {}, "Explains"), el("ul", { class: "explains" }, ...explains)] : []),
    el("h4", {}, "Steps"), el("ol", {}, ...d.steps.map(s => el("li", {}, s))));
}

function table(headings, rows) {
  return el("table", {},
    el("thead", {}, el("tr", {}, ...headings.map(h => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...rows.map(r => el("tr", {}, ...r.map(c => el("td", {}, c))))));
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(visible(String(child))));
  return node;
}
