"""LanguageTool findings (grammar and spelling), mapped back to the original file's positions."""
from __future__ import annotations

import bisect

from ..registry import rule
from ..services import ServiceUnavailable
from ..services.languagetool import LanguageToolError, lt_text, utf16_to_index

SPELLING_TYPES = {"misspelling"}
GRAMMAR_ERRORS = {"grammar"}
GRAMMAR_CATEGORIES = {"GRAMMAR", "CONFUSED_WORDS", "COLLOCATIONS", "NONSTANDARD_PHRASES", "SEMANTICS"}
MINOR_TYPES = {"duplication", "inconsistency", "typographical", "whitespace", "uncategorized", "non-conformance"}
STYLE_TYPES = {"style", "locale-violation", "register"}


def classify(match: dict) -> tuple[str, str]:
    """(category, severity) for a LanguageTool match from its issue type and category."""
    r = match.get("rule") or {}
    issue = str(r.get("issueType") or "")
    cat = str((r.get("category") or {}).get("id") or "")
    if issue in SPELLING_TYPES:
        return "spelling", "warning"
    if issue in GRAMMAR_ERRORS or cat in GRAMMAR_CATEGORIES:
        return "grammar", "error"
    if issue in STYLE_TYPES or cat in ("STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "MISUSED_TERMS_EU_PUBLICATIONS"):
        return "grammar", "info"
    return "grammar", "warning"


def language_for(doc, ctx) -> str:
    svc = ctx.services.get("languagetool")
    if svc is not None and svc.settings.language:
        return svc.settings.language
    lang = str(doc.meta.get("lang") or "").strip()
    if lang:
        return lang
    return ctx.config.language if ctx.config is not None else "en-US"


def _configured(doc, ctx) -> bool:
    return ctx.services.get("languagetool") is not None


def lt_matches(doc, ctx) -> list[tuple]:
    """(block, start, end, category, severity, match) for every LanguageTool match; one request per document."""
    svc = ctx.services["languagetool"]

    def compute():
        try:
            raw = svc.submit(doc, language_for(doc, ctx)).result()
        except LanguageToolError as e:
            return e
        text, starts = lt_text(doc)
        conv = utf16_to_index(text)
        keys = [s for s, _ in starts]
        out = []
        for m in raw:
            try:
                off, length = int(m["offset"]), int(m["length"])
            except (KeyError, TypeError, ValueError):
                continue
            i, j = conv(off), conv(off + length)
            k = bisect.bisect_right(keys, i) - 1
            if k < 0:
                continue
            s0, block = starts[k]
            a, b = i - s0, min(j - s0, len(block.text))
            if a < 0 or a >= len(block.text):
                continue  # a match on the blank line between blocks
            out.append((block, a, max(b, a), *classify(m), m))
        return out

    res = doc.cached("languagetool_matches", compute)
    if isinstance(res, Exception):
        raise ServiceUnavailable(f"LanguageTool at {svc.url}: {res}")
    return res


def _overlaps(f, l1, c1, l2, c2) -> bool:
    return not ((f.end_line, f.end_column) <= (l1, c1) or (l2, c2) <= (f.line, f.column))


def _report(doc, ctx, category: str):
    prior = [f for f in ctx.prior if f.category in ("grammar", "spelling")]
    for block, a, b, cat, sev, m in lt_matches(doc, ctx):
        if cat != category:
            continue
        s0, s1 = block.src_span(a, b)
        (l1, c1), (l2, c2) = doc.index.line_col(s0), doc.index.line_col(s1)
        if any(_overlaps(f, l1, c1, l2, c2) for f in prior):
            continue  # the built-in checker already reported it
        r = m.get("rule") or {}
        reps = [str(x.get("value")) for x in (m.get("replacements") or []) if isinstance(x, dict) and x.get("value")]
        ctx.report(block, a, b, str(m.get("message") or r.get("description") or "LanguageTool match"),
                   suggestions=reps[:5], severity=sev, rule_id=f"{category}/LT:{r.get('id', 'UNKNOWN')}")
    return ()


@rule(code="G390", name="languagetool", category="grammar", severity="error", applies=_configured,
      service="languagetool", bad=["He go to school every day."], good=["He goes to school every day."])
def languagetool(doc, ctx):
    """What it does: Sends the article text to LanguageTool (a server URL from `--languagetool-url`,
    `languagetool.url` or AUDITOR_LANGUAGETOOL_URL, or a local install) once per document and reports its
    grammar, punctuation and style matches at their exact place, with LanguageTool's rule id
    (`grammar/LT:EN_A_VS_AN`), message and replacements. Not applicable when LanguageTool is not configured.
    Why it matters: LanguageTool's thousands of rules and its part-of-speech tagger find what pattern rules
    cannot.
    How to fix: Apply the suggestion, or disable the LanguageTool rule in `languagetool.disabled-rules`.
    """
    return _report(doc, ctx, "grammar")


@rule(code="P490", name="languagetool-spelling", category="spelling", severity="warning", applies=_configured,
      service="languagetool", bad=["The comittee met on Tuesday."], good=["The committee met on Tuesday."])
def languagetool_spelling(doc, ctx):
    """What it does: Reports LanguageTool's spelling matches (issue type "misspelling") from the same
    request as `languagetool`, skipping words the built-in spelling check already reported.
    Why it matters: LanguageTool's dictionaries know more words and variants than the offline list.
    How to fix: Correct the word, or add it to `spelling.words` if it is a name or term of art.
    """
    return _report(doc, ctx, "spelling")
