"""Terminal output: ``path:line:col: CODE name message`` per finding, then a summary."""
from __future__ import annotations


def _clean(s: str) -> str:
    # control characters from articles must not drive the terminal
    return "".join(ch if ch.isprintable() or ch == " " else "\ufffd" for ch in s.replace("\n", " "))


def render_text(report: dict, *, quiet: bool = False, color: bool = False, **_) -> str:
    out = []
    def c(code, s):
        return f"\x1b[{code}m{s}\x1b[0m" if color else s
    sev_col = {"error": "31", "warning": "33", "info": "36"}
    for entry in report["files"]:
        for f in entry["findings"]:
            if quiet and f["severity"] != "error":
                continue
            sev = c(sev_col[f["severity"]], f["severity"])
            out.append(f"{_clean(entry['path'])}:{f['line']}:{f['column']}: {c('1', f['code'])} {f['name']} "
                       f"{_clean(f['message'])} [{sev}]"
                       + (f" (suggestion: {_clean(f['suggestions'][0])})" if f.get("suggestions") else ""))
        for e in entry.get("rule_errors", []):
            out.append(f"{_clean(entry['path'])}: rule {e['code']} {e['name']} failed: {_clean(e['message'])}")
    for e in report["errors"]:
        out.append(f"{_clean(e['path'])}: error: {_clean(e['message'])}")
    for w in report.get("warnings", []):
        out.append(f"warning: {_clean(w)}")
    s = report["summary"]
    if not quiet:
        if report["files"]:
            out.append("")
            for entry in report["files"]:
                cats = " ".join(f"{k}={v['score']}" for k, v in entry["categories"].items() if v["score"] is not None)
                out.append(f"{_clean(entry['path'])}: score {entry['score']} ({entry['rating']}) {cats}")
        n = s["findings"]
        out.append(f"{s['audited']} file(s) audited, {s['errors']} error(s); findings: {n['error']} error, "
                   f"{n['warning']} warning, {n['info']} info; score {s['score']} ({s['rating']})")
    gate = s["gate"]
    out.append("gate: passed" if gate["passed"] else "gate: FAILED: " + "; ".join(gate["failed"]))
    return "\n".join(out) + "\n"
