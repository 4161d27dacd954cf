"""Signals that a line is a cut sentence although it has the shape of a heading or of a list entry.

In plain text a heading and a cut paragraph are both lines without a full stop: these read the words (an unclosed
quotation, a lead-in with no main clause, an article sentence's verbs) and the neighbours (a stats entry missing
the full stop its neighbours have). ``truncation`` asks them about plain-text headings and cut paragraphs.
"""
from __future__ import annotations

import re

from ..clause_ends import ends_incomplete
from ..document import HEADING, LIST_ITEM, PARAGRAPH
from ..lexicon import PREPOSITIONS
from ..textutil import (AGENCY_MARK_RE, DATELINE_LEAD_RE, FINITE_WORDS, PARENTHETICAL_RE, WORD_RE, ends_terminal,
                        keeps_articles, keeps_be, keeps_past, reads_as_a_sentence, sentences, word_count, word_list)
from ..wordclass import classes

# A title followed by the name of its site or section: "… review - VG247", "… from Nissan PH - Auto News".
SITE_SUFFIX_RE = re.compile(r"\s[-–|]\s(?:[A-Z0-9][\w.]*(?:\s[A-Z0-9][\w.]*){0,2})$")


_ENTRY_KINDS = (PARAGRAPH, LIST_ITEM, HEADING)  # plain text takes a short cut entry for a heading


# (chrome._shape reads three tokens and has no abbreviation class: "CB Denzel Ward" and "The New York" look alike
# there, and a stats row is told from prose here by its abbreviations and numbers.)
def _signature(text: str) -> tuple:
    """The look of an entry's first four words: all-caps abbreviation, capitalised, lower-case or number."""
    out = []
    for w in WORD_RE.findall(text)[:4]:
        out.append("N" if w[0].isdigit() else "A" if w.isupper() and len(w) <= 4 and w not in ("A", "I")
                   else "C" if w[0].isupper() else "l")
    return tuple(out)


def odd_one_out(doc, block) -> str | None:
    """An entry of a list written as paragraphs (a stats table: "CB Denzel Ward 74 100% 4 tackles (4 combined).")
    that lacks the full stop most of its neighbours of the same look (three entries either side) end with: it was
    cut. Only entries that start with an abbreviation or a number count, so prose paragraphs around a
    heading-like line never do."""
    text = block.text.rstrip()
    if block.kind == LIST_ITEM or ends_terminal(text) or text.endswith((":", ")")) or word_count(text) < 3:
        return None  # list items may drop their full stops; a lead-in or a parenthesis is finished
    sig = _signature(text)
    if len(sig) < 3 or not ({"A", "N"} & set(sig)):
        return None
    blocks = doc.blocks
    i = block.index
    near = [blocks[j] for j in range(i - 3, i + 4) if j != i and 0 <= j < len(blocks) and blocks[j].kind in _ENTRY_KINDS]
    same = [b for b in near if _signature(b.text) == sig]
    full = sum(1 for b in same if ends_terminal(b.text.rstrip()))
    if full >= 2 and full > len(same) - full:  # (another entry may be cut too)
        return "stops without the full stop that the entries around it end with"
    return None


# A double quotation mark that opens a quotation: at the start, or after a space or a colon ('said: "Let us').
_OPEN_QUOTE_RE = re.compile(r"(?:^|(?<=[\s:]))(?:[“\"](?=\w)|“ (?=\w))")  # (a scraper's space after “: "“ comfort")
# An opening single quotation mark after a space, the last one in the line (not a decade or a year typed with the
# wrong mark: "the ‘90s", "class of ‘19").
_OPEN_SINGLE_RE = re.compile(r"(?<=\s)‘(?!\d0s\b|\d\d\b)(?=\w)(?!.*‘)")


def unclosed_quote(text: str) -> str | None:
    """A line that opens a double quotation and never closes it, at its start or after a reporting verb
    ('Hrafnsson said: "Let us now'), or opens a curly single one after a space ("the opening ceremony of ‘2018
    Welcome"): a quoted sentence cut off, not a heading (a headline quotes whole: '“We needed to win this game”')."""
    t = text.strip()
    single = _OPEN_SINGLE_RE.search(t)
    if single and "’" not in t[single.end():] and word_count(t) >= 4:
        return "opens a quotation it never closes"  # "the opening ceremony of ‘2018 Welcome"
    opens = list(_OPEN_QUOTE_RE.finditer(t))
    if not opens:
        return None
    rest = t[opens[-1].end():]
    if re.search(r"[”\"]", rest):
        return None
    if opens[-1].start() == 0:
        cut = word_count(rest) >= 3
    else:  # mid-line: a word follows ('CTRL-O "g3dw' is a key) and the quote is not one of a closed pair; a curly
        # opening mark opens a quotation whatever its first word ('goes “a figure is formed at the presence')
        # (as does a straight one after a colon: 'Ms Persson said: "I would like')
        curly = opens[-1].group(0).startswith("“") or t[:opens[-1].start()].rstrip().endswith(":")
        cut = bool(re.match(r"[A-Za-z]{2,}\b" if not curly else r"[A-Za-z]+\b", rest)) \
            and (t.count('"') % 2 == 1 or "“" in t)
    return "opens a quotation it never closes" if cut else None


# A kicker's colon ("True confession: I ..."), not a clock time or a score ("with 3:08 to play").
KICKER_COLON_RE = re.compile(r"(?<!\d):|:(?!\d)")
_KICKER_OR_LINK_RE = re.compile(KICKER_COLON_RE.pattern + r"|/|@")  # or a link, or a handle


def open_bracket(text: str) -> str | None:
    """A line whose last round bracket opens an aside that never closes ("... and dunes (covering")."""
    t = text.strip()
    i = t.rfind("(")
    if i < 1 or t.rfind(")") > i or not t[i - 1].isspace() or word_count(t[i:]) < 1 or t.count("(") <= t.count(")") \
            or re.search(r"[\\|\"=<>{}]", t):
        return None  # (a call in code, "open(\"/usr/lib", is no aside)
    return "opens a bracket it never closes"


def _headline_exempt(t: str) -> bool:
    """Questions, kicker headings ("True confession: I had to learn ..."), embedded posts with a link and link
    titles ending in their site's name."""
    return ends_terminal(t) or t.endswith(("?", "!")) or bool(_KICKER_OR_LINK_RE.search(t)) \
        or bool(SITE_SUFFIX_RE.search(t))


# A place in capitals and a colon before a lede, as Indian and Pakistani papers write their datelines ("NEW DELHI:
# Their American dream shattered and ..."); capitalised kickers ("BREAKING:", "WATCH:") are not places.
_CAPS_DATELINE_COLON_RE = re.compile(r"^([A-Z][A-Z.'’]{2,}(?: [A-Z][A-Z.'’]+){0,2}): (?=[A-Z][a-z])")
_CAPS_KICKERS = frozenset("BREAKING UPDATE UPDATED WATCH EXCLUSIVE VIDEO VIDEOS PHOTOS PHOTO LIVE OPINION ANALYSIS "
                          "EDITORIAL REVIEW POLL QUIZ NOTE CORRECTION WARNING READ LISTEN SPONSORED ADVERTISEMENT "
                          "PODCAST FAQ TIP TIPS DEAL DEALS NEW SPOILER SPOILERS RECAP ICYMI MORE ALSO RELATED SEE "
                          "CLICK SUBSCRIBE TRENDING HOT EXPLAINER INTERVIEW REPORT ALERT URGENT".split()) \
    | {"FACT CHECK", "DEAR ABBY", "JUST IN", "EDITOR'S NOTE", "EDITOR’S NOTE"}


def _caps_dateline_lede(t: str) -> bool:
    m = _CAPS_DATELINE_COLON_RE.match(t)
    if not m or m.group(1) in _CAPS_KICKERS or ends_terminal(t):
        return False
    rest = word_list(t[m.end():])
    return len(rest) >= 6 and sum(1 for w in rest if w[:1].islower()) >= len(rest) / 2 \
        and not headlinese(t[m.end():])


def prose_marker(text: str) -> str | None:
    """A plain-text line taken for a heading that opens like a news story's first paragraph ("BUFFALO, N.Y. —
    Hours before ..."), sets off a sentence adverb with commas, is a name and its description with no verb, or
    opens with an adverb or a participle phrase and its comma before a clause with its verb: article prose, whose
    end is missing."""
    t = text.strip()
    if _caps_dateline_lede(t):
        return "opens like a news story's first paragraph but stops without terminal punctuation"
    m = DATELINE_LEAD_RE.match(t)
    if _headline_exempt(t) and not (m and "," in m.group(0) and not ends_terminal(t)):
        return None  # (after a city and its state, "– The Doobie Brothers" is the lede's subject, not a site's name)
    rest = t[m.end():] if m else ""
    # (a news agency's mark or a city and its state makes it a lede whatever follows, even two words: "WASHINGTON
    # (AP) — Ambassador Gordon Sondland", "SANTA FE, N.M. (AP) — A cat", "CLEVELAND, Ohio – The Doobie")
    if m and (word_count(rest) >= 3 or rest and (AGENCY_MARK_RE.search(m.group(0)) or "," in m.group(0))) \
            and rest[:1].isupper() \
            and (any(w[:1].islower() for w in word_list(rest)) or AGENCY_MARK_RE.search(m.group(0))
                 or "--" in m.group(0) or "," in m.group(0)):  # (a city and its state: "CLEVELAND, Ohio – The ...")
        return "opens like a news story's first paragraph but stops without terminal punctuation"
    if PARENTHETICAL_RE.search(t):
        return "stops without terminal punctuation"
    if _APPOSITIVE_RE.match(t) and word_count(t) >= 5:
        return "has a name and its description but not the verb after them"  # "Kym Lino, a spokesperson for ..."
    m = _ADVERB_LEAD_RE.match(t)
    if m and any(w.islower() and set(classes(w)) & set("DZ") and not set(classes(w)) & set("NP")
                 for w in word_list(t[m.end():])[1:]):
        return "stops without terminal punctuation"  # "Nationally, dealers sold ...", "Looking ahead, Home Depot sees"
    return None


# A name and the description set off after it ("Kym Lino, a spokesperson for Instagram"): a sentence's subject. (A
# credit names the outlet without an article: "Tanza Loudenback, Business Insider"; a role in lower case before its
# organisation is a description too: "Jeff Sanborn, president of Chapter & Verse", "Matt Maley, equity strategist at
# Miller".)
_APPOSITIVE_RE = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]*){1,2}, (?:(?:a|an|the) [a-z][^,;:]*|"
                            r"[a-z][\w-]*(?: [a-z][\w-]*){0,2} (?:of|at|for|with) [^,;:]*)$")
# A sentence adverb or a participle phrase and its comma before a clause: "Nationally, dealers sold", "Rounding out
# the five awardees, NASA also chose". Headings do not open so.
_ADVERB_LEAD_RE = re.compile(r"^(?:[A-Z][a-z]+ly|[A-Z][a-z]+ing(?: [a-z]+){0,5}), ")


# Openings that need a main clause after them: "According to a paper published in the journal", "Upon hearing
# the news", "Those who come into close contact", "In addition to the three fatalities", "Two days after clinching
# the title", "When Patrick walked into the room", "As Emily Feng reports for NPR", "If you want a book". Headings
# start with "When", "If" or "How" before other words ("When to plant", "When You Wish Upon a Star").
_LEAD_IN_RE = re.compile(r"^(?:According to|Upon|Those who|In order to|So as to|"
                         r"(?:In|At) (?:a|an|the) (?:time|era|age|moment|period|world|year|day) (?:when|where) |Although|Though|Even though|Even if|Because|Whereas|Despite|"
                         r"Unless|(?:After|Before|While|By) [a-z]+ing|In addition to|Instead of|Following|Along with|"
                         r"Apart from|Aside from|Contrary to|Prior to|As part of|In the wake of|In response to|"
                         r"\w+ (?:hours|days|weeks|months|years) (?:after|before|since)|"
                         r"(?:When|As) (?:[A-Z][\w.]*(?: [A-Z][\w.]*)*|(?:the|a|an|his|her|their|its|our|my) [a-z]+) "
                         r"(?:[a-z]+ed|reports|said|says|notes|explains|wrote|writes|told)|"
                         r"While (?:the|a|an|his|her|their|its|our|my|some|many|most|[a-z]+s) [a-z]+ [a-z]+|"
                         r"(?:If|Unless|Whenever|When) (?:you|we|they|I|he|she|it)(?:[’'](?:re|ve|d|ll|s|m))?"
                         r" [a-z]+|(?:If|Unless) (?:the |a |an |your |their |its )?[\w'’-]+(?: [\w'’-]+){0,3} "
                         r"(?:is|are|was|were|has|have|had|does|do|did|doesn[’']t|don[’']t|can|will|[a-z]+s|[a-z]+ed)"
                         r" [a-z]+)\b")


# A span of time that sets the scene for a clause: "For the last few months", "Over the past two decades".
_DURATION_RE = re.compile(r"^(?:For|In|Over|During|Within) the (?:last|past|next|coming|first) (?:\w+ ){0,2}"
                          r"(?:days|weeks|months|years|decades|hours|minutes|seasons|centuries)$")
# A subordinate clause with its subject and a verb in the past: "After Danny Green got a key offensive", "Since the
# AirPods first launched in 2016". (A heading opens so in title case: "After the Storm Passed".)
_SUBORDINATE_RE = re.compile(r"^(?:After|Before|Since|Until|Once|Ever since) (?:(?:the|a|an|his|her|their|its|our|my|"
                             r"your|this|these) )?(?:[\w'’.-]+ ){0,3}?(?:(?:first|last|just|finally|also|only) )?"
                             r"(?P<verb>[a-z]+)\b")


def _subordinate_only(t: str) -> bool:
    m = _SUBORDINATE_RE.match(t)
    if not m:
        return False
    verb = m.group("verb")
    c = set(classes(verb))
    return "D" in c and "N" not in c and verb not in ("been", "had") and not any(w[:1].isupper() for w in
                                                                                     word_list(t[m.end():]))


def conjunction_opening(text: str) -> str | None:
    """A plain-text line of four words or more that opens on "And", "But", "Yet" or "Nor" with no comma: a sentence
    of prose continuing the one before it ("But more than a year and a half", "Yet our shocked State Department"),
    not a heading ("But wait, there's more" has its comma)."""
    t = text.strip()
    if re.match(r"(?:And|But|Yet|Nor) (?:[a-z]|I\b)", t) and word_count(t) >= 4 and not re.search(r"[,?!…:;<>]|\.\.\.", t):
        return "opens on a conjunction, as a sentence of prose does, and stops without terminal punctuation"
    return None


def lead_in_only(text: str) -> str | None:
    """A line that is only the lead-in of a sentence, its main clause cut away: an opening that needs a clause
    after it, a subordinate clause with its verb in the past, or a span of time."""
    t = text.strip()
    if ":" in t:  # after a kicker: "Another caveat: Even though McKinley visited"
        t = t.rsplit(":", 1)[1].strip()
    if (_LEAD_IN_RE.match(t) or _DURATION_RE.match(t) or _subordinate_only(t)) and not re.search(r"[,:;?!—–]", t) \
            and word_count(t) >= 4:
        return "has only the lead-in of a sentence, not its main clause"
    return None


# Verbs that a particle ends ("log in", "weigh in", "move on", "carry on"): after them the line may be whole.
_PHRASAL = frozenset("log logged logs sign signed signs opt opted check checked checks plug plugged tune tuned weigh "
                     "weighed weighs chip chipped pitch pitched kick kicked kicks give gave given move moved moves "
                     "moving settle settled come came comes coming go goes going gone went carry carried hold held "
                     "holds stay stayed stays live lived turn turned keep kept set sink sank build built fill filled "
                     "dwell take taken took bring brought let count counted cave caved lock locked walk walked drop "
                     "dropped break broke catch caught sit sat stand stood get got gets getting look looked pass "
                     "passed sleep slept jump jumped hang hung run ran runs fit fits".split())
_BE = frozenset("is are was were be been".split())  # "the war is over", "it was in"
_STRANDED_PREPS = frozenset("in on about through across within inside".split())  # ("left over", "stop by": whole)
_OBJECT_PRONOUNS = frozenset("me you him her it us them this that these those".split())


def stranded_preposition(text: str) -> str | None:
    """A heading-shaped line of five words or more that ends on a preposition after a word that takes no particle
    ("Roughly 13,000 US troops remain in", "Do you make jam in"): the preposition's object was cut away. Phrasal
    verbs ("weigh in", "carry on", "let them in") end whole."""
    t = text.strip()
    ws = WORD_RE.findall(t)
    if len(ws) < 5 or not t[-1:].isalpha() or ws[-1] not in _STRANDED_PREPS or _headline_exempt(t):
        return None
    prev = ws[-2]
    if not prev.isalpha() or not prev.islower() or prev in _PHRASAL or prev in _BE or prev in _OBJECT_PRONOUNS \
            or any(w.lower() in _PHRASAL for w in ws[-6:-2]):  # ("let the new recruits in": a particle)
        return None
    return f"ends on the preposition '{ws[-1]}' with no object"


def unpunctuated_sentence(text: str) -> bool:
    """A plain-text line taken for a heading that reads as an article sentence without its end ("The U.S. had
    won all previous 15 meetings"). Questions, kickers and embedded posts are left alone."""
    t = text.strip()
    return not _headline_exempt(t) and reads_as_a_sentence(t, word_list(t))


def lead_in_sentence(text: str) -> bool:
    """A mostly lower-case line that opens with a lead-in and goes on past its comma ("According to the study,
    published in BMJ Case"): a sentence, whose end is missing. Title-case headings may open so ("Despite The
    Monthly Fee, You're Still Buying")."""
    t = text.strip()
    if _headline_exempt(t) or not _LEAD_IN_RE.match(t) or "," not in t:
        return False
    ws = word_list(t)
    # eight words or more: "According to the CDC, cases rise" is a headline
    return len(ws) >= 8 and sum(1 for w in ws if w[:1].islower()) >= 0.5 * len(ws)


def articled_sentence(text: str) -> bool:
    """A plain-text line taken for a heading that keeps what headlines drop: an article after its verb ("Live
    Nation is producing the tour"), or the "is" after a name ("Johnson is under fire for failing to deliver"). A
    weaker sign than ``unpunctuated_sentence``: a related story's headline may keep its articles, so the caller
    leaves lines already taken for page chrome alone."""
    t = text.strip()
    if "\t" in t or not (t[:1].isalnum() or t[:1] in "\"“'‘") or not (t[-1:].isalnum() or t[-1:] in "%)’'\"”") \
            or t[:1] + t[-1:] in ("()", "[]", "{}"):
        return False  # a table row, a note in brackets, a line opening or ending with a symbol ("+ PTUI can ...")
    if _headline_exempt(t):
        return False
    ws = word_list(t)
    return keeps_articles(ws) or keeps_be(t, ws) or keeps_past(ws)


# A number at the end after a lower-case word ("shares are up 39", "located some 390", "a total of $2.6"): the unit
# or the noun it counts was cut. Headings end on prices ("drops to $799"), ratings ("4.5 out of 5"), years, ages and
# the numbers of a series ("season 2", "top 10", "out of 5").
_BARE_NUMBER_END_RE = re.compile(r"\s([a-z]+)\s+(\$?)(\d[\d,]*(?:\.\d+)?)$")
_NUMBERED_NOUNS = frozenset("top model chapter page episode season level number grade ages age aged day week part phase "
                            "round game vol volume series gen generation version no step tier class category stage out "
                            "under over".split())


def bare_number_end(text: str) -> str | None:
    """A sentence-case line of five words or more that ends on a bare number after a lower-case word."""
    t = text.strip()
    m = _BARE_NUMBER_END_RE.search(t)
    if not m or m.group(1) in _NUMBERED_NOUNS or t[:m.start(1)].rstrip().endswith(" out") \
            or re.fullmatch(r"(?:19|20)\d\d", m.group(3)) \
            or m.group(2) and not re.fullmatch(r"\d+\.\d", m.group(3)):  # ("$2.6" lost its "billion")
        return None
    ws = WORD_RE.findall(t)
    if len(ws) < 5 or sum(1 for w in ws if w[:1].islower()) < 0.4 * len(ws) or _headline_exempt(t):
        return None
    return f"ends on the number '{m.group(2)}{m.group(3)}' without what it counts"


# Nouns a feature's subheading opens with ("The case for ...", "A guide to ...", "The rise of ...").
_FEATURE_HEADS = frozenset("guide look case problem trouble rise fall best worst future history story secret secrets truth "
                           "end state cost costs price role power art science anatomy basics making return death birth "
                           "life age era dawn myth myths limits perils dangers benefits upside downside way ways road "
                           "path race battle war fight search quest hunt lessons tale tales week year day night "
                           "year's".split())
_ARTICLE_OPENERS = frozenset("The A An One No Other".split())


# People who act in news sentences, named by their role: "Officers from the Columbus Police Department", "Berrien
# County Health Department officials". A line that is only such a subject has lost its verb.
_ROLES = (r"officers|officials|authorities|investigators|detectives|agents|inspectors|regulators|prosecutors|lawmakers|"
          r"legislators|leaders|executives|researchers|scientists|experts|analysts|economists|engineers|doctors|nurses|"
          r"teachers|students|parents|residents|workers|employees|members|volunteers|firefighters|soldiers|troops|"
          r"protesters|demonstrators|voters|negotiators|representatives|spokespeople|staffers")
_ROLE_SUBJECT_RE = re.compile(rf"^(?:(?:{_ROLES.title()})(?: and (?:{_ROLES}))? (?:from|at|with|of|in) (?:the )?[A-Z]"
                              rf"[\w'’.&-]*(?: (?:of |and |for |the )?[A-Z][\w'’.&-]*)*"
                              rf"|[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){{1,5}} (?:{_ROLES}))$")


def subject_phrase_only(text: str) -> str | None:
    """A sentence-case line that opens with an article and is a noun phrase with its prepositional phrase but no
    verb ("The details of the Senate", "A key part of GiveWell's research"): the subject of a sentence whose verb was
    cut. Headlines drop the article ("Details of Senate plenary"); a feature's subheading opens with its own nouns
    ("The case for remote work", "A guide to the new rules"), and numbers make a list's title ("The 10 best ...")."""
    t = text.strip()
    if _ROLE_SUBJECT_RE.match(t) and word_count(t) >= 5:
        return "is a subject without its verb"  # "Officers from the Columbus Police Department Intelligence"
    ws = WORD_RE.findall(t)
    n = len(ws)
    if n < 5 or ws[0] not in _ARTICLE_OPENERS or any(ch.isdigit() for ch in t) or _headline_exempt(t) \
            or "|" in t or len(ws) > 1 and ws[1].lower() in _FEATURE_HEADS:
        return None
    low = [w for w in ws if w[:1].islower()]
    if len(low) < 0.6 * n or not any(w in ("of", "for", "from", "behind", "between", "about", "with", "on", "in")
                                      for w in low):
        return None
    for w in low:
        c = classes(w)
        if w in FINITE_WORDS or set(c) & set("DZ") and not set(c) & set("NPA") or w in _FEATURE_HEADS and w == low[0]:
            return None
    return "is a subject without its verb"


_ANSWER_RE = re.compile(r"^A:\s+(?=\S)")


def heading_cut_reason(doc, block) -> str | None:
    """Why a plain-text line taken for a heading by its shape is a cut sentence: it ends where no heading can end,
    opens a quotation it never closes, is only a lead-in, lacks its neighbours' full stop, or reads as an article
    sentence. None for a heading."""
    if block.attrs.get("underlined"):
        return None  # "``filled(x)`` can return a subclass" over "-----": its author marked it a heading
    text = block.text
    answer = _ANSWER_RE.sub("", text, count=1)  # an interview's answer is read past its "A:" ("A: ... beautiful 87")
    reason = ends_incomplete(text) or unclosed_quote(text) or open_bracket(text) or lead_in_only(text) \
        or odd_one_out(doc, block) or prose_marker(text) or stranded_preposition(answer) or bare_number_end(answer) \
        or subject_phrase_only(text) or conjunction_opening(text)
    if not reason and (unpunctuated_sentence(text) or lead_in_sentence(text)):
        reason = "stops without terminal punctuation"
    return reason


_NOT_HEADLINE_STARTS = frozenset("the a an this these those his her their its our my it he she they we i there while "
                                  "which and but in one when if as after before next last other some many most several "
                                  "few both all more".split())


def headline_grammar(text: str, ws: list[str]) -> bool:
    """A headline's grammar: a name (capitalised words) and a present-tense verb for a past event, one clause, no
    article in front ("Clumio raises $135 million for cloud data backup", "China completes landing test"). Prose
    opens otherwise ("The company raised ..."), and a plural noun after the name is followed by its verb
    ("Consumer advocates are urging")."""
    if not ws or len(ws) > 16 or "," in text or len(sentences(text)) > 1 or ws[0].lower() in _NOT_HEADLINE_STARTS \
            or text[:1] in "\"“‘'":
        return False
    k = 0
    while k < len(ws) and (ws[k][:1].isupper() or ws[k][:1].isdigit()):
        k += 1
    if k == 0 or k >= min(len(ws) - 1, 6):
        return False
    if k + 2 < len(ws) and ws[k].islower() and set(classes(ws[k]) or "V") <= set("NM"):
        k += 1  # the name's noun: "New German law mandates", "Apple TV app gets"
    return _present_s_verb(ws[k].lower(), ws[k + 1].lower())


def _present_s_verb(verb: str, nxt: str) -> bool:
    """A headline's present-tense verb in its -s form with no verb after it ("Clumio raises $135 million"); not
    "says", "is", "has", "does" or "was", which prose uses as much."""
    return verb.endswith("s") and "Z" in classes(verb) and verb not in ("says", "is", "has", "does", "was") \
        and not set(classes(nxt)) & set("DZE") and nxt not in ("are", "is", "were", "was", "have", "has")


# Past forms that take their preposition actively ("Esper met with several officials", "Trump spoke at a rally"):
# prose in the past, not a headline's passive participle ("owner charged with", "China hit by").
_ACTIVE_BEFORE_PREP = frozenset("met talked worked lived stayed went came arrived agreed responded looked waited voted "
                                "ran played traveled travelled moved returned sat stood died fell rose grew slept walked "
                                "listened replied reacted testified appeared remained served competed".split())


def headlinese(text: str) -> bool:
    """A headline's grammar in any of its forms: a present-tense verb after its subject (:func:`headline_grammar`,
    and a plural's: "Records fall as ..."), a participle without its auxiliary ("Alibaba poised to launch ...",
    "Brickyard Pub owner charged with ...") or a future as "to be" ("US professor to be freed in ..."). Prose keeps
    the auxiliary ("Alibaba is poised"), the article after the verb ("Carlineo faces a maximum of 10") and reports
    with "that" ("Andrew claims that ..."); a headline's second clause after a comma is a participle or a verb
    without its subject ("..., hiring former Fox executive", "..., will restart plans")."""
    head, _, tail = text.partition(",")
    ws = word_list(head)
    if tail and not re.match(r"\s*(?:(?!including)\w+ing|will|as|says)\b", tail):
        return False
    if len(ws) > 16 or not ws or ws[0].lower() in _NOT_HEADLINE_STARTS | PREPOSITIONS | {"now", "then", "so", "still"} \
            or text[:1] in "\"“‘'[(" or re.search(r"\b(?:is|are|was|were)\b", text):
        return False  # (headlines drop "is")
    k = 0
    while k < len(ws) and (ws[k][:1].isupper() or ws[k][:1].isdigit()):
        k += 1
    while 0 < k < len(ws) - 2 and ws[k].islower() and set(classes(ws[k])) & set("NPM") \
            and not set(classes(ws[k])) & set("ZDE") and not ("P" in classes(ws[k - 1].lower()) and "V" in classes(ws[k])):
        k += 1  # the subject's nouns: "Brickyard Pub owner", "7 trafficking victims", "New York man" (not a plural's
        # verb: "Records fall")
    if k == 0 or k + 1 >= len(ws):
        return False
    w, nxt = ws[k].lower(), ws[k + 1].lower()
    if nxt in ("a", "an", "the", "that", "of") or w in ("said", "told"):
        return False  # "Carlineo faces a maximum of 10", "Andrew claims that he felt", "Three cases of plague"
    if headline_grammar(head, ws):
        return True
    if _present_s_verb(w, nxt):
        return True  # "New York man pleads guilty ..."
    if w == "to" and nxt == "be":
        return True  # "US professor to be freed"
    if "P" in classes(ws[k - 1].lower()) and ws[k].islower() and "V" in classes(w) and not set(classes(w)) & set("DZ") \
            and w not in FINITE_WORDS:
        return True  # a plural subject and a verb in the present: "Records fall as ...", "Home Depot sales slow"
    # a passive's participle and its preposition ("charged with", "hit by"; "rushed for 101 yards" is prose)
    return "E" in classes(w) and nxt in ("to", "by", "with", "in", "after", "over", "as", "at", "on") \
        and w not in ("been", "had") and w not in _ACTIVE_BEFORE_PREP
