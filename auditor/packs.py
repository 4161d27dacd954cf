"""Declarative rule packs (TOML) -> rules of a few kinds: existence, substitution, occurrence.

A pack is data an editor can extend without Python::

    [[rule]]
    code = "B201"
    name = "boilerplate-leftover"
    category = "boilerplate"
    severity = "warning"
    kind = "existence"
    scope = ["paragraph", "heading"]
    match = "whole-block"          # anywhere | whole-block | block-start | block-end
    message = "Page chrome left in the article: '{match}'"
    tokens = ["back to top( button)?"]
    doc = "What it does: ... Why it matters: ... How to fix: ..."
    examples.bad = ["Back to top button"]
    examples.good = ["We climbed back to the top of the ridge."]

Unknown keys and invalid patterns are errors that name the file and the rule.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
import threading
import tomllib
from functools import lru_cache
from pathlib import Path

from .document import BLOCK_KINDS, CODE, HEADING, PARAGRAPH, PROSE_KINDS, is_sentence_block
from .errors import ConfigError
from .registry import CATEGORIES, SEVERITIES, Rule
from .textutil import word_count

KINDS = ("existence", "substitution", "occurrence")
MATCHES = ("anywhere", "whole-block", "block-start", "block-end")
_COMMON = {"code", "name", "category", "severity", "kind", "scope", "message", "doc", "examples",
           "ignorecase", "max-words", "min-words", "options", "example-format"}
_KIND_KEYS = {
    "existence": {"tokens", "patterns", "match", "family", "exceptions"},
    "substitution": {"swap"},
    "occurrence": {"tokens", "patterns", "max", "per"},
}
_FAMILY_KEYS = {"name", "severity", "tokens", "patterns", "message"}


USER_PATTERN_TIMEOUT = 1.0  # seconds per search in a user pack: a pathological pattern cannot hang a CI run
_SAFE = threading.local()


class TimedPattern:
    """A user pack's pattern, compiled with the ``regex`` module and searched with a timeout.

    Built-in packs use ``re`` (their patterns are tested against adversarial input); patterns from packs the
    user adds are untrusted: a catastrophic one raises TimeoutError, which the engine reports as that rule's
    error while the audit goes on.
    """

    def __init__(self, pattern: str, flags: int, timeout: float) -> None:
        import regex

        self._p = regex.compile(pattern, flags | regex.VERSION0)
        self.pattern = pattern
        self.timeout = timeout

    def search(self, string, pos=0):
        return self._p.search(string, pos, timeout=self.timeout)

    def match(self, string, pos=0, endpos=None):
        return self._p.match(string, pos, endpos if endpos is not None else len(string), timeout=self.timeout)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._p.fullmatch(string, pos, endpos if endpos is not None else len(string), timeout=self.timeout)

    def finditer(self, string, pos=0, endpos=None):
        return self._p.finditer(string, pos, endpos if endpos is not None else len(string), timeout=self.timeout)


class LazyPattern:
    """A built-in pack pattern, compiled on first use: most entries never run on a given batch (their
    literal pre-filter fails), and compiling hundreds of patterns up front was most of a one-file run."""

    __slots__ = ("pattern", "flags", "_p")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern, self.flags, self._p = pattern, flags, None

    def _get(self) -> re.Pattern:
        p = self._p
        if p is None:
            p = self._p = re.compile(self.pattern, self.flags)
        return p

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self._get().search(string, pos, endpos)

    def match(self, string, pos=0, endpos=sys.maxsize):
        return self._get().match(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        return self._get().finditer(string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        return self._get().fullmatch(string, pos, endpos)


def _rx(pattern: str, flags: int):
    if getattr(_SAFE, "on", False):
        return TimedPattern(pattern, flags, USER_PATTERN_TIMEOUT)
    return LazyPattern(pattern, flags)


def packs_dir() -> Path:
    """Built-in packs: inside the wheel (auditor/rules) or the source tree (rules/)."""
    here = Path(__file__).resolve().parent
    for cand in (here / "rules", here.parent / "rules"):
        if cand.is_dir():
            return cand
    raise ConfigError("built-in rule packs not found (expected auditor/rules or rules/ beside the package)")


def _compile(pats: list[str], ignorecase: bool, where: str, literal: bool) -> re.Pattern:
    alts = []
    for p in pats:
        if not isinstance(p, str) or not p:
            raise ConfigError(f"{where}: every token/pattern must be a non-empty string")
        alts.append(re.escape(p).replace(r"\ ", r"\s+") if literal else p)
        if not getattr(_SAFE, "builtin", False):  # checked now; auditor's own packs are checked by the tests
            try:
                re.compile(alts[-1])
            except re.error as e:
                raise ConfigError(f"{where}: invalid regular expression {p!r}: {e}") from None
    body = "|".join(f"(?:{a})" for a in alts)
    return _rx(rf"(?<![\w])(?:{body})(?![\w])", re.I if ignorecase else 0)


_LITERALS_CACHE: dict | None = None
_LITERALS_NEW = False


def _literals_cache_file() -> Path:
    """Where computed pre-filter strings are kept between runs: the key includes a hash of this file, so a
    change to the computation starts a new cache, and the Python version (its regex parser)."""
    import hashlib

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    code = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
    return Path(base) / "auditor" / f"literals-{code}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"


def required_literals(pattern: str, cap: int = 48, lower: bool = True) -> tuple[str, ...] | None:
    """:func:`compute_required_literals`, remembered on disk: parsing every pack regex was most of the
    start-up time (about 50 ms of a 400 ms cold start)."""
    global _LITERALS_CACHE, _LITERALS_NEW
    cache = _LITERALS_CACHE
    if cache is None:
        cache = {}
        try:
            with open(_literals_cache_file(), "rb") as fh:
                loaded = marshal.load(fh)
            if isinstance(loaded, dict):
                cache = loaded
        except (OSError, ValueError, EOFError, TypeError):
            pass
        _LITERALS_CACHE = cache
    key = (pattern, cap, lower)
    try:
        return cache[key]
    except KeyError:
        pass
    out = compute_required_literals(pattern, cap, lower)
    cache[key] = out
    _LITERALS_NEW = True
    return out


def save_literals_cache() -> None:
    """Write the remembered pre-filter strings when new ones were computed (atomically; best effort)."""
    global _LITERALS_NEW
    if not _LITERALS_NEW or _LITERALS_CACHE is None:
        return
    _LITERALS_NEW = False
    try:
        path = _literals_cache_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            marshal.dump(_LITERALS_CACHE, fh)
        os.replace(tmp, path)
        for old in path.parent.glob("literals-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)  # left by an earlier version of auditor
    except (OSError, ValueError):
        pass  # no writable cache folder: computed again next time


def compute_required_literals(pattern: str, cap: int = 48, lower: bool = True) -> tuple[str, ...] | None:
    """Lower-case strings of which at least one must occur for ``pattern`` to match, or None if unknown.

    A cheap substring test on the document and the block then skips entries that cannot match, which
    keeps packs of many entries fast.  The pattern's top level is read as a sequence of literal choices
    (a character, a class of characters, a group of literal alternatives); zero-width items (``\\b``,
    look-arounds) keep neighbours adjacent, anything else ends a run.  Each run spells a set of strings
    (the product of its choices, capped); the run whose shortest string is longest wins:
    ``(is|was) to (late|early)`` needs " to late" or " to early".
    """
    try:
        from re import _parser as sre_parse  # Python 3.11+
        from re import _constants as C
    except ImportError:  # pragma: no cover
        return None
    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return None
    zero_width = (C.AT, C.ASSERT, C.ASSERT_NOT)

    def seq_strings(items) -> set[str] | None:
        out = {""}
        for op, av in items:
            if op in zero_width:
                continue
            choice = item_strings(op, av)
            if choice is None:
                return None
            out = {a + b for a in out for b in choice}
            if len(out) > cap:
                return None
        return out

    def item_strings(op, av) -> set[str] | None:
        if op is C.LITERAL:
            return {chr(av)}
        if op is C.IN and av and all(o is C.LITERAL for o, _ in av):
            return {chr(v) for _, v in av}
        if op is C.SUBPATTERN:
            sub = list(av[-1])
            if len(sub) == 1 and sub[0][0] is C.BRANCH:
                union: set[str] = set()
                for alt in sub[0][1][1]:
                    got = seq_strings(list(alt))
                    if got is None:
                        return None
                    union |= got
                return union if len(union) <= cap else None
            return seq_strings(sub)
        if op is C.BRANCH:
            return item_strings(C.SUBPATTERN, (None, 0, 0, [(op, av)]))
        return None

    runs: list[set[str]] = []
    cur: set[str] = {""}
    for op, av in tree:
        if op in zero_width:
            continue
        choice = item_strings(op, av)
        if choice is not None:
            nxt = {a + b for a in cur for b in choice}
            if len(nxt) <= cap:
                cur = nxt
                continue
        if cur != {""}:
            runs.append(cur)
        cur = choice if choice is not None else {""}
    if cur != {""}:
        runs.append(cur)
    # past six characters a string is rare enough in prose: then prefer the run with fewer strings to test
    best = max(runs, key=lambda r: (min(6, min(len(x.strip()) for x in r)), -len(r)), default=None)
    if not best or min(len(x.strip()) for x in best) < 2:
        return None
    return tuple(sorted({x.lower() for x in best} if lower else best))


def _pattern(entry: dict, ignorecase: bool, where: str) -> re.Pattern | None:
    toks = entry.get("tokens") or []
    pats = entry.get("patterns") or []
    if not toks and not pats:
        return None
    parts = []
    if toks:
        # tokens are regex-lite: plain phrases with optional (a|b)? groups, as in Vale
        parts.append(_compile(toks, ignorecase, where, literal=False).pattern)
    if pats:
        parts.append(_compile(pats, ignorecase, where, literal=False).pattern)
    return _rx("|".join(parts), re.I if ignorecase else 0)


def _scope(entry: dict, where: str) -> tuple[str, ...]:
    scope = entry.get("scope", list(PROSE_KINDS))
    if isinstance(scope, str):
        scope = [scope]
    for s in scope:
        if s not in BLOCK_KINDS or s == CODE:
            raise ConfigError(f"{where}: unknown scope {s!r} (known: {', '.join(k for k in BLOCK_KINDS if k != CODE)})")
    return tuple(scope)


def _make_existence(entry: dict, where: str, ignorecase: bool):
    match_mode = entry.get("match", "anywhere")
    if match_mode not in MATCHES:
        raise ConfigError(f"{where}: match must be one of {', '.join(MATCHES)}")
    families = []
    fams = entry.get("family") or []
    if not isinstance(fams, list):
        raise ConfigError(f"{where}: 'family' must be an array of tables ([[rule.family]])")
    for i, fam in enumerate(fams):
        fw = f"{where} family {fam.get('name', i)}"
        for k in fam:
            if k not in _FAMILY_KEYS:
                raise ConfigError(f"{fw}: unknown key '{k}' (known: {', '.join(sorted(_FAMILY_KEYS))})")
        sev = fam.get("severity")
        if sev is not None and sev not in SEVERITIES:
            raise ConfigError(f"{fw}: severity must be one of {', '.join(SEVERITIES)}")
        pat = _pattern(fam, ignorecase, fw)
        if pat is None:
            raise ConfigError(f"{fw}: needs tokens or patterns")
        trig = _any_trigger(fam)
        LITERALS.add(trig)
        raw = list(fam.get("tokens") or []) + list(fam.get("patterns") or [])
        families.append((fam.get("name", str(i)), sev, pat, fam.get("message"), trig, _literal_rx(trig), raw))
    top = _pattern(entry, ignorecase, where)
    if top is not None:
        trig = _any_trigger(entry)
        LITERALS.add(trig)
        raw = list(entry.get("tokens") or []) + list(entry.get("patterns") or [])
        families.append(("", None, top, None, trig, _literal_rx(trig), raw))
    if not families:
        raise ConfigError(f"{where}: an existence rule needs tokens, patterns or families")
    exceptions = _pattern({"patterns": entry.get("exceptions")}, True, where) if entry.get("exceptions") else None
    return match_mode, families, exceptions


def _literal_rx(lits: tuple[str, ...] | None) -> re.Pattern | None:
    """One search for any of ``lits`` (a block is short: one pass in C beats a substring test per string)."""
    if lits is None:
        return None
    return LazyPattern("|".join(re.escape(t) for t in sorted(lits, key=len, reverse=True)), 0)


class _LiteralIndex:
    """Every pre-filter string of the loaded pack rules, found in a document in one pass.

    Each entry of a pack needs one of a few strings (``required_literals``); testing them one by one costs a
    scan of the document per string, which with hundreds of entries was most of a pack's time. An
    Aho-Corasick automaton (pyahocorasick) finds all of them in one pass of a few microseconds; without
    the library, each string is tested with ``in`` (same result, slower).
    """

    def __init__(self) -> None:
        self.keys: set[str] = set()
        self._auto = None
        self._lock = threading.Lock()

    def add(self, lits) -> None:
        if lits:
            with self._lock:
                if not self.keys.issuperset(lits):
                    self.keys.update(lits)
                    self._auto = None

    def _automaton(self):
        auto = self._auto
        if auto is None:
            with self._lock:
                try:
                    import ahocorasick
                except ImportError:  # pragma: no cover - the library is a dependency; keep working without it
                    auto = frozenset(self.keys)
                else:
                    auto = ahocorasick.Automaton()
                    for k in self.keys:
                        auto.add_word(k, k)
                    if len(auto):
                        auto.make_automaton()
                self._auto = auto
        return auto

    def found(self, text: str) -> frozenset[str]:
        auto = self._automaton()
        if isinstance(auto, frozenset):
            return frozenset(k for k in auto if k in text)
        if not len(auto):
            return frozenset()
        return frozenset(v for _, v in auto.iter(text))


LITERALS = _LiteralIndex()


def _found(doc, lower: bool) -> frozenset[str]:
    """The pre-filter strings present in the document (lower-cased text, or the text as written)."""
    if lower:
        return doc.cached("packs.found", lambda: LITERALS.found(_doc_lower(doc)))
    return doc.cached("packs.found_cs", lambda: LITERALS.found(_doc_text(doc)))


def _any_trigger(entry: dict) -> tuple[str, ...] | None:
    """Strings of which one must occur for any token or pattern of ``entry`` to match (None: always scan)."""
    out: list[str] = []
    for p in list(entry.get("tokens") or []) + list(entry.get("patterns") or []):
        t = required_literals(p)
        if t is None:
            return None
        out.extend(t)
    return tuple(dict.fromkeys(out)) or None


def _segments(text: str, breaks, mode: str):
    """The whole block, or (for block-anchored modes) each source line of a multi-line block."""
    if mode == "anywhere" or not breaks:
        return [(0, text)]
    return line_segments(text, breaks)


def line_segments(text: str, breaks) -> list[tuple[int, str]]:
    """(offset, text) of each source line of a block whose lines were joined (``breaks``: line starts)."""
    cuts = [0, *breaks, len(text)]
    out = []
    for k in range(len(cuts) - 1):
        seg = text[cuts[k]:cuts[k + 1]]
        lead = len(seg) - len(seg.lstrip())  # the space that joined the lines belongs to neither
        out.append((cuts[k] + lead, seg[lead:].rstrip()))
    return out


_EDGE_STRIP = " \t\u00a0:|-–—•·»›>«‹</.!,()[]\"'“”‘’*#"


def _whole_block_spans(seg: str) -> list[tuple[int, int]]:
    """(start, end) pairs a whole-block match may span: from within the leading edge punctuation to within
    the trailing one (up to 3 characters of each, longest first); none for punctuation only."""
    lead = len(seg) - len(seg.lstrip(_EDGE_STRIP))
    if lead == len(seg):
        return []
    tail = len(seg.rstrip(_EDGE_STRIP))
    return [(k, e) for k in range(max(0, lead - 3), lead + 1) for e in range(min(len(seg), tail + 3), tail - 1, -1)]


def _first_match(pat: re.Pattern, seg: str, mode: str) -> re.Match | None:
    """The first match of ``pat`` in ``seg`` that sits where ``mode`` wants it."""
    if mode in ("whole-block", "block-start"):
        # the match must start within the leading punctuation: try only those positions, no scan
        # (a pattern may itself start with a few of those characters, "« previous": up to 3 are tried)
        lead = len(seg) - len(seg.lstrip(_EDGE_STRIP))
        if lead == len(seg):
            return None  # punctuation only
        if mode == "whole-block":
            # fullmatch lets the engine try every alternative ("share on twitter" is not cut short at
            # "share on" by an earlier, shorter alternative)
            return next((m for k, e in _whole_block_spans(seg) if (m := pat.fullmatch(seg, k, e)) is not None), None)
        for k in range(max(0, lead - 3), lead + 1):
            m = pat.match(seg, k)
            if m is not None and _edge_ok(seg, m, mode):
                return m
        return None
    return next((m for m in pat.finditer(seg) if _edge_ok(seg, m, mode)), None)


def _edge_ok(text: str, m: re.Match, mode: str) -> bool:
    if mode == "anywhere":
        return True
    strip = _EDGE_STRIP
    before = text[: m.start()].strip(strip)
    after = text[m.end():].strip(strip)
    if mode == "whole-block":
        return not before and not after
    if mode == "block-start":
        return not before
    return not after  # block-end


def rule_from_entry(entry: dict, where: str, source: str) -> Rule:
    kind = entry.get("kind")
    if kind not in KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(KINDS)} (got {kind!r})")
    allowed = _COMMON | _KIND_KEYS[kind]
    for k in entry:
        if k not in allowed:
            raise ConfigError(f"{where}: unknown key '{k}' for a {kind} rule (known: {', '.join(sorted(allowed))})")
    for req in ("code", "name", "category", "severity", "message"):
        if not isinstance(entry.get(req), str) or not entry.get(req):
            raise ConfigError(f"{where}: missing or invalid '{req}'")
    if entry["category"] not in CATEGORIES:
        raise ConfigError(f"{where}: unknown category {entry['category']!r}")
    if entry["severity"] not in SEVERITIES:
        raise ConfigError(f"{where}: unknown severity {entry['severity']!r}")
    ignorecase = entry.get("ignorecase", True)
    scope = _scope(entry, where)
    message = entry["message"]
    max_words = entry.get("max-words")
    min_words = entry.get("min-words", 0)
    ex = entry.get("examples") or {}
    if set(ex) - {"bad", "good"}:
        raise ConfigError(f"{where}: examples may only have 'bad' and 'good'")

    # language checks read question headings too (see document.is_sentence_block)
    questions = entry["category"] in ("grammar", "spelling") and PARAGRAPH in scope and HEADING not in scope

    def fits(text: str) -> bool:
        n = word_count(text)
        return not ((max_words is not None and n > max_words) or n < min_words)

    def blocks(doc, by_line: bool = False):
        """Blocks in scope whose length fits; with ``by_line``, a block of joined lines fits when one of its
        lines does (a run of notices without blank lines between is read line by line)."""
        for b in doc.blocks:
            if b.kind in scope or (questions and is_sentence_block(b)):
                if (max_words is not None or min_words) and not fits(b.text):
                    breaks = b.attrs.get("breaks") if by_line else None
                    if not breaks or not any(fits(seg) for _, seg in line_segments(b.text, breaks)):
                        continue
                yield b

    def segments(b, mode):
        """The block's segments for ``mode`` that fit the length limits (all of them when the block does)."""
        segs = _segments(b.text, b.attrs.get("breaks"), mode)
        if len(segs) > 1 and (max_words is not None or min_words) and not fits(b.text):
            segs = [(o, seg) for o, seg in segs if fits(seg)]
        return segs

    if kind == "existence":
        mode, families, exceptions = _make_existence(entry, where, ignorecase)

        # Whole-block families of a built-in pack are matched through an index by first character (see
        # _FirstCharIndex), in family order as the loop below; per-family pre-filters would cost more.
        combined = None
        if mode == "whole-block" and ignorecase and all(isinstance(f[2], LazyPattern) for f in families) \
                and not any(re.search(r"\\[1-9]|\(\?P=", f[2].pattern) for f in families):
            combined = _FirstCharIndex(families, re.I)

        def func(doc, ctx):
            if combined is not None:
                wild = combined.live_wild(_found(doc, True))
                for b in blocks(doc, mode != "anywhere"):
                    if exceptions is not None and exceptions.search(b.text):
                        continue
                    for seg_start, seg in segments(b, mode):
                        found = combined.whole_block(seg, wild)
                        if found is not None:
                            idx, m = found
                            fam, sev, _, fmsg = families[idx][:4]
                            msg = (fmsg or message).format(match=m.group(0), family=fam)
                            ctx.report(b, seg_start + m.start(), seg_start + m.end(), msg, severity=sev or None)
                return ()
            found = _found(doc, True)
            doc_live = [f for f in families if f[4] is None or not found.isdisjoint(f[4])]
            if not doc_live:
                return ()
            for b in blocks(doc, mode != "anywhere"):
                text = b.text
                low = text.lower()
                live = [f for f in doc_live if f[5] is None or f[5].search(low)]
                if not live or (exceptions is not None and exceptions.search(text)):
                    continue
                for seg_start, seg in segments(b, mode):
                    for fam, sev, pat, fmsg, _, _, _ in live:
                        m = _first_match(pat, seg, mode)
                        if m is not None:
                            msg = (fmsg or message).format(match=m.group(0), family=fam)
                            ctx.report(b, seg_start + m.start(), seg_start + m.end(), msg, severity=sev or None)
                            break
            return ()

    elif kind == "substitution":
        swap = entry.get("swap")
        if not isinstance(swap, dict) or not swap:
            raise ConfigError(f"{where}: a substitution rule needs a non-empty 'swap' table")
        pairs = []
        for bad, good in swap.items():
            pat = _compile([bad], ignorecase, f"{where} swap {bad!r}", literal=False)
            pairs.append((pat, good))
        # pre-filter per entry: the strings it needs, found in the document by the one Aho-Corasick pass
        # (LITERALS), then searched in each block. A case-sensitive entry tests its strings as written against
        # the text as written, unless they are too many to list ("([Gg]lad|[Hh]appy) to here"): then its
        # lower-case strings are tested on the lower-cased text, which any match implies.
        lowered = []
        for bad in swap:
            lw = ignorecase or required_literals(bad, cap=2, lower=False) is None
            lowered.append(lw)
        triggers = [required_literals(bad, lower=lw) for bad, lw in zip(swap, lowered)]
        trigger_rxs = [_literal_rx(t) for t in triggers]
        for t in triggers:
            LITERALS.add(t)

        def func(doc, ctx):
            fl = _found(doc, True)
            fc = fl if ignorecase else _found(doc, False)
            live = [(pg, rx, lw) for pg, trig, rx, lw in zip(pairs, triggers, trigger_rxs, lowered)
                    if trig is None or not (fl if lw else fc).isdisjoint(trig)]
            if not live:
                return ()
            for b in blocks(doc):
                low = b.text.lower()
                for (pat, good), rx, lw in live:
                    if rx is not None and not rx.search(low if lw else b.text):
                        continue  # a word the entry cannot match without is not in the block
                    for m in pat.finditer(b.text):
                        sugg = _match_case(m.group(0), m.expand(good) if "\\" in good else good)
                        ctx.report(b, m.start(), m.end(), message.format(match=m.group(0), suggestion=sugg),
                                   suggestions=[sugg])
            return ()

    else:  # occurrence
        pat = _pattern(entry, ignorecase, where)
        if pat is None:
            raise ConfigError(f"{where}: an occurrence rule needs tokens or patterns")
        limit = entry.get("max")
        per = entry.get("per", "document")
        if not isinstance(limit, int) or limit < 0:
            raise ConfigError(f"{where}: 'max' must be a non-negative integer")
        if per not in ("document", "block"):
            raise ConfigError(f"{where}: 'per' must be document or block")

        def func(doc, ctx):
            hits = []
            for b in blocks(doc):
                bh = [(b, m) for m in pat.finditer(b.text)]
                if per == "block" and len(bh) > limit:
                    for bb, m in bh[limit:]:
                        ctx.report(bb, m.start(), m.end(), message.format(match=m.group(0), count=len(bh), max=limit))
                hits.extend(bh)
            if per == "document" and len(hits) > limit:
                for bb, m in hits[limit:]:
                    ctx.report(bb, m.start(), m.end(), message.format(match=m.group(0), count=len(hits), max=limit))
            return ()

    return Rule(code=entry["code"], name=entry["name"], category=entry["category"], severity=entry["severity"],
                func=func, doc=entry.get("doc", ""), bad=list(ex.get("bad", [])), good=list(ex.get("good", [])),
                example_format=entry.get("example-format", "text"), options=dict(entry.get("options", {})),
                source=source)


_MARKS = frozenset("@©()/:|#$%&+=<>[]{}~^*\\")


def _required_marks(pattern: str) -> frozenset[str]:
    """Punctuation characters that every match of ``pattern`` contains (its top-level literals such as "@" or
    "("): a test as cheap as ``in`` for the start-anywhere entries that have no required word."""
    try:
        from re import _constants as C
        from re import _parser as sre_parse

        tree = sre_parse.parse(pattern)
    except (ImportError, re.error):
        return frozenset()
    return frozenset(chr(av) for op, av in tree if op is C.LITERAL and chr(av) in _MARKS)


def _first_chars(pattern: str) -> frozenset[str] | None:
    """Lower-case characters a match of ``pattern`` can start with, or None when that is not known."""
    try:
        from re import _constants as C
        from re import _parser as sre_parse

        tree = sre_parse.parse(pattern)
    except (ImportError, re.error):
        return None
    zero_width = (C.AT, C.ASSERT, C.ASSERT_NOT)

    def seq(items):
        acc: set[str] = set()
        for op, av in items:
            if op in zero_width:
                continue
            got, nullable = item(op, av)
            if got is None:
                return None, False
            acc |= got
            if not nullable:
                return acc, False
        return acc, True

    def item(op, av):
        if op is C.LITERAL:
            return {chr(av).lower(), chr(av).upper()}, False
        if op is C.IN:
            out: set[str] = set()
            for o, v in av:
                if o is C.LITERAL:
                    out |= {chr(v).lower(), chr(v).upper()}
                elif o is C.RANGE and v[1] - v[0] < 128:
                    out |= {chr(x) for x in range(v[0], v[1] + 1)} | {chr(x).lower() for x in range(v[0], v[1] + 1)}
                else:
                    return None, False
            return out, False
        if op is C.SUBPATTERN:
            return seq(av[-1])
        if op is C.BRANCH:
            acc, nullable = set(), False
            for alt in av[1]:
                got, n = seq(alt)
                if got is None:
                    return None, False
                acc |= got
                nullable = nullable or n
            return acc, nullable
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            got, n = seq(av[2])
            return got, (av[0] == 0 or n)
        return None, False

    got, nullable = seq(tree)
    return None if got is None or nullable else frozenset(got)


class _FirstCharIndex:
    """A whole-block rule's families as one alternation per first character of the block (case-insensitive).

    A whole block must match from its first character, so only the entries that can start with that
    character are tried; they keep their family order, and the group name says which family matched.
    """

    def __init__(self, families, flags: int) -> None:
        self.flags = flags
        alts = [(i, alt, _first_chars(alt)) for i, f in enumerate(families) for alt in f[6]]
        self.alts = [a for a in alts if a[2] is not None]
        # entries that can start anywhere ("[\w ,.]{0,80}all rights reserved...") are tried one by one, and only
        # on a line that holds the words they need: inside every per-character alternation they cost the most
        self.wild = [(i, LazyPattern(alt, flags), required_literals(alt), _required_marks(alt))
                     for i, alt, first in alts if first is None]
        for _, _, lits, _ in self.wild:
            LITERALS.add(lits)
        self.by_char: dict[str, re.Pattern] = {}

    def live_wild(self, found: frozenset[str]) -> list:
        """The start-anywhere entries whose required strings occur somewhere in the document."""
        return [w for w in self.wild if w[2] is None or not found.isdisjoint(w[2])]

    def _for(self, c: str) -> re.Pattern:
        rx = self.by_char.get(c)
        if rx is None:
            groups: dict[int, list[str]] = {}
            for i, alt, first in self.alts:
                if c in first:
                    groups.setdefault(i, []).append(alt)
            body = "|".join(f"(?P<_f{i}>{'|'.join(f'(?:{a})' for a in alts)})" for i, alts in sorted(groups.items()))
            rx = self.by_char[c] = re.compile(body or "(?!)", self.flags)
        return rx

    def whole_block(self, seg: str, wild: list | None = None) -> tuple[int, re.Match] | None:
        """(family index, match) as :func:`_first_match` in whole-block mode, edge punctuation outside.
        ``wild``: the start-anywhere entries still possible in this document (default: all)."""
        spans = _whole_block_spans(seg)
        best = None
        for k, e in spans:
            m = self._for(seg[k].lower()).fullmatch(seg, k, e)
            if m is not None:
                best = (int(m.lastgroup[2:]), m)
                break
        here = None  # the pre-filter strings in this block, found in one automaton pass when first needed
        for i, rx, lits, marks in (self.wild if wild is None else wild):
            if best is not None and i >= best[0]:
                break  # an earlier family already matched
            if lits is not None:
                if here is None:
                    here = LITERALS.found(seg.lower())
                if here.isdisjoint(lits):
                    continue
            elif marks and not all(m in seg for m in marks):
                continue
            for k, e in spans:
                m = rx.fullmatch(seg, k, e)
                if m is not None:
                    best = (i, m)
                    break
        return best



def _doc_lower(doc) -> str:
    """The document's block text, lower-cased once and shared by every pack rule (a cheap pre-filter)."""
    return doc.cached("packs.lower", lambda: "\n".join(b.text.lower() for b in doc.blocks))


def _doc_text(doc) -> str:
    return doc.cached("packs.text", lambda: "\n".join(b.text for b in doc.blocks))


def _match_case(orig: str, repl: str) -> str:
    if orig[:1].isupper() and repl[:1].islower():
        return repl[:1].upper() + repl[1:]
    return repl


@lru_cache(maxsize=64)
def _load_file_cached(path: str, mtime: float, untrusted: bool = False) -> tuple[Rule, ...]:
    _SAFE.on = untrusted
    _SAFE.builtin = not untrusted and Path(path).resolve().parent == packs_dir().resolve()
    try:
        return tuple(load_pack_file(Path(path)))
    finally:
        _SAFE.on = _SAFE.builtin = False


def load_pack_file(path: Path) -> list[Rule]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read rule pack: {e.strerror}") from None
    for k in data:
        if k not in ("pack", "rule"):
            raise ConfigError(f"{path}: unknown top-level key '{k}' (expected [pack] and [[rule]])")
    rules = []
    for i, entry in enumerate(data.get("rule", [])):
        where = f"{path}: rule {entry.get('code') or entry.get('name') or '#' + str(i + 1)}"
        rules.append(rule_from_entry(entry, where, str(path)))
    return rules


def load_packs(dirs: list[str | Path], builtin: int = 1) -> list[Rule]:
    """Rules of the pack folders or files; the first ``builtin`` are auditor's own, the rest the user's."""
    out: list[Rule] = []
    for i, d in enumerate(dirs):
        d = Path(d)
        files = sorted(d.glob("*.toml")) if d.is_dir() else [d]
        if not d.exists():
            raise ConfigError(f"{d}: rule pack folder or file not found")
        for f in files:
            out.extend(_load_file_cached(str(f), f.stat().st_mtime, i >= builtin))
    save_literals_cache()
    return out
