"""GitHub Actions workflow commands: one annotation per finding (shown on the pull request's diff)."""
from __future__ import annotations

import os

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
MAX_ANNOTATIONS = 500  # GitHub shows at most 10 per step per level in the diff; keep the log readable


def esc_data(s: str) -> str:
    return str(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def esc_prop(s: str) -> str:
    return esc_data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(report: dict, **_) -> str:
    out = []
    for entry in report["files"]:
        path = os.path.relpath(entry["path"]) if os.path.isabs(entry["path"]) else entry["path"]
        for f in entry["findings"]:
            if len(out) >= MAX_ANNOTATIONS:
                break
            props = (f"file={esc_prop(path)},line={f['line']},col={f['column']},endLine={f['end_line']},"
                     f"endColumn={f['end_column']},title={esc_prop(f['code'] + ' ' + f['name'])}")
            msg = f["message"] + (f" (suggestion: {f['suggestions'][0]})" if f["suggestions"] else "")
            out.append(f"::{LEVEL[f['severity']]} {props}::{esc_data(msg)}")
    for e in report["errors"]:
        out.append(f"::error file={esc_prop(e['path'])},title=auditor::{esc_data(e['message'])}")
    gate = report["summary"]["gate"]
    if not gate["passed"]:
        out.append(f"::error title=auditor gate failed::{esc_data('; '.join(gate['failed']))}")
    return "\n".join(out) + ("\n" if out else "")
