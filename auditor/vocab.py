"""Content words: the stems of a text's words minus function words, digits and very short words.

Topic coherence is measured with them (which words a line shares with the article), by the chrome analysis and by
the plain-text loader when it picks the title among the lines above the story.
"""
from __future__ import annotations

from .lexicon import FUNCTION_WORDS
from .textutil import WORD_RE

STOP = FUNCTION_WORDS | frozenset(
    "also just more most said says new one two three first last will would can could may like get got "
    "make made many much very well even still back over into out about after before year years "
    "who whom whose what when where why how which".split())


def stem(w: str) -> str:
    w = w.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


_CONTENT_WORD: dict[str, str] = {}  # word -> stem, or "" for a word that is not a content word


def content_words(text: str) -> list[str]:
    """The stems of the content words of ``text``, in order."""
    memo = _CONTENT_WORD
    out = []
    for w in WORD_RE.findall(text):
        st = memo.get(w)
        if st is None:
            if len(memo) > 200_000:
                memo.clear()
            st = memo[w] = stem(w) if len(w) > 2 and w.lower() not in STOP and not w.isdigit() else ""
        if st:
            out.append(st)
    return out
