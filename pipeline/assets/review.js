/* nhiemvu review report: filters by agency, deadline status and document type; task focus.
   Reads only data-* attributes the report wrote; never turns text into markup. */
(function () {
  "use strict";
  var byId = function (id) { return document.getElementById(id); };
  var agency = byId("f-agency"), role = byId("f-role"), deadline = byId("f-deadline"),
      days = byId("f-days"), type = byId("f-type"), today = byId("f-today"), count = byId("f-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.task"));
  rows.forEach(function (row) {
    row.nvLead = JSON.parse(row.getAttribute("data-lead") || "[]");
    row.nvSupport = JSON.parse(row.getAttribute("data-support") || "[]");
  });

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function localToday() {
    var d = new Date();
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }
  function addDays(iso, n) {
    var p = iso.split("-").map(Number);
    return new Date(Date.UTC(p[0], p[1] - 1, p[2] + n)).toISOString().slice(0, 10);
  }
  /* The same rule as pipeline.frames.deadline_status. */
  function status(due, now, horizon) {
    if (!due) return "undated";
    if (due < now) return "overdue";
    if (due <= addDays(now, horizon)) return "upcoming";
    return "later";
  }
  function names(row) {
    if (role.value === "lead") return row.nvLead;
    if (role.value === "support") return row.nvSupport;
    return row.nvLead.concat(row.nvSupport);
  }
  function apply() {
    var now = /^\d{4}-\d{2}-\d{2}$/.test(today.value) ? today.value : localToday();
    var horizon = Math.max(0, parseInt(days.value, 10) || 0);
    var shown = 0;
    rows.forEach(function (row) {
      var st = status(row.getAttribute("data-due"), now, horizon);
      row.setAttribute("data-status", st);
      var ok = (!agency.value || names(row).indexOf(agency.value) !== -1) &&
               (!deadline.value || deadline.value === st) &&
               (!type.value || row.getAttribute("data-type") === type.value);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = shown + " of " + rows.length + " tasks";
  }
  function focusFromHash() {
    Array.prototype.forEach.call(document.querySelectorAll(".focus, tr.current"), function (el) {
      el.classList.remove("focus");
      el.classList.remove("current");
    });
    var hash = decodeURIComponent(location.hash.slice(1));
    var key = hash.replace(/^(task|row)-/, "");
    if (key === hash || !/^[A-Za-z0-9_-]+$/.test(key)) return;
    Array.prototype.forEach.call(document.querySelectorAll('.hl[data-task~="' + key + '"]'), function (el) {
      el.classList.add("focus");
    });
    var row = byId("row-" + key);
    if (row) row.classList.add("current");
  }

  var params = new URLSearchParams(location.search);
  [["agency", agency], ["role", role], ["deadline", deadline], ["days", days], ["type", type],
   ["today", today]].forEach(function (pair) {
    if (params.has(pair[0])) pair[1].value = params.get(pair[0]);
  });
  if (!today.value) today.value = localToday();
  [agency, role, deadline, days, type, today].forEach(function (el) {
    el.addEventListener("input", apply);
    el.addEventListener("change", apply);
  });
  document.querySelector("table.tasks tbody").addEventListener("click", function (event) {
    if (event.target.closest("a")) return;
    var row = event.target.closest("tr.task");
    if (row) location.hash = "task-" + row.getAttribute("data-key");
  });
  window.addEventListener("hashchange", focusFromHash);
  apply();
  focusFromHash();
  document.documentElement.setAttribute("data-ready", "1");
})();
