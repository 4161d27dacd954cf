"""JUnit XML (GitLab, Jenkins, Azure): one test case per document; a failure per finding that fails the gate."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from .common import SEVERITY_RANK, xml_safe


def render_junit(report: dict, *, fail_on: str | None = None, **_) -> str:
    fail_on = fail_on or report.get("config", {}).get("fail_on", "error")
    threshold = SEVERITY_RANK.get(fail_on, 2)
    suite = ET.Element("testsuite", name="auditor")
    n_fail = 0
    for entry in report["files"]:
        tc = ET.SubElement(suite, "testcase", classname="auditor", name=xml_safe(entry["path"]),
                           file=xml_safe(entry["path"]))
        other = []
        for f in entry["findings"]:
            line = f"{entry['path']}:{f['line']}:{f['column']}: {f['code']} {f['name']} {f['message']}"
            if SEVERITY_RANK[f["severity"]] >= threshold:
                el = ET.SubElement(tc, "failure", type=f["severity"],
                                   message=xml_safe(f"{f['code']} {f['name']}: {f['message']}"[:500]))
                el.text = xml_safe(line + (f"\nsuggestion: {f['suggestions'][0]}" if f["suggestions"] else ""))
                n_fail += 1
            else:
                other.append(line)
        out = [f"score {entry['score']} ({entry['rating']})"] + other
        ET.SubElement(tc, "system-out").text = xml_safe("\n".join(out))
    for e in report["errors"]:
        tc = ET.SubElement(suite, "testcase", classname="auditor", name=xml_safe(e["path"]), file=xml_safe(e["path"]))
        ET.SubElement(tc, "error", type="load-error", message=xml_safe(e["message"][:500])).text = xml_safe(e["message"])
    suite.set("tests", str(len(report["files"]) + len(report["errors"])))
    suite.set("failures", str(n_fail))
    suite.set("errors", str(len(report["errors"])))
    suite.set("timestamp", report["generated_at"])
    root = ET.Element("testsuites", name="auditor", tests=suite.get("tests"), failures=suite.get("failures"),
                      errors=suite.get("errors"))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
