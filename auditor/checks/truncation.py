"""Truncation: sentences and paragraphs cut off by scrapers, CMS excerpts and copy-paste."""
from __future__ import annotations

import re

from ..clause_ends import ends_incomplete, may_have_a_verb
from ..document import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TITLE
from ..lexicon import ARTICLES, AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, SUBJECTS
from ..linepatterns import is_timestamp
from ..registry import rule
from ..textutil import (DATELINE_LEAD_RE, FINITE_WORDS, WORD_RE, ends_open, ends_terminal, last_word,
                        looks_like_heading, prose_before_last_sentence, reads_as_a_sentence, sentence_like, sentences,
                        title_case_ratio, word_count, word_list)
from ..vocab import content_words
from ..wordclass import classes
from .cut_lines import (KICKER_COLON_RE, SITE_SUFFIX_RE, articled_sentence, bare_number_end, heading_cut_reason,
                        headlinese,
                        lead_in_only, odd_one_out, prose_marker, stranded_preposition, subject_phrase_only,
                        unclosed_quote, unpunctuated_sentence)

# Blocks that legitimately end without terminal punctuation.
_LABEL_RE = re.compile(
    r"^(?:by(?!\s+(?:the|a|an|then|now|far|comparison|contrast|default|way|[a-z]+ing)\b)|photo(?:graph)?s?|image|"
    r"credit|credits|source|sources|via|reporting|editing|written|edited|"
    r"additional reporting|contributing|illustration|video|graphic|caption|updated|published|posted|"
    r"filed|tags?|category|categories|share|follow|related|read more|see also|watch|listen)\b[\s:]",
    re.I,
)
_DATELINE_RE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"|^\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|^\d{4}-\d{2}-\d{2}|^\d{1,2}[:.]\d{2}\s*(?:am|pm)?",
    re.I,
)
_URLISH = re.compile(r"^(?:https?://|www\.|@|#)\S+$")
# A reference or caption that ends in its date: 'CNN, "China exempts US soybeans," Sept. 13, 2019'.
_DATED_END_RE = re.compile(
    r",[\"”’']?\s*(?:accessed\s+|published\s+|updated\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?"
    r"\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$",
    re.I,
)
_ELLIPSIS_END = re.compile(r"(?:\[\s*(?:\.\s*){3}\]|\[…\]|\(more…?\)|…|\.\.\.)\s*$")
_TEASER_END = re.compile(r"(?<=\S)\s+(?:[-–—|»›]\s*)?(read more|continue reading|read the (?:full|rest of the) "
                         r"(?:story|article|post)|read full (?:story|article)|\(more…?\))\s*[.…»›>]*\s*$", re.I)
# The reason for a line that has no stronger sign of a cut than its missing stop.
_WEAK = "stops without terminal punctuation"
_GLUE = ARTICLES | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | (DETERMINERS - {"that", "this", "which", "what"})
_STARTERS = frozenset("The A An This These Those It He She They We There But However In Its Their His Her Our".split())


# A footnote mark after a word, a quote or a stop: “Yes, I need to bench Rivers”* (not a glob or a help tag: "-*", "+*").
# A statement of code: an assignment or a call ("let blob[1:3] = 0z445566", "x += 1", "print(x)").
_CODE_LINE_RE = re.compile(r"^(?:(?:let|var|const|set)\s+)?"
                           r"(?:[A-Za-z_][\w.]*(?:\[[^\]\s]*\])?\s*[-+*/]?=\s|[a-z_][\w.]*\()")
_FOOTNOTE_MARK_RE = re.compile(r"(?<=[\w”\"’'.!?)\]])[*†‡]+$")
# How-to and explainer headlines: "How to ...", "Here's why ...", and "Why" before a statement ("Why farmers may want
# to paint their cows"), which prose asks as a question ("Why do farmers ...?")
_HOW_TO_RE = re.compile(r"^(?:How to|Here[’']s (?:how|why|what)|Why you should|What to) |^Why (?!(?:do|does|did|is|are|was|"
                        r"were|am|can|could|would|should|will|shall|may|might|must|has|have|had|not)\b|\w+n[’']t\b)(?=\w)",
                        re.I)


# A headline's source after a comma, in the present tense: "..., police say", "..., report finds". Prose ends such a
# sentence with a full stop; its "..., says John Petrides" may go on after a comma, so that is no headline sign.
_SOURCE_END_RE = re.compile(r",\s(?:(?!(?:to|only|and|but|he|she|it|they|we|I|you)\b)[\w.'’-]+\s){1,3}"
                            r"(?:say|says|find|finds|claim|claims|warn|warns|allege|alleges)$"
                            # the source after its verb: "..., says CEO", "..., warns IMF", "..., says new study" (a
                            # name there is often the cut: "..., says John Petrides", "..., says the World")
                            r"|,\s(?:says|warns|claims|finds)\s(?:[A-Z]{2,5}|(?:the\s|a\s)?(?:new\s)?(?:report|study|"
                            r"survey|poll|expert|experts|official|officials|analyst|analysts|police|minister|sources))$")


def _tail_span(text: str, n: int = 3) -> tuple[int, int]:
    ws = list(WORD_RE.finditer(text))
    if not ws:
        return 0, len(text)
    first = ws[max(0, len(ws) - n)]
    return first.start(), len(text.rstrip())


def _is_label(text: str) -> bool:
    t = text.strip()
    # a label word that opens a sentence ("Photos which were released ...") is not a label
    # ... nor is a longer one that stops on a word no credit ends on ("Video footage shows ... tear gas to"; a
    # button may: "Share this with")
    ws = word_list(t)
    return bool(_LABEL_RE.match(t) and (":" in t[:30] or not reads_as_a_sentence(t, ws)
                                        and not (len(ws) >= 6 and (ends_open(t) or ends_incomplete(t))))
                or _DATELINE_RE.match(t) or _URLISH.match(t) or _DATED_END_RE.search(t)
                or is_timestamp(t))


def _after(doc, block) -> str:
    _, nxt = doc.neighbours(block)
    if nxt is None:
        return " at the end of the document"
    if nxt.kind in (HEADING, TITLE):
        return " right before the heading"
    return ""


def _above_body(doc, block) -> bool:
    """Whether everything above ``block`` is the page's head: the title, headings and short lines without a full
    stop (a date, a menu row, a related headline a scraper put above the story). The story's own headline or
    standfirst may sit there when a scraper kept page chrome above it. Only the first dozen blocks are a head."""
    if block.index > 12:
        return False
    for b in doc.blocks[:block.index]:
        if b.kind in (TITLE, HEADING):
            continue
        t = b.text.rstrip()
        n = word_count(t)
        if ends_terminal(t) or n > 15 or n > 5 and (ends_open(t) or ends_incomplete(t)):
            return False
    return any(b.kind == TITLE for b in doc.blocks[:block.index])


def _not_prose(doc) -> bool:
    """A file whose lines are data, not sentences (a table of test cases, a grammar, mail headers): fewer than a
    fifth of its paragraphs of six words or more end a sentence. Articles end most of theirs."""
    long = [b for b in doc.blocks_of(PARAGRAPH) if word_count(b.text) >= 6]
    if len(long) < 10:
        return False
    return sum(1 for b in long if ends_terminal(b.text.rstrip()) or b.text.rstrip().endswith(":")) < 0.2 * len(long)


def _cut_reason(doc, block) -> str | None:
    """Why ``block`` looks cut off, or None when it ends like finished text."""
    text = block.text.rstrip()
    if text[-1:] in ("*", "†", "‡"):  # a footnote mark after the end is read past
        text = _FOOTNOTE_MARK_RE.sub("", text)
    elif text.endswith(" >"):  # a help file's mark that an example follows: "... with the following: >"
        text = re.sub(r"(?<=[.:!?)])\s+>$", "", text)
    if not text or ends_terminal(text) or text.endswith((":", "…")) or _ELLIPSIS_END.search(text):
        return None
    if _is_label(text) or _whole_quotation(text) or _CODE_LINE_RE.match(text):
        return None
    breaks = block.attrs.get("breaks")
    if breaks and _is_label(text[breaks[-1]:]):
        return None  # the last of several joined lines is a date or a credit ("Bo" / "August 22, 2018 at 2:55 pm")
    if breaks and not any(ends_terminal(text[a:b].rstrip()) for a, b in zip([0] + breaks, breaks)) \
            and headlinese(text[breaks[-1]:].strip()):
        return None  # a stack of link titles, none with a stop: "The New Space Race" / "China completes landing test
        # for its first Mars mission in 2020"
    ws = word_list(text)
    n = len(ws)
    reason = ends_open(text)
    if block.kind == LIST_ITEM or "stack" in block.attrs:
        # list items are often fragments: only a clear cut of a sentence-length item counts (so for plain-text lines
        # stacked without blank lines: an ingredient list, an address, a poem)
        return reason if reason and n >= 6 else None
    if reason:
        return reason if n >= 3 else None
    reason = ends_incomplete(text)
    if reason:
        return reason  # "Scientists on", "the more than 12,000 in": a clause left open, whatever the line looks like
    # No terminal punctuation and an ordinary last word: prose that stops.
    if n < 5:
        return None
    if DATELINE_LEAD_RE.match(text):
        return _WEAK  # a news lede ("MADRID — ...", "(CNN) ...") is prose, whatever its case
    if block.kind == PARAGRAPH and doc.format != "text" and n <= 12 and looks_like_heading(text, sentence_case_words=0):
        # a pseudo-heading marked up as a paragraph (<p><strong>Title</strong></p>), unless it shows the plain-text
        # signs of a cut sentence: only a lead-in ("According to a report in the Argus Leader of Sioux"), a name and
        # its description with no verb, a stranded preposition, a bare number, a subject without its verb
        return lead_in_only(text) or prose_marker(text) or stranded_preposition(text) or bare_number_end(text) \
            or subject_phrase_only(text)
    if text[-1] in ")]" and n < 12:
        return None
    if re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*$", text):
        return None  # social-media style sign-off ending in an emoji
    spans = sentences(text)
    prev, _ = doc.neighbours(block)
    if doc.format == "text" and prev is not None and len(spans) <= 1 and n <= 25 \
            and (prev.kind == TITLE or _above_body(doc, block)) and ws[-1].lower() not in PREPOSITIONS \
            and not (unpunctuated_sentence(text) and text[:1] not in "'‘") and text.count(",") < (2 if n <= 15 else 1) \
            and not (prev.kind == TITLE and articled_sentence(text)) and not prose_marker(text):
        # the line under a plain-text title, or under chrome lines above the story: the headline, a standfirst or a
        # subtitle, written without a full stop (in markup a first paragraph is more often a cut lede than a dek:
        # measured, the exemption cost more than it saved); a last word that is a preposition is a cut ("... in
        # premarket trading after");
        # two commas, or one in a line of over 15 words, make a lede's list of names or clauses, not a headline; under
        # the title, a line that keeps the articles headlinese drops ("dealers sold the ...") is the lede, cut, and so
        # is one with the marks of prose (a name and its description, "Prince Andrew, the nearly 60-year-old ...")
        return None
    last = text[spans[-1][0]:] if spans else text
    if word_count(last) < 3 and len(spans) > 1:
        return None
    lower = sum(1 for w in ws if w[:1].islower())
    one = not prose_before_last_sentence(text)  # after a finished sentence of prose, a list of names is prose too
    if one and (lower < 2 and title_case_ratio(ws) > 0.8 or title_case_ratio(ws) >= 0.95) and not sentence_like(ws):
        return None  # a name list or title, not a sentence
    if one and doc.format == "text" and title_case_ratio(ws) >= 0.6 \
            and (KICKER_COLON_RE.search(text) or re.search(r"[$€£]\d[\d,.]*\s*$", text)):
        return None  # a headline with a kicker ("King of Monitors: 35% Off ...") or a product listing with its price
    if re.match(r"[—–] ?[A-Z@]", text):
        return None  # an attribution or a signature: "— David McKinley on Sunday, in a local newspaper"
    if _HOW_TO_RE.match(text) and n <= 20:
        return None  # "How to retire early so you can ...": a how-to heading, not a sentence
    if SITE_SUFFIX_RE.search(text):
        return None  # "… lands among the stars - VG247": a link's title with its site's name
    if re.search(r":\s*['‘“\"][^'‘’“”\"]{3,}['’”\"]$", text):
        return None  # a headline that ends on a whole quotation: "Airbus says …: 'It is not good for competitors'"
    if len(spans) <= 1 and n <= 25 and _SOURCE_END_RE.search(text):
        return None  # a headline with its source after a comma: "..., police say", "..., report finds"
    if len(spans) <= 1 and _kicker_headline(text):
        return None  # "Hong Kong uprising: Protestors send defiant warning to China"
    if len(spans) <= 1 and headlinese(text):
        return None  # a headline: "Iowa man finds 5 inches of animal blood flooding basement"
    if len(spans) == 2 and n <= 24 and _HERE_IS_RE.match(last) and not text[:spans[1][0]].rstrip().endswith("."):
        return None  # a headline that points ahead: "Historic day on D-St! Here's what is driving the rally"
    return _WEAK


_HERE_IS_RE = re.compile(r"Here(?:['’]s| is| are) (?:what|why|how|when|where|who|the)\b")
# A headline's kicker: one to four words before a colon, the first capitalised, no reporting verb or label among them.
_KICKER_RE = re.compile(r"^(?P<kicker>[A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,3}): (?P<rest>[A-Z0-9][^:]*)$")
_NOT_KICKERS = frozenset("a q note notes summary update updated correction editor's editors disclosure source sources "
                         "photo photos video dear said says asked wrote added tweeted".split())


def _kicker(text: str):
    """The match of a headline's kicker and the rest after its colon, or None (a note's or a letter's label, "DEAR
    ABBY:", "Update:", opens prose)."""
    m = _KICKER_RE.match(text.strip())
    return None if not m or any(w.lower() in _NOT_KICKERS for w in m.group("kicker").split()) else m


def _kicker_headline(text: str) -> bool:
    """A headline with a kicker, its clause in a headline's grammar after the colon ("Prince Andrew: TripAdvisor
    suspends reviews ..."; "Thunder: F Hamidou Diallo missed" is a cut sentence in the simple past, and an interview
    answer, a note or a quotation after "said:" is prose)."""
    m = _kicker(text)
    if not m:
        return False
    rest = m.group("rest")
    ws = word_list(rest)
    if not 3 <= len(ws) <= 12 or "," in rest or ws[0].lower() in ARTICLES | DETERMINERS:
        return False  # (a lede after a dateline runs longer, and opens "Their American dream ...")
    for w in ws[1:6]:
        c = classes(w) if w.islower() else ""
        if w in ("is", "was", "were", "has", "had") or "D" in c and "Z" not in c:
            return False  # prose in the past, or "is"/"has", which headlines drop
        if set(c) & set("VZG"):
            return True  # a present-tense verb or a participle: "Protestors send", "Browns edging"
    return False


def _cut_title(doc, block) -> str | None:
    """Why a plain-text file's first line, taken for its title, is a lede cut off: it ends on a word in lower case
    that no title ends on ("CHEER ON Juniors and Young Riders as", "... Taylor Swift might not be"; "What Are You
    Waiting For" capitalises its last word). The first line of a hard-wrapped paragraph is no title that was cut."""
    ws = word_list(block.text)
    if doc.format != "text" or len(ws) < 4 or not ws[-1][:1].islower():
        return None
    _, nxt = doc.neighbours(block)
    if nxt is not None and doc.index.line_col(nxt.map.start(0))[0] == doc.index.line_col(block.map.start(0))[0] + 1:
        return None
    return ends_open(block.text) or ends_incomplete(block.text) or unclosed_quote(block.text)


_ECHO_WORDS = 5


def _tail_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in WORD_RE.findall(text)[-_ECHO_WORDS:])


def _echoes_a_sentence(doc, block) -> bool:
    """A line whose last five words, a verb among them, end a finished sentence elsewhere in the article ("This
    will be Hawley's second film" over "... The fourth Star Trek movie will be Hawley's second film."): a
    subheading or pull quote that repeats the text it sits in. A cut line lost its end, so no finished sentence
    ends with it. The table of sentence ends is built once per document, when a line first asks."""
    def ends():
        out: dict[tuple[str, ...], int] = {}
        for b in doc.blocks:
            for s, e in sentences(b.text):
                sent = b.text[s:e].rstrip()
                if ends_terminal(sent):
                    tail = _tail_words(sent)
                    if len(tail) == _ECHO_WORDS:
                        out.setdefault(tail, b.index)
        return out
    spans = sentences(block.text)
    last = block.text[spans[-1][0]:] if spans else block.text
    if ends_open(last) or ends_incomplete(last) or re.search(r"[,;:][”’\"']*$", last):
        return False
    tail = _tail_words(last)
    if not may_have_a_verb(" ".join(tail)):
        return False  # a clause repeated, not a noun phrase two sentences happen to end on ("... ad units")
    found = doc.cached("truncation.sentence_ends", ends).get(tail) if len(tail) == _ECHO_WORDS else None
    return found is not None and found != block.index


def _subject_under_title(doc, block) -> str | None:
    """A plain-text line right under the title that is a noun phrase opened by an article or a number, with no verb
    ("Two United States service members", "A 'phase one' trade deal"): the subject of the lede, its verb cut away.
    A standfirst there says something; a subtitle that names its subject keeps its capitals, and a headline's
    kicker or site ("The Space Review: Seeking ...", "... | Editorial") marks a title."""
    prev, _ = doc.neighbours(block)
    ws = word_list(block.text)
    if prev is None or prev.kind != TITLE or len(ws) < 4 or ws[0] not in _NP_OPENERS \
            or title_case_ratio(ws) >= 0.6 or may_have_a_verb(block.text) or re.search(r"[:|–—]", block.text):
        return None
    return "is a subject without its verb, under the title"


def _lone_sentence(doc, block, skip: set[int]) -> str | None:
    """A plain-text line of sentence length, in sentence case and with a verb, in an article with at most two other
    lines shaped like a heading (page chrome aside): a paragraph of the story that lost its end. An article written
    with such headings has more; a lone one is its prose."""
    ws = word_list(block.text)
    if not block.text.rstrip()[-1:].isalnum() or _is_label(block.text) or re.match(r"[^\w“\"‘'(]|\(?\d+[.)] ", block.text) \
            or re.search(r"(?:https?://|www\.|\w\.\w+/)\S*$", block.text):
        return None  # it ends on a word, as a cut does (a question, a closed quote or a credit ended), and opens as
        # prose does (not a command, "$ git checkout ...", or an item's number, "(2) Client: ..."); a tweet ends on
        # its link ("... whenever needed pic.twitter.com/MYwRz9euaq")
    if len(ws) < _LONE_MIN or not _sentence_case(ws) or not _finite_verb(ws):
        return None
    others = sum(1 for b in doc.blocks_of(HEADING) if b is not block and b.index not in skip)
    if others > 2 or _indent_follows(doc, block):
        return None
    text = block.text
    if _HOW_TO_RE.match(text) or _SOURCE_END_RE.search(text) or SITE_SUFFIX_RE.search(text) or _kicker(text):
        return None  # a kicker: "Plague outbreak: China hit by ...", "True confession: I had to learn the hard way"
        # (a note's or a letter's label opens prose: "DEAR ABBY: My older sister has just")
    if headlinese(text) or re.search(r":\s*(?:\S+\s*){1,3}$", text):
        return None  # "Alibaba poised to launch ...", "... found in car: Police"
    clause = word_list(text.rsplit(",", 1)[1]) if "," in text else []
    if 2 <= len(clause) <= 4 and any(set(classes(w)) & set("VZ") and "D" not in classes(w) for w in clause[1:]) \
            and not any("D" in classes(w) for w in clause):
        return None  # a lead-in and a short clause in a headline's present tense: "According to the CDC, cases rise"
    return _WEAK


_LONE_MIN = 5
_STYLE_MIN = 2


_PERSONAL_RE = re.compile(r"\b(?:I|we|you|let[’']s|my|our|your)\b|\b(?:I|we|you)[’'](?:m|re|ll|ve|d)\b", re.I)


def _heading_like(text: str) -> bool:
    """One sentence of at most eighteen words with no writer or reader in it, no quotation, no weekday, and at most
    one comma, after a whole clause: the shape of a heading written as a sentence ("The MacBook Pro is a workhorse,
    but is not a desktop"), not news or blog prose ("Before we dive in, let's talk", "At the time of Epstein's
    suicide, there were ...", "... pleaded not guilty in Manhattan federal court Tuesday afternoon")."""
    ws = word_list(text)
    if len(sentences(text)) > 1 or len(ws) > 18 or _PERSONAL_RE.search(text) or re.search(r"[\"“”]", text) \
            or re.search(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", text) or text.count(",") > 1:
        return False
    if ws and (ws[-1].lower() in PREPOSITIONS or len(ws) > 2 and ws[-2].lower() in ("and", "or", "but")):
        return False  # "... claim their place in", "... every Fortune 500 company, and eight"
    if "," not in text:
        return True
    lead = word_list(text.split(",", 1)[0])
    return _finite_verb(lead) and lead[0].lower() not in _SUBORDINATORS  # ("As the charges were unsealed ..., ...")


_SUBORDINATORS = frozenset("as when while after before if although though because since once until unless whereas".split())


def _sentence_headings(doc, skip, block=None) -> int:
    """How many plain-text headings other than ``block`` (and page chrome) are sentences in sentence case with a
    finite verb and no open end ("Prisons plagued by understaffing", "Flash speeds are still blistering"): an
    article with two or more writes its headings as sentences, and a line of that shape with no sign of a cut is
    one more ("Investigators focused on how Epstein had the opportunity to hang himself")."""
    def find() -> list[int]:  # the sentence headings, read once per document
        out = []
        for b in doc.blocks_of(HEADING):
            ws = word_list(b.text)
            if len(ws) >= 4 and b.text.rstrip()[-1:].isalnum() and _sentence_case(ws) and _finite_verb(ws) \
                    and not ends_open(b.text) and not ends_incomplete(b.text):
                out.append(b.index)
        return out
    return sum(1 for i in doc.cached("truncation.sentence_headings", find)
               if i not in skip and (block is None or i != block.index))


def _one_more_heading(doc, block, skip: set[int]) -> bool:
    """In a plain-text article that writes its headings as sentences, a heading-shaped line with no sign of a cut
    beyond its missing stop is one more such heading; so is a short one whose next paragraph opens on its first three
    words, restating the subject it announces ("The MacBook Pro is a workhorse, but is not a desktop" over "The
    MacBook Pro is not going to be ...")."""
    return doc.format == "text" and not ends_open(block.text) and not ends_incomplete(block.text) \
        and (_heading_like(block.text) and _sentence_headings(doc, skip, block) >= _STYLE_MIN
             or _restated_below(doc, block))


def _restated_below(doc, block) -> bool:
    ws = [w.lower() for w in word_list(block.text)]
    if not 4 <= len(ws) <= 12 or len(sentences(block.text)) > 1 or not content_words(" ".join(ws[:3])):
        return False
    _, nxt = doc.neighbours(block)
    return nxt is not None and nxt.kind == PARAGRAPH and [w.lower() for w in word_list(nxt.text)[:3]] == ws[:3]


_NOUN_SLOT = ARTICLES | (DETERMINERS - {"which", "what", "that", "whose"}) | PREPOSITIONS \
    | frozenset("his her their its our my your".split())


def _sentence_case(ws: list[str]) -> bool:
    """Words written in sentence case: a content word in lower case ("They criticised Scooter Braun's company"); a
    title in title case lowers only its small words ("The Rise and Fall of the Roman Empire")."""
    return any(w.islower() and len(w) > 2 and w not in _SMALL_WORDS for w in ws[1:])


_SMALL_WORDS = ARTICLES | PREPOSITIONS | CONJUNCTIONS


def _finite_verb(ws: list[str]) -> bool:
    """A word that reads as a finite verb: an auxiliary, or a past or -s form not in a noun's slot (after an
    article, a determiner, a preposition or a possessive: "By the numbers this season" has none)."""
    for i, w in enumerate(ws):
        lw = w.lower()
        if lw in FINITE_WORDS or i and ws[i - 1].lower() in ("i", "we", "they", "you") and "V" in classes(lw):
            return True  # ("I understand")
        c = classes(lw)
        prev, nxt = (ws[i - 1].lower() if i else ""), (ws[i + 1].lower() if i + 1 < len(ws) else "")
        if "V" in c and w[:1].islower() and i and (ws[i - 1].islower() or i == 1) and classes(prev) in ("P", "PZ"):
            return True  # a plural subject and its verb: "the protesters wear", "Ports expect"
        if not w[:1].islower() or not set(c) & set("DZ"):
            continue
        if prev in SUBJECTS:
            return True
        if prev in _NOUN_SLOT or prev.endswith(("'s", "’s")) or "P" in c and "D" not in c and nxt in PREPOSITIONS:
            continue  # a noun: "the numbers", "spending cuts in the budget"
        return True
    return False


def _indent(doc, block) -> int:
    start = doc.source.rfind("\n", 0, block.map.start(0)) + 1
    line = doc.source[start:doc.source.find("\n", start) % (len(doc.source) + 1)]
    return len(line) - len(line.lstrip())


def _indent_follows(doc, block) -> bool:
    """The next block is indented deeper: an example or a command the line introduces ("... by executing" over
    "      make xtests")."""
    _, nxt = doc.neighbours(block)
    return nxt is not None and (nxt.kind == "code" or _indent(doc, nxt) > _indent(doc, block))


_NP_OPENERS = frozenset("A An The Two Three Four Five Several Many Some Most".split())


def _whole_quotation(text: str) -> bool:
    """A block that is one quoted sentence closed at its end (a pull quote: “Cooking is about patience”): a cut
    would have lost the closing mark. A comma or dash before the mark is a quote whose attribution was cut off."""
    t = text.strip()
    return len(t) > 2 and t[0] in "“\"" and t[-1] in "”\"" and t[-2] not in ",;:-–—" \
        and not re.search(r"[“”\"]|[.!?] ", t[1:-1])  # one sentence: a longer quote ends with its full stop


@rule(code="T101", name="truncated-sentence", category="truncation", severity="error",
      bad=["The committee will decide whether the", "Title\n\nFirst paragraph of the story here.\n\nWorking on your own bike can be\n\n"
           "More text follows in this paragraph.",
           "Shares of the company fell sharply after the announcement that its chief executive would",
           "Title\n\nThe council said it will vote on the new housing plan next week, according to\n\nNext Steps\n\nMore text follows here.",
           "Title\n\nThe analyst has previously predicted that\n\nThe rest of the article follows here with more words.",
           "Title\n\nLawyers for the victims who\n\nThe rest of the article follows here with more words.",
           "Title\n\nFirst paragraph of the story here.\n\nAccording to a paper published in the journal Nature\n\n"
           "The rest of the article follows here with more words.",
           "Title\n\nFirst paragraph of the story here.\n\nThe Wild lost defenseman Matt\n\n"
           "The rest of the article follows here with more words.",
           "Why you can't trust the White House\n\n(CNN) President Donald Trump, according\n\nYou should not believe them.",
           "Spain win the Davis Cup\n\nMADRID — Rafael Nadal kept Spain’s hopes alive, then his teammates completed the comeback"
           "\n\nThe rest of the article follows here with more words."],
      good=["The study ended in May.", "Emad Mostaque Resignation", "Ingredients:",
            "Oil prices slide\n\nOversupply worries drag crude lower as stocks drift near record highs\n\n"
            "Oil fell for a third day on Tuesday as traders weighed rising stockpiles.",
            "Title\n\nShift In Approach\n\nThe company grew fast. Prices rose by 2.5 percent in the U.S. last year.",
            "Happy cooking!", "By Jane Smith", "Nov. 25, 2026", "“We will win,” she said.",
            "We waited and waited…", "Photo: Reuters/Jane Doe",
            "“Cooking is about patience and taste, not about the equipment you own”",
            "“Cooking is about patience and taste, not about the equipment you own”*",
            "Star Wars Jedi: Fallen Order review - shoots for the moon, lands among the stars - VG247",
            "About Us\n\nShare this with\n\nTaliban say they freed US, Australian hostages for 3 terrorist figures\n\n"
            "The Taliban said on Tuesday that they had released two hostages in exchange for three prisoners."])
def truncated_sentence(doc, ctx):
    """What it does: Flags a paragraph, quote or sentence-length list item (or plain-text line stacked among others
    without blank lines, which reads like one) whose last sentence stops without terminal punctuation where a
    sentence cannot end: on an article, preposition, conjunction, auxiliary, possessive, comma, hyphen or open
    bracket, or mid-clause right before the next heading or the end of the document. In plain text, a line shaped
    like a heading is a cut when it ends inside a clause ("can be", "the more than 12,000 in", "the Commission
    holds", "troops remain in") or on a bare number after a lower-case word ("shares are up 39"), reads as an
    article sentence ("The U.S. had won all previous 15 meetings"), keeps what headlines drop (an article after the
    verb, "Live Nation is producing the tour"; the "is" after a name, "Alibaba is set to raise"; a verb in the
    simple past with its object, "Grisham also accused the Democrats"), opens a quotation or a bracket it never
    closes ('Hrafnsson said: "Let us now', "... and dunes (covering"), opens on And, But, Yet or Nor with no comma,
    is only people named by their role ("Officers from the Columbus Police Department"), is only a sentence's lead-in ("According to a paper published in the journal",
    "Two days after clinching the title") or a lead-in and its clause with no end, is an article and a noun phrase
    without its verb ("The details of the Senate"), opens with a news dateline ("BUFFALO, N.Y. — Hours before ...")
    or sets off "however" with commas; a news lede needs its full stop whatever its case. Titles (but a plain-text
    file's first line that ends on a lower-case word no title ends on, "... Young Riders as", is a cut lede),
    headings underlined in the source, the headline or standfirst at the head of the page (under the title, unless
    it keeps the articles headlines drop or is a noun phrase opened by an article or a number with no verb, "A
    'phase one' trade deal", or under page chrome above the story), how-to headings, kickers, attributions, captions
    (also a paragraph classed as one in HTML), link titles ending in their site's name, a short kicker headline in
    the present tense ("Hong Kong uprising: Protestors send defiant warning to China"), headlines ending on a whole
    quotation or on their source after a comma ("..., police say", "..., says IATA") and a pull quote closed at its
    end are left alone, and so is a line whose last five words, a verb among them, end a finished sentence elsewhere
    in the article (a subheading or pull quote repeating the text), and a file whose lines are data rather than
    sentences (fewer than a fifth of its paragraphs end a sentence). In a plain-text article with at most two
    other lines shaped like a heading, a line of five words or more in sentence case with a finite verb is a
    paragraph that lost its end ("All political parties are devoting"), unless it has a headline's grammar ("New
    York man pleads guilty ...", "Alibaba poised to launch ...", "Records fall as ..."), a kicker, its source
    after a colon, a link at its end (a tweet) or an indented example after it, or is a command or a numbered
    item. A one-sentence paragraph in a headline's grammar is a headline (a link's title), not a cut: a present-tense
    verb after its subject with no article after it ("Iowa man finds 5 inches of animal blood flooding basement"),
    a participle without its auxiliary ("Brickyard Pub owner charged with ..."). In a plain-text article that writes
    two or more of its headings as sentences ("Prisons plagued by understaffing"), a one-sentence line of at most
    eighteen words with no sign of a cut, no writer or reader, quotation, weekday or fronted clause is one more
    heading, and so is a line of four to twelve words with no sign of a cut whose
    next paragraph opens on its first three words, restating what it announces ("The MacBook Pro is a workhorse, but
    is not a desktop" over "The MacBook Pro is not going to be ..."). A block the boilerplate rules report as a
    chrome phrase, an author bio or template residue is left to them, cut or not.
    Why it matters: A cut-off sentence is the most visible defect an article can ship with; readers stop
    trusting the page. Scrapers, CMS excerpt limits and bad copy-paste cause it.
    How to fix: Restore the rest of the sentence from the source, or end the sentence where it stops.
    """
    from .chrome import analyse

    if _not_prose(doc):
        return ()  # every line "stops without terminal punctuation": no sentence was cut
    chrome = analyse(doc)
    flagged = ctx.lines_flagged("boilerplate")
    phrase = ctx.lines_flagged("boilerplate", ("B201", "B202", "B203"))  # a chrome phrase or an author bio

    skipped: list[set[int]] = []

    def skip() -> set[int]:  # blocks read as page chrome, found once when a line first asks
        if not skipped:
            skipped.append(set(chrome) | {b.index for b in doc.blocks
                                          if doc.index.line_col(b.map.start(0))[0] in flagged})
        return skipped[0]
    for block in doc.blocks_of(PARAGRAPH, LIST_ITEM, QUOTE, HEADING, TITLE):
        if block.kind == TITLE:
            reason = _cut_title(doc, block)
            if reason:
                s, e = _tail_span(block.text)
                ctx.report(block, s, e, f"Sentence appears cut off: it {reason}{_after(doc, block)}")
            continue
        if block.kind == HEADING:
            # a plain-text line taken for a heading by its shape, but ending where no heading can end
            if doc.format != "text":
                continue
            line = doc.index.line_col(block.map.start(0))[0]
            reason = heading_cut_reason(doc, block) or _subject_under_title(doc, block)
            if not reason and articled_sentence(block.text) and block.index not in chrome and line not in flagged:
                reason = _WEAK
            if not reason and block.index not in chrome and line not in flagged:
                reason = _lone_sentence(doc, block, skip())
            if reason and (line in phrase or _echoes_a_sentence(doc, block)):
                continue
            if reason == _WEAK and _one_more_heading(doc, block, skip()):
                continue
            if reason:
                s, e = _tail_span(block.text)
                ctx.report(block, s, e, f"Sentence appears cut off: it {reason}{_after(doc, block)}")
            continue
        reason = _cut_reason(doc, block) or odd_one_out(doc, block)
        if not reason:
            continue
        line = doc.index.line_col(block.map.start(0))[0]
        if line in phrase or _echoes_a_sentence(doc, block):
            continue  # "You may also like" ends on a verb but is a widget header, not a cut sentence
        strong = ends_open(block.text) is not None or ends_incomplete(block.text) is not None
        if not strong and (block.index in chrome or line in flagged):
            continue  # page chrome is not a cut sentence
        if reason == _WEAK and _one_more_heading(doc, block, skip()):
            continue
        if reason:
            s, e = _tail_span(block.text)
            ctx.report(block, s, e, f"Sentence appears cut off: it {reason}{_after(doc, block)}")
    return ()


@rule(code="T102", name="run-on-cut", category="truncation", severity="error",
      bad=["The council will vote on The plan was approved last night."],
      good=["She wrote for The New York Times for a decade.", "He spoke to The Guardian about it.",
            "The council will vote on Tuesday."])
def run_on_cut(doc, ctx):
    """What it does: Finds a sentence that breaks off inside a paragraph where a new sentence starts
    without punctuation, as in "the council will vote on The plan was approved".
    Why it matters: Two texts spliced together lose the end of the first sentence; readers cannot tell
    what was said.
    How to fix: Restore the missing words and the full stop between the two sentences.
    """
    for block in doc.blocks_of(PARAGRAPH, LIST_ITEM, QUOTE):
        text = block.text
        words = WORD_RE.findall(text)
        cands = [i for i in range(1, len(words) - 1) if words[i] in _STARTERS and words[i - 1] in _GLUE
                 and words[i - 1].islower() and words[i + 1][:1].islower()]
        if not cands:
            continue
        ws = [m.span() for m in WORD_RE.finditer(text)]
        for i in cands:
            if text[ws[i - 1][1]:ws[i][0]] != " ":
                continue
            ctx.report(block, ws[i - 1][0], ws[i + 1][1],
                       f"Sentence breaks off after '{words[i - 1]}' and a new sentence starts with '{words[i]}'")
    return ()


@rule(code="T103", name="excerpt-cut", category="truncation", severity="warning",
      bad=["The mayor said the city would [...]", "The new policy will change how the council […]",
           "Officials announced on Monday that the … Read more",
           "The council said on Monday that the new budget for the schools is …"],
      good=["We waited and waited…", "The results were, well... surprising.", "Read more about it in our guide.",
            "The next big challenge is …"])
def excerpt_cut(doc, ctx):
    """What it does: Finds CMS excerpt and teaser cuts left in the body: a paragraph ending in "[...]",
    "[…]", "(more…)", or an ellipsis that stops mid-clause, and teasers that end in "Read more" or
    "Continue reading". A short line whose ellipsis follows "is" or "are" is a drum roll ("The next big
    challenge is …"), not a cut.
    Why it matters: An excerpt pasted instead of the full text hides the rest of the article.
    How to fix: Replace the excerpt with the full paragraph and remove the teaser link text.
    """
    flagged = ctx.lines_flagged("boilerplate")
    for block in doc.blocks_of(PARAGRAPH, LIST_ITEM, QUOTE):
        text = block.text.rstrip()
        if doc.index.line_col(block.map.start(0))[0] in flagged:
            continue
        tail = text.rstrip(" \t\n\r\f\v.…»›>")[-40:].lower()  # every teaser phrase ends within these
        m = _TEASER_END.search(text) if ("read" in tail or "more" in tail) else None
        if m:
            ctx.report(block, m.start(1), len(text), f"Teaser text '{m.group(1)}' left at the end of a paragraph")
            continue
        m = _ELLIPSIS_END.search(text)
        if not m:
            continue
        before = text[:m.start()].rstrip()
        bracketed = m.group(0).lstrip().startswith(("[", "("))
        if not bracketed and word_count(before) <= 8 and last_word(before) in ("is", "are", "was", "were"):
            continue  # a drum roll, not a cut: "The next big challenge is …", "And the winner is..."
        if bracketed or ends_open(before):
            s, _ = _tail_span(before)
            ctx.report(block, s, len(text), "Paragraph ends in an excerpt cut: the text stops mid-clause")
    return ()


_PAIRS = (("“", "”"), ("(", ")"), ("[", "]"))
_PAIR_RES = tuple(re.compile("[" + re.escape(o + c) + "]") for o, c in _PAIRS)


@rule(code="T104", name="unbalanced-delimiters", category="truncation", severity="warning",
      bad=["He said “we will finish the work soon and then go home.", "The figures (as reported on Monday were wrong."],
      good=["He said “we will finish soon.”", "The figures (as reported) were wrong.",
            "1) First item", "“I came,” he said, “and I left.”"])
def unbalanced_delimiters(doc, ctx):
    """What it does: Flags a paragraph that opens a quotation mark or bracket and never closes it.
    Why it matters: An unclosed quote or bracket usually means the text was cut, or a quote's end was
    lost in editing; readers cannot tell where the quotation ends.
    How to fix: Close the quote or bracket, or restore the missing text.
    """
    blocks = list(doc.blocks_of(PARAGRAPH, QUOTE))
    for i, block in enumerate(blocks):
        text = block.text
        for (o, c), marks in zip(_PAIRS, _PAIR_RES):
            if o not in text:
                continue
            depth = 0
            first_open = -1
            for m in marks.finditer(text):  # only the delimiters, not every character
                if m.group() == o:
                    if depth == 0:
                        first_open = m.start()
                    depth += 1
                elif depth:
                    depth -= 1
            if depth <= 0:
                continue
            if o == "(" and re.match(r"^\s*\w{1,3}\)", text[first_open + 1:]):
                continue
            if o == "“" and i + 1 < len(blocks) and blocks[i + 1].text.lstrip().startswith("“"):
                continue  # multi-paragraph quotation: each paragraph opens, only the last closes
            if o == "“" and ("’’" in text[first_open:] or "''" in text[first_open:] or "\"" in text[first_open:]):
                continue  # closed with typewriter or doubled apostrophes
            spans = sentences(text)
            in_last = not spans or first_open >= spans[-1][0]
            if ends_terminal(text) and not in_last:
                continue  # a quotation that runs on into the next paragraph
            ctx.report(block, first_open, min(len(text), first_open + 40),
                       f"'{o}' is opened here and never closed in this paragraph", suggestions=[c])
            break
    return ()
