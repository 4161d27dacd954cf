"""JSON report (schema in auditor/report/schema.json, documented in reports/README.md).

Written as a stream: one file entry at a time, so a 10,000-document report never exists as one string.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Iterator


def iter_json(report: dict, **_) -> Iterator[str]:
    """The report as JSON text, in chunks; byte-identical to ``json.dumps(report, indent=2)``."""
    keys = list(report)
    yield "{"
    for i, k in enumerate(keys):
        sep = "," if i else ""
        v = report[k]
        if k == "files" and isinstance(v, Sequence) and not isinstance(v, str) and len(v):
            yield f'{sep}\n  {json.dumps(k)}: ['
            for j, entry in enumerate(v):
                body = json.dumps(entry, indent=2, ensure_ascii=False).replace("\n", "\n    ")
                yield ("," if j else "") + "\n    " + body
            yield "\n  ]"
        else:
            body = json.dumps(v, indent=2, ensure_ascii=False).replace("\n", "\n  ")
            yield f"{sep}\n  {json.dumps(k, ensure_ascii=False)}: {body}"
    yield "\n}\n"


def render_json(report: dict, **kw) -> str:
    return "".join(iter_json(report, **kw))
