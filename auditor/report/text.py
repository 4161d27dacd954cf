"""Terminal output: ``path:line:col: CODE name message`` per finding, then a summary (streamed)."""
from __future__ import annotations


def _clean(s: str) -> str:
    # control characters from articles must not drive the terminal
    return "".join(ch if ch.isprintable() or ch == " " else "\ufffd" for ch in s.replace("\n", " "))


def render_text(report: dict, **kw) -> str:
    return "".join(iter_text(report, **kw))


def iter_text(report: dict, *, quiet: bool = False, color: bool = False, **_):
    def c(code, s):
        return f"\x1b[{code}m{s}\x1b[0m" if color else s

    sev_col = {"error": "31", "warning": "33", "info": "36"}
    for entry in report["files"]:
        lines = []
        for f in entry["findings"]:
            if quiet and f["severity"] != "error":
                continue
            sev = c(sev_col[f["severity"]], f["severity"])
            lines.append(f"{_clean(entry['path'])}:{f['line']}:{f['column']}: {c('1', f['code'])} {f['name']} "
                         f"{_clean(f['message'])} [{sev}]"
                         + (f" (suggestion: {_clean(f['suggestions'][0])})" if f.get("suggestions") else ""))
        for e in entry.get("rule_errors", []):
            lines.append(f"{_clean(entry['path'])}: rule {e['code']} {e['name']} failed: {_clean(e['message'])}")
        if lines:
            yield "\n".join(lines) + "\n"
    tail = [f"{_clean(e['path'])}: error: {_clean(e['message'])}" for e in report["errors"]]
    tail += [f"warning: {_clean(w)}" for w in report.get("warnings", [])]
    s = report["summary"]
    if not quiet:
        if report["files"]:
            yield "\n".join(tail + [""]) + "\n" if tail else "\n"
            tail = []
            for entry in report["files"]:
                cats = " ".join(f"{k}={v['score']}" for k, v in entry["categories"].items() if v["score"] is not None)
                yield f"{_clean(entry['path'])}: score {entry['score']} ({entry['rating']}) {cats}\n"
        n = s["findings"]
        tail.append(f"{s['audited']} file(s) audited, {s['errors']} error(s); findings: {n['error']} error, "
                    f"{n['warning']} warning, {n['info']} info; score {s['score']} ({s['rating']})")
    gate = s["gate"]
    tail.append("gate: passed" if gate["passed"] else "gate: FAILED: " + "; ".join(gate["failed"]))
    yield "\n".join(tail) + "\n"
