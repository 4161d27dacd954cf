"""Markdown (CommonMark + tables, YAML front matter) -> Document.

markdown-it-py gives each block its source line range; the loader finds each
content line inside its source line (after container prefixes such as ``> ``
and list markers) and strips inline markup with its own scanner, recording the
source offset of every character it keeps.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..document import (CODE, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE_CELL, TITLE, Document,
                        Element, TextBuilder, make_block, number_blocks)
from ..errors import LoadError
from .htmltok import decode_entity
from .suppress import parse_suppression
from .text import source_lines

_FM_OPEN = re.compile(r"\A(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n)")
_INLINE_RE = re.compile(
    r"(?P<esc>\\[!-/:-@\[-`{-~])"
    r"|(?P<code>(?P<ticks>`+)(?P<codetext>.+?)(?P=ticks))"
    r"|(?P<img>!\[(?P<alt>[^\]\n]{0,500})\]\((?P<isrc>[^()\s]{0,2000})(?:\s+\"[^\"\n]{0,500}\")?\))"
    r"|(?P<link>\[(?P<ltext>[^\]\n]{1,1000})\]\((?P<href>[^()\s]{0,2000})(?:\s+\"[^\"\n]{0,500}\")?\))"
    r"|(?P<ref>\[(?P<rtext>[^\]\n]{1,1000})\]\[[^\]\n]{0,200}\])"
    r"|(?P<auto><(?P<url>https?://[^>\s]{1,2000})>)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<html></?[A-Za-z][^<>\n]{0,1000}>)"
    r"|(?P<ent>&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});)"
    # an emphasis mark touches its text: a star between spaces ("a * b") or inside braces ("{* name *}", a template
    # tag) is the text's own
    r"|(?P<emph>(?<![{\s])\*{1,3}(?!\})|(?<=\s)\*{1,3}(?=[^\s}])|(?<!\w)_{1,3}|_{1,3}(?!\w)|~~)"
    r"|(?P<nl>[ \t]*\n[ \t]*)",
    re.S,
)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


def _front_matter(source: str, doc_lines):
    m = _FM_OPEN.match(source)
    if not m:
        return None, 0
    fence = source[:3]
    for i, (start, text) in enumerate(doc_lines[1:], start=1):
        if text.rstrip() in (fence, "...") and (fence == "---" or text.rstrip() == fence):
            raw = source[m.end():start]
            return (raw, fence), i + 1
    return None, 0


def _parse_front_matter(raw: str, fence: str, path: str) -> dict:
    if fence == "+++":
        import tomllib

        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as e:
            raise LoadError(f"invalid TOML front matter: {e}") from None
    else:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            data = yaml.load(raw, Loader=loader)  # safe loader: no object construction
        except yaml.YAMLError as e:
            raise LoadError(f"invalid YAML front matter: {str(e).splitlines()[0]}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LoadError("front matter is not a mapping of keys to values")
    return data


class _Inline:
    """Strips inline Markdown from ``content`` whose lines start at ``bases``."""

    def __init__(self, content: str, bases: list[int], doc: "_Ctx") -> None:
        self.content = content
        self.line_starts = [0]
        for i, ch in enumerate(content):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.bases = bases
        self.doc = doc
        self.breaks: list[int] = []  # block-text offsets of soft line breaks

    def src(self, i: int) -> int:
        k = bisect.bisect_right(self.line_starts, i) - 1
        return self.bases[min(k, len(self.bases) - 1)] + (i - self.line_starts[k])

    def keep(self, tb: TextBuilder, i: int, j: int) -> None:
        c = self.content
        while i < j:
            nl = c.find("\n", i, j)
            stop = j if nl < 0 else nl
            if stop > i:
                tb.add(c[i:stop], self.src(i))
            if nl < 0:
                break
            tb.add_space(self.src(nl - 1) + 1, 1)
            i = nl + 1

    def run(self, tb: TextBuilder, i: int, j: int) -> None:
        c = self.content
        pos = i
        for m in _INLINE_RE.finditer(c, i, j):
            if m.start() > pos:
                self.keep(tb, pos, m.start())
            pos = m.end()
            g = m.lastgroup
            if g == "esc":
                tb.add(m.group(0)[1], self.src(m.start()), 2)
            elif g == "code":
                self.keep(tb, m.start("codetext"), m.end("codetext"))
            elif g == "img":
                self.doc.element("img", self.src(m.start()), self.src(m.end() - 1) + 1,
                                 {"src": m.group("isrc"), "alt": m.group("alt"), "in_body": True})
            elif g == "link":
                s0 = self.src(m.start())
                self.doc.element("link", s0, self.src(m.end() - 1) + 1,
                                 {"href": m.group("href"), "in_body": True}, m.group("ltext"))
                self.run(tb, m.start("ltext"), m.end("ltext"))
            elif g == "ref":
                self.run(tb, m.start("rtext"), m.end("rtext"))
            elif g == "auto":
                self.doc.element("link", self.src(m.start()), self.src(m.end() - 1) + 1,
                                 {"href": m.group("url"), "in_body": True}, m.group("url"))
                self.keep(tb, m.start("url"), m.end("url"))
            elif g == "comment":
                self.doc.comment(m.group(0)[4:-3], self.src(m.start()), self.src(m.end() - 1))
            elif g == "ent":
                val = decode_entity(m.group(0))
                tb.add(val if val is not None else m.group(0), self.src(m.start()), m.end() - m.start())
            elif g == "nl":
                self.breaks.append(tb.pos)
                tb.add_space(self.src(m.start()), m.end() - m.start())
            # html tags and emphasis markers are dropped
        if pos < j:
            self.keep(tb, pos, j)


class _Ctx:
    def __init__(self, source: str, index) -> None:
        self.source = source
        self.index = index
        self.elements: list[Element] = []
        self.suppressions = []

    def element(self, kind, start, end, attrs, text=""):
        self.elements.append(Element(kind, start, end, attrs, text))

    def comment(self, text, start, end):
        s = parse_suppression(text, self.index.line_col(start)[0], self.index.line_col(end)[0])
        if s:
            self.suppressions.append(s)


def load_markdown(source: str, path: str) -> Document:
    lines = source_lines(source)
    fm, body_line = _front_matter(source, lines)
    front: dict = {}
    doc = Document(path=path, format="markdown", source=source, blocks=[])
    ctx = _Ctx(source, doc.index)
    if fm:
        front = _parse_front_matter(fm[0], fm[1], path)
        for start, text in lines[1:body_line - 1]:
            km = re.match(r"([A-Za-z_][\w-]*)\s*[:=]", text)
            if km and km.group(1) in front:
                ctx.element("front-matter", start, start + len(text), {"key": km.group(1)}, str(front[km.group(1)])[:500])
    md_input = "\n" * body_line + "\n".join(t for _, t in lines[body_line:])
    tokens = _parser().parse(md_input)

    blocks = []
    containers: list[str] = []
    heading_level = 0
    row_cursor: dict[int, int] = {}
    for tok in tokens:
        t = tok.type
        if t in ("blockquote_open", "list_item_open", "th_open", "td_open"):
            containers.append(t)
        elif t in ("blockquote_close", "list_item_close", "th_close", "td_close"):
            if containers:
                containers.pop()
        elif t == "heading_open":
            heading_level = int(tok.tag[1])
        elif t == "heading_close":
            heading_level = 0
        elif t in ("fence", "code_block") and tok.map:
            first = tok.map[0] + (1 if t == "fence" else 0)
            last = min(tok.map[1], len(lines))
            if t == "fence" and last - 1 >= first and lines[last - 1][1].strip().startswith(tok.markup):
                last -= 1
            tb = TextBuilder()
            for ln in range(first, last):
                start, text = lines[ln]
                if tb.pos:
                    tb.add("\n", start - 1)
                tb.add(text, start)
            b = make_block(CODE, tb)
            if b:
                blocks.append(b)
        elif t == "html_block" and tok.map:
            for m in re.finditer(r"<!--(.*?)-->", tok.content, re.S):
                ln = tok.map[0] + tok.content.count("\n", 0, m.start())
                s = parse_suppression(m.group(1), ln + 1, tok.map[0] + tok.content.count("\n", 0, m.end()) + 1)
                if s:
                    ctx.suppressions.append(s)
        elif t == "inline" and tok.map:
            content = tok.content
            l0, l1 = tok.map
            bases = []
            search_line = l0
            if containers and containers[-1] in ("th_open", "td_open"):
                # cells share a row line: search from the last cell's end
                start, text = lines[l0]
                col = text.find(content.split("\n")[0], row_cursor.get(l0, 0)) if content else -1
                col = max(col, 0)
                row_cursor[l0] = col + len(content)
                bases = [start + col]
            else:
                for cl in content.split("\n"):
                    found = False
                    while search_line < min(l1, len(lines)):
                        start, text = lines[search_line]
                        col = text.find(cl) if cl else -1
                        search_line += 1
                        if col >= 0:
                            bases.append(start + col)
                            found = True
                            break
                    if not found:
                        bases.append(bases[-1] if bases else lines[min(l0, len(lines) - 1)][0])
            tb = TextBuilder()
            inl = _Inline(content, bases, ctx)
            inl.run(tb, 0, len(content))
            if heading_level:
                kind = HEADING
            elif containers:
                kind = {"blockquote_open": QUOTE, "list_item_open": LIST_ITEM}.get(containers[-1], TABLE_CELL)
                if "blockquote_open" in containers:
                    kind = QUOTE
            else:
                kind = PARAGRAPH
            b = make_block(kind, tb, level=heading_level)
            if b:
                if inl.breaks:
                    b.attrs["breaks"] = inl.breaks
                blocks.append(b)
    title = str(front.get("title") or "")
    for b in blocks:
        if b.kind == HEADING and b.level == 1:
            b.kind = TITLE
            title = title or b.text
            break
    doc.blocks = number_blocks(blocks)
    doc.elements = ctx.elements
    doc.suppressions = ctx.suppressions
    kp = front.get("keyphrase") or front.get("keywords")
    if isinstance(kp, list):
        kp = ", ".join(str(k) for k in kp)
    doc.meta.update(
        title=title,
        description=str(front.get("description") or ""),
        keyphrase=str(kp) if kp else "",
        slug=str(front.get("slug") or ""),
        draft=bool(front.get("draft", False)),
        canonical=str(front.get("canonical") or ""),
        image=str(front.get("image") or ""),
        lang=str(front.get("lang") or ""),
        front_matter={k: v for k, v in front.items() if isinstance(v, (str, int, float, bool, list))},
        headings=[(b.level, b.text) for b in blocks if b.kind in (TITLE, HEADING)],
        links=[{"href": e.attrs.get("href"), "text": e.text, "in_body": True} for e in ctx.elements if e.kind == "link"],
        images=[{"src": e.attrs.get("src"), "alt": e.attrs.get("alt"), "in_body": True} for e in ctx.elements if e.kind == "img"],
    )
    return doc
