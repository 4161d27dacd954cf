"""Readability rules: Yoast-style checks and textstat formulas, with audience targets."""
from __future__ import annotations

import re

from ..document import HEADING, PARAGRAPH, PROSE_KINDS, TITLE
from ..lexicon import ED_ADJECTIVES, IRREGULAR_PARTICIPLES, PASSIVE_AUX, TRANSITION_PHRASES, TRANSITION_WORDS
from ..registry import rule
from ..stats import document_stats, sentence_list
from ..textutil import WORD_RE, word_list, word_count
from .readability_metrics import metrics

# Targets per audience (config ``audience``); a rule option overrides them.
AUDIENCE = {
    "general": {"min-ease": 50.0, "max-grade": 10.0},
    "expert": {"min-ease": 30.0, "max-grade": 14.0},
    "children": {"min-ease": 70.0, "max-grade": 6.0},
}

_PLAIN = "Short sentences read well. They keep the reader moving. However, a change of pace helps too. "
_LONG_TEXT = "Title\n\n" + _PLAIN * 30
_PAD = " Birds sing at dawn. Rain fell on the roof. Children played outside." * 14


def _long_enough(doc, ctx) -> bool:
    return document_stats(doc)["words"] >= ctx.options.get("min-words", 150)


def _target(ctx, key: str) -> float:
    if ctx.options.get(key) is not None:
        return float(ctx.options[key])
    audience = ctx.config.audience if ctx.config is not None else "general"
    return AUDIENCE.get(audience, AUDIENCE["general"])[key]


def _sentence_words(doc) -> list[tuple]:
    """(block, start, end, words) per sentence, shared by the rules below."""
    return doc.cached("sentence_words", lambda: [(b, s, e, word_list(b.text[s:e])) for b, s, e in sentence_list(doc)])


@rule(code="R501", name="long-sentence", category="readability", severity="info",
      options={"max-words": 35, "min-words": 150, "long-share-words": 20, "max-long-share": 0.25},
      applies=_long_enough,
      bad=["Title\n\n" + ("This sentence keeps going with many words and clauses that pile up one after another "
                          "without any pause, and it goes on well past the limit that readers can hold in mind "
                          "at once, which makes it hard to follow. ") * 6,
           "Title\n\n" + ("Most of these sentences run a little over twenty words each, which is not much on its "
                          "own but adds up. Short one. ") * 12],
      good=[_LONG_TEXT])
def long_sentence(doc, ctx):
    """What it does: Flags each sentence longer than `max-words` words (default 35), and the document when
    more than `max-long-share` (25%) of its sentences run over `long-share-words` (20) words, as Yoast does.
    Why it matters: Long sentences are the main cause of hard-to-read text.
    How to fix: Split the sentence, or cut clauses that do not carry meaning.
    """
    limit = ctx.options["max-words"]
    sw = _sentence_words(doc)
    for b, s, e, ws in sw:
        if len(ws) > limit:
            ctx.report(b, s, e, f"Sentence has {len(ws)} words (limit {limit})")
    over = [x for x in sw if len(x[3]) > ctx.options["long-share-words"]]
    if sw and len(over) / len(sw) > ctx.options["max-long-share"]:
        b, s, e, _ = over[0]
        ctx.report(b, s, e, f"{len(over) / len(sw):.0%} of sentences have more than "
                            f"{ctx.options['long-share-words']} words (target at most "
                            f"{ctx.options['max-long-share']:.0%}); this is the first of them")
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
    target = _target(ctx, "min-ease")
    ease = metrics(doc).get("flesch_reading_ease")
    if ease is not None and ease < target:
        ctx.report_document(f"Flesch reading ease is {ease:g}, below the target of {target:g} for this audience")
    return ()


@rule(code="R503", name="reading-grade-too-high", category="readability", severity="warning",
      options={"min-words": 150, "max-grade": None}, applies=_long_enough,
      bad=["Title\n\n" + ("Institutional implementation of comprehensive organizational methodologies necessitates "
                          "considerable interdepartmental communication infrastructure. ") * 15],
      good=["Title\n\n" + "The cat sat on the mat. It was a warm day. We had tea and cake. " * 10])
def reading_grade_too_high(doc, ctx):
    """What it does: Compares the Flesch-Kincaid grade level of the article with the target for its audience
    (general 10, expert 14, children 6; or the rule option `max-grade`).
    Why it matters: The grade is the years of schooling a reader needs to follow the text easily.
    How to fix: Use shorter sentences and words with fewer syllables.
    """
    target = _target(ctx, "max-grade")
    grade = metrics(doc).get("flesch_kincaid_grade")
    if grade is not None and grade > target:
        ctx.report_document(f"Flesch-Kincaid grade is {grade:g}, above the target of {target:g} for this audience")
    return ()


@rule(code="R504", name="long-paragraph", category="readability", severity="info",
      options={"max-words": 150, "min-words": 150}, applies=_long_enough,
      bad=["Title\n\n" + "This paragraph goes on and on about one thing after another. " * 20],
      good=["Title\n\n" + "This paragraph is short. It says one thing.\n\n" * 5])
def long_paragraph(doc, ctx):
    """What it does: Flags paragraphs longer than `max-words` words (default 150, Yoast's threshold).
    Why it matters: On screens, long paragraphs look like walls of text and readers skip them.
    How to fix: Split the paragraph where the topic shifts.
    """
    limit = ctx.options["max-words"]
    for b in doc.blocks_of(PARAGRAPH):
        n = word_count(b.text)
        if n > limit:
            ctx.report(b, 0, min(len(b.text), 80), f"Paragraph has {n} words (limit {limit})")
    return ()


def is_passive(ws: list[str]) -> bool:
    """A form of be/get, up to two adverbs, then a past participle."""
    low = [w.lower() for w in ws]
    for i, w in enumerate(low):
        if w not in PASSIVE_AUX:
            continue
        j = i + 1
        while j < len(low) and j <= i + 2 and (low[j].endswith("ly") or low[j] in ("not", "also", "often", "never",
                                                                               "already", "being", "been")):
            j += 1
        if j >= len(low):
            continue
        p = low[j]
        if p in IRREGULAR_PARTICIPLES or (len(p) > 4 and p.endswith("ed") and p not in ED_ADJECTIVES):
            return True
    return False


_PASSIVE = ("The report was written by the committee. The plan was approved in May. The roads were closed "
            "overnight. The tickets are sold at the door. The winner was chosen by a jury. ")


@rule(code="R505", name="passive-voice", category="readability", severity="info",
      options={"max-share": 0.10, "min-words": 150}, applies=_long_enough,
      bad=["Title\n\n" + (_PASSIVE + "We went home. " * 5) * 4],
      good=[_LONG_TEXT, "Title\n\n" + ("The committee wrote the report. She was tired after the trip. " * 15)])
def passive_voice(doc, ctx):
    """What it does: Estimates the share of sentences in the passive voice (a form of "be" or "get" followed
    by a past participle) and, when it exceeds `max-share` (10%, as Yoast), points at each passive sentence.
    Why it matters: Passive sentences hide who acts and read as distant; a few are fine, many tire the reader.
    How to fix: Name the actor and make it the subject: "The committee approved the plan".
    """
    sw = _sentence_words(doc)
    passive = [x for x in sw if is_passive(x[3])]
    share = len(passive) / len(sw) if sw else 0.0
    if share > ctx.options["max-share"]:
        for b, s, e, _ in passive:
            ctx.report(b, s, e, f"Passive voice ({share:.0%} of sentences are passive; target at most "
                                f"{ctx.options['max-share']:.0%})")
    return ()


_PHRASE_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in TRANSITION_PHRASES) + r")\b")


def has_transition(text: str, ws: list[str]) -> bool:
    return any(w.lower() in TRANSITION_WORDS for w in ws) or bool(_PHRASE_RE.search(text.lower()))


@rule(code="R506", name="transition-words", category="readability", severity="info",
      options={"min-share": 0.30, "min-words": 150}, applies=_long_enough,
      bad=["Title\n\n" + "The cat sat on the mat. The dog ran in the park. We had tea and cake. " * 10],
      good=[_LONG_TEXT])
def transition_words(doc, ctx):
    """What it does: Measures the share of sentences that contain a transition word or phrase ("however",
    "for example", "as a result") and flags the document when it is below `min-share` (30%, as Yoast).
    Why it matters: Transition words tell readers how sentences connect, which makes the text easier to follow.
    How to fix: Link ideas explicitly: "because", "so", "for example", "in contrast", "finally".
    """
    sw = _sentence_words(doc)
    if not sw:
        return ()
    n = sum(1 for b, s, e, ws in sw if has_transition(b.text[s:e], ws))
    share = n / len(sw)
    if share < ctx.options["min-share"]:
        ctx.report_document(f"Only {share:.0%} of sentences contain a transition word (target at least "
                            f"{ctx.options['min-share']:.0%})")
    return ()


@rule(code="R507", name="consecutive-sentence-starts", category="readability", severity="info",
      options={"max-run": 2, "min-words": 150}, applies=_long_enough,
      bad=["Title\n\nThe plan is new. The council likes it. The mayor signed it. We will see." + _PAD],
      good=["Title\n\nThe plan is new. Councillors like it. The mayor signed it. We will see." + _PAD])
def consecutive_sentence_starts(doc, ctx):
    """What it does: Flags runs of three or more consecutive sentences that start with the same word
    (option `max-run`, default 2 allowed).
    Why it matters: Repeated openings make text monotonous; Yoast reports the same.
    How to fix: Vary the openings: reorder the sentence or start with its subject's detail.
    """
    sw = _sentence_words(doc)
    limit = ctx.options["max-run"]
    i = 0
    while i < len(sw):
        first = sw[i][3][0].lower() if sw[i][3] else ""
        j = i + 1
        while j < len(sw) and first and sw[j][3] and sw[j][3][0].lower() == first:
            j += 1
        if first and j - i > limit:
            b, s, e, ws = sw[i]
            lb, ls, le, _ = sw[j - 1]
            end = le if lb is b else e
            ctx.report(b, s, end, f"{j - i} sentences in a row start with '{ws[0]}'")
        i = j
    return ()


@rule(code="R508", name="subheading-distribution", category="readability", severity="info",
      options={"max-words": 300, "min-words": 150}, applies=_long_enough,
      bad=["Title\n\n" + ("This paragraph adds words without a break for a subheading anywhere. " * 8 + "\n\n") * 5],
      good=["Title\n\n" + ("Section\n\n" + "A short section of text that stays well under the limit. " * 5
                           + "\n\n") * 5])
def subheading_distribution(doc, ctx):
    """What it does: Flags a stretch of more than `max-words` words (default 300, as Yoast) without a
    subheading; the finding points at the paragraph where the stretch passes the limit.
    Why it matters: Subheadings let readers scan and find the part they need.
    How to fix: Add a descriptive subheading where the topic changes.
    """
    limit = ctx.options["max-words"]
    count, flagged = 0, False
    for b in doc.blocks:
        if b.kind in (HEADING, TITLE):
            count, flagged = 0, False
            continue
        if b.kind not in PROSE_KINDS:
            continue
        count += word_count(b.text)
        if count > limit and not flagged:
            flagged = True
            ctx.report(b, 0, min(len(b.text), 80), f"More than {limit} words without a subheading")
    return ()


_OPENER_RE = re.compile(r"^\W*((?:[A-Za-z’']+\s+){0,3}?[A-Za-z’']+),")


def sentence_opener(text: str, ws: list[str]) -> str:
    """The adverb or phrase a sentence opens with ("thus", "in addition"), or ''."""
    m = _OPENER_RE.match(text)
    if m:
        phrase = m.group(1).lower()
        if phrase in TRANSITION_WORDS or phrase in TRANSITION_PHRASES or phrase.endswith("ly"):
            return phrase
    if ws:
        w = ws[0].lower()
        if w in TRANSITION_WORDS and w not in ("because", "when", "while", "if", "but", "so", "since", "before",
                                               "until", "although", "though", "unless", "whenever", "also"):
            return w
    return ""


@rule(code="R509", name="overused-word", category="readability", severity="info",
      options={"min-count": 3, "min-words": 150}, applies=_long_enough,
      bad=["Title\n\nThus, the plan failed. It rained. Thus, the fair closed. We left. Thus, we went home." + _PAD],
      good=["Title\n\nThus, the plan failed. It rained. However, the fair stayed open. So we went home." + _PAD])
def overused_word(doc, ctx):
    """What it does: Flags a sentence adverb or transition phrase that opens `min-count` (3) or more
    sentences ("Thus," three times), pointing at each of them.
    Why it matters: A repeated opener becomes a verbal tic that readers notice more than the content.
    How to fix: Vary the connective, or drop it where the logic is clear without it.
    """
    by: dict[str, list] = {}
    for b, s, e, ws in _sentence_words(doc):
        op = sentence_opener(b.text[s:e], ws)
        if op:
            by.setdefault(op, []).append((b, s, e))
    need = max(ctx.options["min-count"], len(_sentence_words(doc)) // 40)
    for op, occ in by.items():
        if len(occ) >= need:
            for b, s, e in occ:
                n = len(WORD_RE.findall(op))
                end = s + len(b.text[s:e].split(",")[0]) if n else e
                ctx.report(b, s, end, f"'{op.capitalize()}' opens {len(occ)} sentences")
    return ()
