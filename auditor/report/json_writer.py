"""JSON report (schema in auditor/report/schema.json, documented in reports/README.md)."""
from __future__ import annotations

import json


def render_json(report: dict, **_) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
