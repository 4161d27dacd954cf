"""Text helpers shared by loaders and rules: words, sentences, heading shape."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (ABBREVIATIONS, ARTICLES, CANNOT_END, DETERMINERS, FINITE_BE_HAVE, FUNCTION_WORDS, GIVEN_NAMES,
                      MODALS, NAME_TITLES, TITLE_MINOR_WORDS, AUXILIARIES, CONJUNCTIONS, PREPOSITIONS, SUBJECTS)
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
    if not t:
        return None
    ch = t[-1]
    if ch in ",;–—-/(“‘[&+":
        return f"ends with '{ch}'"
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
    return None


# Subjects after which a final "is/was/has" is a finished elliptical clause ("as it is", "who they were").
_ELLIPSIS_SUBJECTS = frozenset("i you we they he she it there who what which that this these those one everyone "
                               "anyone someone nobody everything something nothing things so".split())


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
    return not any(w.lower() in _FINITE_WORDS for w in head) \
        and not (tail and tail[0].lower() in ("a", "an", "the", "former", "part", "one"))


# Words that open an adverbial or a subordinate clause: a comma after them leads into the main clause.
_COMMA_OPENERS = PREPOSITIONS | CONJUNCTIONS | frozenset(
    "however meanwhile instead still also moreover furthermore indeed then now today yesterday later "
    "earlier first finally thus therefore otherwise when where after before as once".split())
# ("By Jill Disis, CNN Business" is a byline; "First map of Titan, completed" a headline)
_ADVERBIAL_OPENERS = (_COMMA_OPENERS | {"according", "last", "next"}) - {"by", "first"}


# First words of place names that never stand alone: "Hong" (Kong), "Los" (Angeles), "Buenos" (Aires).
_NAME_STARTS = frozenset("Hong Los Las Buenos Sri Kuala Tel Abu Puerto San El New Rio Costa Sao São Cape".split())
_NP_DETERMINERS = ARTICLES | DETERMINERS - {"either", "neither", "another", "such", "whose", "which", "what"}
_END_MODALS = MODALS - {"shall"}  # "we shall see" ends a sentence
_MID_ADVERBS = frozenset("still also just never really already not only even".split())
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last".split())
# Prepositions left out of CANNOT_END because they double as particles ("logged in", "held on"): after a
# number or a plain noun they still wait for their object ("more than 12,000 in", "the demonstrators inside").
_PARTICLE_PREPS = frozenset("in on by about over around through across within inside".split())
_REPORTING_END = frozenset("says said told added noted explained warned announced reported".split())
_WH_WORDS = frozenset("how what why when where who which whose whom".split())
# Words that open a clause: after them a subject alone ("how you", "that the most") is a clause left without its verb.
_CLAUSE_OPENERS = frozenset("how where when why whether that if because while once until unless".split())
_DANGLING = frozenset("be been being had all that which who whose than as".split())


_QA_LABEL_RE = re.compile(r"[QA]:\s+")  # an interview's question or answer


_VERB_CLASSES = set("VDZG")
# Verbs that cannot go without their object, and their -ing forms; the prepositions a gerund follows.
_TRANSITIVE = frozenset("take make give bring put provide offer include raise use create build buy reach seek send "
                        "hold cause require accept allow carry describe mention consider reveal tell deliver produce "
                        "replace remove acquire defeat prevent protect".split())
_TRANSITIVE_ING = frozenset((w[:-1] if w.endswith("e") and w not in ("see",) else w + ("t" if w == "put" else ""))
                            + "ing" for w in _TRANSITIVE)
_GERUND_PREPS = frozenset("of by for from after before without about".split())
# Verbs that take a to-infinitive: after them "to make" waits for what is made.
_CATENATIVES = frozenset(f"{v}{e}" for v in "want plan need hope aim seek intend expect agree promise vow refuse fail "
                         "manage attempt decide".split() for e in ("", "s", "ed", "d")) | frozenset(
    "tries tried try trying going chose choose chooses began begin begins started start starts continue continues "
    "continued wanting planning needing hoping aiming seeking".split())
# "It's important for health care providers" waits for its "to ..."
_FOR_TO_RE = re.compile(r"\b(?:it[’']s|it (?:is|was|will be|would be|can be|may be)) (?:\w+ )?(?:important|necessary|vital|"
                        r"essential|crucial|critical|difficult|hard|easy|possible|impossible|common|unusual|rare|normal|"
                        r"helpful|useful|wise|safe|dangerous) for (?!(?:me|you|him|her|us|them|it)$)[^,;:]{2,60}$", re.I)


def _verb_capable(w: str) -> bool:
    lw = w.lower()
    return bool(set(classes(lw)) & _VERB_CLASSES) or lw in AUXILIARIES or lw in FINITE_BE_HAVE or lw in MODALS


def _finite_capable(w: str) -> bool:
    """Whether a word of a subject could be its finite verb: a past or -s form, an auxiliary, or a verb that is no
    noun or adjective ("agree"; "House" and "Black" are read as the subject's)."""
    lw = w.lower()
    c = set(classes(lw))
    return bool(c & set("DZ")) or "V" in c and not c & set("NAP") or lw in AUXILIARIES or lw in FINITE_BE_HAVE \
        or lw in MODALS


def _verbless_clause(t: str, ws: list[str]) -> str | None:
    """Why a line ends in a clause that has its subject but no verb: after a clause opener ("That's when Harper and
    Buckley first", "if Trump"), after a reporting verb ("Prosecutors told reporters the decision"), or an "it is
    important for ..." that never reaches its "to"."""
    if " to " not in t and _FOR_TO_RE.search(t):
        return "ends on 'for' and its noun without the 'to' the sentence needs"
    if t.count(",") == 1 and not any(ch in t for ch in "\"“”;:()[]"):
        lead, subj = t.split(",")
        lw, sw = WORD_RE.findall(lead), WORD_RE.findall(subj)
        if lw and 2 <= len(sw) <= 4 and len(lw) >= 2 and (sw[0][:1].isupper() or sw[0].lower() in _NP_DETERMINERS) \
                and (lw[0].lower() in PREPOSITIONS or set(classes(lw[0].lower())) & set("DG") and lw[0][:1].isupper()) \
                and not any(_finite_capable(w) for w in sw):
            return f"ends on '{subj.strip()}', a subject without its verb after '{lead.strip()},'"
    if any(ch in t for ch in "\"“”,;:()[]"):
        return None  # a quotation, an attribution after a comma ("..., said the company"), a list, a placeholder
    low = [w.lower() for w in ws]
    for k in range(len(ws) - 2, max(0, len(ws) - 7), -1):
        tail = ws[k + 1:]
        if low[k] in _CLAUSE_OPENERS - {"that", "once", "until"} and k > 0:
            first = tail[0]
            if (first.lower() in SUBJECTS or first.lower() in _NP_DETERMINERS or first[:1].isupper()) \
                    and not any(_verb_capable(w) for w in tail) and not tail[-1][:1].isdigit():
                return f"ends on '{' '.join(ws[k:])}', a clause without its verb"
            return None
        if low[k] in ("said", "says", "told") and k > 0:
            dets = [j for j, w in enumerate(tail) if w.lower() in ("the", "a", "an", "its", "his", "her", "their")]
            if dets and dets[0] <= 1 and len(tail) - dets[0] >= 2 and all(
                    set(classes(w.lower())) & set("NPA") and not set(classes(w.lower())) & set("DZGE")
                    for w in tail[dets[0] + 1:]):
                return f"ends on '{' '.join(ws[k:])}', a reported clause without its verb"
            return None
        if _verb_capable(ws[k]):
            return None  # the clause has its verb
    return None


def ends_incomplete(text: str) -> str | None:
    """Why a line ends inside a clause, or None; the word-class counterpart of :func:`ends_open`. It ends on
    "be", "had", "which" or "than", on a reporting verb with nothing reported ("the agency says"), on an
    adjective after a determiner ("an unmistakable"), on an -ly adverb ("is really"), on a particle-like
    preposition after a number, a noun or an ordinal ("more than 12,000 in"), on "a 6th" or "the 2020", or on a
    verb base after "to" or a modal ("can be", "to learn", "may still believe"), on "not" after an auxiliary
    ("are not"), on a number compound after a determiner ("the 30-date"), on the first word of a place name
    ("at the Hong", "in New"), on a clause opener and only its subject ("how you", "that the most"), or on a
    given name after a lower-case word or a title ("lost defenseman Matt", "Trade Representative Robert"; after
    "by" only in a line longer than a credit). An interview's "Q:" or "A:" label is read past."""
    t = text.strip()
    m = _QA_LABEL_RE.match(t)
    if m:
        t = t[m.end():]  # "A: We are moving subscription access to the next": the answer is the sentence
    if not t or ":" in t or t[-1] in "?!.\"”’'":
        return None
    ws = WORD_RE.findall(t)
    if len(ws) < 4:
        return None
    last = ws[-1].lower()
    before = [w.lower() for w in ws[-3:-1]]
    c = classes(last)
    if last in _REPORTING_END and not any(ch in t for ch in ',”"') and ws[0].lower() not in _WH_WORDS:
        return f"ends on '{ws[-1]}' with nothing reported"  # "The European Space Agency says" (not ", he said")
    if last in _DANGLING:
        return f"ends on '{ws[-1]}'"
    if last == "not" and before and (before[-1] in AUXILIARIES or before[-1] in FINITE_BE_HAVE):
        return f"ends on '{ws[-2]} {ws[-1]}'"  # "sustainability are not", "the agency will not"
    if ws[-1] in GIVEN_NAMES and (ws[-2].islower() or ws[-2] in NAME_TITLES) \
            and (ws[-2].lower() != "by" or len(ws) > 6):  # ("Photos by Matt" is a credit; a sentence goes on)
        return f"ends on the given name '{ws[-1]}' with no surname"  # "lost defenseman Matt"
    if c and all(f in "AC" for f in c) and any(w in _NP_DETERMINERS for w in before):
        return f"ends on the adjective '{ws[-1]}' with no noun after it"
    if c == "R" and last.endswith("ly"):
        return f"ends on the adverb '{ws[-1]}'"
    if last in _PARTICLE_PREPS and before:
        prev = ws[-2]
        pc = classes(prev.lower())
        if any(ch.isdigit() for ch in prev) or prev.lower() in _ORDINALS or (prev.islower() and pc and "V" not in pc and "D" not in pc
                                                 and "E" not in pc and "R" not in pc and set(pc) & set("NP")) \
                or (prev[:1].isupper() and prev != "I" and ws[-1].islower() and len(ws) > 2):  # "Flight Center in"
            return f"ends on the preposition '{ws[-1]}' with no object"
    if before and (before[-1] in ("a", "an") and re.fullmatch(r"\d+(?:st|nd|rd|th)", last)
                   or before[-1] == "the" and re.fullmatch(r"(?:19|20)\d\d", last)  # "a 6th", "the 2020"
                   or before[-1] in _NP_DETERMINERS and re.fullmatch(r"\d+(?:\.\d+)?-[a-z]+", last)):  # "the 30-date"
        return f"ends on '{ws[-2]} {ws[-1]}' with no noun after it"
    if before and before[-1] in _CLAUSE_OPENERS and (last in SUBJECTS or last in _NP_DETERMINERS):
        return f"ends on '{ws[-2]} {ws[-1]}', a clause without its verb"  # "show you how you"
    if len(before) == 2 and before[-2] in _CLAUSE_OPENERS and before[-1] in _NP_DETERMINERS and c \
            and not set(c) & set("VDZE"):
        return f"ends on '{ws[-3]} {ws[-2]} {ws[-1]}', a clause without its verb"  # "noting that the most"
    if before and before[-1] in _CLAUSE_OPENERS - {"that", "once", "until"} and ws[-1].islower() and t.endswith(ws[-1]) \
            and set(c) & set("NP") and not set(c) & set("ADEGRZ"):
        return f"ends on '{ws[-2]} {ws[-1]}', a clause without its verb"  # "is where people"
    reason = _verbless_clause(t, ws)
    if reason:
        return reason
    if ws[-1] in _NAME_STARTS and ws[-2].islower():
        return f"ends on '{ws[-1]}', the first word of a place name"  # "float in Hong", "at the Los"
    if last in _TRANSITIVE_ING and before and before[-1] in _GERUND_PREPS:
        return f"ends on '{ws[-2]} {ws[-1]}' with no object"  # "accused Big Machine of holding"
    if last in _TRANSITIVE and len(before) == 2 and before[-1] == "to" and before[-2] in _CATENATIVES:
        return f"ends on '{ws[-2]} {ws[-1]}' with no object"  # "plans to make" ("ready to use", "groups to use" end)
    if c and "V" in c and not set(c) & set("NPA") and before:  # a verb and nothing else
        if before[-1] == "to" and not (len(before) == 2 and before[-2] in _WH_WORDS) or before[-1] in _END_MODALS:
            return f"ends on '{ws[-2]} {ws[-1]}' with no object"  # ("Here is what to bring" is whole)
        if len(before) == 2 and before[-2] in _END_MODALS and (before[-1] in _MID_ADVERBS or before[-1].endswith("ly")
                                                                and "R" in classes(before[-1])):
            return f"ends on '{ws[-3]} {ws[-2]} {ws[-1]}' with no object"  # "may still believe", "may finally accept"
    return None


# How article sentences start and headlines do not ("The", "He", "“We ..."), and verbs headlines rarely use.
_SENTENCE_STARTS = frozenset("the a an he she i we they it this these those his her their our its my your there "
                             "but and though although because while whereas so yet both each every several".split())


def _with_curly(words: str) -> frozenset:
    return frozenset(w for x in words.split() for w in (x, x.replace("'", "’")))


_SENTENCE_VERBS = _with_curly("had were was said did been hadn't weren't wasn't didn't")
_FINITE_WORDS = _SENTENCE_VERBS | _with_curly("is are has have will can may might must should would could does do says "
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
        return False
    if not any(w in _FINITE_WORDS or _finite(classes(w)) for w in low) and not _pronoun_verb(ws):
        return False
    return ws[0].lower() in _SENTENCE_STARTS or text[:1] in '"“' or any(w in _SENTENCE_VERBS for w in ws) \
        or any(a in ("has", "have") and "E" in classes(b)  # "has worked"
               or b == "that" and (a in _FINITE_WORDS or bool(set(classes(a)) & set("ZD")))  # "shows that"
               for a, b in zip(low, low[1:]))


# A news dateline on its own line: "BAAR, SWITZERLAND", "WASHINGTON (Reuters)".
DATELINE_LINE_RE = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?: \([A-Za-z]+\))?"
                              r"| \([A-Za-z]+\))$")
# The dateline that opens a news story's first paragraph ("CLEVELAND, Ohio – ", "MADRID — ", "(CNN) "): the line
# is the lede, not a standfirst, so it needs its full stop.
DATELINE_LEAD_RE = re.compile(r"(?:[A-Z][A-Z.'’]{2,}(?:[ -][A-Z][A-Z.'’]+)*(?:,(?: [A-Z][\w.]*)+)?(?: \([^)]{1,20}\))?"
                              r" ?(?:—|–|--|-) |\((?:AP|CNN|Reuters|AFP|UPI|Bloomberg|BBC)\) ?)")
