"""HTML page or fragment -> Document (blocks inside the article body, head metadata)."""
from __future__ import annotations

import json
import re

from ..document import (CAPTION, CODE, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE_CELL, TITLE,
                        Document, Element, TextBuilder, make_block, number_blocks)
from .htmltok import Node, decode_entity, iter_nodes, parse, unescape, _ENTITY_RE
from .suppress import parse_suppression

_WS_RE = re.compile(r"[ \t\n\r\f]+")

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary "
    "table tbody td tfoot th thead tr ul caption br html".split()
)
SKIP_TAGS = frozenset(
    "script style template noscript svg math head button select option textarea iframe object "
    "canvas video audio map nav aside footer form dialog".split()
)
KIND_BY_TAG = {
    "li": LIST_ITEM, "blockquote": QUOTE, "figcaption": CAPTION, "caption": CAPTION,
    "td": TABLE_CELL, "th": TABLE_CELL, "pre": CODE,
    "h1": HEADING, "h2": HEADING, "h3": HEADING, "h4": HEADING, "h5": HEADING, "h6": HEADING,
}
BODY_CLASSES = (
    "entry-content", "post-content", "article-content", "article-body", "articlebody",
    "post-body", "story-body", "article__body", "article-text", "td-post-content",
    "single-content", "post-entry", "blog-post", "content-body", "main-content",
)


def find_body(root: Node) -> tuple[Node, Node | None]:
    """The article container: itemprop=articleBody, <article>, CMS classes, <main>, else the densest element of
    <body> (see ``_densest``); and, for the densest element, the page's first <h1> when it sits outside it (a
    header above the story): it is read as the article's title."""
    best: dict[str, Node] = {}
    for node in iter_nodes(root):
        if node.get("itemprop").lower() == "articlebody":
            return node, None
        if node.name == "article" and "article" not in best:
            best["article"] = node
        elif node.name == "main" and "main" not in best:
            best["main"] = node
        elif node.name == "body" and "body" not in best:
            best["body"] = node
        elif "cms" not in best and node.name in ("div", "section") and any(
            c.lower() in BODY_CLASSES for c in node.classes
        ):
            best["cms"] = node
    for key in ("article", "cms", "main"):
        if key in best:
            return best[key], None
    return _densest(best.get("body", root))


def _densest(top: Node, min_chars: int = 400) -> tuple[Node, Node | None]:
    """A page with no semantic container: the element that holds the article's paragraphs, found by descending
    from ``top`` into the child that holds most of the paragraph text (text in <p> elements, link text not
    counted) as long as everything beside that child looks like a widget: no paragraph of its own (60 characters
    or more) and under 200 characters of paragraph text in any other child. A sidebar or a footer of links is
    then outside the body, while an intro paragraph beside a wrapper keeps the wrapper's parent. Also returns the
    page's first <h1> when it sits outside that element (a header above the story)."""
    weight: dict[int, int] = {}
    order = list(iter_nodes(top))
    first_h1 = next((n for n in order if n.name == "h1"), None)
    for node in reversed(order):  # children before parents
        w = weight.get(id(node), 0)
        if node.name == "p":
            w = weight[id(node)] = _own_text_len(node)
        if node.parent is not None and node is not top and node.name not in SKIP_TAGS and w:
            weight[id(node.parent)] = weight.get(id(node.parent), 0) + w
    total = weight.get(id(top), 0)
    if total < min_chars:
        return top, None
    node = top
    while True:
        kids = [c for c in node.children if isinstance(c, Node) and c.name not in SKIP_TAGS]
        best = max(kids, key=lambda c: weight.get(id(c), 0), default=None)
        if best is None or best.name == "p" or weight.get(id(best), 0) < 0.5 * weight.get(id(node), 0):
            break
        if any(weight.get(id(c), 0) >= (60 if c.name == "p" else 200) for c in kids if c is not best):
            break
        node = best
    if first_h1 is None or node is top or _within(first_h1, node) or _skipped(first_h1, top):
        return node, None
    return node, first_h1


def _within(node: Node, container: Node) -> bool:
    p = node
    while p is not None:
        if p is container:
            return True
        p = p.parent
    return False


def _own_text_len(node: Node) -> int:
    """Characters of text in ``node``, not counting text inside links."""
    n = 0
    todo = [node]
    while todo:
        cur = todo.pop()
        for c in cur.children:
            if isinstance(c, Node):
                if c.name != "a":
                    todo.append(c)
            else:
                n += c[1] - c[0]
    return n


# What the whitespace pass must act on: entities, and whitespace that is not one plain space between
# words (a run, a tab or newline, a space at the start of the text or after an entity).  Single spaces
# between words map one-to-one and stay inside the text runs, which keeps the offset map short.
_COLLAPSE_RE = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]|&|^ |(?<=;) ")


# Class names that mark a caption written as a paragraph or a span: "caption", "wp-caption-text", "figure-caption".
_CAPTION_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:caption|figcaption)(?:$|[\s_-])", re.I)


class _Walker:
    def __init__(self, source: str) -> None:
        self.source = source
        self.blocks = []
        self.tb = TextBuilder()
        self.kind_stack: list[tuple[str, int]] = []  # (kind, heading level)
        self.tag_stack: list[str] = []  # open block elements, innermost last
        self.pushed: set[int] = set()
        self.seen_h1 = False
        self.in_link = 0  # depth of open <a> elements
        self.link_chars = 0  # characters of the current block inside links
        self.caption = False  # the current block sits in an element classed as a caption

    def flush(self) -> None:
        if self.tb.pos:
            kind, level = self.kind_stack[-1] if self.kind_stack else (PARAGRAPH, 0)
            if self.caption and kind == PARAGRAPH:
                kind = CAPTION  # <p class="wp-caption-text">, <p><span class="caption">Figure 4-4: ...</span></p>
            b = make_block(kind, self.tb, level=level)
            if b is not None:
                b.attrs["link_ratio"] = round(min(1.0, self.link_chars / max(1, len(b.text))), 3)
                b.attrs["tag"] = self.tag_stack[-1] if self.tag_stack else ""  # the element the text sits in
                self.blocks.append(b)
        self.tb = TextBuilder()
        self.link_chars = 0
        self.caption = False

    def text(self, start: int, end: int, pre: bool) -> None:
        src = self.source
        tb = self.tb
        pos = start
        seg = src[start:end]
        if pre:
            for m in _ENTITY_RE.finditer(seg):
                if m.start() > pos - start:
                    tb.add(seg[pos - start:m.start()], pos)
                val = decode_entity(m.group(0))
                tb.add(val if val is not None else m.group(0), start + m.start(), m.end() - m.start())
                pos = start + m.end()
            if pos < end:
                tb.add(src[pos:end], pos)
            return
        # Collapse whitespace and decode entities in one left-to-right pass.
        i = 0
        n = len(seg)
        for m in _COLLAPSE_RE.finditer(seg):
            if m.start() < i:
                continue
            if m.start() > i:
                tb.add(seg[i:m.start()], start + i)
            if m.group(0) == "&":
                em = _ENTITY_RE.match(seg, m.start())
                val = decode_entity(em.group(0)) if em else None
                if val is None:
                    tb.add("&", start + m.start())
                    i = m.start() + 1
                else:
                    tb.add(val, start + m.start(), em.end() - em.start())
                    i = em.end()
            else:
                tb.add_space(start + m.start(), m.end() - m.start())
                i = m.end()
        if i < n:
            tb.add(seg[i:], start + i)

    def walk(self, top: Node) -> None:
        # Iterative walk: ("open", node) / ("close", node) / ("text", span, pre)
        todo: list = [("open", top, False)]
        while todo:
            op, item, pre = todo.pop()
            if op == "text":
                before = self.tb.pos
                self.text(item[0], item[1], pre)
                if self.in_link:
                    self.link_chars += self.tb.pos - before
                continue
            node: Node = item
            if op == "close":
                if node.name == "a":
                    self.in_link -= 1
                if node.name in BLOCK_TAGS:
                    self.flush()
                    if self.tag_stack:
                        self.tag_stack.pop()
                    if id(node) in self.pushed:
                        self.kind_stack.pop()
                continue
            if node is not top and node.name in SKIP_TAGS:
                continue
            if node.name in BLOCK_TAGS:
                self.flush()
                self.tag_stack.append(node.name)
                kind = KIND_BY_TAG.get(node.name)
                if kind:
                    level = int(node.name[1]) if kind == HEADING else 0
                    if level == 1 and not self.seen_h1:
                        kind, self.seen_h1 = TITLE, True
                    self.pushed.add(id(node))
                    self.kind_stack.append((kind, level))
            if node.name == "a":
                self.in_link += 1
            if "class" in node.attrs and _CAPTION_CLASS_RE.search(node.attrs["class"]):
                self.caption = True
            is_pre = pre or node.name == "pre"
            todo.append(("close", node, pre))
            for child in reversed(node.children):
                if isinstance(child, Node):
                    todo.append(("open", child, is_pre))
                else:
                    todo.append(("text", child, is_pre))


def _text_of(source: str, node: Node) -> str:
    parts = []
    for n in iter_nodes(node):
        for c in n.children:
            if not isinstance(c, Node):
                parts.append(source[c[0]:c[1]])
    return _WS_RE.sub(" ", unescape("".join(parts))).strip()


def load_html(source: str, path: str) -> Document:
    root, comments = parse(source)
    body, title_h1 = find_body(root)
    w = _Walker(source)
    if title_h1 is not None:
        w.walk(title_h1)
    w.walk(body)
    w.flush()
    blocks = w.blocks
    meta: dict = {"og": {}, "json_ld": [], "headings": [], "links": [], "images": [], "ids": []}
    elements: list[Element] = []
    html_node = None
    for node in iter_nodes(root):
        name = node.name
        if "id" in node.attrs or (name == "a" and "name" in node.attrs):
            meta["ids"].append(node.attrs.get("id") or node.attrs.get("name"))
        if name == "html" and html_node is None:
            html_node = node
            if node.get("lang"):
                meta["lang"] = node.get("lang")
            elements.append(Element("html", node.start, node.inner, dict(node.attrs)))
        elif name == "title" and "title" not in meta and not _inside(node, "svg"):
            t = _text_of(source, node)
            meta["title"] = t
            elements.append(Element("title", node.start, node.end, {}, t))
        elif name == "meta":
            key = (node.get("name") or node.get("property")).lower()
            content = node.get("content")
            if key == "description":
                meta["description"] = content
                elements.append(Element("meta-description", node.start, node.inner, dict(node.attrs), content))
            elif key in ("robots", "keywords", "author"):
                meta[key] = content
                elements.append(Element("meta-" + key, node.start, node.inner, dict(node.attrs), content))
            elif key.startswith("og:") or key.startswith("twitter:"):
                meta["og"][key] = content
        elif name == "link" and "canonical" in node.get("rel").lower().split():
            meta["canonical"] = node.get("href")
            elements.append(Element("canonical", node.start, node.inner, dict(node.attrs), node.get("href")))
        elif name == "script" and "ld+json" in node.get("type").lower():
            raw = "".join(source[c[0]:c[1]] for c in node.children if not isinstance(c, Node))
            try:
                meta["json_ld"].append(json.loads(raw))
            except ValueError as e:
                meta["json_ld"].append({"_error": str(e)})
            elements.append(Element("json-ld", node.start, node.end, {}, raw[:2000]))
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6") and not _skipped(node, body, title_h1):
            t = _text_of(source, node)
            meta["headings"].append((int(name[1]), t))
            elements.append(Element("heading", node.start, node.end, {"level": int(name[1])}, t))
        elif name == "a" and node.get("href") is not None and "href" in node.attrs:
            t = _text_of(source, node)
            in_body = not _skipped(node, body, title_h1)
            meta["links"].append({"href": node.get("href"), "text": t, "in_body": in_body})
            elements.append(Element("link", node.start, node.inner, dict(node.attrs, in_body=in_body), t))
        elif name == "img":
            in_body = not _skipped(node, body, title_h1)
            meta["images"].append({"src": node.get("src"), "alt": node.attrs.get("alt"), "in_body": in_body})
            elements.append(Element("img", node.start, node.inner, dict(node.attrs, in_body=in_body)))
    meta.setdefault("title", "")
    if not meta["title"]:
        for b in blocks:
            if b.kind == TITLE:
                meta["title_from_h1"] = b.text
                break
    doc = Document(path=path, format="html", source=source, blocks=number_blocks(blocks), meta=meta,
                   elements=elements)
    for c in comments:
        s = parse_suppression(c.text, doc.index.line_col(c.start)[0], doc.index.line_col(c.end)[0])
        if s:
            doc.suppressions.append(s)
    return doc


def _inside(node: Node, name: str) -> bool:
    p = node.parent
    while p is not None:
        if p.name == name:
            return True
        p = p.parent
    return False


def _skipped(node: Node, body: Node, also: Node | None = None) -> bool:
    """True when ``node`` is outside the article body (and outside ``also``, a title read from outside it) or
    inside skipped chrome."""
    if also is not None and _within(node, also):
        return False
    p = node.parent
    inside = node is body
    while p is not None:
        if p is body:
            inside = True
            break
        if p.name in SKIP_TAGS:
            return True
        p = p.parent
    return not inside
