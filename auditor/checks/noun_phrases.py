"""Grammar rules that need to know which words are nouns: "it's" before a noun, "there is" before a plural,
and double negatives. Word classes come from ``auditor.wordclass``."""
from __future__ import annotations

import re

from ..registry import rule
from ..wordclass import classes, only
from .agreement import _adjacent, _lower, _sentences_tokens

_ITS = frozenset(("it's", "it’s"))
# verbs that take a clause: after them "it's" is "it is" ("I think it's time")
_CLAUSE_VERBS = frozenset("think thinks thought know knows knew say says said believe believes believed hope hopes "
                          "hoped guess guessed feel feels felt mean means meant realize realise realized realised "
                          "suppose supposed seem seems seemed bet figure figured reckon see sees saw hear heard "
                          "find finds found notice noticed show shows showed prove proves proved assume assumed claim "
                          "claims claimed doubt admit admitted agree agreed understand understood decide decided "
                          "remember remembered forget forgot sure because if when since while although though "
                          "unless whether as like so that what how why where who tell told hope wish wished "
                          "confirm confirmed insist insisted argue argued warn warned".split())
_CLEFT_FOLLOWERS = frozenset("that who which when like where".split())
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)$")
_NOT_NOUN_FLAGS = frozenset("ACDEGR")


def _noun(w: str) -> bool:
    """Only a noun (or a noun that is also a verb base or -s form): 'nature', 'name', 'eyes'."""
    c = classes(w)
    return bool(c) and ("N" in c or "P" in c) and not any(f in _NOT_NOUN_FLAGS for f in c)


def _plural(w: str) -> bool:
    c = classes(w)
    return "P" in c and "N" not in c and not any(f in _NOT_NOUN_FLAGS for f in c)


def _verb_form(w: str) -> bool:
    c = classes(w)
    return any(f in "VZDEG" for f in c)


@rule(code="G334", name="its-before-noun", category="grammar", severity="error",
      bad=["What are it's benefits?", "We could borrow it's approach.", "No one has ever seen it's eyes.",
           "Kentucky State University installs Brown as it's 18th president.",
           "This is how SAP addresses it's internal developers."],
      good=["I think it's time to go.", "It's raining.", "It's days like these that count.", "It's nature at work.",
            "We know it's history.", "It's official.", "Its eyes were red.", "I see it's late.",
            "The company says it's hiring.", "It's good news.",
            "Melatonin, the hormone that signals it's time to sleep."])
def its_before_noun(doc, ctx):
    """What it does: Finds "it's" (it is) where the possessive "its" is meant because a noun follows in a
    position where "it is" cannot stand: after a verb or "are" ("borrow it's approach", "what are it's
    benefits"), before a plural noun ("seen it's eyes"), or before an ordinal and a noun ("as it's 18th
    president"). "It's" after verbs that take a clause ("I think it's time") is left alone.
    Why it matters: "it's" for "its" is one of the most frequent slips in published text.
    How to fix: Use "its", the possessive.
    """
    for b, toks in _sentences_tokens(doc):
        last = len(toks) - 1
        for i in [k for k, t in enumerate(toks) if t[3] in _ITS and 0 < k < last]:
            j = i + 1
            x = _lower(toks[j])
            y = _lower(toks[j + 1]) if j < last and _adjacent(b, toks, j, j + 1) else ""
            if _ORDINAL_RE.match(b.text[toks[i][1]:toks[j][1]].strip()) and y and ("N" in classes(y) or "P" in classes(y)):
                ctx.report(b, toks[i][0], toks[i][1], f"'{toks[i][2]}' means 'it is': the possessive is 'its'", ["its"])
                continue  # "as it's 18th president"
            if not _adjacent(b, toks, i - 1, j) or not toks[j][2].islower():
                continue
            prev = _lower(toks[i - 1])
            hit = False
            if prev in _CLAUSE_VERBS or x == "time" or only(prev, "NPM"):
                hit = False
            elif _plural(x) and y not in _CLEFT_FOLLOWERS and (prev in ("are", "were") or _verb_form(prev)):
                hit = True  # "seen it's eyes", "what are it's benefits"
            elif _noun(x) and (prev in ("are", "were") or "V" in classes(prev) or "Z" in classes(prev)) \
                    and y not in _CLEFT_FOLLOWERS:
                hit = True  # "borrow it's approach"
            elif "A" in classes(x) and _plural(y) and _verb_form(prev):
                hit = True  # "addresses it's internal developers"
            if hit:
                ctx.report(b, toks[i][0], toks[i][1], f"'{toks[i][2]}' means 'it is': the possessive is 'its'",
                           ["its"])
    return ()


_THERE_SINGULAR = {"is": "are", "was": "were", "there's": "there are", "here's": "here are", "isn't": "aren't",
                   "wasn't": "weren't"}
_QUANTITIES = frozenset("lots loads tons heaps masses oodles plenty".split())
_NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
                     "dozens hundreds thousands".split())


@rule(code="G335", name="there-is-plural-noun", category="grammar", severity="error",
      bad=["There was discussions about the money.", "There is problems in the plan.", "There's 3 women waiting.",
           "For almost one year there was no updates.", "Here is 5 men sitting in the room."],
      good=["There was a discussion.", "There is news.", "There are problems.", "There's a lot of problems.",
            "There is plenty of time.", "There was no doubt.", "There is more.", "There's Paris, of course.",
            "There is series of events.", "Is there problems?",
            "There's lots of time left.", "There was no communications department handling it."])
def there_is_plural(doc, ctx):
    """What it does: Finds "there is", "there was" or "there's" directly before a plural noun, a number or
    "no"/"some" and a plural noun: "there was discussions", "there is problems", "there's 3 women".
    Why it matters: "There" takes the number of the noun after the verb; the singular verb reads as an error.
    How to fix: Use "there are" or "there were".
    """
    for b, toks in _sentences_tokens(doc):
        last = len(toks) - 1
        for i in [k for k, t in enumerate(toks) if t[3] in ("there", "here", "there's", "here's") and k < last]:
            w = _lower(toks[i])
            if w in ("there", "here"):
                j = i + 1
                verb = _lower(toks[j])
                if verb not in ("is", "was", "isn't", "wasn't") or (w == "here" and verb != "is"):
                    continue
                if i > 0 and _lower(toks[i - 1]) not in ("and", "but", "so", "because", "if", "when", "that", "since",
                                                          "although", "while", "for", "year", "now", "then", "today"):
                    if _adjacent(b, toks, i - 1, i):
                        continue  # "is there problems" or "over there is": leave questions and adverbs alone
            else:
                j, verb = i, w
            k = j + 1
            if k > last:
                continue
            gap = b.text[toks[j][1]:toks[k][0]].strip()
            if gap and not (gap.isdigit() and int(gap) > 1):
                continue  # punctuation between, or "there's 1 ..."
            if not gap and _lower(toks[k]) in ("no", "some", "many", "several", "few") and k < last \
                    and _adjacent(b, toks, k, k + 1):
                k += 1
            noun = _lower(toks[k])
            if not toks[k][2].islower() or not _plural(noun) or noun in _NUMBERS or noun in _QUANTITIES:
                continue
            nxt = _lower(toks[k + 1]) if k < last and _adjacent(b, toks, k, k + 1) else ""
            if nxt and "N" in classes(nxt) and not _verb_form(nxt) and "A" not in classes(nxt):
                continue  # a noun modifier: "there was no communications department"
            fix = _THERE_SINGULAR.get(verb)
            if fix is None:
                continue
            start, end = toks[i][0], toks[k][1]
            if w in ("there", "here"):
                sugg = b.text[start:toks[j][0]] + fix + b.text[toks[j][1]:end]
            else:
                sugg = (fix[:1].upper() + fix[1:] if toks[i][2][:1].isupper() else fix) + b.text[toks[i][1]:end]
            ctx.report(b, start, end, f"'{b.text[start:end]}': the plural '{toks[k][2]}' needs a plural verb", [sugg])
    return ()
