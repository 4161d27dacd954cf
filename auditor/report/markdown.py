"""Markdown summary: for $GITHUB_STEP_SUMMARY, a pull-request comment, or a merge-request note."""
from __future__ import annotations

import heapq
from collections import Counter

from .common import one_line

SEV_ICON = {"error": "❌ error", "warning": "⚠️ warning", "info": "ℹ️ info"}


def md_escape(s: str) -> str:
    """Article text in a table cell: no pipes, no HTML, no Markdown link or emphasis syntax."""
    s = one_line(s)
    for ch in "\\`*_[]<>|#!":
        s = s.replace(ch, "\\" + ch)
    return s


def render_markdown(report: dict, *, max_docs: int = 50, **_) -> str:
    s = report["summary"]
    gate = s["gate"]
    out = [f"## auditor: score {s['score']} ({s['rating']}) — gate {'passed ✅' if gate['passed'] else 'FAILED ❌'}", ""]
    if not gate["passed"]:
        out += ["**Failed gates:**", ""] + [f"- {md_escape(g)}" for g in gate["failed"]] + [""]
    n = s["findings"]
    out.append(f"{s['audited']} file(s) audited, {s['errors']} could not be read; findings: {n['error']} error, "
               f"{n['warning']} warning, {n['info']} info." + (f" {s['baselined']} known finding(s) hidden by the "
                                                               f"baseline." if s.get("baselined") else ""))
    out.append("")
    if s.get("categories"):
        out += ["| category | score |", "|---|---:|"]
        out += [f"| {c} | {v} |" for c, v in s["categories"].items()]
        out.append("")
    n_docs = len(report["files"])
    docs = heapq.nsmallest(max_docs, report["files"], key=lambda e: (e["score"], e["path"]))
    if docs:
        out += ["| document | score | errors | warnings | worst category |", "|---|---:|---:|---:|---|"]
        for e in docs[:max_docs]:
            c = Counter(f["severity"] for f in e["findings"])
            cats = [(v["score"], k) for k, v in e["categories"].items() if v["score"] is not None]
            worst = min(cats)[1] if cats else ""
            out.append(f"| {md_escape(e['path'])} | {e['score']} | {c['error']} | {c['warning']} | {worst} |")
        if n_docs > max_docs:
            out.append(f"\n…and {n_docs - max_docs} more documents (see the HTML or JSON report).")
        out.append("")
    top = Counter((f["code"], f["name"]) for e in report["files"] for f in e["findings"]).most_common(10)
    if top:
        out += ["**Most frequent rules:** " + ", ".join(f"`{c}` {nm} ×{k}" for (c, nm), k in top), ""]
    worst_findings = [(e["path"], f) for e in docs[:10] for f in e["findings"] if f["severity"] == "error"][:20]
    if worst_findings:
        out += ["<details><summary>Errors in the lowest-scoring documents</summary>", ""]
        out += [f"- {md_escape(p)}:{f['line']}:{f['column']} `{f['code']}` {md_escape(f['message'])}"
                for p, f in worst_findings]
        out += ["", "</details>", ""]
    if report["errors"]:
        out += ["**Files that could not be audited:**", ""]
        out += [f"- {md_escape(e['path'])}: {md_escape(e['message'])}" for e in report["errors"]] + [""]
    return "\n".join(out) + "\n"
