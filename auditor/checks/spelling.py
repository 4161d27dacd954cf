"""Offline spelling (pyspellchecker's English list), tuned for precision on published web text."""
from __future__ import annotations

import os
import re
import threading
from collections import Counter

from ..registry import rule

_LOCK = threading.Lock()
_CHECKER = None
_WORDS_CACHE: dict[tuple, frozenset[str]] = {}
_SHIPPED: frozenset[str] | None = None

# Letters, apostrophes and inner hyphens; anything with digits, dots, slashes or underscores is not a word to check.
_TOKEN_RE = re.compile(r"(?=[A-Za-z])(?<![\w@/.\-’'])[A-Za-z][A-Za-z’'\-]*[A-Za-z](?![\w@/\-]|\.[A-Za-z])")
# Links, e-mail addresses, code, wiki markup, words cut at an ellipsis.  Token-level alternatives start only
# after whitespace ((?<!\S)), so a long run without spaces is scanned once, not once per character.
_SKIP_SPAN_RE = re.compile(r"https?://\S+|www\.\S+|(?<!\S)[^\s@]+@\S+\.\w+|`[^`]*`|\[\[.*?(?:\]\]|$)"
                           r"|\{\{.*?(?:\}\}|$)|(?<!\S)\S*(?:\.\.\.|…)\S*")
_PART_RE = re.compile(r"[^\-]+")
# every span _SKIP_SPAN_RE removes contains one of these characters: most blocks need no masking
_SKIP_HINT_RE = re.compile(r"[:@`\[{…]|www\.|\.\.\.")
_CONTRACTION_RE = re.compile(r"(?:n[’']t|[’'](?:s|re|ve|ll|d|m|t))$", re.I)
_PREFIXES = ("un", "re", "non", "pre", "post", "anti", "over", "under", "mis", "co", "de", "dis", "multi", "sub",
             "super", "inter", "micro", "mega", "mini", "self", "semi", "cyber", "hyper", "out", "counter")
_SUFFIXES = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "ness", "ity", "ism", "ist", "ists", "ment",
             "ments", "able", "ful", "less", "ship", "wise", "like", "ize", "ized", "izes", "ization")
# British spellings -> the American form that pyspellchecker's list knows.
_GB_TO_US = [
    (re.compile(r"our(s|ed|ing|ite|ites|able|er|ers|ful)?$"), r"or\1"),
    (re.compile(r"is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"([aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"gement(s)?$"), r"gment\1"),
    (re.compile(r"^scept"), "skept"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"ellery$"), "elry"),
    (re.compile(r"(?<=[a-z])is(?=a|e|i)"), "iz"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe"), "e"),
]


def checker():
    """pyspellchecker's English dictionary, loaded once per process on first use."""
    global _CHECKER
    with _LOCK:
        if _CHECKER is None:
            from spellchecker import SpellChecker

            _CHECKER = SpellChecker(language="en", distance=1)
        return _CHECKER


def known_word(word: str) -> bool:
    """Is ``word`` (lower case) in pyspellchecker's English frequency list?  Shared by the grammar checks."""
    return bool(checker().word_frequency.dictionary.get(word))


def project_words(config) -> frozenset[str]:
    """``spelling.words`` and the lines of ``spelling.words-file`` (relative to the config file)."""
    if config is None:
        return frozenset()

    def compute():
        words = {str(w).lower() for w in config.spelling.get("words", [])}
        wf = config.spelling.get("words-file")
        if wf:
            path = wf if os.path.isabs(wf) else os.path.join(config.base_dir, wf)
            try:
                with open(path, encoding="utf-8") as fh:
                    words |= {ln.strip().lower() for ln in fh if ln.strip() and not ln.startswith("#")}
            except OSError:
                pass
        return frozenset(words)

    key = (config.base_dir, tuple(config.spelling.get("words", [])), config.spelling.get("words-file"))
    if key not in _WORDS_CACHE:
        _WORDS_CACHE[key] = compute()
    return _WORDS_CACHE[key]


def shipped_words() -> frozenset[str]:
    global _SHIPPED
    if _SHIPPED is None:
        path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "words.txt")
        with open(path, encoding="utf-8") as fh:
            _SHIPPED = frozenset(ln.strip().lower() for ln in fh if ln.strip() and not ln.startswith("#"))
    return _SHIPPED


_ACCEPT_CACHE: dict[tuple, dict[str, bool]] = {}


class Speller:
    def __init__(self, extra: frozenset[str] = frozenset(), variant: str = "any") -> None:
        self.known = checker().word_frequency.dictionary
        self.extra = extra | shipped_words()
        self.variant = variant
        # decisions are shared by every document of the run with the same dictionary settings
        self.decided = _ACCEPT_CACHE.setdefault((self.extra, variant), {})

    def accepts_cached(self, w: str) -> bool:
        d = self.decided.get(w)
        if d is None:
            if len(self.decided) > 200_000:
                self.decided.clear()
            d = self.decided[w] = (not (self.variant == "en-US" and not self.is_word(w) and self.british(w))
                                   and self.accepts(w))
        return d

    def is_word(self, w: str) -> bool:
        return w in self.known or w in self.extra

    def british(self, w: str) -> str | None:
        """The American form of a British spelling, when that form is a known word."""
        for rx, rep in _GB_TO_US:
            us = rx.sub(rep, w)
            if us != w and (self.is_word(us) or self.accepts_simple(us)):
                return us
        return None

    def accepts(self, w: str) -> bool:
        if self.is_word(w) or _pronounced(w):
            return True
        if self.british(w):
            return True  # en-US reports British forms separately, as info
        for suf in _SUFFIXES:  # inflections and derivations of a known word
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                base = w[: -len(suf)]
                if self.is_word(base) or self.is_word(base + "e") or (self.variant != "en-US" and self.british(base)):
                    return True
                if len(base) > 3 and base[-1] == base[-2] and self.is_word(base[:-1]):
                    return True
                if base.endswith("i") and self.is_word(base[:-1] + "y"):
                    return True
        for pre in _PREFIXES:
            if w.startswith(pre) and len(w) - len(pre) >= 3 and self.accepts_simple(w[len(pre):]):
                return True
        for i in range(3, len(w) - 2):  # closed compounds: "blockchain", "pickleball"
            if self.is_word(w[:i]) and self.is_word(w[i:]) and len(w[:i]) >= 3 and len(w[i:]) >= 3:
                return True
        return False

    def accepts_simple(self, w: str) -> bool:
        return self.is_word(w) or any(w.endswith(s) and self.is_word(w[: -len(s)]) for s in ("s", "ed", "ing"))

    def suggestions(self, w: str) -> list[str]:
        c = checker()
        cands = c.candidates(w) or set()
        cands = [x for x in cands if x != w]
        return sorted(cands, key=lambda x: -c.word_frequency[x])[:3]


_NEAR_MISS_FREQ = 2000  # a word this frequent one edit away makes a dictionary entry suspect


def _pronounced(w: str) -> bool:
    """The CMU pronouncing dictionary (134,000 words, shipped for syllable counts) knows the word: many real words
    and names pyspellchecker lacks ("morph", "droid", "intraday", "entendre"). It also lists common misspellings
    ("thier", "goverment"), so a word one edit away from a frequent word is not taken from it."""
    from ..syllables import table

    if w not in table():
        return False
    c = checker()
    freq = c.word_frequency.dictionary
    return not any((freq.get(x) or 0) >= _NEAR_MISS_FREQ for x in c.edit_distance_1(w) if x != w)


def _words_in(text: str):
    """(start, end, word) of each lower-case word to check in ``text``."""
    if _SKIP_HINT_RE.search(text):
        text = _SKIP_SPAN_RE.sub(lambda m: " " * len(m.group(0)), text)
    for m in _TOKEN_RE.finditer(text):
        tok = m.group(0)
        if tok.isalpha():  # the common case: a plain word
            if len(tok) >= 3 and tok.islower():
                yield m.start(), m.end(), tok
            continue
        if tok != tok.lower():
            continue  # names, acronyms, camelCase, sentence-initial words
        start = m.start()
        if "-" in tok:  # each part of a hyphenated word
            parts = [(p.start(), p.group(0)) for p in _PART_RE.finditer(tok)]
        else:
            parts = ((0, tok),)
        for off, p in parts:
            core = _CONTRACTION_RE.sub("", p).strip("’'") if ("'" in p or "’" in p) else p
            if len(core) >= 3 and core.isalpha() and core.isascii():
                yield start + off, start + off + len(core), core


@rule(code="P401", name="misspelling", category="spelling", severity="warning", options={"max-repeats": 2, "max-unknown-share": 0.05},
      bad=["The comittee will recieve the report.", "It was definately the best option."],
      good=["The committee will receive the report.", "The colour of the theatre was a favourite of critics.",
            "Blockchain startups rebranded their cryptocurrency apps.", "Mostaque said it didn’t matter.",
            "Email info@example.org or see https://example.org/a-pagee for details."])
def misspelling(doc, ctx):
    """What it does: Checks words against pyspellchecker's English dictionary, offline. It skips capitalised
    words (names, acronyms, sentence starts), words with digits or underscores, URLs, e-mail addresses and
    inline code, accepts inflections, common prefixes, closed compounds and British spellings (config
    `spelling.variant`: `any` (default), `en-GB`, or `en-US` to report British forms), and words in the
    project dictionary (`spelling.words`, `spelling.words-file`). A word used more than `max-repeats` times
    in a document is taken as a deliberate term, and a document where more than `max-unknown-share` (5%)
    of the words are unknown is not checked (it is not English, or the dictionary does not know its field).
    Why it matters: Typos are the errors readers notice first and forgive least.
    How to fix: Correct the word, or add a term of art or name to the project dictionary.
    """
    lang = str(doc.meta.get("lang") or "en").lower()
    if not lang.startswith("en"):
        return ()  # the dictionary is English
    variant = str((ctx.config.spelling.get("variant") if ctx.config is not None else None) or "any")
    sp = Speller(project_words(ctx.config), variant)
    hits = []
    checked = 0
    known = sp.known
    for b in doc.sentence_blocks():
        for s, e, w in _words_in(b.text):
            checked += 1
            if w in known:
                continue
            if not sp.accepts_cached(w):
                hits.append((b, s, e, w))
    if checked >= 50 and len(hits) > max(5, ctx.options["max-unknown-share"] * checked):
        return ()  # this many unknown words: not English, or a field the dictionary does not cover
    counts = Counter(w for _, _, _, w in hits)
    limit = ctx.options["max-repeats"]
    for b, s, e, w in hits:
        if counts[w] > limit:
            continue
        us = sp.british(w) if variant == "en-US" else None
        if us:
            ctx.report(b, s, e, f"British spelling '{b.text[s:e]}' (spelling.variant is en-US)", [us],
                       severity="info")
        else:
            ctx.report(b, s, e, f"Possible misspelling: '{b.text[s:e]}'", sp.suggestions(w))
    return ()
