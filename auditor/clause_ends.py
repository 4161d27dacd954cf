"""How a line ends inside a clause: the word-class signals that a line stopped before its sentence was done.

:func:`ends_incomplete` is the word-class counterpart of :func:`auditor.textutil.ends_open` (which reads the last
word's kind: an article, a preposition, a comma). Truncation, the plain-text cut-line checks and the chrome analysis
share it."""
from __future__ import annotations

import re

from .lexicon import (ARTICLES, AUXILIARIES, DETERMINERS, FINITE_BE_HAVE, GIVEN_NAMES, MODALS, NAME_TITLES, PREPOSITIONS,
                      SUBJECTS, WH_WORDS)
from .textutil import FINITE_WORDS, WORD_RE
from .wordclass import classes

# First words of place names that never stand alone: "Hong" (Kong), "Los" (Angeles), "Buenos" (Aires).
_NAME_STARTS = frozenset("Hong Los Las Buenos Sri Kuala Tel Abu Puerto San El New Rio Costa Sao São Cape Inner Outer "
                         "Upper Lower Greater Fort Mount Port Saint Baton Palm".split())
_NP_DETERMINERS = ARTICLES | DETERMINERS - {"either", "neither", "another", "such", "whose", "which", "what"}
_END_MODALS = MODALS - {"shall"}  # "we shall see" ends a sentence
_MID_ADVERBS = frozenset("still also just never really already not only even".split())
# Adverbs that wait for the verb after an auxiliary ("has yet", "is also", "had never"; "is still" and "is even" are
# an adjective's whole sentences)
_WAITING_ADVERBS = frozenset("yet already also never just only".split())
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last".split())
# Prepositions left out of CANNOT_END because they double as particles ("logged in", "held on"): after a
# number or a plain noun they still wait for their object ("more than 12,000 in", "the demonstrators inside").
_PARTICLE_PREPS = frozenset("in on by about over around through across within inside".split())
# A name, its appositive between commas, and the reporting verb with nothing after it (no quotation before it:
# '"We will win," said Smith' is whole).
_APPOSITIVE_VERBS = frozenset("says said adds added notes noted".split())
_APPOSITIVE_SAYS_RE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, [^,“”\"]{3,80}, (?:"
                                 + "|".join(sorted(_APPOSITIVE_VERBS)) + ")$")
_REPORTING_END = frozenset("says said told added noted explained warned announced reported".split())
# Reporting verbs that a passive ends ("was confirmed"): after an active subject they wait for what was reported.
_REPORTING_ACTIVE = frozenset("predicted stated revealed".split())
_PASSIVE_AUXILIARIES = frozenset("is are was were be been being get got gets".split())  # ("got revealed")
# Quantifiers whose noun is a plural: a singular word after them is its modifier ("several top", "both national").
_PLURAL_QUANTIFIERS = frozenset("both several many few various numerous multiple".split())
# Words that open a clause: after them a subject alone ("how you", "that the most") is a clause left without its verb.
_CLAUSE_OPENERS = frozenset("how where when why whether that if because while once until unless".split())
# A dash opening an aside with only its first word: "causes bubonic plague - otherwise", "Amigo & amigo – also".
_ASIDE_END_RE = re.compile(r"\s[-–—]\s?(?:otherwise|also|including|especially|particularly|namely|notably|mainly|"
                           r"mostly|chiefly|perhaps|possibly)$|, (?:including|especially|particularly|namely|notably|"
                           r"mainly|mostly|chiefly|primarily|largely|such as|both)$", re.I)
# A pronoun and a contracted auxiliary, or a negated auxiliary, can end no line ("you'll", "The iPhone wasn't").
_CONTRACTED_END_RE = re.compile(r"(?:(?:I|you|we|they|he|she|it|there|who)['’](?:ll|d|re|ve|m)|"
                                r"(?:is|are|was|were|has|have|had|does|do|did|wo|ca|would|could|should)n['’]t)", re.I)
# A subject and its relative clause, the main clause cut away: "Authorities in western Mongolia, which is close",
# "Veteran actress, Kate Henshaw, who in 2008" (a clause before the comma makes it whole: "Sales fell, which hurt").
_RELATIVE_ONLY_RE = re.compile(r"^(?P<subject>[^,]+(?:, [^,]+)?), (?:who|which|whose) [^,]+$")
# A sentence break inside a line: the clause-opener test reads the last sentence only.
_SENTENCE_BREAK_RE = re.compile(r"[.!?][)\]}\"'”’]*\s+")
# A comma and a bare auxiliary: the aside closed and the verb was cut ("Wi-Fi 6, formerly known as 802.11ax, has").
# An existential "there" and its verb after a fronted phrase, and nothing after them ("Yes, there is" answers).
_THERE_AUX_END_RE = re.compile(r", there (?:has|have|had|is|was|are|were|will|would|may|might|could|can)$")
_COMMA_AUX_END = frozenset("has have is are was were will would can could may might must should does do did".split())
# Participles that never end without their preposition's object: "based on", "located in", "known as".
_FIXED_PREPS = {"on": {"based", "focused", "centred", "centered", "depends", "relies", "featured", "posted", "aired"},
                "in": {"located", "situated", "involved", "interested", "engaged", "published", "born", "headquartered"},
                # a passive and its "by" with no agent: "... was written by", "the products sponsored by"
                "by": {"written", "caused", "published", "produced", "directed", "hosted", "sponsored", "owned",
                       "founded", "created", "authored", "edited", "organized", "organised", "presented", "powered",
                       "funded", "backed", "operated", "commissioned", "issued"},
                "to": {"related", "due", "according", "compared", "similar", "opposed", "committed"},
                "as": {"known", "such", "regarded", "described"}, "at": {"aimed", "targeted"},
                "with": {"associated", "compared", "along", "together"}, "from": {"apart", "derived"}}
_TOLD_PASSIVE = frozenset("was were been be is are being as get got gets getting".split())
# A reporting verb and its day, with nothing reported: "officials said Monday", "the company said on Tuesday".
_SAID_WHEN_RE = re.compile(r"\b(?:said|says|announced|reported|confirmed) (?:on |late |early )?(?:Monday|Tuesday|Wednesday|"
                           r"Thursday|Friday|Saturday|Sunday|yesterday|today|last (?:week|month|year|night))$")
# "told" and whom, with nothing told: "Experts on jail suicide told USA TODAY", "officials told reporters".
_TOLD_END_RE = re.compile(r"\b(?:told|tells|tell) (?:reporters|me|us|him|her|them|the (?:paper|newspaper|station|network|"
                          r"outlet|magazine|site|show|programme|program|audience|crowd|court|jury|committee|panel)|"
                          r"(?:[A-Z][\w.&'’-]*\s?){1,3})$")
# Sentence adverbs that open a clause before its subject: "However, both Vindman and Williams".
# A game's score as a recap's kicker: "Jets 2, Predators 1", "Senators 4, Red Wings 3 (OT)".
# (Not a reference or a sequence: "Chapter 3, Verse 2", "Season 1, Episode 4".)
_SCORE_KICKER_RE = re.compile(r"^(?!(?:Chapter|Verse|Part|Season|Episode|Vol|Volume|Book|Act|Scene|Round|Game|Level|Step|"
                              r"Page|Section|Day|Week|Stage|Lap|Track|Figure|Table|Room|Row|Seat|Line|No)\b)"
                              r"[A-Z][\w.'’ -]* \d+, [A-Z][\w.'’ -]* \d+(?: \([A-Z0-9]+\))?$")
# A compound that only modifies a noun: a past participle built on a noun ("state-owned", "Party-controlled",
# "Saudi-led") or an ordinal and its period ("third-quarter", "first-round"). After "is" it can close a clause ("The
# firm is state-owned"); after a determiner or a preposition, or an ordinal one after a verb, its noun is missing.
_COMPOUND_MODIFIER_RE = re.compile(r"[A-Za-z]+-(?:controlled|owned|led|backed|based|funded|run|sponsored|affiliated|"
                                   r"linked|related|focused|driven|powered|made|built|operated|held|born)"
                                   r"|(?:first|second|third|fourth|fifth|final|last|next)-(?:quarter|half|round|period|"
                                   r"generation|team|string|class|tier)")
# Any hyphenated participle right after a determiner is a modifier whose noun is missing: "against the
# self-declared", "a long-awaited".
_HYPHEN_PARTICIPLE_END_RE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+[a-z]+-[a-z]+(?:ed|ing)$")
# Verbs after which a modifier is their complement and closes the clause ("is state-owned", "finished third-quarter").
_LINKING_VERBS = frozenset("be been being become becomes became seem seems seemed remain remains remained look looks "
                           "looked stay stays stayed finished finish finishes".split())
_LINKING_ADVERBS = frozenset("however meanwhile instead nevertheless nonetheless moreover furthermore additionally "
                             "still yet later earlier afterwards separately similarly likewise ultimately".split())
_DANGLING = frozenset("be been being had having all that which who whose than as somewhat very fairly".split())
# Adverbs that qualify the word after them and do not end a sentence: "to operate largely", "is particularly".
_FOCUS_ADVERBS = frozenset("largely mainly chiefly primarily particularly especially specifically partly solely merely "
                           "nearly almost roughly approximately relatively increasingly extremely incredibly".split())
# Verbs of saying or thinking that take a "that" clause; with only a name or a noun phrase after "that" the clause
# has lost its verb: "Federal prosecutors alleged that Tova", "I truly believe that actions".
_SAYING_THAT = (r"\b(?:said|says|alleged|alleges|claim(?:s|ed)?|argue[sd]?|reported|found|finds|believe[sd]?|noted|"
                r"announced|revealed|confirmed|added|told \w+|think|thinks|thought|know|knew|knows|hope[sd]?|feel|feels|"
                r"felt|shows?|showed|suggest(?:s|ed)?|reali[sz]e[sd]?|means?) that")
_REPORTED_NAME_RE = re.compile(_SAYING_THAT + r"(?! (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$)(?: [A-Z][\w'’.-]*){1,2}$")
_REPORTED_CLAUSE_RE = re.compile(_SAYING_THAT + r" ((?:the|a|an|these|those|this|his|her|their|its|our|my|your|some|"
                                 r"many|most) )?([a-z][\w'’-]*)$")
_BARE_SUBJECTS = frozenset("this these those it he she they we i there".split())  # alone after a kicker's colon
_DANGLING_AFTER_KICKER = frozenset("be been being which whose than".split())  # ("echo this; echo that" is a command)


_PREMODIFIER_SLOTS = frozenset("be been being not a an the and but or than".split()) | PREPOSITIONS
_QA_LABEL_RE = re.compile(r"[QA]:\s+")  # an interview's question or answer


_VERB_CLASSES = set("VDZG")
# Verbs that cannot go without their object, and their -ing forms; the prepositions a gerund follows.
_TRANSITIVE = frozenset("take make give bring put provide offer include raise use create build buy reach seek send "
                        "hold cause require accept allow carry describe mention consider reveal tell deliver produce "
                        "replace remove acquire defeat prevent protect recommend suggest urge advise get".split())
_TRANSITIVE_ING = frozenset((w[:-1] if w.endswith("e") else w + w[-1] if w in ("put", "get") else w) + "ing"
                            for w in _TRANSITIVE)
# their -s forms, read as verbs after a name or a pronoun ("the Commission holds", "which includes")
_TRANSITIVE_S = frozenset(w + "es" if w.endswith(("ch", "sh", "s", "x")) else w[:-1] + "ies" if w.endswith("y") and
                          w[-2] not in "aeiou" else w + "s" for w in _TRANSITIVE)
# Past forms that, active or as a participle after their noun, need what follows them: whom accused ("accused
# the Democrats"), to what urged or intended ("investments intended for"), to what linked.
# (Not those that close a clause after a linking verb or "when": "stay informed", "feel encouraged", "when prompted".)
_COMPLEMENT_PAST = frozenset("accused urged intended linked blamed aimed tasked dubbed persuaded compelled vowed "
                             "attempted opted tended deemed labelled labeled pointed referred relied resorted alluded "
                             "amounted consisted resided".split())
# Verbs and adjectives that never end their clause: "who resides" (where?), "is punishable" (by what?).
_NEEDS_COMPLEMENT = frozenset("resides reside consists consist relies rely pertains pertain hails punishable liable prone "
                              "akin tantamount reminiscent indicative conducive susceptible synonymous commensurate "
                              "devoid averse accustomed let".split())
# Adjectives a preposition takes in an idiom that ends a clause: "in vain", "for certain", "as usual", "at large".
_ADJECTIVE_IDIOMS = frozenset("vain certain usual large new sure alike apart alone aloud together ready abroad ahead "
                              "overseas online offline afloat asleep awake aboard digital".split())  # ("a career in digital")
_TIME_NOUNS = frozenset("week weekend weeks year years month months morning evening afternoon night time season "
                       "summer winter spring autumn fall day days decade century quarter".split())
# Verbs that end their clause without an object: "agrees to testify", "will resign", "is expected to recover".
_INTRANSITIVE = frozenset("testify arrive resign retire vanish disappear exist happen occur succeed remain emerge recover "
                          "compete participate speak grow improve evolve expand survive intervene cooperate comply respond "
                          "react proceed apologize apologise relocate continue matter prevail persist suffer stay "
                          "return exit leave depart quit".split())
_GERUND_PREPS = frozenset("of by for from after before without about".split())
# Verbs that take a to-infinitive: after them "to make" waits for what is made.
_CATENATIVES = frozenset("want wants wanted wanting plan plans planned planning need needs needed needing hope hopes "
                         "hoped hoping aim aims aimed aiming seek seeks seeking intend intends intended expect expects "
                         "expected agree agrees agreed promise promises promised vow vows vowed refuse refuses refused "
                         "fail fails failed manage manages managed attempt attempts attempted decide decides decided "
                         "try tries tried trying going choose chooses chose begin begins began start starts started "
                         "continue continues continued".split())
# "It's important for health care providers" waits for its "to ..."
_FOR_TO_RE = re.compile(r"\b(?:it[’']s|it (?:is|was|will be|would be|can be|may be)) (?:\w+ )?(?:important|necessary|vital|"
                        r"essential|crucial|critical|difficult|hard|easy|possible|impossible|common|uncommon|unusual|rare|"
                        r"normal|typical|helpful|useful|wise|safe|dangerous) for (?!(?:me|you|him|her|us|them|it)$)[^,;:]{2,60}$", re.I)


def _verb_capable(w: str) -> bool:
    """Whether a word can be a verb at all: a verb form in the word-class table, an auxiliary or a modal."""
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
    Buckley first", "why Apple"), after a reporting verb ("Prosecutors told reporters the decision"), after a
    fronted phrase and its comma ("Worried about backlash, House Democrats"), or an "it is important for ..." that
    never reaches its "to"."""
    if " for " in t and " to " not in t and _FOR_TO_RE.search(t):
        return "ends on 'for' and its noun without the 'to' the sentence needs"
    if t.count(",") == 1 and not any(ch in t for ch in "\"“”;:()[]"):
        lead, subj = t.split(",")
        lw, sw = WORD_RE.findall(lead), WORD_RE.findall(subj)
        # (one capitalised word is a bare subject too after a long lead, "..., President"; after a short one it is a
        # letter's signature: "With love, Mom")
        if lw and (2 <= len(sw) <= 4 or len(sw) == 1 and len(lw) >= 4 and sw[0] != "I") \
                and (sw[0][:1].isupper() or sw[0].lower() in _NP_DETERMINERS | {"both"}) \
                and (len(lw) >= 2 and (lw[0].lower() in PREPOSITIONS or set(classes(lw[0].lower())) & set("DG")
                                       and lw[0][:1].isupper())
                     or len(lw) == 1 and lw[0].lower() in _LINKING_ADVERBS) \
                and not any(_finite_capable(w) for w in sw):
            return f"ends on '{subj.strip()}', a subject without its verb after '{lead.strip()},'"
    if any(ch in t for ch in "\"“”,;:()[]"):
        return None  # a quotation, an attribution after a comma ("..., said the company"), a list, a placeholder
    low = [w.lower() for w in ws]
    # in a sentence-case line a capitalised word is a name's, not a verb ("whether the United States and China")
    names = sum(1 for w in ws if w[:1].islower()) >= 0.5 * len(ws)
    first_of_last = len(ws) - len(WORD_RE.findall(_SENTENCE_BREAK_RE.split(t)[-1]))  # ("with {how}.  See": two)
    for k in range(len(ws) - 2, max(0, len(ws) - 7, first_of_last - 1), -1):
        tail = ws[k + 1:]
        if low[k] in _CLAUSE_OPENERS - {"that", "once", "until"} and k > 0:
            first = tail[0]
            if (first.lower() in SUBJECTS or first.lower() in _NP_DETERMINERS or first[:1].isupper()) \
                    and not any(_verb_capable(w) for w in tail if not (names and w[:1].isupper())) \
                    and not tail[-1][:1].isdigit():
                return f"ends on '{' '.join(ws[k:])}', a clause without its verb"
            return None
        if low[k] in ("said", "says", "told") and k > 0:
            if low[k] != "told" and 1 <= len(tail) <= 2 and all(w[:1].isupper() for w in tail) and ws[0] not in tail:
                return f"ends on '{' '.join(ws[k:])}', a reported clause without its verb"  # "Fleck said Morgan"
            dets = [j for j, w in enumerate(tail) if w.lower() in ("the", "a", "an", "its", "his", "her", "their")]
            if dets and dets[0] <= 1 and len(tail) - dets[0] >= 2 and all(
                    set(classes(w.lower())) & set("NPA") and not set(classes(w.lower())) & set("DZGE")
                    for w in tail[dets[0] + 1:]):
                return f"ends on '{' '.join(ws[k:])}', a reported clause without its verb"
            return None
        if _verb_capable(ws[k]) and not (names and ws[k][:1].isupper()):
            return None  # the clause has its verb
    return None


def _modifiers_after_det(ws: list[str]) -> bool:
    """Whether the words before the last are only modifiers back to a determiner: "the nearly 60-year-old
    younger", "a very"; a noun phrase still waiting for its noun."""
    for w in reversed(ws[:-1][-4:]):
        lw = w.lower()
        if lw in _NP_DETERMINERS:
            return True
        c = classes(lw)
        if not (c and set(c) <= set("ACR") and (lw.endswith("ly") or "R" not in c)
                or re.fullmatch(r"\d+(?:\.\d+)?-[a-z-]+", lw)):
            return False
    return False


def _unfinished_tail(ws: list[str]) -> str | None:
    """A given name with no surname ("lost defenseman Matt", "Barkov and Brett") or a particle-like preposition
    with no object after a number, a plain noun, an ordinal or a name ("more than 12,000 in", "took home first
    in")."""
    if len(ws) < 2:
        return None
    if ws[-1] in GIVEN_NAMES and (ws[-2].islower() or ws[-2] in NAME_TITLES) \
            and (ws[-2].lower() != "by" or len(ws) > 6):  # ("Photos by Matt" is a credit; a sentence goes on)
        return f"ends on the given name '{ws[-1]}' with no surname"  # "lost defenseman Matt"
    if ws[-1] in _PARTICLE_PREPS:
        prev = ws[-2]
        pc = classes(prev.lower())
        if any(ch.isdigit() for ch in prev) or prev.lower() in _ORDINALS \
                or prev.islower() and pc and not set(pc) & set("VDER") and set(pc) & set("NP") \
                or prev[:1].isupper() and prev != "I" and len(ws) > 2:  # "Flight Center in"
            return f"ends on the preposition '{ws[-1]}' with no object"
    return None


def _fixed_prep_end(low: list[str]) -> bool:
    """Whether lower-case words end on a participle or verb and the preposition it needs, with no object ("based
    on", "featured on", "directed by")."""
    return low[-1] in _FIXED_PREPS and low[-2] in _FIXED_PREPS[low[-1]]


def may_have_a_verb(text: str) -> bool:
    """Whether words may hold a finite verb: an auxiliary, or a lower-case word with a past or an -s form among its
    readings ("fell", "shows"; generous on purpose, so that only a plain noun phrase counts as verbless)."""
    return any(w.lower() in FINITE_WORDS or w[:1].islower() and set(classes(w.lower())) & set("DZ")
               for w in WORD_RE.findall(text))


def ends_incomplete(text: str) -> str | None:
    """Why a line ends inside a clause, or None; the word-class counterpart of :func:`ends_open`. It ends on "be",
    "had", "which" or "than", on a reporting verb with nothing reported ("the agency says", "Kuo has previously
    predicted", "Matt Maley, equity strategist at Miller Tabak, says"), on an adjective after a determiner ("an
    unmistakable") or an adjective-only word after a preposition ("the number of electric"; not an idiom, "in vain")
    or a singular word after a plural quantifier ("with several top"), on an -ly adverb ("is really"), on an adverb
    after a modal ("will likely"), on an adverb waiting after an auxiliary ("has yet", "had already", "will
    further"), on a contracted or negated auxiliary ("you'll", "wasn't"), on a bare auxiliary, "both", a transitive
    participle or an existential "there" and its verb after a comma (", has" and ", allowing"), on an open "what" or
    "a place where", on a subject and only its relative clause ("Authorities in western Mongolia, which is close"),
    on a particle- like preposition after a number, a noun or an ordinal ("more than 12,000 in"), on "a 6th" or "the
    2020", or on a verb base after "to" or a modal ("can be", "to learn", "may still believe"), on "not" after an
    auxiliary ("are not"), on a number compound after a determiner ("the 30-date"), on the first word of a place
    name ("at the Hong", "in New"), on a clause opener and only its subject ("how you", "that the most", "is where
    people", "when Harper and Buckley first"), on a reported clause without its verb ("told reporters the decision",
    "Coach P.J. Fleck said Morgan"), on a fronted phrase and a bare subject ("Worried about backlash, House
    Democrats"), on "it is important for ..." without its "to", on a number compound ("16-inch"), on a verb that
    needs its object after a preposition, "is", a verb taking a to-infinitive, a modal, "that", a name, a pronoun or
    a noun subject ("of holding", "is offering", "plans to make", "it will take", "that making", "the Commission
    holds"), on a participle without its preposition's object ("is based on", "was directed by"), on "told" and whom
    with nothing told ("told USA TODAY", "tells the paper") or "told" with no one told, on "said Monday", on a
    recap's score and only a name ("Jets 2, Predators 1: Patrik"), on a compound modifier after a determiner or
    preposition ("the Democratic Party-controlled") or an ordinal one after a verb ("reported third-quarter"), on a
    past form that needs what follows it ("Britain accused", "investments intended"), on a subject and a bare
    "also", on a given name after a lower-case word or a title ("lost defenseman Matt", "Trade Representative
    Robert"; after "by" only in a line longer than a credit), on a dash and the first word of an aside ("bubonic
    plague - otherwise"), on a comma and a focusing adverb ("in July 2018, primarily"), or on a linking adverb and a
    bare subject ("However, both Vindman and Williams"). Verbs that take no object end their clause ("agrees to
    testify", "will resign"). An interview's "Q:" or "A:" label is read past; after another kicker's colon only a
    preposition, a given name or a participle left without its object ("the products featured on") a bare clause
    opener ("If you") or a demonstrative and its noun alone ("These teams") counts ("6A: ... took home first in")."""
    t = text.strip()
    m = _QA_LABEL_RE.match(t)
    if m:
        t = t[m.end():]  # "A: We are moving subscription access to the next": the answer is the sentence
    if not t or t[-1] in "?!.\"”’'":
        return None
    if ":" in t:
        # after a kicker ("6A: Wichita North's Miguel Bernal took home first in", "Jets 2, Predators 1: Patrik") only
        # a preposition or a given name left without its object reads as a cut: the rest of the checks would take
        # a headline's label for a clause
        before_colon, after = (x.strip() for x in t.rsplit(":", 1))
        aw = WORD_RE.findall(after)
        if not aw or after[:1].isdigit():
            return None
        if _SCORE_KICKER_RE.search(before_colon) and len(aw) <= 4 and all(w[:1].isupper() for w in aw):
            return f"ends on the name '{after}' after the score, with no verb"  # "Jets 2, Predators 1: Patrik"
        if len(aw) >= 3 and aw[-1].lower() in _DANGLING_AFTER_KICKER:
            return f"ends on '{aw[-1]}'"
        low = [w.lower() for w in aw]
        if len(aw) == 1 and low[0] in _BARE_SUBJECTS and len(WORD_RE.findall(before_colon)) >= 2:
            return f"ends on '{aw[0]}', a subject without its verb"  # "Correction, Nov. 15, 2019: This"
        if len(aw) >= 2 and low[-2] in _CLAUSE_OPENERS - {"that", "once", "until"} and low[-1] in SUBJECTS:
            return f"ends on '{aw[-2]} {aw[-1]}', a clause without its verb"  # "DEAR SISTER: If you"
        c1 = set(classes(low[1])) if len(aw) == 2 else set()
        if len(aw) == 2 and low[0] in ("this", "these", "those") and aw[1].islower() and low[1] not in _TIME_NOUNS \
                and not c1 & set("DG") and ("Z" not in c1 or "P" in c1 and low[0] != "this"):
            # ("These teams"; "This works" has its verb, "Update: This week" is a time)
            return f"ends on '{after}', a subject without its verb"  # "... for a rematch: These teams"
        if len(aw) >= 4 and _fixed_prep_end(low):
            return f"ends on '{aw[-2]} {aw[-1]}' with no object"  # "Disclosure: ... the products featured on"
        return _unfinished_tail(aw)
    ws = WORD_RE.findall(t)
    if len(ws) < 4:
        return None
    last = ws[-1].lower()
    before = [w.lower() for w in ws[-3:-1]]
    c = classes(last)
    told_passive = last == "told" and bool(before) and before[-1] in _TOLD_PASSIVE  # "as told", "we were told"
    if last in _REPORTING_END and not any(ch in t for ch in ',”"') and ws[0].lower() not in WH_WORDS \
            and not told_passive:
        return f"ends on '{ws[-1]}' with nothing reported"  # "The European Space Agency says" (not ", he said")
    if last in _APPOSITIVE_VERBS and _APPOSITIVE_SAYS_RE.match(t):
        return f"ends on '{ws[-1]}' with nothing reported"  # "Matt Maley, equity strategist at Miller Tabak, says"
    if last in _REPORTING_ACTIVE and before and not set(before) & _PASSIVE_AUXILIARIES and not any(ch in t for ch in ',”"') \
            and ws[0].lower() not in WH_WORDS | {"as"}:
        return f"ends on '{ws[-1]}' with nothing reported"  # "Kuo has previously predicted" ("was confirmed")
    if before and before[-1] in _PLURAL_QUANTIFIERS and not last.endswith("s") and ws[-1].islower() \
            and t.endswith(ws[-1]):
        return f"ends on '{ws[-2]} {ws[-1]}' with no noun after it"  # "with several top", "on both national"
    if last in _DANGLING:
        return f"ends on '{ws[-1]}'"
    if last in _NEEDS_COMPLEMENT and ws[-1].islower() and t.endswith(ws[-1]) \
            or last in ("become", "becomes", "became") and before and t.endswith(ws[-1]) \
            and not any(w.lower() in WH_WORDS for w in ws):
        return f"ends on '{ws[-1]}' without what it needs after it"  # "who resides", "is punishable", "has become"
    if last in ("this", "these", "those") and before and ws[-1].islower() and t.endswith(ws[-1]) \
            and before[-1].isalpha() and set(classes(before[-1]) or "V") <= set("NM") and ws[-2].islower():
        return f"ends on '{ws[-2]} {ws[-1]}' with no noun after it"  # "the worst pollution this"
    m = _REPORTED_CLAUSE_RE.search(t) if " that " in t else None
    if m and set(classes(m.group(2))) & set("NP") and not set(classes(m.group(2))) & set("DZEV"):
        return f"ends on '{m.group(0).strip()}', a clause without its verb"  # "I truly believe that actions"
    if "-" in ws[-1] and _HYPHEN_PARTICIPLE_END_RE.search(t):
        return f"ends on the modifier '{ws[-1]}' with no noun after it"  # "against the self-declared"
    m = _REPORTED_NAME_RE.search(t) if " that " in t else None
    if m and not any(ch in t[:m.start()] for ch in ',"“”'):
        return f"ends on '{m.group(0).strip()}', a reported clause without its verb"  # "alleged that Tova"
    if last in ("so", "such") and before and before[-1] in PREPOSITIONS and t.endswith(ws[-1]):
        return f"ends on '{ws[-2]} {ws[-1]}' with nothing after it"  # "to innovate for so"
    if _CONTRACTED_END_RE.fullmatch(t.rsplit(None, 1)[-1]):  # the last token only
        return f"ends on '{t.split()[-1]}', a verb without its words"
    m = _RELATIVE_ONLY_RE.match(t) if ", wh" in t else None
    if m and t[:1].isupper() and not may_have_a_verb(m.group("subject")) and not t.endswith(("who", "which", "whose")):
        return "is a subject and its relative clause, without the main clause"
    after_comma = t[:-len(ws[-1])].rstrip().endswith(",") and t.endswith(ws[-1])
    if after_comma and last in _TRANSITIVE_ING:
        return f"ends on '{ws[-1]}' after a comma, with no object"  # "..., allowing"
    if after_comma and last in _COMMA_AUX_END:
        return f"ends on '{ws[-1]}' after a comma, with no verb after it"
    last_sentence = _SENTENCE_BREAK_RE.split(t)[-1]
    m = _THERE_AUX_END_RE.search(last_sentence)
    lead = WORD_RE.findall(last_sentence[:m.start()]) if m else []
    if len(lead) >= 3 and lead[0].lower() not in ("yes", "no"):
        return f"ends on '{m.group(0)[2:]}' after a comma, with nothing after it"  # "After a silence, there has"
    if t.endswith(ws[-1]) and (  # (not "func SendToTerm(what)")
            last == "what" and before and before[-1] not in ("matter", "guess", "so", "know", "or")
            or last == "where" and len(before) == 2 and before[-2] in _NP_DETERMINERS and "N" in classes(before[-1])):
        return f"ends on '{ws[-1]}', a clause without its words"  # "building what", "a place where"
    if last == "told" and before and not told_passive:
        return "ends on 'told' with no one told"  # "Sonya A. Zoghlin, Carlineo's attorney, told" (not "as told")
    m = _SAID_WHEN_RE.search(t)
    if m and not any(ch in t[:m.start()] for ch in ',"“”') and ws[0].lower() not in WH_WORDS:
        return f"ends on '{m.group(0).strip()}' with nothing reported"  # "Health Department officials said Monday"
    m = _TOLD_END_RE.search(t)
    if m and not any(ch in t[:m.start()] for ch in ',"“”') and ws[0].lower() not in WH_WORDS:
        return f"ends on '{m.group(0).strip()}' with nothing told"  # "Experts told USA TODAY" (not ", he told Reuters")
    if before and _fixed_prep_end(before + [last]):
        return f"ends on '{ws[-2]} {ws[-1]}' with no object"  # "is based on", "is located in"
    if last in ("also", "still", "already") and before and ws[-2][:1].isalpha() \
            and (ws[-2][:1].isupper() and ws[-2] != ws[0] or set(classes(before[-1]) or "V") <= set("NPM")
                 or len(before) == 2 and before[-2] in _NP_DETERMINERS and ws[-2].islower()
                 and ws[-4].lower() in _CLAUSE_OPENERS | WH_WORDS):  # "where the plague still"
        return f"ends on '{ws[-2]} {ws[-1]}', a subject with no verb"  # "Leaving a full-time employer also"
    m = _ASIDE_END_RE.search(t)
    if m:  # "bubonic plague - otherwise", "took effect in July 2018, primarily"
        return f"ends on '{ws[-1]}' after a {'comma' if m.group(0).startswith(',') else 'dash'}, with nothing after it"
    if last in _FOCUS_ADVERBS and ws[-1].islower() and t.endswith(ws[-1]):
        return f"ends on the adverb '{ws[-1]}'"  # (it qualifies what was cut)
    if last == "not" and before and (before[-1] in AUXILIARIES or before[-1] in FINITE_BE_HAVE):
        return f"ends on '{ws[-2]} {ws[-1]}'"  # "sustainability are not", "the agency will not"
    reason = _unfinished_tail(ws)
    if reason:
        return reason
    if c == "A" and before and before[-1] in PREPOSITIONS and last not in _ADJECTIVE_IDIOMS and ws[-1].islower():
        return f"ends on '{ws[-2]} {ws[-1]}' with no noun after it"  # "the number of electric", "with Olympic"
    if c and set(c) <= set("AGC") and "G" in c and before and before[-1] in ("a", "an", "the") and ws[-1].islower() \
            and t.endswith(ws[-1]):
        return f"ends on '{ws[-2]} {ws[-1]}' with no noun after it"  # "play a leading", "the remaining"
    if c and all(f in "AC" for f in c) and (any(w in _NP_DETERMINERS for w in before) or _modifiers_after_det(ws)) \
            and not (before[-1] in PREPOSITIONS and last in _ADJECTIVE_IDIOMS):  # ("knows that for certain")
        return f"ends on the adjective '{ws[-1]}' with no noun after it"
    if c == "R" and last.endswith("ly") and before and (before[-1] in AUXILIARIES or before[-1] in FINITE_BE_HAVE
                                                         or before[-1] in MODALS or before[-1] in _PREMODIFIER_SLOTS):
        # "is really", "the relatively", "and increasingly": the adverb waits for the word it modifies; after a verb
        # it is the verb's manner and may end the sentence ("invest your money wisely", "prices are rising quickly")
        return f"ends on the adverb '{ws[-1]}'"
    if before and (last in _WAITING_ADVERBS and before[-1] in AUXILIARIES or last == "further" and before[-1] in MODALS):
        return f"ends on '{ws[-2]} {ws[-1]}' with no verb"  # "the film has yet", "it has already", "it will further"
    if before and before[-1] in _END_MODALS and "R" in c and not set(c) & set("VDZN"):
        return f"ends on '{ws[-2]} {ws[-1]}' with no verb"  # "employees will likely", "it will soon"
    if before and (before[-1] in ("a", "an") and re.fullmatch(r"\d+(?:st|nd|rd|th)", last)
                   or before[-1] == "the" and re.fullmatch(r"(?:19|20)\d\d", last)  # "a 6th", "the 2020"
                   or before[-1] in _NP_DETERMINERS and re.fullmatch(r"\d+(?:\.\d+)?-[a-z]+", last)):  # "the 30-date"
        return f"ends on '{ws[-2]} {ws[-1]}' with no noun after it"
    if before and before[-1] in _CLAUSE_OPENERS and (last in SUBJECTS or last in _NP_DETERMINERS):
        return f"ends on '{ws[-2]} {ws[-1]}', a clause without its verb"  # "show you how you"
    if len(before) == 2 and before[-2] in _CLAUSE_OPENERS and before[-1] in _NP_DETERMINERS and c \
            and (not set(c) & set("VDZE") or "N" in c and ws[-1].islower()):  # ("where the plague": a noun)
        return f"ends on '{ws[-3]} {ws[-2]} {ws[-1]}', a clause without its verb"  # "noting that the most"
    if before and before[-1] in _CLAUSE_OPENERS - {"that", "once", "until"} and ws[-1].islower() and t.endswith(ws[-1]) \
            and set(c) & set("NP") and not set(c) & set("ADEGRZ"):
        return f"ends on '{ws[-2]} {ws[-1]}', a clause without its verb"  # "is where people"
    reason = _verbless_clause(t, ws)
    if reason:
        return reason
    if ws[-1] in _NAME_STARTS and (ws[-2].islower() or ws[-2].isdigit()):
        return f"ends on '{ws[-1]}', the first word of a place name"  # "float in Hong", "at the Los"
    if last in _TRANSITIVE_ING and before and (before[-1] in _GERUND_PREPS or before[-1] in ("that", "whether")
                                               or before[-1] in ("is", "are", "was", "were", "be", "been")):
        return f"ends on '{ws[-2]} {ws[-1]}' with no object"  # "accused Big Machine of holding", "is offering"
    if _COMPOUND_MODIFIER_RE.fullmatch(ws[-1]):
        k = len(ws) - 2
        while k > 0 and ws[k][:1].isupper():
            k -= 1  # a name the modifier is built on: "the Democratic Party-controlled"
        prev = ws[k].lower() if k >= 0 else ""
        if prev in _NP_DETERMINERS or prev in PREPOSITIONS \
                or ws[-1].split("-")[0].lower() in _ORDINALS and prev[:1].isalpha() \
                and prev not in _LINKING_VERBS and prev not in FINITE_BE_HAVE:
            return f"ends on the modifier '{ws[-1]}' with no noun after it"  # "reported third-quarter"
    if re.search(r"\b\d+(?:\.\d+)?-(?!olds?$)[a-z]+$", t):
        return f"ends on '{t.split()[-1]}' with no noun after it"  # "the AppleInsider 16-inch" ("a 30-year-old")
    if last in _TRANSITIVE_S and before and not any(w.lower() in WH_WORDS or w.lower() == "as" for w in ws) \
            and (ws[-2][:1].isupper() and ws[-2] != ws[0] or before[-1] in ("he", "she", "it", "who", "which", "that")
                 or len(before) == 2 and before[-2] in _NP_DETERMINERS and set(classes(before[-1]) or "V") <= set("NM")):
        # "The ... Commission holds", "the company makes" ("What the future holds", "Top 10 pay raises" are whole)
        return f"ends on '{ws[-2]} {ws[-1]}' with no object"
    if last in _COMPLEMENT_PAST and before and before[-1] not in _TOLD_PASSIVE | {"than", "not", "were", "being"} \
            and not before[-1].endswith("ly"):  # ("are closely linked")
        # "China's ambassador to Britain accused", "investments intended" ("He was accused", "as intended" are whole)
        return f"ends on '{ws[-2]} {ws[-1]}' without what '{ws[-1]}' needs after it"

    verb_only = bool(c) and "V" in c and not set(c) & set("NPA") and last not in _INTRANSITIVE  # a verb, no object
    needs_object = last in _TRANSITIVE  # also when the word has a noun's reading ("make", "take")
    if before and before[-1] == "to" and (verb_only and not (len(before) == 2 and before[-2] in WH_WORDS)
                                          or needs_object and len(before) == 2 and before[-2] in _CATENATIVES):
        # "to learn", "plans to make" ("Here is what to bring", "ready to use", "groups to use" are whole)
        return f"ends on '{ws[-2]} {ws[-1]}' with no object"
    if before and (verb_only or needs_object and not any(w.lower() in ("what", "which") for w in ws)):
        # after a modal ("can be", "it will take"; "what you can make" is whole)
        if before[-1] in _END_MODALS:
            return f"ends on '{ws[-2]} {ws[-1]}' with no object"
        if len(before) == 2 and before[-2] in _END_MODALS and (before[-1] in _MID_ADVERBS or before[-1].endswith("ly")
                                                                and "R" in classes(before[-1])):
            return f"ends on '{ws[-3]} {ws[-2]} {ws[-1]}' with no object"  # "may still believe", "will eventually make"
    return None
