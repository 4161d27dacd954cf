"""Closed word classes of English shared by loaders and rules.

These are grammatical facts (function words), not examples from any benchmark.
"""
from __future__ import annotations

ARTICLES = frozenset("a an the".split())
DETERMINERS = frozenset(
    "this that these those every each either neither another such some any no "
    "my your his her its our their whose which what".split()
)
PREPOSITIONS = frozenset(
    "about above across after against along amid among around as at before behind below "
    "beneath beside besides between beyond by concerning despite down during except for "
    "from in inside into like near of off on onto out outside over per regarding since "
    "through throughout till to toward towards under underneath unlike until up upon "
    "versus via with within without".split()
)
CONJUNCTIONS = frozenset(
    "and but or nor yet so because although though whereas while if unless whether "
    "than that whilst once lest".split()
)
AUXILIARIES = frozenset(
    "am is are was were be been being have has had having do does did will would "
    "shall should can could may might must ought".split()
)
# Pronouns/words that cannot end a declarative sentence when they are its last word.
SUBJECT_PRONOUNS = frozenset("i we they he she".split())
RELATIVES = frozenset("who whom which where when whose".split())
# A sentence cannot end on these words.
CANNOT_END = ARTICLES | DETERMINERS - {"that", "this", "these", "those", "which", "what", "some", "any", "each", "either", "neither", "another", "such"} \
    | PREPOSITIONS - {"in", "on", "out", "up", "down", "off", "over", "around", "about", "by", "along", "inside", "outside", "behind", "below", "above", "before", "after", "since", "through", "underneath", "beneath", "throughout", "near", "besides", "across", "within", "without"} \
    | CONJUNCTIONS - {"so", "yet", "once", "that", "though"} \
    | (AUXILIARIES - {"be", "been", "being", "do", "does", "did", "have", "has", "had", "is", "are", "was", "were", "am", "having"}) \
    | SUBJECT_PRONOUNS

FUNCTION_WORDS = ARTICLES | DETERMINERS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | frozenset(
    "not it is be".split()
)

# Abbreviations that end in a period inside a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st mt ft vs etc e.g i.e u.s u.k u.n a.m p.m inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos fig figs gen gov sen rep "
    "rev col lt sgt capt cmdr adm approx dept est al ave blvd rd univ vol pp ed eds".split()
)
