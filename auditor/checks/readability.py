"""Readability rules (Yoast-style checks and textstat formulas)."""
from __future__ import annotations

from ..registry import rule
from ..stats import document_stats, sentence_list
from ..textutil import word_list
from .readability_metrics import metrics

AUDIENCE_EASE = {"general": 50.0, "expert": 30.0, "children": 70.0}


def _long_enough(doc, ctx) -> bool:
    return document_stats(doc)["words"] >= ctx.options.get("min-words", 150)


@rule(code="R501", name="long-sentence", category="readability", severity="info",
      options={"max-words": 35, "min-words": 150}, applies=_long_enough,
      bad=["Title\n\n" + ("This sentence keeps going with many words and clauses that pile up one after another "
                          "without any pause, and it goes on well past the limit that readers can hold in mind "
                          "at once, which makes it hard to follow. ") * 6],
      good=["Title\n\n" + "Short sentences read well. They keep the reader moving. " * 20])
def long_sentence(doc, ctx):
    """What it does: Flags each sentence longer than `max-words` words (default 35).
    Why it matters: Long sentences are the main cause of hard-to-read text; Yoast flags text where more than
    a quarter of sentences run over 20 words.
    How to fix: Split the sentence, or cut clauses that do not carry meaning.
    """
    limit = ctx.options["max-words"]
    for b, s, e in sentence_list(doc):
        n = len(word_list(b.text[s:e]))
        if n > limit:
            ctx.report(b, s, e, f"Sentence has {n} words (limit {limit})")
    return ()


@rule(code="R502", name="reading-ease-too-low", category="readability", severity="warning",
      options={"min-words": 150, "min-ease": None}, applies=_long_enough,
      bad=["Title\n\n" + ("Institutional implementation of comprehensive organizational methodologies necessitates "
                          "considerable interdepartmental communication infrastructure. ") * 15],
      good=["Title\n\n" + "The cat sat on the mat. It was a warm day. We had tea and cake. " * 10])
def reading_ease_too_low(doc, ctx):
    """What it does: Compares the Flesch reading ease of the article with the target for its audience
    (config `audience`: general 50, expert 30, children 70; or the rule option `min-ease`).
    Why it matters: Text below the target loses readers; the score tracks sentence length and word length.
    How to fix: Use shorter sentences and plainer words.
    """
    target = ctx.options.get("min-ease") or AUDIENCE_EASE.get(ctx.config.audience if ctx.config else "general", 50.0)
    ease = metrics(doc).get("flesch_reading_ease")
    if ease is not None and ease < target:
        ctx.report_document(f"Flesch reading ease is {ease:g}, below the target of {target:g} for this audience")
    return ()
