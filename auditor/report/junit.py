"""JUnit XML (GitLab, Jenkins, Azure): one test case per document; a failure per finding that fails the gate.

Written as a stream, one test case at a time."""
from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from .common import SEVERITY_RANK, xml_safe


def _a(s) -> str:
    return quoteattr(xml_safe(str(s)))


def _t(s) -> str:
    return escape(xml_safe(str(s)))


def iter_junit(report: dict, *, fail_on: str | None = None, **_):
    fail_on = fail_on or report.get("config", {}).get("fail_on", "error")
    threshold = SEVERITY_RANK.get(fail_on, 2)
    n_tests = len(report["files"]) + len(report["errors"])
    n_fail = sum(1 for e in report["files"] for f in e["findings"] if SEVERITY_RANK[f["severity"]] >= threshold)
    n_err = len(report["errors"])
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<testsuites name="auditor" tests="{n_tests}" failures="{n_fail}" errors="{n_err}">\n'
           f'  <testsuite name="auditor" tests="{n_tests}" failures="{n_fail}" errors="{n_err}" '
           f'timestamp={_a(report["generated_at"])}>\n')
    for entry in report["files"]:
        parts = [f'    <testcase classname="auditor" name={_a(entry["path"])} file={_a(entry["path"])}>\n']
        other = []
        for f in entry["findings"]:
            line = f"{entry['path']}:{f['line']}:{f['column']}: {f['code']} {f['name']} {f['message']}"
            if SEVERITY_RANK[f["severity"]] >= threshold:
                text = line + (f"\nsuggestion: {f['suggestions'][0]}" if f["suggestions"] else "")
                parts.append(f'      <failure type={_a(f["severity"])} '
                             f'message={_a((f["code"] + " " + f["name"] + ": " + f["message"])[:500])}>'
                             f'{_t(text)}</failure>\n')
            else:
                other.append(line)
        out = "\n".join([f"score {entry['score']} ({entry['rating']})"] + other)
        parts.append(f"      <system-out>{_t(out)}</system-out>\n    </testcase>\n")
        yield "".join(parts)
    for e in report["errors"]:
        yield (f'    <testcase classname="auditor" name={_a(e["path"])} file={_a(e["path"])}>\n'
               f'      <error type="load-error" message={_a(e["message"][:500])}>{_t(e["message"])}</error>\n'
               f'    </testcase>\n')
    yield "  </testsuite>\n</testsuites>\n"


def render_junit(report: dict, **kw) -> str:
    return "".join(iter_junit(report, **kw))
