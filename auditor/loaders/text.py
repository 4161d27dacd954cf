"""Plain text -> Document.

The first non-blank line is the title.  Blank lines separate groups; inside a
group each line is its own block unless the group is a hard-wrapped paragraph
(lines of similar width), which is joined.  A lone short line with a heading's
shape (see ``textutil.looks_like_heading``) is a heading; ``- `` / ``* `` /
``1. `` lines are list items.
"""
from __future__ import annotations

import re

from ..document import (CODE, HEADING, LIST_ITEM, PARAGRAPH, TITLE, Document, TextBuilder,
                        make_block, number_blocks)
from ..textutil import looks_like_heading

_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_LIST_RE = re.compile(r"^[ \t]*(?:[-*•–]|\d{1,3}[.)])[ \t]+(?=\S)")
_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")


def source_lines(source: str) -> list[tuple[int, str]]:
    """(start offset, line text without its line break) for every line."""
    out = []
    for m in _LINE_RE.finditer(source):
        s = m.group(0)
        if not s:
            break
        out.append((m.start(), s.rstrip("\r\n")))
    return out


def add_collapsed(tb: TextBuilder, text: str, base: int) -> None:
    """Append ``text`` (at source offset ``base``) with whitespace runs collapsed."""
    pos = 0
    for m in _SPACE_RE.finditer(text):
        if m.start() > pos:
            tb.add(text[pos:m.start()], base + pos)
        tb.add_space(base + m.start(), m.end() - m.start())
        pos = m.end()
    if pos < len(text):
        tb.add(text[pos:], base + pos)


def _is_wrapped(group: list[tuple[int, str]]) -> bool:
    if len(group) < 2:
        return False
    widths = [len(t.rstrip()) for _, t in group]
    w = max(widths)
    if w < 40 or w > 100:
        return False
    return all(x >= 0.7 * w for x in widths[:-1]) and not any(_LIST_RE.match(t) for _, t in group[1:])


def load_text(source: str, path: str) -> Document:
    lines = source_lines(source)
    groups: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    for start, text in lines:
        if text.strip():
            cur.append((start, text))
        elif cur:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)

    blocks = []
    title = ""
    for gi, group in enumerate(groups):
        units: list[list[tuple[int, str]]]
        if gi == 0:
            # The first line is the title; the rest of the group is body.
            units = [[group[0]]] + ([group[1:]] if _is_wrapped(group[1:]) else [[g] for g in group[1:]])
        elif _is_wrapped(group):
            units = [group]
        else:
            units = [[g] for g in group]
        for ui, unit in enumerate(units):
            tb = TextBuilder()
            first_text = unit[0][1]
            lm = _LIST_RE.match(first_text)
            indent = len(first_text) - len(first_text.lstrip())
            for li, (start, text) in enumerate(unit):
                if li:
                    tb.add_space(start - 1, 1)
                skip = lm.end() if (li == 0 and lm) else len(text) - len(text.lstrip())
                add_collapsed(tb, text[skip:], start + skip)
            if gi == 0 and ui == 0:
                kind = TITLE
            elif lm:
                kind = LIST_ITEM
            elif indent >= 4 and len(group) > 1 and all(t[:4].strip() == "" for _, t in group):
                kind = CODE
            elif len(unit) == 1 and len(units) == 1 and looks_like_heading(first_text):
                kind = HEADING
            else:
                kind = PARAGRAPH
            b = make_block(kind, tb, level=1 if kind == TITLE else (2 if kind == HEADING else 0))
            if b is None:
                continue
            if kind == TITLE:
                title = b.text
            blocks.append(b)
    doc = Document(path=path, format="text", source=source, blocks=number_blocks(blocks))
    doc.meta["title"] = title
    doc.meta["headings"] = [(b.level, b.text) for b in blocks if b.kind in (TITLE, HEADING)]
    return doc
