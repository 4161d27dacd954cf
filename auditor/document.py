"""The document model: source text, typed blocks with offset maps, page metadata.

Every block's ``text`` is built by a loader together with an :class:`OffsetMap`
that maps each character of ``text`` back to a character offset in the decoded
original source.  :class:`SourceIndex` turns a source offset into a 1-based
line and column, so a rule that reports ``block.text[start:end]`` gets the
position in the original file without ever searching for the text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

# Block kinds.  ``code`` blocks are kept (for stats and the HTML report) but
# text rules skip them.
TITLE = "title"
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
QUOTE = "quote"
CAPTION = "caption"
TABLE_CELL = "table_cell"
CODE = "code"
BLOCK_KINDS = (TITLE, HEADING, PARAGRAPH, LIST_ITEM, QUOTE, CAPTION, TABLE_CELL, CODE)
PROSE_KINDS = (PARAGRAPH, LIST_ITEM, QUOTE)


def is_sentence_block(b) -> bool:
    """Prose, or a heading that is a question or exclamation ("Does your cat sleeps more?"): the blocks the grammar and
    spelling checks read. A question heading is a full sentence, so its grammar matters as much."""
    return b.kind in PROSE_KINDS or (b.kind == HEADING and b.text.rstrip().endswith(("?", "!")))


class SourceIndex:
    """Source offset -> (line, column), both 1-based, columns in code points.

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (as editors count them).
    """

    __slots__ = ("length", "_starts")

    def __init__(self, source: str) -> None:
        starts = [0]
        i = 0
        n = len(source)
        find = source.find
        while True:
            j = find("\n", i)
            k = find("\r", i)
            if j < 0 and k < 0:
                break
            if k >= 0 and (j < 0 or k < j):
                nxt = k + 2 if k + 1 < n and source[k + 1] == "\n" else k + 1
            else:
                nxt = j + 1
            starts.append(nxt)
            i = nxt
        self._starts = starts
        self.length = n

    def line_col(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, self.length))
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_start(self, line: int) -> int:
        """Source offset of the start of 1-based ``line``."""
        return self._starts[max(0, min(line - 1, len(self._starts) - 1))]

    @property
    def line_count(self) -> int:
        return len(self._starts)


class OffsetMap:
    """Piecewise map from block-text offsets to source offsets.

    Each segment is ``(text_start, text_len, src_start, src_len)``.  A segment
    with equal lengths is linear (one text char per source char); otherwise it
    is atomic: an entity such as ``&amp;`` or a collapsed whitespace run maps
    as a whole.
    """

    __slots__ = ("_tstarts", "_segs")

    def __init__(self, segments: list[tuple[int, int, int, int]]) -> None:
        self._segs = segments
        self._tstarts = [s[0] for s in segments]

    def _seg(self, i: int) -> tuple[int, int, int, int]:
        k = bisect.bisect_right(self._tstarts, i) - 1
        return self._segs[max(0, k)]

    def start(self, i: int) -> int:
        """Source offset where text char ``i`` begins."""
        if not self._segs:
            return 0
        t0, tl, s0, sl = self._seg(i)
        if tl == sl:
            return s0 + min(i - t0, tl)
        return s0 if i - t0 < tl else s0 + sl

    def end(self, j: int) -> int:
        """Source offset just after text char ``j - 1`` (exclusive end)."""
        if not self._segs:
            return 0
        if j <= 0:
            return self.start(0)
        t0, tl, s0, sl = self._seg(j - 1)
        if tl == sl:
            return s0 + min(j - t0, tl)
        return s0 + sl


class TextBuilder:
    """Accumulates block text and its offset map; used by every loader."""

    __slots__ = ("parts", "segs", "pos")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.segs: list[tuple[int, int, int, int]] = []
        self.pos = 0

    def add(self, text: str, src_start: int, src_len: int | None = None) -> None:
        """Append ``text``; linear when ``src_len`` is None or equal to len(text)."""
        if not text:
            return
        n = len(text)
        sl = n if src_len is None else src_len
        segs = self.segs
        if segs and sl == n:
            t0, tl, s0, psl = segs[-1]
            if tl == psl and t0 + tl == self.pos and s0 + psl == src_start:
                segs[-1] = (t0, tl + n, s0, psl + n)
                self.parts.append(text)
                self.pos += n
                return
        segs.append((self.pos, n, src_start, sl))
        self.parts.append(text)
        self.pos += n

    def add_space(self, src_start: int, src_len: int) -> None:
        """Append one collapsed space unless the text already ends in one."""
        if self.pos == 0 or self.parts[-1].endswith(" "):
            return
        self.add(" ", src_start, src_len)

    def build(self) -> tuple[str, OffsetMap]:
        text = "".join(self.parts)
        # Trim trailing space (leading space never gets in: add_space refuses it).
        if text.endswith(" "):
            text = text.rstrip(" ")
            segs = [s for s in self.segs if s[0] < len(text)]
            if segs:
                t0, tl, s0, sl = segs[-1]
                if t0 + tl > len(text):
                    cut = t0 + tl - len(text)
                    segs[-1] = (t0, tl - cut, s0, sl - cut if tl == sl else sl)
            return text, OffsetMap(segs)
        return text, OffsetMap(self.segs)


@dataclass
class Block:
    kind: str
    text: str
    map: OffsetMap
    index: int = 0
    level: int = 0  # heading level; 0 otherwise
    attrs: dict[str, Any] = field(default_factory=dict)

    def src_span(self, start: int, end: int) -> tuple[int, int]:
        return self.map.start(start), self.map.end(end)


@dataclass
class Element:
    """A metadata element with a position (a <title>, <img>, <a>, front-matter key)."""

    kind: str
    offset: int
    end: int
    attrs: dict[str, Any] = field(default_factory=dict)
    text: str = ""


@dataclass
class Suppression:
    kind: str  # "disable" | "enable" | "next-line"
    line: int
    codes: tuple[str, ...]


@dataclass
class Document:
    path: str
    format: str  # "text" | "markdown" | "html"
    source: str
    blocks: list[Block]
    meta: dict[str, Any] = field(default_factory=dict)
    elements: list[Element] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    _index: SourceIndex | None = field(default=None, repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def index(self) -> SourceIndex:
        if self._index is None:
            self._index = SourceIndex(self.source)
        return self._index

    @property
    def title(self) -> str:
        return self.meta.get("title") or ""

    def blocks_of(self, *kinds: str) -> Iterator[Block]:
        for b in self.blocks:
            if b.kind in kinds:
                yield b

    def prose_blocks(self) -> Iterator[Block]:
        return self.blocks_of(*PROSE_KINDS)

    def sentence_blocks(self) -> list[Block]:
        """Prose blocks and question headings (see ``is_sentence_block``), computed once."""
        return self.cached("sentence_blocks", lambda: [b for b in self.blocks if is_sentence_block(b)])

    def elements_of(self, kind: str) -> list[Element]:
        return [e for e in self.elements if e.kind == kind]

    def cached(self, key: str, compute):  # share work between rules
        try:
            return self._cache[key]
        except KeyError:
            value = self._cache[key] = compute()
            return value

    def neighbours(self, block: Block) -> tuple[Block | None, Block | None]:
        i = block.index
        prev = self.blocks[i - 1] if i > 0 else None
        nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return prev, nxt


def make_block(kind: str, builder: TextBuilder, **kw: Any) -> Block | None:
    text, omap = builder.build()
    if not text.strip():
        return None
    return Block(kind=kind, text=text, map=omap, **kw)


def number_blocks(blocks: Iterable[Block]) -> list[Block]:
    out = list(blocks)
    for i, b in enumerate(out):
        b.index = i
    return out
