// auditor HTML report: filters, sortable table, finding details.  Article text is never parsed as HTML here:
// everything the page shows was escaped when the report was written; this script only moves existing nodes.
(function () {
  "use strict";
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };

  function applyFilters() {
    var cats = {}, sevs = {};
    $$("input[data-filter-cat]").forEach(function (i) { cats[i.getAttribute("data-filter-cat")] = i.checked; });
    $$("input[data-filter-sev]").forEach(function (i) { sevs[i.getAttribute("data-filter-sev")] = i.checked; });
    var shown = 0;
    $$("[data-cat][data-sev]").forEach(function (el) {
      var on = cats[el.getAttribute("data-cat")] !== false && sevs[el.getAttribute("data-sev")] !== false;
      if (el.tagName === "MARK") { el.classList.toggle("off", !on); el.tabIndex = on ? 0 : -1; }
      else { el.classList.toggle("hidden", !on); if (on) shown++; }
    });
    var c = document.getElementById("shown-count");
    if (c) { c.textContent = String(shown); }
  }

  function sortTable(btn) {
    var th = btn.parentNode, table = th.closest("table"), idx = Array.prototype.indexOf.call(th.parentNode.children, th);
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    $$("th", table).forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    rows.sort(function (a, b) {
      var x = a.cells[idx].getAttribute("data-sort") || a.cells[idx].textContent;
      var y = b.cells[idx].getAttribute("data-sort") || b.cells[idx].textContent;
      var nx = parseFloat(x), ny = parseFloat(y);
      if (!isNaN(nx) && !isNaN(ny)) { return (nx - ny) * dir; }
      return x.localeCompare(y) * dir;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  function showDetail(id) {
    var src = document.getElementById("d-" + id), panel = document.getElementById("panel");
    if (!src || !panel) { return; }
    var box = document.getElementById("panel-body");
    while (box.firstChild) { box.removeChild(box.firstChild); }
    box.appendChild(src.cloneNode(true));
    box.firstChild.removeAttribute("id");
    panel.classList.remove("hidden");
    $$("mark.current").forEach(function (m) { m.classList.remove("current"); });
    var mark = document.getElementById("m-" + id);
    if (mark) { mark.classList.add("current"); }
  }

  document.addEventListener("change", function (e) {
    if (e.target.matches("input[data-filter-cat], input[data-filter-sev]")) { applyFilters(); }
  });
  document.addEventListener("click", function (e) {
    var t = e.target.closest("[data-finding], th button, button.close, a.goto");
    if (!t) { return; }
    if (t.matches("th button")) { sortTable(t); }
    else if (t.matches("button.close")) { document.getElementById("panel").classList.add("hidden"); }
    else if (t.matches("a.goto")) {
      var id = t.getAttribute("data-goto"), m = document.getElementById("m-" + id);
      showDetail(id);
      if (m) { e.preventDefault(); m.scrollIntoView({block: "center"}); m.focus(); }
    }
    else { showDetail(t.getAttribute("data-finding")); }
  });
  document.addEventListener("keydown", function (e) {
    if ((e.key === "Enter" || e.key === " ") && e.target.matches("mark[data-finding]")) {
      e.preventDefault(); showDetail(e.target.getAttribute("data-finding"));
    }
    if (e.key === "Escape") { var p = document.getElementById("panel"); if (p) { p.classList.add("hidden"); } }
  });
  applyFilters();
})();
