"""Verb-form grammar rules: subject-verb agreement with pronouns, verb forms after modals, "do", "to"
and "have".  They need to know which words are verbs: a word counts as a verb base when it is an irregular
verb, or when both its -ing and -ed forms are common words of pyspellchecker's frequency list."""
from __future__ import annotations

import re

from ..lexicon import FINITE_BE_HAVE, IRREGULAR_VERBS, MODALS, NOT_VERBS, PREPOSITIONS, SUBJECTS, WH_WORDS
from ..registry import rule
from ..textutil import sentences
from ..wordclass import classes, only
from .spelling import checker

_TOKEN_RE = re.compile(r"[A-Za-z]+(?:[’'][A-Za-z]+)?")
MIN_FORM_COUNT = 800  # both -ing and -ed forms at least this frequent

PAST = {past: base for base, past, _ in IRREGULAR_VERBS if past != base}
PARTICIPLE = {base: part for base, _, part in IRREGULAR_VERBS}
PAST_TO_PART = {past: part for base, past, part in IRREGULAR_VERBS if past != part and past != base}
BASES = {base for base, _, _ in IRREGULAR_VERBS}
DETERMINERS = frozenset("a an the his her my your our their its this that these those every each no some any one "
                        "another".split())
SUBJECT_START = frozenset(",that because if when so but since although though while where whether until unless before "
                          "after once then now yes well oh".split())
ALL_PASTS = frozenset(past for _, past, _ in IRREGULAR_VERBS)
TO_PASTS = frozenset("went ate took gave wrote began drove rode broke chose froze stole woke wore swore flew grew threw "
                     "blew drew drank sang swam sank shrank knew forgot hid shook became forgave mistook came".split())
ADVERBS = frozenset("not never also just still only really always often even already ever actually certainly "
                    "probably finally then now too usually sometimes simply definitely".split())
THIRD = {"is": "are", "was": "were", "has": "have", "does": "do"}


class Lexicon:
    def __init__(self) -> None:
        self.freq = checker().word_frequency.dictionary
        self._cache: dict[str, bool] = {}

    def _count(self, w: str) -> int:
        return self.freq.get(w, 0) or 0

    def is_base(self, w: str) -> bool:
        if w in self._cache:
            return self._cache[w]
        if w in BASES:
            ok = True
        elif w in NOT_VERBS or len(w) < 3 or w.endswith("ly"):
            ok = False
        else:
            c = self._count
            stem = w[:-1] if w.endswith("e") else w
            ing = max(c(w + "ing"), c(stem + "ing"), c(w + w[-1] + "ing"))
            ed = max(c(w + "ed"), c(w + "d") if w.endswith("e") else 0, c(w + w[-1] + "ed"),
                     c(w[:-1] + "ied") if w.endswith("y") else 0)
            ok = min(ing, ed) >= MIN_FORM_COUNT or only(w, "VE")  # or a word that is only a verb ("convey")
        self._cache[w] = ok
        return ok

    def maybe_verb(self, w: str) -> bool:
        """Looser than is_base: any -ing or -ed form of some frequency (to keep nouns that are verbs out)."""
        c = self._count
        stem = w[:-1] if w.endswith(("e", "y")) else w
        return self.is_base(w) or max(c(w + "ing"), c(stem + "ing"), c(w + "ed"), c(w + "d"), c(stem + "ied"),
                                      c(w + w[-1] + "ing")) >= 100

    def third_person_base(self, w: str) -> str | None:
        """The base of a third-person singular form ("walks" -> "walk"), or None."""
        if w in ("has", "does", "goes", "is", "needs"):
            return {"has": "have", "does": "do", "goes": "go", "is": "be", "needs": "need"}[w]
        if not w.endswith("s") or w.endswith(("ss", "us", "is")) or w in NOT_VERBS:
            return None
        cands = ((w[:-3] + "y") if w.endswith("ies") else "", w[:-2] if w.endswith("es") else "", w[:-1])
        for base in cands:
            if base and self.is_base(base):
                return base
        if "Z" in classes(w):  # the word table knows it as a third-person form ("barks")
            for base in cands:
                if base and "V" in classes(base):
                    return base
        return None

    def past_base(self, w: str) -> str | None:
        """The base of a simple past form ("went" -> "go", "walked" -> "walk"), or None."""
        if w in PAST:
            return PAST[w]
        if w.endswith("ed") and len(w) > 4:
            for base in (w[:-2], w[:-1], w[:-3] if len(w) > 5 and w[-3] == w[-4] else "",
                         w[:-3] + "y" if w.endswith("ied") else ""):
                if base and self.is_base(base):
                    return base
        return None


_LEX: Lexicon | None = None


def lexicon() -> Lexicon:
    global _LEX
    if _LEX is None:
        _LEX = Lexicon()
    return _LEX


def _sentences_tokens(doc):
    """Per sentence: (block, [(start, end, word)]) with offsets in block text."""
    def compute():
        out = []
        for b in doc.sentence_blocks():
            text = b.text
            for s, e in sentences(text):
                spans = [m.span() for m in _TOKEN_RE.finditer(text, s, e)]
                if not spans:
                    out.append((b, []))
                    continue
                words = [text[a:z] for a, z in spans]
                near = text[max(0, s - 1):e + 3]
                if "." in near or "…" in near:
                    for k, (a, z) in enumerate(spans):
                        if text[z:z + 3] == "..." or text[z:z + 1] == "…" or text[max(0, a - 1):a] in (".", "…"):
                            words[k] = "\x00"  # a word cut at an ellipsis: a barrier, never matched
                lows = [w.lower() for w in words]
                if "’" in text:
                    lows = [w.replace("’", "'") for w in lows]
                # only spaces between this token and the next?
                adj = [text[z:a2] == " " or not text[z:a2].strip() for (_, z), (a2, _) in zip(spans, spans[1:])]
                adj.append(False)
                # (start, end, word, lower-case word, only spaces between this token and the next)
                toks = [(a, z, w, lw, j) for (a, z), w, lw, j in zip(spans, words, lows, adj)]
                out.append((b, toks))
        return out
    return doc.cached("grammar_tokens", compute)


# words that take a to-infinitive: after them "to" + verb-s is a wrong verb form ("want to goes")
_INFINITIVE_TAKERS = frozenset("want wants wanted need needs needed able unable going trying tried try decided decide "
                               "plan plans planned hope hopes hoped surprised happy glad sorry ought began begin "
                               "begins started start starts continue continues continued seem seems seemed appear "
                               "appears appeared wish wishes wished refused refuse agreed agree managed manage "
                               "learned learn expects expected expect intend intends intended".split())
# the words G316 looks after (besides the modals)
_AUX_TRIGGERS = frozenset(("cannot", "can't", "won't", "couldn't", "wouldn't", "shouldn't", "mustn't", "did", "didn't", "does",
                           "do", "doesn't", "don't", "to"))
_INDEFINITE_OR_DEMONSTRATIVE = frozenset("somebody someone everybody everyone nobody anybody anyone everything nothing "
                                         "something these those".split())
_OBJECT_STARTS = frozenset("the a an this that these those my your his her its our their some all any no every each "
                           "me him us them it you".split())
_SMALL_NUMBERS = frozenset("two three four five six seven eight nine ten both".split())


def _lower(t) -> str:
    return t[3]


_MID_ADVERBS = frozenset("always never often rarely seldom usually sometimes also really still just only already ever "
                         "generally normally actually certainly definitely probably clearly simply even all".split())


def _participle(base: str) -> str | None:
    """The past participle of a verb base ("write" -> "written", "modify" -> "modified"), or None."""
    if base in PARTICIPLE:
        return PARTICIPLE[base]
    for cand in (base + "ed", base + "d", base[:-1] + "ied", base + base[-1:] + "ed"):
        if "E" in classes(cand):
            return cand
    return None


def _adverb(w: str) -> bool:
    """A word that can stand between a subject or auxiliary and its verb: "always", "definitely", "clearly"."""
    return w in _MID_ADVERBS or (w.endswith("ly") and classes(w) == "R")


def _adjacent(b, toks, i, j) -> bool:
    """Only spaces between tokens i..j (no punctuation, dashes or brackets)."""
    for k in range(i, j):
        if not toks[k][4]:
            return False
    return True


@rule(code="G315", name="pronoun-verb-agreement", category="grammar", severity="error",
      bad=["They was late again.", "He don't know the way.", "She walk to work every day.", "We is ready.",
           "They has a plan.", "He were too old for that.", "I works here.", "Somebody enter the building.",
           "At her party, everybody don't like the music.", "These includes the ring and the compass.", "Those two is nice.",
           "Everyone were told to leave.", "They always works here.", "I rarely has a bad day.", "He always walk to work.",
           "Is you crazy?", "What has you done?", "But does I have to go there?"],
      good=["They were late again.", "If she were here, she would help.", "Does he have a car?",
            "World War I is over.", "She still walks to work.", "I recommended that he walk.", "We fans love it.",
            "Can she go?", "He always drives.", "It was made clear.", "Let somebody do it.",
            "These include the ring.", "Those are mine.", "Nobody else cares.", "These results of Cauchy still form the core.",
            "Something like a repeal may soon take place.", "These concerns now seem bold.", "They always work here.",
            "He always walks.", "What is it you want?", "I always was late.", "I doubt he really cares.",
            "Is you and your sister's house near?"])
def pronoun_verb_agreement(doc, ctx):
    """What it does: Finds a personal pronoun with a verb that does not agree: "they was", "we is",
    "he don't", "I has", "she walk", "they has", "he were" (not the subjunctive "if he were"). Coordinated subjects ("you and he are") and
    object pronouns ("the man nearest you is") are left alone.
    Why it matters: Agreement errors read as careless, and readers notice them at once.
    How to fix: Use the suggested form.
    """
    lex = lexicon()
    for b, toks in _sentences_tokens(doc):
        last = len(toks) - 1
        for i in [k for k, t in enumerate(toks) if t[3] in SUBJECTS and k < last]:
            w, nxt = _lower(toks[i]), toks[i + 1]
            n = _lower(nxt)
            prev = _lower(toks[i - 1]) if i > 0 else ""
            fix = None
            if not _adjacent(b, toks, i, i + 1) or (prev in ("and", "or", "nor", "as") and w in ("he", "she", "it", "i")):
                continue  # "you and he are": a coordinated subject is plural
            if i > 0 and not _adjacent(b, toks, i - 1, i):
                prev = ","
            if w == "you" and prev and prev not in SUBJECT_START:
                continue  # "told you is": "you" is an object
            if w in ("we", "they", "you"):
                if n == "was":
                    fix = "were"
                elif n == "is":
                    fix = "are"
                elif n in ("has", "doesn't"):
                    fix = {"has": "have", "doesn't": "don't"}[n]
                elif w != "you" and n != "is" and lex.third_person_base(n) and nxt[2].islower():
                    after = _lower(toks[i + 2]) if i + 2 < len(toks) else ""
                    if not (after and (lex.is_base(after) or after in MODALS)):  # "we fans love it"
                        fix = lex.third_person_base(n)
            elif w == "i" and toks[i][2] == "I" and (i == 0 or toks[i - 1][2].islower()) \
                    and prev not in _INVERSION and "N" not in classes(prev):  # "am I nuts", "phase I"
                if n in ("is", "are"):
                    fix = "am"
                elif n in ("has", "doesn't"):
                    fix = {"has": "have", "doesn't": "don't"}[n]
                elif n not in ("was", "is") and nxt[2].islower() and lex.third_person_base(n) \
                        and not (i + 2 < len(toks) and lex.is_base(_lower(toks[i + 2]))):
                    fix = lex.third_person_base(n)  # "I works here"
            elif w in ("he", "she", "it"):
                if prev in MODALS or prev in ("do", "does", "did", "had", "has", "is", "was", "that", "lest", "let", "to") \
                        or prev.endswith("n't") or (prev and (lex.is_base(prev) or lex.past_base(prev)
                                                              or lex.third_person_base(prev))):
                    continue  # inversion, subjunctive ("insist he rest"), infinitive
                if n in ("don't",):
                    fix = "doesn't"
                elif n == "are" and w != "it":
                    fix = "is"
                elif n == "were" and w != "it" and prev not in ("if", "as", "wish", "though", "than", "even"):
                    if not any(_lower(t) in ("if", "wish", "though") for t in toks[max(0, i - 4):i]):
                        fix = "was"
                elif n == "have" and w != "it" and (i + 2 >= len(toks) or _lower(toks[i + 2]) not in ("to", "got")):
                    fix = "has"
                elif w != "it" and nxt[2].islower() and n not in ADVERBS and lex.is_base(n) and n not in MODALS \
                        and n not in ("be", "have", "do") and not lex.third_person_base(n) and n not in ALL_PASTS:
                    fix = n + ("es" if n.endswith(("s", "sh", "ch", "x", "o")) else "s") if not n.endswith("y") \
                        or n.endswith(("ay", "ey", "oy")) else n[:-1] + "ies"
            if fix:
                ctx.report(b, toks[i][0], nxt[1], f"'{toks[i][2]} {nxt[2]}': the verb does not agree with "
                                                  f"'{toks[i][2]}'", [f"{toks[i][2]} {fix}"])
        _adverb_and_inversion(b, toks, lex, ctx)
        # indefinite pronouns take the third person ("somebody enters", "everybody doesn't"); "these" and
        # "those" as subjects take the plural ("these include", "those two are")
        for i in [k for k, t in enumerate(toks) if t[3] in _INDEFINITE_OR_DEMONSTRATIVE and k < last]:
            w = _lower(toks[i])
            prev = _lower(toks[i - 1]) if i > 0 else ""
            if i > 0 and prev not in SUBJECT_START and prev not in _CLAUSE_OPENERS and _adjacent(b, toks, i - 1, i):
                continue  # an object ("let somebody do", "told everyone") or a determiner use
            j = i + 1
            if w in ("these", "those") and _lower(toks[j]) in _SMALL_NUMBERS and j < last:
                j += 1
            elif w not in ("these", "those") and _lower(toks[j]) == "else" and j < last:
                j += 1
            if _lower(toks[j]) in ADVERBS and j < last:
                j += 1
            if not _adjacent(b, toks, i, j) or not toks[j][2].islower():
                continue
            n = _lower(toks[j])
            after = _lower(toks[j + 1]) if j + 1 < len(toks) else ""
            fix = None
            if w in ("these", "those"):
                fix = {"is": "are", "was": "were", "has": "have", "doesn't": "don't"}.get(n)
                if fix is None and lex.third_person_base(n) and n not in ("does",) and (after in _OBJECT_STARTS or not after):
                    fix = lex.third_person_base(n)  # "these includes the ring" (not "these results of ...")
            else:
                if n == "don't":
                    fix = "doesn't"
                elif n in ("are", "were", "have"):
                    fix = {"are": "is", "were": "was", "have": "has"}[n]
                elif lex.is_base(n) and n not in MODALS and n not in ADVERBS and not lex.third_person_base(n) \
                        and n not in ALL_PASTS and n not in ("be", "do", "have", "like", "near", "round", "past") \
                        and after != "of":
                    fix = n + ("es" if n.endswith(("s", "sh", "ch", "x", "o")) else "s") if not n.endswith("y") \
                        or n.endswith(("ay", "ey", "oy")) else n[:-1] + "ies"
            if fix:
                ctx.report(b, toks[j][0], toks[j][1], f"'{toks[j][2]}' does not agree with '{toks[i][2]}'", [fix])
    return ()


_INVERTED_FIX = {("is", "i"): "am", ("is", "you"): "are", ("is", "we"): "are", ("is", "they"): "are",
                 ("was", "you"): "were", ("was", "we"): "were", ("was", "they"): "were",
                 ("has", "i"): "have", ("has", "you"): "have", ("has", "we"): "have", ("has", "they"): "have",
                 ("does", "i"): "do", ("does", "you"): "do", ("does", "we"): "do", ("does", "they"): "do",
                 ("doesn't", "i"): "don't", ("doesn't", "you"): "don't", ("doesn't", "we"): "don't",
                 ("doesn't", "they"): "don't", ("isn't", "you"): "aren't", ("isn't", "we"): "aren't",
                 ("isn't", "they"): "aren't", ("wasn't", "you"): "weren't", ("wasn't", "we"): "weren't",
                 ("wasn't", "they"): "weren't"}


_ADV_INV_TRIGGERS = SUBJECTS | frozenset(("is", "was", "has", "does", "doesn't", "isn't", "wasn't"))


def _adverb_and_inversion(b, toks, lex, ctx) -> None:
    """G315 continued: a subject pronoun and its verb with an adverb between ("they always works", "he
    always walk"), and a question whose auxiliary does not agree with the pronoun after it ("is you",
    "does I", "what has you done")."""
    last = len(toks) - 1
    for i in [k for k, t in enumerate(toks) if t[3] in _ADV_INV_TRIGGERS]:
        t = toks[i]
        w = t[3]
        if w in SUBJECTS and i + 2 <= last and _adverb(_lower(toks[i + 1])) and _lower(toks[i + 1]) != "not":
            v = _lower(toks[i + 2])
            prev = _lower(toks[i - 1]) if i > 0 and _adjacent(b, toks, i - 1, i) else ""
            if not _adjacent(b, toks, i, i + 2) or not toks[i + 2][2].islower() or prev in _INVERSION \
                    or prev in MODALS or prev in ("that", "and", "or", "let", "to") or prev.endswith("n't") \
                    or (w == "you" and prev and prev not in SUBJECT_START) or (w == "i" and t[2] != "I"):
                continue
            fix = None
            if w in ("i", "we", "they", "you"):
                if v in ("is", "was") or v in ("isn't", "wasn't"):
                    fix = {"is": "am" if w == "i" else "are", "was": "was" if w == "i" else "were",
                           "isn't": "am not" if w == "i" else "aren't", "wasn't": "wasn't" if w == "i" else "weren't"}[v]
                    fix = None if fix == v else fix
                elif v not in ("does",) and lex.third_person_base(v):
                    fix = lex.third_person_base(v)
            elif w in ("he", "she") and not (prev and (lex.is_base(prev) or lex.past_base(prev))):
                if lex.is_base(v) and v not in MODALS and v not in ("be", "have", "do") and v not in ALL_PASTS \
                        and not lex.third_person_base(v) and "A" not in classes(v):
                    fix = v + ("es" if v.endswith(("s", "sh", "ch", "x", "o")) else "s") if not v.endswith("y") \
                        or v.endswith(("ay", "ey", "oy")) else v[:-1] + "ies"
            if fix:
                ctx.report(b, toks[i + 2][0], toks[i + 2][1], f"'{toks[i + 2][2]}' does not agree with "
                                                              f"'{t[2]}'", [fix])
        elif w in ("is", "was", "has", "does", "doesn't", "isn't", "wasn't") and i + 1 <= last \
                and (i == 0 or _lower(toks[i - 1]) in WH_WORDS or _lower(toks[i - 1]) in ("but", "and", "so")):
            subj = _lower(toks[i + 1])
            fix = _INVERTED_FIX.get((w, subj))
            if fix and _adjacent(b, toks, i, i + 1) and not (subj == "i" and toks[i + 1][2] != "I") \
                    and not (i + 2 <= last and _lower(toks[i + 2]) in ("and", "or")):
                fix = fix[:1].upper() + fix[1:] if t[2][:1].isupper() else fix
                ctx.report(b, t[0], t[1], f"'{t[2]} {toks[i + 1][2]}': the verb does not agree with "
                                          f"'{toks[i + 1][2]}'", [fix])


@rule(code="G316", name="verb-form-after-auxiliary", category="grammar", severity="error",
      bad=["You can goes there.", "He did went home.", "She doesn't has a car.", "I want to went home.",
           "They should walked.", "He didn't knew it.", "He did walked to his house.", "I was surprised to learns this.",
           "Did you forgot it?", "She decided to walked home.", "I cannot works here.", "I would definitely has that.",
           "He didn't clearly understood it.", "I don't needs help.", "He may conveys the message."],
      good=["You can go there.", "He did go home.", "She doesn't have a car.", "I want to go home.",
            "The can is empty.", "They did things their way.", "She will lead.", "To sum up, it works.",
            "Did interested parties respond?", "They plan to expand to works in Paris next year.",
            "The company is expected to lay off workers.",
            "Nothing he did helped.", "His unexecuted will specified a trust.", "May sometimes spends time alone.",
            "It is the least known topic in may parts of India."])
def verb_form_after_auxiliary(doc, ctx):
    """What it does: Finds a verb in the wrong form after a modal ("can goes", "should walked"), after "did"
    ("did went"), after a negated "do" ("doesn't has", "didn't knew"), and after infinitive "to" ("to went").
    Why it matters: These verbs take the base form; anything else is a grammar error.
    How to fix: Use the base form: "can go", "did go", "doesn't have", "to go".
    """
    lex = lexicon()
    triggers = _AUX_TRIGGERS | MODALS
    for b, toks in _sentences_tokens(doc):
        last = len(toks) - 1
        for i in [k for k, t in enumerate(toks) if t[3] in triggers and k < last]:
            w = _lower(toks[i])
            prev = _lower(toks[i - 1]) if i > 0 else ""
            j = i + 1
            negated = w.endswith("n't") or w == "cannot"
            if j < len(toks) and _lower(toks[j]) in ("not", "never"):
                negated, j = True, j + 1
            if j < last and w != "to" and _adverb(_lower(toks[j])):
                j += 1  # "would definitely has", "didn't clearly understood"
            if j >= len(toks) or not toks[j][2].islower() or not _adjacent(b, toks, i, j):
                continue
            n = _lower(toks[j])
            base = None
            if (w in MODALS or w in ("cannot", "can't", "won't", "couldn't", "wouldn't", "shouldn't", "mustn't")) \
                    and prev not in DETERMINERS and not (w in ("will", "can", "may", "must") and (
                        classes(prev) in ("A", "AN") or prev.endswith(("ed", "'s")) or prev in PREPOSITIONS
                        or toks[i][2][:1].isupper())):  # "his unexecuted will", "in may parts", "May sometimes"
                base = lex.past_base(n) or (lex.third_person_base(n) if n not in ("is",) else None)
                if n in ("is", "was", "were", "are"):
                    base = "be"
            elif w == "did" or w == "didn't":
                base = PAST.get(n) if not negated and n not in ("was", "were") else None
                before = _lower(toks[i - 2]) if i >= 2 and _adjacent(b, toks, i - 2, i - 1) else ""
                if base is None and not negated and prev in SUBJECTS and n.endswith("ed") \
                        and before in ("", "and", "but", "so", "then", "because", "when", "if", "yesterday", "today"):
                    base = lex.past_base(n)  # "he did walked" (not the relative "nothing he did helped")
                if negated:
                    base = lex.past_base(n) or lex.third_person_base(n)
            elif w in ("does", "do", "doesn't", "don't") and negated:
                base = lex.third_person_base(n) or lex.past_base(n)
            elif w == "to" and n in TO_PASTS and prev not in ("up", "next", "close", "due"):
                base = PAST[n]
            elif w == "to" and prev in _INFINITIVE_TAKERS and not negated:
                # "surprised to learns", "decided to renamed", "seemed to noticed"
                base = (lex.third_person_base(n) or (lex.past_base(n) if not lex.is_base(n) else None)) \
                    if n not in ("is", "has", "was") else None  # ("expected to lay off": "lay" is a verb too)
            if base and base != n:
                ctx.report(b, toks[i][0], toks[j][1], f"After '{toks[i][2]}', use the base form '{base}'",
                           [b.text[toks[i][0]:toks[j][0]] + base])
            elif w in ("did", "didn't") and n in SUBJECTS and j + 1 < len(toks) \
                    and _adjacent(b, toks, j, j + 1) and toks[j + 1][2].islower():
                v = _lower(toks[j + 1])  # a question: "did you forgot it?"
                vb = PAST.get(v) if v not in ("was", "were") else None
                vb = vb or (lex.past_base(v) if v.endswith("ed") else None)
                if vb and vb != v:
                    ctx.report(b, toks[j + 1][0], toks[j + 1][1], f"After '{toks[i][2]} {toks[j][2]}', use the base "
                                                                  f"form '{vb}'", [vb])
    return ()


@rule(code="G317", name="perfect-participle", category="grammar", severity="error",
      bad=["She has went home.", "They have ate already.", "I had wrote a letter.", "We've took the bus.",
           "I must have always wrote that.", "Where have you were?", "I've modify this.", "I must have write to you."],
      good=["She has gone home.", "They have eaten.", "He had run out.", "They have rose bushes.",
            "I have come home.", "I have complete control.", "I have to go.", "Where were you?", "They have already left."])
def perfect_participle(doc, ctx):
    """What it does: Finds a simple past form or a verb base where the perfect needs the past participle:
    "has went", "have ate", "had always wrote", "where have you were", "I've modify". A base counts only when
    the word is never a noun or adjective and no noun follows.
    Why it matters: The perfect tenses take the participle (gone, eaten, written); the past form is an error.
    How to fix: Use the participle: "has gone", "have eaten".
    """
    for b, toks in _sentences_tokens(doc):
        last = len(toks) - 1
        for i in [k for k, t in enumerate(toks) if k < last and t[3][-1:] in ("e", "s", "d", "g")]:
            w = _lower(toks[i])
            if not (w in ("have", "has", "had", "having") or w.endswith(("'ve", "'d")) and w not in ("i'd",)):
                continue
            j = i + 1
            question = w in ("have", "has") and (i == 0 or _lower(toks[i - 1]) in WH_WORDS) \
                and _lower(toks[j]) in ("you", "we", "they", "i", "he", "she", "it")
            if question:
                j += 1  # "have you went", "where have you were"
            while j < last and j - i <= 2 and (_lower(toks[j]) in ("not", "since", "recently", "finally")
                                                or _adverb(_lower(toks[j]))):
                j += 1
            if j >= len(toks) or not _adjacent(b, toks, i, j) or not toks[j][2].islower():
                continue
            n = _lower(toks[j])
            part = None
            if n in PAST_TO_PART and n not in ("was", "rose", "bore", "saw", "fell", "lay", "found", "ground", "wound",
                                               "left", "felt", "spoke", "bit", "were"):
                part = PAST_TO_PART[n]
            elif n == "were" and question:
                part = "been"
            elif w in ("have", "has", "had", "having") or w.endswith("'ve"):
                after = _lower(toks[j + 1]) if j < last else ""
                if classes(n) == "V" and n not in NOT_VERBS and not ("N" in classes(after) or "P" in classes(after)):
                    # (not before a noun: "have complete control" uses an adjective the table lacks)
                    part = _participle(n)  # a verb base that is no noun or adjective: "I've modify", "must have write"
            if part:
                ctx.report(b, toks[i][0], toks[j][1], f"'{b.text[toks[i][0]:toks[j][1]]}': use the participle "
                                                      f"'{part}'", [b.text[toks[i][0]:toks[j][0]] + part])
    return ()


# Irregular verbs whose base form cannot follow "be" as an adjective or noun ("is see", "be write").
_PASSIVE_BASES = {base: part for base, _, part in IRREGULAR_VERBS
                  if base in ("see", "know", "give", "take", "write", "eat", "speak", "choose", "forget", "steal",
                              "throw", "drive", "begin", "bite", "freeze", "hide", "shake", "tear", "weave")}
_BE_FORMS = frozenset("be been being is are was were am".split())
_BETWEEN = frozenset("not never also already often widely well still first long rarely seldom".split())


@rule(code="G327", name="passive-participle", category="grammar", severity="error",
      bad=["It can be see from the road.", "He is also know as the father of the field.",
           "The letter was write in 1920.", "Riverdance has been see by millions."],
      good=["It can be seen from the road.", "He is also known as the father of the field.",
            "The goal is to see the world.", "What we know is limited.", "Is know-how enough?",
            "All she does is eat.", "The last thing Tom wants to do is see Mary."])
def passive_participle(doc, ctx):
    """What it does: Finds the base form of an irregular verb where a form of "be" needs the past
    participle: "can be see" (seen), "is also know as" (known), "was write" (written).
    Why it matters: The passive takes the participle; the base form is a grammar error readers notice.
    How to fix: Use the participle: "be seen", "known as", "was written".
    """
    for b, toks in _sentences_tokens(doc):
        last = len(toks) - 1
        for i in [k for k, t in enumerate(toks) if t[3] in _BE_FORMS and k < last]:
            j = i + 1
            if _lower(toks[j]) in _BETWEEN and j < last:
                j += 1
            n = _lower(toks[j])
            part = _PASSIVE_BASES.get(n)
            if part is None or not toks[j][2].islower() or not _adjacent(b, toks, i, j):
                continue
            after = b.text[toks[j][1]:toks[j][1] + 1]
            if after in ("-", "'", "’"):
                continue  # "know-how", "see-through"
            if _lower(toks[i]) in ("is", "was") and any(_lower(t) in ("do", "does", "did", "done", "doing")
                                                         for t in toks[max(0, i - 6):i]):
                continue  # a pseudo-cleft: "all she does is eat", "what I want to do is see it"
            ctx.report(b, toks[i][0], toks[j][1], f"'{b.text[toks[i][0]:toks[j][1]]}': the passive needs the "
                                                  f"participle '{part}'", [b.text[toks[i][0]:toks[j][0]] + part])
    return ()


_PARTICIPLE_ONLY = frozenset(part for base, past, part in IRREGULAR_VERBS if part != past and part != base) - {"been", "born", "borne"}
_INVERSION = frozenset("have has had is are was were am do does did will would shall should can could may might must".split())
_PARTICIPLE_PAST = {part: past for base, past, part in IRREGULAR_VERBS if part in _PARTICIPLE_ONLY}


@rule(code="G328", name="participle-without-auxiliary", category="grammar", severity="error",
      bad=["He done it.", "I seen the movie yesterday.", "They gone home early.", "She taken the bus."],
      good=["He has done it.", "I have seen the movie.", "They are gone.", "It is done.", "The deed done, he left.",
            "Have you seen her?", "No sooner had I gone out than it rained.", "Haven't you seen it?",
            "Sandra Day O'Connor, she written off by few, retired."])
def participle_without_auxiliary(doc, ctx):
    """What it does: Finds a subject pronoun followed directly by a past participle that needs "have" or
    "be": "he done it", "I seen it", "they gone home".
    Why it matters: Without its auxiliary the participle is a dialect or speech form, an error in edited text.
    How to fix: Use the simple past ("he did it", "I saw it") or add the auxiliary ("he has done it").
    """
    for b, toks in _sentences_tokens(doc):
        last = len(toks) - 1
        for i in [k for k, t in enumerate(toks) if t[3] in ("i", "you", "he", "she", "we", "they") and k < last]:
            n = _lower(toks[i + 1])
            if n not in _PARTICIPLE_ONLY or not _adjacent(b, toks, i, i + 1) or not toks[i + 1][2].islower():
                continue
            prev = _lower(toks[i - 1]) if i > 0 else ""
            if i > 0 and (not _adjacent(b, toks, i - 1, i) or prev in ("and", "or", "nor")):
                continue  # after a comma: an absolute phrase or apposition ("..., she written off by few")
            if prev in _INVERSION or prev.endswith("n't"):
                continue  # a question or inversion: "have you seen", "had I gone"
            past = _PARTICIPLE_PAST[n]
            ctx.report(b, toks[i][0], toks[i + 1][1], f"'{toks[i][2]} {toks[i + 1][2]}': use '{past}' or add "
                                                      f"'have'", [f"{toks[i][2]} {past}", f"{toks[i][2]} has {n}"
                                                                   if toks[i][3] in ("he", "she") else
                                                                   f"{toks[i][2]} have {n}"])
    return ()


_QUESTION_AUX = {"does": "do", "has": "have", "is": "are", "was": "were", "doesn't": "don't", "hasn't": "haven't",
                 "isn't": "aren't", "wasn't": "weren't"}
_SUBJECT_DETERMINERS = frozenset("the these those many some several both all most few my our their your his her its".split())
_CLAUSE_OPENERS = frozenset("whether when if that because where while since although though once unless".split())
_SINGULAR_S = frozenset("news series species means lens bus gas yes this his its thus plus minus bonus campus census "
                        "status virus focus chaos atlas canvas bias alias iris crisis basis analysis emphasis".split())


def _plural_noun(w: str) -> bool:
    """A regular plural noun in subject position after a determiner ("dogs", "users", "cities")."""
    if not w.endswith("s") or w.endswith(("ss", "us", "is", "ous", "ics", "'s")) or w in _SINGULAR_S or len(w) < 4:
        return False
    from .determiners import NOT_PLURAL

    if w in NOT_PLURAL:
        return False
    lex = lexicon()
    for sing in ((w[:-3] + "y") if w.endswith("ies") else "", w[:-2] if w.endswith(("ches", "shes", "xes", "ses")) else "",
                 w[:-1]):
        if sing and (lex.freq.get(sing, 0) or 0) >= 1000 and (lex.freq.get(w, 0) or 0) >= 100:
            return True
    return False


_PP_WORDS = frozenset("of in from at on with for".split())


def _pp_word(w: str) -> bool:
    """A noun or adjective inside a prepositional phrase, not a word that could be the verb ("barks")."""
    c = classes(w)
    return bool(c) and any(f in "NPA" for f in c) and "Z" not in c and w not in FINITE_BE_HAVE and w not in MODALS


def _verb_after_subject(b, toks, j: int) -> int | None:
    """The index of the finite verb after the subject noun at ``j``: directly after it, after one short
    prepositional phrase ("the dogs of war barks", "users in Asia wants"), or after a parenthesis between
    commas ("the dogs, Bob and Ben, is"). None when the words between are not that simple."""
    last = len(toks) - 1
    k = j + 1
    if k > last:
        return None
    if _adjacent(b, toks, j, k) and _lower(toks[k]) in _PP_WORDS:
        k += 1  # a prepositional phrase of up to three words of determiners, adjectives and nouns
        n = 0
        while k <= last and n < 3 and _adjacent(b, toks, k - 1, k) and (
                _lower(toks[k]) in _SUBJECT_DETERMINERS or _lower(toks[k]) in ("the", "a", "an")
                or toks[k][2][:1].isupper() or _pp_word(_lower(toks[k]))):
            k, n = k + 1, n + 1
        if n == 0 or k > last:
            return None
    if k <= last and not _adjacent(b, toks, k - 1, k):
        gap = b.text[toks[k - 1][1]:toks[k][0]].strip()
        if gap != ",":
            return None
        # a parenthesis closed by the next comma within 12 words
        for m in range(k, min(last, k + 12) + 1):
            g = b.text[toks[m][1]:toks[m + 1][0]].strip() if m < last else ""
            if g == ",":
                k = m + 1
                break
            if g:
                return None
        else:
            return None
    if k > last or not toks[k][2].islower():
        return None
    if not _adjacent(b, toks, k - 1, k) and b.text[toks[k - 1][1]:toks[k][0]].strip() != ",":
        return None
    return k


@rule(code="G329", name="plural-subject-verb", category="grammar", severity="error",
      bad=["The users wants to learn English.", "The dogs is released.", "Does your parents live in England?",
           "Where is your dogs going to sleep tonight, and who will feed them?", "She asked whether the users wants to learn.",
           "Many readers was upset.", "The dogs of war barks loudly.", "Many users in Asia, for example, wants to learn.",
           "The dogs, which are trained to detect food, patrols the border.", "The dogs, Bob and Ben, is released.",
           "Do your father live in England?", "Where have the man been?"],
      good=["The dogs bark loudly.", "The sales figures show growth.", "The news is good.", "The dog barks.",
            "The parents' rights matter.", "Her glasses are new.", "The United States is large.",
            "The samples tests were late.", "Is your parents' house far?", "Is the news good?", "Where is the dog?",
            "The public demands answers.", "Links in the cohesion policy funds must be used.",
            "The prices of oil, which rose, fell.", "The results of the study show growth.",
            "Do the police know?", "Have the children eaten?", "Do your parents live here?", "Do the best you can."])
def plural_subject_verb(doc, ctx):
    """What it does: Finds a plural subject at the start of a sentence or clause ("The dogs", "many users")
    followed directly by a singular verb: "the dogs barks", "the dogs is", "many readers was".
    Why it matters: Subject-verb agreement errors are among the first things readers notice.
    How to fix: Make the verb plural: "the dogs bark", "the dogs are", "many readers were".
    """
    lex = lexicon()
    for b, toks in _sentences_tokens(doc):
        last = len(toks) - 1
        for i in [k for k, t in enumerate(toks) if t[3] in _SUBJECT_DETERMINERS and k + 2 <= last]:
            if i > 0 and _lower(toks[i - 1]) not in _CLAUSE_OPENERS:
                continue  # only a subject: at the sentence start or after "whether", "when", ...
            j = i + 1
            while j < last - 1 and _adjacent(b, toks, j, j + 1) and toks[j][2].islower() \
                    and "A" in classes(toks[j][3]) and not any(f in "ZDEGP" for f in classes(toks[j][3])):
                j += 1  # adjectives: "the black dogs"
            if not toks[j][2].islower() or not _plural_noun(_lower(toks[j])) or not _adjacent(b, toks, i, j):
                continue
            k = _verb_after_subject(b, toks, j)
            if k is None:
                continue
            v = _lower(toks[k])
            if "P" in classes(v) and (k > j + 1 and b.text[toks[k - 1][1]:toks[k][0]].strip() != ","
                                      and _lower(toks[k - 2]) not in _PP_WORDS
                                      or j > i + 1 and "N" in classes(_lower(toks[j - 1])) and "Z" in classes(_lower(toks[j]))):
                continue  # "links in the policy funds must", "the public demands answers": a noun, not a verb
            fix = {"is": "are", "was": "were", "has": "have", "doesn't": "don't", "does": "do"}.get(v)
            if fix is None:
                base = lex.third_person_base(v)
                after = _lower(toks[k + 1]) if k + 1 <= last else ""
                if not base or v in ("is", "has") or (after and (lex.is_base(after) or after in MODALS
                                                                 or after in FINITE_BE_HAVE or after == "\x00")):
                    continue  # "the sales figures show", "the samples tests were": the -s word was a noun
                fix = base
            span = b.text[toks[j][0]:toks[k][1]]
            ctx.report(b, toks[k][0] if k > j + 1 else toks[j][0], toks[k][1],
                       f"'{toks[j][2]} ... {toks[k][2]}': the plural subject needs '{fix}'" if k > j + 1 else
                       f"'{span}': the plural subject needs '{fix}'",
                       [fix] if k > j + 1 else [f"{toks[j][2]} {fix}"])
        # questions: "Does your parents live ...?", "Where is your dogs?"
        for i in [k for k, t in enumerate(toks) if t[3] in _QUESTION_AUX and k + 2 <= last]:
            if i > 0 and _lower(toks[i - 1]) not in WH_WORDS:
                continue
            j = i + 1
            if _lower(toks[j]) not in _SUBJECT_DETERMINERS - {"many", "some", "several", "both", "all", "most", "few"}:
                continue
            noun = _lower(toks[j + 1])
            if not toks[j + 1][2].islower() or not _plural_noun(noun) or not _adjacent(b, toks, i, j + 1):
                continue
            if j + 2 <= last and b.text[toks[j + 1][1]:toks[j + 1][1] + 1] in ("'", "’"):
                continue  # a possessive: "is your parents' house"
            fix = _QUESTION_AUX[_lower(toks[i])]
            fix = fix[0].upper() + fix[1:] if toks[i][2][:1].isupper() else fix
            ctx.report(b, toks[i][0], toks[j + 1][1], f"'{toks[i][2]}' does not agree with the plural '{toks[j + 1][2]}'",
                       [b.text[toks[i][0]:toks[j + 1][1]].replace(toks[i][2], fix, 1)])
        # questions with a singular subject: "Do your father live ...?", "Have the man talked to you?"
        for i in [k for k, t in enumerate(toks) if t[3] in ("do", "have", "don't", "haven't") and k + 3 <= last]:
            if i > 0 and _lower(toks[i - 1]) not in WH_WORDS:
                continue
            j = i + 1
            if _lower(toks[j]) not in ("the", "your", "my", "his", "her", "our", "their", "this", "that") \
                    or not _adjacent(b, toks, i, j + 2):
                continue
            noun, verb = _lower(toks[j + 1]), _lower(toks[j + 2])
            if not toks[j + 1][2].islower() or not toks[j + 2][2].islower() or "N" not in classes(noun) \
                    or "P" in classes(noun) or noun.endswith("s") or noun in _PLURAL_OK or noun in _NOMINAL_ADJECTIVES:
                continue
            w = _lower(toks[i])
            if w in ("do", "don't") and not (lex.is_base(verb) and "V" in classes(verb)):
                continue
            if w in ("have", "haven't") and not ("E" in classes(verb) or verb in ("been", "had", "done")):
                continue
            fix = {"do": "does", "don't": "doesn't", "have": "has", "haven't": "hasn't"}[w]
            fix = fix[0].upper() + fix[1:] if toks[i][2][:1].isupper() else fix
            ctx.report(b, toks[i][0], toks[i][1], f"'{toks[i][2]}' does not agree with the singular "
                                                  f"'{toks[j + 1][2]}'", [fix])
    return ()


# adjectives used as plural nouns after "the" ("the rich are"), and comparatives ("the more are")
_NOMINAL_ADJECTIVES = frozenset("rich poor wealthy young old elderly sick dead living homeless unemployed disabled blind "
                                "deaf injured wounded accused faithful brave innocent french british english dutch chinese "
                                "japanese swiss irish welsh more less fewer most least other former latter rest better worse "
                                "many few both men women children people feet teeth mice geese two three four five six seven eight "
                                "nine ten dozen hundred thousand million pair remainder number total half".split())
_QUANTITY_HEADS = frozenset("lot number majority minority bunch couple group host range variety series handful percent "
                            "per cent part rest half third quarter total fraction plenty pair set kind sort type "
                            "proportion share dozen score".split())
_SINGULAR_DETERMINERS = frozenset("the this that my your his her our their its a an every each".split())
# nouns that take a plural verb, or may in British English (collectives), or have no distinct plural
_PLURAL_OK = frozenset("people police staff team family government committee crew band audience public couple majority "
                       "board council jury class group company club party army press media data cattle sheep fish deer "
                       "aircraft offspring personnel clergy youth management faculty orchestra choir squad side "
                       "administration firm union opposition enemy navy".split())


@rule(code="G331", name="singular-subject-plural-verb", category="grammar", severity="error",
      bad=["My mother are a doctor.", "She asked whether this room are big enough.", "The dog were barking.",
           "Every student have a locker.", "My dog eat.", "The dog, whose owner likes you, eat.",
           "My mother, for example, are a doctor."],
      good=["My parents are doctors.", "The team are playing well.", "The police are here.", "The sheep are grazing.",
            "The rich are not always happy.", "It was as if the song were a character.", "The two were friends.",
            "The men were tired.",
            "The dog is barking.", "The house, the car and the boat are for sale.", "The more we see, the more are gone.",
            "I insist that the dog eat.", "The dog and the cat eat.", "A scene of violence can have an effect.",
            "The team play well.", "That is where a lot of young men were spending time."])
def singular_subject_plural_verb(doc, ctx):
    """What it does: Finds a singular subject at the start of a sentence or clause ("my mother", "this room",
    "every student") followed by "are", "were" or "have", or by a verb base that is only a verb ("my dog eat"),
    directly or after a short prepositional phrase or a parenthesis between commas. Collective nouns that British English
    may treat as plural ("the team are") and nouns without a distinct plural ("sheep") are left alone.
    Why it matters: Subject-verb agreement errors are among the first things readers notice.
    How to fix: Make the verb singular: "my mother is", "this room was", "every student has".
    """
    for b, toks in _sentences_tokens(doc):
        last = len(toks) - 1
        for i in [k for k, t in enumerate(toks) if t[3] in _SINGULAR_DETERMINERS and k + 2 <= last]:
            if i > 0 and _lower(toks[i - 1]) not in _CLAUSE_OPENERS:
                continue  # only a subject at the sentence start or after "whether", "when", ...
            j = i + 1
            if not toks[j][2].islower() or not _adjacent(b, toks, i, j):
                continue
            noun = _lower(toks[j])
            if noun.endswith("s") or noun in _PLURAL_OK or noun in _SUBJECT_DETERMINERS or noun in MODALS \
                    or noun in _NOMINAL_ADJECTIVES or noun.endswith(("ly", "est")) \
                    or (lexicon().freq.get(noun, 0) or 0) < 1000 or "P" in classes(noun):
                continue  # a plural, a collective, "the rich", "the more", an adverb, or an unknown word
            if noun in _QUANTITY_HEADS and j < last and _lower(toks[j + 1]) == "of":
                continue  # "a lot of young men were": the verb agrees with what follows "of"
            k = _verb_after_subject(b, toks, j)
            if k is None:
                continue
            v = _lower(toks[k])
            fix = {"are": "is", "were": "was", "have": "has"}.get(v)
            if fix is not None and v == "were" and i > 0 and _lower(toks[i - 1]) in ("if", "though"):
                continue  # the subjunctive: "as if the song were a character"
            if fix is None and (i == 0 or _lower(toks[i - 1]) not in ("that", "lest")) and classes(v) == "V" \
                    and "N" in classes(noun) and lexicon().is_base(v) \
                    and (k == last or not toks[k + 1][2][:1].isalpha() or not _adjacent(b, toks, k, k + 1)
                         or _lower(toks[k + 1]) in _OBJECT_STARTS):
                fix = v + ("es" if v.endswith(("s", "sh", "ch", "x", "o")) else "s") if not v.endswith("y") \
                    or v.endswith(("ay", "ey", "oy")) else v[:-1] + "ies"  # "the dog eat.", "my dog eat the bone"
            if fix is None:
                continue
            if k == j + 1:
                ctx.report(b, toks[j][0], toks[k][1], f"'{toks[j][2]} {toks[k][2]}': the singular subject "
                                                      f"needs '{fix}'", [f"{toks[j][2]} {fix}"])
            else:
                ctx.report(b, toks[k][0], toks[k][1], f"'{toks[j][2]} ... {toks[k][2]}': the singular subject "
                                                      f"needs '{fix}'", [fix])
    return ()
