"""Compressed in-memory file entries for large batches.

A finished entry of a 1,000-word article takes about 25 KB as Python objects but 1-2 KB as compressed JSON.
Batches above ``PACK_THRESHOLD`` files keep their entries packed between the audit and the writers, which
read them back one at a time; peak memory for 10,000 documents stays a few hundred MB.
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Sequence

PACK_THRESHOLD = 1000


try:  # orjson encodes and decodes 3-5x faster than json; the bytes are plain JSON either way
    import orjson

    _ORJSON_OPTS = orjson.OPT_NON_STR_KEYS
except ImportError:  # pragma: no cover - orjson is a dependency; the json module does the same job slower
    orjson = None


def _dumps(entry) -> bytes:
    if orjson is not None:
        try:
            return orjson.dumps(entry, option=_ORJSON_OPTS)
        except (TypeError, ValueError):  # e.g. a lone surrogate or an odd float: json's rules apply
            pass
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def pack(entry) -> bytes:
    if isinstance(entry, bytes):
        return entry
    return zlib.compress(_dumps(entry), 1)


def unpack(item) -> dict:
    if not isinstance(item, bytes):
        return item
    raw = zlib.decompress(item)
    if orjson is not None:
        try:
            return orjson.loads(raw)
        except ValueError:
            pass
    return json.loads(raw.decode("utf-8", "surrogatepass"))


class PackedEntries(Sequence):
    """A read-only sequence of report entries stored compressed; each access decodes a fresh dict."""

    def __init__(self) -> None:
        self._items: list[bytes] = []

    def append(self, entry: dict) -> None:
        self._items.append(pack(entry))

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [unpack(b) for b in self._items[i]]
        return unpack(self._items[i])

    def __iter__(self):
        for b in self._items:
            yield unpack(b)
