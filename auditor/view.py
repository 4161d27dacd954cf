"""The article as the HTML report shows it: block texts with their offset maps and the file's line starts.

Kept in the JSON report (``files[].view``) only when the HTML report is asked for, so that ``auditor render``
can place every finding in the text from the JSON alone (the JSON is the single contract).
"""
from __future__ import annotations

import bisect


def build_view(doc) -> dict:
    return {
        "line_starts": list(doc.index._starts),
        "blocks": [{"kind": b.kind, "level": b.level, "text": b.text, "segs": [list(s) for s in b.map._segs]}
                   for b in doc.blocks],
    }


def source_offset(view: dict, line: int, column: int) -> int:
    starts = view["line_starts"]
    return starts[max(0, min(line - 1, len(starts) - 1))] + column - 1


def locate(view: dict, start: int, end: int) -> tuple[int, int, int] | None:
    """(block index, text start, text end) for a source range, or None when it lies outside every block."""
    for bi, b in enumerate(view["blocks"]):
        segs = b["segs"]
        if not segs:
            continue
        s_lo, s_hi = segs[0][2], segs[-1][2] + segs[-1][3]
        if not (s_lo <= start < s_hi or (start == end and s_lo <= start <= s_hi)):
            continue
        return bi, _to_text(segs, start, False), max(_to_text(segs, max(start, end), True), _to_text(segs, start, False))
    return None


def _to_text(segs, src: int, is_end: bool) -> int:
    keys = [s[2] for s in segs]
    k = max(0, bisect.bisect_right(keys, src) - 1)
    t0, tl, s0, sl = segs[k]
    if src >= s0 + sl:  # in a gap after this segment (markup): snap to its end
        return t0 + tl
    if tl == sl:
        return t0 + (src - s0)
    return t0 + (tl if is_end and src > s0 else 0)
