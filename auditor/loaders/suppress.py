"""Suppression comments: ``auditor-disable``, ``auditor-enable``, ``auditor-ignore-next-line``."""
from __future__ import annotations

import re

from ..document import Suppression

_RE = re.compile(r"^\s*auditor-(disable|enable|ignore-next-line)\b\s*([^>]*?)\s*$", re.S)


def parse_suppression(comment: str, start_line: int, end_line: int) -> Suppression | None:
    m = _RE.match(comment)
    if not m:
        return None
    kind = "next-line" if m.group(1) == "ignore-next-line" else m.group(1)
    codes = tuple(c for c in re.split(r"[\s,]+", m.group(2)) if c)
    return Suppression(kind, end_line if kind == "next-line" else start_line, codes)
