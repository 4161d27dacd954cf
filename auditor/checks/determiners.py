"""Determiner-noun agreement: "a problems", "this problems", "these kind of", "much problems", "every days"."""
from __future__ import annotations

from ..registry import rule
from .agreement import _adjacent, _lower, _sentences_tokens, lexicon

IRREGULAR_PLURALS = frozenset("people children men women mice feet teeth geese".split())
NOT_PLURAL = frozenset(
    "news means series species lens bus gas yes always perhaps sometimes besides towards whereas thus plus "
    "nevertheless its his hers yours ours theirs this was has does goes less unless across afterwards "
    "downstairs upstairs overseas outdoors indoors nowadays headquarters politics economics physics "
    "mathematics ethics athletics kudos chaos bias atlas canvas alias iris status campus bonus census focus "
    "thesis analysis crisis basis oasis diabetes measles mumps billiards trousers scissors whereabouts "
    "sales sports savings arms customs goods jobs systems works graphics arts".split()
)
NUMBER_PLURALS = frozenset("hundreds thousands millions billions dozens".split())
FOLLOWERS = frozenset("of in on at to is are was were that which with for from by who".split())


_DETERMINERS = frozenset(("these", "those", "a", "an", "this", "that", "every", "much", "another"))


def plural_singular(w: str) -> str | None:
    """The singular of a regular plural noun ("problems" -> "problem"), or None."""
    if w in IRREGULAR_PLURALS:
        return {"people": "person", "children": "child", "men": "man", "women": "woman", "mice": "mouse",
                "feet": "foot", "teeth": "tooth", "geese": "goose"}[w]
    if not w.endswith("s") or w.endswith(("ss", "us", "is", "ous", "ics")) or w in NOT_PLURAL or len(w) < 4:
        return None
    lex = lexicon()
    for sing in ((w[:-3] + "y") if w.endswith("ies") else "", w[:-2] if w.endswith(("ches", "shes", "xes", "ses")) else "",
                 w[:-1]):
        if sing and (lex.freq.get(sing, 0) or 0) >= 1000 and (lex.freq.get(w, 0) or 0) >= 100 \
                and not lex.maybe_verb(sing):
            return sing
    return None


@rule(code="G325", name="determiner-agreement", category="grammar", severity="error",
      bad=["A hundreds people were in the store.", "This problems are hard.", "These kind of errors are easy.",
           "Every days are the same.", "There were much problems in the plan."],
      good=["A hundred people were in the store.", "These problems are hard.", "This kind of error is easy.",
            "A sports car is fast.", "This means that we win.", "Each plays a part.", "This works well.",
            "It has a miles-thick ice shell."])
def determiner_agreement(doc, ctx):
    """What it does: Finds a singular determiner before a plural noun ("a problems", "this problems",
    "every days", "much problems") and "these/those kind/sort/type of". A plural noun used as a modifier
    ("a sports car") is left alone: the noun must be followed by a preposition, conjunction, verb "be" or
    the end of the sentence.
    Why it matters: Number agreement errors are easy to make when editing and read as careless.
    How to fix: Make the determiner and the noun agree: "these problems", "this kind of", "many problems".
    """
    for b, toks in _sentences_tokens(doc):
        last = len(toks) - 1
        for i in [k for k, t in enumerate(toks) if t[3] in _DETERMINERS and k < last]:
            w, n = _lower(toks[i]), _lower(toks[i + 1])
            if not _adjacent(b, toks, i, i + 1) or not toks[i + 1][2].islower() or (toks[i][2] == "A" and i > 0) \
                    or b.text[toks[i + 1][1]:toks[i + 1][1] + 1] in ("'", "’", "-"):
                continue  # "two A divisions", "every players' distance", "a miles-thick shell"
            after = _lower(toks[i + 2]) if i + 2 < len(toks) and _adjacent(b, toks, i + 1, i + 2) else ""
            end_or_follower = not after or after in FOLLOWERS or (i + 2 < len(toks) and not _adjacent(b, toks, i + 1, i + 2))
            if w in ("these", "those") and n in ("kind", "sort", "type") and after == "of":
                ctx.report(b, toks[i][0], toks[i + 1][1], f"'{toks[i][2]} {n} of': use '{'this' if w == 'these' else 'that'} "
                                                          f"{n} of' or '{w} {n}s of'",
                           [f"{'this' if w == 'these' else 'that'} {n}", f"{toks[i][2]} {n}s"])
                continue
            if w not in ("a", "an", "this", "that", "every", "much", "another"):
                continue
            sing = plural_singular(n)
            if sing is None:
                continue
            if n not in IRREGULAR_PLURALS and not end_or_follower and n not in NUMBER_PLURALS:
                continue
            if w == "that" and i > 0:
                continue  # "so that problems", "the fact that prices rise": relative/complementiser "that"
            fix = {"this": "these", "that": "those", "much": "many"}.get(w)
            sugg = [f"{fix} {n}"] if fix else [f"{toks[i][2]} {sing}"]
            ctx.report(b, toks[i][0], toks[i + 1][1], f"'{toks[i][2]}' does not agree with the plural '{n}'", sugg)
    return ()
