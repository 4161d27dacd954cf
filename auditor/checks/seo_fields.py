"""Shared access to SEO fields: where a field lives in each format, headings, links, slugs."""
from __future__ import annotations

import os
import re
import unicodedata

from ..document import HEADING, TITLE

HEAD_FORMATS = ("html", "markdown")


def has_head(doc, ctx=None) -> bool:
    """Title, description and friends exist in HTML heads and Markdown front matter, not in plain text."""
    return doc.format in HEAD_FORMATS


def is_html(doc, ctx=None) -> bool:
    return doc.format == "html"


def field_element(doc, html_kind: str, fm_key: str):
    """The element that holds a head field: an HTML element or a front-matter key line."""
    if doc.format == "html":
        els = doc.elements_of(html_kind)
        return els[0] if els else None
    for el in doc.elements_of("front-matter"):
        if el.attrs.get("key") == fm_key:
            return el
    return None


def report_field(ctx, doc, html_kind: str, fm_key: str, message: str, suggestions=()):
    """Report at the field's element, the title block for a Markdown title, or the document."""
    el = field_element(doc, html_kind, fm_key)
    if el is not None:
        return ctx.report_element(el, message, suggestions)
    if fm_key == "title":
        for b in doc.blocks_of(TITLE):
            return ctx.report(b, 0, len(b.text), message, suggestions)
    return ctx.report_document(message, suggestions)


def headings(doc) -> list[tuple[int, str, object]]:
    """(level, text, locator) for the article's headings; the locator is an Element or a Block."""
    if doc.format == "html":
        return [(el.attrs.get("level", 2), el.text, el) for el in doc.elements_of("heading")]
    return [(b.level or 1, b.text, b) for b in doc.blocks if b.kind in (TITLE, HEADING)]


def report_at(ctx, locator, message: str, suggestions=()):
    if hasattr(locator, "map"):  # a Block
        return ctx.report(locator, 0, len(locator.text), message, suggestions)
    return ctx.report_element(locator, message, suggestions)


def body_links(doc):
    return [el for el in doc.elements_of("link") if el.attrs.get("in_body", True)]


def body_images(doc):
    return [el for el in doc.elements_of("img") if el.attrs.get("in_body", True)]


def slug_of(doc) -> tuple[str, object | None]:
    """(slug, element) from front matter ``slug``, else the file name without extension."""
    if doc.format == "markdown" and doc.meta.get("slug"):
        return doc.meta["slug"], field_element(doc, "", "slug")
    name = os.path.basename(doc.path.replace("\\", "/"))
    stem = name.rsplit(".", 1)[0] if "." in name else name
    if stem in ("index", "_index", "README", "-", "<stdin>", ""):
        stem = os.path.basename(os.path.dirname(doc.path.replace("\\", "/")))
    return stem, None


def anchor_slug(text: str) -> str:
    """GitHub/CommonMark-style heading anchor: lower case, punctuation dropped, spaces to hyphens."""
    t = unicodedata.normalize("NFKC", text).strip().lower()
    t = re.sub(r"[^\w\- ]", "", t)
    return t.replace(" ", "-")
