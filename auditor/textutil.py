"""Text helpers shared by loaders and rules: words, sentences, heading shape."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (ABBREVIATIONS, CANNOT_END, FINITE_BE_HAVE, FUNCTION_WORDS, TITLE_MINOR_WORDS, CONJUNCTIONS, PREPOSITIONS,
                      WH_WORDS)
from .wordclass import classes

WORD_RE = re.compile(r"[^\W_](?:[\w’'\-.]*[^\W_])?", re.UNICODE)
TERMINAL = ".!?…"
CLOSERS = "\"'”’»)]}*_"
TERMINAL_RE = re.compile(r"[.!?…][\"'”’»)\]}*_]*\s*$|[.!?…]\s*[\"'”’»)\]]*\s*$")

# A sentence break: terminal punctuation (plus closing quotes/brackets), space,
# then something that can start a sentence.
# Possessive quantifiers and the look-behind keep this linear on long runs of punctuation ("......").
_BREAK_RE = re.compile(r"(?=[.!?…])(?<![.!?…])([.!?…]++)([\"'”’»)\]]*+)(\s+)(?=[\"'“‘(\[]?[A-Z0-9À-Þ])")


def words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in WORD_RE.finditer(text)]


def word_list(text: str) -> list[str]:
    return WORD_RE.findall(text)


@lru_cache(maxsize=16384)
def word_count(text: str) -> int:
    """Number of words in ``text``; memoised, because many rules ask it of the same blocks."""
    return len(WORD_RE.findall(text))


def ends_terminal(text: str) -> bool:
    t = text.rstrip()
    while t and t[-1] in CLOSERS:
        t = t[:-1].rstrip()
    return bool(t) and t[-1] in TERMINAL


@lru_cache(maxsize=4096)
def _is_abbrev(token: str) -> bool:
    t = token.lower().rstrip(".")
    return t in ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]?", token.lower()))


@lru_cache(maxsize=8192)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Split ``text`` into sentence spans (start, end), trimmed of spaces (memoised: several rules ask)."""
    return tuple(_sentences(text))


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BREAK_RE.finditer(text):
        punct = m.group(1)
        if punct == ".":
            # abbreviation or initial before the period?
            j = m.start(1)
            k = j
            while k > start and not text[k - 1].isspace():
                k -= 1
            token = text[k : j + 1]
            if _is_abbrev(token) or (len(token) == 2 and token[0].isupper()):
                continue
            if token[:-1].replace(",", "").isdigit() and m.end() < len(text) and text[m.end()].isdigit():
                continue
        end = m.start(3)
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        end = len(text.rstrip())
        spans.append((start, end))
    return spans


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def title_case_ratio(ws: list[str]) -> float:
    content = [w for w in ws if w.lower() not in FUNCTION_WORDS]
    if not content:
        return 0.0
    return sum(1 for w in content if is_capitalised(w)) / len(content)


def sentence_like(ws: list[str]) -> bool:
    """Capitalised words, but not a title: it ends on a lower-case word a title would capitalise, or has
    two such words ("James Van Der Beek has", "Browns DL Sheldon Richardson, however")."""
    lower = [w for w in ws if w[:1].islower() and w.lower() not in TITLE_MINOR_WORDS]
    return bool(lower) and (len(lower) >= 2 or ws[-1] is lower[-1])


def last_word(text: str) -> str:
    ws = WORD_RE.findall(text)
    return ws[-1].lower() if ws else ""


def ends_open(text: str) -> str | None:
    """Why ``text`` cannot be a finished sentence, or None.

    Looks at the final characters and word: a comma, hyphen, open quote or
    bracket, or a word such as an article, preposition, conjunction, auxiliary
    or possessive determiner.
    """
    t = text.rstrip()
    if not t or ends_terminal(t):
        return None  # ('... victim: "We got her!"' ends its sentence inside the quotation)
    ch = t[-1]
    if ch in ",;–—-/(“‘[&+" and not (ch == "+" and t[-2:-1].isdigit()):  # ("18+", "10,000+" are whole)
        return f"ends with '{ch}'"
    if re.search(r",[”\"’]$", t):
        return "ends with a comma inside its closing quotation mark, the attribution cut off"  # '“... please,”'
    w = last_word(t)
    if w in CANNOT_END and not (w in ("may", "will") and t.endswith(("May", "Will"))):  # the month, a name
        return f"ends on '{w}'"
    if w == "that":  # "predicted that", "said that": a reporting verb waits for its clause
        ws = WORD_RE.findall(t)
        prev = ws[-2].lower() if len(ws) >= 2 else ""
        if prev in _REPORTING or (prev.endswith("ed") and len(prev) > 4):
            return "ends on 'that' after a reporting verb"
    if w.endswith("’s") or w.endswith("'s") or w.endswith("s'"):
        return "ends on a possessive"
    if w in FINITE_BE_HAVE:
        # "as it was", "than they have" end a clause; after a noun ("the voting states has") the verb waits
        ws = WORD_RE.findall(t)
        prev = ws[-2].lower().replace("’", "'") if len(ws) >= 2 else ""
        if prev and prev not in _ELLIPSIS_SUBJECTS and prev[:1].isalpha() and not prev.endswith("ly"):
            return f"ends on '{w}' after its subject"
        if prev in _DEMONSTRATIVES and not any(x.lower() in WH_WORDS or x.lower() in _ELLIPSIS_OPENERS for x in ws[:-2]):
            # "what this is", "as that was" end a clause; "may still believe all this is" waits for the rest
            return f"ends on '{ws[-2]} {w}'"
    return None


# Subjects after which a final "is/was/has" is a finished elliptical clause ("as it is", "who they were").
_ELLIPSIS_SUBJECTS = frozenset("i you we they he she it there who what which that this these those one everyone "
                               "anyone someone nobody everything something nothing things so".split())


_DEMONSTRATIVES = frozenset("this that these those".split())
_ELLIPSIS_OPENERS = frozenset("as than whatever wherever however whoever so".split())


# Words after which a final "that" opens a clause: reporting verbs, and "so/such/now/given that".
_REPORTING = frozenset("said says say believe believes think thinks thought argue argues argued claim claims claimed "
                       "found find finds show shows showed shown know knows knew suggest suggests note notes "
                       "warn warns warned insist insists insisted hope hopes fear fears so such now given".split())


def looks_like_heading(text: str, *, sentence_case_words: int = 12) -> bool:
    """Shape test for a line without markup: heading or prose?

    A heading is short, has no terminal punctuation, does not end on a word a
    phrase cannot end on, has no sentence break inside, and is either title
    case / all caps / numbered, or short and clause-free.
    """
    t = text.strip()
    if not t or len(t) > 120:
        return False
    if ends_terminal(t) and not t.endswith("?") and not t.endswith("!"):
        return False
    if t[-1] in ",;:":
        return False
    if t.endswith("?") or t.endswith("!"):
        # "Ready? Set? Business focus!" / "What is a Roth IRA?" are headings when short.
        return len(WORD_RE.findall(t)) <= 10 and title_case_ratio(WORD_RE.findall(t)) >= 0.5
    ws = WORD_RE.findall(t)
    n = len(ws)
    if n == 0 or n > 16:
        return False
    if ends_open(t):
        return False
    if len(sentences(t)) > 1:
        return False
    first = t.lstrip("\"'“‘([#*0123456789.) ")[:1]
    if first and first.islower():
        return False
    if t.upper() == t and any(c.isalpha() for c in t):
        return True
    ratio = title_case_ratio(ws)
    if ratio >= 0.75 and not sentence_like(ws):
        return True
    if re.match(r"^\d+[.)]\s", t):
        return True
    # Sentence case: short, without a clause break, ending on a word a phrase can end on. A comma is a heading's
    # when the line opens on its topic ("One chapter over, another barely begun"), not on an adverbial that a
    # main clause must follow ("In the showroom, the public also have") or a quotation.
    if n <= sentence_case_words and not t.endswith(("-", "–", "—")) and (
            "," not in t or n <= 10 and _comma_heading(t, ws)):
        return True
    return False


def opens_with_adverbial(text: str) -> bool:
    """A line that opens with an adverbial or a subordinate clause set off by a comma ("At the same time, however,
    those", "As for range, in RWD form you're looking"): the start of an article sentence, never a page element."""
    ws = WORD_RE.findall(text)
    if len(ws) < 5 or ws[0].lower() not in _ADVERBIAL_OPENERS:
        return False
    head = text.split(",", 1)
    return len(head) == 2 and 1 <= len(WORD_RE.findall(head[0])) <= 8 and len(WORD_RE.findall(head[1])) >= 1 \
        and not re.search(r"\s(?:--|[-–—|:])\s|:", head[0])  # "About IDLE -- Version, copyright": a menu entry


def prose_before_last_sentence(text: str) -> bool:
    """A block whose last sentence follows a finished sentence of prose (six words or more, mostly lower case):
    running text, not a title, a headline or a list of names ("VOLKSWAGEN ID. SPACE VIZZION" is not)."""
    spans = sentences(text)
    if len(spans) < 2:
        return False
    before = text[:spans[-1][0]].rstrip()
    head = word_list(before)  # (a question before it is a headline's: "Why do couples drink alike? It could be genetic")
    return before.endswith(".") and len(head) >= 6 and sum(1 for w in head if w[:1].islower()) >= len(head) / 2


def _comma_heading(t: str, ws: list[str]) -> bool:
    """A sentence-case line with a comma that reads as a heading: it opens on its topic, not on an adverbial or a
    conjunction; it quotes nobody; the part before the comma has no finite verb (a clause would go on: "Targeting
    audiences is key, Graham"); and what follows the last comma is not an appositive ("Ian Hamilton, an expert")."""
    if ws[0].lower() in _COMMA_OPENERS or re.search(r"[\"“”]|^['‘]", t):
        return False
    head = WORD_RE.findall(t.split(",", 1)[0])
    tail = WORD_RE.findall(t.rsplit(",", 1)[1])
    return not any(w.lower() in FINITE_WORDS for w in head) \
        and not (tail and tail[0].lower() in ("a", "an", "the", "former", "part", "one"))


# Words that open an adverbial or a subordinate clause: a comma after them leads into the main clause.
_COMMA_OPENERS = PREPOSITIONS | CONJUNCTIONS | frozenset(
    "however meanwhile instead still also moreover furthermore indeed then now today yesterday later "
    "earlier first finally thus therefore otherwise when where after before as once".split())
# ("By Jill Disis, CNN Business" is a byline; "First map of Titan, completed" a headline)
_ADVERBIAL_OPENERS = (_COMMA_OPENERS | {"according", "last", "next"}) - {"by", "first"}


# How article sentences start and headlines do not ("The", "He", "“We ..."), and verbs headlines rarely use.
_SENTENCE_STARTS = frozenset("the a an he she i we they it this these those his her their our its my your there "
                             "but and though although because while whereas so yet both each every several".split())


def _with_curly(words: str) -> frozenset:
    return frozenset(w for x in words.split() for w in (x, x.replace("'", "’")))


_SENTENCE_VERBS = _with_curly("had were was said did been hadn't weren't wasn't didn't")
FINITE_WORDS = _SENTENCE_VERBS | _with_curly("is are has have will can may might must should would could does do says "
                                              "isn't aren't wouldn't couldn't "
                                              "hasn't haven't won't can't doesn't don't cannot you're we're they're "
                                              "i'm he's she's it's that's there's")


def _finite(c: str) -> bool:
    """Word classes of a finite verb form: a past ("faced", also an adjective) or an -s form that is not a plural."""
    return bool(c) and "P" not in c and ("D" in c and "N" not in c or "Z" in c)


def _pronoun_verb(ws: list[str]) -> bool:
    """"He faces", "She now lives": after a subject pronoun an -s form is the verb, not a plural noun."""
    if ws[0].lower() not in ("he", "she", "it"):
        return False
    nxt = ws[2] if len(ws) > 2 and classes(ws[1].lower()) and "R" in classes(ws[1].lower()) else ws[1]
    return "Z" in classes(nxt.lower())


def reads_as_a_sentence(text: str, ws: list[str]) -> bool:
    """Words of a line that read as the start of an article sentence, not as a headline or a label: mostly lower
    case, a finite verb, and a sentence opening ("The", "He", a double quote) or a past-tense or reporting verb.
    Related headlines drop their articles and use the present tense ("Goldman Sachs denies claims")."""
    n = len(ws)
    if n < 5:
        return False
    low = [w for w in ws if w[:1].islower()]
    if len(low) < 0.5 * n:
        # names may outnumber the lower-case words of a sentence that opens with an article and has a verb in the
        # past ("A New York man pleaded guilty Monday"); a headline has neither
        return len(low) >= 0.3 * n and ws[0] in ("A", "An", "The") \
            and any("D" in classes(w) and "N" not in classes(w) for w in low) and "?" not in text
    if not any(w in FINITE_WORDS or _finite(classes(w)) for w in low) and not _pronoun_verb(ws):
        return False
    return ws[0].lower() in _SENTENCE_STARTS or text[:1] in '"“' or any(w in _SENTENCE_VERBS for w in ws) \
        or any(a in ("has", "have") and "E" in classes(b)  # "has worked"
               or b == "that" and (a in FINITE_WORDS or bool(set(classes(a)) & set("ZD")))  # "shows that"
               for a, b in zip(low, low[1:]))


def keeps_articles(ws: list[str]) -> bool:
    """A mostly lower-case line with a finite verb after its subject and an article after the verb ("Live Nation
    is producing the tour", "Coty acquired a 51% ownership"): prose keeps the articles that headlinese drops
    ("Coty acquires 51% stake"). Lines that open with a question word ("Why this is the best ...") are left to
    the heading checks."""
    n = len(ws)
    if n < 5 or ws[0].lower() in WH_WORDS or sum(1 for w in ws if w[:1].islower()) < 0.5 * n:
        return False
    for i, w in enumerate(ws[1:], 1):
        if w[:1].islower() and (w in FINITE_WORDS or _finite(classes(w)) or _agrees_with_subject(ws, i)):
            return any(x in ("a", "an", "the") for x in ws[i + 1:])
        if w[:1].islower() and "Z" in classes(w) and i + 1 < n and ws[i + 1] in ("a", "an", "the"):
            return True  # an -s form right before an article is the verb, not a plural ("The video shows the")
    return False


# A name and the "is" or "are" that headlinese drops: "Johnson is under fire", "Alibaba is set to raise".
_NAME_BE_RE = re.compile(r"(?:[A-Z][\w.&'’-]*\s){0,3}[A-Z][\w.&-]*(?:['’]s?)?\s(?:is|are|was|were)\s[a-z]")


def keeps_be(text: str, ws: list[str]) -> bool:
    """A mostly lower-case line that opens with a name and its "is", "are", "was" or "were" ("Alibaba is set to
    raise up to $12.9bn"): prose, since headlines drop the verb ("Alibaba set to raise $12.9bn")."""
    return len(ws) >= 5 and ws[0].lower() not in WH_WORDS and bool(_NAME_BE_RE.match(text)) \
        and sum(1 for w in ws if w[:1].islower()) >= 0.5 * len(ws)


# What an active verb in the past takes after it: a determiner, an object pronoun or a number spelled out ("won
# three titles"; headlines write numbers in digits and may tell the past with them: "Trump made 45 false claims").
_PAST_OBJECTS = frozenset("a an the this that these those his her its our their my your them him me us themselves "
                          "himself herself itself two three four five six seven eight nine ten dozens hundreds "
                          "thousands".split())
_PARTICIPLES_AS_ADJECTIVES = frozenset("based used known related".split())


def keeps_past(ws: list[str]) -> bool:
    """A name or a noun, a verb in the simple past and its object ("Mourinho won the Premier League three times",
    "Grisham also accused the Democrats", "Hamilton urged voters"): prose, since headlines tell the past in the
    present tense ("Mourinho wins"); a past that is no participle ("Eastern Michigan also became bowl-eligible")
    needs no object. A participle after a noun is a headline's passive and takes no object after it ("Man shot at
    gas station", "Cohen sentenced to three years")."""
    if len(ws) < 5 or ws[0].lower() in WH_WORDS:
        return False
    for i in range(1, len(ws) - 1):
        w = ws[i]
        if not w.islower():
            continue
        c = classes(w)
        if "D" in c and "Z" not in c and w not in _PARTICIPLES_AS_ADJECTIVES:
            j = i - 2 if ws[i - 1] in _BETWEEN_ADVERBS or ws[i - 1].endswith("ly") else i - 1  # "also accused"
            subj, nxt = ws[j], ws[i + 1]
            nc = classes(nxt) if nxt.islower() else ""
            simple_past = not set(c) & set("EV") and w not in ("was", "were", "did")  # "became", "drove": no passive
            return j >= 0 and (subj[:1].isupper() or bool(set(classes(subj.lower())) & set("NP"))) \
                and (simple_past or nxt.lower() in _PAST_OBJECTS
                     or bool(set(nc) & set("NP")) and not set(nc) & set("VDZE"))
        if w not in _BETWEEN_ADVERBS and not w.endswith("ly") and set(c) & set("VZ") and not set(c) & set("NP"):
            return False  # another verb comes first ("powers" may be the subject's noun)
    return False


_BETWEEN_ADVERBS = frozenset("also still now often already never just reportedly usually".split())


def _agrees_with_subject(ws: list[str], i: int) -> bool:
    """A present-tense verb read from its subject: an -s form after a singular noun ("management hosts"), a base
    form after a plural noun ("users include", "smart TVs also include")."""
    j = i - 1
    if j > 0 and ws[j] in _BETWEEN_ADVERBS:
        j -= 1
    subj, c = ws[j], classes(ws[i])
    sc = classes(subj.lower()) if subj.islower() else ""
    if "Z" in c:
        return bool(sc) and "N" in sc and set(sc) <= set("NM")
    return "V" in c and "N" not in c and ("P" in sc and "Z" not in sc or bool(re.fullmatch(r"[A-Z]{2,}s", subj)))


# A news dateline on its own line: "BAAR, SWITZERLAND", "WASHINGTON (Reuters)".
DATELINE_LINE_RE = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?: \([A-Za-z]+\))?"
                              r"| \([A-Za-z]+\))$")
# A news agency's mark in a dateline: "(AP)", "(Reuters)".
AGENCY_MARK_RE = re.compile(r"\((?:AP|CNN(?: Business)?|Reuters|AFP|UPI|Bloomberg|BBC|dpa|PTI|IANS|Xinhua)\)")
# The dateline that opens a news story's first paragraph ("CLEVELAND, Ohio – ", "MADRID — ", "(CNN) "): the line
# is the lede, not a standfirst, so it needs its full stop.
# A city in capitals ("MADRID — "), or in title case with its state ("Dekalb, Ill. — ", "New York, NY – ",
# "Cleveland, Ohio – "; the states AP style never abbreviates), or any place before an agency's mark.
DATELINE_LEAD_RE = re.compile(r"(?:[A-Z][A-Z.'’]{2,}(?:[ -][A-Z][A-Z.'’]+)*(?:,(?: [A-Z][\w.]*)+)?(?: \([^)]{1,20}\))?"
                              r" ?(?:—|–|--|-) |[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}, (?:[A-Z][a-z]{1,4}\.(?: ?[A-Z][a-z]{0,3}\.)?"
                              r"|[A-Z]\.[A-Z]\.|[A-Z]{2}|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah) ?(?:—|–|--|-) "
                              r"|(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,2} )?" + AGENCY_MARK_RE.pattern + r" ?)")
# Prose that a heading never has: a sentence adverb set off by commas ("Netanyahu, however, said he was").
PARENTHETICAL_RE = re.compile(r", (?:however|though|meanwhile|moreover|therefore|nevertheless|in fact|for example|"
                              r"for instance|of course),", re.I)
