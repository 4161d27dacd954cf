"""Bytes -> str: BOM, declared charset (HTML), UTF-8, then detection."""
from __future__ import annotations

import codecs
import re

from ..errors import LoadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Return (text, encoding).  The BOM is dropped; offsets count from after it."""
    if not data:
        raise LoadError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc
            except UnicodeDecodeError as e:
                raise LoadError(f"invalid {enc} after byte-order mark: {e.reason} at byte {e.start}") from None
    sample = data[:8192]
    if sample.count(b"\x00") > max(1, len(sample) // 100):
        raise LoadError("binary file (contains NUL bytes); not an article")
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            enc = m.group(1).decode("ascii", "replace").lower()
            try:
                codecs.lookup(enc)
                return data.decode(enc), enc
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from bs4.dammit import UnicodeDammit  # imported only for non-UTF-8 input

    dammit = UnicodeDammit(data, is_html=html)
    if dammit.unicode_markup is None or dammit.original_encoding is None:
        raise LoadError("cannot decode file: not UTF-8 and no encoding could be detected")
    text = dammit.unicode_markup
    if text.count("\ufffd") > max(3, len(text) // 50):
        raise LoadError(f"undecodable file (detected {dammit.original_encoding}, too many invalid bytes)")
    return text, dammit.original_encoding
