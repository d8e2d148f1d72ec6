// The Applicants pages' behaviour. Everything from the server is put in the page with textContent,
// never innerHTML, so names like "Ravi<script>" stay text. The list's state (tab, search, page) lives
// in the URL fragment: the browser never sends it, so no search term reaches a server log.
"use strict";

const PAGE_SIZE = 50;

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  return node;
}

function when(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

async function postJson(url, body) {
  const response = await fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  let data = null;
  try { data = await response.json(); } catch (_) { /* an empty or non-JSON error body */ }
  return { ok: response.ok, status: response.status, data };
}

function errorText(result) {
  const detail = result.data && result.data.detail;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) return detail.map((d) => d.msg || JSON.stringify(d)).join("; ");
  return detail ? JSON.stringify(detail) : "no details";
}

// ---- list page -------------------------------------------------------------------------------

function readState() {
  const params = new URLSearchParams(location.hash.slice(1));
  return {
    tab: params.get("tab") || "all",
    q: params.get("q") || "",
    page: Math.max(0, parseInt(params.get("page") || "0", 10) || 0),
  };
}

function writeState(state) {
  const params = new URLSearchParams();
  if (state.tab !== "all") params.set("tab", state.tab);
  if (state.q) params.set("q", state.q);
  if (state.page) params.set("page", String(state.page));
  history.replaceState(null, "", "#" + params.toString());
}

function applicantRow(root, labels, row) {
  const tr = el("tr");
  tr.append(el("td", row.id));
  const name = el("td");
  name.append(el("a", row.full_name, { href: `${root}/applicants/${encodeURIComponent(row.id)}`, class: "name" }));
  tr.append(name, el("td", row.email));
  const status = el("td");
  status.append(el("span", labels[row.status] || row.status, { class: `status status-${row.status}` }));
  tr.append(status, el("td", row.cv_status || ""), el("td", (row.specialties || []).join(", ")));
  tr.append(el("td", row.country || ""), el("td", when(row.consult_at)), el("td", when(row.submitted_at)));
  return tr;
}

function rejectedRow(row) {
  const tr = el("tr");
  tr.append(el("td", row.kind), el("td", `${row.source} row ${row.row_number}`), el("td", row.reason, { class: "error" }));
  const raw = el("td");
  const details = el("details");
  const cells = Object.entries(row.raw || {}).filter(([, v]) => v !== null && v !== "");
  details.append(el("summary", cells.slice(0, 2).map(([k, v]) => `${k}: ${v}`).join(" · ") || "(empty row)"));
  const dl = el("dl", null, { class: "cells" });
  for (const [k, v] of cells) dl.append(el("dt", k), el("dd", v));
  details.append(dl);
  raw.append(details);
  tr.append(raw, el("td", when(row.created_at)));
  return tr;
}

function header(names) {
  const tr = el("tr");
  for (const name of names) tr.append(el("th", name));
  return tr;
}

function initList(section) {
  const root = document.body.dataset.root;
  const input = document.getElementById("q");
  const summary = document.getElementById("summary");
  const thead = section.querySelector("#results thead");
  const tbody = section.querySelector("#results tbody");
  const prev = document.getElementById("prev");
  const next = document.getElementById("next");
  // The tabs carry the status labels, so they are defined once, in Python.
  const labels = Object.fromEntries([...section.querySelectorAll("[data-label]")].map((t) => [t.dataset.tab, t.dataset.label]));
  let state = readState();
  let seq = 0;
  input.value = state.q;

  async function load() {
    const mine = ++seq;
    writeState(state);
    for (const tab of section.querySelectorAll("[data-tab]")) {
      tab.setAttribute("aria-selected", String(tab.dataset.tab === state.tab));
    }
    const rejected = state.tab === "rejected";
    const body = { q: state.q, offset: state.page * PAGE_SIZE, limit: PAGE_SIZE };
    if (!rejected && state.tab !== "all") body.status = state.tab;
    summary.textContent = "Loading…";
    const result = await postJson(`${root}/api/${rejected ? "rejected" : "applicants"}`, body);
    if (mine !== seq) return; // a newer search finished first
    if (!result.ok) {
      summary.textContent = `Could not load (${result.status}): ${errorText(result)}`;
      tbody.replaceChildren();
      return;
    }
    const page = result.data;
    thead.replaceChildren(header(rejected
      ? ["Kind", "Where", "Reason", "Row", "Quarantined"]
      : ["Id", "Name", "Email", "Status", "CV", "Specialties", "Country", "Consultation", "Submitted"]));
    tbody.replaceChildren(...page.rows.map((row) => (rejected ? rejectedRow(row) : applicantRow(root, labels, row))));
    const first = page.total ? page.offset + 1 : 0;
    summary.textContent = `${first}–${page.offset + page.rows.length} of ${page.total}`
      + (state.q ? ` matching “${state.q}”` : "");
    prev.disabled = page.offset === 0;
    next.disabled = page.offset + page.rows.length >= page.total;
  }

  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state = { ...state, q: input.value.trim(), page: 0 }; load(); }, 250);
  });
  document.getElementById("search").addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input.value.trim(), page: 0 };
    load();
  });
  for (const tab of section.querySelectorAll("[data-tab]")) {
    tab.addEventListener("click", (event) => {
      event.preventDefault();
      state = { ...state, tab: tab.dataset.tab, page: 0 };
      load();
    });
  }
  prev.addEventListener("click", () => { state = { ...state, page: Math.max(0, state.page - 1) }; load(); });
  next.addEventListener("click", () => { state = { ...state, page: state.page + 1 }; load(); });
  load();
}

// ---- detail page: Rerun ----------------------------------------------------------------------

function initRerun(form, applicantId) {
  const airflow = document.body.dataset.airflowRoot;
  const dag = form.dataset.dag;
  const out = document.getElementById("rerun-result");
  const button = document.getElementById("rerun-button");

  let forceConfirmed = false;
  form.elements.force.addEventListener("change", () => { forceConfirmed = false; });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const steps = [...form.querySelectorAll("input[name=steps]:checked")].map((box) => box.value);
    if (!steps.length) {
      out.textContent = "Tick at least one step.";
      return;
    }
    // Force re-parses, re-books and re-sends what is already done: ask once more before it runs.
    if (form.elements.force.checked && !form.elements.dry_run.checked && !forceConfirmed) {
      forceConfirmed = true;
      out.className = "warn";
      out.textContent = `Force repeats ${steps.join(", ")} even where already done (emails can go out again). `
        + "Click Rerun again to confirm.";
      return;
    }
    forceConfirmed = false;
    button.disabled = true;
    out.className = "";
    out.textContent = "Triggering…";
    // Airflow's own REST API, authenticated by the user's Airflow session cookie: no secret here.
    const result = await postJson(`${airflow}/api/v2/dags/${encodeURIComponent(dag)}/dagRuns`, {
      logical_date: null,
      conf: {
        applicant: String(applicantId),
        steps,
        force: form.elements.force.checked,
        dry_run: form.elements.dry_run.checked,
      },
    });
    button.disabled = false;
    if (!result.ok) {
      out.className = "error";
      out.textContent = `Airflow refused the run (${result.status}): ${errorText(result)}`;
      return;
    }
    const runId = result.data.dag_run_id;
    out.replaceChildren(
      el("span", `Run ${runId} is ${result.data.state}. `),
      el("a", "Open it in Airflow", {
        href: `${airflow}/dags/${encodeURIComponent(dag)}/runs/${encodeURIComponent(runId)}`,
        target: "_top",
        id: "rerun-link",
      }),
    );
    const info = await fetch(`${airflow}/api/v2/dags/${encodeURIComponent(dag)}`, { credentials: "same-origin" });
    if (info.ok && (await info.json()).is_paused) {
      out.append(el("span", ` The ${dag} DAG is paused: the run waits until it is unpaused.`, { class: "warn" }));
    }
  });
}

// ---- detail page: consultation actions -------------------------------------------------------

function initConsult(section) {
  const root = document.body.dataset.root;
  const id = section.dataset.applicantId;
  const out = document.getElementById("consult-result");
  const confirmBox = document.getElementById("consult-confirm");
  const question = document.getElementById("consult-question");
  let pending = null;

  async function send(body) {
    out.className = "";
    out.textContent = "Working…";
    const result = await postJson(`${root}/api/applicants/${encodeURIComponent(id)}/consult`, body);
    if (!result.ok) {
      out.className = "error";
      out.textContent = `Not changed (${result.status}): ${errorText(result)}`;
      return null;
    }
    return result.data;
  }

  function ask(text, body) {
    pending = body;
    question.textContent = text;
    confirmBox.hidden = false;
  }

  for (const button of section.querySelectorAll("[data-consult]")) {
    button.addEventListener("click", async () => {
      const action = button.dataset.consult;
      if (action === "resend_link") {
        ask("Send a new booking link? The link sent before stops working.", { action });
        return;
      }
      if (action === "cancel") {
        ask("Cancel this consultation? The calendar event is cancelled and the applicant is told.", {
          action, reason: document.getElementById("consult-reason").value,
        });
        return;
      }
      const data = await send({ action });
      if (!data) return;
      if (action === "propose") {
        out.textContent = "";
        const local = data.proposed_start_applicant ? ` (applicant's time: ${data.proposed_start_applicant})` : "";
        ask(`Move it to ${data.proposed_start_ops}${local}? The applicant gets an updated invite.`, {
          action: "reschedule", expect_start: data.proposed_start,
        });
        return;
      }
      location.reload();
    });
  }
  document.getElementById("consult-no").addEventListener("click", () => {
    pending = null;
    confirmBox.hidden = true;
  });
  document.getElementById("consult-yes").addEventListener("click", async () => {
    if (!pending) return;
    const body = pending;
    pending = null;
    confirmBox.hidden = true;
    if (await send(body)) location.reload();
  });
}

// ---- detail page: placement actions (request, cancel, checklist) --------------------------------

function initPlacement(section) {
  const root = document.body.dataset.root;
  const id = section.dataset.applicantId;
  const out = document.getElementById("placement-result");

  async function send(body) {
    out.className = "";
    out.textContent = "Working…";
    const result = await postJson(`${root}/api/applicants/${encodeURIComponent(id)}/placement`, body);
    if (!result.ok) {
      out.className = "error";
      out.textContent = `Not changed (${result.status}): ${errorText(result)}`;
      return null;
    }
    return result.data;
  }

  const request = document.getElementById("placement-request");
  if (request) {
    request.addEventListener("click", async () => {
      const [preceptor, month] = document.getElementById("placement-choice").value.split("|");
      request.disabled = true;
      if (await send({ action: "request", preceptor_id: preceptor, month })) location.reload();
      else request.disabled = false;
    });
  }
  for (const box of section.querySelectorAll(".placement")) {
    const placement = Number(box.dataset.placementId);
    for (const tick of box.querySelectorAll("input[data-item]")) {
      tick.addEventListener("change", async () => {
        const done = tick.checked;
        const data = await send({ action: done ? "tick" : "untick", placement_id: placement, item: tick.dataset.item });
        if (data) location.reload();
        else tick.checked = !done;
      });
    }
    const cancel = box.querySelector(".placement-cancel");
    if (cancel) {
      cancel.addEventListener("click", async () => {
        if (cancel.dataset.confirmed !== "true") {
          cancel.dataset.confirmed = "true";
          out.className = "warn";
          out.textContent = "Cancelling frees the seat. Click again to confirm.";
          return;
        }
        const reason = box.querySelector(".placement-reason").value;
        if (await send({ action: "cancel", placement_id: placement, reason })) location.reload();
      });
    }
  }
}

// ---- needs-attention page: one-click fixes (a rerun of one step) -------------------------------

function initAttention(section) {
  const airflow = document.body.dataset.airflowRoot;
  const dag = section.dataset.dag;
  const out = document.getElementById("attention-result");
  for (const button of section.querySelectorAll("button.fix")) {
    button.addEventListener("click", async () => {
      const row = button.closest("tr");
      const force = button.dataset.force === "true";
      if (force && button.dataset.confirmed !== "true") {
        button.dataset.confirmed = "true";
        out.className = "warn";
        out.textContent = "This re-sends even if the first email may have arrived. Click again to confirm.";
        return;
      }
      button.disabled = true;
      const result = await postJson(`${airflow}/api/v2/dags/${encodeURIComponent(dag)}/dagRuns`, {
        logical_date: null,
        conf: { applicant: String(row.dataset.applicantId), steps: [button.dataset.step], force, dry_run: false },
      });
      if (!result.ok) {
        button.disabled = false;
        out.className = "error";
        out.textContent = `Airflow refused the run (${result.status}): ${errorText(result)}`;
        return;
      }
      out.className = "";
      out.replaceChildren(
        el("span", `Run ${result.data.dag_run_id} is ${result.data.state}. `),
        el("a", "Open it in Airflow", {
          href: `${airflow}/dags/${encodeURIComponent(dag)}/runs/${encodeURIComponent(result.data.dag_run_id)}`,
          target: "_top",
        }),
      );
      button.textContent = "Queued";
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const consult = document.getElementById("consult-actions");
  if (consult && document.getElementById("consult-yes")) initConsult(consult);
  const placement = document.getElementById("placement");
  if (placement) initPlacement(placement);
  const attention = document.querySelector("[data-page=attention]");
  if (attention) initAttention(attention);
  const list = document.querySelector("[data-page=list]");
  if (list) initList(list);
  const detail = document.querySelector("[data-page=detail]");
  const form = document.getElementById("rerun");
  if (detail && form) initRerun(form, detail.dataset.applicantId);
});
