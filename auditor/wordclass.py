"""Word classes of English words, from ``data/wordclass.txt`` (built by ``data/build_wordclass.py``).

``classes("eyes")`` -> ``"PZ"``: a plural noun and a third-person verb. Flags: N singular noun, P plural
noun, M noun that can be uncountable, V verb base, Z third-person singular, D simple past, E past
participle, G -ing form, A adjective, C comparative/superlative, R adverb. Unknown words give "".
The table is one sorted list searched by bisection; it loads on first use (about 10 ms).
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

_PATH = Path(__file__).with_name("data") / "wordclass.txt"
_LINES: list[str] | None = None


def _lines() -> list[str]:
    global _LINES
    if _LINES is None:
        _LINES = _PATH.read_text(encoding="utf-8").splitlines()
    return _LINES


@lru_cache(maxsize=65536)
def classes(word: str) -> str:
    """The flags of a lower-case word, or "" when the table does not know it."""
    lines = _lines()
    key = word + "\t"
    i = bisect_left(lines, key)
    if i < len(lines) and lines[i].startswith(key):
        return lines[i][len(key):]
    return ""


def only(word: str, allowed: str) -> bool:
    """The word is known and every class it has is in ``allowed`` ("N", "NP", ...)."""
    c = classes(word)
    return bool(c) and all(f in allowed for f in c)
