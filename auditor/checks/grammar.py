"""Offline grammar checks that need code (word lists and swaps live in rules/grammar.toml)."""
from __future__ import annotations

import re

from ..document import PROSE_KINDS, HEADING
from ..registry import rule
from .spelling import known_word

_DOUBLE_RE = re.compile(r"\b(\w+)\s+(\1)\b", re.I)
_OK_DOUBLES = frozenset("that had is bye no yes very so really ha knock blah tut aye chop".split())


@rule(code="G301", name="doubled-word", category="grammar", severity="error",
      bad=["We went to the the store."], good=["I knew that that was wrong.", "She said no, no, no.",
                                                 "They flew to Bora Bora."])
def doubled_word(doc, ctx):
    """What it does: Finds a word written twice in a row ("the the").
    Why it matters: A doubled word is a classic editing slip that spell checkers miss.
    How to fix: Delete one of the two words.
    """
    for b in doc.blocks:
        if b.kind not in PROSE_KINDS and b.kind != HEADING:
            continue
        for m in _DOUBLE_RE.finditer(b.text):
            w = m.group(1)
            if w.lower() in _OK_DOUBLES or w.isdigit() or w[:1].isupper() and m.group(2)[:1].isupper() \
                    or w[:1].isupper() and w.lower() in ("will", "may", "can", "bill", "mark", "grace", "hope"):
                continue
            ctx.report(b, m.start(), m.end(), f"Doubled word: '{w} {m.group(2)}'", suggestions=[w])
    return ()


_VOWEL_SOUND_CONSONANT = re.compile(r"^(?:uni|use|usu|util|uter|euro|eu|one|once|ubiq|ukr|uran|ure|uri|uro|u\b|ewe)", re.I)
_SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir)", re.I)
_LETTER_VOWEL = set("AEFHILMNORSX")  # letters whose names start with a vowel sound (an MRI, an FBI agent)
_AN_RE = re.compile(r"(?=[aA])(?<![\w.’'-])(a|an|A|An)\s+([\w’'-]+)")



_AN_H_OK = re.compile(r"^(?:historic|historical|hotel|heroic|hypothes|habitual|hilarious)", re.I)


def _wants_an(word: str) -> bool | None:
    w = word.strip("'’-")
    if not w or not w.isascii() or not w[0].isalpha():
        return None  # (a word with accents is from another language: Portuguese "a inúmeras")
    lead = re.match(r"[A-Z]{2,}(?=[-\d]|$)", w)
    if lead and lead.group(0) != w:
        w = lead.group(0)  # "SLS-derived", "PS4": the initialism is what is read first
    if len(w) == 1 and w.isupper() and w != "I":
        return w in _LETTER_VOWEL  # a letter by its name: "an S line", "a B movie"
    if w.isupper() and len(w) > 1 and not re.search(r"[AEIOU]{1}[a-z]", w):
        core = re.match(r"[A-Z]+", w).group(0)
        if len(core) >= 4 and re.search(r"[AEIOU]", core[1:]) or (
                re.fullmatch(r"[^AEIOU][AEIOU][^AEIOU]", core) and known_word(core.lower())):
            return core[0] in "AEIOU"  # an acronym read as a word (NASA, LAPS, MOS)
        if re.fullmatch(r"[^AEIOU][AEIOU][^AEIOU]", core) and core[0] in _LETTER_VOWEL:
            return None  # read as a word or as letters: "a LAN", "an SUV", "an MIT study"
        return w[0] in _LETTER_VOWEL  # an initialism, read letter by letter
    if w[0] in "Xx" and len(w) > 1 and w[1].lower() not in "aeiouy":
        return True  # "an Xbox", "an X-ray"
    if w.lower().replace("’", "'") in ("i", "i'm", "i've", "i'd", "i'll"):
        return None
    if _SILENT_H.match(w):
        return True
    if _VOWEL_SOUND_CONSONANT.match(w):
        return False
    return w[0].lower() in "aeiou"


@rule(code="G302", name="a-an", category="grammar", severity="error",
      bad=["She bought an one-day pass.", "It was a honest mistake.", "He is an university student? No, a apple.",
           "There are options for a AMD chip.", "It has a S line model."],
      good=["She ate an apple.", "It took an hour.", "He needed an MRI scan.", "She went to a university.", "A European law.",
            "Audi will have an S line model.", "Wire it to a LAN.", "There could be an SLS-derived rocket.",
            "It runs on an Xbox or a PS4.", "Calendário sujeito a inúmeras alterações."])
def a_an(doc, ctx):
    """What it does: Checks "a" and "an" against the sound of the next word, with the usual exceptions
    ("a university", "an hour", "an MRI").
    Why it matters: The wrong article is among the most noticed slips in published text.
    How to fix: Use "an" before a vowel sound and "a" before a consonant sound.
    """
    for b in doc.sentence_blocks():
        for m in _AN_RE.finditer(b.text):
            art, word = m.group(1), m.group(2)
            want = _wants_an(word)
            if want is None or word.isdigit():
                continue
            if art.lower() == "an" and _AN_H_OK.match(word):
                continue  # "an historic", "an hotel": dated but accepted
            if art.lower() == "a" and want:
                fix = "an" if art == "a" else "An"
            elif art.lower() == "an" and not want:
                fix = "a" if art == "an" else "A"
            else:
                continue
            if art == "A" and m.start() > 0 and b.text[max(0, m.start() - 2):m.start()].strip() not in ("", ".", "!", "?", "\"", "“"):
                continue  # "Grade A apples", "Plan A in..."
            ctx.report(b, m.start(1), m.end(2), f"Use '{fix}' before '{word}'", suggestions=[f"{fix} {word}"])
    return ()
