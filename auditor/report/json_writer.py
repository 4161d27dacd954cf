"""JSON report (schema in auditor/report/schema.json, documented in reports/README.md).

Written as a stream: one file entry at a time, so a 10,000-document report never exists as one string.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Iterator

try:
    import orjson

    _OPTS = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS
except ImportError:  # pragma: no cover
    orjson = None


def dump_indented(value) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``, by orjson when it can (5-10x faster for big
    entries); the layout is the same, and anything orjson refuses or would spell differently (lone
    surrogates, floats in exponent form) goes through ``json``."""
    if orjson is not None:
        try:
            text = orjson.dumps(value, option=_OPTS).decode("utf-8")
        except (TypeError, ValueError):
            text = None
        if text is not None and ("e-" not in text and "e+" not in text or not _has_exp_float(value)):
            return text
    return json.dumps(value, indent=2, ensure_ascii=False)


def _has_exp_float(value) -> bool:
    """Whether a float in ``value`` prints in exponent form (where orjson and json spell it differently)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, float):
            if "e" in repr(v):
                return True
        elif isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, (list, tuple)):
            stack.extend(v)
    return False


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
                body = dump_indented(entry).replace("\n", "\n    ")
                yield ("," if j else "") + "\n    " + body
            yield "\n  ]"
        else:
            body = dump_indented(v).replace("\n", "\n  ")
            yield f"{sep}\n  {json.dumps(k, ensure_ascii=False)}: {body}"
    yield "\n}\n"


def render_json(report: dict, **kw) -> str:
    return "".join(iter_json(report, **kw))
