"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers."""
from __future__ import annotations

import json

from .common import SARIF_LEVEL, rel_uri


def _result(entry: dict, f: dict, uri: str, index: dict) -> dict:
    region = {"startLine": f["line"], "startColumn": f["column"], "endLine": f["end_line"],
              "endColumn": max(f["end_column"], f["column"] if f["end_line"] == f["line"] else 1)}
    if f.get("excerpt"):
        region["snippet"] = {"text": f["excerpt"]}
    res = {
        "ruleId": f["code"],
        "level": SARIF_LEVEL[f["severity"]],
        "message": {"text": f["message"] + (f" (suggestion: {f['suggestions'][0]})" if f["suggestions"] else "")},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                                            "region": region}}],
        "properties": {"category": f["category"], "name": f["name"], "ruleId": f["rule_id"]},
    }
    if f["code"] in index:
        res["ruleIndex"] = index[f["code"]]
    if f.get("fingerprint"):
        res["partialFingerprints"] = {"auditorFinding/v1": f["fingerprint"]}
    return res


def iter_sarif(report: dict, **_):
    """The SARIF log in chunks: results are written one at a time (a 10,000-document run never exists as one
    string); the text equals ``json.dumps(log, indent=2)`` of the whole log."""
    rules_meta = report.get("rules", {})
    codes = sorted(rules_meta)
    index = {c: i for i, c in enumerate(codes)}
    head = _log(report, codes, rules_meta)
    run = head["runs"][0]
    results_marker = "__RESULTS__"
    run["results"] = results_marker
    text = json.dumps(head, indent=2, ensure_ascii=False)
    before, after = text.split(json.dumps(results_marker), 1)
    yield before + "["
    first = True
    for entry in report["files"]:
        uri = rel_uri(entry["path"])
        for f in entry["findings"]:
            body = json.dumps(_result(entry, f, uri, index), indent=2, ensure_ascii=False).replace("\n", "\n        ")
            yield ("" if first else ",") + "\n        " + body
            first = False
    yield ("\n      ]" if not first else "]") + after + "\n"


def _log(report: dict, codes: list[str], rules_meta: dict) -> dict:
    rules = []
    for c in codes:
        r = rules_meta[c]
        help_text = f"{r.get('what', '')}\n\nWhy it matters: {r.get('why', '')}\n\nHow to fix: {r.get('fix', '')}"
        rules.append({
            "id": c,
            "name": r["name"],
            "shortDescription": {"text": r.get("what") or r["name"]},
            "fullDescription": {"text": r.get("what") or r["name"]},
            "help": {"text": help_text, "markdown": help_text},
            "defaultConfiguration": {"level": SARIF_LEVEL[r["severity"]]},
            "properties": {"category": r["category"], "tags": [r["category"], "content-quality"]},
        })
    notes = [{"level": "error", "message": {"text": f"{e['path']}: {e['message']}"},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": rel_uri(e["path"]), "uriBaseId": "%SRCROOT%"}}}]}
             for e in report["errors"]]
    notes += [{"level": "warning", "message": {"text": w}} for w in report.get("warnings", [])]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "auditor", "version": report["tool"]["version"], "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": not report["errors"], "toolExecutionNotifications": notes}],
            "results": [],
        }],
    }
    return log


def render_sarif(report: dict, **kw) -> str:
    return "".join(iter_sarif(report, **kw))
