"""Report writers.  They take the report dict (the JSON contract) and never run rules."""
from __future__ import annotations

from .atomic import write_atomic

WRITERS = ("text", "json")
DEFAULT_NAMES = {"text": "auditor.txt", "json": "auditor.json"}


def render(report: dict, fmt: str, **kw) -> str:
    if fmt == "json":
        from .json_writer import render_json as r
    elif fmt == "text":
        from .text import render_text as r
    else:
        raise ValueError(f"unknown report format {fmt!r}")
    return r(report, **kw)


__all__ = ["WRITERS", "DEFAULT_NAMES", "render", "write_atomic"]
