"""Punctuation and capitalisation checks of the built-in grammar set."""
from __future__ import annotations

import re

from ..document import PROSE_KINDS
from ..registry import rule
from ..textutil import _is_abbrev
from .spelling import known_word

# Each pattern starts with the character it is about and checks what precedes with a look-behind after
# it: a pattern that starts with a look-behind makes the regex engine try every position of the text.
_LOWER_START_RE = re.compile(r"([.!?])(?<=[a-z\d)\]][.!?])[\"”’')\]]?\s+([a-z][a-z’']*)\b")
_SKIP_STARTS = frozenset("e.g i.e etc vs cf et al ca pp pH iPhone iPad eBay".lower().split())
_REPEAT_RE = re.compile(r"(?=[,;:.])(?:([,;:])(?<![.,;:!?][,;:])\s*\1|\.\.(?<!\.\.\.)(?!\.)|[,;:]\s*[.](?!\.)|[,;]\s*[,;:])")
_SPACE_BEFORE_RE = re.compile(r"(?<=[A-Za-z])[ \t]+([,;:.!?])(?![.\w])")
_NO_SPACE_AFTER_RE = re.compile(r",(?<=[a-z]{2},)(?=[A-Za-z]{2})")


@rule(code="G330", name="punctuation", category="grammar", severity="warning",
      bad=["The vote failed. the council met again.", "It was late,, and cold.", "We left early .",
           "She paused.. then spoke.", "Red,green and blue."],
      good=["The vote failed. The council met again.", "Wait for it...", "He works at the U.S. embassy. It is big.",
            "Prices rose 2.5 percent.", "See e.g. the appendix.", "It cost $1,000,000.", "Is it? yes, it is."])
def punctuation(doc, ctx):
    """What it does: Finds a sentence that starts with a lower-case letter after a full stop, doubled
    punctuation (",,", "..", ",."), a space before a comma or full stop, and a missing space after a comma
    between words.
    Why it matters: These are the typing slips proofreaders catch first; they make copy look unedited.
    How to fix: Capitalise the sentence, delete the extra mark or space, add the missing space.
    """
    for b in doc.blocks:
        if b.kind not in PROSE_KINDS:
            continue
        t = b.text
        for m in _LOWER_START_RE.finditer(t):
            if m.group(1) != ".":
                continue  # "Is it? yes" is a style choice in dialogue
            if t[m.end(1):m.end(1) + 1] in ("\"", "”", "’", "'"):
                continue  # a quoted title with its own full stop inside a sentence: the “Meth. We’re on it.” campaign
            j = m.start(1)
            k = j
            while k > 0 and not t[k - 1].isspace():
                k -= 1
            prev = t[k:j + 1]
            word = m.group(2)
            if t[m.end(2):m.end(2) + 1] in (".", ":", "/", "@"):
                continue  # a domain or URL ("pic.twitter.com", "https://")
            bare = prev[:-1].strip("\"'”’)]").lower()
            if _is_abbrev(prev) or bare.isdigit() or word in _SKIP_STARTS or len(prev) <= 2 or not known_word(bare):
                continue  # abbreviations and units ("25 mm. of tissue")
            ctx.report(b, m.start(2), m.end(2), f"Sentence starts with a lower-case letter: '{word}'",
                       [word[0].upper() + word[1:]])
        for m in _REPEAT_RE.finditer(t):
            k = m.start()
            while k > 0 and not t[k - 1].isspace():
                k -= 1
            if m.group(0) == ".." and _is_abbrev(t[k:m.start() + 1]):
                continue  # "etc.." is an abbreviation's point plus the full stop
            ctx.report(b, m.start(), m.end(), f"Repeated punctuation: '{m.group(0)}'", [m.group(0).strip()[-1]])
        for m in _SPACE_BEFORE_RE.finditer(t):
            ctx.report(b, m.start(), m.end(), f"Space before '{m.group(1)}'", [m.group(1)])
        for m in _NO_SPACE_AFTER_RE.finditer(t):
            ctx.report(b, m.start(), m.end(), "Missing space after a comma", [", "])
    return ()
