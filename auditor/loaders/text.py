"""Plain text -> Document.

The first non-blank line is the title, unless it is a date, a copyright notice or lower-case link text
(then the next line is), or shares none of the story's words while a headline below it does (another story's
headline or a site label a scraper left above the article's own). A file that opens with a hard-wrapped paragraph
whose first sentence runs on to the next line has no title. Lines above the title are paragraphs, which the chrome
analysis reports as page chrome.

Blank lines separate groups; inside a group each line is its own block unless the group is a hard-wrapped
paragraph (lines of similar width), which is joined; in a group of uneven widths, a line joins the one before when
that one runs on (ends on a comma or an open clause, or the line opens in lower case). A lone short line with a
heading's shape (see ``textutil.looks_like_heading``) is a heading, and so is a line underlined with ``===`` or
``---``; ``- `` / ``* `` / ``1. `` lines are list items. A line stacked among others (no blank line between, none
indented, no underline) carries its group's number as ``stack``: it is a page element or a list entry, not a
heading.
"""
from __future__ import annotations

import re

from ..document import (CODE, HEADING, LIST_ITEM, PARAGRAPH, TITLE, Document, TextBuilder,
                        make_block, number_blocks)
from ..linepatterns import line_reason
from ..textutil import DATELINE_LEAD_RE, ends_open, ends_terminal, looks_like_heading, word_count
from ..vocab import content_words

_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_LIST_RE = re.compile(r"^[ \t]*(?:[-*•–]|\d{1,3}[.)])[ \t]+(?=\S)")
_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_RULE_RE = re.compile(r"[ \t]*([=\-~^*#+_])\1{2,}[ \t]*")  # "=====": a rule, or a heading's underline


def source_lines(source: str) -> list[tuple[int, str]]:
    """(start offset, line text without its line break) for every line."""
    out = []
    for m in _LINE_RE.finditer(source):
        s = m.group(0)
        if not s:
            break
        out.append((m.start(), s.rstrip("\r\n")))
    return out


def add_collapsed(tb: TextBuilder, text: str, base: int) -> None:
    """Append ``text`` (at source offset ``base``) with whitespace runs collapsed."""
    pos = 0
    for m in _SPACE_RE.finditer(text):
        if m.start() > pos:
            tb.add(text[pos:m.start()], base + pos)
        tb.add_space(base + m.start(), m.end() - m.start())
        pos = m.end()
    if pos < len(text):
        tb.add(text[pos:], base + pos)


def _is_wrapped(group: list[tuple[int, str]]) -> bool:
    if len(group) < 2:
        return False
    widths = [len(t.rstrip()) for _, t in group]
    w = max(widths)
    if w < 40 or w > 100:
        return False
    return all(x >= 0.7 * w for x in widths[:-1]) and not any(_LIST_RE.match(t) for _, t in group[1:]) \
        and not any(_RULE_RE.fullmatch(t) for _, t in group)  # a long heading over its underline is no prose


def _indent(line: str) -> str:
    return line[:len(line) - len(line.lstrip())]


_GAP_RE = re.compile(r"\S(?:\t|  )\s*(?=\S)")


def _hang(line: str) -> int | None:
    """The column a hanging indent aligns with under ``line``: the text after a list marker ("- Before the
    ...", then "  just read") or after a term and its gap ("CTRL-W\t\tDelete the word", then "\t\t\tbefore the
    cursor"), tabs expanded to eight columns."""
    v = line.expandtabs(8)
    m = _LIST_RE.match(v) or (None if v[:1].isspace() else _GAP_RE.search(v))
    return m.end() if m else None


def _ragged(group: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The lines of a group, with a sentence that runs on into the next line kept together: hard-wrapped prose of
    uneven width, where a line ends on a comma or an open clause, or the next line opens in lower case; and a list
    item or a described term with the lines hanging under it."""
    units: list[list[tuple[int, str]]] = []
    hang: int | None = None
    for start, text in group:
        t = text.strip()
        col = len(_indent(text).expandtabs(8))
        if units and hang and col == hang and not _LIST_RE.match(text):
            units[-1].append((start, text))
            continue
        hang = _hang(text)
        # unindented lines, or lines indented alike (a help file's indented description wrapped over lines)
        if units and not _LIST_RE.match(text) and _indent(text) == _indent(units[-1][-1][1]):
            prev = units[-1][-1][1].rstrip()
            if (t[:1].islower() or ends_open(prev)) and not ends_terminal(prev) and word_count(prev) >= 4:
                units[-1].append((start, text))
                continue
        units.append([(start, text)])
    return units


# Lines that are not a title even when they come first: dates and times, copyright notices, and short
# all-lower-case link text ("follow on twitter") that a scraper put above the headline.
_NOT_TITLE_RE = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?,?\s+\d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})\b[\w\s:.,|-]{0,30}$"
    r"|(?:©|\(c\)|copyright\b)",
    re.I)
_LOWER_LINE_RE = re.compile(r"[a-z][a-z ]{0,40}")
_COUNTER_OR_TIME_RE = re.compile(r"(?:(?:image|photo|picture|slide)\s+\d+\s+(?:of|/)\s*/?\s*\d+|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?"
                                 r"|\d+\s*[smhd](?:\s+\d+)?)", re.I)


def _line_after(groups, gi: int, k: int) -> str | None:
    """The next non-blank line after line ``k`` of group ``gi``."""
    if k + 1 < len(groups[gi]):
        return groups[gi][k + 1][1]
    return groups[gi + 1][0][1] if gi + 1 < len(groups) else None


def _not_title(line: str, following: str | None = None) -> bool:
    """Whether a first line is something a scraper put above the headline rather than the headline: a date,
    time, copyright, gallery counter or menu row, lower-case link text, or a single word ("Login", "Advertise")
    or a headline cut short with an ellipsis, followed by a line with a headline's shape and six words or more."""
    if _NOT_TITLE_RE.match(line) or _LOWER_LINE_RE.fullmatch(line) or _COUNTER_OR_TIME_RE.fullmatch(line) \
            or line_reason(line):
        return True
    if following is not None and (len(line.split()) == 1 or line.endswith(("...", "…"))):
        # (a headline cut short with an ellipsis is a link to another story)
        nxt = following.strip()
        return len(nxt.split()) >= 6 and looks_like_heading(nxt, sentence_case_words=16)
    return False


def _first_title(groups) -> tuple[int, int] | None:
    """(group, line) of the first line that is not a date, copyright or lower-case link line a scraper put above
    the headline."""
    for gi, group in enumerate(groups):
        k = 0
        while gi < 3 and k < min(len(group), 3) and _not_title(group[k][1].strip(), _line_after(groups, gi, k)):
            k += 1
        if k == len(group) and len(groups) > gi + 1:
            continue  # all chrome: the title is in the next group
        return gi, min(k, len(group) - 1)
    return None


def _is_prose(group) -> bool:
    text = " ".join(t.strip() for _, t in group)
    n = word_count(text)
    return n >= 12 and ends_terminal(text) or n >= 20 and (n >= 30 or ". " in text)  # (or cut off)


def _dateline_lede(t: str) -> bool:
    """A news story's first paragraph, opening with its dateline ("Dekalb, Ill. — Mike Glass threw ..."; not "VIM
    USER MANUAL - by Bram Moolenaar")."""
    m = DATELINE_LEAD_RE.match(t)
    return bool(m) and t[m.end():][:1].isupper()


def _story_title(groups, at: tuple[int, int] | None) -> tuple[int, int] | None:
    """The article's own headline when a scraper left another story's headline or a site's label above it: the
    first line shares (almost) none of the article's words, while a headline-shaped line further down, before the
    story's first paragraph, shares most of them. Measured on the opening paragraphs, not the whole text, so a
    headline of a related story on the same topic does not pass for the story's own."""
    if at is None:
        return None
    gi, k = at
    prose = next((j for j in range(gi + 1, min(len(groups), gi + 6)) if _is_prose(groups[j])), None)
    if prose is None or prose == gi + 1:
        return at  # no line between the title and the story: nothing to choose from
    body = {w for group in groups[prose:prose + 6] for _, t in group for w in content_words(t)}

    def overlap(text: str) -> tuple[float, int]:
        cw = set(content_words(text))
        return (sum(1 for w in cw if w in body) / len(cw), len(cw)) if cw else (0.0, 0)

    if overlap(groups[gi][k][1])[0] >= 0.2:
        return at
    for j in range(gi + 1, prose):
        t = groups[j][0][1].strip()
        if len(groups[j]) > 1 or _LIST_RE.match(groups[j][0][1]):
            continue  # a headline stands on its own line
        share, n = overlap(t)
        if share >= 0.4 and n >= 3 and not t.endswith(".") and not t.isupper() and word_count(t) <= 25 \
                and (t[:1].isalnum() or t[:1] in "\"'“‘") and not _dateline_lede(t):
            # ("[See the end of this file for tips]" is a note; "Dekalb, Ill. — Mike Glass threw ..." the lede)
            return j, 0
    return at


def load_text(source: str, path: str) -> Document:
    lines = source_lines(source)
    groups: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    for start, text in lines:
        if text.strip():
            cur.append((start, text))
        elif cur:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)

    blocks = []
    title = ""
    title_at = _story_title(groups, _first_title(groups))  # (group, line) of the title
    if title_at is not None and title_at[1] == 0 and _is_wrapped(groups[title_at[0]]) \
            and groups[title_at[0]][1][1].lstrip()[:1].islower():
        title_at = (-1, 0)  # the first line of a hard-wrapped paragraph, its sentence running on: the file has no title
    for gi, group in enumerate(groups):
        units: list[list[tuple[int, str]]]
        if title_at is None or gi < title_at[0]:
            units = [[g] for g in group]  # lines above the title: dates, notices, a scraper's page chrome
        elif gi == title_at[0]:
            k = title_at[1]
            rest = group[k + 1:]  # the rest of the title's group is body
            units = [[g] for g in group[:k + 1]] + ([rest] if _is_wrapped(rest) else [[g] for g in rest])
        elif _is_wrapped(group):
            units = [group]
        else:
            units = _ragged(group)
        # "Startup" over "-------": a heading underlined in the setext / reStructuredText way; the underline is
        # no block, and a group with one is a structured header, not stacked page elements
        underlined = {units[u][0][0] for u in range(len(units) - 1)
                      if len(units[u]) == 1 == len(units[u + 1]) and _RULE_RE.fullmatch(units[u + 1][0][1])
                      and not _RULE_RE.fullmatch(units[u][0][1])}
        under = {units[u + 1][0][0] for u in range(len(units) - 1) if units[u][0][0] in underlined}
        for ui, unit in enumerate(units):
            if unit[0][0] in under:
                continue
            tb = TextBuilder()
            first_text = unit[0][1]
            lm = _LIST_RE.match(first_text)
            indent = len(first_text) - len(first_text.lstrip())
            breaks: list[int] = []
            for li, (start, text) in enumerate(unit):
                if li:
                    tb.add_space(start - 1, 1)
                    breaks.append(tb.pos)  # where this source line starts in the block text
                skip = lm.end() if (li == 0 and lm) else len(text) - len(text.lstrip())
                add_collapsed(tb, text[skip:], start + skip)
            if (gi, ui) == title_at:
                kind = TITLE
            elif title_at is None or (gi, ui) < title_at:
                kind = PARAGRAPH  # a line above the title (a date, a notice): never a heading
            elif lm:
                kind = LIST_ITEM
            elif indent >= 4 and len(group) > 1 and all(t[:4].strip() == "" for _, t in group):
                kind = CODE
            elif len(unit) == 1 and (len(units) == 1 and looks_like_heading(first_text) or unit[0][0] in underlined):
                kind = HEADING
            else:
                kind = PARAGRAPH
            b = make_block(kind, tb, level=1 if kind == TITLE else (2 if kind == HEADING else 0))
            if b is None:
                continue
            if kind == HEADING and unit[0][0] in underlined:
                b.attrs["underlined"] = True  # marked by its author: a heading, whatever its words
            if breaks:
                b.attrs["breaks"] = breaks  # joined lines: line-anchored pack rules check each one
            elif kind == PARAGRAPH and len(units) > 1 and not underlined and not any(t[:1].isspace() for _, t in group):
                b.attrs["stack"] = gi  # a short line among others without blank lines (group ``gi``): not a heading
            if kind == TITLE:
                title = b.text
            blocks.append(b)
    doc = Document(path=path, format="text", source=source, blocks=number_blocks(blocks))
    doc.meta["title"] = title
    doc.meta["headings"] = [(b.level, b.text) for b in blocks if b.kind in (TITLE, HEADING)]
    return doc
