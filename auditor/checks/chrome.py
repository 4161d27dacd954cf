"""Structural page-chrome analysis, computed once per document and shared by rules.

A block is *foreign* when it is not a finished sentence, is short, and shares little vocabulary
with the rest of the article: a related-article headline, a menu item, a widget caption.  Topic
coherence is the signal: a real heading or a cut paragraph reuses the article's words, page
chrome does not.  Blocks before the first and after the last prose paragraph (where scrapers
leave bylines, share bars and footers) need less evidence.  In HTML, link-dense blocks count too.
"""
from __future__ import annotations

import re
from collections import Counter

from ..clause_ends import ends_incomplete
from ..document import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TITLE
from ..lexicon import FUNCTION_WORDS
from ..linepatterns import body_line_reason, is_timestamp, line_reason
from ..packs import line_segments
from ..textutil import (DATELINE_LEAD_RE, DATELINE_LINE_RE, PARENTHETICAL_RE, ends_open, ends_terminal,
                        opens_with_adverbial, prose_before_last_sentence, reads_as_a_sentence, title_case_ratio,
                        word_count, word_list)
from ..vocab import content_words
from ..wordclass import classes
from .cut_lines import (bare_number_end, heading_cut_reason, headline_grammar, lead_in_only, prose_marker,
                        stranded_preposition, subject_phrase_only, unclosed_quote)
from .cut_lines import headlinese as headline_shape  # (the analysis names its own flag "headlinese")

_CANDIDATE_KINDS = (PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CAPTION)
# A person's name alone: two or three capitalised words, perhaps with a middle initial ("Bruce Y. Lee").
_NAME_LINE_RE = re.compile(r"^[A-Z][a-z’'-]+(?: [A-Z]\.)?(?: (?:Mc|Mac|O’|O'|De|Van )?[A-Z][a-z’'-]+){1,2}$")


_CAMEL_NAME_RE = re.compile(r"[A-Z][a-z]+(?:[A-Z][A-Za-z]*)+(?:\.(?:com|net|org|tv))?")  # "SpaceNews", "SportsLine.com"
_LOOSE_TAGS = frozenset(("div", "section", "article", "main", "body", "center"))
# The sections of a news site's menu, which a plain-text article uses as a heading only when it is about them.
_SECTION_NAMES = frozenset("News Sports Opinion Opinions Local Reviews Interviews Website Support Podcasts Podcast Weather "
                           "Videos Photos Events Obituaries Obits Classifieds Lifestyle Entertainment Politics World "
                           "Business Tech Technology Markets Editorials Science Health Travel Culture Arts Style "
                           "Education Transportation Economy Money Crime Community Nation National International "
                           "Autos Careers Shopping Deals Games Puzzles Crosswords Horoscopes Comics Letters Columnists "
                           "Blogs Newsletters Archives Multimedia Galleries Magazine Investigations Elections Climate "
                           "Environment Media Books Music Movies Television Celebrity Fashion Beauty Wellness Fitness "
                           "Parenting Pets Features Gaming Directory Help Calendar Notices Announcements Humor Religion "
                           "Agriculture Outdoors".split())


def _shared(cw: list[str], vocab: Counter) -> float | None:
    """Share of a block's content words that occur in some other block, or None without content words."""
    uniq = set(cw)
    return sum(1 for w in uniq if vocab[w] > 1) / len(uniq) if uniq else None


_CAPTION_LABEL_RE = re.compile(r"^(?:table|figure|fig\.|listing|chart|map|exhibit|appendix|chapter|step|part)\b", re.I)
_EMPHASIS_BEFORE = {"html": re.compile(r"<(?:strong|b|em|i|u|h[1-6])\b[^<>]*>\s*$", re.I),
                    "markdown": re.compile(r"(?:\*{1,3}|_{1,3})[ \t]*$")}


# Words of the headings any article may have ("Final Thoughts", "Next Steps", "Closing Remarks").
_SECTION_HEADING_WORDS = frozenset("final thought conclusion summary takeaway key bottom line overview introduction "
                                   "background next step verdict update note result detail information context "
                                   "analysis outlook lesson tip question answer fact faq closing word remark main "
                                   "point quick look first impression getting started work matter".split())


def _root_index(vocab: Counter) -> tuple[dict, dict]:
    """The article's words of four letters or more by their first four and first five letters."""
    p4: dict[str, set] = {}
    p5: dict[str, set] = {}
    for v in vocab:
        if len(v) >= 4:
            p4.setdefault(v[:4], set()).add(v)
            if len(v) >= 5:
                p5.setdefault(v[:5], set()).add(v)
    return p4, p5


def _shares_a_root(cw: list[str], index: tuple[dict, dict]) -> bool:
    """Whether a word of a block shares its root with a word elsewhere in the article: the shorter of the two, of
    four letters or more, opens the other up to its fifth letter ("Clinching" and "clinched", "Touring" and
    "tour"). A short heading names the article's subject in its own form of the word."""
    p4, p5 = index
    own = set(cw)
    for w in own:
        if len(w) < 4:
            continue
        if len(w) == 4:
            cands = p4.get(w, ())
        else:
            cands = p5.get(w[:5], set()) | {v for v in p4.get(w[:4], ()) if len(v) == 4}
        if any(v not in own for v in cands):
            return True
    return False


def _no_label_colon(text: str, n: int) -> bool:
    """No colon, or the colon of a headline's kicker ("Star Wars Jedi: Fallen Order Lightsaber Colors", five words
    or more with two after it) rather than of a label ("Filename: Cargo.toml")."""
    return ":" not in text or (n >= 5 and word_count(text.split(":", 1)[1]) >= 2)


def _emphasised(doc, b) -> bool:
    """Does the block's text open inside bold or italic markup (a pseudo-heading such as <p><strong>Key Points</strong>
    or **Key Points**)?"""
    rx = _EMPHASIS_BEFORE.get(doc.format)
    start = b.map.start(0)
    return bool(rx and rx.search(doc.source, max(0, start - 60), start))


def _single_word(b, fmt: str) -> bool:
    """A paragraph (or plain-text heading) that is one capitalised word: a section name of a menu ("Health",
    "Business").  List items are left to the list rules: a list of single words is often content."""
    t = b.text.strip()
    kinds = (PARAGRAPH, HEADING) if fmt == "text" else (PARAGRAPH,)
    return b.kind in kinds and t[:1].isupper() and t.isalpha() and len(t) > 1


_MENU_MAX = 24


def _label_and_value(blocks, i: int, fmt: str) -> bool:
    """Two single words in a row where one is an adjective: a label and its value ("Rating" / "Unproven",
    "Verdict" / "False"), not two menu items (a menu names sections: nouns and names)."""
    pair = [blocks[j].text.strip().lower() for j in (i - 1, i, i + 1)
            if 0 <= j < len(blocks) and _single_word(blocks[j], fmt)]
    return any("A" in classes(w) and "N" not in classes(w) for w in pair)


def _run_lengths(flags: list[bool]) -> list[int]:
    """For each index, the length of the run of True values it is part of (0 for a False)."""
    out = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        out[i:j] = [j - i] * (j - i)
        i = j
    return out


_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_SHAPE_TOKEN = re.compile(r"\w+|[^\w\s]+")


def _shape(text: str) -> tuple:
    """The look of a line's first three tokens: month, number, capitalised or lower-case word, punctuation."""
    out = []
    for t in _SHAPE_TOKEN.findall(text)[:3]:
        low = t.lower()
        out.append("M" if low.rstrip(".") in _MONTHS else "N" if t[0].isdigit() else "C" if t[0].isupper()
                   else "l" if t[0].isalpha() else t[:2])
    return tuple(out)


def _same_shape_run(blocks, shapes, i: int) -> int:
    """How many blocks in a row (``i`` among them) share block ``i``'s kind and shape: a schedule, a list
    of sources, a spec sheet written as paragraphs.  Inserted chrome comes in runs of one to three lines."""
    sh = shapes[i]
    if sh is None or len(sh) < 3 or sh.count("C") == 3:
        return 1  # three capitalised words say too little about a line
    lo = i
    while lo > 0 and shapes[lo - 1] == sh and blocks[lo - 1].kind == blocks[i].kind:
        lo -= 1
    hi = i
    while hi + 1 < len(blocks) and shapes[hi + 1] == sh and blocks[hi + 1].kind == blocks[i].kind:
        hi += 1
    return hi - lo + 1


def _interrupts(blocks, shapes, i: int) -> bool:
    """Does block ``i`` break a list of same-shape lines (a headline between two tour dates)? Its neighbours share
    a shape, each with a same-shape neighbour of its own, and it does not."""
    if i == 0 or i + 1 >= len(blocks) or shapes[i - 1] is None or shapes[i - 1] != shapes[i + 1] \
            or shapes[i] == shapes[i - 1]:
        return False
    return _same_shape_run(blocks, shapes, i - 1) >= 2 and _same_shape_run(blocks, shapes, i + 1) >= 2


_QA_OR_HOURS_RE = re.compile(r"^(?:[QA]\s?[:.]\s|\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*[-–—/]\s*\d{1,2}[.:]\d{2})", re.I)


_QUESTION_START_RE = re.compile(r"(?:Who|What|Why|How|When|Where|Which|Is|Are|Can|Do|Does|Did|Will|Should|Could|Would"
                                r"|Was|Were|Has|Have)\b")
# characters of a command, an expression or a file name ("python -m idlelib.xyz", "x = ~1 ^ 1", "buffer.c"); a
# decimal, a date or an abbreviation ("$7.9", "9.30.19", "U.S.", "e.g.") is not one
CODE_LIKE_RE = re.compile(r"[=~^{}<>\\_|]|\b[A-Za-z_]\w+[./][A-Za-z]|(?:^|\s)--?\w")
_REFERENCE_RE = re.compile(r"^\[\d{1,3}\]\s")  # "[2] Joint Commission ...": a numbered reference


def is_stack(segs: list[tuple[int, str]], known: list[bool] | None = None) -> bool:
    """Lines joined into one block that are each an element of their own (menu entries, headlines, labels), not
    hard-wrapped prose: every line is short, starts with a capital, a digit or a symbol and does not run on
    into the next. Lines in ``known`` are page elements already (matched by the phrase pack or a pattern)."""
    if len(segs) < 2:
        return False
    for k, (_, seg) in enumerate(segs):
        if k and seg[:1].islower() and not (segs[k - 1][1].rstrip()[-1:] in ".!?:|" or known and known[k - 1]):
            return False  # the sentence of the line before runs on into this one: prose, whatever a phrase matched
        if known and known[k]:
            continue
        ws = word_list(seg)
        if not ws or len(ws) > 20 or seg[:1].islower() or seg.endswith((",", ";", "-", "–", "—")) \
                or ends_open(seg) or ends_incomplete(seg):
            return False
    return True


_ELLIPSIS_TAIL_RE = re.compile(r"\s?(?:…|\.{3,})$")
_PERSONAL = frozenset("i me my we our us you your".split())


def _cut_link_title(text: str, n: int) -> bool:
    """A headline that a site shortened with an ellipsis to fit its link ("Oil prices steady after 2-day drop
    amid growth concerns...", "... to devastate Britain as Hurri..."): it opens on a name or a noun, not on a
    function word, speaks of no one in the first or second person, and stops inside its clause. A writer's
    trailing-off ("Here's the thing …", "If you …") opens otherwise."""
    m = _ELLIPSIS_TAIL_RE.search(text)
    if not m or not 4 <= n <= 20 or CODE_LIKE_RE.search(text):
        return False
    before = text[:m.start()].rstrip()
    ws = word_list(before)
    if not ws or ends_terminal(before) or before[-1:] in ",;:" or not ws[0][:1].isupper():
        return False
    first = ws[0].lower().replace("’", "'")
    return first not in FUNCTION_WORDS and not first.endswith("'s") and not any(w.lower() in _PERSONAL for w in ws) \
        and (not reads_as_a_sentence(before, ws) or bool(_HEADLINE_STYLE_RE.search(before)))
    # ("Here's the other important thing …" is the writer's; "Police: Oklahoma double-murder suicide was …" a link)


# Headline style: a kicker before a colon ("Harry Dunn: Foreign Secretary defends ..."), a source after one ("...: UN
# envoy") or a quotation in single marks ("Girl 'jumps to her death'"); article prose quotes in double marks.
_HEADLINE_STYLE_RE = re.compile(r"^[A-Z][^:]{1,60}:\s|:\s*[A-Z][\w .]{1,30}$|(?<![\w'‘’])['‘](?:[^'‘’]|(?<=\w)['’](?=\w)){2,80}['’](?![\w'‘’])")


_CUT_LINK = "a headline cut short with an ellipsis: a link to another story"


def _indented(doc, b) -> bool:
    """Whether the block's first source line starts after some indentation (a plain-text example or code)."""
    start = b.map.start(0)
    return start > doc.source.rfind("\n", 0, start) + 1


def _label_run(text: str) -> bool:
    """Capitalised labels run together with not one function word and no punctuation: tags, a breadcrumb, a menu
    ("Books Fantasy Science Fiction Slate Book Review"). A headline or a name has its "of", "to" or "and", a caption
    its possessive."""
    if re.search(r"[.!?:,;()\"“”]|[’']s\b", text):
        return False
    ws = word_list(text)
    return sum(1 for w in ws if w[:1].isalpha()) >= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in ws) \
        and not any(w.lower() in FUNCTION_WORDS for w in ws)


def _title_with_bar(text: str, n: int, fmt: str) -> bool:
    """A page title with its section or site after a bar, as links and browser titles write them: "Milano Design
    Week 2018 | Seiko's 'The Flow of Time' at the Triennale", "Ascom | Available positions". A date range ("29
    November 2018 | 20 January 2019"), an expression ("x = 1 | 2") and, in plain text, a short line with no
    lower-case word (a name and a handle: "Tommi Enenkel | AnB") are not."""
    if text.count(" | ") != 1 or not 3 <= n <= 25 or ":" in text or not text[-1:].isalnum() or not text[:1].isalnum():
        return False
    ws = word_list(text)
    return title_case_ratio(ws) >= 0.6 and (n >= 5 or fmt == "text" and bool(re.search(r"(?<![\w’'])[a-z]{2,}\b", text))) \
        and not CODE_LIKE_RE.search(text.replace(" | ", " ")) and sum(1 for w in ws if w[:1].isalpha()) >= 2 * n / 3 \
        and not all(is_timestamp(p) for p in text.split(" | "))


# Words that open a teaser's first sentence ("... on the verge of destruction The Surp Sarkis Church is ..."), and
# the words after which a capitalised "The" is a name's ("told The Guardian", "editor of The Times").
_TEASER_OPENERS = frozenset("The A An This These That In On At After When As For It Its".split())
_NAME_GLUE = frozenset("of at in on to from by for with and or other told than about into via called named".split())
_HEAD_VERBS = frozenset("is are was were has have had".split())  # (headlines drop them; a teaser's sentence keeps them)
_TOKEN_RE = re.compile(r"\S+")
_OPENER_AFTER_WORD_RE = re.compile(r"\w (?:" + "|".join(sorted(_TEASER_OPENERS)) + r") ")
_STOP_IN_HEAD_RE = re.compile(r"[.!?](?:\s|$)")


def _glued_teaser(text: str) -> bool:
    """A related story's card that a scraper ran together: its headline, with no stop, then the teaser's first
    sentence, which opens as a new sentence ("The", "A", or the headline's own first word) and repeats the
    headline's words ("Armenia named most popular spot for Russian travelers in 2019 Armenia has been named the
    most popular destination ...", "Historic Armenian church in Turkey on the verge of destruction The Surp Sarkis
    Armenian Church ... is in ruins ..."). Article prose either ends its sentence first or names "The Guardian"
    after a preposition or a verb of saying."""
    if not text[:1].isupper() or not (ends_terminal(text) or text.endswith(("...", "…"))) \
            or not 12 <= len(text.split()) <= 120:
        return False  # (a headline opens capitalised; a wrapped line of a manual does not; the teaser ends a sentence)
    stop = _STOP_IN_HEAD_RE.search(text, 0, 320)
    end = stop.start() + 1 if stop else 320
    first = text.split(None, 1)[0]
    if not _OPENER_AFTER_WORD_RE.search(text, 0, end) and f" {first} " not in text[:end]:
        return False  # no new sentence can open before the first stop
    toks = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(text, 0, end)][:32]
    for k in range(5, min(26, len(toks))):
        start, w = toks[k]
        prev = toks[k - 1][1]
        if not (w in _TEASER_OPENERS or w == first) or prev.lower() in _NAME_GLUE or not prev[-1:].isalnum():
            continue
        if any(x.lower() in _HEAD_VERBS for _, x in toks[:k]) or len(text[start:].split()) < 6:
            continue
        hc = set(content_words(text[:start]))
        common = hc & set(content_words(text[start:start + 200]))
        if len(common) >= 2 and len(common) >= 0.4 * len(hc):
            return True
    return False


def line_chrome_reason(line: str) -> str | None:
    """Why one line of a block of joined lines is page chrome by its own text: a pattern of
    :func:`~auditor.linepatterns.body_line_reason`, or a headline a site cut short with an ellipsis."""
    return body_line_reason(line) or (_CUT_LINK if _cut_link_title(line, word_count(line)) else None)


def analyse(doc) -> dict[int, str]:
    """Block index -> reason, for blocks that look like page chrome."""
    return doc.cached("chrome", lambda: _analyse(doc))


def _headline_stacks(blocks) -> set:
    """The plain-text stacks of two to five lines none of which ends on a full stop: blocks of links ("Browns place
    Morgan Burnett on injured reserve" / "Playoff Watch 2.0 – Where do the Browns stand?"), not a file list or
    credits ("Based on the work of Brent Fulgham." / "Dynamic loading added by Sergey Khorev")."""
    size: Counter = Counter()
    stopped = set()
    for x in blocks:
        if "stack" in x.attrs:
            size[x.attrs["stack"]] += 1
            if x.text.rstrip().endswith("."):
                stopped.add(x.attrs["stack"])
    return {g for g, n in size.items() if 2 <= n <= 5 and g not in stopped}


def _analyse(doc) -> dict[int, str]:
    blocks = doc.blocks
    content = [content_words(b.text) if b.kind != "code" else [] for b in blocks]
    vocab: Counter = Counter()
    for cw in content:
        vocab.update(set(cw))
    roots = None  # the words by their roots, built when a short plain-text title asks for it
    # prose paragraphs: finished sentences of some length
    prose = []
    for i, b in enumerate(blocks):
        if b.kind in (PARAGRAPH, QUOTE):
            n = word_count(b.text)
            if n >= 8 and ends_terminal(b.text) or n >= 12 and not headline_grammar(b.text, word_list(b.text)):
                prose.append(i)  # (a long headline without its full stop is a link, not the article's prose)
    shapes = [_shape(b.text) if b.kind != "code" and word_count(b.text) <= 30 else None for b in blocks]
    link_stacks = _headline_stacks(blocks) if doc.format == "text" else set()
    item_runs = _run_lengths([b.kind == LIST_ITEM for b in blocks])
    # a menu is a few words in a row; hundreds (a word list, a file of keywords) are data, and so are single words
    # in a file with no prose
    single_runs = _run_lengths([_single_word(b, doc.format) for b in blocks])
    short_runs = _run_lengths([b.kind in (PARAGRAPH, LIST_ITEM, HEADING, CAPTION, QUOTE)
                               and 0 < word_count(b.text) <= 12 and not ends_terminal(b.text) for b in blocks])
    # in markup the article's <h1> or "# " title is known: short blocks above it are the page's, not the article's
    # (the plain-text loader puts lines above the title only when they are dates and notices or when the first line
    # shares none of the article's words while a headline below it does: see loaders/text.py)
    title_at = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    # in HTML whose prose sits in <p> elements, text left loose in a <div> or a section is a widget's, not the
    # article's: a related headline, a label, a promo line
    tags = [blocks[i].attrs.get("tag") for i in prose] if doc.format == "html" else []
    p_prose = len(tags) >= 3 and tags.count("p") >= 0.75 * len(tags)
    first_prose = prose[0] if prose else len(blocks)
    last_prose = prose[-1] if prose else -1
    out: dict[int, str] = {}
    for i, b in enumerate(blocks):
        if b.kind not in _CANDIDATE_KINDS:
            continue
        text = b.text.strip()
        if doc.format != "text" and b.kind == HEADING:
            continue  # marked-up headings are the author's structure
        n = word_count(text)
        if b.kind == PARAGRAPH and _glued_teaser(text):
            out[i] = "a headline run together with its teaser (the summary repeats it): a related story's card"
            continue
        if n == 0 or n > 30:
            continue
        if i < title_at and not (n >= 12 and ends_terminal(text)):
            out[i] = "above the article's title"
            continue
        lr = b.attrs.get("link_ratio", 0.0)
        if lr >= 0.8 and n <= 12 and b.kind != LIST_ITEM:
            out[i] = "link-only block"
            continue
        reason = line_reason(text) if b.kind == TITLE else body_line_reason(text)
        if reason:
            out[i] = reason
            continue
        if p_prose and b.kind == PARAGRAPH and b.attrs.get("tag") in _LOOSE_TAGS and not (n >= 4 and ends_open(text)) \
                and not (ends_terminal(text) and _shared(content[i], vocab) == 1.0):  # a pull quote repeats the text
            out[i] = f"text outside the article's paragraphs (in a <{b.attrs['tag']}>, not a <p>)"
            continue
        fmt = doc.format
        # a plain-text line stacked among others with no blank line between is no heading: read it as markup's <p>
        marked = fmt != "text" or "stack" in b.attrs and not CODE_LIKE_RE.search(text)
        if 2 <= single_runs[i] <= _MENU_MAX and prose \
                and not (single_runs[i] == 2 and _label_and_value(blocks, i, fmt)):
            out[i] = "menu items (single words in a row)"
            continue
        if marked and b.kind == PARAGRAPH and text.endswith("?") and not text.isupper() \
                and 2 <= n <= 20 and text.count("?") == 1 and _QUESTION_START_RE.match(text) \
                and title_case_ratio(word_list(text)) == 1.0 and not _emphasised(doc, b):
            # "Who Owns FedEx?", "Why Do We Get Allergies?": a headline link (an article asks its questions in
            # sentence case, or in capitals as a section header)
            out[i] = "a title-case question that is not marked up as a heading: a headline link"
            continue
        if fmt == "text" and b.kind == HEADING and not text.isupper() and content[i] \
                and title_case_ratio(word_list(text)) == 1.0 and _shared(content[i], vocab) == 0:
            # a plain-text heading names the article's subject ("What Does Stadia Offer?"); a title of four words
            # or more, or a question, whose words the article never uses ("Who Owns FedEx?", "Stolen in the
            # Suburbs") is another story's headline (not an interview's answer or a row of figures), and so is a
            # shorter title none of whose words even shares its root with one of the article's ("Space
            # Calendar"; "Clinching in November" heads an article that says "clinched")
            if text.endswith("?") and 2 <= n <= 20 and _QUESTION_START_RE.match(text):
                out[i] = "a title-case question about nothing the article mentions: a headline link"
                continue
            if roots is None and n < 4:
                roots = _root_index(vocab)
            if (n >= 4 or n >= 2 and not _shares_a_root(content[i], roots)
                    and not set(content[i]) <= _SECTION_HEADING_WORDS) \
                    and len(set(content[i])) >= 2 and not _QA_OR_HOURS_RE.match(text) \
                    and not any(ch in text for ch in "()%") and not (ends_open(text) or ends_incomplete(text)) \
                    and sum(1 for w in word_list(text) if w[:1].isalpha()) >= 0.75 * n:  # (not dates or figures)
                out[i] = "a title-case line about nothing the article mentions: a headline link"
                continue
        if marked and b.kind == PARAGRAPH and n >= 6 and _label_run(text):
            out[i] = "capitalised labels run together with no sentence: tags, a breadcrumb or a menu"
            continue
        # above the first paragraph of a plain-text file a title with a bar may be the document's own, under chrome a
        # scraper kept
        if (b.kind == PARAGRAPH or doc.format == "text" and b.kind == HEADING and i > first_prose) \
                and _title_with_bar(text, n, doc.format):
            out[i] = "a title with its site or section after a bar: a link or a page title"
            continue
        if _cut_link_title(text, n):
            out[i] = _CUT_LINK
            continue
        if ends_terminal(text) and n >= 6 or text.endswith("!") \
                or _QA_OR_HOURS_RE.match(text) or DATELINE_LINE_RE.match(text) \
                or (text.endswith(":") and n >= 3 and text[:1].isupper()) or _REFERENCE_RE.match(text):
            continue  # prose, an exclamation, an interview answer ("A: ..."), opening hours ("9.30 A.M. / 7.00 P.M.")
        if n >= 4 and (ends_open(text) or ends_incomplete(text) or unclosed_quote(text)) or opens_with_adverbial(text) \
                or DATELINE_LEAD_RE.match(text) or PARENTHETICAL_RE.search(text) or prose_before_last_sentence(text) \
                or (heading_cut_reason(doc, b) if fmt == "text" and b.kind == HEADING
                    else prose_marker(text) or subject_phrase_only(text) or lead_in_only(text)
                    or stranded_preposition(text) or bare_number_end(text)):
            continue  # a cut sentence, not chrome (truncated-sentence reports it)
        cw = content[i]
        uniq = set(cw)
        if not uniq:
            continue
        shared = _shared(cw, vocab)
        ws = word_list(text)
        stack = bool(b.attrs.get("breaks")) and doc.format != "html" and is_stack(line_segments(b.text, b.attrs["breaks"]))
        # a plain-text line with a heading's shape must share more: a headline of another story uses one or two of
        # the article's words ("Harry Dunn: Foreign Secretary defends seeking legal costs from family")
        # and so must a line written in a headline's style, with a kicker or a source after a colon or a quotation in
        # single marks ("Young people, including Taliban youth, must be heard: UN envoy")
        floor = 0.2 if doc.format == "text" and b.kind == HEADING or _HEADLINE_STYLE_RE.search(text) else 0
        # a markup paragraph in a headline's grammar, with no article after its verb and no stop, is a link's title
        # even when it shares the article's words (a related story on the same topic), and so is a plain-text line in
        # a short stack of lines none of which ends on a full stop; one in the looser grammar only when it shares
        # little
        strong_headline = b.kind == PARAGRAPH and (fmt != "text" or marked and b.attrs.get("stack") in link_stacks) \
            and not ends_terminal(text) and headline_shape(text) and not _emphasised(doc, b)
        headlinese = strong_headline or marked and b.kind == PARAGRAPH and headline_grammar(text, ws)
        if headlinese:
            floor = 0.3
        elif fmt == "text" and b.kind == HEADING and not b.attrs.get("underlined") and title_case_ratio(ws) < 0.9 \
                and headline_grammar(text, ws) and shared < 0.5:
            # a plain-text line in a headline's grammar and sentence case that shares under half its words with the
            # article: another story's headline (the article's own subheadings in that grammar share more)
            out[i] = "a headline (a name and a present-tense verb) that shares little with the article: a link"
            continue
        edge = i < first_prose or i > last_prose
        if n >= 10 and sum(1 for w in ws if w[:1].islower()) >= n / 2 and shared > floor and not stack \
                and not (strong_headline or headlinese and edge):
            continue  # sentence-like prose that shares the article's words (a run of headlines is not prose)
        if not prose:
            continue  # no article text to compare with (a stub or a short note): only dates and link rows count
        if item_runs[i] >= 4 or _same_shape_run(blocks, shapes, i) >= 4 \
                or (short_runs[i] >= 5 and not _interrupts(blocks, shapes, i)):
            # an item of a long list (tour dates, sources, specs) or of a fact box (hours, tickets, phone) is
            # content; a footer of that length is left to the phrase pack and the link-density check above
            continue
        if headlinese and (shared < (0.9 if strong_headline else 0.3) or edge):
            out[i] = "a headline (a name and a present-tense verb) that shares little with the article: a link"
            continue
        if reads_as_a_sentence(text, ws):
            continue  # "The U.S. had won all previous 15 meetings": article prose that lost its end, not chrome
        if edge and shared < 0.5 and (b.kind != LIST_ITEM or shared == 0):
            out[i] = "outside the article text and unrelated to it"
        elif len(uniq) >= 3 and shared <= 0.2 and b.kind != LIST_ITEM:
            out[i] = "unrelated to the article's topic"
        elif shared == 0 and _NAME_LINE_RE.match(text) and (b.kind == PARAGRAPH or (
                b.kind == HEADING and doc.format == "text" and any(not classes(w.lower()) for w in ws))):
            # a plain-text line taken for a heading is a name only when a word is not common English: "Kimberly
            # Ross" is a byline, "Final Thoughts" a section heading
            out[i] = "a name on its own line that the article never mentions: a byline or credit"
        elif shared == 0 and n == 1 and text[:1].isalpha() and text[-1:].isalnum() \
                and (b.kind == PARAGRAPH and (marked or text.isalpha() and text.islower() and not _indented(doc, b))
                     or doc.format == "text" and (text in _SECTION_NAMES
                                                  or _CAMEL_NAME_RE.fullmatch(text) and not _indented(doc, b))):
            # (in plain text a lower-case word alone is no heading either: "follow", "video"; indented, it is code;
            # nor is a site section's name the article never uses, "Reviews", "Obituaries", or a brand written in
            # camel case, "SpaceNews", "DroneDJ"; "Yikes." is prose)
            out[i] = "a single word on its own that the article never mentions: a label, button or site name"
        elif (shared == 0 or fmt != "text" and shared < 0.7 and not _emphasised(doc, b)) and 2 <= n <= 3 \
                and b.kind == PARAGRAPH and marked and title_case_ratio(ws) == 1.0 and text[-1:].isalnum():
            out[i] = "a short title-case label whose words the article never uses: a link, section or site name"
        elif shared <= 0.5 and n <= 3 and b.kind == PARAGRAPH and marked \
                and all(w[:1].islower() for w in ws[1:]) and text[-1:].isalnum() and not _emphasised(doc, b) \
                and (text[:1].islower() or n >= 2 and text[:1].isupper() and ":" not in text
                     and ws[0].lower() not in FUNCTION_WORDS):  # ("Filename: src/main.rs", "The discussion")
            # "digital subscriptions", "International relations": a topic tag or link text, not a sentence
            out[i] = "a short line in lower or sentence case that shares little with the article: link text or a tag"
        elif shared <= 0.5 and 2 <= n <= 20 and b.kind == PARAGRAPH and marked and title_case_ratio(ws) == 1.0 \
                and text[-1:].isalnum() and text[:1].isalnum() and _no_label_colon(text, n) \
                and sum(1 for w in ws if w[:1].isalpha()) >= 2 * n / 3 \
                and not _CAPTION_LABEL_RE.match(text) and not _emphasised(doc, b) and shapes[i][:2] != ("M", "N"):
            # the article's own words as a pseudo-heading ("Tour Tickets"), a dated entry of a schedule ("June
            # 23 – Virginia Beach, VA @ …") and a row of figures ("CB Denzel Ward 74 100% 4") are left alone
            out[i] = "a title-case line that is not marked up as a heading: a link, a headline or a section name"
    return out
