"""A forgiving HTML tokenizer and tree builder that keeps source offsets.

lxml and html.parser give no (or slow) character offsets, and positions are a
contract here, so HTML is tokenized with linear-time regular expressions into
a light tree whose nodes remember where they start and end in the source.
Malformed markup never raises: an unparsable ``<`` is text, unclosed comments
run to the end, unmatched end tags are ignored, and nesting depth is handled
without recursion.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.entities import html5 as _HTML5

_TAG_RE = re.compile(
    r"<!--.*?(?:-->|\Z)"                                   # comment
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"                          # CDATA
    r"|<[!?][^>]*(?:>|\Z)"                                  # doctype, PI
    r"|</(?P<end>[A-Za-z][^\s/>]{0,63})[^>]*>"              # end tag
    r"|<(?P<start>[A-Za-z][^\s/>]{0,63})(?P<attrs>(?:\"[^\"]*\"|'[^']*'|[^'\"<>])*)>",  # start tag
    re.S,
)
_ATTR_RE = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)")

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
RAW_TEXT = frozenset("script style textarea title xmp noembed noframes".split())
# Elements whose start implicitly closes an open <p>.
P_CLOSERS = frozenset(
    "address article aside blockquote details div dl fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul li dd dt".split()
)


@dataclass(eq=False)
class Node:
    name: str
    start: int  # offset of '<' of the start tag
    inner: int  # offset after the start tag
    attrs: dict[str, str]
    parent: "Node | None" = None
    children: list = field(default_factory=list)  # Node or (text_start, text_end) tuples
    inner_end: int = -1  # offset of the end tag's '<' (or where the element stopped)
    end: int = -1  # offset after the end tag

    def get(self, key: str, default: str = "") -> str:
        return self.attrs.get(key, default)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


@dataclass
class Comment:
    start: int
    end: int
    text: str


def decode_entity(ent: str) -> str | None:
    body = ent[1:]
    if body.startswith("#"):
        num = body[1:].rstrip(";")
        try:
            cp = int(num[1:], 16) if num[:1] in "xX" else int(num)
        except ValueError:
            return None
        if cp == 0 or cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF:
            return "\ufffd"
        return chr(cp)
    val = _HTML5.get(body)
    if val is None and not body.endswith(";"):
        val = _HTML5.get(body + ";")
    return val


def unescape(text: str) -> str:
    if "&" not in text:
        return text
    return _ENTITY_RE.sub(lambda m: decode_entity(m.group(0)) or m.group(0), text)


def parse_attrs(s: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for m in _ATTR_RE.finditer(s):
        k = m.group(1).lower()
        v = m.group(2) or ""
        if v[:1] in "\"'":
            v = v[1:-1]
        attrs.setdefault(k, unescape(v))
    return attrs


def parse(source: str) -> tuple[Node, list[Comment]]:
    """Build the tree.  The root is a synthetic ``#document`` node."""
    root = Node("#document", 0, 0, {})
    root.end = root.inner_end = len(source)
    stack: list[Node] = [root]
    comments: list[Comment] = []
    n = len(source)
    pos = 0
    find = source.find
    match = _TAG_RE.match
    while pos < n:
        lt = find("<", pos)
        if lt < 0:
            stack[-1].children.append((pos, n))
            break
        m = match(source, lt)
        if m is None:
            # a '<' that starts no tag is text
            nxt = find("<", lt + 1)
            nxt = n if nxt < 0 else nxt
            stack[-1].children.append((pos, nxt))
            pos = nxt
            continue
        if lt > pos:
            stack[-1].children.append((pos, lt))
        pos = m.end()
        start_name = m.group("start")
        if start_name:
            name = start_name.lower()
            attrs = parse_attrs(m.group("attrs")) if m.group("attrs") else {}
            if name in P_CLOSERS:
                _close_p(stack, lt, name)
            parent = stack[-1]
            node = Node(name, lt, pos, attrs, parent)
            parent.children.append(node)
            self_closing = m.group("attrs").rstrip().endswith("/")
            if name in VOID or self_closing and name in ("svg", "path", "math"):
                node.inner_end = node.end = pos
                continue
            if name in RAW_TEXT:
                close = re.compile(r"</" + name + r"\s*>", re.I).search(source, pos)
                stop = close.start() if close else n
                if stop > pos:
                    node.children.append((pos, stop))
                node.inner_end = stop
                node.end = close.end() if close else n
                pos = node.end
                continue
            stack.append(node)
            continue
        end_name = m.group("end")
        if end_name:
            name = end_name.lower()
            for i in range(len(stack) - 1, 0, -1):
                if stack[i].name == name:
                    for node in stack[i:]:
                        if node.end < 0:
                            node.inner_end = lt
                            node.end = pos
                    del stack[i:]
                    break
            continue
        tok = m.group(0)
        if tok.startswith("<!--"):
            body_end = m.end() - 3 if tok.endswith("-->") else m.end()
            comments.append(Comment(lt, m.end(), source[lt + 4 : body_end]))
    for node in stack[1:]:
        node.inner_end = node.end = n
    return root, comments


def _close_p(stack: list[Node], at: int, name: str) -> None:
    # An open <p> (not crossing a container like div/li/td) closes implicitly.
    for i in range(len(stack) - 1, 0, -1):
        nm = stack[i].name
        if nm == "p" or (name == "li" and nm == "li") or (name in ("dd", "dt") and nm in ("dd", "dt")):
            for node in stack[i:]:
                node.inner_end = node.end = at
            del stack[i:]
            return
        if nm in ("div", "section", "article", "main", "td", "th", "blockquote", "ul", "ol", "table", "body", "li", "figure"):
            return


def iter_nodes(root: Node):
    """Depth-first, document order, no recursion."""
    todo = [root]
    while todo:
        node = todo.pop()
        yield node
        kids = [c for c in node.children if isinstance(c, Node)]
        todo.extend(reversed(kids))


def find_first(root: Node, pred) -> Node | None:
    for node in iter_nodes(root):
        if pred(node):
            return node
    return None
