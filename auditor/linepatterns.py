"""Lines that are page elements by their form alone: a date or a time, a name with a date, a CMS metadata row, a
ticker's timed headline, a headline with a site's tag, a link marked with an arrow, a gallery counter, a menu
row.

Shared by the plain-text loader (such a line above the headline is not the title) and the chrome analysis.
"""
from __future__ import annotations

import re

from .textutil import word_count

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_RE = re.compile(
    r"^[\W]*(?:(?:(?:first |last )?(?:published|updated|posted))?:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}})"
    r"(?:,?\s+\d{4})?(?:,?\s*(?:at\s+|@\s*|[-/|]\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:,?\s+[A-Z]{2,4})?)?\s*$",
    re.I)
_AGO_RE = re.compile(r"^(?:\d+\s*(?:s|m|h|d|w|sec|secs|second|min|mins|minute|hr|hrs|hour|day|week|month|year)s?"
                     r"(?:\s+\d+)?(?:\s+ago(?:\s+\d{1,2}[:.]\d{2})?)?|updated\s+\d+\s*\w+\s+ago"
                     r"|(?:about\s+)?(?:\d+|an?)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
                     r"(?:\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?(?:\s+(?:on|in|via)\s+(?-i:[A-Z])[\w .&'’-]{1,30})?)$",
                     re.I)  # ("2 days ago on Mac Blog": a story list's stamp and site)
# the time first: "12:03 GMT, Nov 20, 2019", "10:02 AM EST Nov 19, 2019"
_TIME_DATE_RE = re.compile(rf"^\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?,?\s+(?:on\s+)?"
                           rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})(?:,?\s+\d{{4}})?$", re.I)
_WEEKDAY_TIME_RE = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
                              r"(?:\s+[A-Z]{2,4})?$", re.I)
_COUNTER_RE = re.compile(r"^(?:image|photo|picture|slide|video|page|gallery|item)\s+\d+\s+(?:of|/)\s+\d+$", re.I)
_READ_TIME_RE = re.compile(r"^\d+ min(?:ute)?s? read$", re.I)
_SEPARATORS = re.compile(r"\s[|•·»/]\s")
# A headline stamped with the clock time of a news ticker: "14:12 Russia Ready to Sign Deal …" (a bare time on its
# own line is a live blog's entry header, which articles keep).
_TIMED_HEADLINE_RE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s+)?(?-i:[A-Z])[^.!?]{8,150}$", re.I)
# A headline under its full date in a list of stories: "Wednesday November 20, 2019 Democrats grapple with mixed
# impeachment reviews" (a dateline opens a sentence that ends with a full stop).
_DATED_HEADLINE_RE = re.compile(
    rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH})\s+\d{{4}}\s+"
    r"(?-i:[A-Z])[^.!?:—–]{8,150}$", re.I)
# An edition of a series named with its date, as archives and newsletters list them: "Opening Bell 9.30.19",
# "Morning Briefing 11/20/2019" (a version number is no date: its parts are checked).
_DATED_EDITION_RE = re.compile(r"^[A-Z][\w'’&]*(?: [A-Z][\w'’&]*){0,4} (\d{1,2})([./])(\d{1,2})\2(\d{2}|\d{4})$")
# A weekday left alone by a date widget: "Wed," or "Wednesday," (a bare "Wednesday" heads a day of a plan).
_WEEKDAY_RE = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?$"
                         r"|^(?:mon|tues|wednes|thurs|fri|satur|sun)day,$", re.I)


# A name of one to three capitalised words before a full date: "LinkNaija August 08, 2018", "Jane Doe Nov. 19, 2019".
_NAMED_DATE_RE = re.compile(r"^((?:[A-Z][\w.'’-]*\s+){1,3})(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                            r"\s+\d{1,2},?\s+\d{4}\b")


# A machine timestamp ("2019-11-18T22:05:36Z") in a short line, or a numeric date opening a row of names and
# categories ("13/06/2014 Tony Carter All, Books, Kit Reviews"): a CMS's metadata printed into the text.
_ISO_STAMP_RE = re.compile(r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_NUMERIC_DATE_ROW_RE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\s+[A-Z]")


# A headline with the all-capitals tag a site puts on its links: "China furious at Macron for protest jibe [INSIGHT]",
# "... deadly diseases [WARNING]".
_TAGGED_HEADLINE_RE = re.compile(r"^[^.!?\[\]]{12,200}\s\[[A-Z]{3,12}\]\W{0,2}$")


# A link marked with an arrow glyph: "» Stock List", "› More from Sport".
_ARROW_LINK_RE = re.compile(r"^[»›→➤▶►▸] ?[A-Z][a-z]")
# ... or after it: "Change your current location »", "More from Sport ›", "See all deals →" (a French quotation
# closes on "»" after its "«").
_ARROW_END_RE = re.compile(r"^[A-Z][^«‹.!?]{2,80}\s[»›→]$")


def body_line_reason(text: str) -> str | None:
    """:func:`line_reason` for a line below the document's title, plus the shapes that title may have itself: an
    edition of a series named with its date ("Opening Bell 9.30.19") is a link to another page in the body but may
    head its own document. :func:`line_reason` also decides a plain-text file's title, so it leaves them out."""
    reason = line_reason(text)
    if reason:
        return reason
    m = _DATED_EDITION_RE.match(text.strip())
    if m and 1 <= int(m[1]) <= 12 and 1 <= int(m[3]) <= 31:
        return "an edition of a series with its date: a link to another page"
    return None


def is_timestamp(text: str) -> bool:
    """A line that is only a date or a time: "Nov. 19, 2019, 8:15 pm", "Wednesday 20 November 2019 9:22 am",
    "2 days ago at 07:51 am", "2 days ago on Mac Blog", "5h", "8H ago 10:48", "12:03 GMT, Nov 20, 2019"."""
    t = text.strip()
    return bool(_DATE_RE.match(t) or _AGO_RE.match(t) or _WEEKDAY_TIME_RE.match(t) or _TIME_DATE_RE.match(t))


def line_reason(text: str) -> str | None:
    """Why one line is page chrome by its pattern alone (a date, a relative time, a name with a date, a metadata
    row, a timed headline, a counter, a menu row)."""
    t = text.strip()
    if not t or word_count(t) > 30:
        return None
    if is_timestamp(t) or _WEEKDAY_RE.match(t):
        return "date line"
    if (_TIMED_HEADLINE_RE.match(t) or _DATED_HEADLINE_RE.match(t)) and word_count(t) <= 20:
        return "headline stamped with a time or a date (a news ticker or a list of stories)"
    if _COUNTER_RE.match(t):
        return "gallery or page counter"
    if (_ARROW_LINK_RE.match(t) and t[-1:] not in ".!?" or _ARROW_END_RE.match(t)) and word_count(t) <= 12:
        return "a link marked with an arrow"
    if _TAGGED_HEADLINE_RE.match(t):
        return "a headline with a site's capitalised tag: a link to another story"
    m = _NAMED_DATE_RE.match(t)
    if m and is_timestamp(t[m.end(1):]):
        return "a name and a date: a byline or a site's dateline"
    if word_count(t) <= 15 and t[-1:] not in ".!?" and (_ISO_STAMP_RE.search(t) or _NUMERIC_DATE_ROW_RE.match(t)):
        return "a metadata row: a date stamp with a name or categories"
    parts = _SEPARATORS.split(t)
    if len(parts) >= 4 and max(word_count(p) for p in parts) <= 4:
        return "menu row (short items between separators)"
    if len(parts) >= 2 and all(is_timestamp(p) or _READ_TIME_RE.match(p.strip()) for p in parts) \
            and re.search(r"\d:\d\d| min(?:ute)?s? read", t):
        return "date line"  # "Nov 19, 2019 at 6:46 pm ET • 2 min read" (a range of dates is content)
    return None
