"""Loaders turn bytes into a :class:`~auditor.document.Document` with source offsets."""
from __future__ import annotations

import re

from ..document import Document
from ..errors import LoadError
from .decode import decode

FORMATS = ("text", "markdown", "html")
_EXT = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
_HTML_SNIFF = re.compile(r"\A\s*(?:<!doctype\s+html|<html|<head|<body|<article|<p[\s>]|<div|<h[1-6][\s>])", re.I)
ALIASES = {"txt": "text", "md": "markdown", "htm": "html", "plain": "text"}


def format_for(path: str) -> str | None:
    dot = path.rfind(".")
    return _EXT.get(path[dot:].lower()) if dot >= 0 else None


def load_bytes(data: bytes, path: str, fmt: str | None = None) -> Document:
    fmt = ALIASES.get(fmt, fmt) if fmt else format_for(path)
    text, encoding = decode(data, html=fmt in (None, "html"))
    return load_string(text, path, fmt, encoding=encoding)


def load_string(text: str, path: str, fmt: str | None = None, *, encoding: str = "utf-8") -> Document:
    fmt = ALIASES.get(fmt, fmt) if fmt else format_for(path)
    if fmt is None:
        fmt = "html" if _HTML_SNIFF.match(text[:1000]) else "text"
    if fmt not in FORMATS:
        raise LoadError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if not text.strip():
        raise LoadError("empty file (only whitespace)")
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")  # NULs keep their offset as U+FFFD
    if fmt == "html":
        from .html import load_html as load
    elif fmt == "markdown":
        from .markdown import load_markdown as load
    else:
        from .text import load_text as load
    doc = load(text, path)
    doc.meta.setdefault("encoding", encoding)
    return doc


__all__ = ["FORMATS", "LoadError", "format_for", "load_bytes", "load_string", "Document"]
