"""Boilerplate that needs code: author bios, template residue, repeated blocks (in a document and a batch)."""
from __future__ import annotations

import hashlib
import re

from ..document import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE_CELL, TITLE
from ..engine import Finding
from ..registry import rule
from ..textutil import ends_terminal, reads_as_a_sentence, word_count, word_list

_NAME = r"(?:[A-Z][a-z'’.-]+|[A-Z]\.)(?: (?:[A-Z][a-z'’.-]+|[A-Z]\.|de|van|von|da|del|la|le)){0,3}"
_BIO_RE = re.compile(
    rf"^(?P<name>{_NAME}|(?:He|She|They|I))(?: \([^()]{{1,60}}\))?\s+"
    r"(?:(?:has|have) (?:been|worked as|written for|covered|spent)\b[^.]{0,80}?\b(?:for|since|over) (?:\d+|[a-z]+) (?:years?|decades?)"
    # "... has been reporting on solar energy since 2009", "... joined Example Weekly in March 2017. He has been ..."
    r"|(?:has|have) been (?:reporting|writing|covering|blogging)\b[^.]{0,80}?\bsince (?:19|20)\d\d"
    r"|joined [^.]{2,60}? in (?:[A-Z][a-z]+ )?(?:19|20)\d\d\. (?:He|She|They) (?:has|have) been\b"
    r"|am an? (?:[\w-]+ ){0,3}(?:writer|journalist|editor|blogger|author|reporter|columnist)\b"
    r"|(?:is|was) (?:an? |the )?(?:[\w-]+ ){0,4}(?i:writer|editor|reporter|journalist|contributor|correspondent|columnist|"
    r"blogger|ghostwriter|author|freelancer|copywriter|content (?:writer|creator|strategist)|staff writer|intern|"
    r"producer|analyst|expert)\b(?: (?:at|for|with|of|in|based in|who|covering|specializing|specialising)\b| and\b|[.,])"
    r"|is an? (?:[A-Z][\w-]+ ){1,3}native (?:now )?(?:living|based|who lives) in\b"
    r"|(?:covers|writes about|writes for|reports on)\b)"
)
_EXPERT_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:An? )?(?:Expert|Specialist|Specializ(?:es|ing)|Passionate) (?:in|about|on) [^.]{3,120}\.")
_CONTACT_RE = re.compile(r"^(?:You can )?(?:Follow|Reach|Contact|Email) (?:him|her|them|me)\b.{0,40}(?:at|on|via)\b", re.I)


def _is_name_line(text: str) -> bool:
    ws = text.split()
    return 2 <= len(ws) <= 4 and all(re.fullmatch(r"[A-Z][a-z'’.-]+|[A-Z]\.?", w) for w in ws)


@rule(code="B202", name="author-bio", category="boilerplate", severity="warning",
      bad=["Title\n\nThe article ends here.\n\nMichael Clark\n\nMichael Clark has been a ghostwriter for 5 years. "
           "Expert in tech trends, SEO & business content.",
           "Jane Doe is a staff writer at the Daily Planet covering city hall.",
           "Jane Doe is the Senior Editor of Example Weekly. Since joining in 2014, she has reviewed cameras.",
           "Jane is a Vermont native now living in Boston with her husband and two cats.",
           "Jane Doe (jane@example.com) is the editor and publisher of Example Review.",
           "Follow her on Twitter at @janedoe.",
           "Dana joined Example Weekly in May 2016. She has been reporting on farming since 2010.",
           "Title\n\nThe article ends here.\n\nI am a writer, editor and lifelong gardener."],
      good=["The mayor has been a vocal critic of the plan for years.",
            "Smith is a writer whose novels explore grief, the critic said in a review."])
def author_bio(doc, ctx):
    """What it does: Flags third-person author bios and contact lines left in the body ("X has been a
    ghostwriter for 5 years", "X is a staff writer at ...", "X has been reporting on solar energy since 2009",
    "Expert in ...", "Follow her on Twitter"), a first-person one in the last part of the article ("I am a
    writer, journalist ..."), and a bare name line right before such a bio.
    Why it matters: A bio belongs in the page's author box; inside the article it interrupts the ending and
    gets indexed as article text.
    How to fix: Remove the bio from the body and keep it in the author profile.
    """
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.kind not in (PARAGRAPH, QUOTE, LIST_ITEM, HEADING):
            continue
        text = b.text
        m = _BIO_RE.match(text) or _CONTACT_RE.match(text)
        hit = None
        if m and word_count(text) <= 120:
            name = m.groupdict().get("name") if m.re is _BIO_RE else None
            # "He/She has been ..." is a bio only near the end of the article
            if name in ("He", "She", "They", "I") and i < len(blocks) * 0.6:
                continue
            hit = (0, len(text))
        elif _EXPERT_RE.match(text):
            hit = (0, len(text))
        if hit is None:
            continue
        if i > 0 and blocks[i - 1].kind in (HEADING, PARAGRAPH) and _is_name_line(blocks[i - 1].text):
            prev = blocks[i - 1]
            ctx.report(prev, 0, len(prev.text), "Author name line left before a bio in the article body")
        end = min(len(text), (re.search(r"[.!?](?:\s|$)", text) or re.search(r"$", text)).end())
        ctx.report(b, 0, end, "Author bio left in the article body")
    return ()


_RESIDUE = [
    # ({{ title }}, {{#if user}} / {{/if}}, {% block %}, {# note #}, {* signInForm *} / {* /signInForm *})
    (re.compile(r"\{\{\s*[#/^]?[\w.|: \"'-]{1,60}\s*\}\}|\{%\s*[^%]{1,80}%\}|\{#[^#]{0,80}#\}"
                r"|\{\*\s*/?[\w.|: \"'-]{1,60}\s*\*\}"),
     "unrendered template tag"),
    (re.compile(r"\$\{[\w.]{1,60}\}|%%[A-Z_]{2,40}%%|\[\[[A-Z_]{2,40}\]\]"), "unrendered placeholder"),
    (re.compile(r"\[/?(?:caption|embed|gallery|video|audio|playlist|contact-form[\w-]*|vc_\w+|et_pb_\w+|fusion_\w+|su_\w+|"
                r"wpforms|shortcode|tweet|youtube|instagram)\b[^\]]{0,200}\]"
                # any shortcode with attributes: [button link="..." type="big"] (straight or curly quotes)
                r"|\[[a-z][\w-]{1,30}(?:\s+[a-z][\w-]{0,30}=[\"'“”‘’][^\]\"'“”‘’]{0,200}[\"'“”‘’]){1,10}\s*/?\]", re.I),
     "unrendered shortcode"),
    (re.compile(r"\blorem ipsum\b", re.I), "placeholder text"),
    (re.compile(r"\b(?:INSERT|ADD) (?:LINK|IMAGE|PHOTO|QUOTE|NAME|DATE|URL|TEXT)(?: HERE)?\b|\bTK TK\b|\bTODO\b|\bFIXME\b|\bXXX+\b"), "editorial placeholder"),
    (re.compile(r"&(?:amp;)+(?:[a-z]{2,8}|#\d{1,6});|&(?:nbsp|amp|quot|lt|gt|rsquo|lsquo|rdquo|ldquo|mdash|ndash|hellip|#\d{2,6});", re.I), "HTML entity shown as text"),
    (re.compile(r"</?(?:p|div|span|br|strong|em|b|i|a|img|h[1-6]|li|ul|ol)(?:\s[^<>]{0,200})?/?>", re.I), "HTML tag shown as text"),
    (re.compile(r"â€[™œ\u009d“”˜¦¢\"]|Ã[©¨¢¤¶¼\xa0±§]|Â[\xa0©®°·»«]|ï»¿|\ufffd"), "mojibake (text decoded with the wrong encoding)"),
]


@rule(code="B203", name="template-residue", category="boilerplate", severity="error",
      bad=["Welcome to {{ site.title }}, the best place to read.", "{* traditionalSignIn_emailAddress *}",
           "{* /newPasswordForm *}", "{{#if member}}Welcome back{{/if}}", "[caption id=\"attachment_12\" align=\"alignleft\"]A photo[/caption]",
           "Lorem ipsum dolor sit amet.", "INSERT LINK HERE for the report.", "It&amp;nbsp;was a good day.",
           "The council said it<p>would vote.", "The mayorâ€™s plan was approved.",
           "[button link=”https://example.com/submit/” type=”big”] Send us your review[/button]"],
      good=["The mayor’s plan costs $5 & more.", "Use x < y and y > z in the formula.", "We love {curly} braces.",
            "See the [notes] and [Smith 2019, p. 4] for details."])
def template_residue(doc, ctx):
    """What it does: Finds unrendered template and CMS markup in the text: template tags ({{ title }}),
    WordPress shortcodes ([caption ...], [embed], any [name key="value"]), placeholder text (Lorem ipsum, INSERT LINK HERE, TODO),
    HTML tags or entities shown as text (&amp;nbsp;, <p>), and mojibake such as â€™.
    Why it matters: Residue shows readers that the page is broken and often hides missing content.
    How to fix: Render or remove the markup, replace placeholders with the real content, and fix the
    text encoding (mojibake comes from UTF-8 read as Windows-1252).
    """
    for b in doc.blocks:
        if b.kind not in (PARAGRAPH, HEADING, TITLE, LIST_ITEM, QUOTE, CAPTION, TABLE_CELL):
            continue
        for pat, what in _RESIDUE:
            for m in pat.finditer(b.text):
                ctx.report(b, m.start(), m.end(), f"Template residue ({what}): '{m.group(0)[:60]}'")
    return ()


_NORM_RE = re.compile(r"[\W_]+", re.UNICODE)


def _norm(text: str) -> str:
    return _NORM_RE.sub(" ", text.lower()).strip()


def _hash(text: str) -> str:
    return hashlib.blake2b(_norm(text).encode(), digest_size=8).hexdigest()


class _RepeatSite:
    """Cross-document part of repeated-block: hashes of normalised blocks, counted across the batch."""

    def collect(self, doc, options):
        out = {}
        for b in doc.blocks:
            if b.kind in (TITLE, HEADING) or b.kind == "code":
                continue
            if word_count(b.text) < options["min-words"]:
                continue
            h = int(_hash(b.text), 16)  # an int keeps a 10,000-document batch small in memory
            if h not in out:
                s, e = b.src_span(0, len(b.text))
                l1, c1 = doc.index.line_col(s)
                l2, c2 = doc.index.line_col(e)
                out[h] = (l1, c1, l2, c2, b.text[:48], s)
        return out

    def finalize(self, facts: dict, options, config):
        n = len(facts)
        min_docs = max(int(config.site.get("repeat-min-docs", 3)), 2)
        share = float(config.site.get("repeat-min-share", 0.3))
        if n < min_docs:
            return {}
        counts: dict[str, int] = {}
        for per_doc in facts.values():
            for h in per_doc:
                counts[h] = counts.get(h, 0) + 1
        threshold = max(min_docs, share * n)
        result: dict[str, list[Finding]] = {}
        for path, per_doc in facts.items():
            for h, (l1, c1, l2, c2, excerpt, off) in per_doc.items():
                k = counts[h]
                if k >= threshold:
                    result.setdefault(path, []).append(Finding(
                        "B204", "repeated-block", "boilerplate", "warning",
                        f"Block recurs in {k} of {n} documents of this batch (site template text?)",
                        l1, c1, l2, c2, excerpt, [], "", off))
        return result


@rule(code="B204", name="repeated-block", category="boilerplate", severity="warning",
      options={"min-words": 3},
      bad=["Title\n\nThis disclaimer is repeated here.\n\nA real paragraph in between.\n\nThis disclaimer is repeated here."],
      good=["Title\n\nA paragraph that appears once.\n\nAnother paragraph that is different."])
def repeated_block(doc, ctx):
    """What it does: Flags a block that appears twice in one document, and, when a batch is audited
    together, a block that recurs across many of its documents (at least `site.repeat-min-share` of them,
    and at least `site.repeat-min-docs`): the site's own template text such as a shared footer sentence or
    a standard disclaimer.
    Why it matters: Repeated blocks are copy-paste slips or template text that belongs outside the article;
    search engines treat them as duplicate content.
    How to fix: Remove the repeat, or move shared text into the page template.
    """
    seen: dict[str, int] = {}
    for b in doc.blocks:
        if b.kind in (TITLE, HEADING, "code", TABLE_CELL) or word_count(b.text) < ctx.options["min-words"] \
                or b.text.rstrip().endswith(":") and word_count(b.text) <= 6:
            continue  # (a short lead-in such as "Here's the thing:" is the writer's device, repeats and all; a
            # table repeats its cell values: "left to right", "Yes")
        h = _norm(b.text)
        if h in seen:
            ctx.report(b, 0, len(b.text), f"Block repeats an earlier block of this document (line {seen[h]})")
        else:
            seen[h] = doc.index.line_col(b.map.start(0))[0]
    return ()


SITE = {"B204": _RepeatSite()}  # attached to the rules in checks/__init__


@rule(code="B205", name="foreign-block", category="boilerplate", severity="warning",
      bad=["Title\n\nThe city council approved the housing budget on Tuesday after a long debate.\n\n"
           "Budget debate\n\nThe housing budget passed by seven votes to two in the council.\n\n"
           "Celebrity chef opens third restaurant downtown",
           "Title\n\nNovember 19, 2019\n\nThe council approved the budget on Tuesday after a long debate."],
      good=["Title\n\nThe city council approved the housing budget on Tuesday after a long debate.\n\n"
            "Housing budget vote\n\nThe housing budget passed by seven votes to two in the council."])
def foreign_block(doc, ctx):
    """What it does: Flags short blocks that are not sentences and share (almost) no vocabulary with the
    article: related-article headlines, menu items (a few single words in a row; hundreds are a word list, and a
    file with no prose is data), widget captions, date lines, bylines with a date, CMS
    metadata rows, links marked with an arrow ("» Stock List", "Change your current location »"), a related
    story's headline run together with its teaser (the summary opens anew and repeats the headline's words), headlines with a site's capitalised tag
    ("... [INSIGHT]") or cut short with an ellipsis ("Oil prices steady after 2-day drop amid growth
    concerns...") or under their date, editions of a series named with their date ("Opening Bell 9.30.19"),
    link-only blocks, short labels the article never mentions, and in HTML text left loose in a div element
    of an article that writes its prose in p elements. In Markdown and HTML, paragraphs shaped like links are
    flagged too: title-case lines and questions, short title-case labels, capitalised tags run together,
    "Title | Site" lines (in plain text too, below the first paragraph) and short topic tags (in plain text, a
    title-case question, or title of four words or more, about nothing the article mentions, a shorter title
    none of whose words shares its root with the article's ("Space Calendar"), a site
    section's name the article never uses, "Obituaries", and a brand in camel case, "SpaceNews"); so are
    plain-text lines stacked among others with no blank line between (not headings there), unless they read
    as commands or file names. A line in a headline's style (a kicker or a source after a colon, a quotation
    in single marks) or grammar (a name and a present-tense verb) must share more of the article's words
    than prose must, and one in a headline's grammar before the first or after the last paragraph of prose is a
    link whatever it shares (it is no prose paragraph itself); in plain text, a sentence-case line in that grammar
    sharing under half its words with the article is one too (its own subheadings share more). Lines above
    the article's title are the page's (in plain text the title is the headline that shares the story's words,
    not another story's headline above it); blocks before the first or after the last paragraph of prose need
    less evidence, and a line that reads as a cut article sentence is left to truncated-sentence.
    Lines joined into one paragraph that are each an element (a run of headlines or links), and the lines of a
    short Markdown run taken for chrome as a whole, are reported one by one, and so is a plain-text line stacked with no blank line between next to a known page element (in a
    stack of up to four lines; a longer one is a table). Blocks already flagged by boilerplate-leftover are not
    flagged again.
    Why it matters: Scrapers and migrations keep page chrome that no phrase list can enumerate (headlines of
    other stories change every day); it reads as a non sequitur inside the article.
    How to fix: Delete the block if it belongs to the page rather than the article.
    """
    from .chrome import CODE_LIKE_RE, analyse, is_stack, line_chrome_reason

    flagged = ctx.lines_flagged("boilerplate")
    found = analyse(doc)
    for i, reason in sorted(found.items()):
        b = doc.blocks[i]
        if b.attrs.get("breaks"):
            segs, lines = _source_lines(doc, b)
            if is_stack(segs, [ln in flagged for ln in lines]) \
                    or doc.format == "markdown" and len(segs) <= 3 \
                    and all(word_count(seg) <= 8 and not CODE_LIKE_RE.search(seg) for _, seg in segs):
                for (start, seg), ln in zip(segs, lines):  # one finding per line of a widget: each is one element
                    if ln not in flagged:
                        ctx.report(b, start, start + len(seg), f"Line looks like page chrome ({reason})")
                continue
        line = doc.index.line_col(b.map.start(0))[0]
        if line in flagged:
            continue
        ctx.report(b, 0, len(b.text), f"Block looks like page chrome ({reason})")
    # lines joined into one block (a tight run in Markdown or plain text): the pattern checks, line by line
    for b in doc.blocks:
        if b.index in found or not b.attrs.get("breaks") or b.kind == "code":
            continue
        segs, lines = _source_lines(doc, b)
        reasons = [line_chrome_reason(seg) for _, seg in segs]
        known = [bool(r) or ln in flagged for r, ln in zip(reasons, lines)]
        stack = any(known) and is_stack(segs, known)
        for (start, seg), reason, ln in zip(segs, reasons, lines):
            if ln in flagged:
                continue
            if not reason and stack:
                reason = "next to page elements in a run of short lines"
            if reason:
                ctx.report(b, start, start + len(seg), f"Line looks like page chrome ({reason})")
    # plain-text lines stacked with no blank line between, each a block: the same, stack by stack
    stacks: dict[int, list] = {}
    for b in doc.blocks:
        if "stack" in b.attrs:
            stacks.setdefault(b.attrs["stack"], []).append(b)
    for group in stacks.values():
        lines = [doc.index.line_col(b.map.start(0))[0] for b in group]
        known = [b.index in found or ln in flagged for b, ln in zip(group, lines)]
        if _stack_of_elements(doc, group, lines, known):
            for b, k in zip(group, known):
                if not k:
                    ctx.report(b, 0, len(b.text), "Block looks like page chrome (next to page elements in a run of short lines)")
    return ()


def _stack_of_elements(doc, group, lines, known) -> bool:
    """Whether a stack of two to four consecutive plain-text lines with a known page element among them is a widget
    (each line an element) rather than a table or a list (longer), code (commands, file names) or prose (a sentence
    that reads as the article's or shares its words)."""
    from ..vocab import content_words
    from .chrome import CODE_LIKE_RE, is_stack

    if not 2 <= len(group) <= 4 or lines[-1] - lines[0] != len(group) - 1 or all(known) or not any(known) \
            or not is_stack([(0, b.text) for b in group], known):
        return False
    rest = None
    for b, k in zip(group, known):
        if k:
            continue
        if CODE_LIKE_RE.search(b.text):
            return False
        if ends_terminal(b.text) and word_count(b.text) >= 6:
            if reads_as_a_sentence(b.text, word_list(b.text)):
                return False
            if rest is None:  # the article's words outside this stack
                inside = {o.index for o in group}
                rest = {w for o in doc.blocks if o.index not in inside for w in content_words(o.text)}
            own = set(content_words(b.text))
            if own and len(own & rest) > len(own) / 2:
                return False
    return True


def _source_lines(doc, b) -> tuple[list[tuple[int, str]], list[int]]:
    """The lines joined into block ``b`` (offset in the block, text) and their line numbers in the source."""
    from ..packs import line_segments

    segs = line_segments(b.text, b.attrs["breaks"])
    return segs, [doc.index.line_col(b.map.start(start))[0] for start, _ in segs]
